"""HistoryChanges: the one place on the window side where the athlete's history is changed.

Screens never write the history themselves: the summary, the history list and the page that
offers an interrupted session ask (a signal with what they want done), and this performs the
change on the store and tells them how it went, in words for a failure. Like anki's
`CollectionOp`, one owner, one way to report: `changed` says what changed, for whatever shows
the history. Its own words (the history missing, a change that failed) are the athlete's
language (context HistoryChanges); the store's own messages come as the store words them.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal

from isohold.core.history.leg_tests import TestKind, TestResult
from isohold.core.history.records import SessionRecord
from isohold.core.history.shortfall import status_of
from isohold.core.history.store import HistoryError, HistoryStore, ResumeInfo
from isohold.ui.shared.labels import filled
from isohold.ui.shared.said import error_text

# in English; said in the athlete's language (QCoreApplication.translate("HistoryChanges", ...))
NO_HISTORY = QT_TRANSLATE_NOOP("HistoryChanges",
                               "The history is not available, so this session was not saved.")
NO_HISTORY_TEST = QT_TRANSLATE_NOOP(
    "HistoryChanges", "The history is not available, so this test result was not kept.")


class HistoryChanges(QObject):
    changed = Signal(str, str)  # what was done ("saved", "deleted", "notes", ...) and the UUID
    # (for a leg test: "test", "test_deleted" or "test_restored" and the test's value)

    def __init__(self, store: Callable[[], HistoryStore | None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store  # the window's store, opened on first use

    def save(self, record: SessionRecord) -> str:
        """A finished session with the athlete's inputs; its status by the one rule."""
        record.status = status_of(record)
        return self._perform("saved", record.uuid, lambda store: store.finish(record,
                                                                               record.status))

    def delete(self, uuid: str) -> str:
        return self._perform("deleted", uuid, lambda store: store.delete(uuid))

    def undo_delete(self, uuid: str) -> str:
        return self._perform("restored", uuid, lambda store: store.undo_delete(uuid))

    def update_notes(self, uuid: str, notes: str, rpe: int | None) -> str:
        """The notes and effort (RPE 1-10, or None) of a saved session, and nothing else."""
        return self._perform("notes", uuid, lambda store: store.update_notes(uuid, notes, rpe))

    def update_reflection(self, uuid: str, *, notes: str, rpe: int | None,
                          pain_during: int | None,
                          box_reports: dict[int, tuple[bool | None, bool | None]] | None = None
                          ) -> str:
        """The summary's answers on a saved session: notes, effort, pain during (0-10) and
        per box drill position (knees held, heels off); see HistoryStore.update_reflection."""
        return self._perform("reflection", uuid, lambda store: store.update_reflection(
            uuid, notes=notes, rpe=rpe, pain_during=pain_during, box_reports=box_reports))

    def set_next_morning(self, uuid: str, pain: int | None) -> str:
        """How the legs felt the morning after the session `uuid` (pain 0-10)."""
        return self._perform("next_morning", uuid,
                             lambda store: store.set_next_morning(uuid, pain))

    def set_pain_before(self, uuid: str, pain: int | None) -> str:
        """The pain before the session `uuid` (0-10), the next morning's baseline."""
        return self._perform("pain_before", uuid, lambda store: store.set_pain_before(uuid, pain))

    def add_test(self, taken_at, test: TestKind | str, values_per_side: dict,
                 notes: str = "") -> tuple[list[TestResult], str]:
        """Keep one taking of a leg test: what was kept, or why not (in words). `changed`
        says ("test", the test's value)."""
        kept: list[TestResult] = []
        error = self._perform("test", str(getattr(test, "value", test)), lambda store: kept.extend(
            store.add_test(taken_at, test, values_per_side, notes)), NO_HISTORY_TEST)
        return kept, error

    def delete_test(self, test: TestKind | str, taken_at) -> str:
        return self._perform("test_deleted", str(getattr(test, "value", test)),
                             lambda store: store.delete_test(test, taken_at), NO_HISTORY_TEST)

    def undo_delete_test(self, test: TestKind | str, taken_at) -> str:
        return self._perform("test_restored", str(getattr(test, "value", test)),
                             lambda store: store.undo_delete_test(test, taken_at),
                             NO_HISTORY_TEST)

    def discard(self, uuid: str) -> str:
        """An interrupted session thrown away (undoable until Isohold closes, like delete)."""
        return self._perform("discarded", uuid, lambda store: store.discard(uuid))

    def keep_stopped_early(self, uuid: str) -> str:
        return self._perform("kept", uuid, lambda store: store.save_as_stopped_early(uuid))

    def resume(self, uuid: str) -> tuple[ResumeInfo | None, str]:
        """Take an interrupted session up again: its resume info, or why not."""
        found: list[ResumeInfo] = []
        error = self._perform("resumed", uuid, lambda store: found.append(store.resume(uuid)))
        return (found[0] if found else None), error

    # -- the screens that ask ---------------------------------------------------------------
    def serve_list(self, view) -> None:
        """The history list asks to delete a session, to bring it back, and to change the
        notes and RPE of one."""
        view.delete_requested.connect(lambda line: view.deleted(line, self.delete(line.uuid)))
        view.undo_requested.connect(lambda uuid: view.restored(uuid, self.undo_delete(uuid)))
        view.edit_requested.connect(
            lambda uuid, notes, rpe: view.edited(uuid, self.update_notes(uuid, notes, rpe)))

    def serve_interrupted(self, page, resumed: Callable[[ResumeInfo], None],
                          settled: Callable[[], None]) -> None:
        """The interrupted-session page: resume it (then `resumed`), keep it as stopped early
        or discard it (then `settled`); a failure is said on the page."""
        def resume(uuid: str) -> None:
            info, error = self.resume(uuid)
            page.show_error(error) if error else resumed(info)

        def settle(error: str) -> None:
            page.show_error(error) if error else settled()

        page.resume_requested.connect(resume)
        page.keep_requested.connect(lambda uuid: settle(self.keep_stopped_early(uuid)))
        page.discard_requested.connect(lambda uuid: settle(self.discard(uuid)))

    def _perform(self, what: str, uuid: str, change, unavailable: str = NO_HISTORY) -> str:
        store = self._store()
        if store is None:
            return QCoreApplication.translate("HistoryChanges", unavailable)
        try:
            change(store)
        except HistoryError as error:
            return error_text(error)  # in the athlete's language
        except Exception as error:  # noqa: BLE001 - said on screen, never swallowed
            return filled(self.tr("Isohold could not change the history (%1: %2)."),
                          type(error).__name__, error)
        self.changed.emit(what, uuid)
        return ""
