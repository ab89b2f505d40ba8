"""Render the session screen offscreen into docs/screenshots/: the lead-in, a hold on the
left leg, a switch, a rest, a user-paced set and a pause after the computer slept, at 1366x768 and
1920x1080 (and the hold in the light theme).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_session.py [OUT_DIR]
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from PySide6.QtWidgets import QApplication  # noqa: E402

from app.core.clock import FakeClock  # noqa: E402
from app.core.loader import load_routines  # noqa: E402
from app.core.phases import PhaseKind, Side  # noqa: E402
from app.core.routines import SessionPlan  # noqa: E402
from app.core.timeline import compile_timeline  # noqa: E402
from app.session.recorder import HistoryRecorder  # noqa: E402
from app.session.runner import SLEPT, SessionRunner  # noqa: E402
from app.ui.session.view import SessionView  # noqa: E402
from app.ui.theme import apply_theme  # noqa: E402

SIZES = ((1280, 720), (1366, 768), (1920, 1080))


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


# name -> (which phase, seconds into it, what else happens)
SHOTS = {
    "get-ready": (lambda p: p.kind is PhaseKind.GET_READY, 3.2, None),
    "hold-left": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.LEFT, 2.4, None),
    "switch": (lambda p: p.kind is PhaseKind.SWITCH, 1.2, None),
    "rest": (lambda p: p.kind is PhaseKind.REST, 27.5, None),
    "set": (lambda p: p.kind is PhaseKind.SET and p.cadence_s, 13.0, None),
    "counted-set": (lambda p: p.kind is PhaseKind.SET and not p.cadence_s and p.drill
                    and p.drill.box_height_cm, 21.0, "count:4"),
    "stopped-early": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.RIGHT, 4.0, "tap"),
    "paused-slept": (lambda p: p.kind is PhaseKind.HOLD and p.side is Side.RIGHT, 3.5, "slept"),
}


def render(app: QApplication, routine, name: str, size: tuple[int, int], out: Path,
           theme: str = "dark") -> Path:
    apply_theme(app, theme)
    wanted, into, extra = SHOTS[name]
    clock = FakeClock()
    plan = SessionPlan(routine)
    timeline = compile_timeline(plan)
    runner = SessionRunner(timeline, clock)
    view = SessionView(runner, screen_awake=NoScreenAwake())
    recorder = HistoryRecorder(runner, None, plan, timeline)  # what the end screen says
    recorder.ended.connect(
        lambda record, short: view.show_result(record.status.value == "completed", short))
    view.resize(*size)
    view.show()
    runner.start()
    while not wanted(runner.phase):
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
    if extra == "slept":
        clock.sleep(600)
        runner.tick()
        assert runner.pause_reason == SLEPT
    app.processEvents()
    suffix = "" if theme == "dark" else f"-{theme}"
    path = out / f"session-{name}{suffix}-{size[0]}x{size[1]}.png"
    view.grab().save(str(path))
    runner.stop()
    view.close()
    view.deleteLater()
    app.processEvents()
    return path


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication([])
    routine = next(r for r in load_routines().routines if r.id == "full")
    for size in SIZES:
        for name in SHOTS:
            print(render(app, routine, name, size, out))
    print(render(app, routine, "hold-left", (1366, 768), out, theme="light"))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
