"""The history store: round trips, idempotent finish, interrupted sessions, errors in words."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest

from isohold.core.history import (HistoryError, HistoryStore, HistoryWriteError, SessionRecord,
                              Status, default_path)
from isohold.core.routines import DrillChoice, SessionPlan


def die(store: HistoryStore) -> None:
    """The app dies without closing anything; the OS drops its connection and its lock."""
    store._db.close()
    store._lock.close()


def full_record(plan) -> SessionRecord:
    """A record with every field set to something other than its default."""
    record = SessionRecord.new(plan, planned_s=612.5, started_at=datetime(
        2025, 3, 4, 7, 12, 9, tzinfo=timezone(timedelta(hours=-5, minutes=-30))))
    record.ended_at = record.started_at + timedelta(minutes=14, seconds=3)
    record.active_s, record.paused_s = 801.25, 42.5
    record.notes, record.rpe, record.phase_index = "Left calf tight, \"quotes\", ünïcode", 7, 17
    for number, drill in enumerate(record.drills, start=1):
        drill.sets_done, drill.reps_left, drill.reps_right = number, 2, 3
        drill.reps_both = 4 + number
        drill.hold_left_s, drill.hold_right_s, drill.hold_both_s = 16.5, 24.25, 10.0 * number
        drill.set_s = 3.5 * number
    record.drill("drops").box_height_cm = 55.0
    return record


def test_every_field_round_trips_through_a_reopened_file(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    record = full_record(SessionPlan(plan.routine, {"drops": DrillChoice(3, 3, box_height_cm=50.0)},
                                     get_ready_s=7.0))
    with HistoryStore(path) as store:
        store.finish(record, Status.STOPPED_EARLY)
    with HistoryStore(path) as store:
        [back] = store.sessions()
    assert back == record
    assert back.started_at.utcoffset() == timedelta(hours=-5, minutes=-30)
    assert back.status is Status.STOPPED_EARLY
    assert back.drill("drops").choices["box_height_cm"] == 50.0
    assert back.drill("drops").box_height_cm == 55.0
    assert back.plan["get_ready_s"] == 7.0


def test_the_file_lives_in_the_data_dir_in_wal_mode_with_full_sync(tmp_path):
    with HistoryStore() as store:
        assert store.path == tmp_path / "data" / "history.sqlite3" == default_path()
        assert store._db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert store._db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL


def test_finishing_twice_keeps_one_session_and_the_later_notes(store, plan):
    record = SessionRecord.new(plan)
    store.begin(record)
    store.finish(record)
    record.notes, record.rpe = "Felt strong", 8
    store.finish(record)
    assert store.count() == 1
    [saved] = store.sessions()
    assert (saved.status, saved.notes, saved.rpe) == (Status.COMPLETED, "Felt strong", 8)


def test_a_late_phase_never_turns_a_finished_session_back_into_one_in_progress(store, plan):
    record = SessionRecord.new(plan)
    store.finish(record)
    record.status = Status.IN_PROGRESS
    assert store.record_phase(record) is False
    assert store.session(record.uuid).status is Status.COMPLETED


def test_rpe_outside_one_to_ten_is_clamped(store, plan):
    record = SessionRecord.new(plan)
    record.rpe = 14
    store.finish(record)
    assert store.session(record.uuid).rpe == 10


def test_a_session_left_in_progress_is_found_interrupted_on_the_next_start(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    record = SessionRecord.new(plan)
    store = HistoryStore(path)
    store.begin(record)
    record.phase_index, record.active_s = 5, 40.0
    record.drill("wall").reps_both, record.drill("wall").hold_both_s = 1, 10.0
    store.record_phase(record)
    die(store)

    with HistoryStore(path) as store:
        assert store.found_interrupted == [record.uuid]
        [found] = store.interrupted()
        assert found.status is Status.INTERRUPTED and found.phase_index == 5
        info = store.resume_info(record.uuid)
        assert info.phase_index == 5 and info.record.drill("wall").hold_both_s == 10.0
        drops = plan.routine.drills[2]
        assert info.plan_for(plan.routine).choice_for(drops) == plan.choice_for(drops)


def test_a_resumed_session_carries_on_under_the_same_uuid(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    record = SessionRecord.new(plan)
    with HistoryStore(path) as store:
        store.begin(record)
    with HistoryStore(path) as store:
        info = store.resume(record.uuid)
        assert store.session(record.uuid).status is Status.IN_PROGRESS
        info.record.active_s = 99.0
        assert store.record_phase(info.record)
        store.finish(info.record)
        assert store.interrupted() == []
        [done] = store.sessions()
        assert (done.uuid, done.status, done.active_s) == (record.uuid, Status.COMPLETED, 99.0)


def test_an_interrupted_session_can_be_kept_as_stopped_early(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    record = SessionRecord.new(plan)
    with HistoryStore(path) as store:
        store.begin(record)
    with HistoryStore(path) as store:
        store.save_as_stopped_early(record.uuid)
        saved = store.session(record.uuid)
        assert saved.status is Status.STOPPED_EARLY and saved.ended_at is not None
        assert store.interrupted() == []
    with HistoryStore(path) as store:
        assert store.found_interrupted == []
        assert store.session(record.uuid).status is Status.STOPPED_EARLY


def test_a_discarded_session_can_be_undone_until_the_app_closes(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    kept, dropped = SessionRecord.new(plan), SessionRecord.new(plan)
    with HistoryStore(path) as store:
        store.finish(kept)
        store.begin(dropped)
    with HistoryStore(path) as store:
        store.discard(dropped.uuid)
        assert store.interrupted() == [] and store.session(dropped.uuid) is None
        store.undo_delete(dropped.uuid)
        assert store.session(dropped.uuid).status is Status.INTERRUPTED
        store.discard(dropped.uuid)
        store.delete(kept.uuid)
        store.undo_delete(kept.uuid)
    with HistoryStore(path) as store:
        assert store.count() == 1 and store.sessions()[0].uuid == kept.uuid


def test_resuming_a_finished_session_is_refused_in_words(store, plan):
    record = SessionRecord.new(plan)
    store.finish(record)
    assert store.resume_info(record.uuid) is None
    with pytest.raises(HistoryError, match="no interrupted session"):
        store.resume(record.uuid)


def test_lines_add_up_each_session_newest_first_and_filter_by_routine(store, plan):
    older, newer = full_record(plan), full_record(plan)
    newer.uuid, newer.started_at = "newer", older.started_at + timedelta(days=1)
    newer.routine_id, newer.routine_name = "other", "Other routine"
    older.status = newer.status = Status.COMPLETED
    store.add_finished([older, newer])
    lines = store.lines()
    assert [line.uuid for line in lines] == ["newer", older.uuid]
    line = lines[1]
    assert line.sets_done == sum(d.sets_done for d in older.drills)
    assert line.reps_done == sum(d.reps_done for d in older.drills)
    assert line.tut_left_s == pytest.approx(older.tut_left_s)
    assert line.tut_right_s == pytest.approx(older.tut_right_s)
    assert line.box_height_cm == 55.0 and line.rpe == 7
    assert [line.uuid for line in store.lines("other")] == ["newer"]
    assert store.routines() == [("other", "Other routine"), ("test", "Test routine")]


def test_a_full_disk_is_a_clear_error_and_keeps_what_was_saved(store, plan):
    first = SessionRecord.new(plan)
    store.finish(first)
    pages = store._db.execute("PRAGMA page_count").fetchone()[0]
    store._db.execute(f"PRAGMA max_page_count = {pages}")
    second = SessionRecord.new(plan)
    second.notes = "x" * 200_000
    with pytest.raises(HistoryWriteError, match="disk is full"):
        store.finish(second)
    assert [s.uuid for s in store.sessions()] == [first.uuid]
    store._db.execute("PRAGMA max_page_count = 1073741823")
    store.finish(second)  # space again: the same record goes in
    assert store.count() == 2


def test_a_file_that_turns_read_only_mid_session_is_a_clear_error(store, plan):
    record = SessionRecord.new(plan)
    store.begin(record)
    store._db.execute("PRAGMA query_only = 1")  # what SQLite reports for a read-only file
    with pytest.raises(HistoryWriteError, match="read-only") as raised:
        store.finish(record)
    assert str(store.path) in str(raised.value)
    assert not store._db.in_transaction


def test_a_newer_file_is_left_alone(tmp_path):
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 99")
    from isohold.core.history import HistoryUnavailableError

    with pytest.raises(HistoryUnavailableError, match="newer Isohold"):
        HistoryStore(path)
    with sqlite3.connect(path) as db:
        assert db.execute("PRAGMA user_version").fetchone()[0] == 99
    assert list(tmp_path.iterdir()) == [path]


def test_a_second_app_on_the_same_history_leaves_the_running_session_alone(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    first = HistoryStore(path)
    record = SessionRecord.new(plan)
    first.begin(record)
    with HistoryStore(path) as second:  # another Isohold window started meanwhile
        assert second.found_interrupted == []
        assert second.session(record.uuid).status is Status.IN_PROGRESS
    assert first.record_phase(record)  # the first carries on writing
    die(first)
    with HistoryStore(path) as after_the_crash:
        assert after_the_crash.found_interrupted == [record.uuid]
