"""SessionRunner: the QStateMachine that runs a session, with deadlines on an injected clock.

The state machine is the one owner of where the session is: idle, a named state per phase kind
inside `running` (get_ready, hold, reset, switch, set, rest, next_drill), `paused` (back to the
phase kind through a history state), and the final states `finished` and `stopped`. Its
transitions fire on the deadlines and on the athlete's commands. What goes with the state is
data (`isohold.core.session`): the cursor on the timeline and the moment the session was paused,
replaced as a whole at every step, with an invariant the tests check (`problems()`).

Timers only prompt: a precise single-shot wakes the runner at the next deadline, and a coarse
one prompts repaints. Neither is ever counted. The screen, the cue player and the history
recorder listen to the signals, which carry the values they show.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtStateMachine import QFinalState, QHistoryState, QState, QStateMachine

from isohold.core import session as arithmetic
from isohold.core.clock import SLEEP_GAP_S, Clock, SleepWatch
from isohold.core.phases import Phase, PhaseKind
from isohold.core.session import CueDue, Cursor, Ending, PhaseFinished, PhaseStarted, RepCounted
from isohold.core.timeline import Timeline

REPAINT_MS = 50
WAKE_EARLY_S = 0.0015  # the precise timer is asked to wake this much before a deadline
SPIN_S = 0.003  # and the runner waits out at most this much itself
SLEPT = "slept"  # the pause reason when the computer went to sleep mid-session
KIND_STATES = tuple(kind for kind in PhaseKind if kind is not PhaseKind.DONE)


class _Trigger(QObject):
    fire = Signal()


class SessionRunner(QObject):
    phase_started = Signal(object, object)  # Phase, and the phase after it (or None)
    phase_finished = Signal(object)  # PhaseOutcome
    # seconds left in the phase (None: a set the athlete counts), seconds into the phase, and
    # seconds left in the session, at every repaint
    time_changed = Signal(object, float, float)
    cues_due = Signal(tuple)  # the cue names due at one moment, before anything else of it
    cue_due = Signal(str)  # each of them, in order, among the moment's other events
    cues_withdrawn = Signal()  # cues sent ahead of a phase that did not start after all
    rep_counted = Signal(int)  # reps so far in a set
    paused = Signal(str)  # the reason: "" when asked, SLEPT when the computer slept
    resumed = Signal()
    session_finished = Signal()
    session_stopped = Signal()

    def __init__(self, timeline: Timeline, clock: Clock, parent: QObject | None = None,
                 lead_s: float = 0.0) -> None:
        super().__init__(parent)
        self.timeline = timeline
        self.clock = clock
        # lead_s is real time (an output's latency); the session counts in session seconds.
        self.lead_s = max(0.0, lead_s) * clock.speed
        self.cursor: Cursor | None = None  # extended state: None until started
        self.paused_since: float | None = None  # extended state of `paused`: since when
        self.pause_reason = ""
        self._counted: dict[int, int] = {}  # a counted set's reps when it last ended, by phase
        self._last_look = 0.0  # session clock at the last tick that found the session running
        self._sleep_watch = SleepWatch(clock)
        self._wake = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.tick)
        self._repaint = QTimer(self, interval=REPAINT_MS)
        self._repaint.timeout.connect(self.tick)
        self._build_machine()

    # -- the state machine, built in one place -------------------------------------------
    def _build_machine(self) -> None:
        self.machine = QStateMachine(self, objectName="session")
        self._idle = QState(self.machine, objectName="idle")
        self._running = QState(self.machine, objectName="running")
        self._kinds: dict[PhaseKind, QState] = {}
        self._enter_kind: dict[PhaseKind, _Trigger] = {}
        for kind in KIND_STATES:
            state = QState(self._running, objectName=kind.value)
            self._kinds[kind] = state
            trigger = self._enter_kind[kind] = _Trigger(self)
            # From any phase (itself too: a hold after a hold is entered anew) and from idle;
            # from paused below (moving while paused passes through the phase, pauses again).
            for source in (self._running, self._idle):
                source.addTransition(trigger.fire, state)
        self._running.setInitialState(self._kinds[PhaseKind.GET_READY])
        resume_point = QHistoryState(self._running, objectName="resume_point")
        resume_point.setDefaultState(self._kinds[PhaseKind.GET_READY])
        self._paused = QState(self.machine, objectName="paused")
        for kind, state in self._kinds.items():
            self._paused.addTransition(self._enter_kind[kind].fire, state)
        self._finished = QFinalState(self.machine, objectName="finished")
        self._stopped = QFinalState(self.machine, objectName="stopped")
        self._pause, self._resume = _Trigger(self), _Trigger(self)
        self._finish, self._stop = _Trigger(self), _Trigger(self)
        self._running.addTransition(self._pause.fire, self._paused)
        self._paused.addTransition(self._resume.fire, resume_point)
        for source in (self._running, self._paused, self._idle):
            source.addTransition(self._finish.fire, self._finished)
            source.addTransition(self._stop.fire, self._stopped)
        self.machine.setInitialState(self._idle)
        self._finished.entered.connect(self._on_over)
        self._stopped.entered.connect(self._on_over)
        # QStateMachine.start() is queued: deliver it now, so that a started runner is in
        # `idle` at once and callers never wait for the event loop to turn.
        self.machine.start()
        QCoreApplication.sendPostedEvents(self.machine, QEvent.Type.MetaCall)

    def state_names(self) -> set[str]:
        """The names of the machine's active states, e.g. {"running", "hold"}."""
        return {state.objectName() for state in self.machine.configuration()}

    def _in(self, state: QState) -> bool:
        return state in self.machine.configuration()

    # -- what listeners may ask -----------------------------------------------------------
    @property
    def started(self) -> bool:
        return not self._in(self._idle)

    @property
    def is_paused(self) -> bool:
        return self._in(self._paused)

    @property
    def is_over(self) -> bool:
        return self._in(self._finished) or self._in(self._stopped)

    @property
    def is_running(self) -> bool:
        return self._in(self._running)

    @property
    def phase(self) -> Phase:
        return self.timeline[self.cursor.index if self.cursor else 0]

    @property
    def reps_counted(self) -> int:
        return self.cursor.reps if self.cursor else 0

    def remaining(self) -> float | None:
        if self.cursor is None:
            return self.phase.duration_s
        return arithmetic.remaining(self.timeline, self.cursor, self.clock.now(),
                                    self.paused_since)

    def elapsed(self) -> float:
        if self.cursor is None:
            return 0.0
        return arithmetic.elapsed(self.cursor, self.clock.now(), self.paused_since)

    def session_remaining(self) -> float:
        if self.is_over:
            return 0.0
        if self.cursor is None:
            return self.timeline.estimated_s
        return arithmetic.session_remaining(self.timeline, self.cursor, self.clock.now(),
                                            self.paused_since)

    def next_due_at(self) -> float | None:
        """Session time of the next deadline or cue while running; None when nothing is due
        (paused, over, or a set the athlete counts)."""
        if not self.is_running:
            return None
        return arithmetic.next_due_at(self.timeline, self.cursor, self.lead_s)

    def problems(self) -> list[str]:
        """What is inconsistent between the machine and its data ([] when all is well)."""
        names = self.state_names()
        found = []
        if self.cursor is None:
            return [] if names == {"idle"} else [f"no cursor in {sorted(names)}"]
        found += arithmetic.problems(self.timeline, self.cursor, self.paused_since)
        if (self.paused_since is not None) != ("paused" in names):
            found.append(f"paused_since {self.paused_since} in {sorted(names)}")
        kind = self.phase.kind
        if "running" in names and kind.value not in names:
            found.append(f"phase {kind.value} but states {sorted(names)}")
        if ("finished" in names) != (kind is PhaseKind.DONE):
            found.append(f"phase {kind.value} and states {sorted(names)}")
        if kind is PhaseKind.DONE and "stopped" in names:
            found.append("both finished and stopped")
        return found

    # -- commands -------------------------------------------------------------------------
    def start(self, at_index: int = 0, paused: bool = False) -> None:
        """Start the session at once. `at_index` resumes an interrupted session at the phase
        it had reached; `paused` waits there, paused, until the athlete is ready."""
        if self.started:
            return
        self._sleep_watch.rebase()
        now = self.clock.now()
        self._apply(arithmetic.enter(self.timeline, at_index, now))
        if self.is_over:
            return
        if paused:
            self.pause()
            return
        self._repaint.start()
        self.tick()

    def pause(self, reason: str = "", at: float | None = None) -> None:
        """Pause now, or (`at`) from an earlier moment on the session clock."""
        if not self.is_running:
            return
        now = self.clock.now() if at is None else max(at, self.cursor.started_at)
        self._withdraw_lead()
        self.paused_since, self.pause_reason = now, reason
        self._wake.stop()
        self._repaint.stop()
        self._pause.fire.emit()
        self.paused.emit(reason)
        self._emit_time()

    def resume(self) -> None:
        if not self.is_paused:
            return
        self._sleep_watch.rebase()
        gap = max(0.0, self.clock.now() - self.paused_since)
        self.cursor = arithmetic.resumed(self.cursor, gap)
        self.paused_since, self.pause_reason = None, ""
        self._resume.fire.emit()
        self.resumed.emit()
        self._repaint.start()
        self.tick()

    def toggle_pause(self) -> None:
        self.resume() if self.is_paused else self.pause()

    def set_lead(self, seconds: float) -> None:
        """Cues fire `seconds` of real time before their deadline (the output's latency)."""
        self.lead_s = max(0.0, seconds) * self.clock.speed
        if self.is_running:
            self.tick()

    def skip(self) -> None:
        """Next: move on now. A set ends with the reps counted so far; a phase whose next
        cues are already on their way keeps them (they are heard as the next one starts)."""
        now = self._command_now()
        if now is None:
            return
        complete = arithmetic.set_complete(self.timeline, self.cursor)
        ending = Ending.COMPLETED if complete else Ending.SKIPPED
        self._move(ending, self.cursor.index + 1, now, keep_lead=True)

    def count_rep(self) -> None:
        """Next in a set the athlete counts: one press, one rep; the last planned rep ends it."""
        if not self._can_command():
            return
        if not self._counting():
            self.skip()
            return
        self._apply(arithmetic.count_rep(self.timeline, self.cursor), self.paused_since)
        if arithmetic.set_complete(self.timeline, self.cursor):
            self._move(Ending.COMPLETED, self.cursor.index + 1, self.clock.now())
        else:
            self._after_command()

    def end_set(self) -> None:
        """End a set now with the reps counted (any other phase: the same as Next)."""
        self.skip()

    def next(self) -> None:
        """What Next means here: a rep in a set the athlete counts, else move on."""
        if self.cursor is not None and self._counting():
            self.count_rep()
        else:
            self.skip()

    def back(self) -> None:
        """Back: take back a rep counted in this set, else the start of the previous phase."""
        now = self._command_now()
        if now is None:
            return
        if self._counting() and self.cursor.reps:
            self._apply(arithmetic.uncount_rep(self.timeline, self.cursor))
            self._after_command()
            return
        to_index = max(0, self.cursor.index - 1)
        # Back into a set the athlete counted: it goes on from its count, and when the last
        # rep's press had ended it, that press is taken back (an over-count, said with Back).
        counted = self._counted.get(to_index, 0)
        target = self.timeline[to_index].target_reps or 0
        reps = counted - 1 if target and counted >= target else counted
        self._move(Ending.SKIPPED, to_index, now, reps=reps)

    def restart_phase(self) -> None:
        now = self._command_now()
        if now is not None:
            self._move(Ending.SKIPPED, self.cursor.index, now)

    def stop(self) -> None:
        if self.cursor is None or self.is_over:
            return
        now = self.clock.now()
        if self.is_running:
            self._catch_up(now)
            if self.is_over:
                return
        self._withdraw_lead()
        done = arithmetic.outcome(self.timeline, self.cursor, Ending.STOPPED, now,
                                  self.paused_since)
        self.paused_since = None
        self._wake.stop()
        self._repaint.stop()
        self.phase_finished.emit(done)
        self._stop.fire.emit()
        self.session_stopped.emit()

    # -- time -----------------------------------------------------------------------------
    def tick(self) -> None:
        """Look at the clock: fire what fell due, repaint, and sleep until the next deadline."""
        if self.is_running:
            slept = self._sleep_watch.slept()
            if slept:
                self.pause(SLEPT)
                return
            # Where the monotonic clock runs on through a suspend (Windows), or the GUI froze:
            # a look at the clock long after a deadline pauses at the last look, rather than
            # racing through the phases that were missed.
            now = self.clock.now()
            due = arithmetic.next_due_at(self.timeline, self.cursor, self.lead_s)
            if due is not None and self.clock.to_real(now - due) > SLEEP_GAP_S:
                self.pause(SLEPT, at=max(self._last_look, self.cursor.started_at))
                return
            self._last_look = now
            fired = self._catch_up(now)
            # Wait out the last moments only when this wake-up fired nothing, so what it did
            # fire (a cue queued for the player) runs first.
            if not fired and self._wait_out_last_moment():
                self._catch_up(self.clock.now())
        if self.is_over or not self.started:
            return
        self._emit_time()
        self._schedule_wake()

    def _catch_up(self, now: float) -> bool:
        """Apply what fell due up to `now`; True if anything did."""
        if not self.is_running:
            return False
        step = arithmetic.due(self.timeline, self.cursor, now, self.lead_s)
        self._apply(step)
        return bool(step.events)

    def _wait_out_last_moment(self) -> bool:
        """A timer wakes to the millisecond at best, so the runner asks to be woken a little
        early and waits out the last moments here (at most SPIN_S of real time): boundaries
        and cues then fire within a fraction of a millisecond of their deadline."""
        due = arithmetic.next_due_at(self.timeline, self.cursor, self.lead_s)
        if due is None or self.clock.to_real(due - self.clock.now()) > SPIN_S:
            return False
        give_up = time.perf_counter() + SPIN_S
        while self.clock.now() < due and time.perf_counter() < give_up:
            pass
        return self.clock.now() >= due

    def _schedule_wake(self) -> None:
        if not self.is_running:
            self._wake.stop()
            return
        due = arithmetic.next_due_at(self.timeline, self.cursor, self.lead_s)
        if due is None:
            self._wake.stop()
            return
        wait_s = self.clock.to_real(max(0.0, due - self.clock.now()))
        self._wake.start(max(0, math.floor((wait_s - WAKE_EARLY_S) * 1000)))

    def _emit_time(self) -> None:
        self.time_changed.emit(self.remaining(), self.elapsed(), self.session_remaining())

    # -- inside ---------------------------------------------------------------------------
    def _can_command(self) -> bool:
        return self.cursor is not None and not self.is_over

    def _command_now(self) -> float | None:
        """The moment a command acts, after what fell due before it; None when none can."""
        if not self._can_command():
            return None
        now = self.clock.now()
        self._catch_up(now)
        return None if self.is_over else now

    def _counting(self) -> bool:
        """The phase is a set the athlete counts (no beat): Next is a rep, Back takes one."""
        return self.phase.kind is PhaseKind.SET and not self.phase.cadence_s

    def _withdraw_lead(self) -> None:
        """Cues sent ahead of the next phase, which will not start now: take them back."""
        if self.cursor is not None and self.cursor.opening_sent:
            self.cursor = self.cursor._replace(opening_sent=False)
            self.cues_withdrawn.emit()

    def _move(self, ending: Ending, to_index: int, now: float, keep_lead: bool = False,
              reps: int = 0) -> None:
        """End the current phase now and start `to_index`; paused stays paused at its start.
        With `keep_lead` the next phase's cues already sent count as its opening cues."""
        lead = keep_lead and self.cursor.opening_sent and to_index == self.cursor.index + 1
        if not lead:
            self._withdraw_lead()
        paused_at = self.paused_since
        step = arithmetic.move(self.timeline, self.cursor, ending, to_index, now, paused_at,
                               opening_sent=lead, reps=reps)
        if paused_at is not None:  # the pause so far belongs to the phase that ended
            self.paused_since = now
        self._apply(step, paused_at=self.paused_since)
        self._after_command()

    def _after_command(self) -> None:
        if self.is_running:
            # With what falls due at once (the new phase's opening cues), so the sound goes first.
            self._catch_up(self.clock.now())
        if not self.is_over:
            self._emit_time()
            self._schedule_wake()

    def _apply(self, step: arithmetic.Step, paused_at: float | None = None) -> None:
        """Take the new cursor, move the machine, and tell the listeners, sound first."""
        self.cursor = step.cursor
        names = tuple(event.cue.name for event in step.events if isinstance(event, CueDue))
        if names:
            self.cues_due.emit(names)
        for event in step.events:
            if isinstance(event, PhaseFinished):
                done = event.outcome
                if done.phase.kind is PhaseKind.SET and not done.phase.cadence_s:
                    self._counted[done.phase.index] = done.reps_done
                self.phase_finished.emit(done)
            elif isinstance(event, PhaseStarted):
                self._enter_state(event.phase, paused_at)
                self.phase_started.emit(event.phase, self.timeline.next_after(event.phase.index))
                if event.phase.kind is PhaseKind.DONE:
                    self._finish.fire.emit()
            elif isinstance(event, CueDue):
                self.cue_due.emit(event.cue.name)
            elif isinstance(event, RepCounted):
                self.rep_counted.emit(event.count)

    def _enter_state(self, phase: Phase, paused_at: float | None) -> None:
        if phase.kind is PhaseKind.DONE:
            self.paused_since = None
            return
        self._enter_kind[phase.kind].fire.emit()
        if paused_at is not None:  # moved while paused: the new phase waits at its start
            self._pause.fire.emit()

    def _on_over(self) -> None:
        self._wake.stop()
        self._repaint.stop()
        if self._in(self._finished):
            self.session_finished.emit()
