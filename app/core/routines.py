"""Routines and drills as plain data, as read from `drills.json` and user routine files.

Immutable records, as `typing.NamedTuple`s: the menu is built from them at start-up, and such a
class takes a fifth of the time a frozen dataclass does to define (Python 3.11).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from enum import Enum
from types import MappingProxyType
from typing import NamedTuple


class DrillKind(str, Enum):
    """How a drill's reps are timed."""

    HOLD = "hold"  # timed isometric holds, a countdown per rep
    PACED = "paced"  # user-paced reps in sets, with an optional cadence cue


class Sides(str, Enum):
    """Which legs a drill works."""

    BOTH = "both"  # both legs at once
    ALTERNATE = "alternate"  # one leg at a time, switching rep by rep
    LEFT_THEN_RIGHT = "left_then_right"  # one leg at a time: all the left's reps, then the right's

    @property
    def one_at_a_time(self) -> bool:
        """The legs work apart (equal reps each): the count must split evenly."""
        return self is not Sides.BOTH


class Change(str, Enum):
    """Which choice of a drill a progression step changes (NONE: a suggestion changes nothing)."""

    REPS = "reps"
    HOLD_S = "hold_s"
    SETS = "sets"
    BOX_HEIGHT_CM = "box_height_cm"
    NONE = "none"


class Step(NamedTuple):
    """One step of a drill's progression: `change` goes up (or back down) `by` at a time, never
    past `max` (None: the drill's range's max) nor outside the drill's range."""

    change: Change
    by: float
    max: float | None = None


class Range(NamedTuple):
    """What the article allows for a number, and the default a session starts from."""

    min: float
    max: float
    default: float

    def clamp(self, value: float) -> float:
        return min(self.max, max(self.min, value))

    @classmethod
    def fixed(cls, value: float) -> "Range":
        return cls(value, value, value)


class Drill(NamedTuple):
    """One exercise of the article, with the ranges an athlete may choose from."""

    id: str
    name: str
    kind: DrillKind
    sides: Sides
    cue: str  # the one-line cue shown during the drill
    targets: str = ""  # what it works
    how: str = ""  # how to do it, in the article's words
    tips: tuple[str, ...] = ()
    cautions: tuple[str, ...] = ()
    notes: str = ""  # where we chose numbers the article does not give
    equipment: tuple[str, ...] = ()
    reps: Range = Range.fixed(1)  # reps per set (for ALTERNATE: in all, both legs together)
    sets: Range = Range.fixed(1)
    hold_s: Range | None = None  # HOLD drills: seconds per hold
    reset_s: Range = Range.fixed(0)  # between reps of a set
    rest_s: Range = Range.fixed(0)  # between sets
    switch_s: Range = Range.fixed(0)  # ALTERNATE: between one leg's hold and the other's
    cadence_s: float | None = None  # PACED: a cue every N seconds advances the rep count
    rep_estimate_s: float = 5.0  # PACED without cadence: seconds a rep takes, for estimates
    box_height_cm: Range | None = None
    contacts_per_rep: int = 0  # landings a rep, for jump drills' ground contacts; 0: not counted
    progression: tuple[Step, ...] = ()  # in order; () : the default for its kind (progression.py)


class Routine(NamedTuple):
    """Drills in the order a session works through them, with the time between them."""

    id: str
    name: str
    description: str
    drills: tuple[Drill, ...]
    get_ready_s: float = 10.0  # the lead-in before the first drill
    next_drill_s: float = 20.0  # moving between drills
    source: str = ""  # the file it came from

    @property
    def equipment(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for drill in self.drills:
            for item in drill.equipment:
                seen.setdefault(item, None)
        return tuple(seen)


class DrillChoice(NamedTuple):
    """What the athlete chose for one drill at setup, within the drill's ranges."""

    reps: int
    sets: int
    hold_s: float | None = None
    reset_s: float = 0.0
    rest_s: float = 0.0
    switch_s: float = 0.0
    box_height_cm: float | None = None

    @classmethod
    def defaults(cls, drill: Drill) -> "DrillChoice":
        return cls(
            reps=int(drill.reps.default),
            sets=int(drill.sets.default),
            hold_s=drill.hold_s.default if drill.hold_s else None,
            reset_s=drill.reset_s.default,
            rest_s=drill.rest_s.default,
            switch_s=drill.switch_s.default,
            box_height_cm=drill.box_height_cm.default if drill.box_height_cm else None,
        )

    def within(self, drill: Drill) -> "DrillChoice":
        """The same choice with every number clamped to the drill's ranges.

        A drill worked one leg at a time gets an even rep count, so both legs get equal work.
        """
        reps = int(drill.reps.clamp(self.reps))
        if drill.sides.one_at_a_time and reps % 2:
            reps = reps + 1 if reps + 1 <= drill.reps.max else reps - 1
        return self._replace(
            reps=max(1, reps),
            sets=int(drill.sets.clamp(self.sets)),
            hold_s=drill.hold_s.clamp(self.hold_s or drill.hold_s.default) if drill.hold_s else None,
            reset_s=drill.reset_s.clamp(self.reset_s),
            rest_s=drill.rest_s.clamp(self.rest_s),
            switch_s=drill.switch_s.clamp(self.switch_s),
            box_height_cm=(
                drill.box_height_cm.clamp(self.box_height_cm or drill.box_height_cm.default)
                if drill.box_height_cm
                else None
            ),
        )


class SessionPlan(NamedTuple):
    """A routine plus the choices made at setup: everything needed to build a timeline.

    `choices` is a sequence with one choice (or None: the drill's defaults) per drill of the
    routine, in its order, so a drill listed twice can be done two ways; a mapping by drill id
    applies to every place the drill appears.
    """

    routine: Routine
    choices: Mapping[str, DrillChoice] | Sequence[DrillChoice | None] = MappingProxyType({})
    get_ready_s: float | None = None  # None: the routine's own lead-in

    def choice_at(self, position: int) -> DrillChoice:
        """The choice for the drill at `position` (0-based) of the routine, within its ranges."""
        drill = self.routine.drills[position]
        if isinstance(self.choices, Mapping):
            chosen = self.choices.get(drill.id)
        else:
            chosen = self.choices[position] if position < len(self.choices) else None
        return chosen.within(drill) if chosen else DrillChoice.defaults(drill)

    def choice_for(self, drill: Drill) -> DrillChoice:
        """The choice for the first place `drill` appears in the routine."""
        for position, candidate in enumerate(self.routine.drills):
            if candidate.id == drill.id:
                return self.choice_at(position)
        return DrillChoice.defaults(drill)

    @property
    def lead_in_s(self) -> float:
        return self.routine.get_ready_s if self.get_ready_s is None else self.get_ready_s
