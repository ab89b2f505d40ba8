"""Files Isohold writes are readable by the athlete's other programs: a new file gets the
umask's mode (0644 under 022), as any program's new file does, and a replaced file keeps its
own (app/core/files.py says why no file of Isohold's is made private)."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from isohold.cli import main
from isohold.core.files import write_atomically

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX modes")


@pytest.fixture
def umask():
    """Set the process umask for one test, and put the old one back."""
    old = os.umask(0o022)
    yield lambda mask: os.umask(mask)
    os.umask(old)


def mode(path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_new_file_gets_the_mode_the_umask_gives(tmp_path, umask):
    umask(0o022)
    write_atomically(tmp_path / "open.json", b"{}")
    umask(0o077)
    write_atomically(tmp_path / "private.json", b"{}")
    umask(0o002)
    write_atomically(tmp_path / "group.json", b"{}")
    assert (mode(tmp_path / "open.json"), mode(tmp_path / "private.json"),
            mode(tmp_path / "group.json")) == (0o644, 0o600, 0o664)


def test_a_replaced_file_keeps_its_mode_and_no_temp_file_is_left(tmp_path, umask):
    umask(0o022)
    kept = tmp_path / "settings.json"
    kept.write_text("{}")
    os.chmod(kept, 0o600)
    write_atomically(kept, b'{"theme": "dark"}')
    assert mode(kept) == 0o600 and kept.read_bytes() == b'{"theme": "dark"}'
    assert [p.name for p in tmp_path.iterdir()] == ["settings.json"]


def test_a_history_export_is_readable_by_other_programs(tmp_path, umask):
    umask(0o022)
    for name in ("history.csv", "history.json"):
        assert main(["--export-history", str(tmp_path / name)]) == 0
        assert mode(tmp_path / name) == 0o644, name


def test_a_routine_saved_by_the_editor_is_readable_by_other_programs(tmp_path, umask):
    """An athlete's routine file is theirs to share or back up: the umask's mode, not 0600."""
    from isohold.core.loader import load_routines
    from isohold.core.routine_store import RoutineStore

    umask(0o022)
    store = RoutineStore(tmp_path / "routines")
    copy = store.duplicate(load_routines(tmp_path / "none").routine("iso-holds"))
    saved = store.save(copy.routine, copy)
    assert mode(saved.file) == 0o644
    assert [p.name for p in (tmp_path / "routines").iterdir()] == [saved.file.name]
