"""The progression rules, row by row as docs/training.md states them, on the built-in drills
(read through the loader) and records made the way the session makes them."""

from __future__ import annotations

import itertools

import pytest

from isohold.core.history.records import DrillRecord, SessionRecord, Status, now_local
from isohold.core.loader import built_in_file
from isohold.core.pain import PainWhy, Readiness, pain_check
from isohold.core.progression import (BOX_DEFAULT, HOLD_DEFAULT, PACED_DEFAULT, Change, Why,
                                      all_done, last_choice, last_training, steps_of, suggest,
                                      suggest_plan)
from isohold.core.routines import Drill, DrillChoice, DrillKind, Range, Sides, Step

SETTLED = pain_check(1, 0, 1, 7)
PAIN_6 = pain_check(6, None, None, None)
PAIN_5_NO_MORNING = pain_check(5, None, None, None)
RPE_10 = pain_check(None, None, None, 10)


def drill(drill_id: str) -> Drill:
    return {found.id: found for found in built_in_file().drills}[drill_id]


def record(found: Drill, sets_done: int | None = None, reps_short: int = 0,
           knees_held: bool | None = None, heels_off: bool | None = None,
           **chosen) -> DrillRecord:
    """Last time's record of `found`, planned with the defaults changed by `chosen`: every rep
    of every set done, unless `sets_done` or `reps_short` say otherwise."""
    choice = DrillChoice.defaults(found)._replace(**chosen)
    made = DrillRecord.planned(found, choice)
    made.sets_done = choice.sets if sets_done is None else sets_done
    made.reps_both = made.sets_done * choice.reps - reps_short
    if choice.box_height_cm is not None and made.reps_both:
        made.box_height_cm = choice.box_height_cm
    made.knees_held, made.heels_off = knees_held, heels_off  # the summary's answers
    return made


HELD = {"knees_held": True, "heels_off": True}

