"""The session's deadline arithmetic: no Qt, no real time."""

from __future__ import annotations

import pytest

from app.core import cues
from app.core.phases import PhaseKind, Side
from app.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from app.core.session import (CueDue, Ending, PhaseFinished, PhaseStarted, RepCounted, Session,
                              SessionEnded)
from app.core.timeline import compile_timeline

PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range(8, 10, 4), hold_s=Range(8, 10, 8), switch_s=Range.fixed(5))
JUMPS = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range.fixed(2), cadence_s=4.0, rest_s=Range.fixed(30))
SPRINTS = Drill("sprints", "Downhill sprints", DrillKind.PACED, Sides.BOTH, "Run tall",
                reps=Range.fixed(2), rep_estimate_s=30.0)


def timeline_of(*drills, get_ready=10.0, next_drill=20.0):
    return compile_timeline(SessionPlan(Routine("r", "R", "", drills, get_ready, next_drill)))


def kinds(events, kind):
    return [event for event in events if isinstance(event, kind)]


def test_phases_chain_on_their_deadlines_even_when_noticed_late():
    timeline = timeline_of(PRESS)
    session = Session(timeline)
    session.start(0.0)
    # Noticed 0.7 s late: the hold started at 10.0 exactly and ends at 18.0, not 18.7.
    events = session.due(10.7)
    assert [e.phase.kind for e in kinds(events, PhaseStarted)] == [PhaseKind.HOLD]
    assert session.deadline() == pytest.approx(18.0)
    finished = kinds(events, PhaseFinished)[0].outcome
    assert finished.phase.kind is PhaseKind.GET_READY and finished.active_s == 10.0


def test_a_whole_routine_ends_exactly_at_its_planned_length():
    timeline = timeline_of(PRESS, JUMPS)
    session = Session(timeline)
    session.start(0.0)
    now, started = 0.0, []
    while not session.ended:
        now = session.next_due_at() + 0.003  # a timer that is always 3 ms late
        started += [e.phase for e in kinds(session.due(now), PhaseStarted)]
    assert [p.index for p in started] == list(range(1, len(timeline)))
    assert started[-1].planned_start_s == pytest.approx(timeline.estimated_s)
    # The last phase began on the plan to the microsecond: no drift accumulates.
    assert now - 0.003 == pytest.approx(timeline.estimated_s, abs=1e-6)


def test_pause_excludes_exactly_the_paused_time():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    session.due(12.0)  # 2 s into the first hold
    session.pause(12.0)
    assert session.remaining(500.0) == pytest.approx(6.0)
    assert session.due(500.0) == []  # nothing happens while paused
    session.resume(512.5)
    assert session.remaining(512.5) == pytest.approx(6.0)
    events = session.due(518.5)
    outcome = kinds(events, PhaseFinished)[0].outcome
    assert outcome.ending is Ending.COMPLETED and outcome.reps_done == 1
    assert outcome.active_s == pytest.approx(8.0) and outcome.paused_s == pytest.approx(500.5)
    assert session.total_paused_s == pytest.approx(500.5)


def test_skip_back_and_restart_move_the_cursor_and_restart_the_clock():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    events = session.skip(3.0)
    assert kinds(events, PhaseFinished)[0].outcome.ending is Ending.SKIPPED
    assert session.phase.kind is PhaseKind.HOLD and session.remaining(3.0) == 8.0
    session.skip(4.0)
    assert session.phase.kind is PhaseKind.SWITCH
    session.back(5.0)
    assert session.phase.kind is PhaseKind.HOLD and session.phase.side is Side.LEFT
    assert session.remaining(6.0) == pytest.approx(7.0)
    session.restart_phase(7.5)
    assert session.remaining(7.5) == pytest.approx(8.0)
    session.back(8.0)
    session.back(8.0)  # at the first phase, back restarts it
    assert session.index == 0 and session.remaining(8.0) == 10.0


def test_skip_while_paused_lands_paused_at_the_start_of_the_next_phase():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    session.pause(4.0)
    session.skip(6.0)
    assert session.paused and session.phase.kind is PhaseKind.HOLD
    assert session.remaining(100.0) == 8.0
    session.resume(100.0)
    assert session.total_paused_s == pytest.approx(96.0)


def test_stop_ends_the_session_and_reports_the_phase_as_stopped():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    session.due(13.0)
    events = session.stop(13.0)
    assert kinds(events, PhaseFinished)[0].outcome.ending is Ending.STOPPED
    assert kinds(events, PhaseFinished)[0].outcome.reps_done == 0
    assert kinds(events, SessionEnded) == [SessionEnded(stopped=True)]
    assert session.ended and session.skip(14.0) == [] and session.due(99.0) == []


