"""The SessionRunner's state machine, driven by a fake clock through whole routines."""

from __future__ import annotations

import pytest

from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.phases import PhaseKind, Side
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.session import Ending
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SLEPT, SessionRunner

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(2), sets=Range.fixed(2), hold_s=Range.fixed(10),
             reset_s=Range.fixed(5), rest_s=Range.fixed(30))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range.fixed(4), hold_s=Range.fixed(8), switch_s=Range.fixed(5))
JUMPS = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range.fixed(2), cadence_s=4.0, rest_s=Range.fixed(30))
ROUTINE = Routine("test", "Test", "", (WALL, PRESS, JUMPS), get_ready_s=10, next_drill_s=15)


class Recorder:
    def __init__(self, runner):
        self.phases, self.outcomes, self.cues, self.pauses, self.ends = [], [], [], [], []
        self.states = []
        runner.phase_started.connect(lambda p, _next: (self.phases.append(p),
                                                       self.states.append(runner.state_names())))
        runner.phase_finished.connect(self.outcomes.append)
        runner.cue_due.connect(self.cues.append)
        runner.paused.connect(self.pauses.append)
        runner.session_finished.connect(lambda: self.ends.append("finished"))
        runner.session_stopped.connect(lambda: self.ends.append("stopped"))


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def runner(qtbot, clock):
    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), clock)
    yield runner
    runner.stop()


def start(qtbot, runner):
    runner.start()  # at once: no waiting for the event loop


def run_for(clock, runner, seconds, step=0.25):
    for _ in range(int(seconds / step)):
        clock.advance(step)
        runner.tick()


def test_a_whole_routine_runs_through_named_states_to_finished(qtbot, clock, runner):
    record = Recorder(runner)
    start(qtbot, runner)
    assert runner.state_names() == {"running", "get_ready"}
    total = runner.timeline.estimated_s
    with qtbot.waitSignal(runner.session_finished):
        run_for(clock, runner, total + 1)
    assert [p.index for p in record.phases] == list(range(len(runner.timeline)))
    kinds_seen = {state for states in record.states for state in states}
    assert {"hold", "reset", "rest", "switch", "set", "next_drill", "get_ready"} <= kinds_seen
    assert runner.state_names() == {"finished"}
    assert record.ends == ["finished"]
    holds = [o for o in record.outcomes if o.phase.kind is PhaseKind.HOLD]
    assert all(o.ending is Ending.COMPLETED and o.active_s == o.phase.duration_s for o in holds)
    per_side = {side: sum(o.active_s for o in holds if o.phase.side is side) for side in Side}
    assert per_side[Side.LEFT] == per_side[Side.RIGHT] == 16.0  # equal time per leg
    assert record.cues.count(cues.SESSION_DONE) == 1
    assert record.cues.count(cues.TICK) == 4  # 2 sets x (3 reps - the last, which ends the set)


def test_pause_goes_to_paused_and_resume_returns_to_the_same_phase_state(qtbot, clock, runner):
    record = Recorder(runner)
    start(qtbot, runner)
    run_for(clock, runner, 12)  # 2 s into the first hold
    assert runner.state_names() == {"running", "hold"}
    runner.pause()
    assert runner.state_names() == {"paused"}
    remaining = runner.remaining()
    clock.advance(300)
    runner.tick()
    assert runner.remaining() == remaining and runner.state_names() == {"paused"}
    runner.resume()
    assert runner.state_names() == {"running", "hold"}
    assert runner.remaining() == pytest.approx(8.0)
    assert record.pauses == [""]


def test_skip_while_paused_resumes_into_the_new_phase_state(qtbot, clock, runner):
    start(qtbot, runner)
    run_for(clock, runner, 12)
    runner.pause()
    runner.skip()
    assert runner.phase.kind is PhaseKind.RESET and runner.is_paused
    runner.resume()
    assert runner.state_names() == {"running", "reset"}


def test_skip_back_and_restart_phase(qtbot, clock, runner):
    record = Recorder(runner)
    start(qtbot, runner)
    runner.skip()
    assert runner.phase.kind is PhaseKind.HOLD and runner.state_names() == {"running", "hold"}
    runner.skip()
    assert runner.phase.kind is PhaseKind.RESET
    runner.back()
    assert runner.phase.kind is PhaseKind.HOLD and runner.remaining() == 10.0
    run_for(clock, runner, 4)
    runner.restart_phase()
    assert runner.remaining() == 10.0
    assert [o.ending for o in record.outcomes] == [Ending.SKIPPED] * 4


