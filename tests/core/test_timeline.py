"""Each built-in routine compiled into phases: counts, sides, reps, sets, durations, cues."""

from __future__ import annotations

from collections import Counter

import pytest

from isohold.core import cues
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind, Side
from isohold.core.routines import DrillChoice, SessionPlan
from isohold.core.timeline import compile_timeline, estimate_s

K = PhaseKind


def routine(routine_id: str):
    found = load_routines().routine(routine_id)
    assert found is not None, routine_id
    return found


def timeline(routine_id: str, get_ready_s: float | None = None, **choices: dict):
    """The routine's timeline; `choices` maps a drill id to DrillChoice fields to change."""
    chosen = routine(routine_id)
    plan_choices = {}
    for drill in chosen.drills:
        if drill.id in choices:
            base = DrillChoice.defaults(drill)._asdict() | choices[drill.id]
            plan_choices[drill.id] = DrillChoice(**base)
    return compile_timeline(SessionPlan(chosen, plan_choices, get_ready_s))


def of_drill(line, drill_id, *kinds):
    return [p for p in line.phases if p.drill is not None and p.drill.id == drill_id
            and (not kinds or p.kind in kinds) and p.kind not in (K.NEXT_DRILL, K.GET_READY)]


# Counts and shape, per routine ----------------------------------------------------------------

EXPECTED_KINDS = {
    # 3 hold drills of 8 reps: 8 holds and 7 resets or switches each.
    "iso-holds": {K.GET_READY: 1, K.HOLD: 24, K.RESET: 14, K.SWITCH: 7, K.NEXT_DRILL: 2,
                  K.DONE: 1},
    # forefoot jumps 3 sets, downhill 1 set, drop jumps 3 sets; rest between sets only.
    "dynamic": {K.GET_READY: 1, K.SET: 7, K.REST: 4, K.NEXT_DRILL: 2, K.DONE: 1},
    "full": {K.GET_READY: 1, K.HOLD: 24, K.RESET: 14, K.SWITCH: 7, K.SET: 7, K.REST: 4,
             K.NEXT_DRILL: 5, K.DONE: 1},
}


@pytest.mark.parametrize("routine_id", list(EXPECTED_KINDS))
def test_phase_counts_of_each_built_in_routine(routine_id):
    line = timeline(routine_id)
    assert Counter(phase.kind for phase in line.phases) == EXPECTED_KINDS[routine_id]


@pytest.mark.parametrize("routine_id", list(EXPECTED_KINDS))
def test_get_ready_first_done_last_and_starts_add_up(routine_id):
    line = timeline(routine_id)
    assert line[0].kind is K.GET_READY and line[0].duration_s == 10
    assert line[-1].kind is K.DONE and line[-1].duration_s == 0
    assert [phase.index for phase in line.phases] == list(range(len(line)))
    start = 0.0
    for phase in line.phases:
        assert phase.planned_start_s == pytest.approx(start)
        start += phase.estimate_s


@pytest.mark.parametrize("routine_id", list(EXPECTED_KINDS))
def test_next_drill_sits_between_drills_and_names_the_coming_one(routine_id):
    line = timeline(routine_id)
    drills = routine(routine_id).drills
    moves = [phase for phase in line.phases if phase.kind is K.NEXT_DRILL]
    assert [phase.drill.id for phase in moves] == [drill.id for drill in drills[1:]]
    assert all(phase.duration_s == 20 for phase in moves)
    for move in moves:
        before, after = line[move.index - 1], line[move.index + 1]
        assert before.drill.id != move.drill.id and before.kind in (K.HOLD, K.SET)
        assert after.drill.id == move.drill.id and after.kind in (K.HOLD, K.SET)
    work = [phase for phase in line.phases if phase.kind in (K.HOLD, K.SET)]
    assert sorted({phase.drill_no for phase in work}) == list(range(1, len(drills) + 1))


@pytest.mark.parametrize("routine_id, minutes_s", [("iso-holds", 449), ("dynamic", 986),
                                                   ("full", 1445)])
