"""Start the app: QApplication, theme, settings, routines, the main window, the event loop.

Start-up stays close to a bare PySide6 window: only QtCore/QtGui/QtWidgets and the core are
imported here; the session runner (QtStateMachine), the session view, the history charts and
the sound backends load when first needed. `ISOHOLD_QUIT_WHEN_SHOWN=1` prints the moment the
menu is first painted and quits (benchmarks/startup.py measures start-up with it).

The window tells the desktop its application id (the .desktop file's name) and carries the icon
drawn in resources/desktop/. Ctrl-C in the terminal quits as closing the window does: a session
under way is stopped and kept first (see `quit_on_ctrl_c`). `--smoke-test` opens the window,
plays two cues and says what worked (tests/packaging run it on the installed wheel and on the
bundle).
"""

from __future__ import annotations

import gc
import os
import signal
import socket
import sys
import time
from argparse import Namespace
from typing import Callable

# The core before PySide6: once PySide6 is imported, its import hook reads the source of every
# module imported after it (shibokensupport.feature), ~6 ms for the core's modules and theirs.
from isohold.core.clock import Clock, SystemClock
from isohold.core.loader import load_routines
from isohold.core.settings import Settings
from isohold.core.timeline import estimate_s  # noqa: F401  (loaded here for the menu's estimates)

from PySide6.QtCore import QSocketNotifier, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from isohold import APP_ID, __version__
from isohold.assets import path as resource_path

from isohold.ui.main_window import MainWindow
from isohold.ui.theme import STYLE, apply_theme

QUIT_WHEN_SHOWN = "ISOHOLD_QUIT_WHEN_SHOWN"
SMALL_SCREEN = (1100, 700)  # a screen smaller than this one gets the window maximised


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if app is None:
        # The style through Qt's own `-style` argument: `app.setStyle()` hands a QStyle back
        # to Python, and building PySide's QStyle type costs ~6 ms of start-up.
        argv = list(argv if argv is not None else sys.argv[:1])
        app = QApplication([*argv[:1], "-style", STYLE, *argv[1:]])
    app.setApplicationName("Isohold")
    app.setApplicationDisplayName("Isohold")
    app.setOrganizationName("Isohold")
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(resource_path(f"desktop/{APP_ID}.svg"))))
    return app


