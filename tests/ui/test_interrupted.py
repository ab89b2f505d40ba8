"""The interrupted-session page: resume, keep as stopped early, or discard, from the keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.routines import Drill, DrillKind, DrillChoice, Range, Routine, SessionPlan, Sides
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.interrupted import InterruptedSessionPage

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "", reps=Range(8, 10, 8),
             hold_s=Range(8, 10, 10))
ROUTINE = Routine("iso", "Isometric holds", "", (WALL,))


@pytest.fixture
def interrupted(tmp_path):
    """A store reopened after the app died mid-session, and the session it found."""
    plan = SessionPlan(ROUTINE, {"wall": DrillChoice(reps=10, sets=1, hold_s=9.0)})
    record = SessionRecord.new(plan)
    record.phase_index, record.active_s = 7, 95.0
    record.drill("wall").reps_both = 3
    dead = HistoryStore()
    dead.begin(record)
    dead._db.close()
    dead._lock.close()  # the OS drops the dead app's lock
    store = HistoryStore()
    [found] = store.interrupted()
    yield store, found
    store.close()


def make(qtbot, store, record):
    """The page, served by the window's one place for history changes."""
    page = InterruptedSessionPage(record)
    qtbot.addWidget(page)
    page.show()
    page.resumed, page.settled = [], []
    HistoryChanges(lambda: store, page).serve_interrupted(
        page, resumed=page.resumed.append, settled=lambda: page.settled.append(True))
    return page


def test_it_says_which_session_and_how_far_it_got(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    assert "Isometric holds, started" in page.details.text()
    assert "1:35 done, 3 of 10 reps" in page.details.text()
    assert page.details.textFormat() == Qt.TextFormat.PlainText


def test_r_resumes_with_the_phase_and_the_setup_choices(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    qtbot.keyClick(page, Qt.Key.Key_R)
    [info] = page.resumed
    assert info.phase_index == 7 and info.record.uuid == record.uuid
    assert info.plan_for(ROUTINE).choice_for(WALL).hold_s == 9.0
    assert store.session(record.uuid).status is Status.IN_PROGRESS


def test_k_keeps_it_as_stopped_early(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    qtbot.keyClick(page, Qt.Key.Key_K)
    assert page.settled == [True]
    assert store.session(record.uuid).status is Status.STOPPED_EARLY


def test_d_discards_it(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    qtbot.keyClick(page, Qt.Key.Key_D)
    assert page.settled == [True]
    assert store.session(record.uuid) is None and store.interrupted() == []


def test_enter_on_the_focused_button_resumes(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    with qtbot.waitSignal(page.resume_requested):
        qtbot.keyClick(page.resume_button, Qt.Key.Key_Return)


def test_a_change_that_fails_is_said_on_the_page_and_the_session_stays(qtbot, interrupted):
    store, record = interrupted
    page = make(qtbot, store, record)
    store._db.execute("PRAGMA query_only = 1")  # the disk turned read-only
    qtbot.keyClick(page, Qt.Key.Key_K)
    assert page.settled == [] and page.message.isVisible()
    assert "read-only" in page.message.text()
    assert store.session(record.uuid).status is Status.INTERRUPTED
