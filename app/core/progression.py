"""What to do this time, drill by drill, from what the record says was done last time.

Each drill declares its progression in its routine file: an ordered list of steps (which
choice changes, by how much, up to what). A drill without one gets DEFAULT for its kind
(`steps_of`). The rules, in order (docs/training.md gives their sources):

1. no record of the drill (or last time was a preview)    -> the drill's defaults (FIRST_TIME,
                                                             PREVIEW_IGNORED)
2. a box drill whose knees yielded                        -> box down one step (KNEES_YIELDED)
3. the pain check says step back                          -> one step down: the last step of the
                                                             progression above its minimum (PAIN)
4. a planned rep or set not done                          -> last time's choice (NOT_ALL_DONE)
5. a box drill: heels touched, or knees/heels not said    -> last time's (HEELS_TOUCHED,
                                                             NO_BOX_REPORT)
6. the pain check says keep                               -> last time's (PAIN)
7. otherwise                                              -> one step up: the first step of the
                                                             progression below its top (reps to
                                                             the top of the range first, then the
                                                             next step) (ALL_DONE_STEP_UP, or
                                                             KNEES_HELD_HEELS_OFF for a box)
   every step at its top                                  -> last time's (AT_TOP_OF_RANGE)

A suggestion is always within the drill's ranges; `at_limit` says a rule wanted a move the
range did not allow (the box already at its lowest, say). Values only: the screens word them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from isohold.core.pain import PainCheck, Readiness, session_pain_check
from isohold.core.routines import Change, Drill, DrillChoice, DrillKind, Range, Routine, Step

if TYPE_CHECKING:
    from isohold.core.history.records import DrillRecord, SessionRecord

__all__ = ["Change", "Step", "Why", "Suggestion", "suggest", "suggest_plan", "steps_of",
           "default_steps", "last_choice", "all_done", "last_training", "BOX_STEP_CM"]

BOX_STEP_CM = 5  # a box rises or drops 5 cm at a time (the built-in drop jumps: 40-60 cm)
# Drills without a progression of their own: reps first (to the top of the range), then the
# hold, then sets; a box drill's box first. A step whose range is fixed never moves.
HOLD_DEFAULT = (Step(Change.REPS, 1), Step(Change.HOLD_S, 2), Step(Change.SETS, 1))
PACED_DEFAULT = (Step(Change.REPS, 1), Step(Change.SETS, 1))
BOX_DEFAULT = (Step(Change.BOX_HEIGHT_CM, BOX_STEP_CM), Step(Change.SETS, 1))


class Why(str, Enum):
    """Which rule made the suggestion (the numbered rules of this module's docstring)."""

    FIRST_TIME = "first_time"
    PREVIEW_IGNORED = "preview_ignored"
    KNEES_YIELDED = "knees_yielded"
    PAIN = "pain"  # Suggestion.pain says which pain rule
    NOT_ALL_DONE = "not_all_done"
    HEELS_TOUCHED = "heels_touched"
    NO_BOX_REPORT = "no_box_report"
    ALL_DONE_STEP_UP = "all_done_step_up"
    KNEES_HELD_HEELS_OFF = "knees_held_heels_off"
    AT_TOP_OF_RANGE = "at_top_of_range"


@dataclass(frozen=True)
class Suggestion:
    """This time's choice for the drill at `position` of a routine, and why."""

    drill_id: str
    position: int
    choice: DrillChoice  # the suggested choice, within the drill's ranges
    last: DrillChoice | None  # last time's (None: no record)
    change: Change  # what differs from last time (NONE: nothing)
    direction: int  # +1 up, -1 down, 0 the same
    why: Why
    pain: PainCheck | None = None
    at_limit: bool = False  # a rule wanted a move, but the drill's range was at its end

    @property
    def step(self) -> float:
        """How much `change` moved (negative: down); 0 when nothing changed."""
        if self.last is None or self.change is Change.NONE:
            return 0.0
        return float(_value(self.choice, self.change) or 0) - float(
            _value(self.last, self.change) or 0)


def default_steps(drill: Drill) -> tuple[Step, ...]:
    """The progression a drill gets when its file declares none, by its kind."""
    if drill.box_height_cm is not None:
        return BOX_DEFAULT
    if drill.kind is DrillKind.HOLD:
        return HOLD_DEFAULT
    return PACED_DEFAULT


def steps_of(drill: Drill) -> tuple[Step, ...]:
    """The drill's progression: its own, or the default for its kind."""
    return drill.progression or default_steps(drill)


def last_choice(drill: Drill, record: DrillRecord) -> DrillChoice:
    """Last time's choice from a DrillRecord, within the drill's ranges as they are now: the
    choices it was planned with, the box it was really jumped from."""
    known = set(DrillChoice._fields)
    saved = {key: value for key, value in (record.choices or {}).items() if key in known}
    try:
        choice = DrillChoice(**{**DrillChoice.defaults(drill)._asdict(), **saved})
    except TypeError:
        choice = DrillChoice.defaults(drill)
    if not saved:
        choice = choice._replace(reps=record.reps_planned or choice.reps,
                                 sets=record.sets_planned or choice.sets)
    if record.box_height_cm is not None and drill.box_height_cm is not None:
        choice = choice._replace(box_height_cm=record.box_height_cm)
    return choice.within(drill)


def all_done(record: DrillRecord) -> bool:
    """Every planned rep of every planned set was done."""
    planned = record.sets_planned * record.reps_planned
    return planned > 0 and record.reps_done >= planned and record.sets_done >= record.sets_planned


def suggest(drill: Drill, position: int, last: DrillRecord | None,
            pain: PainCheck | None) -> Suggestion:
    """This time's choice for `drill` at `position`, from its DrillRecord of last time (None:
    no record) and the pain check of last session (None: nothing said)."""
    if last is None:
        return Suggestion(drill.id, position, DrillChoice.defaults(drill), None, Change.NONE, 0,
                          Why.FIRST_TIME, pain)
    before = last_choice(drill, last)

    def keep(why: Why, at_limit: bool = False) -> Suggestion:
        return Suggestion(drill.id, position, before, before, Change.NONE, 0, why, pain, at_limit)

    def moved(moved_to: tuple[Change, DrillChoice] | None, direction: int, why: Why,
              stopped: Why | None = None) -> Suggestion:
        if moved_to is None:
            return keep(stopped or why, at_limit=stopped is None)
        change, choice = moved_to
        return Suggestion(drill.id, position, choice, before, change, direction, why, pain)

    uses_box = drill.box_height_cm is not None
    knees_held, heels_off = last.knees_held, last.heels_off
    if uses_box and knees_held is False:
        box = [step for step in steps_of(drill) if step.change is Change.BOX_HEIGHT_CM]
        return moved(_down(drill, before, box or [Step(Change.BOX_HEIGHT_CM, BOX_STEP_CM)]),
                     -1, Why.KNEES_YIELDED)
    if pain is not None and pain.readiness is Readiness.STEP_BACK:
        return moved(_down(drill, before, steps_of(drill)), -1, Why.PAIN)
    if not all_done(last):
        return keep(Why.NOT_ALL_DONE)
    if uses_box and heels_off is False:
        return keep(Why.HEELS_TOUCHED)
    if uses_box and (knees_held is None or heels_off is None):
        return keep(Why.NO_BOX_REPORT)
    if pain is not None and pain.readiness is Readiness.KEEP:
        return keep(Why.PAIN)
    return moved(_up(drill, before, steps_of(drill)), +1,
                 Why.KNEES_HELD_HEELS_OFF if uses_box else Why.ALL_DONE_STEP_UP,
                 stopped=Why.AT_TOP_OF_RANGE)


def suggest_plan(routine: Routine, last_session: SessionRecord | None,
                 pain: PainCheck | None = None) -> list[Suggestion]:
    """A suggestion for each drill of `routine`, in its order, from the SessionRecord of its
    last session. `pain` None: the pain check of that session's own answers. A preview says
    nothing of training: every drill gets its defaults (PREVIEW_IGNORED)."""
    if last_session is None:
        return [suggest(drill, position, None, pain)
                for position, drill in enumerate(routine.drills)]
    if last_session.is_preview:
        return [Suggestion(drill.id, position, DrillChoice.defaults(drill), None, Change.NONE,
                           0, Why.PREVIEW_IGNORED, pain)
                for position, drill in enumerate(routine.drills)]
    if pain is None:
        pain = session_pain_check(last_session)
    records = list(last_session.drills)
    suggestions = []
    for position, drill in enumerate(routine.drills):
        if position < len(records) and records[position].drill_id == drill.id:
            record = records[position]
        else:  # the routine changed since: the drill's first record, if any
            record = next((found for found in records if found.drill_id == drill.id), None)
        suggestions.append(suggest(drill, position, record, pain))
    return suggestions


def last_training(sessions: Iterable[SessionRecord]) -> SessionRecord | None:
    """The latest session that counts as training (finished, not a preview), to suggest from;
    None when there is none."""
    found = [session for session in sessions if session.is_training]
    return max(found, key=lambda session: session.started_at) if found else None


# -- steps ----------------------------------------------------------------------------------------


def _range(drill: Drill, change: Change) -> Range | None:
    return {Change.REPS: drill.reps, Change.SETS: drill.sets, Change.HOLD_S: drill.hold_s,
            Change.BOX_HEIGHT_CM: drill.box_height_cm}.get(change)


def _value(choice: DrillChoice, change: Change) -> float | None:
    return getattr(choice, change.value) if change is not Change.NONE else None


def _by(drill: Drill, step: Step) -> float:
    """A step's size; reps of a drill worked one leg at a time go two at a time (one a leg)."""
    if step.change is Change.REPS and drill.sides.one_at_a_time:
        return max(2, step.by + step.by % 2)
    return step.by


def _top(step: Step, span: Range) -> float:
    return span.max if step.max is None else min(step.max, span.max)


def _up(drill: Drill, choice: DrillChoice,
        steps: tuple[Step, ...]) -> tuple[Change, DrillChoice] | None:
    """The first step below its top, moved one step up; None when all are at the top."""
    for step in steps:
        span = _range(drill, step.change)
        value = _value(choice, step.change)
        if span is None or value is None:
            continue
        top = _top(step, span)
        if value < top:
            raised = choice._replace(**{step.change.value: _kind(step, min(top, value + _by(
                drill, step)))}).within(drill)
            if _value(raised, step.change) > value:
                return step.change, raised
    return None


def _down(drill: Drill, choice: DrillChoice,
          steps: Sequence[Step]) -> tuple[Change, DrillChoice] | None:
    """The last step above its minimum, moved one step down; None when all are at the bottom."""
    for step in reversed(steps):
        span = _range(drill, step.change)
        value = _value(choice, step.change)
        if span is None or value is None or value <= span.min:
            continue
        lowered = choice._replace(**{step.change.value: _kind(step, max(span.min, value - _by(
            drill, step)))}).within(drill)
        if _value(lowered, step.change) < value:
            return step.change, lowered
    return None


def _kind(step: Step, value: float) -> float:
    return int(value) if step.change in (Change.REPS, Change.SETS) else value
