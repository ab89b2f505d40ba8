"""The `isohold` command: start the app, or answer a question about routines and history.

Installed twice: `isohold` (a console script, so that --help, --version, --list-routines and
--check print on every OS) and `isohold-gui` (a gui-script for launchers: no console window
on Windows). Before Qt is started, a Linux or BSD session with no display is told so in one
sentence (Qt would abort with a hint about libxcb-cursor0).

What it prints is in the athlete's language (the setting, else the system's: LANGUAGE=de):
the help (argparse's own headings too), --check's problems, --list-routines, the errors. The
texts are marked with QT_TRANSLATE_NOOP("CommandLine", ...) for lupdate and translated when
printed (`_said`), so the everyday start builds no translation and imports no Qt for it.
"""

from __future__ import annotations

import argparse
import copy
import gc
import os
import sys
from pathlib import Path
from typing import Callable

# What no arguments mean: the everyday start, answered without building the parser (its help
# texts go through gettext, ~3.5 ms of start-up). tests/test_cli.py holds these to the parser's.
NO_ARGUMENTS = {"list_routines": False, "check": None, "routine": None, "speed": 1.0,
                "data_dir": None, "export_history": None, "smoke_test": False,
                "install_desktop_entry": False, "remove_desktop_entry": False}
NO_DISPLAY = 3  # the exit code when there is no display to open the window on
CONTEXT = "CommandLine"  # the catalogue's context for the command line's words


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (lupdate knows the name)
    """Marks a text for lupdate, as PySide6's own does, without importing Qt at start-up."""
    return text


# argparse's own words, which its help and errors print (Python 3.11), and the options'
# metavars (the help's FILE, ID, FACTOR, DIR), translated as the help is printed
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CommandLine", "FILE"),
    QT_TRANSLATE_NOOP("CommandLine", "ID"),
    QT_TRANSLATE_NOOP("CommandLine", "FACTOR"),
    QT_TRANSLATE_NOOP("CommandLine", "DIR"),
    QT_TRANSLATE_NOOP("CommandLine", "usage: "),
    QT_TRANSLATE_NOOP("CommandLine", "options"),
    QT_TRANSLATE_NOOP("CommandLine", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CommandLine", "show program's version number and exit"),
)


def _said() -> Callable[[str], str]:
    """The command line's words in the athlete's language: with no Qt application yet, one
    without a GUI is made for it (no display needed); a running one speaks its own already."""
    from PySide6.QtCore import QCoreApplication

    if QCoreApplication.instance() is None:
        from isohold.core.settings import Settings
        from isohold.ui.language import use_language

        use_language(Settings.load())
    return lambda text: QCoreApplication.translate(CONTEXT, text)


def _core_said() -> Callable[[str], str]:
    """The core's messages (`isohold.core.words.Message`) in the athlete's language. English
    needs no catalogue, so no Qt application is made for it (a test calling `main` in-process
    keeps its QApplication to come)."""
    from PySide6.QtCore import QCoreApplication

    from isohold.core.settings import Settings
    from isohold.ui.language import chosen_language

    if QCoreApplication.instance() is None and chosen_language(Settings.load()) == "en":
        return str
    _said()  # the language installed
    from isohold.ui.shared.said import said

    return said


class _SaidHelp(argparse.HelpFormatter):
    """argparse's help, translated as it is printed (building the parser translates nothing)."""

    def _say(self, text: str) -> str:
        return _said()(text)  # only once something is printed: never on the way to the GUI

    def add_usage(self, usage, actions, groups, prefix=None) -> None:
        super().add_usage(usage, actions, groups, self._say("usage: ") if prefix is None
                          else prefix)

    def start_section(self, heading) -> None:
        super().start_section(self._say(heading) if heading else heading)

    def format_help(self) -> str:
        self._printing = True  # argparse formats metavars to check them while it builds too
        return super().format_help()

    def _metavar_formatter(self, action, default_metavar):
        if getattr(self, "_printing", False) and isinstance(action.metavar, str):
            # FILE -> DATEI: a copy of the action, its word said
            action = copy.copy(action)
            action.metavar = self._say(action.metavar)
        return super()._metavar_formatter(action, default_metavar)

    def _get_help_string(self, action) -> str:
        return self._say(action.help) if action.help else action.help

    def _format_text(self, text: str) -> str:
        return super()._format_text(self._say(text) if text else text)


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return argparse.Namespace(**NO_ARGUMENTS)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.speed <= 0:
        parser.error(_said()(QT_TRANSLATE_NOOP(
            "CommandLine", "--speed must be a positive number, got %1")).replace(
            "%1", str(args.speed)))
    return args