# (drill, last time's record, pain check) -> (change, direction, why, what the choice becomes)
RULES = {
    # 7. all done: reps to the top of the range first, then the next step
    "wall press 8 reps -> 9": (
        "wall-press-straight", dict(reps=8), None, (Change.REPS, +1, Why.ALL_DONE_STEP_UP,
                                                    dict(reps=9, hold_s=10))),
    "wall press 9 reps -> 10": (
        "wall-press-bent", dict(reps=9), SETTLED, (Change.REPS, +1, Why.ALL_DONE_STEP_UP,
                                                   dict(reps=10, hold_s=10))),
    "wall press at 10 reps: the hold, +2 s": (
        "wall-press-straight", dict(reps=10, hold_s=10), None,
        (Change.HOLD_S, +1, Why.ALL_DONE_STEP_UP, dict(reps=10, hold_s=12))),
    "wall press hold 14 -> 15, its cap": (
        "wall-press-straight", dict(reps=10, hold_s=14), None,
        (Change.HOLD_S, +1, Why.ALL_DONE_STEP_UP, dict(reps=10, hold_s=15))),
    "wall press at the top": (
        "wall-press-straight", dict(reps=10, hold_s=15), None,
        (Change.NONE, 0, Why.AT_TOP_OF_RANGE, dict(reps=10, hold_s=15))),
    "sprinter press reps two at a time (one a leg)": (
        "sprinter-press", dict(reps=8, hold_s=8), None,
        (Change.REPS, +1, Why.ALL_DONE_STEP_UP, dict(reps=10, hold_s=8))),
    "sprinter press at 10 reps: the hold, +1 s": (
        "sprinter-press", dict(reps=10, hold_s=8), None,
        (Change.HOLD_S, +1, Why.ALL_DONE_STEP_UP, dict(reps=10, hold_s=9))),
    "sprinter press at the article's top": (
        "sprinter-press", dict(reps=10, hold_s=10), None,
        (Change.NONE, 0, Why.AT_TOP_OF_RANGE, dict(reps=10, hold_s=10))),
    "forefoot jumps stay at the article's 3 x 8": (
        "forefoot-jumps", dict(), None, (Change.NONE, 0, Why.AT_TOP_OF_RANGE,
                                         dict(reps=8, sets=3))),
    "downhill sprints 4 -> 5": (
        "downhill-sprints", dict(reps=4), None, (Change.REPS, +1, Why.ALL_DONE_STEP_UP,
                                                 dict(reps=5))),
    "downhill sprints at 6": (
        "downhill-sprints", dict(reps=6), None, (Change.NONE, 0, Why.AT_TOP_OF_RANGE,
                                                 dict(reps=6))),
    # 4. not all done: last time's
    "wall press one hold short": (
        "wall-press-straight", dict(reps=9, reps_short=1), None,
        (Change.NONE, 0, Why.NOT_ALL_DONE, dict(reps=9))),
    "jumps: a set short": (
        "forefoot-jumps", dict(sets_done=2), None, (Change.NONE, 0, Why.NOT_ALL_DONE,
                                                    dict(sets=3))),
    # 2., 5. box drills: up only with every set done, knees held and heels off
    "box 40, all done, held": (
        "drop-jumps", dict(box_height_cm=40, **HELD), None,
        (Change.BOX_HEIGHT_CM, +1, Why.KNEES_HELD_HEELS_OFF, dict(box_height_cm=45, sets=3))),
    "box 55 -> 60, the top": (
        "drop-jumps", dict(box_height_cm=55, **HELD), SETTLED,
        (Change.BOX_HEIGHT_CM, +1, Why.KNEES_HELD_HEELS_OFF, dict(box_height_cm=60))),
    "box 60: a fourth set": (
        "drop-jumps", dict(box_height_cm=60, sets=3, **HELD), None,
        (Change.SETS, +1, Why.KNEES_HELD_HEELS_OFF, dict(box_height_cm=60, sets=4))),
    "box 60, 4 sets: the top": (
        "drop-jumps", dict(box_height_cm=60, sets=4, **HELD), None,
        (Change.NONE, 0, Why.AT_TOP_OF_RANGE, dict(box_height_cm=60, sets=4))),
    "box: a set short, held": (
        "drop-jumps", dict(box_height_cm=45, sets_done=2, **HELD), None,
        (Change.NONE, 0, Why.NOT_ALL_DONE, dict(box_height_cm=45))),
    "box: a rep short, held": (
        "drop-jumps", dict(box_height_cm=45, reps_short=1, **HELD), None,
        (Change.NONE, 0, Why.NOT_ALL_DONE, dict(box_height_cm=45))),
    "box: heels touched": (
        "drop-jumps", dict(box_height_cm=45, knees_held=True, heels_off=False), None,
        (Change.NONE, 0, Why.HEELS_TOUCHED, dict(box_height_cm=45))),
    "box: knees and heels not said": (
        "drop-jumps", dict(box_height_cm=45), None,
        (Change.NONE, 0, Why.NO_BOX_REPORT, dict(box_height_cm=45))),
    "box: heels not said": (
        "drop-jumps", dict(box_height_cm=45, knees_held=True), None,
        (Change.NONE, 0, Why.NO_BOX_REPORT, dict(box_height_cm=45))),
    "box 50, knees yielded: -5 cm": (
        "drop-jumps", dict(box_height_cm=50, knees_held=False, heels_off=True), None,
        (Change.BOX_HEIGHT_CM, -1, Why.KNEES_YIELDED, dict(box_height_cm=45))),
    "box 45, knees yielded on a partial session: -5 cm": (
        "drop-jumps", dict(box_height_cm=45, sets_done=1, knees_held=False), None,
        (Change.BOX_HEIGHT_CM, -1, Why.KNEES_YIELDED, dict(box_height_cm=40))),
    "box 60, 4 sets, knees yielded: the box, not the sets": (
        "drop-jumps", dict(box_height_cm=60, sets=4, knees_held=False), None,
        (Change.BOX_HEIGHT_CM, -1, Why.KNEES_YIELDED, dict(box_height_cm=55, sets=4))),
    # 3., 6. pain
    "pain 6: one step down, the latest step first": (
        "wall-press-straight", dict(reps=10, hold_s=12), PAIN_6,
        (Change.HOLD_S, -1, Why.PAIN, dict(reps=10, hold_s=10))),
    "pain 6 at 9 reps: reps down": (
        "wall-press-straight", dict(reps=9), PAIN_6,
        (Change.REPS, -1, Why.PAIN, dict(reps=8))),
    "pain 6 on the sprinter press: two reps down": (
        "sprinter-press", dict(reps=10, hold_s=8), PAIN_6,
        (Change.REPS, -1, Why.PAIN, dict(reps=8))),
    "pain 6 at 4 sets from 60 cm: a set down": (
        "drop-jumps", dict(box_height_cm=60, sets=4, **HELD), PAIN_6,
        (Change.SETS, -1, Why.PAIN, dict(box_height_cm=60, sets=3))),
    "pain 6 even with a partial session": (
        "downhill-sprints", dict(reps=5, reps_short=2), PAIN_6,
        (Change.REPS, -1, Why.PAIN, dict(reps=4))),
    "pain 5, no morning answer: keep": (
        "wall-press-straight", dict(reps=9), PAIN_5_NO_MORNING,
        (Change.NONE, 0, Why.PAIN, dict(reps=9))),
    "RPE 10: keep": (
        "wall-press-straight", dict(reps=9), RPE_10, (Change.NONE, 0, Why.PAIN, dict(reps=9))),
    "RPE 10 but a hold short: not all done says it": (
        "wall-press-straight", dict(reps=9, reps_short=3), RPE_10,
        (Change.NONE, 0, Why.NOT_ALL_DONE, dict(reps=9))),
    "box, held, pain keeps": (
        "drop-jumps", dict(box_height_cm=45, **HELD), PAIN_5_NO_MORNING,
        (Change.NONE, 0, Why.PAIN, dict(box_height_cm=45))),
}


