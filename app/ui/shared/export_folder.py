"""Where an export's file dialog starts: the folder the athlete exported to last.

The folder is a setting (`export_folder`, owned by the window's Settings); a screen that
exports takes it as a plain string and says when it changed, with the folder of the file it
wrote (`folder_of`). A folder that is gone (an unplugged stick) falls back to the home folder.
"""

from __future__ import annotations

from pathlib import Path


def export_start(folder: str, file_name: str) -> Path:
    """The path to suggest: `file_name` in `folder` if it is still a folder, else at home."""
    start = Path(folder).expanduser() if folder else None
    if start is None or not start.is_dir():
        start = Path.home()
    return start / file_name


def folder_of(path: Path | str) -> str:
    """The folder a file was written to, as the setting keeps it."""
    return str(Path(path).absolute().parent)