def test_estimated_duration_from_the_documented_defaults(routine_id, minutes_s):
    # iso-holds: 10 get ready + 2 x (8 x 10 s hold + 7 x 10 s reset) + 2 x 20 s next drill
    #            + sprinter press 8 x 8 s hold + 7 x 5 s switch = 449 s
    # dynamic:   10 + forefoot 3 x 32 s + 2 x 90 s rest + 20 + downhill 4 runs x 60 s + 20
    #            + drop jumps 3 x (6 x 10 s) + 2 x 120 s rest = 986 s
    line = timeline(routine_id)
    assert line.estimated_s == pytest.approx(minutes_s)
    assert line.remaining_after(0) == pytest.approx(minutes_s - 10)
    assert line.remaining_after(len(line) - 1) == 0


@pytest.mark.parametrize("routine_id, get_ready_s, choices", [
    ("iso-holds", None, {}),
    ("dynamic", None, {}),
    ("full", 25, {"sprinter-press": {"reps": 10, "hold_s": 9, "switch_s": 3},
                  "wall-press-straight": {"reps": 9, "reset_s": 0},
                  "downhill-sprints": {"sets": 1, "reps": 6},
                  "drop-jumps": {"sets": 4, "rest_s": 150}}),
])
def test_the_quick_estimate_is_the_compiled_timelines(routine_id, get_ready_s, choices):
    # The menu asks `estimate_s` (no cues, no placing); the setup page and the session show the
    # compiled timeline's figure: the two must never disagree.
    line = timeline(routine_id, get_ready_s, **choices)
    assert estimate_s(line.plan) == pytest.approx(line.estimated_s)


def test_get_ready_follows_the_plan_when_set():
    line = timeline("iso-holds", get_ready_s=25)
    assert line[0].duration_s == 25 and line.estimated_s == pytest.approx(449 + 15)


# Hold drills -----------------------------------------------------------------------------------

def test_wall_press_holds_count_reps_with_a_reset_between_and_none_after_the_last():
    line = timeline("iso-holds")
    phases = of_drill(line, "wall-press-straight")
    assert [p.kind for p in phases] == [K.HOLD, K.RESET] * 7 + [K.HOLD]
    holds = [p for p in phases if p.kind is K.HOLD]
    assert [(p.rep, p.reps, p.set_no, p.sets) for p in holds] == [(n, 8, 1, 1) for n in range(1, 9)]
    assert all(p.duration_s == 10 and p.side is Side.BOTH for p in holds)
    assert all(p.duration_s == 10 for p in phases if p.kind is K.RESET)


def test_sprinter_press_alternates_legs_with_a_switch_between_and_equal_holds():
    phases = of_drill(timeline("iso-holds"), "sprinter-press")
    assert [p.kind for p in phases] == [K.HOLD, K.SWITCH] * 7 + [K.HOLD]
    holds = [p for p in phases if p.kind is K.HOLD]
    assert [p.side for p in holds] == [Side.LEFT, Side.RIGHT] * 4
    assert [p.rep for p in holds] == list(range(1, 9))
    assert all(p.duration_s == 8 for p in holds)
    assert all(p.duration_s == 5 for p in phases if p.kind is K.SWITCH)


@pytest.mark.parametrize("asked, per_leg", [(10, 5), (9, 5), (8, 4), (3, 4), (40, 5)])
def test_sprinter_press_reps_are_clamped_and_even(asked, per_leg):
    holds = of_drill(timeline("iso-holds", **{"sprinter-press": {"reps": asked}}),
                     "sprinter-press", K.HOLD)
    sides = Counter(p.side for p in holds)
    assert sides == {Side.LEFT: per_leg, Side.RIGHT: per_leg}


def test_sprinter_press_hold_and_switch_choices_stay_within_range():
    line = timeline("iso-holds", **{"sprinter-press": {"hold_s": 30, "switch_s": 0.5}})
    phases = of_drill(line, "sprinter-press")
    assert {p.duration_s for p in phases if p.kind is K.HOLD} == {10}
    assert {p.duration_s for p in phases if p.kind is K.SWITCH} == {3}


