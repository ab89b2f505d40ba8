"""HistoryStore: the athlete's training record in one SQLite file, safe against crashes.

One connection, WAL journal, `synchronous=FULL` (a commit that returned survives power loss),
every write one transaction. The session in progress is rewritten after each finished phase;
finishing is an upsert keyed by the session's UUID, so it can never be recorded twice.
On open the file is checked before anything is written: a damaged journal (-wal) is copied
aside with the file first, so the sessions in it are kept; an unreadable file, or another
program's SQLite file, is moved aside (never deleted, never changed) and a fresh one started; a
file that can be read but not written is opened read-only (viewing and exporting work). Sessions
left in progress by a crash become `interrupted`, for the athlete to resume, keep as stopped
early, or discard. Every read leaves out a row it cannot make sense of, and says so.
"""

from __future__ import annotations

import copy
import json
import re
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from isohold.core import paths

try:
    import fcntl
    msvcrt = None
except ImportError:  # Windows
    fcntl = None
    import msvcrt
from isohold.core.history import inputs, leg_tests, rows, schema
from isohold.core.history.file_checks import (_READ_ONLY, _UNREADABLE, FileChecks,
                                          HistoryError, HistoryUnavailableError,
                                          HistoryWriteError, _primary, _ReadOnly, _sound,
                                          _Unreadable)
from isohold.core.history.leg_tests import LegTestRecords
from isohold.core.history.records import FINISHED, SessionLine, SessionRecord, Status, now_local
from isohold.core.history.reflection import SessionReports
from isohold.core.routines import Routine, SessionPlan
from isohold.core.words import Message

FILE_NAME = "history.sqlite3"
LAST_LOOKS = 20  # rows read for the last session: unreadable ones are passed over
_READS_FROM = 5  # the oldest file version whose tables the reads understand (with
# schema.read_as_current for the columns added since)
READ_ONLY_NOTICE = Message("The history is read-only: sessions can be viewed and exported but "
                           "new ones will not be saved")


def default_path() -> Path:
    return paths.data_dir() / FILE_NAME


@dataclass(frozen=True)
class ResumeInfo:
    """An interrupted session and what it takes to carry on with it."""

    record: SessionRecord
    phase_index: int  # the timeline phase it had reached; resume there

    @property
    def routine_id(self) -> str:
        return self.record.routine_id

    def plan_for(self, routine: Routine) -> SessionPlan:
        """The session's plan again, with its setup choices, to recompile the timeline.

        A stored choice holding anything but numbers (a damaged row) is left to the drill's
        defaults, like one that no longer fits the routine.
        """
        from isohold.core.history.records import plan_from_dict

        plan = copy.deepcopy(self.record.plan)  # the record keeps what was read
        for key in ("positions", "choices"):
            found = plan.get(key)
            choices = found if isinstance(found, list) else \
                list(found.values()) if isinstance(found, dict) else []
            for choice in choices:
                if isinstance(choice, dict) and not all(
                        value is None or _is_number(value) for value in choice.values()):
                    choice.clear()
        return plan_from_dict(routine, plan)


