"""Drills and a store for the history tests (no Qt, no real time)."""

from __future__ import annotations

import pytest

from isohold.core.history import HistoryStore
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range(8, 10, 2), sets=Range(1, 2, 2), hold_s=Range(8, 10, 10),
             reset_s=Range.fixed(5), rest_s=Range.fixed(30))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range(2, 10, 4), hold_s=Range(8, 10, 8), switch_s=Range.fixed(5))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range(1, 4, 2), rest_s=Range.fixed(30),
              box_height_cm=Range(40, 60, 40))
ROUTINE = Routine("test", "Test routine", "", (WALL, PRESS, DROPS), get_ready_s=10,
                  next_drill_s=15)


@pytest.fixture
def plan():
    return SessionPlan(ROUTINE)


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "data" / "history.sqlite3") as opened:
        yield opened
