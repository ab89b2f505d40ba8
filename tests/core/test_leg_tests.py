"""Leg tests in the core: the metronome's beats as deadlines, a leg's run, the count, and
left against right. No Qt, no real time: the run is asked at chosen moments."""

from __future__ import annotations

import random

import pytest

from isohold.core import cues
from isohold.core.history.leg_tests import MOST, TestKind
from isohold.core.leg_tests import (BPM, GET_READY_S, HEEL_RISE_TEST, MAX_HOLD_TEST, LegRun,
                                    Metronome, Stage, check_value, leg_test, other_side)
from isohold.core.phases import Side


# -- the metronome --------------------------------------------------------------------------
def test_sixty_bpm_over_sixty_seconds_is_sixty_beats_each_on_its_second():
    metronome = Metronome(start=12.5, bpm=60)
    beats = metronome.schedule(until=12.5 + 60)
    assert len(beats) == 60
    assert beats == [12.5 + n for n in range(60)]  # exact, not approximately


def test_a_beat_is_its_deadline_from_the_start_never_a_sum_of_periods():
    metronome = Metronome(start=0.0, bpm=70)  # a period of 6/7 s, not exact in binary
    summed = 0.0
    for _ in range(10_000):
        summed += metronome.period
    assert metronome.beat_at(10_000) == 10_000 * 60 / 70
    assert summed != metronome.beat_at(10_000)  # what adding intervals would have drifted to


def test_beats_by_counts_the_beat_due_at_that_moment():
    metronome = Metronome(start=5.0)
    assert metronome.beats_by(4.999) == 0
    assert metronome.beats_by(5.0) == 1
    assert metronome.beats_by(5.999) == 1
    assert metronome.beats_by(6.0) == 2
    assert metronome.beat(4.0) is None
    assert metronome.beat(7.2) == 2


def test_sixty_bpm_is_thirty_rises_a_minute_up_on_one_beat_down_on_the_next():
    metronome = Metronome(start=0.0, bpm=BPM)
    assert metronome.rises_by(60.0) == 30
    assert metronome.rises_by(1.99) == 0  # up on beat 0, down on beat 1: whole at beat 2
    assert metronome.rises_by(2.0) == 1


def test_a_metronome_needs_a_tempo():
    with pytest.raises(ValueError, match="positive tempo"):
        Metronome(start=0.0, bpm=0)


# -- one leg's run --------------------------------------------------------------------------
def run_through(run: LegRun, until: float, late_s=lambda: 0.0) -> list[tuple[float, tuple]]:
    """Wake at each deadline the run asks for (late by `late_s()`), as the screen does."""
    heard = []
    while (due_at := run.next_due_at()) is not None and due_at <= until:
        now = due_at + late_s()
        heard.append((now, run.due(now)))
    return heard


def test_the_heel_rise_run_calls_the_leg_counts_down_goes_then_ticks_every_second():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=100.0)
    heard = run_through(run, until=100.0 + GET_READY_S + 59.5)
    assert heard[:5] == [(100.0, (cues.SIDE_LEFT,)), (102.0, (cues.COUNTDOWN[0],)),
                         (103.0, (cues.COUNTDOWN[1],)), (104.0, (cues.COUNTDOWN[2],)),
                         (105.0, (cues.GO,))]
    ticks = heard[5:]
    assert [at for at, _ in ticks] == [105.0 + n for n in range(1, 60)]
    assert all(sounds == (cues.TICK,) for _, sounds in ticks)
    assert len(heard[4:]) == 60  # go is beat 0: 60 beats in the first minute


def test_late_wake_ups_never_push_the_beats_later():
    random.seed(13)
    run = LegRun(HEEL_RISE_TEST, Side.RIGHT, started_at=0.0)
    heard = run_through(run, until=GET_READY_S + 600, late_s=lambda: random.uniform(0, 0.02))
    ticks = [at for at, sounds in heard if sounds == (cues.TICK,)]
    assert len(ticks) == 600
    # each tick sounded within the wake-up's lateness of its own deadline, at beat 600 too
    assert all(0 <= at - (GET_READY_S + n) <= 0.02 for n, at in enumerate(ticks, start=1))


