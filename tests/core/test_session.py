"""The session's arithmetic as values: deadlines, pauses, counts. No Qt, no real time."""

from __future__ import annotations

import pytest

from isohold.core import cues
from isohold.core import session as s
from isohold.core.phases import PhaseKind
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.session import CueDue, Ending, PhaseFinished, PhaseStarted, RepCounted
from isohold.core.timeline import compile_timeline

PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range(8, 10, 4), hold_s=Range(8, 10, 8), switch_s=Range.fixed(5))
JUMPS = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range.fixed(2), cadence_s=4.0, rest_s=Range.fixed(30))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Toes up",
              reps=Range.fixed(3), rep_estimate_s=10.0)


def timeline_of(*drills, get_ready=10.0, next_drill=20.0):
    return compile_timeline(SessionPlan(Routine("r", "R", "", drills, get_ready, next_drill)))


def of(events, kind):
    return [event for event in events if isinstance(event, kind)]


def test_phases_chain_on_their_deadlines_even_when_noticed_late():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    # Noticed 0.7 s late: the hold started at 10.0 exactly and ends at 18.0, not 18.7.
    cursor, events = s.due(timeline, cursor, 10.7)
    assert [e.phase.kind for e in of(events, PhaseStarted)] == [PhaseKind.HOLD]
    assert s.deadline(timeline, cursor) == pytest.approx(18.0)
    finished = of(events, PhaseFinished)[0].outcome
    assert finished.phase.kind is PhaseKind.GET_READY and finished.active_s == 10.0


def test_a_whole_routine_ends_exactly_at_its_planned_length_with_late_timers():
    timeline = timeline_of(PRESS, JUMPS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    now, started = 0.0, []
    while timeline[cursor.index].kind is not PhaseKind.DONE:
        now = s.next_due_at(timeline, cursor, 0.0) + 0.003  # a timer always 3 ms late
        cursor, events = s.due(timeline, cursor, now)
        started += [e.phase for e in of(events, PhaseStarted)]
    assert [p.index for p in started] == list(range(1, len(timeline)))
    assert now - 0.003 == pytest.approx(timeline.estimated_s, abs=1e-6)


def test_a_pause_excludes_exactly_the_paused_time():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    cursor, _ = s.due(timeline, cursor, 12.0)  # 2 s into the first hold
    assert s.remaining(timeline, cursor, 40.0, paused_since=12.0) == 6.0  # frozen while paused
    cursor = s.resumed(cursor, 40.0 - 12.0)
    assert s.remaining(timeline, cursor, 41.0) == 5.0
    cursor, events = s.due(timeline, cursor, 46.0)
    outcome = of(events, PhaseFinished)[0].outcome
    assert (outcome.active_s, outcome.paused_s, outcome.ending) == (8.0, 28.0, Ending.COMPLETED)


@pytest.mark.parametrize("ending, reps", [(Ending.COMPLETED, 1), (Ending.SKIPPED, 0),
                                          (Ending.STOPPED, 0)])
def test_a_hold_counts_a_rep_only_when_it_ran_its_time_and_its_seconds_however_it_ended(
        ending, reps):
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 1, 0.0)
    outcome = s.outcome(timeline, cursor, ending, 3.5)
    assert (outcome.reps_done, outcome.active_s) == (reps, 3.5)
    assert outcome.work_done is (ending is Ending.COMPLETED)


def test_a_cadence_set_counts_the_beats_that_passed_and_its_last_beat_ends_it():
    timeline = timeline_of(JUMPS)
    set_phase = next(p for p in timeline.phases if p.kind is PhaseKind.SET)
    cursor, _ = s.enter(timeline, set_phase.index, 0.0)
    cursor, events = s.due(timeline, cursor, 4.0)
    assert [e.count for e in of(events, RepCounted)] == [1]
    # Ended here (Next): one beat passed, one rep, the set is not done.
    early = s.outcome(timeline, cursor, Ending.SKIPPED, 5.0)
    assert (early.reps_done, early.work_done) == (1, False)
    cursor, events = s.due(timeline, cursor, 12.0)
    outcome = of(events, PhaseFinished)[0].outcome
    assert (outcome.reps_done, outcome.work_done, outcome.ending) == (3, True, Ending.COMPLETED)


def test_an_uncounted_set_counts_presses_up_to_its_planned_reps_and_takes_one_back():
    timeline = timeline_of(DROPS)
    set_phase = next(p for p in timeline.phases if p.kind is PhaseKind.SET)
    cursor, _ = s.enter(timeline, set_phase.index, 0.0)
    cursor, _ = s.due(timeline, cursor, 0.0)  # "go"
    assert s.next_due_at(timeline, cursor, 0.0) is None  # no deadline: the athlete counts
    for expected in (1, 2):
        cursor, events = s.count_rep(timeline, cursor)
        assert [e.count for e in events] == [expected]
    cursor, events = s.uncount_rep(timeline, cursor)
    assert cursor.reps == 1 and [e.count for e in events] == [1]
    for _ in range(5):
        cursor, _ = s.count_rep(timeline, cursor)
    assert cursor.reps == 3 and s.set_complete(timeline, cursor)  # never past the plan


