"""What HistoryStore checks of its file before it opens it for writing, so that nothing the
athlete may want back is changed: a damaged journal (-wal) is copied aside with the file first;
another program's SQLite file is moved aside untouched; a file from a newer Isohold is refused;
a file that is not SQLite at all is set aside. And the errors the history speaks in.

`FileChecks` is the part of `HistoryStore` that does this (it works on the store's `path`,
`moved_aside`, `journal_kept` and notices); the store itself writes and reads sessions.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from pathlib import Path

from isohold.core.history import schema
from isohold.core.history.records import now_local
from isohold.core.words import Message

_HEADER = b"SQLite format 3\x00"
_UNREADABLE = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
_READ_ONLY = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN,
              sqlite3.SQLITE_AUTH}
_WAL_MAGIC = (0x377F0682, 0x377F0683)  # the two byte orders of a WAL file's checksums
_WAL_HEADER, _WAL_FRAME_HEADER = 32, 24


class HistoryError(Exception):
    """Something the athlete should be told in words, not a traceback."""


class HistoryUnavailableError(HistoryError):
    """The history cannot be opened at all (read-only folder, newer file, disk error)."""


class HistoryWriteError(HistoryError):
    """A write failed (read-only or full disk); nothing of that write was kept."""


class HistoryValueError(HistoryWriteError, ValueError):
    """A value the athlete gave does not fit (pain outside 0-10, a box report for a drill
    without a box...): said in a sentence, and nothing of that write was made."""



class FileChecks:
    """The checks HistoryStore makes of its file before opening it for writing."""

    path: Path
    moved_aside: Path | None
    journal_kept: Path | None
    _notices: list[str]

    def _explain(self, error: Exception, doing: str) -> str:  # HistoryStore's words for it
        raise NotImplementedError

    def _has_file(self) -> bool:
        try:
            return self.path.stat().st_size > 0
        except OSError:
            return False

    # -- checks before the file is opened for writing ---------------------------------------
    def _keep_damaged_journal(self) -> None:
        """A -wal whose header or length is wrong: SQLite would drop the sessions in it and
        delete it. Copy the file and its journal aside first (copies: nothing is changed)."""
        wal = Path(f"{self.path}-wal")
        try:
            with open(wal, "rb") as file:
                header = file.read(_WAL_HEADER)
                size = os.fstat(file.fileno()).st_size
        except FileNotFoundError:
            return
        except OSError as error:
            raise HistoryUnavailableError(Message(
                "Isohold cannot read its history journal %1: %2. It was left as it is.",
                str(wal), error.strerror or str(error))) from error
        if size == 0 or _wal_sound(header, size):
            return
        aside = self._aside_name("damaged-journal")
        try:
            for suffix in ("", "-wal"):
                if Path(f"{self.path}{suffix}").exists():
                    shutil.copyfile(f"{self.path}{suffix}", f"{aside}{suffix}")
        except OSError as error:
            raise HistoryUnavailableError(Message(
                "The history journal %1 is damaged and could not be copied aside (%2); the "
                "history was left as it is, unopened.", str(wal),
                error.strerror or str(error))) from error
        self.journal_kept = aside
        self._notices.append(Message(
            "The history's journal %1 was damaged: the sessions written last may be missing "
            "from the history. The history and its journal as they were are kept as %2 and "
            "%2-wal.", str(wal), str(aside)))

    def _check_identity(self) -> None:
        """Another program's SQLite file (another application_id, or tables but not ours) is
        moved aside untouched; a file from a newer Isohold is refused. Read through a read-only
        connection, so closing it never checkpoints or changes the file."""
        if not self._has_file() or not self._header_ok():
            return  # new, empty, or not SQLite (the connect below sets that aside)
        try:
            db = self._connect_read_only()
        except sqlite3.Error:
            return  # cannot even read it this way: the connect below says why
        try:
            application_id = db.execute("PRAGMA application_id").fetchone()[0]
            version = schema.version_of(db)
            tables = {row[0] for row in db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'sqlite_%'")}
        except sqlite3.Error:
            return
        finally:
            db.close()
        ours = application_id == schema.APPLICATION_ID or (
            application_id == 0 and (tables >= schema.TABLES if version else not tables))
        if not ours and not (application_id == 0 and version > schema.VERSION):
            self._set_aside("other-program")
        elif version > schema.VERSION:
            raise HistoryUnavailableError(self._newer(version))

    def _newer(self, version: int) -> Message:
        return Message("The history file %1 was written by a newer Isohold (file version %2, "
                       "this one reads up to %3). Update Isohold to use it; the file was left "
                       "as it is.", str(self.path), version, schema.VERSION)

    def _connect_checked(self) -> sqlite3.Connection:
        """A connection for writing, to a file whose header and structure are SQLite's; raises
        _Unreadable (set it aside), _ReadOnly (open it read-only) or HistoryUnavailableError."""
        if not self._header_ok():
            raise _Unreadable()  # not even SQLite: keep its -wal untouched, don't connect
        if self._has_file():
            try:  # what SQLite does too: it opens a file it cannot write read-only, silently
                os.close(os.open(self.path, os.O_RDWR))
            except OSError as error:
                raise _ReadOnly(error.strerror or str(error)) from error
        db = None
        try:
            db = sqlite3.connect(self.path, isolation_level=None)
            if not _sound(db):
                raise _Unreadable()
            version = schema.version_of(db)
            if version > schema.VERSION:
                db.close()
                raise HistoryUnavailableError(self._newer(version))
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
            if _primary(error) in _READ_ONLY and self._has_file():
                raise _ReadOnly(str(error)) from error
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
            raise HistoryUnavailableError(Message(
                "Isohold cannot read its history file %1: %2.", str(self.path),
                error.strerror or str(error))) from error
        return head in (b"", _HEADER)

    def _aside_name(self, why: str) -> Path:
        stamp = now_local().strftime("%Y%m%d-%H%M%S")
        for attempt in range(100):
            tag = f"-{why}-{stamp}" + (f"-{attempt}" if attempt else "")
            aside = self.path.with_name(f"{self.path.stem}{tag}{self.path.suffix}")
            if not aside.exists():
                break
        return aside

    def _set_aside(self, why: str) -> None:
        """Move the file (and its -wal, -shm) aside, unchanged, for a fresh one in its place."""
        aside = self._aside_name(why)
        try:
            for suffix in ("", "-wal", "-shm"):
                source = Path(f"{self.path}{suffix}")
                if source.exists():
                    source.replace(f"{aside}{suffix}")
        except OSError as error:
            what = Message("unreadable") if why == "unreadable" \
                else Message("another program's file")
            raise HistoryUnavailableError(Message(
                "The history file %1 is %2 and could not be moved aside (%3). It was left as it "
                "is.", str(self.path), what, error.strerror or str(error))) from error
        self.moved_aside = aside
        if why == "unreadable":
            self._notices.append(Message("The history file could not be read. It was kept as %1 "
                                         "and a new, empty history was started.", str(aside)))
        else:
            self._notices.append(Message(
                "The file at %1 was not an Isohold history (another program's database). It "
                "was moved, unchanged, to %2 and a new, empty history was started.",
                str(self.path), str(aside)))

    def _connect_read_only(self) -> sqlite3.Connection:
        """A connection that cannot change the file, even on close (no checkpoint)."""
        uri = self.path.resolve().as_uri()
        try:
            db = sqlite3.connect(f"{uri}?mode=ro", uri=True, isolation_level=None)
            db.execute("PRAGMA schema_version").fetchone()  # opening is lazy: read something
            return db
        except sqlite3.Error as error:
            if _primary(error) not in _READ_ONLY:
                raise
        # A WAL file in a folder that cannot be written: no -shm can be made beside it. Read
        # the file as it is (what only its -wal holds, if one was left, is not seen).
        return sqlite3.connect(f"{uri}?mode=ro&immutable=1", uri=True, isolation_level=None)



def _primary(error: Exception) -> int | None:
    """SQLite's primary result code (extended codes carry it in the low byte)."""
    code = getattr(error, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


class _Unreadable(Exception):
    """Raised inside opening: the file is not a sound SQLite database."""


class _ReadOnly(Exception):
    """Raised inside opening: the file is there but cannot be written."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


def _sound(db: sqlite3.Connection) -> bool:
    """The file's structure is whole. A row breaking a CHECK or NOT NULL rule (another program
    wrote it) is not damage to the file: the reads leave that row out, and say so."""
    return all(problem == "ok" or problem.startswith(("CHECK constraint failed", "NULL value in"))
               for problem, in db.execute("PRAGMA quick_check"))


def _wal_sound(header: bytes, size: int) -> bool:
    """A WAL file's header is SQLite's (magic, version, page size) and its length is the header
    and whole frames: 32 + k * (24 + page size). Anything else loses the frames in it."""
    if len(header) < _WAL_HEADER:
        return False
    magic, version, page_size = struct.unpack(">III", header[:12])
    if magic not in _WAL_MAGIC or version != 3007000:
        return False
    if page_size < 512 or page_size > 65536 or page_size & (page_size - 1):
        return False
    return (size - _WAL_HEADER) % (_WAL_FRAME_HEADER + page_size) == 0
