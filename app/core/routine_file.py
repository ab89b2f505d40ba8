"""One routine file: read it as data (never executed), check it, and build its drills and routines.

Every problem becomes a message naming the file, the drill or routine, the field, and what was
expected against what was found; nothing here raises on a bad file, and one pass reports every
problem it can find (a drill the schema rejects is left out of the later checks, not the file).

A routine file is read within bounds, so that no file can hang, exhaust or slow the start-up:

- a regular file only (a named pipe, a device or a socket is never opened for reading);
- at most MAX_BYTES (256 KiB; the built-in file is ~10 KB), never more than that is read;
- UTF-8 JSON, nested at most MAX_DEPTH (16) levels (a routine file needs 4), every text and
  field name valid Unicode (no lone surrogate from a `\\udcxx` escape);
- at most MAX_DRILLS (200) drills and MAX_ROUTINES (100) routines.

Files of format version 2 (FORMAT_VERSION) and version 1 (READ_VERSIONS) are read; version 2
adds a drill's `progression` (docs/training.md). `migrated_bytes` makes a version-1 file's
version-2 bytes (the loader rewrites the athlete's own files with them).
"""

from __future__ import annotations

import json
import math
import os
import re
import stat
from collections.abc import Container, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from isohold.core.json_places import Places, syntax_problem
from isohold.core.routine_schema import check_schema, locate, message, number, show, who_is
from isohold.core.routines import Change, Drill, DrillKind, Range, Routine, Sides, Step
from isohold.core.words import Message, placed

FORMAT_VERSION = 2  # what Isohold writes
READ_VERSIONS = (1, 2)  # what it reads
UTF8_BOM = b"\xef\xbb\xbf"
MAX_BYTES = 256 * 1024
MAX_DEPTH = 16
MAX_DRILLS = 200
MAX_ROUTINES = 100
MAX_DIGITS = 100  # a longer number is no routine's; Python refuses past 4,300 digits anyway
DEFAULT_NAMES = ("reset_s", "rest_s", "switch_s", "get_ready_s", "next_drill_s")


class RoutineFile(NamedTuple):
    """What one file holds, or the problems that stop it loading."""

    label: str
    drills: tuple[Drill, ...] = ()
    routines: tuple[Routine, ...] = ()
    defaults: Mapping[str, Range] = MappingProxyType({})
    problems: tuple[str, ...] = ()
    version: int = FORMAT_VERSION  # the file's format version (1: an older file)

    @property
    def ok(self) -> bool:
        return not self.problems


def file_label(path: Path | str) -> str:
    """A path as a person can read and any terminal can print: a file name's bytes that are not
    UTF-8 are shown as `\\xff`."""
    try:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    except UnicodeError:
        return str(path).encode("utf-8", "backslashreplace").decode("utf-8")


def read_routine_file(path: Path, label: str | None = None, *,
                      base_defaults: Mapping[str, Range] | None = None,
                      known_drills: dict[str, Drill] | None = None,
                      schema: bool = True) -> RoutineFile:
    """Read and build `path`. Missing numbers come from the file's `defaults`, then from
    `base_defaults` (the built-in file's); routines may name drills of `known_drills`.

    `schema=False` skips the JSON Schema pass (the built-in file, which the test suite checks
    against the schema) but never the checks that build the drills."""
    label = label or file_label(path)
    text, doc, problems = _read(Path(path), label)
    if doc is None:
        return RoutineFile(label, problems=tuple(problems))
    broken: Container[tuple] = ()
    places = Places(text)  # the lines of what is wrong: scanned only if something is
    try:
        if schema:  # `version` is reported above, in words that say which versions are read
            version = doc.get("version")
            known = version in READ_VERSIONS and not isinstance(version, bool)
            report = check_schema({**doc, "version": version if known else FORMAT_VERSION},
                                  label, places)
            problems += report.problems
            broken = report.broken
        built = _Builder(doc, label, str(path), base_defaults or {}, known_drills or {},
                         broken, places).build()
    except RecursionError:  # read_document bounds the nesting; this is the last line of defence
        return RoutineFile(label, problems=(placed(label, Message("nested too deeply to check")),))
    problems += built.problems
    return built._replace(problems=tuple(dict.fromkeys(problems))) if problems else built


def _field_path(field_: str) -> list:
    """`reps.default` -> ["reps", "default"], `drills[1]` -> ["drills", 1]."""
    path: list = []
    for part in field_.split(".") if field_ else ():
        name, *indexes = part.replace("]", "").split("[")
        path += [name, *(int(index) for index in indexes if index.isdigit())]
    return path


