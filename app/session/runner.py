"""SessionRunner: a QStateMachine that walks a timeline, with deadlines on an injected clock.

The screen, the cue player and the history recorder subscribe to its signals. Time is decided
by `app.core.session.Session` (deadlines on a monotonic clock, pauses excluded exactly); the
state machine mirrors where the session is (a named state per phase kind, paused as a history
state, finished, stopped). Timers only prompt: a precise single-shot wakes the runner at the
next deadline, and a coarse one prompts repaints. Neither is ever counted.
"""

from __future__ import annotations

import math
import time

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtStateMachine import QFinalState, QHistoryState, QState, QStateMachine

from app.core.clock import SLEEP_GAP_S, Clock, SleepWatch
from app.core.phases import Phase, PhaseKind
from app.core.session import (CueDue, Event, PhaseFinished, PhaseStarted, RepCounted, Session,
                              SessionEnded)
from app.core.timeline import Timeline

REPAINT_MS = 50
WAKE_EARLY_S = 0.0015  # the precise timer is asked to wake this much before a deadline
SPIN_S = 0.003  # and the runner waits out at most this much itself
SLEPT = "slept"  # the pause reason when the computer went to sleep mid-session


class _Trigger(QObject):
    fire = Signal()


class SessionRunner(QObject):
    phase_started = Signal(object)  # Phase
    phase_finished = Signal(object)  # PhaseOutcome
    remaining_changed = Signal(object)  # seconds left in the phase; None when user-paced
    cues_due = Signal(tuple)  # the cue names due at one moment, before anything else of it
    cue_due = Signal(str)  # each of them, in order, among the moment's other events
    rep_counted = Signal(int)  # reps so far in a user-paced set
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
        self.session = Session(timeline, lead_s=max(0.0, lead_s) * clock.speed)
        self.pause_reason = ""
        self._start_index, self._start_paused = 0, False
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
        idle = QState(self.machine, objectName="idle")
        running = QState(self.machine, objectName="running")
        self._states: dict[PhaseKind, QState] = {}
        self._triggers: dict[str, _Trigger] = {}
        for kind in PhaseKind:
            if kind is PhaseKind.DONE:
                continue
            state = QState(running, objectName=kind.value)
            self._states[kind] = state
            running.addTransition(self._trigger(kind.value).fire, state)
            idle.addTransition(self._trigger(kind.value).fire, state)
        running.setInitialState(self._states[PhaseKind.GET_READY])
        history = QHistoryState(running, objectName="resume_point")
        history.setDefaultState(self._states[PhaseKind.GET_READY])
        paused = QState(self.machine, objectName="paused")
        finished = QFinalState(self.machine, objectName="finished")
        stopped = QFinalState(self.machine, objectName="stopped")
        running.addTransition(self._trigger("pause").fire, paused)
        paused.addTransition(self._trigger("resume").fire, history)
        for source in (running, paused):
            source.addTransition(self._trigger("finish").fire, finished)
            source.addTransition(self._trigger("stop").fire, stopped)
        self.machine.setInitialState(idle)
        self.machine.started.connect(self._begin, Qt.ConnectionType.QueuedConnection)

    def _trigger(self, name: str) -> _Trigger:
        if name not in self._triggers:
            self._triggers[name] = _Trigger(self)
        return self._triggers[name]

    def state_names(self) -> set[str]:
        """The names of the machine's active states, e.g. {"running", "hold"}."""
        return {state.objectName() for state in self.machine.configuration()}

    # -- what the screen asks -------------------------------------------------------------
    @property
    def phase(self) -> Phase:
        return self.session.phase

    @property
    def next_phase(self) -> Phase | None:
        return self.timeline.next_after(self.session.index)

    @property
    def is_paused(self) -> bool:
        return self.session.paused

    @property
    def is_over(self) -> bool:
        return self.session.ended

    def remaining(self) -> float | None:
        return self.session.remaining(self.clock.now())

    def elapsed(self) -> float:
        return self.session.elapsed(self.clock.now())

    def session_remaining(self) -> float:
        return self.session.session_remaining(self.clock.now())

    # -- commands -------------------------------------------------------------------------
    def start(self, at_index: int = 0, paused: bool = False) -> None:
        """Start the machine; the session begins once the event loop turns (`phase_started`).

        `at_index` resumes an interrupted session at the phase it had reached; `paused` waits
        there, paused, until the athlete is ready.
        """
        if not self.machine.isRunning() and not self.session.started:
            self._start_index, self._start_paused = at_index, paused
            self.machine.start()

    def _begin(self) -> None:
        self._sleep_watch.rebase()
        self._dispatch(self.session.start_at(self._start_index, self.clock.now()))
        if self._start_paused:
            self.pause()
            return
        self._repaint.start()
        self.tick()

    def pause(self, reason: str = "", at: float | None = None) -> None:
        """Pause now, or (`at`) from an earlier moment on the session clock."""
        if not self.session.started or self.session.ended or self.session.paused:
            return
        self.session.pause(self.clock.now() if at is None else at)
        self.pause_reason = reason
        self._wake.stop()
        self._repaint.stop()
        self._trigger("pause").fire.emit()
        self.paused.emit(reason)
        self.remaining_changed.emit(self.remaining())

    def resume(self) -> None:
        if not self.session.paused or self.session.ended:
            return
        self._sleep_watch.rebase()
        events = self.session.resume(self.clock.now())
        self.pause_reason = ""
        self._trigger("resume").fire.emit()
        self._sync_state()
        self.resumed.emit()
        self._dispatch(events)
        self._repaint.start()
        self.tick()

    def set_lead(self, seconds: float) -> None:
        """Cues fire `seconds` of real time before their deadline (the output's latency)."""
        self.session.lead_s = max(0.0, seconds) * self.clock.speed
        self.tick()

    def toggle_pause(self) -> None:
        self.resume() if self.session.paused else self.pause()

    def skip(self) -> None:
        self._command(self.session.skip)

    def set_done(self) -> None:
        self._command(self.session.set_done)

    def back(self) -> None:
        self._command(self.session.back)

    def restart_phase(self) -> None:
        self._command(self.session.restart_phase)

    def stop(self) -> None:
        self._command(self.session.stop)

    def _command(self, action) -> None:
        if not self.session.started:
            return
        now = self.clock.now()
        # With what falls due at once (the new phase's opening cues), so the sound goes first.
        self._dispatch(action(now) + self.session.due(now))
        self.tick()

    # -- time -----------------------------------------------------------------------------
    def tick(self) -> None:
        """Look at the clock: fire what fell due, repaint, and sleep until the next deadline."""
        if not self.session.started or self.session.ended:
            return
        if not self.session.paused:
            slept = self._sleep_watch.slept()
            if slept:
                self.pause(SLEPT)
                return
            # Where the monotonic clock runs on through a suspend (Windows), or the GUI froze:
            # a look at the clock long after a deadline pauses at the last look, rather than
            # racing through the phases that were missed.
            now, due = self.clock.now(), self.session.next_due_at()
            if due is not None and self.clock.to_real(now - due) > SLEEP_GAP_S:
                self.pause(SLEPT, at=max(self._last_look, self.session.phase_started_at))
                return
            self._last_look = now
            events = self.session.due(self.clock.now())
            self._dispatch(events)
            # Wait out the last moments only when this wake-up fired nothing, so what it did
            # fire (a cue queued for the player) runs first.
            if not events and self._wait_out_last_moment():
                self._dispatch(self.session.due(self.clock.now()))
        if self.session.ended:
            return
        self.remaining_changed.emit(self.remaining())
        self._schedule_wake()

    def _wait_out_last_moment(self) -> bool:
        """A timer wakes to the millisecond at best, so the runner asks to be woken a little
        early and waits out the last moments here (at most SPIN_S of real time): boundaries
        and cues then fire within a fraction of a millisecond of their deadline."""
        due = self.session.next_due_at()
        if due is None or self.clock.to_real(due - self.clock.now()) > SPIN_S:
            return False
        give_up = time.perf_counter() + SPIN_S
        while self.clock.now() < due and time.perf_counter() < give_up:
            pass
        return self.clock.now() >= due

    def _schedule_wake(self) -> None:
        due = self.session.next_due_at()
        if due is None:
            self._wake.stop()
            return
        wait_s = self.clock.to_real(max(0.0, due - self.clock.now()))
        self._wake.start(max(0, math.floor((wait_s - WAKE_EARLY_S) * 1000)))

    # -- from session events to signals --------------------------------------------------
    def _dispatch(self, events: list[Event]) -> None:
        # The sound first: a cue must not wait for the screen or the history to catch up.
        names = tuple(event.cue.name for event in events if isinstance(event, CueDue))
        if names:
            self.cues_due.emit(names)
        for event in events:
            if isinstance(event, PhaseFinished):
                self.phase_finished.emit(event.outcome)
            elif isinstance(event, PhaseStarted):
                if event.phase.kind is not PhaseKind.DONE:
                    self._sync_state()
                self.phase_started.emit(event.phase)
            elif isinstance(event, CueDue):
                self.cue_due.emit(event.cue.name)
            elif isinstance(event, RepCounted):
                self.rep_counted.emit(event.count)
            elif isinstance(event, SessionEnded):
                self._wake.stop()
                self._repaint.stop()
                self._trigger("stop" if event.stopped else "finish").fire.emit()
                (self.session_stopped if event.stopped else self.session_finished).emit()

    def _sync_state(self) -> None:
        """Put the machine in the state named for the current phase, unless paused."""
        if self.session.paused or self.session.ended:
            return
        kind = self.session.phase.kind
        if kind.value not in self.state_names():
            self._trigger(kind.value).fire.emit()
