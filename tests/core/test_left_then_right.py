"""Legs one at a time, all the left's reps first: the timeline, the estimate, the file rules and
the record's per-leg figures."""

from __future__ import annotations

import json

from isohold.core.history.records import SessionRecord
from isohold.core.phases import PhaseKind, Side
from isohold.core.routine_file import read_routine_file
from isohold.core.routines import Drill, DrillChoice, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.timeline import compile_timeline, estimate_s

STEP_UPS = Drill("step-hold", "Single-leg calf hold", DrillKind.HOLD, Sides.LEFT_THEN_RIGHT,
                 "Up on one forefoot, hold", reps=Range(4, 8, 6), hold_s=Range.fixed(10),
                 reset_s=Range(5, 30, 5), switch_s=Range(3, 15, 8))
PLAN = SessionPlan(Routine("one-leg", "One leg", "", (STEP_UPS,), 5))


def work_of(timeline):
    return [(p.kind, p.side) for p in timeline.phases
            if p.kind in (PhaseKind.HOLD, PhaseKind.RESET, PhaseKind.SWITCH)]


def test_the_left_legs_holds_come_first_then_one_switch_then_the_rights():
    timeline = compile_timeline(PLAN)
    hold, reset, switch = PhaseKind.HOLD, PhaseKind.RESET, PhaseKind.SWITCH
    assert work_of(timeline) == [
        (hold, Side.LEFT), (reset, None), (hold, Side.LEFT), (reset, None), (hold, Side.LEFT),
        (switch, None),
        (hold, Side.RIGHT), (reset, None), (hold, Side.RIGHT), (reset, None), (hold, Side.RIGHT)]
    assert estimate_s(PLAN) == timeline.estimated_s  # the menu's sum agrees


def test_an_odd_count_is_made_even_so_both_legs_get_the_same():
    choice = DrillChoice.defaults(STEP_UPS)._replace(reps=7).within(STEP_UPS)
    assert choice.reps % 2 == 0


def test_a_file_may_say_left_then_right_and_must_give_an_even_count(tmp_path):
    drill = {"id": "step-hold", "name": "Single-leg calf hold", "kind": "hold",
             "sides": "left_then_right", "cue": "Up on one forefoot, hold", "reps": 6,
             "hold_s": 10}
    good = tmp_path / "good.json"
    good.write_text(json.dumps({"version": 1, "drills": [drill], "routines": [
        {"id": "one-leg", "name": "One leg", "drills": ["step-hold"]}]}))
    loaded = read_routine_file(good)
    assert not loaded.problems, loaded.problems
    assert loaded.drills[0].sides is Sides.LEFT_THEN_RIGHT
    odd = tmp_path / "odd.json"
    odd.write_text(json.dumps({"version": 1, "drills": [dict(drill, reps=7)], "routines": []}))
    problems = read_routine_file(odd).problems
    assert any("field reps" in p and "even number" in p for p in problems), problems


def test_the_record_keeps_each_legs_holds_apart():
    record = SessionRecord.new(PLAN, planned_s=100)
    assert record.drills[0].has_sides
