"""kill -9 the writer at random moments: the file stays sound and no finished session is lost.

A child process (crash_child.py) runs sessions through the store and says what it committed;
we SIGKILL it after a random number of its lines, while it carries on writing. After each kill
the file must pass `PRAGMA integrity_check`, every session it reported done must be there
exactly once and completed, and the session it was in the middle of must be found interrupted
by the next start. The same file goes through every kill, so the child also recovers from the
previous crash each time (resuming or keeping the interrupted session).
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore

ROOT = Path(__file__).resolve().parents[3]
CHILD = Path(__file__).with_name("crash_child.py")
KILLS_PER_RUN = 30


def run_and_kill(path: Path, seed: int, after_lines: int) -> list[list[str]]:
    """Start the child, SIGKILL it after `after_lines` lines; everything it printed, in order."""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    child = subprocess.Popen([sys.executable, str(CHILD), str(path), str(seed)], cwd=ROOT,
                             env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    said = []
    try:
        while len(said) < after_lines:
            line = child.stdout.readline()
            if not line:
                break
            said.append(line.split())
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=30)
        said += [line.split() for line in child.stdout.read().splitlines()]
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
    if child.returncode != -signal.SIGKILL:
        pytest.fail(f"the child ended by itself ({child.returncode}): {child.stderr.read()}")
    child.stdout.close()
    child.stderr.close()
    return said


def statuses(path: Path) -> dict[str, list[str]]:
    db = sqlite3.connect(path)
    try:
        assert db.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        found: dict[str, list[str]] = {}
        for uuid, status in db.execute("SELECT uuid, status FROM sessions"):
            found.setdefault(uuid, []).append(status)
        return found
    finally:
        db.close()


@pytest.mark.parametrize("seed", [11, 29])
def test_sigkill_at_random_moments_never_loses_or_duplicates_a_session(tmp_path, seed):
    rng = random.Random(seed)
    path = tmp_path / "history.sqlite3"
    done: set[str] = set()
    begun: set[str] = set()
    interrupted_found = 0
    for kill in range(KILLS_PER_RUN):
        said = run_and_kill(path, seed * 1000 + kill, after_lines=rng.randrange(1, 40))
        in_flight = None
        for word, *rest in said:
            if word == "begin":
                begun.add(rest[0])
                in_flight = rest[0]
            elif word == "done":
                done.add(rest[0])
                in_flight = None if rest[0] == in_flight else in_flight
        found = statuses(path)
        context = f"seed {seed}, kill {kill}, last lines {said[-3:]}"
        for uuid in done:
            assert found.get(uuid) == ["completed"], context
        for uuid in begun:  # begun and committed: never lost
            assert uuid in found, context
        if in_flight is not None:
            assert found[in_flight] in (["in_progress"], ["completed"]), context
            if found[in_flight] == ["in_progress"]:
                with HistoryStore(path) as store:
                    assert in_flight in store.found_interrupted, context
                    assert store.moved_aside is None, context
                    assert in_flight in {r.uuid for r in store.interrupted()}, context
                interrupted_found += 1
    assert len(done) > KILLS_PER_RUN // 2  # the child got real work done between kills
    assert interrupted_found > 0  # and was caught mid-session at least once
