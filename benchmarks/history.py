"""How the history copes with ten years of daily sessions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py [--runs N]

Side by side in one run, an empty history and one with 3,650 sessions (one a day for ten
years, each with its drills: 3 to 6 per session):
- open: build the HistoryView on the open store (read the list, weekly totals, streak, three
  charts), show it at 1366x768 and grab() it: every pixel drawn. Then the same again with
  opening the store counted too (quick_check, migrations, recovery), as on a cold start.
- write: finish one session of six drills (one transaction, synchronous=FULL: fsync'd), and
  one phase write of a session in progress.
Medians over N runs (after a warm-up); the ratio column is big over empty. Targets: open under
150 ms, write under 10 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DAYS = 3650


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="isohold-bench-history-"))
    os.environ["ISOHOLD_CONFIG_DIR"] = str(scratch / "config")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from app.core.history import HistoryStore
    from app.core.history.sample import made_up_sessions
    from app.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "dark")
    today = date(2025, 6, 18)
    empty, big = scratch / "empty" / "history.sqlite3", scratch / "big" / "history.sqlite3"
    HistoryStore(empty).close()
    sessions = made_up_sessions(DAYS, today, seed=1, every=1)
    with HistoryStore(big) as store:
        store.add_finished(sessions)
        drills = store._db.execute("SELECT COUNT(*) FROM session_drills").fetchone()[0]
    size_mb = big.stat().st_size / 2**20
    print(f"{len(sessions)} sessions, {drills} drill rows, file {size_mb:.1f} MiB; "
          f"{args.runs} runs each, medians\n")

    rows = []
    opened = {name: _time_open(app, path, today, args.runs, cold=False) for name, path in
              (("empty", empty), ("big", big))}
    rows.append(("open history view + charts + grab()", opened, 150.0))
    cold = {name: _time_open(app, path, today, args.runs, cold=True) for name, path in
            (("empty", empty), ("big", big))}
    rows.append(("the same, opening the store first", cold, 150.0))
    finished = {name: _time_finish(path, sessions[-1], args.runs) for name, path in
                (("empty", empty), ("big", big))}
    rows.append(("write one finished session", finished, 10.0))
    phased = {name: _time_phase(path, sessions[-1], args.runs) for name, path in
              (("empty", empty), ("big", big))}
    rows.append(("write one phase of a session in progress", phased, 10.0))

    print(f"| {'':42} | empty ms | {DAYS} sessions ms | ratio | target ms |")
    print(f"|{'-' * 44}|---|---|---|---|")
    for label, times, target in rows:
        ratio = times["big"] / times["empty"] if times["empty"] else float("nan")
        verdict = "met" if times["big"] < target else "MISSED"
        print(f"| {label:42} | {times['empty']:.1f} | {times['big']:.1f} | {ratio:.2f}x | "
              f"{target:.0f} ({verdict}) |")
    return 0


def _time_open(app, path: Path, today, runs: int, cold: bool) -> float:
    """The history view from nothing to every pixel drawn. The app opens the store once at
    start-up (quick_check, migrations, recovery); `cold` counts that opening too."""
    from app.core.history import HistoryStore
    from app.ui.history_view import HistoryView

    samples = []
    store = None if cold else HistoryStore(path)
    for run in range(runs + 1):
        start = time.perf_counter()
        opened = store or HistoryStore(path)
        view = HistoryView(opened, today=today)
        view.resize(1366, 768)
        view.show()
        app.processEvents()
        image = view.grab()
        elapsed = time.perf_counter() - start
        assert not image.isNull()
        view.close()
        view.deleteLater()
        if opened is not store:
            opened.close()
        app.processEvents()
        if run:  # the first is a warm-up (imports, font cache)
            samples.append(elapsed * 1000)
    if store is not None:
        store.close()
    return statistics.median(samples)


def _time_finish(path: Path, template, runs: int) -> float:
    import copy
    import uuid

    from app.core.history import HistoryStore

    samples = []
    with HistoryStore(path) as store:
        for run in range(runs + 1):
            record = copy.deepcopy(template)
            record.uuid = str(uuid.uuid4())
            start = time.perf_counter()
            store.finish(record)
            elapsed = time.perf_counter() - start
            store._db.execute("DELETE FROM sessions WHERE uuid = ?", (record.uuid,))
            if run:
                samples.append(elapsed * 1000)
    return statistics.median(samples)


def _time_phase(path: Path, template, runs: int) -> float:
    import copy
    import uuid

    from app.core.history import HistoryStore, Status

    samples = []
    with HistoryStore(path) as store:
        record = copy.deepcopy(template)
        record.uuid, record.status = str(uuid.uuid4()), Status.IN_PROGRESS
        store.begin(record)
        for run in range(runs + 1):
            record.active_s += 10
            record.drills[0].reps_both += 1
            start = time.perf_counter()
            store.record_phase(record)
            elapsed = time.perf_counter() - start
            if run:
                samples.append(elapsed * 1000)
        store.discard(record.uuid)
    return statistics.median(samples)


if __name__ == "__main__":
    raise SystemExit(main())