def build_parser() -> argparse.ArgumentParser:
    from isohold import __version__

    parser = argparse.ArgumentParser(
        prog="isohold", formatter_class=_SaidHelp, description=QT_TRANSLATE_NOOP(
            "CommandLine", "A guided timer for isometric and plyometric lower-leg drills."))
    parser.add_argument("--version", action="version", version=f"isohold {__version__}")
    parser.add_argument("--list-routines", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "print the routines Isohold knows, then exit"))
    parser.add_argument("--check", metavar="FILE", type=Path, help=QT_TRANSLATE_NOOP(
        "CommandLine", "validate a routine file; exit 1 with the problems if it is wrong"))
    parser.add_argument("--routine", metavar="ID", help=QT_TRANSLATE_NOOP(
        "CommandLine", "open straight on a routine's setup page"))
    parser.add_argument("--speed", metavar="FACTOR", type=float, default=1.0,
                        help=QT_TRANSLATE_NOOP("CommandLine", "run the session clock FACTOR "
                                               "times faster (to preview a routine)"))
    parser.add_argument("--data-dir", metavar="DIR", type=Path, help=QT_TRANSLATE_NOOP(
        "CommandLine", "keep the history in DIR instead of the user data folder"))
    parser.add_argument("--export-history", metavar="FILE", type=Path, help=QT_TRANSLATE_NOOP(
        "CommandLine", "write the history to FILE (.csv or .json), then exit"))
    parser.add_argument("--smoke-test", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "open the window, play two cues, say what worked, then exit (checks "
        "an install; QT_QPA_PLATFORM=offscreen runs it unseen)"))
    entry = parser.add_mutually_exclusive_group()
    entry.add_argument("--install-desktop-entry", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "add Isohold to this user's application menu, with its icon (Linux and "
        "BSD desktops; uses xdg-desktop-menu when installed)"))
    entry.add_argument("--remove-desktop-entry", action="store_true", help=QT_TRANSLATE_NOOP(
        "CommandLine", "take Isohold's menu entry and icon away again"))
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir is not None:
        os.environ["ISOHOLD_DATA_DIR"] = str(args.data_dir)
    if args.check is not None:
        return _check(args.check)
    if args.list_routines:
        return _list_routines()
    if args.export_history is not None:
        from isohold.core.history.export import export_history_file

        return export_history_file(args.export_history, say=_core_said())
    if args.install_desktop_entry or args.remove_desktop_entry:
        from isohold.platform import desktop_entry

        return desktop_entry.main(install=args.install_desktop_entry)
    missing = no_display()
    if missing:
        print(missing, file=sys.stderr)
        return NO_DISPLAY
    # Start-up makes what lives as long as the app (Qt's bindings, the routines, the menu): the
    # cyclic collector would find nothing to free in it, yet runs ~35 times before the first
    # paint (~5 ms). `isohold.ui.application` turns it back on after the first frame.
    gc.disable()
    from isohold.ui.application import run

    return run(args)


def no_display(environ: dict[str, str] | None = None, platform: str = sys.platform) -> str:
    """The sentence to print instead of starting Qt when there is no display to use, or "".
    Only where Qt's default is X11 or Wayland (not Windows or macOS); QT_QPA_PLATFORM set
    (offscreen, vnc, ...) is the athlete's or a test's choice and is left to Qt."""
    environ = os.environ if environ is None else environ
    if platform in ("win32", "cygwin", "darwin") or environ.get("QT_QPA_PLATFORM"):
        return ""
    if environ.get("DISPLAY") or environ.get("WAYLAND_DISPLAY"):
        return ""
    return _said()(QT_TRANSLATE_NOOP(
        "CommandLine", "isohold: no display to open the window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set): start it from a desktop session, or set "
        "QT_QPA_PLATFORM=offscreen to run it without a screen."))


def _check(file: Path) -> int:
    """Every problem of one file in one run, exit 1 if there is any; never a traceback."""
    from isohold.core.loader import check_file
    from isohold.core.routine_file import file_label
    from isohold.ui.shared.said import said

    _never_fail_to_print()
    problems = check_file(file)
    say = _said()
    if problems:
        for problem in problems:
            print(said(problem), file=sys.stderr)
        return 1
    print(say(QT_TRANSLATE_NOOP("CommandLine", "%1: OK")).replace("%1", file_label(file)))
    return 0


def _never_fail_to_print() -> None:
    """A character the terminal's encoding lacks is printed as an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _list_routines() -> int:
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import estimate_s

    from isohold.ui.language import translated_routine
    from isohold.ui.shared.labels import filled
    from isohold.ui.shared.said import said

    _never_fail_to_print()
    say = _said()  # the names in the athlete's language (QtCore only)
    found = load_routines()
    for problem in found.problems:
        print(said(problem), file=sys.stderr)
    line = say(QT_TRANSLATE_NOOP("CommandLine", "%1 %2  (~%3 min: %4)"))
    try:
        for routine in found.routines:
            minutes = estimate_s(SessionPlan(routine)) / 60
            shown = translated_routine(routine)
            drills = ", ".join(drill.name for drill in shown.drills)
            print(filled(line, f"{routine.id:<20}", shown.name, f"{minutes:.0f}", drills),
                  flush=True)
    except BrokenPipeError:  # `isohold --list-routines | head -1`: the reader has had enough
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # no error at exit
        return 0
    return 0