def test_cadence_ticks_count_reps_and_the_set_ends_on_its_last_rep():
    session = Session(timeline_of(JUMPS, get_ready=5.0))
    session.start(0.0)
    events = session.due(5.0 + 4.0 * 3)
    counts = [e.count for e in kinds(events, RepCounted)]
    assert counts == [1, 2, 3]
    outcome = kinds(events, PhaseFinished)[-1].outcome
    assert outcome.phase.kind is PhaseKind.SET and outcome.reps_done == 3
    assert session.phase.kind is PhaseKind.REST


def test_a_user_paced_set_waits_for_set_done():
    session = Session(timeline_of(SPRINTS, get_ready=5.0))
    session.start(0.0)
    session.due(5.0)
    assert session.phase.kind is PhaseKind.SET and session.remaining(500.0) is None
    assert session.next_due_at() is None
    assert kinds(session.due(5000.0), PhaseStarted) == []
    assert session.elapsed(65.0) == pytest.approx(60.0)
    events = session.set_done(65.0)
    outcome = kinds(events, PhaseFinished)[0].outcome
    assert outcome.ending is Ending.COMPLETED and outcome.reps_done == 2
    assert session.ended  # the last phase of the routine: done
    assert kinds(events, SessionEnded) == [SessionEnded(stopped=False)]


def test_set_done_does_nothing_outside_a_user_paced_set():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    assert session.set_done(1.0) == []
    assert session.index == 0


def test_cues_fire_on_their_offsets_and_once_each():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    fired = []
    for now in [x * 0.5 for x in range(0, 50)]:
        fired += [(round(now, 1), e.cue.name) for e in kinds(session.due(now), CueDue)]
    names = [name for _, name in fired]
    assert (7.0, cues.COUNTDOWN[0]) in fired and (9.0, cues.COUNTDOWN[2]) in fired
    assert (10.0, cues.GO) in fired and (18.0, cues.RELEASE) in fired
    assert names.count(cues.GO) == 2  # two holds started within 25 s


def test_lead_time_fires_the_next_phase_opening_cues_early_and_only_once():
    session = Session(timeline_of(PRESS), lead_s=0.1)
    session.start(0.0)
    assert session.next_due_at() == pytest.approx(0.9)  # side call at 1.0, 100 ms early
    fired = []
    for now in [x * 0.05 for x in range(0, 500)]:
        fired += [(round(now, 2), e.cue.name) for e in kinds(session.due(now), CueDue)]
    go_times = [at for at, name in fired if name == cues.GO]
    assert go_times[0] == pytest.approx(9.9)  # the hold starts at 10.0
    assert [name for _, name in fired].count(cues.GO) == 2
    assert session.index >= 3


def test_remaining_for_the_session_counts_down_with_the_plan():
    timeline = timeline_of(PRESS)
    session = Session(timeline)
    session.start(0.0)
    assert session.session_remaining(0.0) == pytest.approx(timeline.estimated_s)
    session.due(25.0)
    assert session.session_remaining(25.0) == pytest.approx(timeline.estimated_s - 25.0)


def test_waking_exactly_at_next_due_at_always_finds_something_due():
    # Offsets like 0.1 + 0.2 do not add up exactly in floating point: the comparison in due()
    # must be the very sum next_due_at() returned, or a timer woken on time finds nothing.
    session = Session(timeline_of(PRESS, JUMPS, get_ready=0.3), lead_s=0.1)
    session.start(0.1 + 0.2)
    steps = 0
    while not session.ended:
        assert session.due(session.next_due_at()), f"nothing due at step {steps}"
        steps += 1
    assert steps > 40


def test_a_phase_describes_itself_for_the_next_line():
    timeline = timeline_of(PRESS, JUMPS)
    holds = [p for p in timeline.phases if p.kind is PhaseKind.HOLD]
    sets = [p for p in timeline.phases if p.kind is PhaseKind.SET]
    assert holds[1].describe() == "Hold, right leg - Sprinter press"
    assert sets[1].describe() == "Set 2 of 2 - Forefoot jumps"


def test_a_pause_that_ends_in_a_stop_or_a_skip_is_counted_in_the_phase_it_ended():
    session = Session(timeline_of(PRESS))
    session.start(0.0)
    session.pause(4.0)
    skipped = kinds(session.skip(304.0), PhaseFinished)[0].outcome
    assert skipped.paused_s == pytest.approx(300.0) and skipped.active_s == pytest.approx(4.0)
    session.resume(304.0)
    session.pause(306.0)
    stopped = kinds(session.stop(906.0), PhaseFinished)[0].outcome
    assert stopped.paused_s == pytest.approx(600.0) and stopped.active_s == pytest.approx(2.0)
    assert session.total_paused_s == pytest.approx(900.0)
