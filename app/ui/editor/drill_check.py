"""The drill editor's fields checked by the loader's own rules (no widgets).

The form's texts become a drill entry of a routine file (`entry`), which goes through the
same schema and the same checks the loader makes (`isohold.core.routine_file`); each problem comes
back under the field it is about, in words, for the form to show beside that field. Nothing
here changes the texts: what was typed stays typed.

The sentences said here are the editor's own, in the athlete's language (context
`DrillCheckWords`, one message a sentence); the loader's own sentences about a field come from
the core as they are, after the editor's "Lowest: " and the like.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping
from typing import Any, NamedTuple

from PySide6.QtCore import QLocale

from isohold.core import routine_file
from isohold.core.loader import built_in_file
from isohold.core.routine_schema import check_schema
from isohold.core.routine_store import make_id
from isohold.core.routines import Drill, DrillKind, Range, Sides
from isohold.core.words import Message
from isohold.ui.shared.labels import Words, filled
from isohold.ui.shared.said import said

HOLD, USER_PACED, CADENCE_PACED = "hold", "user-paced", "cadence-paced"
RANGES = ("reps", "sets", "hold_s", "reset_s", "rest_s", "switch_s", "box_height_cm")


class DrillCheckWords(Words):
    """The drill editor's choices, range titles and what it says of a field in error."""


def kinds() -> dict[str, str]:
    """The kinds of drill the form offers, in words."""
    return {HOLD: DrillCheckWords.tr("Hold (timed holds)"),
            USER_PACED: DrillCheckWords.tr("User-paced reps"),
            CADENCE_PACED: DrillCheckWords.tr("Cadence-paced reps (a beep a rep)")}


def sides() -> dict[str, str]:
    """How the legs work, in words."""
    return {Sides.BOTH.value: DrillCheckWords.tr("Both legs at once"),
            Sides.ALTERNATE.value: DrillCheckWords.tr("Alternate legs, one at a time"),
            Sides.LEFT_THEN_RIGHT.value: DrillCheckWords.tr("Left leg's reps, then the right's")}


def range_titles() -> dict[str, str]:
    """Each range's title on the form."""
    return {"reps": DrillCheckWords.tr("Reps"), "sets": DrillCheckWords.tr("Sets"),
            "hold_s": DrillCheckWords.tr("Hold time (s)"),
            "reset_s": DrillCheckWords.tr("Reset between reps (s)"),
            "rest_s": DrillCheckWords.tr("Rest between sets (s)"),
            "switch_s": DrillCheckWords.tr("Switch legs (s)"),
            "box_height_cm": DrillCheckWords.tr("Box height (cm)")}


def part_titles() -> dict[str, str]:
    """A range's three numbers, as the form heads them."""
    return {"min": DrillCheckWords.tr("Lowest"), "max": DrillCheckWords.tr("Highest"),
            "default": DrillCheckWords.tr("Default")}


def _of_part(part: str, problem: str) -> str:
    """What is wrong with one number of a range: Lowest: expected a number, got "x"."""
    template = {"min": DrillCheckWords.tr("Lowest: %1"),
                "max": DrillCheckWords.tr("Highest: %1"),
                "default": DrillCheckWords.tr("Default: %1")}[part]
    return filled(template, problem)


WHOLE = ("reps", "sets")
PARTS = ("min", "max", "default")
_FIELD = re.compile(r"field ([A-Za-z_]+)(?:\.(min|max|default))?(?:\[\d+\])?: (.*)$")


class Checked(NamedTuple):
    """The drill the fields make (None while anything is wrong) and what is wrong, by field:
    "name", "cue", "reps" (a range), "cadence_s", ... and "" for the drill as a whole."""

    drill: Drill | None
    problems: Mapping[str, str]


def applies(field: str, kind: str, sides: str) -> bool:
    """Whether a range or number belongs to a drill of this kind and sides."""
    if field == "hold_s":
        return kind == HOLD
    if field == "switch_s":
        return sides in (Sides.ALTERNATE.value, Sides.LEFT_THEN_RIGHT.value)
    if field == "reset_s":
        return kind == HOLD
    if field == "cadence_s":
        return kind == CADENCE_PACED
    if field == "rep_estimate_s":
        return kind == USER_PACED
    return True


