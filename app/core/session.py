"""The arithmetic of a session in motion: a cursor over the timeline, deadlines on a clock.

Pure values and functions, no timers and no state of its own: where the session is (running,
paused, finished, stopped) belongs to the `SessionRunner`'s state machine. What this module
keeps is the extended state that goes with it, as a value: the `Cursor` (which phase, when it
started, what of it has been cued and counted) and the time the session was paused at. Every
step takes `now` and returns a new cursor with the events it produced, so a phase that runs
out starts the next one at its exact deadline, not when somebody noticed: a late timer never
makes the session drift. Paused time is kept apart exactly, phase by phase.

Counts are counts of what happened: a hold counts when it ran its time, a cadence set counts
the beats that passed, an uncounted set counts the athlete's presses (`count_rep`).
"""

from __future__ import annotations

from enum import Enum
from typing import NamedTuple

from isohold.core.cues import TICK, Cue
from isohold.core.phases import Phase, PhaseKind
from isohold.core.timeline import Timeline


class Ending(str, Enum):
    """How a phase ended."""

    COMPLETED = "completed"  # ran its time, or the set's planned reps were counted
    SKIPPED = "skipped"  # the athlete moved on (or ended a set) before that
    STOPPED = "stopped"  # the session was stopped during it


class PhaseOutcome(NamedTuple):
    phase: Phase
    ending: Ending
    active_s: float  # time spent in it, pauses excluded
    paused_s: float
    reps_done: int  # HOLD: 1 if it ran its time; SET: the reps counted

    @property
    def work_done(self) -> bool:
        """A hold that ran its time, a set with all its reps; False for phases that are not work."""
        if self.phase.kind is PhaseKind.HOLD:
            return self.ending is Ending.COMPLETED
        if self.phase.kind is PhaseKind.SET:
            return self.reps_done >= self.phase.target_reps
        return False


class PhaseStarted(NamedTuple):
    phase: Phase


class PhaseFinished(NamedTuple):
    outcome: PhaseOutcome


class CueDue(NamedTuple):
    cue: Cue
    phase: Phase  # the phase the cue belongs to
    late_s: float  # how far past its moment it was noticed


class RepCounted(NamedTuple):
    phase: Phase
    count: int  # reps counted in the set so far


Event = PhaseStarted | PhaseFinished | CueDue | RepCounted


class Cursor(NamedTuple):
    """Where in the timeline a session is, and what of the phase has happened so far.

    `opening_sent`: the cues that open the *next* phase were handed to the output `lead_s`
    before this phase's deadline, so that they are heard on the boundary; the next phase then
    starts with them already fired, and a command inside that lead withdraws them.
    """

    index: int
    started_at: float  # session clock when the phase started, moved on by pauses
    paused_s: float = 0.0  # paused in this phase so far (not counting a pause under way)
    cues_fired: int = 0  # this phase's cues already due, in order
    reps: int = 0  # SET: reps counted
    opening_sent: bool = False


class Step(NamedTuple):
    cursor: Cursor
    events: tuple[Event, ...]


# -- the cursor's invariant ---------------------------------------------------------------------
def problems(timeline: Timeline, cursor: Cursor, paused_since: float | None = None) -> list[str]:
    """What is wrong with a cursor on this timeline ([] when it is sound)."""
    found = []
    if not 0 <= cursor.index < len(timeline):
        return [f"index {cursor.index} outside the timeline (0..{len(timeline) - 1})"]
    phase = timeline[cursor.index]
    if not 0 <= cursor.cues_fired <= len(phase.cues):
        found.append(f"cues_fired {cursor.cues_fired} of {len(phase.cues)} cues")
    if cursor.paused_s < 0:
        found.append(f"negative paused time {cursor.paused_s}")
    if cursor.reps < 0 or (phase.kind is PhaseKind.SET and cursor.reps > phase.target_reps):
        found.append(f"{cursor.reps} reps counted of {phase.target_reps}")
    if phase.kind is not PhaseKind.SET and cursor.reps:
        found.append(f"{cursor.reps} reps counted in a {phase.kind.value} phase")
    if cursor.opening_sent and (phase.duration_s is None or phase.kind is PhaseKind.DONE):
        found.append("next phase cued early from a phase without a deadline")
    if paused_since is not None and paused_since < cursor.started_at - 1e-9:
        found.append("paused before the phase started")
    if phase.kind is PhaseKind.DONE and paused_since is not None:
        found.append("finished and still paused")
    return found


