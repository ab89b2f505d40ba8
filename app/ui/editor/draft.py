"""A routine being edited, as plain data (no widgets): its name, description, and its drills in
order, each with the athlete's choices for that place.

The routine file format lists drills by id, so a choice is written as the drill's default:
a place whose choices differ from its drill's defaults becomes a drill of the file's own (the
same drill, the same allowed ranges, other defaults), under an id no other drill of the
routine uses. A drill listed twice with two sets of choices so gets two ids. `routine()` is
what is saved; `plan()` is what the editor shows (the same timeline either way).
`problems()` says what stops it being saved, in the athlete's language (context `DraftWords`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import NamedTuple

from isohold.core.routine_store import make_id
from isohold.core.routines import Drill, DrillChoice, Routine, SessionPlan
from isohold.ui.shared.labels import Words, filled, number

CHOSEN = ("reps", "sets", "hold_s", "reset_s", "rest_s", "switch_s", "box_height_cm")


class DraftWords(Words):
    """What stops a routine being saved."""


class Place(NamedTuple):
    """One place in the routine: a drill and what the athlete chose for it there."""

    drill: Drill
    choice: DrillChoice

    @classmethod
    def of(cls, drill: Drill) -> "Place":
        return cls(drill, DrillChoice.defaults(drill))

    def chosen(self, **values: float) -> "Place":
        """The place with some choices changed, each brought within the drill's ranges."""
        return self._replace(choice=self.choice._replace(**values).within(self.drill))

    def redrilled(self, drill: Drill) -> "Place":
        """The place with `drill` instead (edited in the drill editor): choices left at the
        old drill's defaults take the new defaults, others are kept where the ranges allow."""
        if self.choice == DrillChoice.defaults(self.drill):
            return Place.of(drill)
        return Place(drill, self.choice.within(drill))

    def as_drill(self) -> Drill:
        """The drill with this place's choices as its defaults (its ranges as they are)."""
        changed = {}
        for name in CHOSEN:
            allowed, value = getattr(self.drill, name), getattr(self.choice, name)
            if allowed is not None and value is not None and allowed.default != value:
                changed[name] = allowed._replace(default=float(value))
        return self.drill._replace(**changed) if changed else self.drill


class RoutineDraft(NamedTuple):
    """What the editor holds; every change makes a new draft (so "edited" is a comparison)."""

    name: str
    description: str
    places: tuple[Place, ...]
    base: Routine  # the routine as opened: its id, lead-in and time between drills

    @classmethod
    def of(cls, routine: Routine) -> "RoutineDraft":
        return cls(routine.name, routine.description,
                   tuple(Place.of(drill) for drill in routine.drills), routine)

    # -- changes -------------------------------------------------------------------------------
    def add(self, drill: Drill, at: int | None = None) -> "RoutineDraft":
        at = len(self.places) if at is None else at
        return self._replace(places=(*self.places[:at], Place.of(drill), *self.places[at:]))

    def remove(self, at: int) -> "RoutineDraft":
        return self._replace(places=self.places[:at] + self.places[at + 1:])

    def move(self, at: int, to: int) -> "RoutineDraft":
        """The drill at `at` moved to place `to` (both 0-based; out of bounds: no change)."""
        if not (0 <= at < len(self.places) and 0 <= to < len(self.places)) or at == to:
            return self
        places = list(self.places)
        places.insert(to, places.pop(at))
        return self._replace(places=tuple(places))

    def choose(self, at: int, **values: float) -> "RoutineDraft":
        places = list(self.places)
        places[at] = places[at].chosen(**values)
        return self._replace(places=tuple(places))

    def with_drill(self, old_id: str, drill: Drill) -> "RoutineDraft":
        """Every place of the drill `old_id` with `drill` instead (edited in the drill
        editor), its choices kept where the new ranges allow them."""
        return self._replace(places=tuple(
            place.redrilled(drill) if place.drill.id == old_id else place
            for place in self.places))

    # -- what it makes -------------------------------------------------------------------------
    def routine(self, shipped: Mapping[str, Drill] = {}) -> Routine:
        """The routine to save: each place's drill with its choices as defaults, two different
        drills never under one id (nor under a shipped drill's id, `shipped`)."""
        claimed: dict[str, Drill] = dict(shipped)
        drills = []
        for place in self.places:
            drill = place.as_drill()
            if drill.id in claimed and claimed[drill.id] != drill:
                drill = drill._replace(id=make_id(drill.id, claimed))
            claimed.setdefault(drill.id, drill)
            drills.append(drill)
        return self.base._replace(name=self.name.strip(), description=self.description.strip(),
                                  drills=tuple(drills))

    def plan(self, get_ready_s: float | None = None) -> SessionPlan:
        """The session this draft describes, choices by place."""
        return SessionPlan(self.base._replace(name=self.name, drills=tuple(
            place.drill for place in self.places)),
            tuple(place.choice for place in self.places), get_ready_s)

    def problems(self) -> dict[str, str]:
        """What stops it being saved, by field ("name", "drills"), in words."""
        found = {}
        name = self.name.strip()
        if not name:
            found["name"] = DraftWords.tr("A routine needs a name.")
        elif len(name) > 80:
            found["name"] = filled(DraftWords.tr("At most %1 characters; this name has %2."),
                                   number(80), number(len(name)))
        if len(self.description.strip()) > 2000:
            found["description"] = filled(
                DraftWords.tr("At most %1 characters; this description has %2."),
                number(2000), number(len(self.description.strip())))
        if not self.places:
            found["drills"] = DraftWords.tr("Add at least one drill.")
        return found


def library(built_in: Iterable[Drill], own: Iterable[Drill]) -> list[Drill]:
    """The drills one can add: the built-in ones, then the athlete's own, each id and each
    name once (a drill saved with other defaults keeps its name: it is not another drill)."""
    found: dict[str, Drill] = {}
    names: set[str] = set()
    for drill in [*built_in, *own]:
        if drill.id not in found and drill.name.casefold() not in names:
            found[drill.id] = drill
            names.add(drill.name.casefold())
    return list(found.values())
