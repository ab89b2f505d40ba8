"""Older files are upgraded in place; unreadable ones moved aside; read-only ones explained."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore, SessionRecord, Status, schema

ROOT = Path(__file__).resolve().parents[3]
V1_SESSION = ("INSERT INTO sessions (uuid, routine_id, routine_name, started_at, started_ts, "
              "ended_at, updated_at, active_s, paused_s, planned_s, status, notes, rpe) VALUES "
              "('old', 'full', 'Full session', '2024-05-01T07:00:00+02:00', 1714539600, "
              "'2024-05-01T07:40:00+02:00', '2024-05-01T07:40:00+02:00', 2300, 100, 2400, "
              "'completed', 'First one', 6)")
V1_DRILL = ("INSERT INTO session_drills (session_uuid, position, drill_id, name, kind, sides, "
            "sets_planned, reps_planned, sets_done, reps_both, set_s, choices) VALUES "
            "('old', 1, 'drop-jumps', 'Drop jumps', 'paced', 'both', 3, 6, 3, 18, 75.5, ?)")


def file_at_version(path: Path, version: int) -> None:
    """A history file as Isohold wrote it at `version`, with one session in it."""
    db = sqlite3.connect(path, isolation_level=None)
    schema.migrate(db, target=version)
    db.execute(V1_SESSION)
    db.execute(V1_DRILL, (json.dumps({"reps": 6, "sets": 3, "box_height_cm": 45}),))
    if version >= 2:
        db.execute("UPDATE sessions SET phase_index = 12, status = 'in_progress', "
                   "plan = '{\"get_ready_s\": 5}' WHERE uuid = 'old'")
        db.execute("UPDATE session_drills SET box_height_cm = 50")
    if version >= 4:  # Isohold kept the session's totals on its row from version 4
        db.execute("UPDATE sessions SET " + ", ".join(
            f"{column} = (SELECT {total} FROM session_drills d WHERE d.session_uuid = sessions.uuid)"
            for column, total in schema._TOTALS.items()))
    if version >= 5:  # and the landings of the built-in jump drills from version 5
        db.execute("UPDATE session_drills SET contacts_per_rep = 1")
        db.execute("UPDATE sessions SET ground_contacts = 18")
    db.close()


@pytest.mark.parametrize("version", range(1, schema.VERSION))
def test_an_older_file_is_upgraded_in_place_and_keeps_its_sessions(tmp_path, version):
    path = tmp_path / "history.sqlite3"
    file_at_version(path, version)
    with HistoryStore(path) as store:
        assert schema.version_of(store._db) == schema.VERSION
        # version 6: the file says it is Isohold's
        assert store._db.execute("PRAGMA application_id").fetchone()[0] == 0x49534F48
        assert store.moved_aside is None and store.notice == ""
        [old] = store.sessions()
        assert (old.routine_name, old.notes, old.rpe, old.active_s) == (
            "Full session", "First one", 6, 2300)
        drill = old.drills[0]
        assert (drill.sets_done, drill.reps_both, drill.set_s) == (3, 18, 75.5)
        if version == 1:  # version 2 took the box height used from the setup choice
            assert drill.box_height_cm == 45 and old.phase_index == 0
        else:
            assert drill.box_height_cm == 50 and old.phase_index == 12
            assert old.status is Status.INTERRUPTED and old.plan == {"get_ready_s": 5}
        [line] = store.lines()  # version 4 added the session's totals over its drills
        assert (line.sets_done, line.sets_planned, line.reps_done, line.reps_planned) == (
            3, 3, 18, 18)
        assert line.box_height_cm == drill.box_height_cm
        # version 5: clock time under tension, and the landings of the built-in jump drills
        assert (line.tut_s, line.ground_contacts, drill.contacts_per_rep) == (0.0, 18, 1)
        assert old.reached_end is (old.status is Status.COMPLETED)
        # version 7: 40 minutes of session clock in 40 minutes of wall clock: no preview
        assert old.clock_speed == 1.0 and line.clock_speed == 1.0 and not line.is_preview
        store.delete(old.uuid)  # version 3's undoable delete works on the upgraded file
        assert store.sessions() == []
        store.undo_delete(old.uuid)
        assert len(store.sessions()) == 1


def test_each_migration_step_is_whole_or_not_at_all(tmp_path):
    path = tmp_path / "history.sqlite3"
    file_at_version(path, 1)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("ALTER TABLE sessions ADD COLUMN plan TEXT")  # makes step 2 fail half-way
    with pytest.raises(sqlite3.OperationalError):
        schema.migrate(db)
    assert schema.version_of(db) == 1
    columns = {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    assert "phase_index" not in columns  # the step's first statement was rolled back too
    db.close()


def test_a_file_of_garbage_is_moved_aside_and_a_fresh_history_started(tmp_path):
    path = tmp_path / "history.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 200)
    Path(f"{path}-wal").write_bytes(b"stray wal")
    with HistoryStore(path) as store:
        assert store.moved_aside is not None and store.moved_aside.parent == tmp_path
        assert "unreadable" in store.moved_aside.name
        assert str(store.moved_aside) in store.notice
        assert store.sessions() == []
        store.finish(_record())
    assert store.moved_aside.read_bytes().startswith(b"this is not a database")
    assert Path(f"{store.moved_aside}-wal").read_bytes() == b"stray wal"
    with HistoryStore(path) as store:  # the fresh file is sound: nothing moved this time
        assert store.moved_aside is None and len(store.sessions()) == 1


def test_a_damaged_page_is_caught_by_the_check_and_the_file_kept_aside(tmp_path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.add_finished([_record(notes="n" * 3000) for _ in range(40)])
    size = path.stat().st_size
    with open(path, "r+b") as damaged:  # scribble over the middle pages, keep the header
        damaged.seek(size // 2)
        damaged.write(b"\xff" * 8192)
    original = path.read_bytes()
    with HistoryStore(path) as store:
        assert store.moved_aside is not None
        assert store.sessions() == []
    assert store.moved_aside.read_bytes() == original


def _record(notes: str = "") -> SessionRecord:
    from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides

    drill = Drill("wall", "Wall", DrillKind.HOLD, Sides.BOTH, "", hold_s=Range.fixed(10))
    record = SessionRecord.new(SessionPlan(Routine("r", "R", "", (drill,))))
    record.status, record.notes = Status.COMPLETED, notes
    return record


READ_ONLY_CHILD = """
import sys
from isohold.core.history import HistoryStore, HistoryUnavailableError
try:
    HistoryStore(sys.argv[1])
except HistoryUnavailableError as error:
    print(error)
    sys.exit(3)
print("opened")
"""


def run_without_write_permission(path: Path) -> subprocess.CompletedProcess:
    """Open the store in a child process that the file system's permissions apply to.

    Root ignores permissions, so as root the child runs without CAP_DAC_OVERRIDE (setpriv).
    """
    command = [sys.executable, "-c", READ_ONLY_CHILD, str(path)]
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a folder read-only")
        command = [setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60)


def test_a_read_only_folder_without_a_history_is_reported_in_words_not_a_traceback(tmp_path):
    """Nothing to read and nowhere to write. (A read-only folder with a history in it opens
    read-only: test_history_damage_read_only.py.)"""
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = folder / "history.sqlite3"
    folder.chmod(0o555)
    try:
        result = run_without_write_permission(path)
    finally:
        folder.chmod(0o755)
    assert result.returncode == 3, result.stdout + result.stderr
    assert "read-only" in result.stdout and str(path) in result.stdout
    assert "Traceback" not in result.stderr
    assert list(folder.iterdir()) == []