@pytest.mark.parametrize("drill_id, last, pain, expected", RULES.values(), ids=RULES.keys())
def test_each_rule_and_edge(drill_id, last, pain, expected):
    found = drill(drill_id)
    change, direction, why, becomes = expected
    made = record(found, **last)
    suggestion = suggest(found, 2, made, pain)
    assert (suggestion.change, suggestion.direction, suggestion.why) == (change, direction, why)
    assert suggestion.drill_id == drill_id and suggestion.position == 2
    assert suggestion.pain is pain
    assert suggestion.last == last_choice(found, made)
    for name, value in becomes.items():
        assert getattr(suggestion.choice, name) == value, name
    changed = {name for name in DrillChoice._fields
               if getattr(suggestion.choice, name) != getattr(suggestion.last, name)}
    assert changed == (set() if change is Change.NONE else {change.value})
    assert not suggestion.at_limit


@pytest.mark.parametrize("drill_id, last, pain, why", [
    ("drop-jumps", dict(box_height_cm=40, knees_held=False, heels_off=True), None,
     Why.KNEES_YIELDED),
    ("wall-press-straight", dict(reps=8, hold_s=10), PAIN_6, Why.PAIN),
    ("drop-jumps", dict(box_height_cm=40, sets=3, **HELD), PAIN_6, Why.PAIN),
])
def test_a_step_down_at_the_bottom_keeps_and_says_it_is_at_the_limit(drill_id, last, pain, why):
    found = drill(drill_id)
    suggestion = suggest(found, 0, record(found, **last), pain)
    assert (suggestion.change, suggestion.direction, suggestion.why) == (Change.NONE, 0, why)
    assert suggestion.at_limit and suggestion.choice == suggestion.last


def test_the_first_time_gets_the_drills_defaults():
    for found in built_in_file().drills:
        suggestion = suggest(found, 0, None, PAIN_6)
        assert suggestion.why is Why.FIRST_TIME and suggestion.last is None
        assert suggestion.choice == DrillChoice.defaults(found)
        assert (suggestion.change, suggestion.direction) == (Change.NONE, 0)


def test_the_box_last_time_is_the_one_jumped_from():
    found = drill("drop-jumps")
    made = record(found, box_height_cm=40, **HELD)
    made.box_height_cm = 50  # planned 40 cm, the athlete took the 50 cm box
    assert suggest(found, 0, made, None).choice.box_height_cm == 55


def test_last_times_choice_is_held_to_the_drills_ranges_as_they_are_now():
    found = drill("wall-press-straight")
    made = record(found, reps=10, hold_s=15)
    narrower = found._replace(hold_s=Range(10, 12, 10))
    suggestion = suggest(narrower, 0, made, None)
    assert suggestion.last.hold_s == 12
    assert (suggestion.why, suggestion.choice.hold_s) == (Why.AT_TOP_OF_RANGE, 12)


def test_a_record_without_choices_uses_its_planned_reps_and_sets():
    found = drill("downhill-sprints")
    made = record(found, reps=5)
    made.choices = {}
    assert last_choice(found, made).reps == 5
    assert suggest(found, 0, made, None).choice.reps == 6