def test_after_a_freeze_only_the_latest_beat_sounds_never_a_burst():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0)
    run_through(run, until=GET_READY_S + 3)
    assert run.due(GET_READY_S + 9.5) == (cues.TICK,)  # beats 4-9 were missed: one tick
    assert run.due(GET_READY_S + 9.7) == ()
    assert run.next_due_at() == GET_READY_S + 10


def test_sounds_lead_their_deadline_by_the_output_latency_the_screen_does_not():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0, lead_s=0.08)
    run_through(run, until=GET_READY_S - 0.5)
    assert run.next_due_at() == pytest.approx(GET_READY_S - 0.08)
    assert run.due(GET_READY_S - 0.08) == (cues.GO,)
    assert run.stage(GET_READY_S - 0.08) is Stage.GET_READY  # go shows on its deadline
    assert run.beat(GET_READY_S) == 0


def test_the_hold_run_goes_then_is_a_stopwatch_with_no_ticks():
    run = LegRun(MAX_HOLD_TEST, Side.LEFT, started_at=0.0)
    heard = run_through(run, until=1000)
    assert heard[-1] == (GET_READY_S, (cues.GO,))
    assert run.next_due_at() is None
    assert run.beat(30.0) is None
    run.stop(GET_READY_S + 42.26)
    assert run.count(999.0) == 42.3
    assert run.measured


def test_taps_count_between_go_and_the_stop_only():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0)
    assert not run.tap(2.0)  # before go
    assert run.tap(GET_READY_S + 1.5)
    assert run.tap(GET_READY_S + 3.5)
    assert run.tap(GET_READY_S + 5.5)
    run.stop(GET_READY_S + 6.0)
    assert not run.tap(GET_READY_S + 7.0)
    assert run.count(100.0) == 3
    assert run.stage(100.0) is Stage.STOPPED
    assert run.due(101.0) == () and run.next_due_at() is None


def test_untap_takes_back_a_press_too_many_but_not_below_none():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0)
    run.tap(GET_READY_S + 1)
    assert run.untap() and run.taps == 0
    assert not run.untap()


def test_with_no_tap_the_count_is_the_metronomes_whole_cycles_to_the_stop():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0)
    run.stop(GET_READY_S + 49.9)  # 24 whole rises, the 25th not back down
    assert run.count(500.0) == 24


def test_a_stop_before_go_measured_nothing():
    run = LegRun(HEEL_RISE_TEST, Side.LEFT, started_at=0.0)
    run.stop(3.0)
    assert not run.measured
    assert run.count(3.0) == 0


def test_a_run_is_on_one_leg():
    with pytest.raises(ValueError, match="one leg"):
        LegRun(HEEL_RISE_TEST, Side.BOTH, started_at=0.0)


def test_left_is_tested_then_right():
    assert other_side(Side.LEFT) is Side.RIGHT
    assert other_side(Side.RIGHT) is None


def test_tests_are_found_by_the_historys_names_and_an_unknown_one_is_said():
    assert leg_test("heel_rise") is HEEL_RISE_TEST
    assert leg_test(TestKind.MAX_HOLD) is MAX_HOLD_TEST
    with pytest.raises(KeyError, match="heel_rise, max_hold"):
        leg_test("plank")


@pytest.mark.parametrize("test, value, problem", [
    (HEEL_RISE_TEST, 0, None), (HEEL_RISE_TEST, MOST[TestKind.HEEL_RISE], None),
    (HEEL_RISE_TEST, MOST[TestKind.HEEL_RISE] + 1, "too_many"),
    (HEEL_RISE_TEST, -1, "negative"), (HEEL_RISE_TEST, 12.5, "not_whole"),
    (MAX_HOLD_TEST, 12.5, None), (MAX_HOLD_TEST, MOST[TestKind.MAX_HOLD] + 0.1, "too_many"),
])
def test_a_value_is_checked_against_what_the_history_keeps(test, value, problem):
    assert check_value(test, value) == problem
