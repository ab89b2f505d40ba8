"""Leg tests: the single-leg heel-rise endurance test and the maximal hold test, a leg at a time.

Heel-rise endurance test (Hébert-Losier et al. 2017; the protocol most studies share): on one
leg, fingertips on the wall, a metronome at 60 beats a minute, up on one beat and down on the
next, so 30 rises a minute, until the athlete can no longer keep the pace or the height. About
25 rises is the classic "normal" (Lunsford & Perry 1995). Both legs are tested, left then right,
and the difference between them is the asymmetry to follow over time.

Maximal hold test: the article's sprinter (wall) press on one leg, held from "go" until the
athlete can hold it no longer; the seconds it lasted, per leg.

A leg's run (`LegRun`) is a few seconds' get-ready with a 3-2-1, then "go" and, for the
heel-rise test, a tick on every beat. Every moment is a deadline computed from the run's start
(`go_at + n * period`), never a sum of intervals, so beat 600 is as exact as beat 1; the screen
asks `next_due_at()` when to wake and `due(now)` what to play, on an injected clock. The count
is what happened: the athlete's taps, one per rise, or, when they tapped none, the full
up-and-down cycles of the metronome up to the moment they stopped.

No Qt, no words: the screens word what this returns. The tests' kinds, the largest value a
result may have and the left/right difference are the history's (`TestKind`, `MOST`,
`LegDifference` in isohold.core.history.leg_tests): one owner each.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from isohold.core import cues
from isohold.core.history.leg_tests import MOST, TestKind
from isohold.core.phases import Side

HEEL_RISE = TestKind.HEEL_RISE
MAX_HOLD = TestKind.MAX_HOLD

BPM = 60  # the metronome: beats a minute
BEATS_PER_RISE = 2  # up on one beat, down on the next: 30 rises a minute at 60 bpm
NORMAL_RISES = 25  # about what a healthy calf does on one leg (Lunsford & Perry 1995)
GET_READY_S = 5.0  # from the leg's start to "go"; the 3-2-1 fills its last three seconds
SIDES = (Side.LEFT, Side.RIGHT)  # the order the legs are tested in
EPSILON = 1e-9


class Measure(str, Enum):
    RISES = "rises"
    SECONDS = "seconds"


@dataclass(frozen=True)
class LegTest:
    kind: TestKind
    measure: Measure
    bpm: float | None  # the metronome, or None: a stopwatch test

    @property
    def most(self) -> float:
        """The largest result the history keeps (a typing slip beyond it, not a leg)."""
        return MOST[self.kind]


HEEL_RISE_TEST = LegTest(HEEL_RISE, Measure.RISES, BPM)
MAX_HOLD_TEST = LegTest(MAX_HOLD, Measure.SECONDS, None)
TESTS = {test.kind: test for test in (HEEL_RISE_TEST, MAX_HOLD_TEST)}


def leg_test(kind: TestKind | str) -> LegTest:
    """The test of this kind; an unknown kind is a programming error, said loudly."""
    try:
        return TESTS[TestKind(kind)]
    except ValueError:
        known = ", ".join(kind.value for kind in TESTS)
        raise KeyError(f"no leg test named {kind!r}; expected one of {known}") from None


def other_side(side: Side) -> Side | None:
    """The leg tested after this one, or None after the last."""
    index = SIDES.index(side)
    return SIDES[index + 1] if index + 1 < len(SIDES) else None


# -- the metronome --------------------------------------------------------------------------
@dataclass(frozen=True)
class Metronome:
    """Beat n sounds at `start + n * period`: each deadline from the start, so none drifts.
    Beat 0 is "go"; even beats are "up", odd beats "down"."""

    start: float
    bpm: float = BPM

    def __post_init__(self) -> None:
        if not self.bpm > 0:
            raise ValueError(f"a metronome needs a positive tempo, got {self.bpm} bpm")

    @property
    def period(self) -> float:
        return 60.0 / self.bpm

    def beat_at(self, n: int) -> float:
        return self.start + n * self.period

    def beats_by(self, now: float) -> int:
        """How many beats have sounded by `now` (the one due at `now` among them)."""
        if now < self.start - EPSILON:
            return 0
        return math.floor((now - self.start) / self.period + EPSILON) + 1

    def beat(self, now: float) -> int | None:
        """The beat sounding now (the last one due), or None before the first."""
        return self.beats_by(now) - 1 if self.beats_by(now) else None

    def rises_by(self, now: float) -> int:
        """Full up-and-down cycles done by `now`: a rise is whole when the next "up" comes."""
        if now < self.start:
            return 0
        return math.floor((now - self.start) / (self.period * BEATS_PER_RISE) + EPSILON)

    def schedule(self, until: float) -> list[float]:
        """Every beat from the start up to `until` (excluded), for tests and the docs."""
        return [self.beat_at(n) for n in range(self.beats_by(until - EPSILON))]


# -- one leg's run --------------------------------------------------------------------------
class Stage(str, Enum):
    GET_READY = "get_ready"
    GOING = "going"
    STOPPED = "stopped"


@dataclass(frozen=True)
class Moment:
    """Cues that fall due together, at `at` on the run's clock."""

    at: float
    cues: tuple[str, ...]