# -- reading the time ----------------------------------------------------------------------------
def elapsed(cursor: Cursor, now: float, paused_since: float | None = None) -> float:
    """Active seconds in the current phase (a pause under way stops the count)."""
    at = paused_since if paused_since is not None else now
    return max(0.0, at - cursor.started_at)


def remaining(timeline: Timeline, cursor: Cursor, now: float,
              paused_since: float | None = None) -> float | None:
    """Seconds left in the current phase; None for a set the athlete counts."""
    duration = timeline[cursor.index].duration_s
    if duration is None:
        return None
    return max(0.0, duration - elapsed(cursor, now, paused_since))


def session_remaining(timeline: Timeline, cursor: Cursor, now: float,
                      paused_since: float | None = None) -> float:
    left = remaining(timeline, cursor, now, paused_since)
    if left is None:
        left = max(0.0, timeline[cursor.index].estimate_s - elapsed(cursor, now, paused_since))
    return left + timeline.remaining_after(cursor.index)


def deadline(timeline: Timeline, cursor: Cursor) -> float | None:
    duration = timeline[cursor.index].duration_s
    return None if duration is None else cursor.started_at + duration


def opening_cues(phase: Phase | None) -> tuple[Cue, ...]:
    """The cues that sound as a phase starts (at 0 s): they may be sent ahead of it."""
    return tuple(cue for cue in phase.cues if cue.at_s == 0.0) if phase is not None else ()


def next_due_at(timeline: Timeline, cursor: Cursor, lead_s: float) -> float | None:
    """Session time of the next cue, early cue or phase end, for a timer to wait until."""
    phase = timeline[cursor.index]
    if phase.kind is PhaseKind.DONE:
        return None
    times = []
    if cursor.cues_fired < len(phase.cues):
        times.append(cursor.started_at + phase.cues[cursor.cues_fired].at_s - lead_s)
    end = deadline(timeline, cursor)
    if end is not None:
        times.append(end)
        if lead_s > 0 and not cursor.opening_sent and opening_cues(timeline.next_after(cursor.index)):
            times.append(end - lead_s)
    return min(times) if times else None


# -- moving ----------------------------------------------------------------------------------------
def enter(timeline: Timeline, index: int, at: float, opening_sent: bool = False,
          reps: int = 0) -> Step:
    """Start phase `index` (clamped to the timeline) at `at`. Its opening cues are due at once,
    unless they were sent ahead of it; a DONE phase sounds its cues now. A set the athlete
    counts may start from `reps` already counted (a set gone back into keeps its count)."""
    index = max(0, min(index, len(timeline) - 1))
    phase = timeline[index]
    fired = len(opening_cues(phase)) if opening_sent else 0
    counted = phase.kind is PhaseKind.SET and not phase.cadence_s
    reps = max(0, min(reps, phase.target_reps)) if counted else 0
    cursor = Cursor(index, at, cues_fired=fired, reps=reps)
    events: list[Event] = [PhaseStarted(phase)]
    if reps:
        events.append(RepCounted(phase, reps))
    if phase.kind is PhaseKind.DONE:
        events += [CueDue(cue, phase, 0.0) for cue in phase.cues[fired:]]
        cursor = cursor._replace(cues_fired=len(phase.cues))
    return Step(cursor, tuple(events))


def outcome(timeline: Timeline, cursor: Cursor, ending: Ending, at: float,
            paused_since: float | None = None) -> PhaseOutcome:
    """What the current phase amounts to if it ends at `at` this way."""
    phase = timeline[cursor.index]
    active = elapsed(cursor, at, paused_since)
    if phase.duration_s is not None:
        active = min(active, phase.duration_s)
    if phase.kind is PhaseKind.HOLD:
        reps = 1 if ending is Ending.COMPLETED else 0
    else:
        reps = cursor.reps
    paused = cursor.paused_s + (max(0.0, at - paused_since) if paused_since is not None else 0.0)
    return PhaseOutcome(phase, ending, active, paused, reps)


