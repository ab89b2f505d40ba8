"""One session model: the state machine owns where the session is, the cursor is its data.

Every command sequence leaves the machine and its data agreeing (`runner.problems()`), cues
sent ahead for the output's latency are heard once and never for a phase that did not start.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.phases import PhaseKind
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.session import Ending
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(2), hold_s=Range.fixed(10), reset_s=Range.fixed(5))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range.fixed(2), hold_s=Range.fixed(8), switch_s=Range.fixed(5))
JUMPS = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range.fixed(2), cadence_s=4.0, rest_s=Range.fixed(10))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Toes up",
              reps=Range.fixed(2), sets=Range.fixed(2), rest_s=Range.fixed(10))
ROUTINE = Routine("m", "Model", "", (WALL, PRESS, JUMPS, DROPS), get_ready_s=5, next_drill_s=5)
TIMELINE = compile_timeline(SessionPlan(ROUTINE))


class Heard:
    """What the cue player would be handed and asked to withdraw."""

    def __init__(self, runner):
        self.sent: list[tuple[str, ...]] = []
        self.withdrawn = 0
        runner.cues_due.connect(self.sent.append)
        runner.cues_withdrawn.connect(self._withdraw)

    def _withdraw(self):
        self.withdrawn += 1


def make(lead_s=0.0):
    clock = FakeClock()
    return SessionRunner(TIMELINE, clock, lead_s=lead_s), clock


def test_start_is_immediate_and_the_machine_names_the_phase(qtbot):
    runner, _ = make()
    assert runner.state_names() == {"idle"} and runner.problems() == []
    runner.start()
    assert runner.state_names() == {"running", "get_ready"} and runner.problems() == []


def test_stopping_while_paused_is_stopped_and_not_paused(qtbot):
    runner, clock = make()
    runner.start()
    runner.pause()
    clock.advance(30)
    outcomes = []
    runner.phase_finished.connect(outcomes.append)
    runner.stop()
    assert runner.state_names() == {"stopped"} and not runner.is_paused
    assert runner.paused_since is None and runner.problems() == []
    assert outcomes[0].paused_s == 30 and outcomes[0].ending is Ending.STOPPED


def test_moving_while_paused_stays_paused_and_resume_returns_to_the_new_phase(qtbot):
    runner, _ = make()
    runner.start()
    runner.pause()
    runner.skip()
    assert runner.phase.kind is PhaseKind.HOLD and runner.state_names() == {"paused"}
    runner.skip()
    assert runner.phase.kind is PhaseKind.RESET and runner.problems() == []
    runner.resume()
    assert runner.state_names() == {"running", "reset"}


def lead_window(runner, clock):
    """Run to 50 ms before the end of get-ready, with a 100 ms lead: go/hold are on their way."""
    runner.start()
    for _ in range(99):  # tick by tick, as the timers would (one jump reads as a sleep)
        clock.advance(0.05)
        runner.tick()
    assert runner.cursor.opening_sent and runner.phase.kind is PhaseKind.GET_READY


@pytest.mark.parametrize("command", ["pause", "back", "stop"])
def test_a_command_inside_the_lead_withdraws_the_cues_sent_ahead(qtbot, command):
    runner, clock = make(lead_s=0.1)
    heard = Heard(runner)
    lead_window(runner, clock)
    assert heard.sent[-1] == (cues.GO, cues.HOLD)
    getattr(runner, command)()
    assert heard.withdrawn == 1 and runner.problems() == []
    if command == "pause":  # after the pause they are sent again, once, before the hold
        clock.advance(60)
        runner.resume()
        for _ in range(4):
            clock.advance(0.025)
            runner.tick()
        assert heard.sent.count((cues.GO, cues.HOLD)) == 2 and heard.withdrawn == 1
        assert runner.phase.kind is PhaseKind.HOLD


def test_next_inside_the_lead_keeps_the_cues_and_does_not_play_them_again(qtbot):
    runner, clock = make(lead_s=0.1)
    heard = Heard(runner)
    lead_window(runner, clock)
    runner.skip()
    assert runner.phase.kind is PhaseKind.HOLD and heard.withdrawn == 0
    for _ in range(4):
        clock.advance(0.05)
        runner.tick()
    assert heard.sent.count((cues.GO, cues.HOLD)) == 1


def test_a_cadence_set_ended_with_next_counts_only_the_beats_that_passed(qtbot):
    runner, clock = make()
    runner.start()
    outcomes = []
    runner.phase_finished.connect(outcomes.append)
    while runner.phase.kind is not PhaseKind.SET:
        runner.skip()
    clock.advance(4.5)  # one beat
    runner.tick()
    runner.next()
    assert outcomes[-1].reps_done == 1 and not outcomes[-1].work_done


def test_a_counted_set_counts_presses_and_enter_ends_it_with_the_reps_counted(qtbot):
    runner, _ = make()
    runner.start()
    outcomes = []
    runner.phase_finished.connect(outcomes.append)
    while not (runner.phase.kind is PhaseKind.SET and not runner.phase.cadence_s):
        runner.skip()
    runner.next()
    assert runner.reps_counted == 1 and runner.phase.kind is PhaseKind.SET
    runner.end_set()
    assert outcomes[-1].reps_done == 1 and outcomes[-1].ending is Ending.SKIPPED
    assert runner.phase.kind is PhaseKind.REST
    runner.next()  # past the rest, into set 2
    runner.next()
    runner.next()  # its second and last rep ends it
    assert outcomes[-1].reps_done == 2 and outcomes[-1].ending is Ending.COMPLETED


COMMANDS = ("tick", "skip", "next", "back", "pause", "resume", "end_set", "restart_phase",
            "count_rep", "stop", "advance")


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(COMMANDS), st.floats(0.0, 12.0)), max_size=40),
       lead=st.sampled_from([0.0, 0.1]))
def test_every_command_sequence_keeps_the_machine_and_its_data_in_agreement(qtbot, steps, lead):
    runner, clock = make(lead_s=lead)
    runner.start()
    assert runner.problems() == []
    finished = []
    runner.phase_finished.connect(finished.append)
    for command, seconds in steps:
        if command == "advance":
            clock.advance(seconds)
            runner.tick()
        else:
            getattr(runner, command)()
        assert runner.problems() == [], (command, runner.state_names(), runner.cursor)
    assert all(o.active_s >= 0 and o.paused_s >= 0 for o in finished)
    assert all(o.reps_done <= max(1, o.phase.target_reps) for o in finished)
    runner.stop()
    assert runner.is_over and runner.problems() == []