class LegRun:
    """One leg of one test: the get-ready, then the metronome or the stopwatch, until stopped.

    `lead_s` sends each sound that much before its deadline (the output's latency), so it is
    heard on the beat; what the screen shows follows the deadlines themselves.
    """

    def __init__(self, test: LegTest, side: Side, started_at: float,
                 get_ready_s: float = GET_READY_S, lead_s: float = 0.0) -> None:
        if side not in SIDES:
            raise ValueError(f"a leg test is done on one leg, not {side!r}")
        self.test = test
        self.side = side
        self.started_at = started_at
        self.go_at = started_at + max(0.0, get_ready_s)
        self.lead_s = max(0.0, lead_s)
        self.metronome = Metronome(self.go_at, test.bpm) if test.bpm else None
        self.taps = 0
        self.stopped_at: float | None = None
        self._lead_in = self._lead_in_moments()
        self._sent = -1  # the index of the last moment whose cues were sent

    def _lead_in_moments(self) -> list[Moment]:
        side_call = cues.SIDE_LEFT if self.side is Side.LEFT else cues.SIDE_RIGHT
        moments = [Moment(self.started_at, (side_call,))]
        for seconds_before, cue in zip((3, 2, 1), cues.COUNTDOWN):
            at = self.go_at - seconds_before
            if at > self.started_at + EPSILON:
                moments.append(Moment(at, (cue,)))
        return moments

    # -- the schedule -----------------------------------------------------------------------
    def moment(self, index: int) -> Moment | None:
        """The index-th moment of the run: the lead-in, "go", then (heel rises) a tick a beat."""
        lead = len(self._lead_in)
        if index < lead:
            return self._lead_in[index]
        beat = index - lead
        if beat == 0:
            return Moment(self.go_at, (cues.GO,))
        if self.metronome is None:
            return None
        return Moment(self.metronome.beat_at(beat), (cues.TICK,))

    def _index_due(self, now: float) -> int:
        """The index of the last moment due by `now` (-1 before the first)."""
        lead = len(self._lead_in)
        if now < self.go_at - EPSILON:
            return sum(moment.at <= now + EPSILON for moment in self._lead_in) - 1
        if self.metronome is None:
            return lead
        return lead + self.metronome.beats_by(now) - 1

    def due(self, now: float) -> tuple[str, ...]:
        """The cues to play now (each moment once, `lead_s` ahead of it). After a wait past
        several moments (a frozen screen), only the latest: a metronome never plays a burst
        of late ticks, nor a countdown "3, 2, 1" at once."""
        if self.stopped_at is not None:
            return ()
        index = self._index_due(now + self.lead_s)
        if index <= self._sent:
            return ()
        self._sent = index
        return self.moment(index).cues

    def next_due_at(self) -> float | None:
        """When the next sound is to be sent (its deadline less the lead), or None: none is."""
        if self.stopped_at is not None:
            return None
        following = self.moment(self._sent + 1)
        return None if following is None else following.at - self.lead_s

    # -- where the run is -------------------------------------------------------------------
    def stage(self, now: float) -> Stage:
        if self.stopped_at is not None:
            return Stage.STOPPED
        return Stage.GET_READY if now < self.go_at - EPSILON else Stage.GOING

    def seconds_to_go(self, now: float) -> float:
        return max(0.0, self.go_at - now)

    def elapsed(self, now: float) -> float:
        """Seconds since "go", up to the stop."""
        end = now if self.stopped_at is None else self.stopped_at
        return max(0.0, end - self.go_at)

    def beat(self, now: float) -> int | None:
        """The beat sounding now (0 is "go"; even: up, odd: down), None before go or after
        the stop, or in a stopwatch test."""
        if self.metronome is None or self.stage(now) is not Stage.GOING:
            return None
        return self.metronome.beat(now)

    # -- what the athlete does --------------------------------------------------------------
    def tap(self, now: float) -> bool:
        """One rise, tapped. Only between "go" and the stop; True when it counted."""
        if self.stage(now) is not Stage.GOING or self.test.measure is not Measure.RISES:
            return False
        self.taps += 1
        return True

    def untap(self) -> bool:
        """Take back the last rise tapped (a press too many)."""
        if self.stopped_at is not None or not self.taps:
            return False
        self.taps -= 1
        return True

    def stop(self, now: float) -> None:
        """The athlete can go on no longer (or stopped before "go": nothing was measured)."""
        if self.stopped_at is None:
            self.stopped_at = now

    def count(self, now: float) -> float:
        """What the leg did so far: rises (taps, or the metronome's full cycles when none was
        tapped), or the seconds held."""
        end = now if self.stopped_at is None else self.stopped_at
        if self.test.measure is Measure.SECONDS:
            return round(self.elapsed(end), 1)
        if self.taps:
            return float(self.taps)
        return float(self.metronome.rises_by(end)) if self.metronome else 0.0

    @property
    def measured(self) -> bool:
        """The leg was stopped after "go": its count is a measurement."""
        return self.stopped_at is not None and self.stopped_at >= self.go_at - EPSILON


def check_value(test: LegTest, value: float) -> str | None:
    """None when `value` can be a result of `test`; else the problem, as a code the screen
    words: "negative", "too_many", "not_whole"."""
    if value < 0:
        return "negative"
    if value > test.most:
        return "too_many"
    if test.measure is Measure.RISES and value != int(value):
        return "not_whole"
    return None
