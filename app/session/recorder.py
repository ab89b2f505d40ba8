"""HistoryRecorder: writes the session to the history as it goes, listening to the runner.

After every finished phase the session in progress is rewritten in one transaction, so a crash
loses at most the phase that was running. When the session ends its status comes from the one
rule (`isohold.core.history.shortfall`): completed only when it reached its end with all the planned
work done. It is written keyed by its UUID: writing it again updates it.

A preview (`isohold --speed 10`: the runner's clock runs 10x fast) is recorded like any session
but with its clock's speed (`record.clock_speed`), so the history marks it and counts it as no
training; its times are session-clock seconds, as the summary and the export say.

A failed write never stops the session, whatever the reason: `write_failed` carries the message
(the screen and the summary say it), and `record` still holds everything, for the summary to
show and export.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal

from isohold.core.history.records import REAL_SPEED, SessionRecord, Status, now_local
from isohold.core.history.shortfall import shortfall, status_of
from isohold.core.history.store import HistoryError, HistoryStore, ResumeInfo
from isohold.core.history.tally import SessionTally
from isohold.core.routines import SessionPlan
from isohold.core.session import PhaseOutcome
from isohold.core.timeline import Timeline
from isohold.core.words import Message

# The recorder's messages are filed in the catalogue's "Problems" context by these marks (the
# core's are found by their Message); `isohold.ui.shared.said.said` says them where shown.
NO_HISTORY = Message(QT_TRANSLATE_NOOP(
    "Problems", "The history is not available: this session is not being saved."))
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Problems", "Isohold could not write this session to the history (%1: %2). The session "
    "can still be exported.")


class HistoryRecorder(QObject):
    write_failed = Signal(str)  # what went wrong, in words for the athlete
    ended = Signal(object, object)  # the SessionRecord and its Shortfall, once the session ends
    recorded = Signal(object)  # SessionRecord, once the finished session is safely written

    def __init__(self, runner, store: HistoryStore | None, plan: SessionPlan,
                 timeline: Timeline, parent: QObject | None = None,
                 resume: ResumeInfo | None = None) -> None:
        super().__init__(parent)
        self.store = store
        speed = clock_speed(runner)
        if resume is not None:
            self.record = resume.record
            self.record.status = Status.IN_PROGRESS
            self.record.reached_end = False
            if speed != REAL_SPEED:  # resumed on a fast clock: from now on it is a preview
                self.record.clock_speed = speed
        else:
            self.record = SessionRecord.new(plan, planned_s=timeline.estimated_s,
                                            clock_speed=speed)
        self.tally = SessionTally(self.record, timeline)
        self.error = ""  # the last write failure, "" when all went well
        self._begun = resume is not None
        runner.phase_started.connect(self._on_phase_started)
        runner.phase_finished.connect(self._on_phase_finished)
        runner.session_finished.connect(lambda: self._on_end(reached_end=True))
        runner.session_stopped.connect(lambda: self._on_end(reached_end=False))

    @property
    def saved(self) -> bool:
        """The finished session is in the history."""
        return self.record.status in (Status.COMPLETED, Status.STOPPED_EARLY) and not self.error

    def _on_phase_started(self, phase, _following) -> None:
        """A phase began after the last one finished: write both (where to resume, and what
        was done), in one transaction."""
        self.record.phase_index = phase.index
        if not self._begun:  # the session is under way: it exists in the history from now on
            self._begun = True
            self._write(lambda: self.store.begin(self.record))
        elif self.record.status is Status.IN_PROGRESS:
            self._write(lambda: self.store.record_phase(self.record))

    def _on_phase_finished(self, outcome: PhaseOutcome) -> None:
        self.tally.add(outcome)

    def _on_end(self, reached_end: bool) -> None:
        self.record.reached_end = reached_end
        status = status_of(self.record)
        self.record.status = status
        self.record.ended_at = now_local()
        self.ended.emit(self.record, shortfall(self.record))
        if self._write(lambda: self.store.finish(self.record, status)):
            self.recorded.emit(self.record)

    def _write(self, action) -> bool:
        if self.store is None:
            self.error = self.error or NO_HISTORY
            return False
        try:
            action()
        except Exception as error:  # noqa: BLE001 - a failed write must never be swallowed
            # HistoryError carries words for the athlete; anything else (a value SQLite cannot
            # take, a bug) is said too, rather than lost with the session.
            # `error` is a Message (the core's words, said in the language where it is shown)
            self.error = error.args[0] if isinstance(error, HistoryError) and \
                len(error.args) == 1 and isinstance(error.args[0], str) else Message(
                NOT_WRITTEN, type(error).__name__, str(error))
            self.write_failed.emit(self.error)
            return False
        if self.error and self.record.status is not Status.IN_PROGRESS:
            self.error = ""  # the finished session got through after all
        return True


def clock_speed(runner) -> float:
    """The speed of the runner's session clock (session seconds per real second); 1 when the
    clock does not say (a stand-in clock in a test)."""
    speed = getattr(getattr(runner, "clock", None), "speed", REAL_SPEED)
    return float(speed) if isinstance(speed, (int, float)) and speed > 0 else REAL_SPEED
