"""The one place resources are looked up by name; an unknown name fails loudly."""

from __future__ import annotations

from importlib import resources
from pathlib import Path

_PACKAGE = "app.resources"


def path(name: str) -> Path:
    """The file `name` (e.g. "drills.json" or "sounds/go.wav") among the shipped resources."""
    found = resources.files(_PACKAGE).joinpath(*name.split("/"))
    if not found.is_file():
        raise FileNotFoundError(f"no resource named {name!r} in {_PACKAGE}")
    return Path(str(found))


def sound_names() -> list[str]:
    """The stems of the WAV files in resources/sounds/."""
    folder = resources.files(_PACKAGE).joinpath("sounds")
    return sorted(item.name[:-4] for item in folder.iterdir() if item.name.endswith(".wav"))