def test_counting_does_nothing_outside_an_uncounted_set():
    timeline = timeline_of(PRESS, JUMPS)
    for index in range(len(timeline)):
        phase = timeline[index]
        if phase.kind is PhaseKind.SET and not phase.cadence_s:
            continue
        cursor, _ = s.enter(timeline, index, 0.0)
        assert s.count_rep(timeline, cursor) == (cursor, ())
        assert s.uncount_rep(timeline, cursor) == (cursor, ())


def test_cues_fire_on_their_offsets_once_each():
    timeline = timeline_of(PRESS)
    cursor, events = s.enter(timeline, 0, 0.0)
    names = [e.cue.name for e in of(events, CueDue)]
    for now in (0.5, 1.0, 7.0, 7.0, 8.0, 9.0, 10.0, 10.0):
        cursor, events = s.due(timeline, cursor, now)
        names += [e.cue.name for e in of(events, CueDue)]
    assert names.count(cues.COUNTDOWN[2]) == 1 and names.count(cues.GO) == 1
    assert names[-2:] == [cues.GO, cues.HOLD]


def test_the_next_phase_opening_cues_are_sent_lead_s_early_and_not_again_when_it_starts():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    cursor, events = s.due(timeline, cursor, 9.9, lead_s=0.1)
    assert [e.cue.name for e in of(events, CueDue)][-2:] == [cues.GO, cues.HOLD]
    assert cursor.opening_sent and cursor.index == 0  # on their way; the hold has not started
    cursor, events = s.due(timeline, cursor, 10.0, lead_s=0.1)
    assert cursor.index == 1 and not cursor.opening_sent
    assert [e.cue.name for e in of(events, CueDue)] == []  # heard now, sent once


def test_moving_with_the_opening_cues_sent_keeps_them_and_without_sends_them_again():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    cursor, _ = s.due(timeline, cursor, 9.95, lead_s=0.1)
    kept, events = s.move(timeline, cursor, Ending.SKIPPED, 1, 9.95, opening_sent=True)
    assert of(events, CueDue) == [] and kept.cues_fired == 2
    fresh, events = s.move(timeline, cursor, Ending.SKIPPED, 1, 9.95)
    assert fresh.cues_fired == 0
    fresh, events = s.due(timeline, fresh, 9.95, lead_s=0.1)
    assert [e.cue.name for e in of(events, CueDue)] == [cues.GO, cues.HOLD]


def test_waking_exactly_at_next_due_at_always_finds_something_due():
    timeline = timeline_of(PRESS, JUMPS)
    for lead in (0.0, 0.1, 0.0371):
        cursor, _ = s.enter(timeline, 0, 1234.5678)
        while timeline[cursor.index].kind is not PhaseKind.DONE:
            due = s.next_due_at(timeline, cursor, lead)
            if due is None:
                break
            cursor, events = s.due(timeline, cursor, due, lead)
            assert events, f"nothing due at {due} in phase {cursor.index}"


def test_the_session_remaining_counts_down_with_the_plan():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 0, 0.0)
    assert s.session_remaining(timeline, cursor, 0.0) == pytest.approx(timeline.estimated_s)
    cursor, _ = s.due(timeline, cursor, 15.0)
    assert s.session_remaining(timeline, cursor, 15.0) == pytest.approx(
        timeline.estimated_s - 15.0)


def test_a_pause_that_ends_with_the_phase_is_counted_in_it():
    timeline = timeline_of(PRESS)
    cursor, _ = s.enter(timeline, 1, 0.0)
    outcome = s.outcome(timeline, cursor, Ending.STOPPED, 30.0, paused_since=2.0)
    assert (outcome.active_s, outcome.paused_s) == (2.0, 28.0)


@pytest.mark.parametrize("cursor, paused_since, problem", [
    (s.Cursor(99, 0.0), None, "outside the timeline"),
    (s.Cursor(1, 0.0, cues_fired=9), None, "cues_fired"),
    (s.Cursor(1, 0.0, reps=2), None, "reps counted in a hold"),
    (s.Cursor(1, 5.0), 4.0, "paused before the phase started"),
    (s.Cursor(-1, 0.0), None, "outside"),
])
def test_the_invariant_names_what_is_wrong(cursor, paused_since, problem):
    found = s.problems(timeline_of(PRESS), cursor, paused_since)
    assert any(problem in text for text in found), found


def test_finished_and_still_paused_is_rejected():
    timeline = timeline_of(PRESS)
    done = s.enter(timeline, len(timeline) - 1, 0.0).cursor
    assert s.problems(timeline, done) == []
    assert "finished and still paused" in s.problems(timeline, done, paused_since=1.0)
