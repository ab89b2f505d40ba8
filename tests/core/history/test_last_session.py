"""HistoryStore.last_session: the setup page's "Last time" (no Qt, no real time)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.routines import DrillChoice, Routine, SessionPlan
from tests.core.history.conftest import DROPS, ROUTINE

OTHER = Routine("other", "Other routine", "", (DROPS,), get_ready_s=10, next_drill_s=15)
MONDAY = datetime(2025, 6, 2, 7, 0, tzinfo=timezone.utc)


def finished(store, plan, started_at, status=Status.COMPLETED, rpe=None, box_reps=3):
    """A finished session of `plan` in which the drop jumps were done."""
    record = SessionRecord.new(plan, started_at=started_at)
    drops = record.drill("drops")
    drops.sets_done, drops.reps_both = 1, box_reps
    drops.box_height_cm = plan.choice_for(DROPS).box_height_cm
    record.rpe = rpe
    store.finish(record, status)
    return record


def test_the_latest_finished_session_of_that_routine_with_its_rpe_and_box(store):
    fifty = SessionPlan(ROUTINE, {"drops": DrillChoice(3, 4, box_height_cm=50.0)})
    finished(store, SessionPlan(ROUTINE), MONDAY, rpe=6)
    latest = finished(store, fifty, MONDAY + timedelta(days=2), Status.STOPPED_EARLY, rpe=8)
    finished(store, SessionPlan(OTHER), MONDAY + timedelta(days=3))  # another routine, later
    line = store.last_session("test")
    assert line.uuid == latest.uuid
    assert (line.status, line.rpe, line.box_height_cm) == (Status.STOPPED_EARLY, 8, 50.0)
    assert line.started_at == MONDAY + timedelta(days=2)


def test_a_session_in_progress_interrupted_or_deleted_is_not_last_time(store):
    kept = finished(store, SessionPlan(ROUTINE), MONDAY)
    dropped = finished(store, SessionPlan(ROUTINE), MONDAY + timedelta(days=1))
    store.delete(dropped.uuid)
    store.begin(SessionRecord.new(SessionPlan(ROUTINE), started_at=MONDAY + timedelta(days=2)))
    assert store.last_session("test").uuid == kept.uuid


def test_no_history_of_the_routine_is_none(store):
    finished(store, SessionPlan(OTHER), MONDAY)
    assert store.last_session("test") is None
    assert store.last_session("nowhere") is None


def test_an_unreadable_latest_row_is_passed_over_and_said(tmp_path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        older = finished(store, SessionPlan(ROUTINE), MONDAY)
        newer = finished(store, SessionPlan(ROUTINE), MONDAY + timedelta(days=1))
    with sqlite3.connect(path) as db:  # another program wrote words where a time belongs
        db.execute("UPDATE sessions SET active_s = 'long' WHERE uuid = ?", (newer.uuid,))
    with HistoryStore(path) as store:
        assert store.last_session("test").uuid == older.uuid
        assert store.left_out == [newer.uuid]
