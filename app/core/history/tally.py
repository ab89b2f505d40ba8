"""Add up a session as its phases finish: reps, holds and time under tension, per drill and side.

The tally keeps, for every hold and set of the timeline, the reps done in it (`record.work`,
written with the record, so a session resumed after a crash knows what was skipped before it).
Each drill's counts are worked out from that, so a hold done again after Back counts once, a set
the athlete counts holds its last count (Back takes reps back), and a set counts as done only when all its holds ran their time or all its reps were counted.
Seconds under tension are clock time, added however a hold ended (a redone hold was held twice).
"""

from __future__ import annotations

from isohold.core.history.records import DrillRecord, SessionRecord
from isohold.core.phases import Phase, PhaseKind, Side
from isohold.core.session import PhaseOutcome
from isohold.core.timeline import Timeline


class SessionTally:
    def __init__(self, record: SessionRecord, timeline: Timeline) -> None:
        self.record = record
        self.timeline = timeline
        # the work phases of each drill, by its position in the routine (1-based)
        self._work: dict[int, list[Phase]] = {}
        for phase in timeline.phases:
            if phase.kind in (PhaseKind.HOLD, PhaseKind.SET):
                self._work.setdefault(phase.drill_no, []).append(phase)

    def add(self, outcome: PhaseOutcome) -> None:
        """Count one finished phase."""
        record, phase = self.record, outcome.phase
        record.active_s += outcome.active_s
        record.paused_s += outcome.paused_s
        drill = self._drill_at(phase)
        if drill is None or phase.kind not in (PhaseKind.HOLD, PhaseKind.SET):
            return
        if phase.kind is PhaseKind.HOLD:
            if phase.side is Side.LEFT:
                drill.hold_left_s += outcome.active_s
            elif phase.side is Side.RIGHT:
                drill.hold_right_s += outcome.active_s
            else:
                drill.hold_both_s += outcome.active_s
        else:
            drill.set_s += outcome.active_s
        counted_by_hand = phase.kind is PhaseKind.SET and not phase.cadence_s
        if counted_by_hand or outcome.reps_done > record.work.get(phase.index, 0):
            # a set the athlete counts holds its last count (taking reps back corrects it); a
            # hold or a beat done again after Back keeps its best
            record.work[phase.index] = outcome.reps_done
        self._count(drill, phase.drill_no)

    def _count(self, drill: DrillRecord, drill_no: int) -> None:
        """A drill's reps and sets, from the reps done in each of its holds and sets."""
        work = self.record.work
        phases = self._work.get(drill_no, [])
        reps = {Side.LEFT: 0, Side.RIGHT: 0, Side.BOTH: 0}
        sets: dict[int, bool] = {}
        for phase in phases:
            done = work.get(phase.index, 0)
            reps[phase.side or Side.BOTH] += done
            complete = done >= (1 if phase.kind is PhaseKind.HOLD else phase.target_reps)
            sets[phase.set_no] = sets.get(phase.set_no, True) and complete
        drill.reps_left, drill.reps_right, drill.reps_both = \
            reps[Side.LEFT], reps[Side.RIGHT], reps[Side.BOTH]
        drill.sets_done = sum(sets.values())
        if drill.uses_box:  # the box was jumped from once a rep was done
            drill.box_height_cm = drill.choices.get("box_height_cm") if drill.reps_done else None

    def _drill_at(self, phase: Phase) -> DrillRecord | None:
        if phase.drill is None:
            return None
        drills = self.record.drills
        position = phase.drill_no - 1
        if 0 <= position < len(drills) and drills[position].drill_id == phase.drill.id:
            return drills[position]
        return None
