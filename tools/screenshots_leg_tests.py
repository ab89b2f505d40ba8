"""Render the leg tests offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_leg_tests.py

The heel-rise test under way on the left leg (the count, the beat, a fake clock moved to
beat 15) at 1366x768 and 1280x720, its results with both legs in, and the history's leg page
(each leg over time, the last difference) at 1366x768, from made-up results in a throwaway
data folder (a real athlete's history is never read).
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
TODAY = date(2025, 6, 18)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="isohold-leg-shots-"))
    os.environ["ISOHOLD_CONFIG_DIR"] = str(scratch / "config")
    os.environ["ISOHOLD_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from isohold.core.clock import FakeClock
    from isohold.core.history import HistoryStore
    from isohold.core.history.sample import made_up_sessions
    from isohold.core.leg_tests import GET_READY_S
    from isohold.ui.history.view import HistoryView
    from isohold.ui.leg_test_page import LegTestPage
    from isohold.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "dark")
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in ((1366, 768), (1280, 720)):
        clock = FakeClock(100.0)
        page = LegTestPage(clock, None)  # no player: the screen says to follow the beat
        page.choose_test("heel_rise")
        page.start_leg()
        clock.advance(GET_READY_S + 14.2)
        page.tick()
        for _ in range(7):
            page.tap()
        written.append(_shoot(app, page, width, height, f"heel-rise-test-{width}x{height}.png"))
        page.stop_leg()
        page.go_on()
        page.start_leg()
        clock.advance(GET_READY_S + 12.5)
        page.tick()
        for _ in range(5):
            page.tap()
        page.stop_leg()
        written.append(_shoot(app, page, width, height,
                              f"heel-rise-results-{width}x{height}.png"))
    store = HistoryStore()
    store.add_finished(made_up_sessions(80, TODAY, seed=12))
    start = datetime(2025, 4, 2, 9, 0).astimezone()
    for i, (left, right) in enumerate(zip((22, 23, 23, 25, 26, 26, 28, 29),
                                          (16, 17, 17, 19, 20, 21, 22, 24))):
        store.add_test(start + timedelta(days=10 * i), "heel_rise", {"left": left, "right": right})
    for i, (left, right) in enumerate(((38.0, 31.5), (41.2, 35.0), (45.0, 40.3), (47.5, 44.1))):
        store.add_test(start + timedelta(days=20 * i, hours=1), "max_hold",
                       {"left": left, "right": right})
    view = HistoryView(store, today=TODAY)
    view.toggle_legs()
    written.append(_shoot(app, view, 1366, 768, "leg-chart-1366x768.png"))
    store.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _shoot(app, widget, width: int, height: int, name: str) -> Path:
    widget.resize(width, height)
    widget.show()
    app.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    return path


if __name__ == "__main__":
    sys.exit(main())
