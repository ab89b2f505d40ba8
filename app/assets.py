"""The one place resources are looked up by name; an unknown name fails loudly.

The resources ship as the package `isohold.resources` (resources/ beside app/ in the source tree,
mapped in pyproject.toml), installed as plain files: the app opens them by path (json, wave).
The package's own folder is therefore where they are, in an editable install and in a wheel
alike; this is what `importlib.resources.files()` answers for such a package, without the
~4 ms that importing `importlib.resources` adds to start-up.
"""

from __future__ import annotations

from pathlib import Path

import isohold.resources

_PACKAGE = isohold.resources.__name__
_FOLDER = Path(isohold.resources.__file__).parent


def path(name: str) -> Path:
    """The file `name` (e.g. "drills.json" or "sounds/go.wav") among the shipped resources."""
    found = _FOLDER.joinpath(*name.split("/"))
    if not found.is_file():
        raise FileNotFoundError(f"no resource named {name!r} in {_PACKAGE}")
    return found


def sound_names() -> list[str]:
    """The stems of the WAV files in resources/sounds/."""
    return sorted(item.name[:-4] for item in (_FOLDER / "sounds").iterdir()
                  if item.name.endswith(".wav"))
