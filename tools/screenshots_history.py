"""Render the end-of-session summary and the history view offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_history.py

At 960x600, 1280x720, 1366x768 and 1920x1080, dark theme (the history's list, its charts page
and a session opened from its row), from four months of made-up sessions in a throwaway
data folder (a real athlete's history is never read). Also the summary as it looks when the
history could not be written (full disk), with its Export button.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((960, 600), (1280, 720), (1366, 768), (1920, 1080))
TODAY = date(2025, 6, 18)


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="isohold-history-shots-"))
    os.environ["ISOHOLD_CONFIG_DIR"] = str(scratch / "config")
    os.environ["ISOHOLD_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from isohold.core.history import HistoryStore, Status
    from isohold.core.history.sample import made_up_sessions
    from isohold.ui.history.view import HistoryView
    from isohold.ui.summary import SummaryView
    from isohold.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "dark")
    sessions = made_up_sessions(120, TODAY, seed=12)
    store = HistoryStore()
    latest = next(s for s in reversed(sessions) if s.routine_id == "full")
    latest.status, latest.notes, latest.rpe = Status.COMPLETED, "", None
    latest.started_at = latest.started_at.replace(year=TODAY.year, month=TODAY.month,
                                                  day=TODAY.day)
    latest.ended_at = latest.started_at + timedelta(seconds=latest.total_s)
    press = latest.drill("sprinter-press")
    press.reps_left, press.reps_right = press.reps_planned // 2, press.reps_planned // 2 - 1
    press.hold_left_s, press.hold_right_s = press.reps_left * 8.0, press.reps_right * 8.0 + 3.5
    store.add_finished(sessions)  # today's session among them, as the summary saved it
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in SIZES:
        summary = SummaryView(latest)
        summary.notes.setText("Felt strong; left calf a bit tight on the last holds")
        summary.rpe.setValue(7)
        written.append(_shoot(app, summary, width, height, f"summary-{width}x{height}.png"))
        failed = SummaryView(latest, error=(  # where a Linux athlete's history lives
            "The disk is full: Isohold could not save the history in "
            "/home/sam/.local/share/isohold/history.sqlite3. "
            "Free some space; the session can still be exported."))
        written.append(_shoot(app, failed, width, height,
                              f"summary-save-failed-{width}x{height}.png"))
        history = HistoryView(store, today=TODAY)
        written.append(_shoot(app, history, width, height, f"history-{width}x{height}.png",
                              close=False))
        history.open_session()
        written.append(_shoot(app, history.session_window, 0, 0,
                              f"history-session-{width}x{height}.png", close=False))
        history.session_window.done(0)
        history.toggle_charts()
        written.append(_shoot(app, history, width, height, f"history-charts-{width}x{height}.png"))
    store.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _shoot(app, widget, width: int, height: int, name: str, close: bool = True) -> Path:
    if width and height:
        widget.resize(width, height)
    widget.show()
    for _ in range(3):
        app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    if close:
        widget.close()
        widget.deleteLater()
        app.processEvents()
    return path


if __name__ == "__main__":
    raise SystemExit(main())