def build_window(routine_id: str | None = None, clock_factory: Callable[[], Clock] = SystemClock,
                 app: QApplication | None = None) -> MainWindow:
    """Settings, theme, routines and the main window, shown; messages for what went wrong."""
    app = app or create_app()
    settings = Settings.load()
    from isohold.ui.language import chosen_language, install

    spoken = install(app, chosen_language(settings))  # before any widget: every text in it
    apply_theme(app, settings["theme"], settings["text_scale"])
    found = load_routines()
    window = MainWindow(found.routines, settings, clock_factory)
    window.language = spoken.language  # the cue player speaks the language installed
    screen = app.primaryScreen()
    area = screen.availableGeometry() if screen is not None else None
    if area is not None and (area.width() < SMALL_SCREEN[0] or area.height() < SMALL_SCREEN[1]):
        # A small screen (a netbook's 1024x600, 960x600): the whole of it, title bar and all
        # inside; a window of 90% would hang below the screen's edge with its frame.
        window.showMaximized()
    else:
        if area is not None:  # big by default: it is read from a few metres away
            window.resize(max(window.minimumWidth(), area.width() * 9 // 10),
                          max(window.minimumHeight(), area.height() * 9 // 10))
        window.show()
    from isohold.ui.main_window import WindowWords
    from isohold.ui.shared.said import said_lines

    if settings.problems:
        window.tell(WindowWords.tr("Settings reset"), said_lines(settings.problems, "\n\n"))
    if spoken.problem:
        window.tell(WindowWords.tr("Language"), spoken.problem)
    if found.problems:
        window.tell(WindowWords.tr("Some routines were skipped"),
                    said_lines(found.summary_lines()))
    if routine_id:
        window.open_routine(routine_id)
    return window


def run(args: Namespace) -> int:
    app = create_app()
    speed = getattr(args, "speed", 1.0) or 1.0
    window = build_window(getattr(args, "routine", None), lambda: SystemClock(speed), app)
    stopped = []
    undo_ctrl_c = quit_on_ctrl_c(app, window, stopped.append)
    if os.environ.get(QUIT_WHEN_SHOWN):
        window.menu.painted.connect(lambda: _report_shown(app, window))
        QTimer.singleShot(10000, app.quit)  # never hang a benchmark
    elif getattr(args, "smoke_test", False):
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _smoke_test(window)))
        QTimer.singleShot(30000, lambda: (print("smoke test: timed out", file=sys.stderr),
                                          app.exit(1)))
    else:
        # Once the first frame is on screen (zero-time timers run after it has been flushed).
        window.first_painted.connect(lambda: QTimer.singleShot(0, lambda: _settle_in(window)))
    code = app.exec()
    undo_ctrl_c()
    if stopped:
        print("isohold: stopped by Ctrl-C", file=sys.stderr)
        return 128 + signal.SIGINT  # what a shell expects of a program Ctrl-C ended
    return code


def quit_on_ctrl_c(app: QApplication, window: MainWindow,
                   on_quit: Callable[[int], None] = lambda _signal: None) -> Callable[[], None]:
    """Ctrl-C (SIGINT) in the terminal quits: a session under way is stopped and kept (as
    "stopped early", with what was done), then the window closes as it does when the athlete
    closes it. Returns what puts the old handling back.

    Python runs a signal handler only when the interpreter gets control, and Qt's event loop
    keeps it in C++: Python writes the signal's number to a socket (`signal.set_wakeup_fd`),
    a QSocketNotifier wakes the loop, and the handler runs then. No polling timer."""
    if not hasattr(signal, "SIGINT"):
        return lambda: None
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    try:
        old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except ValueError:  # not the main thread: leave Ctrl-C as it is
        reader.close()
        writer.close()
        return lambda: None
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        try:
            while reader.recv(64):
                pass
        except OSError:
            pass

    def handle(number: int, _frame) -> None:
        # Python runs this between any two bytecodes, maybe in the middle of a history read:
        # the quitting is left to the event loop, once that code is done (a closed store
        # under a read in progress was a traceback).
        QTimer.singleShot(0, lambda: quit_now(number))

    def quit_now(number: int) -> None:
        on_quit(number)
        runner = window.runner
        if runner is not None and not runner.is_over:
            runner.stop()
        # A window that still asks (a session the runner could not stop) must not keep the
        # app: quit all the same; the history has the session up to its last phase.
        if not window.close():
            app.quit()

    notifier.activated.connect(drain)
    old_handler = signal.signal(signal.SIGINT, handle)

    def undo() -> None:
        signal.signal(signal.SIGINT, old_handler)
        signal.set_wakeup_fd(old_fd)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return undo


def _settle_in(window: MainWindow) -> None:
    """What start-up leaves until the window is on screen: the garbage collector back on
    (`isohold.cli.main` turned it off for start-up) after one full collection (~6 ms), with what
    survives moved out of its sight (`gc.freeze`) so that its runs during a session stay short;
    then the history (offering a session the app died in) and the cue sounds."""
    gc.collect()
    gc.freeze()
    gc.enable()
    window.settle_in()


def _smoke_test(window: MainWindow) -> None:
    """`--smoke-test`: the window is on screen; settle in as usual (history, sounds), play the
    cues that start a hold, and once they have had time to sound, say what worked and quit."""
    from isohold.core import cues

    _settle_in(window)
    player = window.cue_player
    played: list[tuple[str, ...]] = []
    player.played.connect(played.append)
    player.play_now((cues.GO, cues.HOLD))
    wait_ms = 1500 + int(1000 * player.latency_s)

    def report() -> None:
        sounds = ", ".join(sound for clip in played for sound in clip) or "nothing"
        print(f"smoke test: isohold {__version__}: window shown "
              f"{window.width()}x{window.height()}, {len(window.menu.cards())} routines on the "
              f"menu; sound: {player.backend_name}; played: {sounds}", flush=True)
        window.close()

    QTimer.singleShot(wait_ms, report)


def _report_shown(app: QApplication, window: MainWindow) -> None:
    """For benchmarks/startup.py: the wall-clock moment the menu was first painted, and the
    window's size."""
    print(f"shown {time.time():.6f} {window.width()}x{window.height()}", flush=True)
    app.quit()
