"""Clocks and the sleep watch, without waiting."""

from __future__ import annotations

import pytest

from isohold.core.clock import FakeClock, SleepWatch, SystemClock


def test_a_faster_clock_runs_faster_and_converts_waits_back_to_real_time():
    clock = SystemClock(speed=20.0)
    assert clock.to_real(10.0) == pytest.approx(0.5)
    first = clock.now()
    assert clock.now() >= first


def test_speed_must_be_positive():
    with pytest.raises(ValueError, match="speed must be positive"):
        SystemClock(speed=0)


def test_sleep_watch_sees_the_clocks_part_only_past_the_gap():
    clock = FakeClock()
    watch = SleepWatch(clock)
    clock.advance(100.0)
    assert watch.slept() == 0.0
    clock.sleep(1.5)  # under the 2 s gap: ordinary jitter
    assert watch.slept() == 0.0
    clock.sleep(1.0)
    assert watch.slept() == pytest.approx(2.5)
    assert watch.slept() == 0.0  # rebased after reporting