def test_hold_cues_go_last_rep_switch_and_the_coming_leg():
    line = timeline("iso-holds")
    holds = of_drill(line, "sprinter-press", K.HOLD)
    assert [c.name for c in holds[0].cues if c.at_s == 0] == [cues.GO, cues.HOLD]
    assert cues.LAST_REP in [c.name for c in holds[-1].cues]
    switch = line[holds[0].index + 1]
    names = [c.name for c in switch.cues]
    assert names[:2] == [cues.RELEASE, cues.SWITCH] and cues.SIDE_RIGHT in names
    assert [c.name for c in switch.cues if c.name in cues.COUNTDOWN] == list(cues.COUNTDOWN)
    assert [c.at_s for c in switch.cues if c.name in cues.COUNTDOWN] == [2, 3, 4]


# Paced drills ---------------------------------------------------------------------------------

def test_forefoot_jumps_are_three_cadenced_sets_of_eight_with_rest_between_only():
    phases = of_drill(timeline("dynamic"), "forefoot-jumps")
    assert [p.kind for p in phases] == [K.SET, K.REST, K.SET, K.REST, K.SET]
    sets = [p for p in phases if p.kind is K.SET]
    assert [(p.set_no, p.sets, p.target_reps) for p in sets] == [(1, 3, 8), (2, 3, 8), (3, 3, 8)]
    assert all(p.cadence_s == 4 and p.duration_s == 32 and p.user_paced for p in sets)
    ticks = [c.at_s for c in sets[0].cues if c.name == cues.TICK]
    assert ticks == [4, 8, 12, 16, 20, 24, 28]  # the 8th rep ends the set
    assert all(p.duration_s == 90 for p in phases if p.kind is K.REST)


def test_downhill_sprints_are_one_user_paced_set_without_cadence():
    [run] = of_drill(timeline("dynamic"), "downhill-sprints")
    assert run.kind is K.SET and run.duration_s is None and run.cadence_s is None
    assert run.target_reps == 4 and run.estimate_s == 240
    assert not any(c.name == cues.TICK for c in run.cues)


@pytest.mark.parametrize("asked, sets", [(4, 4), (9, 4), (1, 3)])
def test_drop_jump_sets_are_chosen_within_three_to_four(asked, sets):
    phases = of_drill(timeline("dynamic", **{"drop-jumps": {"sets": asked}}), "drop-jumps")
    assert [p.kind for p in phases] == [K.SET, K.REST] * (sets - 1) + [K.SET]
    assert all(p.target_reps == 6 and p.duration_s is None for p in phases if p.kind is K.SET)
    assert all(p.duration_s == 120 for p in phases if p.kind is K.REST)


def test_paced_rest_and_box_choices_are_clamped():
    chosen = routine("dynamic")
    drops = next(d for d in chosen.drills if d.id == "drop-jumps")
    choice = DrillChoice(reps=6, sets=3, rest_s=1000, box_height_cm=80).within(drops)
    assert choice.rest_s == 300 and choice.box_height_cm == 60
    line = timeline("dynamic", **{"drop-jumps": {"rest_s": 5}})
    assert {p.duration_s for p in of_drill(line, "drop-jumps", K.REST)} == {60}


def test_a_set_after_rest_is_counted_down_and_a_set_end_is_called():
    line = timeline("dynamic")
    rest = of_drill(line, "forefoot-jumps", K.REST)[0]
    names = [c.name for c in rest.cues]
    assert names[0] == cues.SET_DONE and cues.REST in names
    assert [c.at_s for c in rest.cues if c.name in cues.COUNTDOWN] == [87, 88, 89]


def test_next_drill_phases_carry_the_number_of_the_drill_they_lead_to():
    from isohold.core.loader import load_routines

    full = load_routines().routine("full")
    timeline = compile_timeline(SessionPlan(full))
    moves = [p for p in timeline.phases if p.kind is PhaseKind.NEXT_DRILL]
    assert [p.drill_no for p in moves] == list(range(2, len(full.drills) + 1))
    assert all(p.drill is full.drills[p.drill_no - 1] for p in moves)
