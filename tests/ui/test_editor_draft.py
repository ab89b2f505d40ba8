"""The routine being edited as plain data: choices written as each place's drill defaults,
never two drills under one id, and the problems that stop a save."""

from __future__ import annotations

from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.timeline import compile_timeline
from isohold.ui.editor.draft import Place, RoutineDraft, library

WALL = Drill("wall", "Wall press", DrillKind.HOLD, Sides.BOTH, "Lean in",
             reps=Range(4, 10, 8), hold_s=Range(10, 45, 30), reset_s=Range(5, 30, 10))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Knee up",
              reps=Range(8, 10, 8), hold_s=Range(8, 10, 8), switch_s=Range(3, 15, 5))
EMPTY = Routine("mine", "Mine", "", ())


def test_a_drill_twice_with_two_choices_becomes_two_drills_with_the_same_timeline():
    draft = RoutineDraft.of(EMPTY).add(WALL).add(PRESS).add(WALL).choose(2, reps=5, hold_s=40)
    routine = draft.routine(shipped={"wall": WALL})
    assert routine.drills[0] is WALL  # unchanged: the shipped drill, by its id
    assert routine.drills[2].id not in ("wall", "press")
    assert routine.drills[2].reps == Range(4, 10, 5) and routine.drills[2].hold_s.default == 40
    def steps(plan):  # the drills differ in their ids and defaults, not in what is done
        return [(p.kind, p.duration_s, p.side, p.drill and p.drill.name)
                for p in compile_timeline(plan).phases]

    assert steps(SessionPlan(routine)) == steps(draft.plan())
    assert steps(SessionPlan(routine)) != steps(RoutineDraft.of(EMPTY).add(WALL).add(PRESS)
                                                .add(WALL).plan())  # the choice counts


def test_choices_stay_within_the_ranges_and_alternate_reps_even():
    draft = RoutineDraft.of(EMPTY).add(PRESS).choose(0, reps=9, hold_s=99)
    assert draft.places[0].choice.reps in (8, 10) and draft.places[0].choice.hold_s == 10


def test_moves_out_of_bounds_change_nothing():
    draft = RoutineDraft.of(EMPTY).add(WALL).add(PRESS)
    assert draft.move(0, 5) is draft and draft.move(1, 0).places[0].drill is PRESS


def test_a_redrilled_place_takes_new_defaults_unless_chosen():
    wider = WALL._replace(reps=Range(4, 12, 12))
    assert Place.of(WALL).redrilled(wider).choice.reps == 12
    assert Place.of(WALL).chosen(reps=6).redrilled(wider).choice.reps == 6


def test_problems_say_what_stops_a_save():
    problems = RoutineDraft.of(EMPTY)._replace(name="  ").problems()
    assert problems == {"name": "A routine needs a name.", "drills": "Add at least one drill."}
    assert "80 characters" in RoutineDraft.of(EMPTY)._replace(name="x" * 81).problems()["name"]


def test_the_library_lists_each_drill_once():
    own = WALL._replace(id="wall-2", reps=Range(4, 10, 6))  # saved with other defaults
    mine = WALL._replace(id="single", name="Single-leg press")
    assert [drill.id for drill in library([WALL, PRESS], [own, mine])] == \
        ["wall", "press", "single"]
