"""Check a routine document against `resources/drills.schema.json`, in words an athlete reads.

jsonschema finds the problems; this module turns each one into a line naming the file, the
drill or routine (by id), the field, and what was expected against what was found.
"""

from __future__ import annotations

import json
from functools import cache
from typing import TYPE_CHECKING, Any, NamedTuple

from isohold import assets
from isohold.core.json_places import Places
from isohold.core.words import Message, placed

if TYPE_CHECKING:  # jsonschema costs ~150 ms to import: only files that need checking pay it
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import ValidationError

_TYPES = {
    "integer": Message("a whole number"),
    "number": Message("a number"),
    "string": Message("text"),
    "array": Message("a list"),
    "object": Message("an object"),
    "boolean": Message("true or false"),
    "null": "null",
}


@cache
def validator() -> "Draft202012Validator":
    from jsonschema import Draft202012Validator

    schema = json.loads(assets.path("drills.schema.json").read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


class SchemaReport(NamedTuple):
    """The messages, and where they are: the first two steps of each error's path, like
    `("drills", 2)` for the third drill or `("routines",)` for the list itself."""

    problems: list[str]
    broken: set[tuple]


def check_schema(doc: dict, label: str, places: Places | None = None) -> SchemaReport:
    """Every way `doc` breaks the schema, one message each, in file order (on its line, when
    `places` knows the file's lines)."""
    errors = sorted(validator().iter_errors(doc), key=lambda e: [str(p) for p in e.absolute_path])
    found: list[tuple[int, str]] = []
    broken: set[tuple] = set()
    for error in errors:
        path = list(error.absolute_path)
        broken.add(tuple(path[:2]))
        who, field = locate(doc, path)
        for extra_field, what in _explain(error, path):
            line = places.line([*path, extra_field] if extra_field else path) if places else None
            found.append((line or 0, message(label, who, _join(field, extra_field), what, line)))
    problems = [text for _, text in sorted(found, key=lambda item: item[0])]  # by line
    return SchemaReport(list(dict.fromkeys(problems)), broken)


def message(label: str, who: str, field: str, what: str, line: int | None = None) -> Message:
    """`my.json, line 12: drill "wall-press" field reps.default: expected ..., got ...`

    One line whatever the file holds: a control character or line break in a field name or
    value (a record separator, U+2028...) is written as its escape, as the file spells it."""
    if who and field:
        what = Message("%1 field %2: %3", who, field, what)
    elif field:
        what = Message("field %1: %2", field, what)
    elif who:
        what = Message("%1: %2", who, what)
    return one_line(placed(label, what, line))


def one_line(text: str) -> str:
    """`text` with every character that is not printable (control characters, line and
    paragraph separators) written as its escape: "\\x1e", "\\u2028"."""
    if text.isprintable():
        return text
    return "".join(ch if ch.isprintable() else ch.encode("unicode_escape").decode("ascii")
                   for ch in text)


def locate(doc: Any, path: list) -> tuple[str, str]:
    """(who, field) for a path into the document: ('drill "sprinter-press"', 'reps.default')."""
    who, rest = "", path
    if len(path) >= 2 and path[0] in ("drills", "routines") and isinstance(path[1], int):
        try:
            item = doc[path[0]][path[1]]
        except (KeyError, IndexError, TypeError):
            item = None
        ident = item.get("id") if isinstance(item, dict) else None
        who = who_is(path[0] == "drills", ident if isinstance(ident, str) else "", path[1] + 1)
        rest = path[2:]
    elif path and path[0] == "defaults":
        who, rest = "defaults", path[1:]
    return who, field_name(rest)


def who_is(drill: bool, ident: str, number_: int) -> Message:
    """'drill "sprinter-press"', or 'routine #3' for one without an id."""
    if ident:
        return Message('drill "%1"', ident) if drill else Message('routine "%1"', ident)
    return Message("drill #%1", number_) if drill else Message("routine #%1", number_)


def one_of(words: list) -> str:
    """"a whole number or text": the ways a value may be, joined."""
    joined = words[0]
    for word in words[1:]:
        joined = Message("%1 or %2", joined, word)
    return joined


def field_name(path: list) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def show(value: Any) -> str:
    """A found value as the file spells it, cut short if long."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    try:
        text = json.dumps(value, ensure_ascii=False)
    except (TypeError, ValueError):
        text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else str(value)


def _join(field: str, extra: str) -> str:
    if not extra:
        return field
    return f"{field}.{extra}" if field else extra


# Fields that take a number or a {min, max, default} range
RANGES = {"reps": 8, "sets": 1, "hold_s": 10, "reset_s": 10, "rest_s": 90, "switch_s": 5,
          "box_height_cm": 40}


def _explain(error: ValidationError, path: list | None = None) -> list[tuple[str, str]]:
    """(field below the error's path, what was expected vs found) for one schema error."""
    kind, want, found = error.validator, error.validator_value, error.instance
    field = path[-1] if path and len(path) == 3 and path[0] == "drills" else None
    if kind == "type" and field in RANGES and not isinstance(found, dict):
        example = RANGES[field]
        whole = _TYPES["integer"] if field in ("reps", "sets") else _TYPES["number"]
        return [("", Message('expected %1 like %2, or a range like {"min": %2, "max": %3, '
                             '"default": %2}, got %4%5', whole, example, example + 2,
                             show(found), _unquote_hint(found)))]
    if kind == "required":
        missing = [name for name in want if isinstance(found, dict) and name not in found]
        return [(name, Message("required, but missing")) for name in missing]
    if kind == "additionalProperties":
        allowed = sorted(error.schema.get("properties", {}))
        extras = sorted(set(found) - set(allowed)) if isinstance(found, dict) else []
        return [(name, _unknown(name, allowed)) for name in extras]
    if kind == "type":
        types = want if isinstance(want, list) else [want]
        expected = one_of([_TYPES.get(name, name) for name in types])
        hint = _unquote_hint(found) if {"integer", "number"} & set(types) else ""
        return [("", Message("expected %1, got %2%3", expected, show(found), hint))]
    if kind == "enum":
        options = ", ".join(show(option) for option in want)
        return [("", Message("expected one of %1, got %2", options, show(found)))]
    if kind == "const":
        return [("", Message("expected %1, got %2", show(want), show(found), ""))]
    if kind == "minimum":
        return [("", Message("expected a number at least %1, got %2", number(want), show(found)))]
    if kind == "maximum":
        return [("", Message("expected a number at most %1, got %2", number(want), show(found)))]
    if kind == "exclusiveMinimum":
        return [("", Message("expected a number greater than %1, got %2", number(want),
                             show(found)))]
    if kind == "exclusiveMaximum":
        return [("", Message("expected a number less than %1, got %2", number(want),
                             show(found)))]
    if kind == "minLength":
        return [("", Message("expected some text, got an empty string"))]
    if kind == "maxLength":
        return [("", Message("expected at most %1 characters, got %2", want, len(found)))]
    if kind == "minItems":
        return [("", Message("expected at least %n item(s), got %1", len(found), count=want))]
    if kind == "pattern":
        return [("", Message('expected an id of lowercase letters, digits and dashes (like '
                             '"wall-press"), got %1', show(found)))]
    return [("", Message("not what the format allows here, got %1 (resources/"
                         "drills.schema.json describes each field)", show(found)))]


def _unquote_hint(found: Any) -> str:
    """A number written as text: say so."""
    if isinstance(found, str):
        try:
            float(found)
        except ValueError:
            return ""
        return Message(" (write the number without quotes)")
    return ""


def _unknown(name: str, allowed: list[str]) -> str:
    import difflib  # only for an unknown field: kept off the start-up

    close = difflib.get_close_matches(name, allowed, n=1)
    if close:
        return Message('unknown field (did you mean "%1"?); expected one of: %2', close[0],
                       ", ".join(allowed))
    return Message("unknown field; expected one of: %1", ", ".join(allowed))
