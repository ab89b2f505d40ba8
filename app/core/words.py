"""A message a person reads, made in the core and said by a screen in the athlete's language.

The core has no Qt, so it cannot translate; it returns a `Message`: a str whose value is the
English sentence (logs, tests and `"\\n".join(problems)` read it as before), which keeps the
English template it was filled from and its arguments:

    Message("%1, line %2", label, 12)                  # "my.json, line 12"
    Message("expected %1, got %2", "a number", '"8"')   # arguments are what they are
    Message("%n routine(s) skipped", count=3)           # "3 routines skipped"

Placeholders are Qt's: %1 ... %9 for the arguments in order, %n for `count` (a message with a
count has plural forms: "(s)" marks the English plural, as in the screens' own words). An
argument that is itself a Message is said in the language too; file names, ids, field names
and JSON snippets are passed as plain str and stay as they are (they are the athlete's own).

The first argument of every `Message(...)` in app/core is a literal string: that is how
`tools/translations.py update` finds the templates for the catalogue (context "Problems"),
and `isohold.ui.shared.said.said` looks each one up there.
"""

from __future__ import annotations

import re

CONTEXT = "Problems"  # the catalogue's context for every core message

_PLACES = re.compile(r"%([1-9]|n)")
_FORMS = re.compile(r"(\w)\((\w+)\)")  # "routine(s)", "box(es)": the English plural ending


def english(value: object) -> str:
    """An argument as the English sentence writes it: 0.75, 1 (not 1.0), text as it is."""
    return f"{value:g}" if isinstance(value, float) else str(value)


def fill(template: str, args: tuple, count: int | None = None, show=english) -> str:
    """`template` with %1... replaced by `args` and %n by `count` in one pass, each through
    `show` (an argument holding "%2" stays as it is)."""
    def value(match: re.Match) -> str:
        place = match.group(1)
        if place == "n":
            return show(count) if count is not None else match.group(0)
        index = int(place) - 1
        return show(args[index]) if index < len(args) else match.group(0)
    return _PLACES.sub(value, template)


def english_forms(text: str, count: int) -> str:
    """"%n routine(s)" in English for `count`: "1 routine", "3 routines"."""
    return _FORMS.sub(lambda m: m.group(1) + ("" if count == 1 else m.group(2)), text)


class Message(str):
    """The English sentence, with the template and arguments to say it in another language."""

    template: str
    args: tuple
    count: int | None

    def __new__(cls, template: str, *args: object, count: int | None = None) -> "Message":
        english = english_forms(template, count) if count is not None else template
        made = super().__new__(cls, fill(english, args, count))
        made.template, made.args, made.count = template, args, count
        return made

    def __repr__(self) -> str:
        return f"Message({str.__repr__(self)})"


def placed(where: str, what: str, line: int | None = None) -> Message:
    """A problem with the file (or thing) it is about, and the line when known:
    `my.json, line 12: a comma is missing after "reps": 8`."""
    return Message("%1: %2", Message("%1, line %2", where, line) if line else where, what)


def under_name(problem: str, label: str) -> str:
    """A problem `placed` at `label`, said under the file's name: "line 12: ..." (or just
    what is wrong); another text as it is."""
    if isinstance(problem, Message) and problem.template == "%1: %2":
        where, what = problem.args
        if where == label:
            return what
        if isinstance(where, Message) and where.template == "%1, line %2" \
                and where.args[0] == label:
            return Message("line %1: %2", where.args[1], what)
    if label and problem.startswith(f"{label}, line "):
        return problem[len(label) + 2:]
    return problem.removeprefix(f"{label}: ")
