"""One routine file: read it as data (never executed), check it, and build its drills and routines.

Every problem becomes a message naming the file, the drill or routine, the field, and what was
expected against what was found; nothing here raises on a bad file.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from app.core.routine_schema import message, number, schema_problems, show
from app.core.routines import Drill, DrillKind, Range, Routine, Sides

FORMAT_VERSION = 1
UTF8_BOM = b"\xef\xbb\xbf"
MAX_BYTES = 1_000_000  # a routine file is a few kilobytes; anything this big is not one
DEFAULT_NAMES = ("reset_s", "rest_s", "switch_s", "get_ready_s", "next_drill_s")


class RoutineFile(NamedTuple):
    """What one file holds, or the problems that stop it loading."""

    label: str
    drills: tuple[Drill, ...] = ()
    routines: tuple[Routine, ...] = ()
    defaults: Mapping[str, Range] = MappingProxyType({})
    problems: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def read_routine_file(path: Path, label: str | None = None, *,
                      base_defaults: Mapping[str, Range] | None = None,
                      known_drills: dict[str, Drill] | None = None,
                      schema: bool = True) -> RoutineFile:
    """Read and build `path`. Missing numbers come from the file's `defaults`, then from
    `base_defaults` (the built-in file's); routines may name drills of `known_drills`.

    `schema=False` skips the JSON Schema pass (the built-in file, which the test suite checks
    against the schema) but never the checks that build the drills."""
    label = label or str(path)
    doc, problems = read_document(Path(path), label)
    if doc is None:
        return RoutineFile(label, problems=tuple(problems))
    problems = schema_problems(doc, label) if schema else []
    if problems:
        return RoutineFile(label, problems=tuple(problems))
    return _Builder(doc, label, str(path), base_defaults or {}, known_drills or {}).build()


class _BadConstant(ValueError):
    pass


def _reject_constant(name: str) -> Any:
    raise _BadConstant(name)


def _finite(text: str) -> float:
    value = float(text)
    if not math.isfinite(value):
        raise _BadConstant(text)
    return value


_JSON_TYPES = {dict: "an object", list: "a list", str: "text", int: "a number", float: "a number",
               bool: "true or false", type(None): "null"}


def read_document(path: Path, label: str) -> tuple[dict | None, list[str]]:
    """The file's top-level JSON object, or None and why it could not be had."""
    try:
        if path.is_dir():
            return None, [f"{label}: is a folder, expected a routine file (.json)"]
        if path.stat().st_size > MAX_BYTES:
            return None, [f"{label}: expected a routine file under {MAX_BYTES // 1000} kB, "
                          f"got {path.stat().st_size // 1000} kB"]
        raw = path.read_bytes()
    except FileNotFoundError:
        return None, [f"{label}: no such file"]
    except OSError as error:
        return None, [f"{label}: cannot be read ({error.strerror or error})"]
    body = raw.removeprefix(UTF8_BOM)  # some editors start UTF-8 files with one
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        offset = error.start + len(raw) - len(body)
        return None, [f"{label}: expected UTF-8 text, got byte 0x{raw[offset]:02x} at "
                      f"offset {offset} (save the file as UTF-8)"]
    repeated: list[str] = []
    try:
        doc = json.loads(text, parse_constant=_reject_constant, parse_float=_finite,
                         object_pairs_hook=lambda pairs: _object(pairs, repeated))
    except json.JSONDecodeError as error:
        return None, [f"{label}: not valid JSON at line {error.lineno}, column {error.colno}: "
                      f"{error.msg}"]
    except _BadConstant as error:
        return None, [f"{label}: not valid JSON: {error} is not a number JSON allows"]
    except RecursionError:
        return None, [f"{label}: not valid JSON: nested too deeply"]
    if not isinstance(doc, dict):
        return None, [f"{label}: expected a JSON object {{...}} at the top level, "
                      f"got {_JSON_TYPES[type(doc)]}"]
    if repeated:
        return None, [f'{label}: field "{name}" appears twice in one object; JSON would keep only '
                      "the last, so remove one" for name in dict.fromkeys(repeated)]
    if "version" not in doc:
        return None, [f"{label}: field version: required, but missing (expected {FORMAT_VERSION})"]
    if doc["version"] != FORMAT_VERSION or isinstance(doc["version"], bool):
        return None, [f"{label}: field version: expected {FORMAT_VERSION}, got "
                      f"{show(doc['version'])} (this Isohold reads version {FORMAT_VERSION} files)"]
    return doc, []


def _object(pairs: list[tuple[str, Any]], repeated: list[str]) -> dict:
    result: dict = {}
    for key, value in pairs:
        if key in result:
            repeated.append(key)
        result[key] = value
    return result


class _Builder:
    """Semantic checks the schema cannot express, and the dataclasses, in one pass."""

    def __init__(self, doc: dict, label: str, source: str, base_defaults: Mapping[str, Range],
                 known_drills: dict[str, Drill]) -> None:
        self.doc, self.label, self.source = doc, label, source
        self.known = known_drills
        self.problems: list[str] = []
        self.defaults = dict(base_defaults)

    def build(self) -> RoutineFile:
        for name, entry in self.doc.get("defaults", {}).items():
            self.defaults[name] = self._range(entry, "defaults", name)
        drills = self._drills()
        routines = self._routines({**self.known, **{drill.id: drill for drill in drills}})
        if self.problems:
            return RoutineFile(self.label, problems=tuple(self.problems))
        return RoutineFile(self.label, tuple(drills), tuple(routines), self.defaults)

    def _problem(self, who: str, field_: str, what: str) -> None:
        self.problems.append(message(self.label, who, field_, what))

    def _range(self, value: Any, who: str, name: str) -> Range:
        if not isinstance(value, dict):
            return Range.fixed(float(value))
        low, high, default = (float(value[key]) for key in ("min", "max", "default"))
        if low > high:
            self._problem(who, name, f"expected min <= max, got min {number(low)} and max "
                                     f"{number(high)}")
        elif not low <= default <= high:
            self._problem(who, f"{name}.default", f"expected a number between {number(low)} and "
                                                  f"{number(high)}, got {number(default)}")
        return Range(low, high, default)

    def _unique(self, kind: str, items: list[dict]) -> None:
        seen: dict[str, int] = {}
        for number_, item in enumerate(items, start=1):
            if item["id"] in seen:
                self._problem(f'{kind} "{item["id"]}"', "id",
                              f"expected a unique id, but {kind} #{seen[item['id']]} of this file "
                              f'already uses "{item["id"]}"')
            seen.setdefault(item["id"], number_)

    def _drills(self) -> list[Drill]:
        items = self.doc.get("drills", [])
        self._unique("drill", items)
        return [self._drill(item) for item in items]

    def _drill(self, item: dict) -> Drill:
        who = f'drill "{item["id"]}"'
        kind, sides = DrillKind(item["kind"]), Sides(item["sides"])
        ranges = {name: self._range(item[name], who, name)
                  for name in ("reps", "sets", "hold_s", "reset_s", "rest_s", "switch_s",
                               "box_height_cm") if name in item}
        for name in ("reset_s", "rest_s", "switch_s"):
            ranges.setdefault(name, self.defaults.get(name, Range.fixed(0)))
        if kind is DrillKind.HOLD and "hold_s" not in item:
            self._problem(who, "hold_s", 'required for a hold drill ("kind": "hold"), but missing')
        if kind is DrillKind.PACED and "hold_s" in item:
            self._problem(who, "hold_s", 'only hold drills have a hold time; remove it or set '
                                         '"kind": "hold"')
        if kind is DrillKind.HOLD and "cadence_s" in item:
            self._problem(who, "cadence_s", 'only paced drills have a cadence; remove it or set '
                                            '"kind": "paced"')
        if sides is Sides.ALTERNATE:
            self._alternate(who, kind, ranges.get("reps", Range.fixed(1)))
        return Drill(
            id=item["id"], name=item["name"], kind=kind, sides=sides, cue=item["cue"],
            targets=item.get("targets", ""), how=item.get("how", ""),
            tips=tuple(item.get("tips", ())), cautions=tuple(item.get("cautions", ())),
            notes=item.get("notes", ""), equipment=tuple(item.get("equipment", ())),
            cadence_s=float(item["cadence_s"]) if "cadence_s" in item else None,
            rep_estimate_s=float(item.get("rep_estimate_s", 5.0)),
            **ranges,
        )

    def _alternate(self, who: str, kind: DrillKind, reps: Range) -> None:
        """One leg at a time: the timeline alternates holds, so the count must split evenly."""
        if kind is not DrillKind.HOLD:
            self._problem(who, "sides", 'expected "both" for a paced drill (only hold drills '
                                        'alternate legs), got "alternate"')
        elif reps.min <= reps.max and not any(n % 2 == 0 for n in range(int(reps.min),
                                                                          int(reps.max) + 1)):
            self._problem(who, "reps", "expected a range holding an even number (one leg at a "
                                       f"time, equal reps per leg), got {number(reps.min)} to "
                                       f"{number(reps.max)}")
        elif reps.default % 2:
            self._problem(who, "reps.default" if reps.min != reps.max else "reps",
                          "expected an even number (one leg at a time, equal reps per leg), got "
                          f"{number(reps.default)}")

    def _routines(self, drills: dict[str, Drill]) -> list[Routine]:
        items = self.doc.get("routines", [])
        self._unique("routine", items)
        routines = []
        for item in items:
            who = f'routine "{item["id"]}"'
            for position, drill_id in enumerate(item["drills"]):
                if drill_id not in drills:
                    import difflib  # only for a wrong id: kept off the start-up

                    close = difflib.get_close_matches(drill_id, list(drills), n=1)
                    hint = f' (did you mean "{close[0]}"?)' if close else ""
                    self._problem(who, f"drills[{position}]",
                                  "expected the id of a drill in this file or the built-in "
                                  f"drills, got {show(drill_id)}{hint}")
            if self.problems:
                continue
            routines.append(Routine(
                id=item["id"], name=item["name"], description=item.get("description", ""),
                drills=tuple(drills[drill_id] for drill_id in item["drills"]),
                get_ready_s=float(item.get("get_ready_s", self._default("get_ready_s", 10.0))),
                next_drill_s=float(item.get("next_drill_s", self._default("next_drill_s", 20.0))),
                source=self.source,
            ))
        return routines

    def _default(self, name: str, fallback: float) -> float:
        found = self.defaults.get(name)
        return found.default if found else fallback
