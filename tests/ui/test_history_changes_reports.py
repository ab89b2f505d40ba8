"""HistoryChanges performs the new writes of issue 13 for the screens: the summary's answers,
the next morning, the pain before, leg tests; a refusal comes back in the store's own sentence
(no exception type in front), and `changed` says what changed."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from isohold.core.history import HistoryStore, SessionRecord, Status, TestKind
from isohold.core.phases import Side
from isohold.core.routines import SessionPlan
from isohold.ui.history.changes import NO_HISTORY, NO_HISTORY_TEST, HistoryChanges
from tests.core.history.conftest import ROUTINE

TZ = timezone(timedelta(hours=1))
ENDED = datetime(2025, 6, 2, 18, 0, tzinfo=TZ)


@pytest.fixture
def history(tmp_path):
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        yield store


def saved(store: HistoryStore) -> SessionRecord:
    record = SessionRecord.new(SessionPlan(ROUTINE), started_at=ENDED - timedelta(minutes=30))
    record.ended_at = ENDED
    record.drills[2].reps_both, record.drills[2].box_height_cm = 6, 40.0
    store.finish(record, Status.COMPLETED)
    return record


def test_the_summarys_answers_are_saved_and_said_changed(qapp, history):
    record = saved(history)
    changes = HistoryChanges(lambda: history)
    said = []
    changes.changed.connect(lambda what, key: said.append((what, key)))
    assert changes.update_reflection(record.uuid, notes="ok", rpe=7, pain_during=3,
                                     box_reports={2: (True, True)}) == ""
    assert changes.set_pain_before(record.uuid, 1) == ""
    assert changes.set_next_morning(record.uuid, 2) == ""
    again = history.session(record.uuid)
    assert (again.rpe, again.pain_during, again.pain_before, again.pain_next_morning) == (
        7, 3, 1, 2)
    assert (again.drills[2].knees_held, again.drills[2].heels_off) == (True, True)
    assert said == [("reflection", record.uuid), ("pain_before", record.uuid),
                    ("next_morning", record.uuid)]


def test_a_refused_answer_comes_back_in_the_stores_sentence_and_nothing_changes(qapp,
                                                                                 history):
    record = saved(history)
    changes = HistoryChanges(lambda: history)
    said = []
    changes.changed.connect(lambda what, key: said.append(what))
    error = changes.update_reflection(record.uuid, notes="", rpe=None, pain_during=12)
    assert error == ("The pain during the session should be a whole number from 0 to 10, not "
                     "12. Nothing was changed.")
    assert changes.set_next_morning(record.uuid, -1).startswith("The pain the next morning")
    assert said == [] and history.session(record.uuid).pain_during is None


def test_a_leg_test_is_kept_deleted_and_brought_back(qapp, history):
    changes = HistoryChanges(lambda: history)
    said = []
    changes.changed.connect(lambda what, key: said.append((what, key)))
    kept, error = changes.add_test(ENDED, TestKind.HEEL_RISE, {Side.LEFT: 25, Side.RIGHT: 23})
    assert error == "" and [(r.side, r.value) for r in kept] == [(Side.LEFT, 25.0),
                                                                 (Side.RIGHT, 23.0)]
    assert changes.delete_test(TestKind.HEEL_RISE, ENDED) == "" and history.tests() == []
    assert changes.undo_delete_test(TestKind.HEEL_RISE, ENDED) == ""
    assert len(history.tests()) == 2
    kept, error = changes.add_test(ENDED, "max_hold", {"left": 24.5, "right": -3})
    assert kept == [] and error.startswith("The right leg's seconds held should be a number")
    assert said == [("test", "heel_rise"), ("test_deleted", "heel_rise"),
                    ("test_restored", "heel_rise")]


def test_without_a_history_nothing_is_kept_and_it_says_so(qapp):
    changes = HistoryChanges(lambda: None)
    assert changes.add_test(ENDED, TestKind.MAX_HOLD, {"left": 30}) == ([], NO_HISTORY_TEST)
    assert NO_HISTORY_TEST == "The history is not available, so this test result was not kept."
    assert changes.set_next_morning("x", 2) == NO_HISTORY
