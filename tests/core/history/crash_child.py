"""Run sessions through the history store until killed (the crash test's child process).

    python crash_child.py HISTORY_FILE SEED

Prints one line after each commit has returned, so the parent knows what must be on disk:
`open <uuid>...` (the interrupted sessions found), `begin <uuid>`, `phase <uuid> <n>`,
`done <uuid>` (finished as completed), `stopped <uuid>` (an interrupted one kept as stopped).
"""

from __future__ import annotations

import random
import sys

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "", reps=Range.fixed(8),
             hold_s=Range.fixed(10))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "",
              reps=Range.fixed(8), hold_s=Range.fixed(8))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "", reps=Range.fixed(6),
              sets=Range.fixed(3), box_height_cm=Range(40, 60, 40))
PLAN = SessionPlan(Routine("crash", "Crash test", "", (WALL, PRESS, DROPS)))


def say(*words: str) -> None:
    print(*words, flush=True)


def main(path: str, seed: int) -> None:
    rng = random.Random(seed)
    store = HistoryStore(path)
    say("open", *store.found_interrupted)
    for found in store.interrupted():
        if rng.random() < 0.5:
            info = store.resume(found.uuid)
            info.record.active_s += 10
            store.record_phase(info.record)
            store.finish(info.record)
            say("done", found.uuid)
        else:
            store.save_as_stopped_early(found.uuid)
            say("stopped", found.uuid)
    while True:
        record = SessionRecord.new(PLAN)
        store.begin(record)
        say("begin", record.uuid)
        for phase in range(rng.randrange(1, 12)):
            drill = record.drills[phase % 3]
            drill.reps_left += 1
            drill.hold_left_s += 8.0
            record.active_s += 8.0
            record.phase_index = phase + 1
            store.record_phase(record)
            say("phase", record.uuid, str(phase + 1))
        record.notes = "x" * rng.randrange(0, 5000)  # some finishes spill over a page
        store.finish(record, Status.COMPLETED)
        if rng.random() < 0.3:
            store.finish(record, Status.COMPLETED)  # a second finish must not duplicate it
        say("done", record.uuid)


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