def move(timeline: Timeline, cursor: Cursor, ending: Ending, to_index: int, at: float,
         paused_since: float | None = None, opening_sent: bool = False, reps: int = 0) -> Step:
    """End the current phase at `at` and start phase `to_index` at the same moment."""
    done = outcome(timeline, cursor, ending, at, paused_since)
    step = enter(timeline, to_index, at, opening_sent, reps)
    return Step(step.cursor, (PhaseFinished(done), *step.events))


def resumed(cursor: Cursor, gap_s: float) -> Cursor:
    """The cursor after a pause of `gap_s`: the phase's start moves on by the pause."""
    gap_s = max(0.0, gap_s)
    return cursor._replace(started_at=cursor.started_at + gap_s, paused_s=cursor.paused_s + gap_s)


def count_rep(timeline: Timeline, cursor: Cursor) -> Step:
    """The athlete counted a rep of a set without a cadence (never past the planned reps)."""
    phase = timeline[cursor.index]
    if phase.kind is not PhaseKind.SET or phase.cadence_s or cursor.reps >= phase.target_reps:
        return Step(cursor, ())
    cursor = cursor._replace(reps=cursor.reps + 1)
    return Step(cursor, (RepCounted(phase, cursor.reps),))


def set_complete(timeline: Timeline, cursor: Cursor) -> bool:
    """The set under way has all its planned reps."""
    phase = timeline[cursor.index]
    return phase.kind is PhaseKind.SET and cursor.reps >= phase.target_reps


def uncount_rep(timeline: Timeline, cursor: Cursor) -> Step:
    """Take back the last rep counted in an uncounted set."""
    phase = timeline[cursor.index]
    if phase.kind is not PhaseKind.SET or phase.cadence_s or cursor.reps == 0:
        return Step(cursor, ())
    cursor = cursor._replace(reps=cursor.reps - 1)
    return Step(cursor, (RepCounted(phase, cursor.reps),))


def due(timeline: Timeline, cursor: Cursor, now: float, lead_s: float = 0.0) -> Step:
    """Everything that fell due up to `now` while running: cues (`lead_s` early), cadence
    beats, the next phase's opening cues, phase ends and the phases they start."""
    events: list[Event] = []
    while True:
        phase = timeline[cursor.index]
        if phase.kind is PhaseKind.DONE:
            break
        # Every comparison is of times computed exactly as next_due_at() computes them, so a
        # timer woken at next_due_at() always finds its event due.
        fired, reps = cursor.cues_fired, cursor.reps
        while fired < len(phase.cues):
            cue = phase.cues[fired]
            cue_at = cursor.started_at + cue.at_s - lead_s
            if cue_at > now:
                break
            fired += 1
            events.append(CueDue(cue, phase, now - cue_at))
            if cue.name == TICK:
                reps += 1
                events.append(RepCounted(phase, reps))
        if fired != cursor.cues_fired:  # (a look that finds nothing due makes no new value)
            cursor = cursor._replace(cues_fired=fired, reps=reps)
        end = deadline(timeline, cursor)
        if end is None:
            break
        following = timeline.next_after(cursor.index)
        if lead_s > 0 and not cursor.opening_sent and now >= end - lead_s:
            opening = opening_cues(following)
            if opening:
                cursor = cursor._replace(opening_sent=True)
                events += [CueDue(cue, following, now - (end - lead_s)) for cue in opening]
        if now < end:
            break
        if phase.kind is PhaseKind.SET:  # the last beat ends the set: its last rep
            cursor = cursor._replace(reps=phase.target_reps)
            events.append(RepCounted(phase, cursor.reps))
        step = move(timeline, cursor, Ending.COMPLETED, cursor.index + 1, end,
                    opening_sent=cursor.opening_sent)
        cursor = step.cursor
        events += step.events
    return Step(cursor, tuple(events))
