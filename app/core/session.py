"""A session in motion: a cursor over the timeline, with deadlines on a monotonic clock.

Pure time arithmetic, no timers: every call takes `now`, and `due(now)` says what has happened
since the last call. A phase that runs out starts the next one at its exact deadline, not at
the moment somebody noticed, so a late timer never makes the session drift. Paused time is
kept apart exactly, phase by phase.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from app.core.cues import Cue
from app.core.phases import Phase, PhaseKind
from app.core.timeline import Timeline


class Ending(str, Enum):
    """How a phase ended."""

    COMPLETED = "completed"  # ran its time, or the athlete said the set was done
    SKIPPED = "skipped"  # the athlete moved on before it ended
    STOPPED = "stopped"  # the session was stopped during it


@dataclass(frozen=True)
class PhaseOutcome:
    phase: Phase
    ending: Ending
    active_s: float  # time spent in it, pauses excluded
    paused_s: float
    reps_done: int  # HOLD: 1 if completed; SET: reps counted


@dataclass(frozen=True)
class PhaseStarted:
    phase: Phase


@dataclass(frozen=True)
class PhaseFinished:
    outcome: PhaseOutcome


@dataclass(frozen=True)
class CueDue:
    cue: Cue
    phase: Phase  # the phase the cue belongs to
    late_s: float  # how far past its deadline it was noticed


@dataclass(frozen=True)
class RepCounted:
    phase: Phase
    count: int


@dataclass(frozen=True)
class SessionEnded:
    stopped: bool


Event = PhaseStarted | PhaseFinished | CueDue | RepCounted | SessionEnded


@dataclass
class _Position:
    index: int
    started_at: float  # monotonic time the phase started, pauses shifting it forward
    paused_s: float = 0.0
    cues_fired: int = 0  # cues of this phase already fired, in order
    next_cues_fired: int = 0  # start cues of the next phase fired early (lead time)
    reps: int = 0  # SET: reps counted


@dataclass
class Session:
    """Where a session is and when each thing is due. `lead_s` fires cues that much early."""

    timeline: Timeline
    lead_s: float = 0.0
    _pos: _Position | None = None
    _paused_at: float | None = None
    _ended: bool = False
    _events: list[Event] = field(default_factory=list)
    total_paused_s: float = 0.0

    # -- state ------------------------------------------------------------------------------
    @property
    def started(self) -> bool:
        return self._pos is not None

    @property
    def ended(self) -> bool:
        return self._ended

    @property
    def paused(self) -> bool:
        return self._paused_at is not None

    @property
    def index(self) -> int:
        return self._pos.index if self._pos else 0

    @property
    def phase(self) -> Phase:
        return self.timeline[self.index]

    @property
    def phase_started_at(self) -> float:
        """Monotonic time the current phase started (pauses shifting it forward)."""
        return self._pos.started_at if self._pos else 0.0

    @property
    def reps_counted(self) -> int:
        return self._pos.reps if self._pos else 0

    def elapsed(self, now: float) -> float:
        """Active seconds in the current phase."""
        if self._pos is None:
            return 0.0
        at = self._paused_at if self._paused_at is not None else now
        return max(0.0, at - self._pos.started_at)

    def remaining(self, now: float) -> float | None:
        """Seconds left in the current phase; None for a user-paced set without a cadence."""
        if self.phase.duration_s is None:
            return None
        return max(0.0, self.phase.duration_s - self.elapsed(now))

    def deadline(self) -> float | None:
        """Monotonic time the current phase ends, while running."""
        if self._pos is None or self.paused or self._ended or self.phase.duration_s is None:
            return None
        return self._pos.started_at + self.phase.duration_s

    def session_remaining(self, now: float) -> float:
        left = self.remaining(now)
        if left is None:
            left = max(0.0, self.phase.estimate_s - self.elapsed(now))
        return left + self.timeline.remaining_after(self.index)

    # -- commands ---------------------------------------------------------------------------
    def start(self, now: float) -> list[Event]:
        if self._pos is None:
            self._enter(0, now)
        return self._take()

    def start_at(self, index: int, now: float) -> list[Event]:
        """Start at phase `index` (resuming an interrupted session), clamped to the timeline."""
        if self._pos is None:
            self._enter(max(0, min(index, len(self.timeline) - 1)), now)
        return self._take()

    def pause(self, now: float) -> None:
        if self._pos is not None and not self._ended and self._paused_at is None:
            self._paused_at = now

    def resume(self, now: float) -> list[Event]:
        if self._pos is not None and self._paused_at is not None:
            gap = max(0.0, now - self._paused_at)
            self._pos.started_at += gap
            self._pos.paused_s += gap
            self.total_paused_s += gap
            self._paused_at = None
        return self._take()

    def skip(self, now: float) -> list[Event]:
        """Move on to the next phase now; a user-paced set counts as done."""
        if self._pos is None or self._ended:
            return []
        ending = Ending.COMPLETED if self.phase.user_paced else Ending.SKIPPED
        if self.phase.user_paced:
            self._pos.reps = self.phase.target_reps  # "set done": the set's reps are done
        self._finish(ending, now)
        self._enter(self.index + 1, now)
        return self._take()

    def set_done(self, now: float) -> list[Event]:
        return self.skip(now) if self.phase.user_paced else []

    def back(self, now: float) -> list[Event]:
        """Go to the start of the previous phase (or restart the first)."""
        if self._pos is None or self._ended:
            return []
        self._finish(Ending.SKIPPED, now)
        self._enter(max(0, self.index - 1), now)
        return self._take()

    def restart_phase(self, now: float) -> list[Event]:
        if self._pos is None or self._ended:
            return []
        self._finish(Ending.SKIPPED, now)
        self._enter(self.index, now)
        return self._take()

    def stop(self, now: float) -> list[Event]:
        if self._pos is None or self._ended:
            return []
        if self._paused_at is not None:
            self.total_paused_s += max(0.0, now - self._paused_at)
        self._finish(Ending.STOPPED, now)
        self._ended = True
        self._events.append(SessionEnded(stopped=True))
        return self._take()

    # -- time -------------------------------------------------------------------------------
    def due(self, now: float) -> list[Event]:
        """Everything that fell due up to `now`: cues, rep counts, phase ends and starts."""
        if self._pos is None or self._ended or self.paused:
            return self._take()
        while not self._ended:
            # Every comparison is of absolute times computed exactly as next_due_at() computes
            # them, so a timer woken at next_due_at() always finds its event due.
            pos = self._pos
            phase = self.phase
            while pos.cues_fired < len(phase.cues):
                cue = phase.cues[pos.cues_fired]
                cue_at = self._cue_at(cue)
                if cue_at > now:
                    break
                pos.cues_fired += 1
                if cue.at_s == 0.0 and pos.next_cues_fired == -1:
                    continue  # already fired early, at the end of the previous phase
                self._events.append(CueDue(cue, phase, now - cue_at))
                if cue.name == "tick":
                    pos.reps += 1
                    self._events.append(RepCounted(phase, pos.reps))
            if phase.duration_s is None:
                break
            self._fire_next_start_cues_early(now)
            deadline = pos.started_at + phase.duration_s
            if now < deadline:
                break
            if phase.kind is PhaseKind.SET:
                pos.reps = phase.target_reps
                self._events.append(RepCounted(phase, pos.reps))
            early = pos.next_cues_fired
            self._finish(Ending.COMPLETED, deadline)
            self._enter(self.index + 1, deadline, start_cues_fired=early > 0)
        return self._take()

    def next_due_at(self) -> float | None:
        """Monotonic time of the next cue or phase end, for a timer to wait until."""
        if self._pos is None or self._ended or self.paused:
            return None
        pos, phase = self._pos, self.phase
        times = []
        if pos.cues_fired < len(phase.cues):
            times.append(self._cue_at(phase.cues[pos.cues_fired]))
        if phase.duration_s is not None:
            end = pos.started_at + phase.duration_s
            times.append(end)
            if self.lead_s > 0 and pos.next_cues_fired <= 0 and self._next_start_cues():
                times.append(end - self.lead_s)
        return min(times) if times else None

    # -- inside -----------------------------------------------------------------------------
    def _next_start_cues(self) -> list[Cue]:
        after = self.timeline.next_after(self.index)
        return [cue for cue in after.cues if cue.at_s == 0.0] if after else []

    def _cue_at(self, cue: Cue) -> float:
        """Monotonic time a cue of the current phase is due (lead_s early)."""
        return self._pos.started_at + cue.at_s - self.lead_s

    def _fire_next_start_cues_early(self, now: float) -> None:
        """With a lead time, the cues that open the next phase fire before it starts."""
        pos, phase = self._pos, self.phase
        if self.lead_s <= 0 or pos.next_cues_fired > 0 or phase.duration_s is None:
            return
        due_at = pos.started_at + phase.duration_s - self.lead_s
        if now < due_at:
            return
        after = self.timeline.next_after(self.index)
        starts = self._next_start_cues()
        if not starts or after is None:
            return
        pos.next_cues_fired = 1
        self._events += [CueDue(cue, after, now - due_at) for cue in starts]

    def _enter(self, index: int, at: float, start_cues_fired: bool = False) -> None:
        self._pos = _Position(index=index, started_at=at)
        if start_cues_fired:
            self._pos.next_cues_fired = -1  # its opening cues already sounded
        if self._paused_at is not None:
            # Moving while paused keeps the new phase paused at its start.
            self.total_paused_s += max(0.0, at - self._paused_at)
            self._paused_at = at
        self._events.append(PhaseStarted(self.phase))
        if self.phase.kind is PhaseKind.DONE:
            self._ended = True
            self._events.extend(CueDue(cue, self.phase, 0.0) for cue in self.phase.cues
                                if self._pos.next_cues_fired != -1)
            self._events.append(SessionEnded(stopped=False))

    def _finish(self, ending: Ending, at: float) -> None:
        pos, phase = self._pos, self.phase
        active = max(0.0, (self._paused_at if self._paused_at is not None else at) - pos.started_at)
        if phase.duration_s is not None:
            active = min(active, phase.duration_s)
        if phase.kind is PhaseKind.HOLD:
            reps = 1 if ending is Ending.COMPLETED else 0
        else:
            reps = pos.reps
        paused = pos.paused_s  # and the pause under way, when it ends here (stop, skip, back)
        if self._paused_at is not None:
            paused += max(0.0, at - self._paused_at)
        self._events.append(PhaseFinished(PhaseOutcome(phase, ending, active, paused, reps)))

    def _take(self) -> list[Event]:
        events, self._events = self._events, []
        return events
