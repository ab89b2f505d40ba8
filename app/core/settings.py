"""The athlete's settings: each declared once with its type and default, kept in a JSON file.

A corrupt or unreadable file falls back to the defaults with a message, and is kept aside
(renamed with a timestamp), never deleted. Writes go to a temp file, fsync, then `os.replace`.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any, NamedTuple

from app.core import paths

SCHEMA_VERSION = 1


class Option(NamedTuple):
    """A setting: its name, type, default, label in the dialog, and what values it allows."""

    name: str
    type: type
    default: Any
    label: str
    choices: tuple = ()  # for strings: the allowed values
    low: float | None = None  # for numbers: the allowed range
    high: float | None = None

    def check(self, value: Any) -> Any:
        """The value if it fits this option; raises ValueError saying what was expected."""
        if self.type is float and isinstance(value, int) and not isinstance(value, bool):
            value = float(value)
        if not isinstance(value, self.type) or (self.type is int and isinstance(value, bool)):
            raise ValueError(f"{self.name}: expected {self.type.__name__}, got {value!r}")
        if self.choices and value not in self.choices:
            raise ValueError(f"{self.name}: expected one of {', '.join(self.choices)}, got {value!r}")
        if self.low is not None and value < self.low or self.high is not None and value > self.high:
            raise ValueError(f"{self.name}: expected {self.low} to {self.high}, got {value!r}")
        return value


OPTIONS: tuple[Option, ...] = (
    Option("get_ready_s", float, 10.0, "Get-ready lead-in (s)", low=3, high=60),
    Option("rest_between_sets_s", float, 0.0, "Rest between sets (s, 0 = drill default)",
           low=0, high=600),
    Option("reset_between_reps_s", float, 0.0, "Reset between reps (s, 0 = drill default)",
           low=0, high=60),
    Option("volume", float, 0.9, "Volume", low=0.0, high=1.0),
    Option("muted", bool, False, "Mute"),
    Option("sound_mode", str, "voice_and_beeps", "Cues",
           choices=("voice_and_beeps", "beeps", "silent")),
    Option("theme", str, "dark", "Theme", choices=("dark", "light")),
    Option("text_scale", float, 1.0, "Text scale", low=0.75, high=2.0),
)
BY_NAME = {option.name: option for option in OPTIONS}


class Settings:
    """Values for every option; `problems` lists what was wrong with the file, if anything."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.config_dir() / "settings.json"
        self.values: dict[str, Any] = {option.name: option.default for option in OPTIONS}
        self.problems: list[str] = []

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def set(self, name: str, value: Any) -> None:
        if name not in BY_NAME:
            raise KeyError(f"no setting named {name!r}")
        self.values[name] = BY_NAME[name].check(value)

    @classmethod
    def load(cls, file: Path | None = None) -> "Settings":
        settings = cls(file)
        if not settings.file.exists():
            return settings
        try:
            data = json.loads(settings.file.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("expected a JSON object")
        except (OSError, UnicodeDecodeError, ValueError) as error:
            kept = settings._keep_aside()
            settings.problems.append(
                f"{settings.file}: could not be read ({error}); using the defaults. "
                f"The old file is kept as {kept}.")
            return settings
        for name, value in data.get("values", {}).items():
            if name not in BY_NAME:
                settings.problems.append(f"{settings.file}: unknown setting {name!r} ignored")
                continue
            try:
                settings.set(name, value)
            except ValueError as error:
                settings.problems.append(f"{settings.file}: {error}; using the default "
                                         f"{BY_NAME[name].default!r}")
        return settings

    def save(self) -> None:
        self.file.parent.mkdir(parents=True, exist_ok=True)
        temp = self.file.with_suffix(".json.tmp")
        with open(temp, "w", encoding="utf-8") as out:
            json.dump({"version": SCHEMA_VERSION, "values": self.values}, out, indent=2)
            out.flush()
            os.fsync(out.fileno())
        os.replace(temp, self.file)

    def _keep_aside(self) -> Path:
        kept = self.file.with_name(f"{self.file.stem}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}.json")
        try:
            os.replace(self.file, kept)
        except OSError:
            return self.file
        return kept
