"""Clocks for the session: the real one, a faster one for previews, and a fake one for tests.

`now()` is a monotonic reading in session seconds. `reference()` is a clock that keeps running
while the computer sleeps (Linux CLOCK_BOOTTIME, elsewhere the wall clock); when the two part,
the computer slept. `to_real(seconds)` turns session seconds into seconds a timer must wait.
"""

from __future__ import annotations

import time
from typing import Protocol

SLEEP_GAP_S = 2.0  # how far the two clocks may part before we call it a sleep


class Clock(Protocol):
    speed: float  # session seconds per real second

    def now(self) -> float: ...

    def reference(self) -> float: ...

    def to_real(self, seconds: float) -> float: ...


def _reference_reading() -> float:
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    if boottime is not None:
        try:
            return time.clock_gettime(boottime)
        except OSError:
            pass
    return time.time()


class SystemClock:
    """The computer's monotonic clock, `speed` times faster (1.0 for a real session)."""

    def __init__(self, speed: float = 1.0) -> None:
        if speed <= 0:
            raise ValueError(f"speed must be positive, got {speed}")
        self.speed = speed
        self._mono0 = time.monotonic()
        self._ref0 = _reference_reading()

    def now(self) -> float:
        return (time.monotonic() - self._mono0) * self.speed

    def reference(self) -> float:
        return (_reference_reading() - self._ref0) * self.speed

    def to_real(self, seconds: float) -> float:
        return seconds / self.speed


class FakeClock:
    """A clock that moves only when a test says so. `sleep()` models a suspended computer."""

    def __init__(self, start: float = 0.0) -> None:
        self._now = start
        self._reference = start
        self.speed = 1.0

    def now(self) -> float:
        return self._now

    def reference(self) -> float:
        return self._reference

    def to_real(self, seconds: float) -> float:
        return seconds

    def advance(self, seconds: float) -> None:
        self._now += seconds
        self._reference += seconds

    def sleep(self, seconds: float) -> None:
        """The computer sleeps: the monotonic clock stands still, the reference runs on."""
        self._reference += seconds


class SleepWatch:
    """Notices when the monotonic clock and the reference clock part: the computer slept."""

    def __init__(self, clock: Clock, gap_s: float = SLEEP_GAP_S) -> None:
        self._clock = clock
        self._gap_s = gap_s
        self.rebase()

    def rebase(self) -> None:
        self._offset = self._clock.reference() - self._clock.now()

    def slept(self) -> float:
        """Seconds slept since the last rebase, if over the gap; else 0. Rebases after a sleep."""
        gap = (self._clock.reference() - self._clock.now()) - self._offset
        if gap > self._gap_s:
            self.rebase()
            return gap
        return 0.0
