"""Render the setup page's suggestions, the next-morning question and the summary's pain and box
questions offscreen into docs/screenshots/ (PNG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_progress.py

The built-in "Full session" with a made-up history in a throwaway folder (a real athlete's is
never read): last time, 52 hours ago, every wall press done (9 reps; 10 reps of 12 s), one
sprinter press short, the knees yielded on the 45 cm box. In the default dark theme.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="isohold-shots-"))
    os.environ["ISOHOLD_CONFIG_DIR"] = str(scratch / "config")
    os.environ["ISOHOLD_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from isohold.core.history import HistoryStore
    from isohold.core.history.records import now_local
    from isohold.core.loader import load_routines
    from isohold.ui.application import create_app
    from isohold.ui.morning_check import MorningCheck
    from isohold.ui.setup_page import SetupPage
    from isohold.ui.setup_progress import progress_from_store
    from isohold.ui.summary import SummaryView
    from isohold.ui.theme import apply_theme

    app = create_app()
    apply_theme(app, "dark", 1.0)
    OUT.mkdir(parents=True, exist_ok=True)
    routine = next(r for r in load_routines().routines if r.id == "full")
    now = now_local()
    store = HistoryStore(scratch / "data" / "history.sqlite3")
    record = _last_session(routine, now - timedelta(hours=52))
    store.finish(record, record.status)
    written = []
    for width, height in ((1280, 720), (1366, 768)):
        page = SetupPage(routine, progress=progress_from_store(routine, store, now),
                         last_time=store.last_session(routine.id), today=now.date())
        page.resize(width, height)
        page.show()
        page.focus_first_choice()
        if width == 1280:  # the drop jumps, their box lowered: the knees yielded
            for _ in range(3):
                app.processEvents()
            box = page.panels[-1].boxes["box_height_cm"]
            box.setFocus()
            page.scroll.verticalScrollBar().setValue(page.panels[-1].y())
        written.append(_shoot(app, page, f"setup-suggestion-{width}x{height}.png"))
        page.close()
    morning = MorningCheck(record.uuid, record.routine_name, now - timedelta(hours=20),
                           today=now.date())
    morning.resize(1280, 720)
    morning.show()
    morning.pain.setValue(2)
    written.append(_shoot(app, morning, "morning-check-1280x720.png"))
    morning.close()
    summary = SummaryView(record)
    summary.resize(1280, 720)
    summary.show()
    summary.pain.setValue(3)
    knees, heels = summary.box_answers[len(record.drills) - 1]
    knees.set_answer(True)
    heels.set_answer(True)
    written.append(_shoot(app, summary, "summary-pain-1280x720.png"))
    summary.close()
    store.close()
    QApplication.processEvents()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _last_session(routine, ended):
    """The made-up last session: see the module's docstring."""
    from isohold.core.history.records import SessionRecord, Status
    from isohold.core.routines import DrillChoice, SessionPlan

    choices = []
    for drill in routine.drills:
        choice = DrillChoice.defaults(drill)
        if drill.id == "wall-press-straight":
            choice = choice._replace(reps=9)
        elif drill.id == "wall-press-bent":
            choice = choice._replace(reps=10, hold_s=12.0)
        elif drill.id == "drop-jumps":
            choice = choice._replace(box_height_cm=45.0)
        choices.append(choice)
    record = SessionRecord.new(SessionPlan(routine, tuple(choices)), planned_s=1500,
                               started_at=ended - timedelta(minutes=25))
    record.ended_at, record.active_s, record.reached_end = ended, 1500.0, True
    for drill in record.drills:
        reps = drill.reps_planned_total - (2 if drill.drill_id == "sprinter-press" else 0)
        drill.sets_done = drill.sets_planned if reps == drill.reps_planned_total else 0
        if drill.is_hold:
            drill.reps_left = reps // 2 if drill.has_sides else 0
            drill.reps_right = reps - drill.reps_left if drill.has_sides else 0
            drill.reps_both = 0 if drill.has_sides else reps
            hold_s = drill.choices.get("hold_s") or 0
            drill.hold_left_s, drill.hold_right_s = drill.reps_left * hold_s, \
                drill.reps_right * hold_s
            drill.hold_both_s = drill.reps_both * hold_s
        else:
            drill.reps_both, drill.set_s = reps, 60.0
        if drill.drill_id == "drop-jumps":
            drill.box_height_cm = 45.0
            drill.knees_held, drill.heels_off = False, True
    record.rpe, record.pain_during = 7, 2
    record.status = Status.STOPPED_EARLY
    return record


def _shoot(app, widget, name: str) -> Path:
    for _ in range(3):
        app.processEvents()
    path = OUT / name
    if not widget.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
