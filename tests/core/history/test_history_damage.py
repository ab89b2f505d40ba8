"""No bad history file stops the app or loses a session: bad rows, foreign files, a damaged
journal, text SQLite cannot store. Each case on a real SQLite file, through the real code path."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore, HistoryWriteError, SessionRecord, schema
from isohold.core.history.export import write_sessions
from isohold.core.history.rows import MAX_JSON_CHARS

ROOT = Path(__file__).resolve().parents[3]
ISOHOLD = ROOT / ".venv" / "bin" / "isohold"


def history_with(path: Path, plan, good: int = 2) -> list[SessionRecord]:
    """A history written by Isohold with `good` finished sessions."""
    records = []
    with HistoryStore(path) as store:
        for _ in range(good):
            record = SessionRecord.new(plan)
            store.finish(record)
            records.append(record)
    return records


def uuids(found) -> list[str]:
    return sorted(item.uuid for item in found)


def damage(path: Path, uuid: str, /, **columns) -> None:
    """Another program (or a bad disk) changes a row, with plain sqlite3."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = ON")  # a status Isohold's CHECK would refuse
    sets = ", ".join(f"{column} = ?" for column in columns)
    db.execute(f"UPDATE sessions SET {sets} WHERE uuid = ?", (*columns.values(), uuid))
    db.close()


