"""The athlete's last choices at setup, so the next session starts from them.

Kept per routine (each drill by its place, so a drill listed twice keeps both) and per drill (the
last choice made for it in any routine, for a routine that has none yet), in one small JSON file
in the config dir:

    {"version": 1,
     "routines": {"full": [{"drill": "drop-jumps", "reps": 6, "sets": 4, "box_height_cm": 50}]},
     "drills": {"drop-jumps": {"reps": 6, "sets": 4, "box_height_cm": 50}}}

Recalling never raises. A file that cannot be used as a whole (not JSON, the wrong shape, from a
newer Isohold) gives the defaults and a sentence saying what was wrong, and is kept aside as the
settings file is; a bad entry is dropped alone. A number the drill no longer allows (its range
changed since) is brought within the range (`DrillChoice.within`); one that is not a number, or
that the drill no longer has (a hold time for a drill now paced), is dropped for the default.
Either way a note says so. Writes go to a temp file, fsync, then `os.replace`.
"""

from __future__ import annotations

import codecs
import json
import math
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any, NamedTuple

from isohold.core import paths
from isohold.core.routines import Drill, DrillChoice, Routine, SessionPlan
from isohold.core.files import keep_aside, kind_of_non_file, reason, write_atomically
from isohold.core.settings import show_value
from isohold.core.words import Message, placed

VERSION = 1
MAX_FILE_BYTES = 1 << 20  # a year of choices is a few tens of KiB
MAX_ROUTINES = 200  # the loader offers at most 200 routines of one's own
MAX_DRILLS = 500
WHOLE = ("reps", "sets")
SECONDS_OR_CM = ("hold_s", "reset_s", "rest_s", "switch_s", "box_height_cm")
FIELDS = WHOLE + SECONDS_OR_CM
_SAYS = {"reps": Message("reps"), "sets": Message("sets"), "hold_s": Message("hold time"),
         "reset_s": Message("reset time"), "rest_s": Message("rest time"),
         "switch_s": Message("time to switch legs"), "box_height_cm": Message("box height")}
_UNITS = {"hold_s": " s", "reset_s": " s", "rest_s": " s", "switch_s": " s",
          "box_height_cm": " cm"}


class Recalled(NamedTuple):
    """A session plan from the last choices, and a note for each choice changed on the way."""

    plan: SessionPlan
    notes: tuple[str, ...] = ()