def texts_of(drill: Drill) -> dict[str, str]:
    """A drill as the form's texts."""
    kind = HOLD if drill.kind is DrillKind.HOLD else (
        CADENCE_PACED if drill.cadence_s else USER_PACED)
    texts = {"name": drill.name, "kind": kind, "sides": drill.sides.value, "cue": drill.cue,
             "how": drill.how, "tips": "\n".join(drill.tips),
             "cautions": "\n".join(drill.cautions), "equipment": ", ".join(drill.equipment),
             "cadence_s": _text(drill.cadence_s) if drill.cadence_s else "",
             "rep_estimate_s": _text(drill.rep_estimate_s)}
    for name in RANGES:
        found: Range | None = getattr(drill, name)
        for part in PARTS:
            texts[f"{name}.{part}"] = _text(getattr(found, part)) if found is not None else ""
    return texts


def check(texts: Mapping[str, str], drill_id: str, base: Drill | None = None) -> Checked:
    """The drill the texts describe, or every problem with them, by field."""
    problems: dict[str, str] = {}
    kind, sides = texts.get("kind", HOLD), texts.get("sides", Sides.BOTH.value)
    entry: dict[str, Any] = {"id": drill_id, "name": texts.get("name", "").strip(),
                             "kind": DrillKind.HOLD.value if kind == HOLD else
                             DrillKind.PACED.value, "sides": sides,
                             "cue": texts.get("cue", "").strip()}
    for name in ("name", "cue"):
        if not entry[name]:
            problems[name] = DrillCheckWords.tr("Needed: write a few words.")
    if texts.get("how", "").strip():
        entry["how"] = texts["how"].strip()
    for name in ("tips", "cautions"):
        lines = [line.strip() for line in texts.get(name, "").splitlines() if line.strip()]
        if lines:
            entry[name] = lines
    equipment = [item.strip() for item in texts.get("equipment", "").split(",") if item.strip()]
    if equipment:
        entry["equipment"] = equipment
    for name in RANGES:
        if not applies(name, kind, sides):
            continue
        value, problem = _range(texts, name)
        if problem:
            problems[name] = problem
        elif value is not None:
            entry[name] = value
    if kind == HOLD and "hold_s" not in entry and "hold_s" not in problems:
        problems["hold_s"] = DrillCheckWords.tr(
            "Needed for a hold: how many seconds a hold lasts.")
    for name in ("cadence_s", "rep_estimate_s"):
        if applies(name, kind, sides):
            text = texts.get(name, "").strip()
            if not text:
                if name == "cadence_s":
                    problems[name] = DrillCheckWords.tr(
                        "Needed: the seconds between two beeps (one rep each).")
                continue
            number, problem = _number(text, whole=False)
            if problem:
                problems[name] = problem[:1].upper() + problem[1:]  # a sentence of its own
            else:
                entry[name] = number
    if base is not None:  # what the form does not show is kept as it was
        for name in ("targets", "notes"):
            if getattr(base, name):
                entry[name] = getattr(base, name)
        if base.contacts_per_rep and kind != HOLD:
            entry["contacts_per_rep"] = base.contacts_per_rep
        steps = kept_steps(base, entry)
        if steps:
            entry["progression"] = steps
    for field, what in loader_problems(entry).items():
        problems.setdefault(field, what)
    if problems:
        return Checked(None, problems)
    return Checked(_build(entry), {})


def loader_problems(entry: Mapping[str, Any]) -> dict[str, str]:
    """What the loader says of a file holding this one drill, by field."""
    doc = {"version": routine_file.FORMAT_VERSION, "drills": [dict(entry)],
           "routines": [{"id": "check", "name": "check", "drills": [entry["id"]]}]}
    problems: dict[str, str] = {}
    report = check_schema(doc, "drill")
    messages = list(report.problems)
    if not report.problems:
        built = _builder(doc)
        messages += built.problems
    for text in messages:
        found = _FIELD.search(text)
        if found is None:
            problems.setdefault("", text.split(": ", 1)[-1])
            continue
        field, part, what = found.groups()
        # the loader's own words (the core's), in the athlete's language where it says them
        inner = text.args[1] if isinstance(text, Message) and text.template == "%1: %2" else None
        if isinstance(inner, Message) and inner.template == "%1 field %2: %3":
            what = said(inner.args[2])
        what = _sentence(what)
        problems.setdefault(field, _of_part(part, what[:1].lower() + what[1:]) if part
                            else what)
    return problems


