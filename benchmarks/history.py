"""How the history copes with ten years of daily sessions.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/history.py [--runs N]

Side by side in one run, an empty history and one with 3,650 sessions (one a day for ten
years, each with its drills: 3 to 6 per session):
- open: build the HistoryView on the open store (read the list, weekly totals, streak, three
  charts), show it at 1366x768 and grab() it: every pixel drawn. Then the same again with
  opening the store counted too (quick_check, migrations, recovery), as on a cold start.
- write: finish one session of six drills (one transaction, synchronous=FULL: fsync'd), and
  one phase write of a session in progress.
Medians (and the big history's 95th percentile) over N runs after a warm-up, the two histories
alternating; the ratio is big over empty. Targets: open under 150 ms, write under 10 ms.
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

    from isohold.core.history import HistoryStore
    from isohold.core.history.sample import made_up_sessions
    from isohold.ui.theme import apply_theme

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

    paths = {"empty": empty, "big": big}
    template = sessions[-1]
    # Cold: nothing open, as when the app starts (quick_check, recovery, then the view).
    cold = _side_by_side(lambda name: _open_view(app, None, today, paths[name]), args.runs)
    stores = {name: HistoryStore(path) for name, path in paths.items()}  # as the app keeps it
    warm = _side_by_side(lambda name: _open_view(app, stores[name], today), args.runs)
    finish = _side_by_side(lambda name: _finish(stores[name], template), args.runs)
    in_progress = {name: _begin(store, template) for name, store in stores.items()}
    phase = _side_by_side(lambda name: _phase(stores[name], in_progress[name]), args.runs)
    rows = [("open history view + charts + grab()", warm, 150.0),
            ("the same, opening the store first", cold, 150.0),
            ("write one finished session", finish, 10.0),
            ("write one phase of a session in progress", phase, 10.0)]
    for name, store in stores.items():
        store.discard(in_progress[name].uuid)
        store.close()

    print(f"| {'':42} | empty ms | {DAYS} sessions ms | ratio | {DAYS} sessions p95 ms | "
          "target ms |")
    print(f"|{'-' * 44}|---|---|---|---|---|")
    for label, times, target in rows:
        ratio = times["big"] / times["empty"] if times["empty"] else float("nan")
        verdict = "met" if times["big"] < target else "MISSED"
        print(f"| {label:42} | {times['empty']:.1f} | {times['big']:.1f} | {ratio:.2f}x | "
              f"{times['big p95']:.1f} | {target:.0f} ({verdict}) |")
    return 0


def _side_by_side(measure, runs: int) -> dict[str, float]:
    """Median ms of `measure(name)` for each history, alternating which goes first, so a
    busy moment of the machine falls on both; the first round is a warm-up."""
    samples: dict[str, list[float]] = {"empty": [], "big": []}
    for run in range(runs + 1):
        for name in (("empty", "big") if run % 2 else ("big", "empty")):
            elapsed = measure(name)
            if run:
                samples[name].append(elapsed)
    return {name: statistics.median(values) for name, values in samples.items()} | {
        f"{name} p95": sorted(values)[int(0.95 * (len(values) - 1))]
        for name, values in samples.items()}


def _open_view(app, store, today, path: Path | None = None) -> float:
    """The history view from nothing to every pixel drawn. The app opens the store once at
    start-up (quick_check, migrations, recovery); given a `path`, that opening counts too."""
    from isohold.core.history import HistoryStore
    from isohold.ui.history.view import HistoryView

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
    if store is None:
        opened.close()
    from PySide6.QtCore import QEvent

    app.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # really gone: no pile-up
    app.processEvents()
    return elapsed * 1000


def _finish(store, template) -> float:
    import copy
    import uuid

    record = copy.deepcopy(template)
    record.uuid = str(uuid.uuid4())
    start = time.perf_counter()
    store.finish(record)
    elapsed = time.perf_counter() - start
    store._db.execute("DELETE FROM sessions WHERE uuid = ?", (record.uuid,))
    return elapsed * 1000


def _begin(store, template):
    import copy
    import uuid

    from isohold.core.history import Status

    record = copy.deepcopy(template)
    record.uuid, record.status = str(uuid.uuid4()), Status.IN_PROGRESS
    store.begin(record)
    return record


def _phase(store, record) -> float:
    record.active_s += 10
    record.drills[0].reps_both += 1
    start = time.perf_counter()
    store.record_phase(record)
    return (time.perf_counter() - start) * 1000


if __name__ == "__main__":
    raise SystemExit(main())