class Choices:
    """The remembered choices; `problems` says what was wrong with the file, if anything."""

    def __init__(self, file: Path | None = None) -> None:
        self.file = file or paths.config_dir() / "choices.json"
        self.routines: dict[str, list[dict]] = {}
        self.drills: dict[str, dict] = {}
        self.problems: list[str] = []
        self._not_saved_because = ""

    @classmethod
    def load(cls, file: Path | None = None) -> "Choices":
        """The choices in the file, or none; never raises, whatever the file holds."""
        choices = cls(file)
        try:
            data = choices._read()
        except _Unusable as problem:
            choices._give_up(*problem.args)
            return choices
        routines, drills = data.get("routines", {}), data.get("drills", {})
        for name, value, kind in (("routines", routines, dict), ("drills", drills, dict)):
            if not isinstance(value, kind):
                choices._tell(Message("'%1' is %2, not an object; ignored.", name,
                                      show_value(value)))
        if isinstance(routines, dict):
            for routine_id, entries in routines.items():
                if isinstance(entries, list) and all(isinstance(e, dict) for e in entries):
                    choices.routines[routine_id] = entries
                else:
                    choices._tell(Message("the choices for routine %1 are %2, not a list of "
                                          "drills; dropped.", show_value(routine_id),
                                          show_value(entries)))
        if isinstance(drills, dict):
            for drill_id, entry in drills.items():
                if isinstance(entry, dict):
                    choices.drills[drill_id] = entry
                else:
                    choices._tell(Message("the choices for drill %1 are %2, not an object; "
                                          "dropped.", show_value(drill_id), show_value(entry)))
        return choices

    def recall(self, routine: Routine) -> Recalled:
        """The plan the setup page starts from: per drill, the choice last made for it in this
        routine, else in any routine, else its defaults; each within the drill's ranges now."""
        remembered = self.routines.get(routine.id, [])
        picked: list[DrillChoice | None] = []
        notes: list[str] = []
        for position, drill in enumerate(routine.drills):
            entry = _entry_for(remembered, position, drill.id)
            if entry is None:
                entry = self.drills.get(drill.id)
            if entry is None:
                picked.append(None)
                continue
            choice, said = _choice(drill, entry)
            picked.append(choice)
            notes += [Message("%1: %2", drill.name, sentence) for sentence in said]
        return Recalled(SessionPlan(routine, tuple(picked)), tuple(notes))

    def remember(self, plan: SessionPlan) -> None:
        """Keep the plan's choices (as the session will run them) for the routine and each
        drill; the routine and drills most lately used are kept last, the oldest let go."""
        entries = []
        for position, drill in enumerate(plan.routine.drills):
            entry = _entry(drill, plan.choice_at(position))
            entries.append({"drill": drill.id, **entry})
            self.drills.pop(drill.id, None)
            self.drills[drill.id] = entry
        self.routines.pop(plan.routine.id, None)
        self.routines[plan.routine.id] = entries
        for kept, limit in ((self.routines, MAX_ROUTINES), (self.drills, MAX_DRILLS)):
            for old in list(kept)[:max(0, len(kept) - limit)]:
                del kept[old]

    def save(self) -> None:
        """Writes the choices atomically; raises OSError saying why when they cannot be saved."""
        kind = kind_of_non_file(self.file)
        if kind:
            raise OSError(placed(str(self.file), Message(
                "it is %1, not a regular file; move it away so the choices can be saved", kind)))
        if self._not_saved_because:
            raise OSError(self._not_saved_because)
        self.file.parent.mkdir(parents=True, exist_ok=True)
        document = {"version": VERSION, "routines": self.routines, "drills": self.drills}
        write_atomically(self.file, json.dumps(document, indent=1, ensure_ascii=False)
                         .encode("utf-8"))

    # -- reading -------------------------------------------------------------------------------

    def _tell(self, sentence: str) -> None:
        self.problems.append(placed(str(self.file), sentence))

    def _read(self) -> dict:
        """The file's top-level object ({} when there is none); raises _Unusable."""
        try:
            kind = kind_of_non_file(self.file)
        except OSError as error:
            self._tell(Message("could not be looked at (%1); starting from the defaults.",
                               reason(error)))
            return {}
        if kind:
            self._not_saved_because = placed(str(self.file), Message(
                "it is %1, not a regular file; move it away so the choices can be saved", kind))
            self._tell(Message("is %1, not a regular file; starting from the defaults. It is left "
                               "where it is, and choices cannot be saved until it is moved "
                               "away.", kind))
            return {}
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        try:
            with open(os.open(self.file, flags), "rb") as handle:
                if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                    raise _Unusable(Message("is not a regular file"))
                raw = handle.read(MAX_FILE_BYTES + 1)
        except FileNotFoundError:
            return {}
        except OSError as error:
            raise _Unusable(Message("could not be read (%1)", reason(error))) from None
        if len(raw) > MAX_FILE_BYTES:
            raise _Unusable(Message("is too large for a choices file (over %1 MiB)",
                                    MAX_FILE_BYTES >> 20))
        try:
            data = json.loads(raw.removeprefix(codecs.BOM_UTF8).decode("utf-8"),
                              parse_constant=_not_a_number)
        except UnicodeDecodeError as error:
            raise _Unusable(Message("is not UTF-8 text (byte %1)", error.start)) from None
        except json.JSONDecodeError as error:
            raise _Unusable(Message("is not valid JSON (%1 at line %2, column %3)", error.msg,
                                    error.lineno, error.colno)) from None
        except (RecursionError, ValueError):
            raise _Unusable(Message("is not a choices file Isohold can read")) from None
        if not isinstance(data, dict):
            raise _Unusable(Message("is not a choices file (it holds %1, not an object)",
                                    show_value(data)))
        version = data.get("version")
        if not isinstance(version, int) or isinstance(version, bool) or version < 1:
            raise _Unusable(Message("has a 'version' of %1, not a choices version (a whole "
                                    "number from 1)", show_value(version)))
        if version > VERSION:
            raise _Unusable(Message("was written by a newer Isohold (choices version %1; this "
                                    "one reads up to %2)", version, VERSION), "newer")
        return data

    def _give_up(self, what: str, label: str = "corrupt") -> None:
        """Tells what is wrong with the whole file and keeps it aside, never over a file."""
        try:
            kept = keep_aside(self.file, label)
        except OSError as error:
            self._not_saved_because = placed(str(self.file), Message(
                "it %1 and could not be moved aside (%2), so it is not saved over", what,
                reason(error)))
            self._tell(Message("%1; starting from the defaults. It could not be moved aside "
                               "(%2), so choices will not be saved over it.", what,
                               reason(error)))
        else:
            self._tell(Message("%1; starting from the defaults. The old file is kept as %2.",
                               what, str(kept)))


