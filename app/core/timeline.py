"""Compile a routine and the session's choices into a flat timeline of phases.

Skip and back move a cursor over this list; nothing about it changes while a session runs.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property

from isohold.core.cue_schedule import attach_cues
from isohold.core.phases import Phase, PhaseKind, Side
from isohold.core.routines import Drill, DrillChoice, DrillKind, SessionPlan, Sides


@dataclass(frozen=True)
class Timeline:
    """A session's phases in order, compiled from its plan."""

    plan: SessionPlan
    phases: tuple[Phase, ...]

    def __len__(self) -> int:
        return len(self.phases)

    def __getitem__(self, index: int) -> Phase:
        return self.phases[index]

    @cached_property  # asked for on every repaint: added up once
    def estimated_s(self) -> float:
        return sum(phase.estimate_s for phase in self.phases)

    def next_after(self, index: int) -> Phase | None:
        return self.phases[index + 1] if index + 1 < len(self.phases) else None

    def remaining_after(self, index: int) -> float:
        """Planned seconds of the phases after `index`."""
        if index + 1 >= len(self.phases):
            return 0.0
        return self.estimated_s - self.phases[index + 1].planned_start_s


def compile_timeline(plan: SessionPlan) -> Timeline:
    phases: list[Phase] = []
    start = 0.0
    for index, phase in enumerate(_phases(plan)):
        estimate = _estimate_s(phase)
        phases.append(replace(phase, index=index, planned_start_s=start, estimate_s=estimate))
        start += estimate
    return Timeline(plan, attach_cues(phases))


def estimate_s(plan: SessionPlan) -> float:
    """How long a session takes as planned: `compile_timeline(plan).estimated_s`, without
    placing the phases or working out their cues (the menu asks it of every routine at
    start-up)."""
    return sum(_estimate_s(phase) for phase in _phases(plan))


def _estimate_s(phase: Phase) -> float:
    """A phase's planned seconds; a user-paced set without a cadence is guessed per rep."""
    if phase.duration_s is not None:
        return phase.duration_s
    return phase.target_reps * (phase.drill.rep_estimate_s if phase.drill else 5.0)


def _phases(plan: SessionPlan) -> list[Phase]:
    """The session's phases in order, not yet numbered, placed or cued."""
    drills = plan.routine.drills
    phases = [Phase(0, PhaseKind.GET_READY, drills[0] if drills else None, plan.lead_in_s,
                    drill_no=1 if drills else 0)]
    for number, drill in enumerate(drills, start=1):
        choice = plan.choice_at(number - 1)
        if number > 1 and plan.routine.next_drill_s > 0:
            phases.append(Phase(0, PhaseKind.NEXT_DRILL, drill, plan.routine.next_drill_s,
                                drill_no=number))
        build = _hold_phases if drill.kind is DrillKind.HOLD else _paced_phases
        phases.extend(build(drill, choice, number))
    phases.append(Phase(0, PhaseKind.DONE, None, 0.0))
    return phases


def _hold_phases(drill: Drill, choice: DrillChoice, drill_no: int) -> list[Phase]:
    hold_s = choice.hold_s if choice.hold_s is not None else 10.0
    alternate = drill.sides is Sides.ALTERNATE
    in_turn = drill.sides is Sides.LEFT_THEN_RIGHT  # the left's reps, a switch, the right's
    half = choice.reps // 2
    phases: list[Phase] = []
    for set_no in range(1, choice.sets + 1):
        for rep in range(1, choice.reps + 1):
            if alternate:
                side = Side.LEFT if rep % 2 else Side.RIGHT
            elif in_turn:
                side = Side.LEFT if rep <= half else Side.RIGHT
            else:
                side = Side.BOTH
            phases.append(Phase(0, PhaseKind.HOLD, drill, hold_s, side=side, rep=rep,
                                reps=choice.reps, set_no=set_no, sets=choice.sets,
                                drill_no=drill_no))
            if rep < choice.reps:
                switching = alternate or (in_turn and rep == half)
                if switching and choice.switch_s > 0:
                    phases.append(Phase(0, PhaseKind.SWITCH, drill, choice.switch_s, rep=rep,
                                        reps=choice.reps, set_no=set_no, sets=choice.sets,
                                        drill_no=drill_no))
                elif not switching and choice.reset_s > 0:
                    phases.append(Phase(0, PhaseKind.RESET, drill, choice.reset_s, rep=rep,
                                        reps=choice.reps, set_no=set_no, sets=choice.sets,
                                        drill_no=drill_no))
        if set_no < choice.sets and choice.rest_s > 0:
            phases.append(Phase(0, PhaseKind.REST, drill, choice.rest_s, set_no=set_no,
                                sets=choice.sets, drill_no=drill_no))
    return phases


def _paced_phases(drill: Drill, choice: DrillChoice, drill_no: int) -> list[Phase]:
    phases: list[Phase] = []
    for set_no in range(1, choice.sets + 1):
        duration = choice.reps * drill.cadence_s if drill.cadence_s else None
        phases.append(Phase(0, PhaseKind.SET, drill, duration, side=Side.BOTH, set_no=set_no,
                            sets=choice.sets, target_reps=choice.reps, cadence_s=drill.cadence_s,
                            drill_no=drill_no))
        if set_no < choice.sets and choice.rest_s > 0:
            phases.append(Phase(0, PhaseKind.REST, drill, choice.rest_s, set_no=set_no,
                                sets=choice.sets, drill_no=drill_no))
    return phases