def add_copy(path: Path, source_uuid: str, uuid: str, /, **columns) -> None:
    """A copy of a good session under another UUID, with `columns` changed (drills too)."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("CREATE TEMP TABLE s AS SELECT * FROM sessions WHERE uuid = ?", (source_uuid,))
    db.execute("CREATE TEMP TABLE d AS SELECT * FROM session_drills WHERE session_uuid = ?",
               (source_uuid,))
    db.execute("UPDATE s SET uuid = ?, started_ts = started_ts - 86400", (uuid,))
    db.execute("UPDATE d SET session_uuid = ?", (uuid,))
    db.execute("INSERT INTO sessions SELECT * FROM s")
    db.execute("INSERT INTO session_drills SELECT * FROM d")
    db.close()
    if columns:
        damage(path, uuid, **columns)


# -- rows that cannot be read -------------------------------------------------------------------
def test_a_bad_row_is_left_out_of_the_list_and_the_records_and_said(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    good = history_with(path, plan)
    add_copy(path, good[0].uuid, "bad-date", started_at="x")
    add_copy(path, good[0].uuid, "bad-status", status="exploded")
    with HistoryStore(path) as store:
        assert uuids(store.lines()) == uuids(good)
        assert sorted(store.left_out) == ["bad-date", "bad-status"]
        assert store.left_out_notice == (
            "2 sessions in the history could not be read and were left out (rows uuid "
            f"{', '.join(store.left_out)} in {path}).")
        assert uuids(store.sessions()) == uuids(good)
        assert sorted(store.left_out) == ["bad-date", "bad-status"]
        assert store.routines() == [(plan.routine.id, plan.routine.name)]
        assert store.session(good[0].uuid) == good[0]
        assert store.left_out == []  # the last read left nothing out
        assert store.session("bad-date") is None and store.left_out == ["bad-date"]
        assert store.left_out_notice == (
            "1 session in the history could not be read and was left out (row uuid bad-date "
            f"in {path}).")
    db = sqlite3.connect(path)  # the bad rows stay in the file, untouched, to be mended
    assert db.execute("SELECT started_at FROM sessions WHERE uuid = 'bad-date'").fetchone() == \
        ("x",)
    db.close()


@pytest.mark.parametrize("columns", [
    {"active_s": "a while"}, {"rpe": 7.5}, {"routine_name": b"\x00\x01"},
    {"plan": "{not json"}, {"plan": "[1, 2]"}, {"work": "{\"1\": 1}}"},
    {"plan": "{\"pad\": \"" + "p" * MAX_JSON_CHARS + "\"}"},
    {"started_at": "2025-01-01T07:00:00+01:00" + " " * 64}, {"uuid": None},
], ids=["text for a number", "a fraction for rpe", "a blob for a name", "broken json",
        "json but not an object", "bad work", "plan over 64 KiB", "a long date", "no uuid"])
def test_each_kind_of_bad_session_row_is_left_out_alone(tmp_path, plan, columns):
    path = tmp_path / "history.sqlite3"
    good = history_with(path, plan)
    add_copy(path, good[0].uuid, "bad", **columns)
    named = "None" if "uuid" in columns else "bad"
    with HistoryStore(path) as store:
        assert uuids(store.sessions()) == uuids(good)
        assert store.left_out == [named]
        assert uuids(store.lines()) == uuids(good)
        assert store.left_out == [named]
        assert f"(row uuid {named} in {path})" in store.left_out_notice


def test_a_bad_end_time_leaves_the_session_out_of_the_records(tmp_path, plan):
    """The list does not show end times; the records (export, resume) need them."""
    path = tmp_path / "history.sqlite3"
    good = history_with(path, plan)
    add_copy(path, good[0].uuid, "bad-end", ended_at="yesterday")
    with HistoryStore(path) as store:
        assert uuids(store.sessions()) == uuids(good)
        assert store.left_out == ["bad-end"]


def test_a_bad_drill_leaves_out_its_session_not_the_history(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    good = history_with(path, plan)
    add_copy(path, good[0].uuid, "bad-drill")
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE session_drills SET hold_both_s = 'long' WHERE session_uuid = 'bad-drill' "
               "AND position = 2")
    db.close()
    with HistoryStore(path) as store:
        assert uuids(store.sessions()) == uuids(good)
        assert store.left_out == ["bad-drill"]


def test_text_that_is_not_utf8_is_read_with_replacement_characters(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    [record] = history_with(path, plan, good=1)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("UPDATE sessions SET notes = CAST(X'63616c66ff21' AS TEXT)")  # "calf\xff!"
    db.close()
    with HistoryStore(path) as store:
        [back] = store.sessions()
        assert back.notes == "calf\ufffd!" and store.left_out == []
        [line] = store.lines()
        assert line.notes == "calf\ufffd!"


def test_the_export_command_writes_the_good_sessions_and_names_the_bad_row(tmp_path, plan):
    data = tmp_path / "data"
    path = data / "history.sqlite3"
    good = history_with(path, plan)
    add_copy(path, good[0].uuid, "bad-row", started_at="x")
    before = path.read_bytes()
    out = tmp_path / "out.csv"
    result = subprocess.run([str(ISOHOLD), "--export-history", str(out)], capture_output=True,
                            text=True, timeout=60, cwd=tmp_path,
                            env={**os.environ, "ISOHOLD_DATA_DIR": str(data)})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert ("1 session in the history could not be read and was left out (row uuid bad-row in "
            f"{path})") in result.stderr
    assert f"Wrote {len(good)} sessions to {out}" in result.stdout
    exported = {row["session_uuid"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert sorted(exported) == uuids(good)
    db = sqlite3.connect(path)  # nothing was lost: the bad row is still there to mend
    assert db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0] == 3
    db.close()
    assert len(path.read_bytes()) == len(before)


def test_a_broken_session_in_progress_is_not_offered_and_is_said_at_start(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    [finished] = history_with(path, plan, good=1)
    waiting = SessionRecord.new(plan)
    with HistoryStore(path) as store:
        store.begin(waiting)  # a sound session left in progress, too
    add_copy(path, finished.uuid, "broken", status="in_progress", started_at="x")
    with HistoryStore(path) as store:  # the last run died with both in progress
        assert sorted(store.found_interrupted) == sorted(["broken", waiting.uuid])
        assert [r.uuid for r in store.interrupted()] == [waiting.uuid]
        assert store.left_out == ["broken"]
        assert ("1 session in the history could not be read and was left out (row uuid broken "
                f"in {path}). It was left in progress") in store.notice
        assert store.resume_info("broken") is None
        store.save_as_stopped_early(waiting.uuid)
    with HistoryStore(path) as store:  # the next start: no traceback, nothing to offer
        assert store.interrupted() == [] and store.left_out == ["broken"]


def test_a_resumed_plan_with_damaged_choices_falls_back_to_the_drill_defaults(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    record = SessionRecord.new(plan)
    with HistoryStore(path) as store:
        store.begin(record)
        store._db.execute("UPDATE sessions SET plan = json_set(plan, '$.positions[0].hold_s', "
                          "'long') WHERE uuid = ?", (record.uuid,))
        info = store.resume_info(record.uuid)
    rebuilt = info.plan_for(plan.routine)
    wall, press = plan.routine.drills[:2]
    assert rebuilt.choice_for(wall) == plan.choice_for(wall)  # the default again, not "long"
    assert rebuilt.choice_for(press) == plan.choice_for(press)
    assert info.record.plan["positions"][0]["hold_s"] == "long"  # the record keeps what it read


# -- another program's file ---------------------------------------------------------------------
def foreign_file(path: Path, application_id: int = 0, wal: bool = False) -> sqlite3.Connection:
    db = sqlite3.connect(path, isolation_level=None)
    if wal:
        db.execute("PRAGMA journal_mode = WAL")
        db.execute("PRAGMA wal_autocheckpoint = 0")
    db.execute(f"PRAGMA application_id = {application_id}")
    db.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    db.executemany("INSERT INTO notes (text) VALUES (?)", [("buy milk",), ("call mum",)])
    return db


@pytest.mark.parametrize("application_id", [0, 0x0F055112], ids=["no id", "another app's id"])
def test_another_programs_database_is_moved_aside_untouched(tmp_path, plan, application_id):
    path = tmp_path / "history.sqlite3"
    foreign_file(path, application_id).close()
    original = path.read_bytes()
    with HistoryStore(path) as store:
        aside = store.moved_aside
        assert aside is not None and aside.parent == tmp_path and "other-program" in aside.name
        assert str(aside) in store.notice and str(path) in store.notice
        assert "not an Isohold history" in store.notice
        assert store.sessions() == []
        store.finish(SessionRecord.new(plan))
        assert store._db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
    assert aside.read_bytes() == original  # never changed, never deleted
    with HistoryStore(path) as store:  # the fresh file is Isohold's: left where it is
        assert store.moved_aside is None and store.count() == 1


def test_another_programs_database_in_wal_mode_keeps_its_journal(tmp_path):
    path = tmp_path / "history.sqlite3"
    other = foreign_file(tmp_path / "other.db", wal=True)
    shutil.copyfile(tmp_path / "other.db", path)  # as the other program left it: rows only
    shutil.copyfile(tmp_path / "other.db-wal", f"{path}-wal")  # in its journal
    other.close()
    original, journal = path.read_bytes(), Path(f"{path}-wal").read_bytes()
    with HistoryStore(path) as store:
        aside = store.moved_aside
        assert aside is not None and str(aside) in store.notice
    assert aside.read_bytes() == original and Path(f"{aside}-wal").read_bytes() == journal
    kept = sqlite3.connect(aside)  # and the other program's rows are all there
    assert kept.execute("SELECT text FROM notes ORDER BY id").fetchall() == [
        ("buy milk",), ("call mum",)]
    kept.close()


def test_a_newer_isohold_file_is_refused_and_left_as_it_is(tmp_path):
    path = tmp_path / "history.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute("CREATE TABLE sessions (uuid TEXT)")
        db.execute("PRAGMA user_version = 99")
    db.close()
    original = path.read_bytes()
    from isohold.core.history import HistoryUnavailableError

    with pytest.raises(HistoryUnavailableError, match="newer Isohold") as raised:
        HistoryStore(path)
    assert str(path) in str(raised.value)
    assert path.read_bytes() == original and sorted(p.name for p in tmp_path.iterdir()) == [
        "history.sqlite3"]


# -- a damaged journal --------------------------------------------------------------------------
def history_only_in_its_journal(path: Path, plan, sessions: int = 3) -> list[str]:
    """A history whose last sessions are only in its -wal, as after a crash: the files are
    copied while the store is still open, before closing could checkpoint them."""
    live = path.with_name("live.sqlite3")
    with HistoryStore(live) as store:
        store._db.execute("PRAGMA wal_autocheckpoint = 0")
        uuids = []
        for _ in range(sessions):
            record = SessionRecord.new(plan)
            store.finish(record)
            uuids.append(record.uuid)
        shutil.copyfile(live, path)
        shutil.copyfile(f"{live}-wal", f"{path}-wal")
    return uuids


def test_a_sound_journal_gives_back_every_session(tmp_path, plan):
    path = tmp_path / "history.sqlite3"
    uuids = history_only_in_its_journal(path, plan)
    with HistoryStore(path) as store:
        assert store.journal_kept is None and store.notice == ""
        assert sorted(r.uuid for r in store.sessions()) == sorted(uuids)


@pytest.mark.parametrize("how", ["truncated", "garbage header", "page size"])
def test_a_damaged_journal_is_kept_with_the_file_before_anything_is_opened(tmp_path, plan, how):
    path = tmp_path / "history.sqlite3"
    history_only_in_its_journal(path, plan)
    wal = Path(f"{path}-wal")
    journal = bytearray(wal.read_bytes())
    if how == "truncated":
        del journal[-100:]
    elif how == "garbage header":
        journal[:8] = b"GARBAGE!"
    else:
        journal[8:12] = (1000).to_bytes(4, "big")
    wal.write_bytes(bytes(journal))
    original = path.read_bytes()
    with HistoryStore(path) as store:
        kept = store.journal_kept
        assert kept is not None and kept.parent == tmp_path and "damaged-journal" in kept.name
        assert str(wal) in store.notice and str(kept) in store.notice
        assert "sessions written last may be missing" in store.notice
        store.sessions()  # the history itself opens and reads
    assert kept.read_bytes() == original  # the file and its journal as they were, byte for byte
    assert Path(f"{kept}-wal").read_bytes() == bytes(journal)


# -- text SQLite cannot store -------------------------------------------------------------------
@pytest.mark.parametrize("where", ["routine", "drill"])
def test_a_lone_surrogate_is_a_write_error_in_words_and_the_session_still_exports(
        tmp_path, plan, where):
    path = tmp_path / "history.sqlite3"
    record = SessionRecord.new(plan)
    if where == "routine":
        record.routine_name = "Calves \udcff"
    else:
        record.drills[1].name = "Sprinter \udcff press"
    with HistoryStore(path) as store:
        with pytest.raises(HistoryWriteError) as raised:
            store.finish(record)
        message = str(raised.value)
        assert "not valid Unicode" in message and str(path) in message
        assert ("the routine name" if where == "routine" else "the drill name") in message
        assert "can still be exported" in message
        assert store.count() == 0 and not store._db.in_transaction
    for suffix in (".csv", ".json"):
        out = tmp_path / f"session{suffix}"
        write_sessions([record], out)
        assert "\ufffd" in out.read_text(encoding="utf-8")


def test_any_other_error_from_the_record_is_a_write_error_in_words(tmp_path, plan):
    record = SessionRecord.new(plan)
    record.plan["odd"] = {1, 2}  # not JSON
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        with pytest.raises(HistoryWriteError, match="could not be saved.*TypeError"):
            store.begin(record)
        assert store.count() == 0 and not store._db.in_transaction
