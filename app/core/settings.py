"""The athlete's settings: each declared once with its type and default, kept in a JSON file.

No file, whatever its bytes or kind, stops the app from starting. A file that cannot be used as
a whole (not JSON, the wrong shape, too big, from a newer Isohold) falls back to the defaults
and is kept aside (renamed with a timestamp), never deleted; a bad value falls back to its own
default. Each problem is a sentence in `Settings.problems`. Something that is not a regular file
(a folder, a FIFO) is neither read nor moved nor saved over. Writes go to a temp file, fsync,
then `os.replace`.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import stat
from pathlib import Path
from typing import Any, NamedTuple

from isohold.core import paths
from isohold.core.cue_sounds import CUE_SETS, STANDARD
from isohold.core.files import keep_aside, kind_of_non_file, reason, write_atomically
from isohold.core.words import Message, placed

SCHEMA_VERSION = 1
MAX_FILE_BYTES = 1 << 20  # a settings file is a few hundred bytes
_HUGE_INT = 10 ** 400  # stands for integers too long for Python to read; too big for a float too


class Option(NamedTuple):
    """A setting: its name, type, default, label in the dialog, and what values it allows."""

    name: str
    type: type
    default: Any
    label: str
    choices: tuple = ()  # for strings: the allowed values
    low: float | None = None  # for numbers: the allowed range
    high: float | None = None
    in_dialog: bool = True  # False: remembered by the app, not edited in the settings dialog

    def check(self, value: Any) -> Any:
        """The value if it fits this option; raises ValueError with a sentence saying why not."""
        name = repr(self.name)
        if self.type is float:
            value = _finite_number(name, value)
        elif not isinstance(value, self.type) or self.type is int and isinstance(value, bool):
            raise ValueError(Message("%1 should be %2, not %3", name,
                                     _KINDS.get(self.type, self.type.__name__),
                                     show_value(value)))
        if self.choices and value not in self.choices:
            raise ValueError(Message("%1 should be one of %2, not %3", name,
                                     ", ".join(self.choices), show_value(value)))
        if self.low is not None and value < self.low or self.high is not None and value > self.high:
            if self.low is None:
                allowed = Message("at most %1", float(self.high))
            elif self.high is None:
                allowed = Message("at least %1", float(self.low))
            else:
                allowed = Message("from %1 to %2", float(self.low), float(self.high))
            raise ValueError(Message("%1 should be %2, not %3", name, allowed,
                                     show_value(value)))
        return value


OPTIONS: tuple[Option, ...] = (
    Option("get_ready_s", float, 10.0, "Get-ready lead-in", low=3, high=60),
    Option("rest_between_sets_s", float, 0.0, "Rest between sets",
           low=0, high=600),
    Option("reset_between_reps_s", float, 0.0, "Reset between reps",
           low=0, high=60),
    Option("volume", float, 0.9, "Volume", low=0.0, high=1.0),
    Option("muted", bool, False, "Mute"),
    Option("sound_mode", str, "voice_and_beeps", "Cues",
           choices=("voice_and_beeps", "beeps", "silent")),
    # the standard beeps, or a louder high or low set for a noisy room (cue_sounds.CUE_SETS)
    Option("cue_set", str, STANDARD, "Beeps", choices=CUE_SETS),
    Option("theme", str, "dark", "Theme", choices=("dark", "light")),
    Option("text_scale", float, 1.0, "Text scale", low=0.75, high=2.0),
    Option("full_screen", bool, True, "Sessions full screen"),
    Option("duck_music", bool, True, "Lower music during cues"),
    Option("flash", bool, False, "Flash at phase changes"),
    # ground contacts per plyometric session (NSCA): 80-100, 100-120, 120-140
    Option("level", str, "beginner", "Plyometric level",
           choices=("beginner", "intermediate", "advanced")),
    # the screens' language: the system's (LANGUAGE, LC_ALL, LC_MESSAGES, LANG) or a shipped one
    Option("language", str, "system", "Language (from the next start)",
           choices=("system", "en", "de", "es")),
    Option("export_folder", str, "", "Last export folder", in_dialog=False),
)
BY_NAME = {option.name: option for option in OPTIONS}


class Settings:
    """Values for every option; `problems` lists what was wrong with the file, if anything."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.config_dir() / "settings.json"
        self.values: dict[str, Any] = {option.name: option.default for option in OPTIONS}
        self.problems: list[str] = []
        self._not_saved_because = ""  # set when saving would overwrite a file we could not move

    def __getitem__(self, name: str) -> Any:
        return self.values[name]

    def set(self, name: str, value: Any) -> None:
        if name not in BY_NAME:
            raise KeyError(f"no setting named {name!r}")
        self.values[name] = BY_NAME[name].check(value)

    @classmethod
    def load(cls, file: Path | None = None) -> "Settings":
        """The settings in the file, or the defaults; never raises, whatever the file holds."""
        settings = cls(file)
        try:
            values = settings._values_in(settings._read_json())
        except _Unusable as problem:
            settings._give_up(*problem.args)
            values = {}
        for name, value in values.items():
            if name not in BY_NAME:
                settings._tell(Message("unknown setting %1 ignored.", show_value(name)))
                continue
            try:
                settings.set(name, value)
            except ValueError as error:
                settings._tell(Message("%1; using the default %2.", error.args[0],
                                       json.dumps(BY_NAME[name].default)))
        return settings

    def save(self) -> None:
        """Writes the values atomically; raises OSError saying why when they cannot be saved."""
        kind = kind_of_non_file(self.file)
        if kind:
            raise OSError(Message("it is %1, not a regular file; move it away so the settings "
                                  "can be saved", kind))
        if self._not_saved_because:
            raise OSError(self._not_saved_because)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        document = {"version": SCHEMA_VERSION, "values": self.values}
        write_atomically(self.file, json.dumps(document, indent=2).encode("utf-8"), prefix="")

    # -- reading -------------------------------------------------------------------------------

    def _tell(self, sentence: str) -> None:
        self.problems.append(placed(str(self.file), sentence))

    def _read_json(self) -> Any:
        """The parsed file ({} when there is none to read); raises _Unusable."""
        raw = self._read_bytes()
        if raw is None:
            return {}
        body = raw.removeprefix(codecs.BOM_UTF8)  # as some editors on Windows write it
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError as error:
            raise _Unusable(Message("is not UTF-8 text (byte %1 at position %2)",
                                    f"0x{body[error.start]:02x}",
                                    error.start + len(raw) - len(body))) from None
        if not text.strip():
            raise _Unusable(Message("is empty"))
        try:
            return json.loads(text, parse_int=_read_int)
        except json.JSONDecodeError as error:
            raise _Unusable(Message("is not valid JSON (%1 at line %2, column %3)", error.msg,
                                    error.lineno, error.colno)) from None
        except RecursionError:
            raise _Unusable(Message("is nested too deeply to be a settings file")) from None

    def _read_bytes(self) -> bytes | None:
        """The file's bytes if it is a regular file, opened so that nothing can block; None
        when there is nothing to read (told if that is a problem). Raises _Unusable."""
        try:
            kind = kind_of_non_file(self.file)
        except OSError as error:
            self._tell(Message("could not be looked at (%1); using the defaults.",
                               reason(error)))
            return None
        if kind:
            self._tell(Message("is %1, not a regular file; using the defaults. It is left where "
                               "it is, and settings cannot be saved until it is moved away.",
                               kind))
            return None
        if not self.file.exists():
            return None
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0) \
            | getattr(os, "O_BINARY", 0)
        try:
            with open(os.open(self.file, flags), "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):  # swapped since we looked
                    self._tell(Message("is not a regular file; using the defaults."))
                    return None
                raw = handle.read(MAX_FILE_BYTES + 1)
        except OSError as error:
            raise _Unusable(Message("could not be read (%1)", reason(error))) from None
        if len(raw) > MAX_FILE_BYTES:
            raise _Unusable(Message("is too large for a settings file (over %1 MiB)",
                                    MAX_FILE_BYTES // (1 << 20)))
        return raw

    def _values_in(self, data: Any) -> dict:
        """The "values" object of a settings file; raises _Unusable if the file won't do."""
        if not isinstance(data, dict):
            raise _Unusable(Message("is not a settings file (it holds %1, not an object)",
                                    show_value(data)))
        version = data.get("version", 1)
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _Unusable(Message("has a 'version' of %1, not a settings version (a whole "
                                    "number from 1)", show_value(version)))
        if version > SCHEMA_VERSION:
            raise _Unusable(Message("was written by a newer Isohold (settings version %1; this "
                                    "one reads up to %2)", show_value(version), SCHEMA_VERSION),
                            "newer")
        values = data.get("values", {})
        if not isinstance(values, dict):
            raise _Unusable(Message("has 'values' that are %1, not an object",
                                    show_value(values)))
        return values

    def _give_up(self, what: str, label: str = "corrupt") -> None:
        """Tells what is wrong with the whole file and keeps it aside; the defaults stay."""
        try:
            kept = self._keep_aside(label)
        except OSError as error:
            self._not_saved_because = Message("it %1 and could not be moved aside (%2), so it "
                                              "is not saved over", what, reason(error))
            self._tell(Message("%1; using the defaults. It could not be moved aside (%2), so "
                               "settings will not be saved over it.", what, reason(error)))
        else:
            self._tell(Message("%1; using the defaults. The old file is kept as %2.", what,
                               str(kept)))

    def _keep_aside(self, label: str) -> Path:
        """Renames the file beside itself with a timestamp, never over another file."""
        return keep_aside(self.file, label)


class _Unusable(Exception):
    """The file cannot be used as a whole: what is wrong, and the label it is kept aside with."""

    def __init__(self, what: str, label: str = "corrupt") -> None:
        super().__init__(what, label)


_KINDS = {bool: Message("true or false"), str: Message("text"), int: Message("a whole number"),
          float: Message("a number")}


def _finite_number(name: str, value: Any) -> float:
    """The value as a float, if it is a number (not a bool) that a float holds and not NaN."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(Message("%1 should be %2, not %3", name, _KINDS[float],
                                 show_value(value)))
    try:
        number = float(value)
    except OverflowError:
        raise ValueError(Message("%1 is too large a number (%2)", name,
                                 show_value(value))) from None
    if math.isnan(number):
        raise ValueError(Message("%1 is not a number (NaN)", name))
    if math.isinf(number):
        raise ValueError(Message("%1 is not a finite number (%2)", name, show_value(value)))
    return number


def _read_int(text: str) -> int:
    """An integer from the file; one too long for Python to convert reads as a huge stand-in."""
    try:
        return int(text)
    except ValueError:
        return -_HUGE_INT if text.startswith("-") else _HUGE_INT


def show_value(value: Any) -> str:
    """A value from the file as a person would recognise it, short and always printable."""
    if value is None or isinstance(value, bool):
        return json.dumps(value)
    if isinstance(value, float):
        return "NaN" if math.isnan(value) else json.dumps(value)  # Infinity, -Infinity, 1.5
    if isinstance(value, int):
        return repr(value) if abs(value) < 10 ** 20 else Message("a whole number of over 20 "
                                                                "digits")
    if isinstance(value, str):
        return repr(value) if len(value) <= 40 else f"{value[:40]!r}…"
    if isinstance(value, list):
        return Message("a list")
    if isinstance(value, dict):
        return Message("an object")
    return type(value).__name__
