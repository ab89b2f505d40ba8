"""HistoryRecorder: writes the session to the history as it goes, listening to the runner.

After every finished phase the session in progress is rewritten in one transaction, so a crash
loses at most the phase that was running. When the session finishes (or is stopped) it is
written as completed (or stopped early), keyed by its UUID: writing it again updates it.
A failed write never stops the session: `write_failed` carries the message, and `record` still
holds everything, for the summary to show and export.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from app.core.history.records import SessionRecord, Status, now_local
from app.core.history.store import HistoryError, HistoryStore, ResumeInfo
from app.core.history.tally import SessionTally
from app.core.routines import SessionPlan
from app.core.phases import PhaseKind
from app.core.session import Ending, PhaseOutcome
from app.session.runner import SessionRunner


WORK = (PhaseKind.HOLD, PhaseKind.SET)


class HistoryRecorder(QObject):
    write_failed = Signal(str)  # what went wrong, in words for the athlete
    recorded = Signal(object)  # SessionRecord, once the finished session is safely written

    def __init__(self, runner: SessionRunner, store: HistoryStore | None, plan: SessionPlan,
                 parent: QObject | None = None, resume: ResumeInfo | None = None) -> None:
        super().__init__(parent)
        self.runner = runner
        self.store = store
        if resume is not None:
            self.record = resume.record
            self.record.status = Status.IN_PROGRESS
        else:
            self.record = SessionRecord.new(plan, planned_s=runner.timeline.estimated_s)
        self.tally = SessionTally(self.record)
        # The holds and sets of the plan, and those done: reaching the end with some of them
        # skipped is not a completed session. A resumed one did those before its phase.
        self._work = {p.index for p in runner.timeline.phases if p.kind in WORK}
        self._done = set(range(resume.phase_index)) if resume is not None else set()
        self.error = ""  # the last write failure, "" when all went well
        self._begun = resume is not None
        runner.phase_started.connect(self._on_phase_started)
        runner.phase_finished.connect(self._on_phase_finished)
        runner.session_finished.connect(lambda: self._on_end(Status.COMPLETED))
        runner.session_stopped.connect(lambda: self._on_end(Status.STOPPED_EARLY))

    @property
    def saved(self) -> bool:
        """The finished session is in the history."""
        return self.record.status in (Status.COMPLETED, Status.STOPPED_EARLY) and not self.error

    def _on_phase_started(self, _phase) -> None:
        if not self._begun:  # the session is under way: it exists in the history from now on
            self._begun = True
            self._write(lambda: self.store.begin(self.record))

    def _on_phase_finished(self, outcome: PhaseOutcome) -> None:
        self.tally.add(outcome, self.runner.session.index)
        if outcome.ending is Ending.COMPLETED:
            self._done.add(outcome.phase.index)
        if self.record.status is Status.IN_PROGRESS:
            self._write(lambda: self.store.record_phase(self.record))

    def _on_end(self, status: Status) -> None:
        if status is Status.COMPLETED and not self._work <= self._done:
            status = Status.STOPPED_EARLY  # it reached the end, but with work skipped
        self.record.status = status
        self.record.ended_at = now_local()
        if self._write(lambda: self.store.finish(self.record, status)):
            self.recorded.emit(self.record)

    def _write(self, action) -> bool:
        if self.store is None:
            self.error = self.error or "The history is not available: this session was not saved."
            return False
        try:
            action()
        except HistoryError as error:
            self.error = str(error)
            self.write_failed.emit(self.error)
            return False
        if self.error and self.record.status is not Status.IN_PROGRESS:
            self.error = ""  # the finished session got through after all
        return True
