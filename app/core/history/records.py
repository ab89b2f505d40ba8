"""What the history keeps of a session: plain data, the same in the store, the views and exports."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import NamedTuple

from app.core.routines import Drill, DrillChoice, SessionPlan


class Status(str, Enum):
    COMPLETED = "completed"  # ran to the end of its timeline
    STOPPED_EARLY = "stopped_early"  # the athlete stopped it, or saved an interrupted one so
    INTERRUPTED = "interrupted"  # left in progress when the app died; found on the next start
    IN_PROGRESS = "in_progress"  # being written phase by phase right now

    @property
    def label(self) -> str:
        return {"completed": "Completed", "stopped_early": "Stopped early",
                "interrupted": "Interrupted", "in_progress": "In progress"}[self.value]


FINISHED = (Status.COMPLETED, Status.STOPPED_EARLY)


def now_local() -> datetime:
    """Wall-clock time with the local time zone offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


@dataclass
class DrillRecord:
    """One drill of a session: what was planned, what was done, per side where it has sides.

    Reps count completed holds for hold drills and counted reps for user-paced sets. Time under
    tension is hold time: a two-legged hold (`both`) loads each leg for its whole length.
    """

    drill_id: str
    name: str
    kind: str = "hold"  # DrillKind value
    sides: str = "both"  # Sides value
    sets_planned: int = 0
    reps_planned: int = 0  # per set (an alternating drill: both legs together)
    sets_done: int = 0
    reps_left: int = 0
    reps_right: int = 0
    reps_both: int = 0
    hold_left_s: float = 0.0
    hold_right_s: float = 0.0
    hold_both_s: float = 0.0
    set_s: float = 0.0  # time in user-paced sets (jumps, sprints)
    choices: dict = field(default_factory=dict)  # DrillChoice fields, as chosen at setup
    box_height_cm: float | None = None  # the box height used, as the athlete confirmed it

    @property
    def reps_done(self) -> int:
        return self.reps_left + self.reps_right + self.reps_both

    @property
    def reps_planned_total(self) -> int:
        return self.sets_planned * self.reps_planned

    @property
    def tut_left_s(self) -> float:
        return self.hold_left_s + self.hold_both_s

    @property
    def tut_right_s(self) -> float:
        return self.hold_right_s + self.hold_both_s

    @property
    def has_sides(self) -> bool:
        return self.sides == "alternate"

    @property
    def uses_box(self) -> bool:
        return self.choices.get("box_height_cm") is not None or self.box_height_cm is not None

    @classmethod
    def planned(cls, drill: Drill, choice: DrillChoice) -> "DrillRecord":
        return cls(drill_id=drill.id, name=drill.name, kind=drill.kind.value,
                   sides=drill.sides.value, sets_planned=choice.sets, reps_planned=choice.reps,
                   choices=choice._asdict(), box_height_cm=choice.box_height_cm)


@dataclass
class SessionRecord:
    uuid: str
    routine_id: str
    routine_name: str
    started_at: datetime  # aware: local time with its offset
    ended_at: datetime | None = None  # None while in progress
    active_s: float = 0.0  # pauses excluded
    paused_s: float = 0.0
    status: Status = Status.IN_PROGRESS
    notes: str = ""
    rpe: int | None = None  # effort, 1-10
    drills: list[DrillRecord] = field(default_factory=list)
    phase_index: int = 0  # where the session was: the timeline phase to resume at
    planned_s: float = 0.0  # the timeline's estimate
    plan: dict = field(default_factory=dict)  # {"get_ready_s": ..., "choices": {drill id: {...}}}

    @classmethod
    def new(cls, plan: SessionPlan, planned_s: float = 0.0,
            started_at: datetime | None = None) -> "SessionRecord":
        drills = [DrillRecord.planned(drill, plan.choice_for(drill))
                  for drill in plan.routine.drills]
        return cls(uuid=str(uuid_module.uuid4()), routine_id=plan.routine.id,
                   routine_name=plan.routine.name, started_at=started_at or now_local(),
                   drills=drills, planned_s=planned_s, plan=plan_to_dict(plan))

    @property
    def total_s(self) -> float:
        return self.active_s + self.paused_s

    @property
    def tut_left_s(self) -> float:
        return sum(drill.tut_left_s for drill in self.drills)

    @property
    def tut_right_s(self) -> float:
        return sum(drill.tut_right_s for drill in self.drills)

    @property
    def box_height_cm(self) -> float | None:
        """The box height of the session's drop jumps (the highest box jumped from); None
        when no drill with a box was done: a drill not reached says nothing of the box."""
        heights = [drill.box_height_cm for drill in self.drills
                   if drill.box_height_cm is not None and drill.reps_done > 0]
        return max(heights) if heights else None

    def drill(self, drill_id: str) -> DrillRecord | None:
        return next((d for d in self.drills if d.drill_id == drill_id), None)


def plan_to_dict(plan: SessionPlan) -> dict:
    """The setup choices of a plan, enough to rebuild it from the routine (for resuming)."""
    return {"get_ready_s": plan.get_ready_s,
            "choices": {drill.id: plan.choice_for(drill)._asdict() for drill in plan.routine.drills}}


def plan_from_dict(routine, data: dict) -> SessionPlan:
    """Rebuild a plan for `routine` from `plan_to_dict` output; unknown drills are left out."""
    known = set(DrillChoice._fields)
    choices = {}
    for drill_id, values in (data.get("choices") or {}).items():
        if isinstance(values, dict):
            try:
                choices[drill_id] = DrillChoice(**{k: v for k, v in values.items() if k in known})
            except TypeError:
                continue  # a choice missing a field: the drill's defaults will do
    return SessionPlan(routine, choices, data.get("get_ready_s"))


class SessionLine(NamedTuple):
    """One line of the history list: a session with its drills added up (no per-drill detail).

    A NamedTuple: the history view builds thousands of these at once, and tuples are cheap.
    """

    uuid: str
    routine_id: str
    routine_name: str
    started_at: datetime
    status: Status
    active_s: float
    paused_s: float
    sets_done: int
    sets_planned: int
    reps_done: int
    reps_planned: int
    tut_left_s: float
    tut_right_s: float
    rpe: int | None
    box_height_cm: float | None
    notes: str

    @property
    def total_s(self) -> float:
        return self.active_s + self.paused_s

    @property
    def tut_s(self) -> float:
        """Time under tension, both legs added."""
        return self.tut_left_s + self.tut_right_s
