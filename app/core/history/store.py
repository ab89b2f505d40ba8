"""HistoryStore: the athlete's training record in one SQLite file, safe against crashes.

One connection, WAL journal, `synchronous=FULL` (a commit that returned survives power loss),
every write one transaction. The session in progress is rewritten after each finished phase;
finishing is an upsert keyed by the session's UUID, so it can never be recorded twice.
On open the file is checked; an unreadable one is moved aside (never deleted) and a fresh one
started; sessions left in progress by a crash become `interrupted`, for the athlete to resume,
keep as stopped early, or discard.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core import paths

try:
    import fcntl
    msvcrt = None
except ImportError:  # Windows
    fcntl = None
    import msvcrt
from app.core.history import rows, schema
from app.core.history.records import FINISHED, SessionLine, SessionRecord, Status, now_local
from app.core.routines import Routine, SessionPlan

FILE_NAME = "history.sqlite3"
_HEADER = b"SQLite format 3\x00"
_UNREADABLE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN,
              sqlite3.SQLITE_AUTH}


class HistoryError(Exception):
    """Something the athlete should be told in words, not a traceback."""


class HistoryUnavailableError(HistoryError):
    """The history cannot be opened at all (read-only folder, newer file, disk error)."""


class HistoryWriteError(HistoryError):
    """A write failed (read-only or full disk); nothing of that write was kept."""


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
        """The session's plan again, with its setup choices, to recompile the timeline."""
        from app.core.history.records import plan_from_dict

        return plan_from_dict(routine, self.record.plan)


