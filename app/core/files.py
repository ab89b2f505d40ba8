"""Small files the app keeps beside the history (settings, remembered choices, the music
ducker's note, exports): written whole or not at all, and a file that cannot be used kept aside,
never deleted. No Qt.

Modes: a new file gets what the user's umask gives any program's new file (0644 under the usual
022), so an export opens in a spreadsheet or is copied by a backup run as another user; a file
replaced keeps the mode it had (an athlete who made theirs private keeps it so). Nothing Isohold
keeps is a secret: settings, remembered choices and the ducker's note are a theme, sizes, counts
and volumes; the history database (SQLite, which honours the umask the same way) holds training
notes, and an athlete who wants them private sets a private umask or mode, which is kept. The
temp file is made with mkstemp's own rules (O_EXCL, a random name) but asks for 0666 and lets
the kernel apply the umask: reading the umask with os.umask() would change it for a moment for
every thread of the app."""

from __future__ import annotations

import os
import secrets
import stat
import time
from pathlib import Path
from typing import Callable

from isohold.core.words import Message


def write_atomically(path: Path, data: bytes, *, prefix: str = ".", suffix: str = ".tmp",
                     check: Callable[[Path], None] | None = None) -> None:
    """Write `data` to a temp file beside `path`, fsync it, let `check` look at it (it raises
    to stop), then put it in place with `os.replace`: `path` is the old file or the new one,
    never a part. The temp file is gone whatever happens; errors are raised as they came. The
    file's mode is the umask's for a new file, the old file's for one replaced."""
    handle, temp = new_temp_file(path, prefix=prefix, suffix=suffix)
    try:
        with open(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if check is not None:
            check(Path(temp))
        os.replace(temp, path)
    except BaseException:
        try:
            os.unlink(temp)
        except OSError:
            pass
        raise


def new_temp_file(path: Path, *, prefix: str = ".", suffix: str = ".tmp") -> tuple[int, str]:
    """An open file descriptor and the name of a new, empty temp file beside `path`, to be put
    in its place with os.replace: like tempfile.mkstemp (created with O_EXCL under a random
    name), but with the mode `path` should end with (see the module's docstring), not 0600."""
    folder = path.parent if str(path.parent) else Path(".")
    try:
        keep = stat.S_IMODE(os.stat(path).st_mode)
    except OSError:
        keep = None
    flags = os.O_RDWR | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0) | getattr(
        os, "O_NOFOLLOW", 0) | getattr(os, "O_CLOEXEC", 0)
    for _ in range(100):
        temp = str(folder / f"{prefix}{path.name}.{secrets.token_hex(4)}{suffix}")
        try:
            handle = os.open(temp, flags, 0o666)  # the kernel takes the umask off
        except FileExistsError:
            continue
        if keep is not None:
            try:
                os.chmod(handle if os.chmod in os.supports_fd else temp, keep)
            except OSError:
                pass  # a mode we cannot give (another owner's file): the umask's then
        return handle, temp
    raise FileExistsError(f"no free temp file name beside {path}")


def keep_aside(file: Path, label: str) -> Path:
    """Rename `file` beside itself with `label` and a timestamp, never over another file
    ("settings.corrupt-20261130-101500.json"); raises OSError when it cannot."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    kept, count = file.with_name(f"{file.stem}.{label}-{stamp}.json"), 1
    while os.path.lexists(kept):
        count += 1
        kept = file.with_name(f"{file.stem}.{label}-{stamp}-{count}.json")
    os.rename(file, kept)
    return kept


def kind_of_non_file(path: Path) -> str:
    """What the path is if it exists and is not a regular file ("a folder"), else ""."""
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return ""
    if stat.S_ISREG(mode):
        return ""
    if stat.S_ISDIR(mode):
        return Message("a folder")
    if stat.S_ISFIFO(mode):
        return Message("a named pipe (FIFO)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return Message("a device")
    if stat.S_ISSOCK(mode):
        return Message("a socket")
    return Message("a special file")


def reason(error: OSError) -> str:
    """An OS error as a person reads it: "Permission denied"."""
    return error.strerror or str(error)
