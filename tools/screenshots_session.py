"""Render the session screen offscreen: every phase an athlete meets (get ready, a hold on the
left leg, switch legs, rest, a set with a cadence, a set the athlete counts, the next drill with
its box height, a pause, a pause after the computer slept, stopped, stopped early, done, and a
preview with the sound off and muted), at 1280x720, 960x600, 1366x768 and 1920x1080.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_session.py [OUT_DIR] [--scale 1.25]
        [--only NAME,NAME] [--sizes 1280x720,960x600]

Without OUT_DIR they go to docs/screenshots/ (text scale 1, the file names carry the size; a
scale other than 1 adds `-scale1.25`).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtGui import QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from isohold.core.clock import FakeClock  # noqa: E402
from isohold.core.history.shortfall import Shortfall  # noqa: E402
from isohold.core.loader import load_routines  # noqa: E402
from isohold.core.phases import PhaseKind, Side  # noqa: E402
from isohold.core.routines import DrillChoice, SessionPlan  # noqa: E402
from isohold.core.timeline import compile_timeline  # noqa: E402
from isohold.session.recorder import HistoryRecorder  # noqa: E402
from isohold.session.runner import SLEPT, SessionRunner  # noqa: E402
from isohold.ui.session.view import SessionView  # noqa: E402
from isohold.ui.theme import apply_theme  # noqa: E402

SIZES = ((1280, 720), (960, 600), (1366, 768), (1920, 1080))


class NoScreenAwake:
    """Screenshots need no screensaver inhibition, and should show no problem about it."""
    problem = ""
    held = False

    class _Signal:
        def connect(self, slot):
            pass

    problem_found = _Signal()

    def hold(self, reason=""):
        return True

    def release(self):
        pass


class PreviewClock(FakeClock):
    """A fake clock that says it runs 20 times fast, as `--speed 20` does."""

    def __init__(self) -> None:
        super().__init__()
        self.speed = 20.0


def _is_drops(phase) -> bool:
    return bool(phase.drill and phase.drill.box_height_cm)


# name -> (which phase, seconds into it, what else happens)
SHOTS = {
    "get-ready": (lambda p: p.kind is PhaseKind.GET_READY, 3.2, None),
    "hold-left": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.LEFT, 2.4, None),
    "switch": (lambda p: p.kind is PhaseKind.SWITCH, 1.2, None),
    "rest": (lambda p: p.kind is PhaseKind.REST, 27.5, None),
    "set": (lambda p: p.kind is PhaseKind.SET and p.cadence_s, 13.0, None),
    "next-drill-box": (lambda p: p.kind is PhaseKind.NEXT_DRILL and _is_drops(p), 4.0, None),
    "counted-set": (lambda p: p.kind is PhaseKind.SET and not p.cadence_s and _is_drops(p),
                    21.0, "count:4"),
    "rest-box": (lambda p: p.kind is PhaseKind.REST and _is_drops(p), 30.0, None),
    "paused": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.RIGHT, 3.5, "pause"),
    "paused-slept": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.RIGHT, 3.5, "slept"),
    "stopped": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.LEFT, 4.0, "stop"),
    "stopped-early": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.RIGHT, 4.0, "tap"),
    "done": (lambda p: p.kind is PhaseKind.DONE, 0.0, "done"),
    "stop-question": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.LEFT, 2.4, "ask"),
    "preview-sound-off": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.LEFT, 2.4,
                          "preview"),
}


def render(app: QApplication, routine, name: str, size: tuple[int, int], out: Path,
           theme: str = "dark", scale: float = 1.0) -> Path:
    apply_theme(app, theme, scale)
    wanted, into, extra = SHOTS[name]
    clock = PreviewClock() if extra == "preview" else FakeClock()
    # Drop jumps from a 50 cm box, as if chosen at setup.
    choices = [DrillChoice.defaults(d)._replace(box_height_cm=50.0) if d.box_height_cm else None
               for d in routine.drills]
    plan = SessionPlan(routine, choices)
    timeline = compile_timeline(plan)
    runner = SessionRunner(timeline, clock)
    view = SessionView(runner, screen_awake=NoScreenAwake())
    recorder = HistoryRecorder(runner, None, plan, timeline)  # what the end screen says
    recorder.ended.connect(
        lambda record, short: view.show_result(record.status.value == "completed", short))
    view.resize(*size)
    view.show()
    runner.start()
    if extra == "done":  # every hold and rep done, as the history's rule says
        recorder.ended.disconnect()
        recorder.ended.connect(lambda record, short: view.show_result(True, Shortfall(0, 0, False)))
        while not runner.is_over:
            runner.skip()
    while not runner.is_over and not wanted(runner.phase):
        runner.skip()
    for _ in range(round(into / 0.25)):  # time passes as the runner sees it: tick by tick
        clock.advance(0.25)
        runner.tick()
    if extra and extra.startswith("count:"):
        for _ in range(int(extra.split(":")[1])):
            runner.next()
    if extra == "tap":  # from here on, Next at once on every phase: the end says what is short
        while not runner.is_over:
            runner.next()
    if extra == "pause":
        runner.pause()
    if extra == "stop":
        runner.stop()
    if extra == "slept":
        clock.sleep(600)
        runner.tick()
        assert runner.pause_reason == SLEPT
    if extra == "preview":
        view.show_sound_off("no audio output device (Qt Multimedia lists none)")
        view.set_muted(True)
    if extra == "ask":
        view.ask_to_stop()
    app.processEvents()
    suffix = "" if theme == "dark" else f"-{theme}"
    suffix += "" if scale == 1.0 else f"-scale{scale:g}"
    path = out / f"session-{name}{suffix}-{size[0]}x{size[1]}.png"
    image = view.grab().toImage()
    if view.stop_box is not None:  # the question is a window of its own: drawn where it shows
        box = view.stop_box
        painter = QPainter(image)
        painter.drawImage(view.mapFromGlobal(box.mapToGlobal(box.rect().topLeft())),
                          box.grab().toImage())
        painter.end()
        box.done(0)
    image.save(str(path))
    runner.stop()
    view.close()
    view.deleteLater()
    app.processEvents()
    return path


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", type=Path,
                        default=Path(__file__).resolve().parents[1] / "docs" / "screenshots")
    parser.add_argument("--scale", type=float, default=1.0)
    parser.add_argument("--only", default="", help="shot names, comma separated")
    parser.add_argument("--sizes", default="", help="e.g. 1280x720,960x600")
    args = parser.parse_args(argv[1:])
    args.out.mkdir(parents=True, exist_ok=True)
    sizes = [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",") if s] or SIZES
    names = [n for n in args.only.split(",") if n] or list(SHOTS)
    app = QApplication.instance() or QApplication([])
    routine = next(r for r in load_routines().routines if r.id == "full")
    for size in sizes:
        for name in names:
            print(render(app, routine, name, size, args.out, scale=args.scale))
    if not args.only and args.scale == 1.0:
        print(render(app, routine, "hold-left", (1366, 768), args.out, theme="light"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
