"""The window with the program view wired in (issue 13's wiring in main_window.py: P on the
menu, the menu's card, today's session's setup page with the plan's numbers), driven by keys
over a real history. Skipped until the window has `open_program` (the wiring is the lead's)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from isohold.core.history.records import SessionRecord, now_local
from isohold.core.history.store import HistoryStore
from isohold.core.loader import load_routines
from isohold.core.programs import Following, write_following
from isohold.core.routines import SessionPlan
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow
from tests.ui.keys import press

pytestmark = pytest.mark.skipif(not hasattr(MainWindow, "open_program"),
                                reason="the program view is not wired into the window yet")
ROUTINES = load_routines().routines


def done_session(routine_id: str, days_ago: int) -> SessionRecord:
    """A completed session of the routine, every planned rep done, `days_ago` days back."""
    routine = next(r for r in ROUTINES if r.id == routine_id)
    started = now_local() - timedelta(days=days_ago)
    record = SessionRecord.new(SessionPlan(routine), started_at=started)
    for drill in record.drills:
        drill.sets_done = drill.sets_planned
        drill.reps_both = drill.reps_planned_total
    record.ended_at = started + timedelta(minutes=10)
    record.active_s, record.reached_end = 600.0, True
    return record


def make_window(qtbot, size=(1280, 720)):
    window = MainWindow(ROUTINES, Settings.load())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.open_history_store()
    return window


def test_p_follows_a_program_and_the_menu_then_says_todays_session(qtbot):
    window = make_window(qtbot)
    press(window.menu, Qt.Key.Key_P)
    view = window.current_page()
    assert view.objectName() == "programView" and view.choosing()
    press(view.programs, Qt.Key.Key_Return)  # follow the first from today
    assert view.today.text() == "Today: Isometric holds"
    press(view.start_button, Qt.Key.Key_Escape)
    assert window.current_page() is window.menu
    assert window.menu.today_card.title.text() == "Today: Isometric holds"


def test_week_2s_session_opens_on_the_plans_numbers(qtbot):
    store = HistoryStore()
    for days_ago in (7, 5, 3):
        store.finish(done_session("iso-holds", days_ago))
    store.close()
    write_following(Following("lower-leg-6-weeks", (now_local() - timedelta(days=7)).date()))
    window = make_window(qtbot)
    window.show_menu()
    assert window.menu.today_card.title.text() == "Today: Isometric holds"
    assert "Week 2 of 6" in window.menu.today_card.lines[0].text()
    window.menu.select(-1)
    press(window.menu, Qt.Key.Key_Return)
    page = window.current_page()
    assert page.objectName() == "setup" and page.routine.id == "iso-holds"
    assert [panel.choice.reps for panel in page.panels] == [9, 9, 10]
    assert "week 2, session 1" in page.notes.text()