class _BadConstant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _BadConstant(Message("not valid JSON: %1 is not a number JSON allows", name))


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadConstant(Message("not valid JSON: %1 is not a number JSON allows", text))
    return value


def _integer(text: str) -> int:
    if len(text) > MAX_DIGITS:
        raise _BadConstant(Message("expected a number of at most %1 digits, got one of %2",
                                   MAX_DIGITS, len(text)))
    return int(text)


_JSON_TYPES = {dict: Message("an object"), list: Message("a list"), str: Message("text"),
               int: Message("a number"), float: Message("a number"),
               bool: Message("true or false"), type(None): "null"}
_SPECIAL_FILES = ((stat.S_ISFIFO, Message("a named pipe (FIFO)")),
                  (stat.S_ISCHR, Message("a device")), (stat.S_ISBLK, Message("a device")),
                  (stat.S_ISSOCK, Message("a socket")))


def read_bytes(path: Path, label: str) -> tuple[bytes | None, str]:
    """At most MAX_BYTES of a regular file, or None and why not. A pipe or a device is never
    opened for reading (it could block forever or never end)."""
    try:
        mode = os.stat(path).st_mode
        if not stat.S_ISREG(mode):
            return None, _not_a_file(label, mode)
        # O_NONBLOCK: should the file become a pipe between stat and open, open still returns
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb", closefd=True) as file:
            mode = os.fstat(file.fileno()).st_mode
            if not stat.S_ISREG(mode):
                return None, _not_a_file(label, mode)
            raw = file.read(MAX_BYTES + 1)
    except FileNotFoundError:
        return None, placed(label, Message("no such file"))
    except OSError as error:
        return None, placed(label, Message("cannot be read (%1)", error.strerror or str(error)))
    if len(raw) > MAX_BYTES:
        return None, placed(label, Message("expected a routine file of at most %1 KiB, got a "
                                           "larger one (a routine file is a few KiB; split it "
                                           "into files)", MAX_BYTES // 1024))
    return raw, ""


def _not_a_file(label: str, mode: int) -> str:
    if stat.S_ISDIR(mode):
        return placed(label, Message("is a folder, expected a routine file (.json)"))
    what = next((name for test, name in _SPECIAL_FILES if test(mode)),
                Message("not a regular file"))
    return placed(label, Message("is %1, expected a routine file (a regular .json file); "
                                 "not read", what))


def read_document(path: Path, label: str) -> tuple[dict | None, list[str]]:
    """The file's top-level JSON object and the problems found on the way, or None and why it
    could not be had."""
    _, doc, problems = _read(path, label)
    return doc, problems


def _read(path: Path, label: str) -> tuple[str, dict | None, list[str]]:
    """read_document's answer, and the file's text (for the lines of later problems)."""
    raw, problem = read_bytes(path, label)
    if raw is None:
        return "", None, [problem]
    body = raw.removeprefix(UTF8_BOM)  # some editors start UTF-8 files with one
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        line = body.count(b"\n", 0, error.start) + 1
        return "", None, [placed(label, Message("a character that is not UTF-8 text (byte %1): "
                                                "save the file as UTF-8",
                                                f"0x{body[error.start]:02x}"), line)]
    doc, problems = _parse(text, label)
    return text, doc, problems


def _parse(text: str, label: str) -> tuple[dict | None, list[str]]:
    deep = _too_deep(text)
    if deep is not None:
        line = text.count("\n", 0, deep) + 1
        return None, [placed(label, Message("expected at most %1 levels of nested lists and "
                                            "objects (a routine file needs 4), got more",
                                            MAX_DEPTH), line)]
    repeated: list[str] = []
    try:
        doc = json.loads(text, parse_constant=_reject_constant, parse_float=_finite,
                         parse_int=_integer,
                         object_pairs_hook=lambda pairs: _object(pairs, repeated))
    except json.JSONDecodeError as error:
        line, what = syntax_problem(text, error)
        return None, [placed(label, Message("%1 (the file is checked further once this is "
                                            "fixed)", what), line)]
    except _BadConstant as error:
        return None, [placed(label, error.args[0])]
    except RecursionError:  # _too_deep lets nothing this deep through; a last defence
        return None, [placed(label, Message("not valid JSON: nested too deeply"))]
    if "\\u" in text:  # a lone surrogate can only come from a `\u` escape
        problems = _surrogates(doc, label)
        if problems:
            return None, problems
    if not isinstance(doc, dict):
        return None, [placed(label, Message("expected a JSON object {...} at the top level, "
                                            "got %1", _JSON_TYPES[type(doc)]))]
    problems = [placed(label, Message('field "%1" appears twice in one object; JSON would keep '
                                      "only the last, so remove one", name))
                for name in dict.fromkeys(repeated)]
    version = doc.get("version")
    if "version" not in doc:
        problems.append(placed(label, Message("field version: required, but missing (expected "
                                              "%1)", FORMAT_VERSION)))
    elif version not in READ_VERSIONS or isinstance(version, bool):
        problems.append(placed(label, Message("field version: expected %1, got %2 (this "
                                              "Isohold reads version 1 and %1 files)",
                                              FORMAT_VERSION, show(version))))
        if isinstance(version, (int, float)) and not isinstance(version, bool):
            return None, problems  # another format: its fields may mean other things
    too_many = [placed(label, Message("field %1: expected at most %2 %1 in one file, got %3 "
                                      "(split them into files); not checked further", section,
                                      limit, len(doc[section])))
                for section, limit in (("drills", MAX_DRILLS), ("routines", MAX_ROUTINES))
                if isinstance(doc.get(section), list) and len(doc[section]) > limit]
    return (None, problems + too_many) if too_many else (doc, problems)


# A string (an unclosed one runs to the end: no backtracking), or a bracket outside strings
_STRING_OR_BRACKET = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"?|[][{}]')


def _too_deep(text: str) -> int | None:
    """Where the nesting passes MAX_DEPTH, found without recursion before the JSON parser
    recurses (how deep it may go depends on how deep the caller's stack already is)."""
    depth = 0
    for found in _STRING_OR_BRACKET.finditer(text):
        if found[0] in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return found.start()
        elif found[0] in "]}":
            depth -= 1
    return None


def _surrogates(doc: Any, label: str) -> list[str]:
    """A message for each text or field name that is not valid Unicode, in file order."""
    problems: list[str] = []
    stack: list[tuple[Any, tuple]] = [(doc, ())]
    while stack:
        value, path = stack.pop()
        if isinstance(value, (dict, list)):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            children = []
            for key, item in items:
                if isinstance(key, str) and _lone_surrogate(key) is not None:
                    who, field_ = locate(doc, [*path, key])
                    problems.append(_printable(message(
                        label, who, field_, _surrogate_text(key, Message("a field name")))))
                children.append((item, (*path, key)))
            stack.extend(reversed(children))
        elif isinstance(value, str) and _lone_surrogate(value) is not None:
            who, field_ = locate(doc, list(path))
            problems.append(_printable(message(label, who, field_,
                                               _surrogate_text(value, Message("text")))))
    return problems


def _lone_surrogate(text: str) -> int | None:
    if text.isascii():
        return None
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as error:
        return error.start
    return None


def _surrogate_text(text: str, what: str) -> str:
    at = _lone_surrogate(text)
    return Message("expected %1 in valid Unicode, got a lone surrogate %2 at character %3 (half "
                   "of a UTF-16 pair: remove the escape or write the character itself)", what,
                   f"\\u{ord(text[at]):04x}", at + 1)


def _printable(text: str) -> str:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return text.encode("utf-8", "backslashreplace").decode("utf-8")
    return text


def _object(pairs: list[tuple[str, Any]], repeated: list[str]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            repeated.append(_printable(key))
        result[key] = value
    return result


class _Builder:
    """Semantic checks the schema cannot express, and the records, in one pass. A part the
    schema rejected (`broken`: the first two steps of each error's path) is left out."""

    def __init__(self, doc: dict, label: str, source: str, base_defaults: Mapping[str, Range],
                 known_drills: dict[str, Drill], broken: Container[tuple] = (),
                 places: Places | None = None) -> None:
        self.doc, self.label, self.source = doc, label, source
        self.known = known_drills
        self.broken = broken
        self.places = places
        self.at: tuple = ()  # the item being built, like ("drills", 2): where its problems are
        self.problems: list[str] = []
        self.defaults = dict(base_defaults)

    def build(self) -> RoutineFile:
        defaults = self.doc.get("defaults", {})
        self.at = ("defaults",)
        if ("defaults",) not in self.broken:
            for name, entry in defaults.items():
                if ("defaults", name) not in self.broken:
                    self.defaults[name] = self._range(entry, "defaults", name)
        drills = self._drills()
        routines = self._routines({**self.known, **{drill.id: drill for drill in drills}})
        version = self.doc.get("version")
        version = version if version in READ_VERSIONS and not isinstance(version, bool) \
            else FORMAT_VERSION
        if self.problems:
            return RoutineFile(self.label, problems=tuple(self.problems), version=version)
        return RoutineFile(self.label, tuple(drills), tuple(routines), self.defaults,
                           version=version)

    def _items(self, section: str) -> list[tuple[int, dict]]:
        """The section's items the schema let through, with their index."""
        if (section,) in self.broken:
            return []
        return [(index, item) for index, item in enumerate(self.doc.get(section, []))
                if (section, index) not in self.broken]

    def _problem(self, who: str, field_: str, what: str) -> None:
        line = self.places.line([*self.at, *_field_path(field_)]) if self.places else None
        self.problems.append(message(self.label, who, field_, what, line))

    def _range(self, value: Any, who: str, name: str) -> Range:
        if not isinstance(value, dict):
            return Range.fixed(float(value))
        low, high, default = (float(value[key]) for key in ("min", "max", "default"))
        if low > high:
            self._problem(who, name, Message("expected min <= max, got min %1 and max %2",
                                             number(low), number(high)))
        elif not low <= default <= high:
            self._problem(who, f"{name}.default", Message(
                "expected a number between %1 and %2, got %3", number(low), number(high),
                number(default)))
        return Range(low, high, default)

    def _unique(self, kind: str, items: Any) -> None:
        """Duplicate ids, among every item that has a text id (even one rejected otherwise)."""
        if not isinstance(items, list):
            return
        seen: dict[str, int] = {}
        for number_, item in enumerate(items, start=1):
            self.at = (f"{kind}s", number_ - 1)
            ident = item.get("id") if isinstance(item, dict) else None
            if not isinstance(ident, str):
                continue
            if ident in seen:
                self._problem(who_is(kind == "drill", ident, number_), "id",
                              Message('expected a unique id, but %1 of this file already uses '
                                      '"%2"', who_is(kind == "drill", "", seen[ident]), ident))
            seen.setdefault(ident, number_)

    def _drills(self) -> list[Drill]:
        self._unique("drill", self.doc.get("drills", []))
        drills = []
        for index, item in self._items("drills"):
            self.at = ("drills", index)
            drills.append(self._drill(item))
        return drills

    def _drill(self, item: dict) -> Drill:
        who = who_is(True, item["id"], 0)
        kind, sides = DrillKind(item["kind"]), Sides(item["sides"])
        ranges = {name: self._range(item[name], who, name)
                  for name in ("reps", "sets", "hold_s", "reset_s", "rest_s", "switch_s",
                               "box_height_cm") if name in item}
        for name in ("reset_s", "rest_s", "switch_s"):
            ranges.setdefault(name, self.defaults.get(name, Range.fixed(0)))
        if kind is DrillKind.HOLD and "hold_s" not in item:
            self._problem(who, "hold_s", Message('required for a hold drill ("kind": "hold"), '
                                                 'but missing'))
        if kind is DrillKind.PACED and "hold_s" in item:
            self._problem(who, "hold_s", Message('only hold drills have a hold time; remove it '
                                                 'or set "kind": "hold"'))
        if kind is DrillKind.HOLD and "cadence_s" in item:
            self._problem(who, "cadence_s", Message('only paced drills have a cadence; remove it '
                                                    'or set "kind": "paced"'))
        if kind is DrillKind.HOLD and item.get("contacts_per_rep"):
            self._problem(who, "contacts_per_rep", Message(
                'only paced (jump) drills have ground contacts; remove it or set "kind": '
                '"paced"'))
        if sides.one_at_a_time:
            self._alternate(who, kind, sides, ranges.get("reps", Range.fixed(1)))
        progression = self._progression(who, item, kind, sides, ranges)
        return Drill(
            id=item["id"], name=item["name"], kind=kind, sides=sides, cue=item["cue"],
            targets=item.get("targets", ""), how=item.get("how", ""),
            tips=tuple(item.get("tips", ())), cautions=tuple(item.get("cautions", ())),
            notes=item.get("notes", ""), equipment=tuple(item.get("equipment", ())),
            cadence_s=float(item["cadence_s"]) if "cadence_s" in item else None,
            rep_estimate_s=float(item.get("rep_estimate_s", 5.0)),
            contacts_per_rep=int(item.get("contacts_per_rep", 0)),
            progression=progression,
            **ranges,
        )

    def _progression(self, who: str, item: dict, kind: DrillKind, sides: Sides,
                     ranges: dict[str, Range]) -> tuple[Step, ...]:
        """The drill's progression steps (version 2), each checked against the drill."""
        if "progression" not in item:
            return ()
        if self.doc.get("version") == 1:
            self._problem(who, "progression", Message(
                'only version 2 files declare a progression; set "version": 2 at the top of '
                'the file'))
            return ()
        steps: list[Step] = []
        seen: set[Change] = set()
        for number_, entry in enumerate(item["progression"]):
            where = f"progression[{number_}]"
            change, by = Change(entry["change"]), float(entry["by"])
            span = ranges.get(change.value)
            if change in seen:
                self._problem(who, f"{where}.change", Message(
                'expected each choice once in a progression, got "%1" again', change.value))
                continue
            seen.add(change)
            if change is Change.HOLD_S and kind is not DrillKind.HOLD:
                self._problem(who, f"{where}.change", Message(
                    'only hold drills have a hold time to step; remove this step or set '
                    '"kind": "hold"'))
                continue
            if change is Change.BOX_HEIGHT_CM and span is None:
                self._problem(who, f"{where}.change", Message(
                    "the drill has no box_height_cm to step; remove this step or give the "
                    "drill a box height"))
                continue
            if change in (Change.REPS, Change.SETS) and not by.is_integer():
                self._problem(who, f"{where}.by", Message(
                    "expected a whole number of %1, got %2", change.value, number(by)))
                continue
            if change is Change.REPS and sides.one_at_a_time and by % 2:
                self._problem(who, f"{where}.by", Message(
                    "expected an even number (one leg at a time: one rep more for each leg), "
                    "got %1", number(by)))
                continue
            top = entry.get("max")
            if top is not None and span is not None and float(top) < span.min:
                self._problem(who, f"{where}.max", Message(
                    "expected at least the drill's lowest %1, %2 (the step could never go up), "
                    "got %3", change.value, number(span.min), number(top)))
                continue
            steps.append(Step(change, by, float(top) if top is not None else None))
        return tuple(steps)

    def _alternate(self, who: str, kind: DrillKind, sides: Sides, reps: Range) -> None:
        """One leg at a time: the legs get equal holds, so the count must split evenly."""
        even = Message("an even number (one leg at a time, equal reps per leg)")
        if kind is not DrillKind.HOLD:
            self._problem(who, "sides", Message('expected "both" for a paced drill (only hold '
                                                'drills work one leg at a time), got "%1"',
                                                sides.value))
        elif reps.min == reps.max and reps.min % 2:  # "reps": 7 (a wider range holds an even)
            self._problem(who, "reps", Message("expected %1, got %2%3", even, number(reps.min),
                                               ""))
        elif reps.min <= reps.max and reps.default % 2:
            self._problem(who, "reps.default", Message("expected %1, got %2%3", even,
                                                       number(reps.default), ""))

    def _routines(self, drills: dict[str, Drill]) -> list[Routine]:
        self._unique("routine", self.doc.get("routines", []))
        rejected = {item["id"] for _, item in self._rejected("drills")
                    if isinstance(item.get("id"), str)}
        routines = []
        for index, item in self._items("routines"):
            self.at = ("routines", index)
            who = who_is(False, item["id"], 0)
            for position, drill_id in enumerate(item["drills"]):
                if drill_id not in drills and drill_id not in rejected:
                    import difflib  # only for a wrong id: kept off the start-up

                    close = difflib.get_close_matches(drill_id, list(drills), n=1)
                    hint = Message(' (did you mean "%1"?)', close[0]) if close else ""
                    self._problem(who, f"drills[{position}]", Message(
                        "expected the id of a drill in this file or the built-in drills, got "
                        "%1%2", show(drill_id), hint))
            if self.problems or not all(drill_id in drills for drill_id in item["drills"]):
                continue  # a drill reported above: the file is refused anyway
            routines.append(Routine(
                id=item["id"], name=item["name"], description=item.get("description", ""),
                drills=tuple(drills[drill_id] for drill_id in item["drills"]),
                get_ready_s=float(item.get("get_ready_s", self._default("get_ready_s", 10.0))),
                next_drill_s=float(item.get("next_drill_s", self._default("next_drill_s", 20.0))),
                source=self.source,
            ))
        return routines

    def _rejected(self, section: str) -> list[tuple[int, dict]]:
        """The section's items the schema rejected (a routine naming one is not told again that
        the drill does not exist)."""
        items = self.doc.get(section, [])
        if (section,) in self.broken or not isinstance(items, list):
            return []
        return [(index, item) for index, item in enumerate(items)
                if (section, index) in self.broken and isinstance(item, dict)]

    def _default(self, name: str, fallback: float) -> float:
        found = self.defaults.get(name)
        return found.default if found else fallback
