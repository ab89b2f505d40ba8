"""A history that can be read but not written opens read-only: it can be viewed and exported,
and a write says in words that nothing new is saved. Root ignores file modes, so the real
cases run in a child without CAP_DAC_OVERRIDE (as test_file_safety does)."""

from __future__ import annotations

import csv
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore, HistoryWriteError, SessionRecord
from isohold.core.history.store import READ_ONLY_NOTICE

ROOT = Path(__file__).resolve().parents[3]

CHILD = """
import sys
from isohold.core.history import HistoryError, HistoryStore, SessionRecord
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides

store = HistoryStore(sys.argv[1])
print("NOTICE", store.notice)
print("SESSIONS", len(store.sessions()), len(store.lines()))
drill = Drill("wall", "Wall", DrillKind.HOLD, Sides.BOTH, "", hold_s=Range.fixed(10))
try:
    store.finish(SessionRecord.new(SessionPlan(Routine("r", "R", "", (drill,)))))
except HistoryError as error:
    print("WRITE", error)
store.close()
"""


def without_write_permission(*command: str, env: dict | None = None) -> subprocess.CompletedProcess:
    if os.geteuid() == 0:
        setpriv = shutil.which("setpriv")
        if setpriv is None:
            pytest.skip("running as root without setpriv: cannot make a file read-only")
        command = (setpriv, "--bounding-set=-dac_override,-dac_read_search", "--", *command)
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT, timeout=60,
                          env={**os.environ, **(env or {})})


def history_in(folder: Path, plan, sessions: int = 3) -> Path:
    path = folder / "history.sqlite3"
    with HistoryStore(path) as store:
        for _ in range(sessions):
            store.finish(SessionRecord.new(plan))
    return path


@pytest.mark.parametrize("read_only_folder", [True, False], ids=["folder 0555", "file 0444"])
def test_a_read_only_history_is_viewed_and_a_write_is_refused_in_words(tmp_path, plan,
                                                                       read_only_folder):
    folder = Path(tempfile.mkdtemp(dir=tmp_path))
    path = history_in(folder, plan)
    original = path.read_bytes()
    path.chmod(0o444)
    if read_only_folder:
        folder.chmod(0o555)
    try:
        result = without_write_permission(sys.executable, "-c", CHILD, str(path))
    finally:
        folder.chmod(0o755)
        path.chmod(0o644)
    assert result.returncode == 0 and "Traceback" not in result.stderr, result.stderr
    out = result.stdout
    assert f"NOTICE {READ_ONLY_NOTICE} ({path} cannot be written" in out
    assert "SESSIONS 3 3" in out
    assert "WRITE The history is read-only" in out and str(path) in out.split("WRITE")[1]
    assert path.read_bytes() == original  # unchanged, and nothing moved or copied aside
    assert [p.name for p in folder.glob("*.sqlite3")] == ["history.sqlite3"]


def test_the_export_command_exports_a_read_only_history(tmp_path, plan):
    data = Path(tempfile.mkdtemp(dir=tmp_path))
    path = history_in(data, plan)
    path.chmod(0o444)
    data.chmod(0o555)
    out = tmp_path / "out.csv"
    try:
        result = without_write_permission(
            str(ROOT / ".venv" / "bin" / "isohold"), "--export-history", str(out),
            env={"ISOHOLD_DATA_DIR": str(data)})
    finally:
        data.chmod(0o755)
        path.chmod(0o644)
    assert result.returncode == 0, result.stderr
    assert READ_ONLY_NOTICE in result.stderr and str(path) in result.stderr
    assert "Wrote 3 sessions" in result.stdout
    sessions = {row["session_uuid"] for row in csv.DictReader(out.open(encoding="utf-8"))}
    assert len(sessions) == 3


def test_a_file_that_cannot_be_opened_for_writing_opens_read_only_in_process(
        tmp_path, plan, monkeypatch):
    """The same path without a child: the write probe is refused as by a 0444 file."""
    path = history_in(tmp_path, plan)
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):
        if Path(file) == path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore(path) as store:
        assert store.read_only and READ_ONLY_NOTICE in store.notice
        assert len(store.sessions()) == 3 and store.interrupted() == []
        with pytest.raises(HistoryWriteError, match="read-only.*can still be exported"):
            store.finish(SessionRecord.new(plan))
        with pytest.raises(HistoryWriteError, match="read-only"):
            store.delete(store.sessions()[0].uuid)