@pytest.mark.parametrize("reps_done, sets_done, done", [
    (24, 3, True), (23, 3, False), (24, 2, False), (0, 0, False), (30, 3, True)])
def test_all_done_means_every_planned_rep_of_every_planned_set(reps_done, sets_done, done):
    made = record(drill("forefoot-jumps"))
    made.reps_both, made.sets_done = reps_done, sets_done
    assert all_done(made) is done


def test_a_suggestion_never_leaves_the_drills_ranges():
    pains = [None, SETTLED, PAIN_6, PAIN_5_NO_MORNING, RPE_10]
    reports = [None, True, False]
    checked = 0
    for found in built_in_file().drills:
        values = {name: _span(getattr(found, name)) for name in ("reps", "sets", "hold_s",
                                                                    "box_height_cm")}
        for reps, sets, hold, box in itertools.product(*values.values()):
            chosen = DrillChoice.defaults(found)._replace(reps=reps, sets=sets, hold_s=hold,
                                                          box_height_cm=box).within(found)
            for pain, knees, heels, short in itertools.product(pains, reports, reports, (0, 1)):
                made = record(found, reps_short=short, knees_held=knees, heels_off=heels,
                              **chosen._asdict())
                suggestion = suggest(found, 0, made, pain)
                assert suggestion.choice == suggestion.choice.within(found), suggestion
                if found.sides.one_at_a_time:
                    assert suggestion.choice.reps % 2 == 0
                checked += 1
    assert checked > 1000


def _span(found: Range | None) -> list:
    if found is None:
        return [None]
    values = list(range(int(found.min), int(found.max) + 1))
    return values if len(values) < 30 else values[::5]


def test_a_drill_without_a_progression_gets_the_default_for_its_kind():
    hold = Drill("own-hold", "Own hold", DrillKind.HOLD, Sides.BOTH, "Press",
                 reps=Range(4, 6, 4), hold_s=Range(20, 30, 20))
    paced = Drill("own-hops", "Own hops", DrillKind.PACED, Sides.BOTH, "Hop",
                  reps=Range(6, 8, 6), sets=Range(2, 3, 2))
    box = paced._replace(id="own-box", box_height_cm=Range(20, 40, 30))
    assert (steps_of(hold), steps_of(paced), steps_of(box)) == (HOLD_DEFAULT, PACED_DEFAULT,
                                                                BOX_DEFAULT)
    own = Step(Change.SETS, 1)
    assert steps_of(paced._replace(progression=(own,))) == (own,)
    at_top = record(hold, reps=6, hold_s=20)
    assert suggest(hold, 0, at_top, None).choice.hold_s == 22
    at_top = record(paced, reps=8, sets=2)
    assert suggest(paced, 0, at_top, None).choice.sets == 3


def test_an_alternating_drills_reps_go_one_a_leg_even_with_a_step_of_one():
    press = drill("sprinter-press")._replace(progression=(Step(Change.REPS, 1),),
                                              reps=Range(6, 12, 6))
    suggestion = suggest(press, 0, record(press, reps=6), None)
    assert suggestion.choice.reps == 8
    assert suggest(press, 0, record(press, reps=8), PAIN_6).choice.reps == 6


# -- a whole routine -------------------------------------------------------------------------------


def routine(routine_id: str):
    return {found.id: found for found in built_in_file().routines}[routine_id]


def session(of, clock_speed: float = 1.0, status: Status = Status.COMPLETED,
            records: list[DrillRecord] | None = None, **answers) -> SessionRecord:
    made = SessionRecord(uuid="u", routine_id=of.id, routine_name=of.name,
                         started_at=now_local(), status=status, clock_speed=clock_speed,
                         **answers)
    made.drills = records if records is not None else [record(found, **HELD)
                                                       for found in of.drills]
    return made


def test_a_plan_suggests_each_drill_from_its_own_record():
    full = routine("full")
    suggestions = suggest_plan(full, session(full), None)
    assert [s.drill_id for s in suggestions] == [found.id for found in full.drills]
    assert [s.position for s in suggestions] == list(range(len(full.drills)))
    assert [(s.change, s.why) for s in suggestions] == [
        (Change.REPS, Why.ALL_DONE_STEP_UP), (Change.REPS, Why.ALL_DONE_STEP_UP),
        (Change.REPS, Why.ALL_DONE_STEP_UP), (Change.NONE, Why.AT_TOP_OF_RANGE),
        (Change.REPS, Why.ALL_DONE_STEP_UP), (Change.BOX_HEIGHT_CM, Why.KNEES_HELD_HEELS_OFF)]
    assert all(s.pain.why is PainWhy.NO_REPORT for s in suggestions)


