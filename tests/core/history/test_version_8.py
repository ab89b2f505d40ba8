"""History file version 8: files of every older version are upgraded in place, keep every
session, and take the new reports and leg tests; a read-only older file is read as the upgrade
would read it (no Qt, no real time)."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore, Status, TestKind, schema
from tests.core.history.test_file_safety import file_at_version

TZ = timezone(timedelta(hours=2))


def columns(db, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_info({table})")}


@pytest.mark.parametrize("version", range(1, 8))
def test_an_older_file_is_upgraded_to_8_keeps_its_session_and_takes_the_reports(tmp_path,
                                                                                version):
    path = tmp_path / "history.sqlite3"
    file_at_version(path, version)
    with HistoryStore(path) as store:
        assert schema.version_of(store._db) == 8
        [old] = store.sessions()
        assert (old.uuid, old.routine_name, old.notes, old.rpe) == ("old", "Full session",
                                                                    "First one", 6)
        # not asked then: every new report is empty
        assert (old.pain_during, old.pain_next_morning, old.pain_before) == (None, None, None)
        assert [(d.knees_held, d.heels_off) for d in old.drills] == [(None, None)]
        assert store.tests() == []
        if old.status is not Status.COMPLETED:
            store.save_as_stopped_early(old.uuid)
        store.update_reflection("old", notes="First one", rpe=6, pain_during=4,
                                box_reports={0: (True, False)})  # drop jumps from 45-50 cm
        store.set_next_morning("old", 2)
        store.add_test(datetime(2025, 6, 2, 7, tzinfo=TZ), TestKind.HEEL_RISE, {"left": 25})
    with HistoryStore(path) as store:
        [old] = store.sessions()
        assert (old.pain_during, old.pain_next_morning) == (4, 2)
        assert (old.drills[0].knees_held, old.drills[0].heels_off) == (True, False)
        assert [r.value for r in store.tests()] == [25.0]


def test_a_new_file_has_the_version_8_tables_and_their_checks(tmp_path):
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        db = store._db
        assert {"pain_during", "pain_next_morning", "pain_before"} <= columns(db, "sessions")
        assert {"knees_held", "heels_off"} <= columns(db, "session_drills")
        assert columns(db, "test_results") == {"id", "taken_at", "taken_ts", "test", "side",
                                               "value", "notes", "deleted_at"}
        # the file itself refuses what the store never writes
        db.execute("INSERT INTO sessions (uuid, routine_id, routine_name, started_at, "
                   "started_ts, updated_at, status) VALUES ('x', 'r', 'R', "
                   "'2025-06-02T07:00:00+02:00', 0, '2025-06-02T07:00:00+02:00', 'completed')")
        for statement in ("UPDATE sessions SET pain_during = 11",
                          "UPDATE sessions SET pain_next_morning = -1",
                          "INSERT INTO test_results (taken_at, taken_ts, test, side, value) "
                          "VALUES ('t', 0, 'heel_rise', 'both', 3)"):
            with pytest.raises(sqlite3.IntegrityError):
                db.execute(statement)


def test_the_migration_to_version_8_is_whole_or_not_at_all(tmp_path):
    path = tmp_path / "history.sqlite3"
    file_at_version(path, 7)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TABLE test_results (x)")  # makes the step's table fail, after columns
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(db)
    assert schema.version_of(db) == 7
    assert "pain_during" not in columns(db, "sessions")
    assert "knees_held" not in columns(db, "session_drills")
    db.execute("DROP TABLE test_results")
    assert schema.migrate(db) == [8]
    db.close()


@pytest.mark.parametrize("version", [5, 6, 7])
def test_a_read_only_older_file_is_read_with_empty_reports_and_left_as_it_is(
        tmp_path, monkeypatch, version):
    path = tmp_path / "history.sqlite3"
    file_at_version(path, version)
    before = path.read_bytes()
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):
        if Path(file) == path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore(path) as store:
        assert store.read_only and schema.version_of(store._db) == version
        [old] = store.sessions()
        [line] = store.lines()
        assert (old.pain_during, old.pain_next_morning, old.pain_before) == (None, None, None)
        assert old.drills[0].knees_held is None and old.drills[0].heels_off is None
        assert (line.pain_during, line.pain_next_morning) == (None, None)
        assert store.tests() == [] and store.tests(TestKind.MAX_HOLD) == []
        assert store.left_out == []
    assert path.read_bytes() == before