def kept_steps(base: Drill, entry: Mapping[str, Any]) -> list[dict]:
    """The base drill's progression as a file writes it, less what no longer fits the edited
    drill (the form does not show it): no hold step on a paced drill, no box step without a
    box, reps two at a time on a drill worked one leg at a time, no cap below the new range."""
    steps: list[dict] = []
    for step in base.progression:
        name = step.change.value
        if name not in entry and name in ("hold_s", "box_height_cm"):
            continue  # a paced drill has no hold_s in its entry
        by = step.by
        if (name == "reps" and entry.get("sides") != Sides.BOTH.value and by % 2):
            by += 1
        kept: dict[str, Any] = {"change": name, "by": int(by) if float(by).is_integer() else by}
        span = entry.get(name)
        low = span.get("min") if isinstance(span, dict) else span
        if step.max is not None and (low is None or step.max >= low):
            kept["max"] = int(step.max) if float(step.max).is_integer() else step.max
        steps.append(kept)
    return steps


def new_id(name: str, taken: Collection[str]) -> str:
    """An id for a new drill, from its name, that no drill in `taken` has."""
    return make_id(name or "drill", taken)


# -- inside -------------------------------------------------------------------------------------


def _builder(doc: dict) -> routine_file.RoutineFile:
    built_in = built_in_file()
    return routine_file._Builder(doc, "drill", "", built_in.defaults,
                                 {drill.id: drill for drill in built_in.drills}).build()


def _build(entry: dict) -> Drill:
    return _builder({"version": routine_file.FORMAT_VERSION, "drills": [entry]}).drills[0]


def _range(texts: Mapping[str, str], name: str) -> tuple[Any, str]:
    """A range's texts as the file writes it: a number, {min, max, default}, or None (all
    empty); or what is wrong with them."""
    raw = {part: texts.get(f"{name}.{part}", "").strip() for part in PARTS}
    if not any(raw.values()):
        if name in ("reps", "sets"):
            return None, DrillCheckWords.tr("Needed: at least the default.")
        return None, ""
    values: dict[str, float] = {}
    for part in PARTS:
        if raw[part]:
            number, problem = _number(raw[part], whole=name in WHOLE)
            if problem:
                return None, _of_part(part, problem)
            values[part] = number
    if "default" not in values:
        return None, DrillCheckWords.tr("Default: needed (the number a session starts from).")
    low, high = values.get("min", values["default"]), values.get("max", values["default"])
    if low == high == values["default"]:
        return values["default"], ""
    return {"min": low, "max": high, "default": values["default"]}, ""


def _number(text: str, whole: bool) -> tuple[float | int, str]:
    try:
        number = float(text.replace(",", "."))
    except ValueError:
        return 0, filled(DrillCheckWords.tr('expected a number, got "%1".'), text)
    if number != number or number in (float("inf"), float("-inf")):
        return 0, filled(DrillCheckWords.tr('expected a number, got "%1".'), text)
    if whole:
        if not number.is_integer():
            return 0, filled(DrillCheckWords.tr("expected a whole number, got %1."), text)
        return int(number), ""
    return (int(number) if number.is_integer() else number), ""


def _sentence(what: str) -> str:
    what = what.strip()
    return what[:1].upper() + what[1:] + ("" if what.endswith(".") else ".")


def _text(value: float | None) -> str:
    """A number as the form shows it: the language's decimal mark ("1,5" in German; the
    check reads either mark back), no thousands' mark."""
    if value is None:
        return ""
    if float(value).is_integer():
        return str(int(value))
    return f"{value:g}".replace(".", QLocale().decimalPoint())
