"""The one status rule, table-driven: completed only when the session reached its end with
every planned hold held and every planned rep done."""

from __future__ import annotations

import pytest

from app.core.history import SessionRecord, Status
from app.core.history.shortfall import Shortfall, shortfall, status_of
from app.core.routines import SessionPlan

from tests.core.history.conftest import ROUTINE  # wall 2x2 holds, press 4 holds, drops 2x3


def record_with(wall=4, left=2, right=2, drops=6, reached_end=True) -> SessionRecord:
    record = SessionRecord.new(SessionPlan(ROUTINE))
    w, p, d = record.drills
    w.reps_both, p.reps_left, p.reps_right, d.reps_both = wall, left, right, drops
    record.reached_end = reached_end
    return record


@pytest.mark.parametrize("counts, expected, status", [
    ({}, Shortfall(0, 0, False), Status.COMPLETED),
    ({"wall": 3}, Shortfall(1, 0, False), Status.STOPPED_EARLY),
    ({"left": 1, "right": 1}, Shortfall(2, 0, False), Status.STOPPED_EARLY),
    ({"drops": 5}, Shortfall(0, 1, False), Status.STOPPED_EARLY),
    ({"reached_end": False}, Shortfall(0, 0, True), Status.STOPPED_EARLY),
    ({"wall": 0, "left": 0, "right": 0, "drops": 0}, Shortfall(8, 6, False), Status.STOPPED_EARLY),
    ({"drops": 9}, Shortfall(0, 0, False), Status.COMPLETED),  # more than planned: not short
])
def test_the_status_rule(counts, expected, status):
    record = record_with(**counts)
    assert shortfall(record) == expected
    assert status_of(record) is status
    assert bool(shortfall(record)) is (status is Status.STOPPED_EARLY)


def test_a_corrected_count_completes_the_session_and_its_sets_follow():
    record = record_with(drops=4)
    drops = record.drills[2]
    assert status_of(record) is Status.STOPPED_EARLY
    drops.correct_reps(6)
    assert (drops.reps_both, drops.sets_done) == (6, 2)
    assert status_of(record) is Status.COMPLETED
    drops.correct_reps(0)
    assert drops.sets_done == 0 and drops.box_height_cm is None
