"""The one status rule, table-driven: completed only when the session reached its end with
every planned hold held and every planned rep done."""

from __future__ import annotations

import pytest

from isohold.core.history import SessionRecord, Status
from isohold.core.history.shortfall import Shortfall, shortfall, status_of
from isohold.core.routines import SessionPlan

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


@pytest.mark.parametrize("sets_done, counted, corrected, expected_sets", [
    (0, 11, 12, 0),  # 4, 4, 3 counted: 12 says nothing of which set was whole
    (1, 12, 13, 1),  # 3, 6, 3: one whole set stays one
    (1, 12, 18, 3),  # every planned rep: every set
    (3, 18, 11, 1),  # fewer reps than the sets need: down to what 11 reps can fill
])
def test_a_corrected_total_never_overstates_the_sets_done(sets_done, counted, corrected,
                                                          expected_sets):
    from isohold.core.history.records import DrillRecord

    drill = DrillRecord("drops", "Drop jumps", "paced", "both", sets_planned=3, reps_planned=6,
                        sets_done=sets_done, reps_both=counted)
    drill.correct_reps(corrected)
    assert (drill.reps_done, drill.sets_done) == (corrected, expected_sets)
