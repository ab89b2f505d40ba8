"""Small files the app keeps beside the history (settings, remembered choices, the music
ducker's note, exports): written whole or not at all, and a file that cannot be used kept aside,
never deleted. No Qt."""

from __future__ import annotations

import os
import stat
import tempfile
import time
from pathlib import Path
from typing import Callable


def write_atomically(path: Path, data: bytes, *, prefix: str = ".", suffix: str = ".tmp",
                     check: Callable[[Path], None] | None = None) -> None:
    """Write `data` to a temp file beside `path`, fsync it, let `check` look at it (it raises
    to stop), then put it in place with `os.replace`: `path` is the old file or the new one,
    never a part. The temp file is gone whatever happens; errors are raised as they came."""
    handle, temp = tempfile.mkstemp(prefix=f"{prefix}{path.name}.", suffix=suffix,
                                    dir=path.parent if str(path.parent) else ".")
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
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "a special file"


def reason(error: OSError) -> str:
    """An OS error as a person reads it: "Permission denied"."""
    return error.strerror or str(error)
