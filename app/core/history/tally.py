"""Add up a session as its phases finish: reps, holds and time under tension, per drill and side."""

from __future__ import annotations

from app.core.history.records import DrillRecord, SessionRecord
from app.core.phases import PhaseKind, Side
from app.core.session import Ending, PhaseOutcome


class SessionTally:
    """Folds phase outcomes into a SessionRecord.

    A hold counts as a rep only when it ran its time; the seconds actually held count as time
    under tension however it ended. A set counts as done once its last hold (or the user-paced
    set itself) is completed, once per set even if the athlete went back and did it again.
    """

    def __init__(self, record: SessionRecord) -> None:
        self.record = record
        self._sets_done: set[tuple[int, int]] = {
            (position, number) for position, drill in enumerate(record.drills, start=1)
            for number in range(1, drill.sets_done + 1)}

    def add(self, outcome: PhaseOutcome, resume_index: int) -> None:
        """Count one finished phase; `resume_index` is the phase the session is now at."""
        record, phase = self.record, outcome.phase
        record.active_s += outcome.active_s
        record.paused_s += outcome.paused_s
        record.phase_index = resume_index
        drill = self._drill_of(outcome)
        if drill is None:
            return
        if phase.kind is PhaseKind.HOLD:
            done = 1 if outcome.ending is Ending.COMPLETED else 0
            if phase.side is Side.LEFT:
                drill.reps_left += done
                drill.hold_left_s += outcome.active_s
            elif phase.side is Side.RIGHT:
                drill.reps_right += done
                drill.hold_right_s += outcome.active_s
            else:
                drill.reps_both += done
                drill.hold_both_s += outcome.active_s
            last_of_set = phase.rep >= phase.reps
        elif phase.kind is PhaseKind.SET:
            drill.reps_both += outcome.reps_done
            drill.set_s += outcome.active_s
            last_of_set = True
        else:
            return
        if last_of_set and outcome.ending is Ending.COMPLETED:
            self._sets_done.add((phase.drill_no, phase.set_no))
            drill.sets_done = min(drill.sets_planned or 10**6, sum(
                1 for position, _ in self._sets_done if position == phase.drill_no))

    def _drill_of(self, outcome: PhaseOutcome) -> DrillRecord | None:
        phase = outcome.phase
        if phase.drill is None:
            return None
        drills = self.record.drills
        position = phase.drill_no - 1
        if 0 <= position < len(drills) and drills[position].drill_id == phase.drill.id:
            return drills[position]
        return self.record.drill(phase.drill.id)
