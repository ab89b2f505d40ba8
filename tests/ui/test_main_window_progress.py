"""The window's part of issue 13's screens: the next-morning question before the setup page,
the setup page's suggestions from the record, the menu's estimates from the same start."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from isohold.core.history.records import SessionRecord, Status, now_local
from isohold.core.routines import DrillChoice, SessionPlan
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow
from isohold.ui.morning_check import MorningCheck
from isohold.ui.setup_page import SetupPage
from tests.ui.test_main_window import OTHER, SHORT, clock, press  # noqa: F401 - fixture


@pytest.fixture
def window(qtbot, clock):  # noqa: F811
    window = MainWindow([OTHER, SHORT], Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.settle_in()  # the history open, as after the first paint
    yield window
    window.close()


def finished(window, hours_ago: float, reps: int = 4) -> SessionRecord:
    """A finished session of SHORT, every rep done, ended `hours_ago` hours ago."""
    ended = now_local() - timedelta(hours=hours_ago)
    plan = SessionPlan(SHORT, (DrillChoice(reps=reps, sets=1, hold_s=3, switch_s=1), None))
    record = SessionRecord.new(plan, planned_s=60, started_at=ended - timedelta(minutes=2))
    record.ended_at, record.active_s, record.reached_end = ended, 120.0, True
    for drill in record.drills:
        drill.sets_done = drill.sets_planned
        if drill.has_sides:
            drill.reps_left = drill.reps_right = drill.reps_planned_total // 2
            drill.hold_left_s = drill.hold_right_s = drill.reps_left * 3.0
        else:
            drill.reps_both, drill.set_s = drill.reps_planned_total, 10.0
    window.store.finish(record, Status.COMPLETED)
    window.show_remembered_plans()
    return record


def open_short(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)


def test_the_morning_question_comes_first_and_its_answer_steps_the_suggestion_back(qtbot,
                                                                                  window):
    record = finished(window, hours_ago=20)
    open_short(qtbot, window)
    asked = window.current_page()
    assert isinstance(asked, MorningCheck) and asked.uuid == record.uuid
    press(qtbot, window, Qt.Key.Key_6)
    press(qtbot, window, Qt.Key.Key_Return)
    setup = window.current_page()
    assert isinstance(setup, SetupPage) and setup.routine is SHORT
    assert window.store.session(record.uuid).pain_next_morning == 6
    assert setup.panels[0].suggestion.text() == (
        "One step back, reps 4 \u2192 2: pain 6/10 the morning after the last session")
    assert setup.plan().choice_at(0).reps == 2


def test_esc_skips_to_the_setup_page_and_it_is_not_asked_again_this_run(qtbot, window):
    record = finished(window, hours_ago=20, reps=2)
    open_short(qtbot, window)
    assert isinstance(window.current_page(), MorningCheck)
    press(qtbot, window, Qt.Key.Key_Escape)
    setup = window.current_page()
    assert isinstance(setup, SetupPage)
    assert window.store.session(record.uuid).pain_next_morning is None
    assert setup.panels[0].suggestion.text() == "Reps 2 \u2192 4: all 2 done last time"
    press(qtbot, window, Qt.Key.Key_Escape)  # back to the menu, and in again
    press(qtbot, window, Qt.Key.Key_Return)
    assert isinstance(window.current_page(), SetupPage)


def test_no_question_before_8_hours_and_the_menu_estimate_is_the_pages(qtbot, window):
    finished(window, hours_ago=2, reps=2)
    open_short(qtbot, window)
    setup = window.current_page()
    assert isinstance(setup, SetupPage)
    assert setup.plan().choice_at(0).reps == 4  # the suggestion: all done, a step up
    card = window.menu.cards()[[r.id for r in window.menu.routines].index("short")]
    assert card.figure.text() == setup.estimate.text()