def test_a_plan_reads_the_sessions_own_pain_answers_unless_given_a_check():
    holds = routine("iso-holds")
    hurt = session(holds, pain_during=6)
    suggestions = suggest_plan(holds, hurt)
    assert {s.why for s in suggestions} == {Why.PAIN}
    assert all(s.pain.readiness is Readiness.STEP_BACK for s in suggestions)
    assert {s.why for s in suggestions if s.direction == 0} == {Why.PAIN}  # all at the bottom
    assert {s.why for s in suggest_plan(holds, hurt, SETTLED)} == {Why.ALL_DONE_STEP_UP}


@pytest.mark.parametrize("clock_speed", [10.0, 0.5])
def test_a_preview_is_no_record_the_plan_keeps_the_defaults(clock_speed):
    full = routine("full")
    suggestions = suggest_plan(full, session(full, clock_speed=clock_speed), SETTLED)
    assert {s.why for s in suggestions} == {Why.PREVIEW_IGNORED}
    assert [s.choice for s in suggestions] == [DrillChoice.defaults(d) for d in full.drills]
    assert all(s.last is None and s.direction == 0 for s in suggestions)


def test_no_last_session_is_the_first_time_for_every_drill():
    full = routine("full")
    suggestions = suggest_plan(full, None, None)
    assert {s.why for s in suggestions} == {Why.FIRST_TIME}
    assert [s.choice for s in suggestions] == [DrillChoice.defaults(d) for d in full.drills]


def test_a_routine_changed_since_finds_each_drill_by_id_and_a_new_one_is_the_first_time():
    holds = routine("iso-holds")
    last = session(holds, records=[record(found, reps=9) for found in reversed(holds.drills)])
    now = holds._replace(drills=(*holds.drills, drill("downhill-sprints")))
    suggestions = suggest_plan(now, last, None)
    assert [s.choice.reps for s in suggestions[:3]] == [10, 10, 10]
    assert suggestions[3].why is Why.FIRST_TIME


def test_a_drill_twice_in_a_routine_follows_each_place():
    twice = routine("iso-holds")._replace(drills=(drill("wall-press-straight"),) * 2)
    found = drill("wall-press-straight")
    last = session(twice, records=[record(found, reps=8), record(found, reps=9,
                                                                 reps_short=1)])
    first, second = suggest_plan(twice, last, None)
    assert (first.choice.reps, first.why) == (9, Why.ALL_DONE_STEP_UP)
    assert (second.choice.reps, second.why) == (9, Why.NOT_ALL_DONE)


def test_a_session_stopped_early_counts_what_was_done():
    holds = routine("iso-holds")
    records = [record(found) for found in holds.drills]
    records[2] = record(holds.drills[2], sets_done=0, reps_short=0)
    stopped = session(holds, status=Status.STOPPED_EARLY, records=records)
    whys = [s.why for s in suggest_plan(holds, stopped, None)]
    assert whys == [Why.ALL_DONE_STEP_UP, Why.ALL_DONE_STEP_UP, Why.NOT_ALL_DONE]


def test_the_step_says_how_much_moved():
    found = drill("drop-jumps")
    down = suggest(found, 0, record(found, box_height_cm=50, knees_held=False), None)
    assert down.step == -5
    up = suggest(drill("wall-press-straight"), 0, record(drill("wall-press-straight"),
                                                         reps=10), None)
    assert up.step == 2
    assert suggest(found, 0, None, None).step == 0


def test_the_last_training_session_is_the_latest_finished_real_one():
    from datetime import timedelta

    holds = routine("iso-holds")
    start = now_local()
    older = session(holds)
    older.started_at = start - timedelta(days=3)
    real = session(holds)
    real.started_at = start - timedelta(days=2)
    preview = session(holds, clock_speed=10.0)
    preview.started_at = start - timedelta(days=1)
    interrupted = session(holds, status=Status.INTERRUPTED)
    interrupted.started_at = start
    assert last_training([interrupted, older, preview, real]) is real
    assert last_training([preview, interrupted]) is None
    assert last_training([]) is None
