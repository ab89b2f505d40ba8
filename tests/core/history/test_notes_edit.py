"""Changing the notes and effort (RPE) of a saved session: those two fields only, one write."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from isohold.core.history import HistoryError, HistoryStore, HistoryWriteError, SessionRecord, Status


def saved(store: HistoryStore, plan, notes: str = "Felt strong", rpe: int | None = 6):
    record = SessionRecord.new(plan, planned_s=300.0, started_at=datetime(
        2025, 3, 4, 7, 12, 9, tzinfo=timezone(timedelta(hours=1))))
    record.active_s, record.paused_s, record.notes, record.rpe = 280.0, 12.0, notes, rpe
    wall = record.drill("wall")
    wall.sets_done, wall.reps_both, wall.hold_both_s = 1, 8, 80.0
    store.finish(record, Status.STOPPED_EARLY)
    return store.session(record.uuid)


def test_update_notes_changes_only_the_notes_and_rpe(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        before = saved(store, plan)
        store.update_notes(before.uuid, "Left calf tight\non the last hold", 9)
    with HistoryStore(path) as store:  # it is in the file, not only in memory
        [after] = store.sessions()
        [line] = store.lines()
    assert (after.notes, after.rpe) == ("Left calf tight\non the last hold", 9)
    after.notes, after.rpe = before.notes, before.rpe
    assert after == before  # drills, times, status, plan: untouched
    assert (line.notes, line.rpe, line.tut_s) == ("Left calf tight\non the last hold", 9, 80.0)


def test_update_notes_can_clear_the_rpe_and_the_notes(store, plan):
    record = saved(store, plan)
    store.update_notes(record.uuid, "", None)
    back = store.session(record.uuid)
    assert (back.notes, back.rpe) == ("", None)


@pytest.mark.parametrize("rpe", [0, 11, -3, 7.5, "7", True])
def test_an_rpe_outside_one_to_ten_is_refused_in_words_and_nothing_changes(store, plan, rpe):
    record = saved(store, plan)
    with pytest.raises(HistoryError, match="from 1 to 10"):
        store.update_notes(record.uuid, "changed", rpe)
    back = store.session(record.uuid)
    assert (back.notes, back.rpe) == ("Felt strong", 6)


def test_a_deleted_session_cannot_be_changed_and_says_so(store, plan):
    record = saved(store, plan)
    store.delete(record.uuid)
    with pytest.raises(HistoryError, match="no longer in the history"):
        store.update_notes(record.uuid, "changed", 3)
    store.undo_delete(record.uuid)
    assert store.session(record.uuid).notes == "Felt strong"


def test_notes_that_are_not_valid_unicode_are_refused_in_words(store, plan):
    record = saved(store, plan)
    with pytest.raises(HistoryWriteError, match="not valid Unicode"):
        store.update_notes(record.uuid, "bad \ud800 text", 5)
    assert store.session(record.uuid).notes == "Felt strong"


def test_a_read_only_file_refuses_the_change_in_words(store, plan):
    record = saved(store, plan)
    store._db.execute("PRAGMA query_only = 1")  # what SQLite reports for a read-only file
    with pytest.raises(HistoryWriteError, match="read-only"):
        store.update_notes(record.uuid, "changed", 3)
    assert not store._db.in_transaction
    store._db.execute("PRAGMA query_only = 0")
    assert store.session(record.uuid).notes == "Felt strong"


def test_the_change_is_one_transaction_that_touches_one_row(store, plan):
    record = saved(store, plan)
    other = saved(store, plan, notes="Other", rpe=4)
    statements: list[str] = []
    store._db.set_trace_callback(statements.append)
    store.update_notes(record.uuid, "changed", 3)
    store._db.set_trace_callback(None)
    assert [s.split()[0] for s in statements] == ["BEGIN", "UPDATE", "COMMIT"]
    assert store.session(other.uuid).notes == "Other"
    with sqlite3.connect(store.path) as raw:  # another reader sees the committed change
        assert raw.execute("SELECT notes, rpe FROM sessions WHERE uuid = ?",
                           (record.uuid,)).fetchone() == ("changed", 3)