class HistoryStore(FileChecks, SessionReports, LegTestRecords):
    """The history file: sessions (written here), the athlete's reports on them
    (`SessionReports`: notes, effort, pain, box reports) and leg-test results
    (`LegTestRecords`)."""

    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.moved_aside: Path | None = None  # where an unreadable or foreign old file was put
        self.journal_kept: Path | None = None  # a copy of the file taken for its damaged journal
        self.read_only = False  # the file can be read, not written: nothing new is saved
        self.found_interrupted: list[str] = []  # UUIDs left in progress by the last run
        self.left_out: list[str] = []  # UUIDs of rows the last read could not make sense of
        self._notices: list[str] = []  # what to tell the athlete after opening
        self._lock = None  # the open lock file, while this store has the history
        self._db = self._open()

    # -- opening ----------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryUnavailableError(Message(
                "Isohold cannot create its history folder %1: %2. Sessions will not be saved.",
                str(self.path.parent), error.strerror or str(error))) from error
        self._keep_damaged_journal()  # before any connection can checkpoint it away
        try:
            self._check_identity()
            db = self._connect_checked()
        except _Unreadable:
            self._set_aside("unreadable")
            db = self._connect_checked()
        except _ReadOnly as error:
            return self._open_read_only(error.reason)
        try:
            schema.migrate(db)
            self._recover(db)
        except sqlite3.Error as error:
            db.close()
            if self._lock is not None:
                self._lock.close()
                self._lock = None
            if _primary(error) in _READ_ONLY and self._has_file():
                return self._open_read_only(str(error))
            raise HistoryUnavailableError(self._explain(error, "open")) from error
        return db

    def _open_read_only(self, reason: str) -> sqlite3.Connection:
        """The file can be read but not written: open it for viewing and exporting only."""
        try:
            db = self._connect_read_only()
            version = schema.version_of(db)
            if not _sound(db):
                db.close()
                raise sqlite3.DatabaseError("the file is damaged")
        except sqlite3.Error as error:
            raise HistoryUnavailableError(Message(
                "The history file %1 cannot be written (%2) and could not be read either (%3). "
                "Sessions will not be saved; it was left as it is.", str(self.path), reason,
                str(error))) from error
        if not _READS_FROM <= version <= schema.VERSION:
            db.close()
            raise HistoryUnavailableError(Message(
                "The history file %1 cannot be written (%2) and is from an older Isohold (file "
                "version %3), which this one can only read after upgrading it. It was left as "
                "it is.", str(self.path), reason, version) if version < _READS_FROM
                else Message(
                "The history file %1 cannot be written (%2) and is from a newer Isohold (file "
                "version %3), which this one can only read after upgrading it. It was left as "
                "it is.", str(self.path), reason, version))
        schema.read_as_current(db)  # columns added since, as the upgrade would fill them
        self.read_only = True
        self._notices.append(Message("%1 (%2 cannot be written: %3).", READ_ONLY_NOTICE,
                                     str(self.path), reason))
        return db

    def _claim(self) -> bool:
        """Hold a lock beside the file while open; False if another live Isohold holds it.

        The operating system drops the lock when a process dies, even by kill -9, so only a
        session in progress whose app is gone is taken for an interrupted one.
        """
        try:
            self._lock = open(f"{self.path}.lock", "a+b")  # noqa: SIM115 - held while open
        except OSError:
            return True  # no lock file possible: assume we are alone
        try:
            if fcntl is not None:
                fcntl.flock(self._lock.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
            elif msvcrt is not None:
                msvcrt.locking(self._lock.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            self._lock.close()
            self._lock = None
            return False
        return True

    def _recover(self, db: sqlite3.Connection) -> None:
        """Sessions still in progress belong to a run that died: mark them interrupted."""
        if not self._claim():
            return  # another Isohold has this history open: its session is still running
        self.found_interrupted = [row[0] for row in db.execute(
            "SELECT uuid FROM sessions WHERE status = 'in_progress' AND deleted_at IS NULL")]
        if not self.found_interrupted and not db.execute(
                "SELECT 1 FROM sessions WHERE status = 'in_progress' OR deleted_at IS NOT NULL "
                "UNION ALL SELECT 1 FROM test_results WHERE deleted_at IS NOT NULL "
                "LIMIT 1").fetchone():
            return  # nothing to recover or purge: no write, no fsync
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE sessions SET status = 'interrupted' WHERE status = 'in_progress'")
        db.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL")  # undo ended with that run
        leg_tests.purge_deleted(db)
        db.execute("COMMIT")
        if self.found_interrupted:  # one that cannot be read is not offered; say so at once
            left_out: list[str] = []
            rows.read_records(db, "status = 'interrupted'", (), left_out)
            if left_out:
                self._notices.append(Message(
                    "%1 It was left in progress when Isohold closed and cannot be resumed.",
                    rows.left_out_text(left_out, self.path)))

    @property
    def notice(self) -> str:
        """What to tell the athlete after opening (a file moved or kept aside, read-only
        access, an interrupted session that cannot be read), or ""."""
        if not self._notices:
            return ""
        told = self._notices[0]
        for notice in self._notices[1:]:  # chained, so that each is said in the language
            told = Message("%1\n\n%2", told, notice)
        return told

    @property
    def left_out_notice(self) -> str:
        """What to tell the athlete about rows the last read left out, or ""."""
        return rows.left_out_text(self.left_out, self.path)

    def close(self) -> None:
        self._db.close()
        if self._lock is not None:
            self._lock.close()  # releases the lock
            self._lock = None

    def __enter__(self) -> "HistoryStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- writing a session ------------------------------------------------------------------
    def begin(self, record: SessionRecord) -> None:
        """Write a session that has just started (status in progress)."""
        self.record_phase(record)

    def record_phase(self, record: SessionRecord) -> bool:
        """Rewrite the session in progress after a finished phase, in one transaction.

        Does nothing (returns False) once the session has been finished: a late phase never
        turns a completed session back into one in progress.
        """
        with self._writing(record) as db:
            status = self._status(db, record.uuid)
            if status is not None and status != Status.IN_PROGRESS.value:
                return False
            rows.write_record(db, record, Status.IN_PROGRESS, now_local())
            return True

    def finish(self, record: SessionRecord, status: Status = Status.COMPLETED) -> None:
        """Write the finished session; again with the same UUID updates it (notes, RPE, pain,
        box reports...; a next-morning answer it does not carry is kept). A report out of its
        range raises HistoryValueError and nothing is written."""
        if status not in FINISHED:
            raise ValueError(f"finish needs completed or stopped_early, not {status.value}")
        inputs.record(record)
        record.status = status
        if record.ended_at is None:
            record.ended_at = now_local()
        with self._writing(record) as db:
            rows.write_record(db, record, status, now_local())

    def add_finished(self, records: list[SessionRecord]) -> None:
        """Write many finished sessions in one transaction (an import, made-up history)."""
        for record in records:
            if record.status not in FINISHED:
                raise ValueError(f"{record.uuid} is {record.status.value}, not finished")
            inputs.record(record)
        with self._writing(*records) as db:
            for record in records:
                rows.write_record(db, record, record.status, record.ended_at or now_local())

    # -- interrupted sessions ---------------------------------------------------------------
    def interrupted(self) -> list[SessionRecord]:
        """Sessions to offer for resuming: none from a read-only file (nothing would be saved);
        one that cannot be read is left out (see `left_out`)."""
        if self.read_only:
            return []
        return self._records("status = 'interrupted'")

    def resume_info(self, uuid: str) -> ResumeInfo | None:
        record = self.session(uuid)
        if record is None or record.status not in (Status.INTERRUPTED, Status.IN_PROGRESS):
            return None
        return ResumeInfo(record, record.phase_index)

    def resume(self, uuid: str) -> ResumeInfo:
        """Take an interrupted session up again: it is in progress once more."""
        info = self.resume_info(uuid)
        if info is None:
            raise HistoryError(f"There is no interrupted session {uuid} to resume.")
        with self._writing() as db:
            db.execute("UPDATE sessions SET status = 'in_progress' WHERE uuid = ?", (uuid,))
        info.record.status = Status.IN_PROGRESS
        return info

    def save_as_stopped_early(self, uuid: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE sessions SET status = 'stopped_early', "
                       "ended_at = COALESCE(ended_at, updated_at) "
                       "WHERE uuid = ? AND status IN ('interrupted', 'in_progress')", (uuid,))

    def discard(self, uuid: str) -> None:
        """Throw away an interrupted session (undoable until the app closes, like delete)."""
        self.delete(uuid)

    # -- deleting, with undo ----------------------------------------------------------------
    def delete(self, uuid: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE sessions SET deleted_at = ? WHERE uuid = ?",
                       (now_local().isoformat(), uuid))

    def undo_delete(self, uuid: str) -> None:
        with self._writing() as db:
            db.execute("UPDATE sessions SET deleted_at = NULL WHERE uuid = ?", (uuid,))

    # -- reading ----------------------------------------------------------------------------
    def session(self, uuid: str) -> SessionRecord | None:
        found = self._records("uuid = ?", (uuid,))
        return found[0] if found else None

    def sessions(self, routine_id: str | None = None) -> list[SessionRecord]:
        """Every session with its drills, newest first."""
        if routine_id is None:
            return self._records("1")
        return self._records("routine_id = ?", (routine_id,))

    def lines(self, routine_id: str | None = None) -> list[SessionLine]:
        """The history list: one added-up line per session, newest first."""
        left_out: list[str] = []
        found = self._read(lambda db: rows.read_lines(db, routine_id, left_out))
        self.left_out = left_out
        return found

    def last_session(self, routine_id: str) -> SessionLine | None:
        """The routine's latest finished training session (completed or stopped early; not
        one in progress or interrupted, nor a preview run on a fast clock), for the setup
        page's "Last time"; None when there is none.
        A row that cannot be read is passed over for the one before it (see `left_out`)."""
        left_out: list[str] = []
        found = self._read(lambda db: rows.read_lines(db, routine_id, left_out,
                                                      finished_only=True, limit=LAST_LOOKS))
        self.left_out = left_out
        return found[0] if found else None

    def last_record(self, routine_id: str) -> SessionRecord | None:
        """The routine's latest finished training session with its drills (what
        `last_session` names), for the progression rules; None when there is none."""
        line = self.last_session(routine_id)
        return self.session(line.uuid) if line is not None else None

    def routines(self) -> list[tuple[str, str]]:
        """(id, name) of every routine in the history, by name."""
        found = self._read(lambda db: db.execute(
            "SELECT routine_id, routine_name, MAX(started_ts) FROM sessions "
            "WHERE deleted_at IS NULL AND typeof(routine_id) = 'text' "
            "AND typeof(routine_name) = 'text' AND typeof(started_ts) IN ('integer', 'real') "
            "GROUP BY routine_id ORDER BY routine_name").fetchall())
        return [(routine_id, name) for routine_id, name, _ in found]  # the latest name of each

    def count(self, uuid: str | None = None) -> int:
        """Sessions in the file (deleted ones too, until purged); of one UUID if given."""
        query, args = ("SELECT COUNT(*) FROM sessions", ()) if uuid is None else \
            ("SELECT COUNT(*) FROM sessions WHERE uuid = ?", (uuid,))
        return self._read(lambda db: db.execute(query, args).fetchone()[0])

    def _records(self, where: str, args: tuple = ()) -> list[SessionRecord]:
        left_out: list[str] = []
        found = self._read(lambda db: rows.read_records(db, where, args, left_out))
        self.left_out = left_out
        return found

    # -- inside -----------------------------------------------------------------------------
    @staticmethod
    def _status(db: sqlite3.Connection, uuid: str) -> str | None:
        """The status as written (a damaged row may hold something that is no Status)."""
        row = db.execute("SELECT status FROM sessions WHERE uuid = ?", (uuid,)).fetchone()
        return row[0] if row else None

    def _read(self, query):
        try:
            return query(self._db)
        except (sqlite3.Error, json.JSONDecodeError) as error:
            raise HistoryError(self._explain(error, "read")) from error

    @contextmanager
    def _writing(self, *records: SessionRecord):
        """One transaction. Whatever makes it fail is said in words (HistoryWriteError), and
        nothing of it is kept; `records` are what is being written, to name a field at fault."""
        if self.read_only:
            raise HistoryWriteError(Message(
                "%1: Isohold cannot save to %2. The session can still be exported.",
                READ_ONLY_NOTICE, str(self.path)))
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except Exception as error:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            if isinstance(error, HistoryError):
                raise  # already in words (a value found wrong inside the transaction)
            if isinstance(error, sqlite3.Error):
                raise HistoryWriteError(self._explain(error, "save")) from error
            if isinstance(error, UnicodeEncodeError):
                raise HistoryWriteError(Message(
                    "The session could not be saved to the history in %1: %2 holds text that "
                    "is not valid Unicode. The session can still be exported.", str(self.path),
                    _bad_text_field(records))) from error
            raise HistoryWriteError(Message(
                "The session could not be saved to the history in %1 (%2: %3). The session "
                "can still be exported.", str(self.path), type(error).__name__, str(error))) \
                from error
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _explain(self, error: Exception, doing: str) -> Message:
        """What went wrong as the athlete reads it; `doing`: "open", "read" or "save"."""
        code = _primary(error)
        where = str(self.path)
        if code in _READ_ONLY:
            return Message("The history file %1 is read-only or its folder cannot be written: "
                           "Isohold %2. The session can still be exported.", where,
                           _COULD_NOT_IT[doing]())
        if code in _UNREADABLE:
            return Message("The history file %1 is damaged (%2). Restart Isohold to move it "
                           "aside and start a fresh one; the session can still be exported.",
                           where, str(error))
        could_not = _COULD_NOT[doing](where)
        if code == sqlite3.SQLITE_FULL:
            return Message("The disk is full: Isohold %1. Free some space; the session can "
                           "still be exported.", could_not)
        if code == sqlite3.SQLITE_IOERR:
            return Message("The disk reported an error: Isohold %1 (%2). The session can still "
                           "be exported.", could_not, str(error))
        return Message("Isohold %1: %2.", could_not, str(error))


# What Isohold could not do, as `_explain` puts it in a sentence: one message per verb (the
# languages place the verb and "not" differently).
_COULD_NOT = {
    "open": lambda where: Message("could not open the history in %1", where),
    "read": lambda where: Message("could not read the history in %1", where),
    "save": lambda where: Message("could not save the history in %1", where),
}
_COULD_NOT_IT = {
    "open": lambda: Message("could not open it"),
    "read": lambda: Message("could not read it"),
    "save": lambda: Message("could not save it"),
}


def _is_number(value) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool) and \
        abs(value) < 1e12


_SURROGATE = re.compile("[\ud800-\udfff]")


def _bad_text_field(records: tuple[SessionRecord, ...]) -> Message:
    """Which field of the records holds a lone surrogate (text SQLite cannot store)."""
    for record in records:
        for field, value in ((lambda shown: Message("the routine name (%1)", shown),
                              record.routine_name),
                             (lambda shown: Message("the routine id (%1)", shown),
                              record.routine_id),
                             (lambda shown: Message("the notes (%1)", shown), record.notes),
                             (lambda shown: Message("the session id (%1)", shown), record.uuid)):
            if isinstance(value, str) and _SURROGATE.search(value):
                return field(repr(_SURROGATE.sub(chr(0xFFFD), value)))
        for drill in record.drills:
            for field, value in ((lambda shown: Message("the drill name (%1)", shown),
                                  drill.name),
                                 (lambda shown: Message("the drill id (%1)", shown),
                                  drill.drill_id),
                                 (lambda shown: Message("the drill kind (%1)", shown),
                                  drill.kind),
                                 (lambda shown: Message("the drill sides (%1)", shown),
                                  drill.sides)):
                if isinstance(value, str) and _SURROGATE.search(value):
                    return field(repr(_SURROGATE.sub(chr(0xFFFD), value)))
    return Message("a text field")