def test_stop_at_any_moment_ends_in_stopped(qtbot, clock, runner):
    record = Recorder(runner)
    start(qtbot, runner)
    run_for(clock, runner, 40)
    with qtbot.waitSignal(runner.session_stopped):
        runner.stop()
    assert runner.state_names() == {"stopped"}
    assert record.outcomes[-1].ending is Ending.STOPPED
    run_for(clock, runner, 100)
    assert record.ends == ["stopped"]


def test_a_sleeping_computer_pauses_the_session_where_it_was(qtbot, clock, runner):
    record = Recorder(runner)
    start(qtbot, runner)
    run_for(clock, runner, 12)
    index, remaining = runner.phase.index, runner.remaining()
    clock.sleep(600)  # the lid closes for ten minutes: the monotonic clock stands still
    clock.advance(0.05)
    runner.tick()
    assert record.pauses == [SLEPT] and runner.pause_reason == SLEPT
    assert runner.state_names() == {"paused"}
    assert runner.phase.index == index
    assert runner.remaining() == pytest.approx(remaining, abs=0.06)
    runner.resume()
    assert runner.state_names() == {"running", "hold"} and runner.pause_reason == ""


def test_user_paced_set_waits_for_the_athlete_to_count_its_reps(qtbot, clock):
    sprints = Drill("sprints", "Downhill sprints", DrillKind.PACED, Sides.BOTH, "Run tall",
                    reps=Range.fixed(4))
    runner = SessionRunner(compile_timeline(SessionPlan(Routine("s", "S", "", (sprints,), 5))),
                           clock)
    start(qtbot, runner)
    run_for(clock, runner, 6)
    assert runner.state_names() == {"running", "set"} and runner.remaining() is None
    run_for(clock, runner, 120)
    assert runner.phase.kind is PhaseKind.SET and runner.elapsed() == pytest.approx(121.0)
    counted = []
    runner.rep_counted.connect(counted.append)
    for _ in range(3):
        runner.next()
    assert counted == [1, 2, 3] and runner.phase.kind is PhaseKind.SET
    with qtbot.waitSignal(runner.session_finished):
        runner.next()  # the fourth and last planned rep ends the set


def test_the_runner_waits_on_the_next_deadline_not_on_a_tick_count(qtbot, clock, runner):
    start(qtbot, runner)
    # The precise wake-up is set for the next cue or phase end, a little early: the runner
    # waits out the last 1.5 ms itself. Here the get-ready calls the drill's name a second in
    # (every drill is named: a clip, or speech for the athlete's own), then counts at 7 s.
    assert runner._wake.isActive()
    assert runner._wake.interval() == 998
    clock.advance(1.0)
    runner.tick()
    assert runner._wake.interval() == 5998


def test_start_at_resumes_an_interrupted_session_at_its_phase(qtbot, clock):
    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), clock)
    started = []
    runner.phase_started.connect(lambda phase, _next: started.append(phase.index))
    runner.start(at_index=5)
    assert started == [5]
    assert runner.state_names() == {"running", runner.phase.kind.value}
    runner.stop()


def test_start_paused_waits_at_the_phase_until_resumed(qtbot, clock):
    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), clock)
    with qtbot.waitSignal(runner.paused):
        runner.start(at_index=3, paused=True)
    clock.advance(100)
    runner.tick()
    assert runner.phase.index == 3 and runner.state_names() == {"paused"}
    runner.resume()
    assert runner.state_names() == {"running", runner.phase.kind.value}
    assert runner.remaining() == runner.phase.duration_s
    runner.stop()


def test_cue_lead_is_real_time_whatever_the_clock_speed(qtbot):
    fast = FakeClock()
    fast.speed = 10.0  # a preview at ten times: 100 ms of output latency is 1 s of session
    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), fast, lead_s=0.1)
    assert runner.lead_s == pytest.approx(1.0)
    runner.set_lead(0.02)
    assert runner.lead_s == pytest.approx(0.2)


def test_a_clock_that_ran_on_through_a_sleep_pauses_at_the_last_look(qtbot, clock, runner):
    # Where the monotonic clock keeps counting through a suspend (Windows), both clocks jump.
    record = Recorder(runner)
    start(qtbot, runner)
    run_for(clock, runner, 12)  # 2 s into the first hold
    index, remaining = runner.phase.index, runner.remaining()
    clock.advance(600)
    runner.tick()
    assert record.pauses == [SLEPT] and runner.phase.index == index
    assert runner.remaining() == pytest.approx(remaining)
    assert [o.phase.index for o in record.outcomes] == [0]  # nothing raced through
    runner.resume()
    assert runner.remaining() == pytest.approx(remaining)
    assert runner.state_names() == {"running", "hold"}