class HistoryStore:
    def __init__(self, path: Path | str | None = None) -> None:
        self.path = Path(path) if path is not None else default_path()
        self.moved_aside: Path | None = None  # where an unreadable old file was put
        self.found_interrupted: list[str] = []  # UUIDs left in progress by the last run
        self._lock = None  # the open lock file, while this store has the history
        self._db = self._open()

    # -- opening ----------------------------------------------------------------------------
    def _open(self) -> sqlite3.Connection:
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise HistoryUnavailableError(
                f"Isohold cannot create its history folder {self.path.parent}: "
                f"{error.strerror or error}. Sessions will not be saved.") from error
        try:
            db = self._connect_checked()
        except _Unreadable:
            self.moved_aside = self._move_aside()
            db = self._connect_checked()
        try:
            schema.migrate(db)
            self._recover(db)
        except sqlite3.Error as error:
            db.close()
            if self._lock is not None:
                self._lock.close()
                self._lock = None
            raise HistoryUnavailableError(self._explain(error, "open")) from error
        return db

    def _connect_checked(self) -> sqlite3.Connection:
        if not self._header_ok():
            raise _Unreadable()  # not even SQLite: keep its -wal untouched, don't connect
        db = None
        try:
            db = sqlite3.connect(self.path, isolation_level=None)
            result = db.execute("PRAGMA quick_check").fetchall()
            if result != [("ok",)]:
                raise _Unreadable()
            version = schema.version_of(db)
            if version > schema.VERSION:
                db.close()
                raise HistoryUnavailableError(
                    f"The history file {self.path} was written by a newer Isohold (file version "
                    f"{version}, this one reads up to {schema.VERSION}). Update Isohold to use "
                    "it; the file was left as it is.")
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.execute("PRAGMA foreign_keys=ON")
            return db
        except sqlite3.Error as error:
            if db is not None:
                db.close()
            if _primary(error) in _UNREADABLE or \
                    type(error) is sqlite3.DatabaseError:
                raise _Unreadable() from error
            raise HistoryUnavailableError(self._explain(error, "open")) from error
        except _Unreadable:
            db.close()
            raise

    def _header_ok(self) -> bool:
        try:
            with open(self.path, "rb") as file:
                head = file.read(len(_HEADER))
        except FileNotFoundError:
            return True
        except OSError as error:
            raise HistoryUnavailableError(
                f"Isohold cannot read its history file {self.path}: "
                f"{error.strerror or error}.") from error
        return head in (b"", _HEADER)

    def _move_aside(self) -> Path:
        stamp = now_local().strftime("%Y%m%d-%H%M%S")
        for attempt in range(100):
            tag = f"-unreadable-{stamp}" + (f"-{attempt}" if attempt else "")
            aside = self.path.with_name(f"{self.path.stem}{tag}{self.path.suffix}")
            if not aside.exists():
                break
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.replace(f"{aside}{suffix}")
        except OSError as error:
            raise HistoryUnavailableError(
                f"The history file {self.path} is unreadable and could not be moved aside "
                f"({error.strerror or error}). It was left as it is.") from error
        return aside

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
                "LIMIT 1").fetchone():
            return  # nothing to recover or purge: no write, no fsync
        db.execute("BEGIN IMMEDIATE")
        db.execute("UPDATE sessions SET status = 'interrupted' WHERE status = 'in_progress'")
        db.execute("DELETE FROM sessions WHERE deleted_at IS NOT NULL")  # undo ended with that run
        db.execute("COMMIT")

    @property
    def notice(self) -> str:
        """What to tell the athlete after opening, or ""."""
        if self.moved_aside is None:
            return ""
        return (f"The history file could not be read. It was kept as {self.moved_aside} and a "
                "new, empty history was started.")

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
        with self._writing() as db:
            status = self._status(db, record.uuid)
            if status is not None and status is not Status.IN_PROGRESS:
                return False
            rows.write_record(db, record, Status.IN_PROGRESS, now_local())
            return True

    def finish(self, record: SessionRecord, status: Status = Status.COMPLETED) -> None:
        """Write the finished session; again with the same UUID updates it (notes, RPE...)."""
        if status not in FINISHED:
            raise ValueError(f"finish needs completed or stopped_early, not {status.value}")
        record.status = status
        if record.ended_at is None:
            record.ended_at = now_local()
        with self._writing() as db:
            rows.write_record(db, record, status, now_local())

    def add_finished(self, records: list[SessionRecord]) -> None:
        """Write many finished sessions in one transaction (an import, made-up history)."""
        with self._writing() as db:
            for record in records:
                if record.status not in FINISHED:
                    raise ValueError(f"{record.uuid} is {record.status.value}, not finished")
                rows.write_record(db, record, record.status, record.ended_at or now_local())

    # -- interrupted sessions ---------------------------------------------------------------
    def interrupted(self) -> list[SessionRecord]:
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
        return self._read(lambda db: rows.read_lines(db, routine_id))

    def routines(self) -> list[tuple[str, str]]:
        """(id, name) of every routine in the history, by name."""
        found = self._read(lambda db: db.execute(
            "SELECT routine_id, routine_name, MAX(started_ts) FROM sessions "
            "WHERE deleted_at IS NULL GROUP BY routine_id ORDER BY routine_name").fetchall())
        return [(routine_id, name) for routine_id, name, _ in found]  # the latest name of each

    def count(self, uuid: str | None = None) -> int:
        """Sessions in the file (deleted ones too, until purged); of one UUID if given."""
        query, args = ("SELECT COUNT(*) FROM sessions", ()) if uuid is None else \
            ("SELECT COUNT(*) FROM sessions WHERE uuid = ?", (uuid,))
        return self._read(lambda db: db.execute(query, args).fetchone()[0])

    def _records(self, where: str, args: tuple = ()) -> list[SessionRecord]:
        return self._read(lambda db: rows.read_records(db, where, args))

    # -- inside -----------------------------------------------------------------------------
    @staticmethod
    def _status(db: sqlite3.Connection, uuid: str) -> Status | None:
        row = db.execute("SELECT status FROM sessions WHERE uuid = ?", (uuid,)).fetchone()
        return Status(row[0]) if row else None

    def _read(self, query):
        try:
            return query(self._db)
        except (sqlite3.Error, json.JSONDecodeError) as error:
            raise HistoryError(self._explain(error, "read")) from error

    @contextmanager
    def _writing(self):
        db = self._db
        try:
            db.execute("BEGIN IMMEDIATE")
            yield db
            db.execute("COMMIT")
        except sqlite3.Error as error:
            if db.in_transaction:
                try:
                    db.execute("ROLLBACK")
                except sqlite3.Error:
                    pass
            raise HistoryWriteError(self._explain(error, "save")) from error
        except BaseException:
            if db.in_transaction:
                db.execute("ROLLBACK")
            raise

    def _explain(self, error: Exception, doing: str) -> str:
        code = _primary(error)
        where = self.path
        if code == sqlite3.SQLITE_FULL:
            return (f"The disk is full: Isohold could not {doing} the history in {where}. "
                    "Free some space; the session can still be exported.")
        if code in _READ_ONLY:
            return (f"The history file {where} is read-only or its folder cannot be written: "
                    f"Isohold could not {doing} it. The session can still be exported.")
        if code in _UNREADABLE:
            return (f"The history file {where} is damaged ({error}). Restart Isohold to move it "
                    "aside and start a fresh one; the session can still be exported.")
        if code == sqlite3.SQLITE_IOERR:
            return (f"The disk reported an error: Isohold could not {doing} the history in "
                    f"{where} ({error}). The session can still be exported.")
        return f"Isohold could not {doing} the history in {where}: {error}."


def _primary(error: Exception) -> int | None:
    """SQLite's primary result code (extended codes carry it in the low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


class _Unreadable(Exception):
    """Raised inside opening: the file is not a sound SQLite database."""
