"""The HistoryRecorder writes the session as the runner goes: after each phase, and at the end."""

from __future__ import annotations

import pytest

from isohold.core.clock import FakeClock
from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.phases import PhaseKind
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.timeline import compile_timeline
from isohold.session.recorder import HistoryRecorder
from isohold.session.runner import SessionRunner

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(2), hold_s=Range.fixed(10), reset_s=Range.fixed(5))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range.fixed(2), hold_s=Range.fixed(8), switch_s=Range.fixed(5))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), cadence_s=4.0, box_height_cm=Range(40, 60, 45))
PLAN = SessionPlan(Routine("test", "Test", "", (WALL, PRESS, DROPS), get_ready_s=10,
                           next_drill_s=15))


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def store():
    with HistoryStore() as opened:
        yield opened


def make(qtbot, clock, store, plan=PLAN):
    timeline = compile_timeline(plan)
    runner = SessionRunner(timeline, clock)
    recorder = HistoryRecorder(runner, store, plan, timeline)
    runner.start()
    return runner, recorder


def run_for(clock, runner, seconds, step=0.5):
    for _ in range(int(seconds / step)):
        clock.advance(step)
        runner.tick()


def test_the_session_is_in_the_history_from_its_first_phase_and_grows_phase_by_phase(
        qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    uuid = recorder.record.uuid
    assert store.session(uuid).status is Status.IN_PROGRESS
    run_for(clock, runner, 10 + 10 + 5)  # get ready, first hold, reset
    saved = store.session(uuid)
    assert saved.drill("wall").reps_both == 1 and saved.drill("wall").hold_both_s == 10.0
    assert saved.phase_index == runner.phase.index == 3
    assert saved.active_s == pytest.approx(25.0)
    runner.stop()


def test_a_finished_session_is_written_once_as_completed(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    with qtbot.waitSignal(recorder.recorded) as written:
        run_for(clock, runner, compile_timeline(PLAN).estimated_s + 5)
    assert runner.is_over and written.args[0] is recorder.record
    [saved] = store.sessions()
    assert saved.status is Status.COMPLETED and saved.ended_at is not None
    assert (saved.drill("press").reps_left, saved.drill("press").reps_right) == (1, 1)
    assert saved.drill("drops").reps_both == 3 and saved.drill("drops").sets_done == 1
    assert saved.drill("drops").box_height_cm == 45
    assert recorder.saved and store.count() == 1


def test_stopping_keeps_the_session_as_stopped_early_with_the_work_done(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    run_for(clock, runner, 10 + 4)
    runner.stop()
    [saved] = store.sessions()
    assert saved.status is Status.STOPPED_EARLY
    assert saved.drill("wall").hold_both_s == pytest.approx(4.0)
    assert saved.drill("wall").reps_both == 0


def test_a_failed_write_is_reported_and_the_session_runs_on(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    store._db.execute("PRAGMA query_only = 1")  # the disk turned read-only
    with qtbot.waitSignal(recorder.write_failed) as failed:
        run_for(clock, runner, 10.5)
    assert "read-only" in failed.args[0]
    assert runner.phase.kind is PhaseKind.HOLD  # the session goes on
    run_for(clock, runner, compile_timeline(PLAN).estimated_s)
    assert runner.is_over and not recorder.saved
    assert recorder.record.status is Status.COMPLETED  # kept in memory for the summary
    assert "read-only" in recorder.error
    assert recorder.record.drill("wall").reps_both == 2


def test_without_a_store_the_recorder_still_adds_up_the_session(qtbot, clock):
    runner, recorder = make(qtbot, clock, None)
    run_for(clock, runner, compile_timeline(PLAN).estimated_s + 5)
    assert recorder.record.drill("wall").reps_both == 2
    assert recorder.error and not recorder.saved


def test_a_resumed_session_carries_on_from_its_phase_under_the_same_uuid(qtbot, clock, store):
    first = SessionRecord.new(PLAN, compile_timeline(PLAN).estimated_s)
    first.phase_index, first.active_s = 3, 25.0
    first.drill("wall").reps_both, first.drill("wall").hold_both_s = 1, 10.0
    first.work = {1: 1}  # the first hold (phase 1) ran its time
    store.begin(first)
    store._db.execute("UPDATE sessions SET status = 'interrupted'")  # as the next start finds it
    info = store.resume(first.uuid)
    plan = info.plan_for(PLAN.routine)
    timeline = compile_timeline(plan)
    runner = SessionRunner(timeline, clock)
    recorder = HistoryRecorder(runner, store, plan, timeline, resume=info)
    runner.start(at_index=info.phase_index)
    assert runner.phase.index == 3
    with qtbot.waitSignal(recorder.recorded):
        run_for(clock, runner, compile_timeline(plan).remaining_after(2) + 5)
    [saved] = store.sessions()
    assert saved.uuid == first.uuid and saved.status is Status.COMPLETED
    assert saved.drill("wall").reps_both == 2  # one before the crash, one after
    assert saved.active_s > 25.0


def test_reaching_the_end_with_holds_skipped_is_not_a_completed_session(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    with qtbot.waitSignal(recorder.recorded):
        while not runner.is_over:  # the athlete taps Next through the whole routine
            runner.skip()
    [saved] = store.sessions()
    assert saved.status is Status.STOPPED_EARLY
    assert saved.drill("wall").reps_both == 0


def test_a_hold_skipped_then_redone_after_back_still_completes(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    run_for(clock, runner, 12)  # 2 s into the first hold
    runner.skip()  # on to the reset: the hold is skipped...
    runner.back()  # ...and done again in full
    with qtbot.waitSignal(recorder.recorded):
        run_for(clock, runner, compile_timeline(PLAN).estimated_s + 5)
    [saved] = store.sessions()
    assert saved.status is Status.COMPLETED


def test_a_box_height_is_recorded_only_when_the_box_was_jumped_from(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    run_for(clock, runner, 3)  # stopped in the get-ready: no drop jump done
    with qtbot.waitSignal(recorder.recorded):
        runner.stop()
    [line] = store.lines()
    assert line.box_height_cm is None


def test_a_resumed_session_remembers_what_was_skipped_before_the_crash(qtbot, clock, store):
    """Skipped before the crash, everything after it done: still not completed."""
    runner, recorder = make(qtbot, clock, store)
    run_for(clock, runner, 12)
    runner.skip()  # the first hold skipped, 2 s held
    run_for(clock, runner, 3)
    uuid = recorder.record.uuid
    store.close()  # the app dies here: what is on disk is all there is
    with HistoryStore() as reopened:
        assert reopened.found_interrupted == [uuid]
        info = reopened.resume(uuid)
        plan = info.plan_for(PLAN.routine)
        timeline = compile_timeline(plan)
        again = SessionRunner(timeline, clock)
        resumed = HistoryRecorder(again, reopened, plan, timeline, resume=info)
        again.start(at_index=info.phase_index)
        assert again.phase.index == info.phase_index == 2  # back in the reset it had reached
        with qtbot.waitSignal(resumed.recorded):
            run_for(clock, again, timeline.remaining_after(1) + 5)
        [saved] = reopened.sessions()
        assert saved.status is Status.STOPPED_EARLY
        assert saved.drill("wall").reps_both == 1 and saved.drill("wall").sets_done == 0
        assert saved.drill("wall").hold_both_s == pytest.approx(12.0)


def test_the_end_tells_what_was_short_by_the_one_rule(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    ended = []
    recorder.ended.connect(lambda record, short: ended.append((record.status, short)))
    while not runner.is_over:
        runner.skip()
    [(status, short)] = ended
    assert status is Status.STOPPED_EARLY and not short.stopped
    assert (short.holds, short.reps) == (4, 3)  # 2 wall + 2 press holds, 3 drop jumps
    assert store.sessions()[0].status is status


def test_a_write_that_fails_with_an_unexpected_error_is_said_too(qtbot, clock, store,
                                                                   monkeypatch):
    runner, recorder = make(qtbot, clock, store)
    def broken(record):
        raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")
    monkeypatch.setattr(store, "record_phase", broken)
    with qtbot.waitSignal(recorder.write_failed) as failed:
        run_for(clock, runner, 10.5)
    assert "could not write this session" in failed.args[0]
    assert recorder.error and not recorder.saved


def test_a_preview_is_recorded_with_its_clock_speed_and_counted_as_no_training(
        qtbot, clock, store):
    """`--speed 10`: the runner's clock runs 10x fast; the record says so, from its first
    write (a crash mid-preview leaves a preview), and the totals leave it out."""
    from isohold.core.history.progress import streak, weekly_totals

    clock.speed = 10.0
    runner, recorder = make(qtbot, clock, store)
    assert store.session(recorder.record.uuid).clock_speed == 10.0
    run_for(clock, runner, 10 + 10)  # get ready and the first hold, on the session clock
    runner.stop()
    [saved] = store.sessions()
    assert saved.clock_speed == 10.0 and saved.is_preview
    assert saved.status is Status.STOPPED_EARLY  # how it ended, as for any session
    assert saved.active_s == pytest.approx(20.0)  # session-clock seconds
    [line] = store.lines()
    today = line.started_at.date()
    assert line.is_preview and line.clock_speed == 10.0  # listed as "Preview (×10)" by the UI
    assert weekly_totals(store.lines(), 1, today)[0].sessions == 0
    assert streak(store.lines(), today).days == 0


def test_a_real_session_is_recorded_at_speed_one(qtbot, clock, store):
    runner, recorder = make(qtbot, clock, store)
    runner.stop()
    [saved] = store.sessions()
    assert saved.clock_speed == 1.0 and not saved.is_preview


def test_a_clock_that_does_not_say_its_speed_records_a_real_session(qtbot, clock, store):
    """A stand-in clock without `speed` (some tests' fakes) is taken as real time."""
    timeline = compile_timeline(PLAN)
    runner = SessionRunner(timeline, clock)
    runner.clock = type("Bare", (), {"now": clock.now})()  # no `speed`
    recorder = HistoryRecorder(runner, store, PLAN, timeline)
    assert recorder.record.clock_speed == 1.0


def test_an_interrupted_session_resumed_as_a_preview_becomes_one(qtbot, store):
    first = SessionRecord.new(PLAN, compile_timeline(PLAN).estimated_s)
    store.begin(first)
    store._db.execute("UPDATE sessions SET status = 'interrupted'")  # as the next start finds it
    info = store.resume(first.uuid)
    fast = FakeClock()
    fast.speed = 20.0
    timeline = compile_timeline(PLAN)
    runner = SessionRunner(timeline, fast)
    recorder = HistoryRecorder(runner, store, PLAN, timeline, resume=info)
    runner.start(at_index=info.phase_index)
    runner.stop()
    [saved] = store.sessions()
    assert saved.uuid == first.uuid and saved.clock_speed == 20.0 and recorder.record.is_preview