class _Unusable(Exception):
    def __init__(self, what: str, label: str = "corrupt") -> None:
        super().__init__(what, label)


def _not_a_number(name: str) -> Any:
    raise ValueError(Message("%1 is not a number JSON allows", name))


def _entry_for(remembered: list[dict], position: int, drill_id: str) -> dict | None:
    """The routine's entry for the drill at `position`: the one in that place if it is the same
    drill, else the drill's first entry (the routine was reordered since)."""
    if position < len(remembered) and remembered[position].get("drill") == drill_id:
        return remembered[position]
    return next((entry for entry in remembered if entry.get("drill") == drill_id), None)


def _entry(drill: Drill, choice: DrillChoice) -> dict:
    """The numbers of a choice that the drill takes (a paced drill has no hold time)."""
    entry: dict[str, Any] = {"reps": choice.reps, "sets": choice.sets}
    for name in SECONDS_OR_CM:
        value = getattr(choice, name)
        if value is not None and _takes(drill, name):
            entry[name] = int(value) if float(value).is_integer() else value
    return entry


def _takes(drill: Drill, name: str) -> bool:
    return getattr(drill, name, None) is not None


def _choice(drill: Drill, entry: Mapping[str, Any]) -> tuple[DrillChoice, list[str]]:
    """The remembered choice within the drill's ranges now, and what was changed on the way."""
    notes: list[str] = []
    numbers: dict[str, float] = {}
    for name in FIELDS:
        if name not in entry:
            continue
        value = entry[name]
        says = _SAYS[name]
        if not _takes(drill, name):
            notes.append(Message("the %1 remembered (%2) was dropped: this drill has no %1 now.",
                                 says, show_value(value)))
        elif isinstance(value, bool) or not isinstance(value, (int, float)) \
                or not math.isfinite(value):
            notes.append(Message("the %1 remembered (%2) was dropped: it is not a number; using "
                                 "the default.", says, show_value(value)))
        elif name in WHOLE and value != int(value):
            notes.append(Message("the %1 remembered (%2) was dropped: it is not a whole number; "
                                 "using the default.", says, show_value(value)))
        else:
            numbers[name] = int(value) if name in WHOLE else float(value)
    choice = DrillChoice.defaults(drill)._replace(**numbers).within(drill)
    for name, value in numbers.items():
        now = getattr(choice, name)
        if now != value:
            allowed = getattr(drill, name)
            unit = _UNITS.get(name, "")
            why = Message("this drill allows %1 to %2 now", _show_number(allowed.min),
                          _show_number(allowed.max) + unit)
            if name == "reps" and allowed.min <= value <= allowed.max:
                why = Message("one leg at a time takes an even count")
            notes.append(Message("the %1 remembered, %2, is now %3 (%4).", _SAYS[name],
                                 _show_number(value) + unit, _show_number(now) + unit, why))
    return choice, notes


def _show_number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"
