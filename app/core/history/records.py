"""What the history keeps of a session: plain data, the same in the store, the views and exports.

Values, not words: a status is a `Status` value and a preview its clock speed; the screens say
them in the athlete's language (isohold.ui.history.table.status_words), and the exports
write the values (stable codes, "stopped_early")."""

from __future__ import annotations

import uuid as uuid_module
from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum
from typing import NamedTuple

from isohold.core.routines import Drill, DrillChoice, SessionPlan


class Status(str, Enum):
    COMPLETED = "completed"  # ran to the end of its timeline
    STOPPED_EARLY = "stopped_early"  # the athlete stopped it, or saved an interrupted one so
    INTERRUPTED = "interrupted"  # left in progress when the app died; found on the next start
    IN_PROGRESS = "in_progress"  # being written phase by phase right now


FINISHED = (Status.COMPLETED, Status.STOPPED_EARLY)
REAL_SPEED = 1.0  # the clock_speed of a real session: session seconds are real seconds


def now_local() -> datetime:
    """Wall-clock time with the local time zone offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0)


@dataclass
class DrillRecord:
    """One drill of a session: what was planned, what was done, per side where it has sides.

    Reps count holds that ran their time (each planned hold once) and the reps counted in sets.
    Time under tension is clock time: a 10 s two-legged hold is 10 s (`tut_s`); per leg, a
    two-legged hold loads each leg for its whole length (`tut_left_s`, `tut_right_s`).
    Jump drills count ground contacts instead (`contacts_per_rep` landings a rep).
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
    box_height_cm: float | None = None  # the box jumped from; None until a rep was done
    contacts_per_rep: int = 0  # landings a rep (jump drills); 0: not counted
    # Box drills, as the athlete reported after the session (None: not asked or not said):
    knees_held: bool | None = None  # the knees held the landing (did not yield)
    heels_off: bool | None = None  # the heels stayed off the ground at contact

    @property
    def tut_s(self) -> float:
        """Clock time under tension: the seconds of every hold, whichever legs."""
        return self.hold_left_s + self.hold_right_s + self.hold_both_s

    @property
    def ground_contacts(self) -> int:
        return self.reps_done * self.contacts_per_rep

    @property
    def reps_short(self) -> int:
        """Planned reps (holds that ran their time, reps of a set) not done."""
        return max(0, self.reps_planned_total - self.reps_done)

    @property
    def is_hold(self) -> bool:
        return self.kind == "hold"

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
        return self.sides in ("alternate", "left_then_right")

    @property
    def uses_box(self) -> bool:
        return self.choices.get("box_height_cm") is not None or self.box_height_cm is not None

    def correct_reps(self, reps: int) -> None:
        """The athlete's own count of a user-paced drill's reps (a press missed or doubled).
        Which sets were whole is not known from a total, so the sets done never go up unless
        every planned rep was done, and go down when too few reps are left for them."""
        reps = max(0, int(reps))
        self.reps_left = self.reps_right = 0
        self.reps_both = reps
        per_set = max(1, self.reps_planned)
        if reps >= self.reps_planned_total:
            self.sets_done = self.sets_planned
        else:
            self.sets_done = min(self.sets_done, reps // per_set)
        if reps == 0:
            self.box_height_cm = None
        elif self.box_height_cm is None:
            self.box_height_cm = self.choices.get("box_height_cm")

    @classmethod
    def planned(cls, drill: Drill, choice: DrillChoice) -> "DrillRecord":
        return cls(drill_id=drill.id, name=drill.name, kind=drill.kind.value,
                   sides=drill.sides.value, sets_planned=choice.sets, reps_planned=choice.reps,
                   choices=choice._asdict(), contacts_per_rep=drill.contacts_per_rep)


@dataclass
class SessionRecord:
    """A session as recorded. Its times (active_s, paused_s, the drills' seconds) are seconds
    of the session clock, which runs `clock_speed` times as fast as real time: 1 for a real
    session, 10 for a preview run with `--speed 10`. started_at and ended_at are wall-clock
    time. A preview is kept, marked, and never counted as training (`is_training`)."""

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
    plan: dict = field(default_factory=dict)  # plan_to_dict(): the setup choices
    work: dict[int, int] = field(default_factory=dict)  # work phase index: reps done in it
    reached_end: bool = False  # the session ran to the end of its timeline (not stopped)
    clock_speed: float = REAL_SPEED  # session seconds per real second; not 1: a preview
    # Pain on a 0-10 scale (0: none, 10: worst imaginable); None: not asked or not said.
    pain_during: int | None = None  # during the session, asked on the summary
    pain_next_morning: int | None = None  # the morning after, asked at the next start
    pain_before: int | None = None  # before the session: the baseline for the next morning

    @classmethod
    def new(cls, plan: SessionPlan, planned_s: float = 0.0,
            started_at: datetime | None = None,
            clock_speed: float = REAL_SPEED) -> "SessionRecord":
        drills = [DrillRecord.planned(drill, plan.choice_at(position))
                  for position, drill in enumerate(plan.routine.drills)]
        return cls(uuid=str(uuid_module.uuid4()), routine_id=plan.routine.id,
                   routine_name=plan.routine.name, started_at=started_at or now_local(),
                   drills=drills, planned_s=planned_s, plan=plan_to_dict(plan),
                   clock_speed=clock_speed)

    @property
    def total_s(self) -> float:
        """Session-clock seconds, pauses included."""
        return self.active_s + self.paused_s

    @property
    def is_preview(self) -> bool:
        """Run on a fast (or slow) clock: a look at the routine, not training."""
        return self.clock_speed != REAL_SPEED

    @property
    def is_training(self) -> bool:
        """What totals, load and progression count: a finished session that was no preview."""
        return self.status in FINISHED and not self.is_preview

    @property
    def real_s(self) -> float:
        """The real seconds the session took (its total on the session clock, at its speed)."""
        return self.total_s / self.clock_speed

    @property
    def tut_s(self) -> float:
        """Clock time under tension (a two-legged hold counts once)."""
        return sum(drill.tut_s for drill in self.drills)

    @property
    def ground_contacts(self) -> int:
        return sum(drill.ground_contacts for drill in self.drills)

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
    """The setup choices of a plan, enough to rebuild it from the routine (for resuming):
    one choice per drill of the routine, in its order (a drill may be there twice)."""
    return {"get_ready_s": plan.get_ready_s,
            "drills": [drill.id for drill in plan.routine.drills],
            "positions": [plan.choice_at(position)._asdict()
                          for position in range(len(plan.routine.drills))]}


def plan_from_dict(routine, data: dict) -> SessionPlan:
    """Rebuild a plan for `routine` from `plan_to_dict` output (or the older form keyed by
    drill id); a choice that no longer fits the routine is left to the drill's defaults."""
    known = set(DrillChoice._fields)

    def choice(values) -> DrillChoice | None:
        if not isinstance(values, dict):
            return None
        try:
            return DrillChoice(**{k: v for k, v in values.items() if k in known})
        except TypeError:
            return None  # a choice missing a field: the drill's defaults will do

    ids = [drill.id for drill in routine.drills]
    positions = data.get("positions")
    if isinstance(positions, list) and data.get("drills") == ids:
        chosen = tuple(choice(values) for values in positions)
    else:
        by_id = data.get("choices") if isinstance(data.get("choices"), dict) else {}
        chosen = tuple(choice(by_id.get(drill_id)) for drill_id in ids)
    get_ready = data.get("get_ready_s")
    return SessionPlan(routine, chosen, get_ready if isinstance(get_ready, (int, float)) else None)


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
    tut_s: float = 0.0  # clock time under tension
    ground_contacts: int = 0
    clock_speed: float = REAL_SPEED  # not 1: a preview (see SessionRecord)
    pain_during: int | None = None  # 0-10 (see SessionRecord)
    pain_next_morning: int | None = None

    @property
    def total_s(self) -> float:
        """Session-clock seconds, pauses included."""
        return self.active_s + self.paused_s

    @property
    def is_preview(self) -> bool:
        return self.clock_speed != REAL_SPEED

    @property
    def is_training(self) -> bool:
        """What the totals, streak and charts count: a finished session that was no preview."""
        return self.status in FINISHED and not self.is_preview

