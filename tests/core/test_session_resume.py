"""Session.start_at: an interrupted session picks up at the phase it had reached."""

from __future__ import annotations

from app.core.phases import PhaseKind
from app.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from app.core.session import PhaseFinished, PhaseStarted, Session
from app.core.timeline import compile_timeline

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(3), hold_s=Range.fixed(10), reset_s=Range.fixed(5))
TIMELINE = compile_timeline(SessionPlan(Routine("r", "R", "", (WALL,), get_ready_s=10)))


def test_start_at_begins_at_that_phase_with_its_full_time():
    session = Session(TIMELINE)
    events = session.start_at(3, 100.0)
    assert [e.phase.index for e in events if isinstance(e, PhaseStarted)] == [3]
    assert session.phase.kind is PhaseKind.HOLD and session.phase.rep == 2
    assert session.remaining(104.0) == 6.0
    finished = [e.outcome for e in session.due(110.0) if isinstance(e, PhaseFinished)]
    assert [(o.phase.index, o.active_s) for o in finished] == [(3, 10.0)]


def test_start_at_past_the_end_lands_on_done_and_start_at_twice_does_nothing():
    session = Session(TIMELINE)
    session.start_at(99, 0.0)
    assert session.ended and session.phase.kind is PhaseKind.DONE
    assert session.start_at(1, 5.0) == []
