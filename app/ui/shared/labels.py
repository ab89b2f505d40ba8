"""Labels and words that several screens share, and the way a screen's words are translated.

A screen's words go through Qt's translation with a context named after the screen: a widget
calls `self.tr("Pause")`; plain functions call their module's context class, a `Words`
subclass (`SessionText.tr("Rest")`), so that `pyside6-lupdate` finds them and files them under
that name. A number goes into the sentence, not beside it: `SessionText.tr("%n rep(s)", "", n)`
is Qt's numerus form, one translation per plural form of the language ("1 Wiederholung",
"2 Wiederholungen"; Polish has three). English is the source language and ships no catalogue:
`Words.tr` writes the English forms itself from the "(s)" in the source ("1 rep", "2 reps";
"%n box(es)" -> "2 boxes"), so English reads the same with or without a catalogue loaded.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication, QLocale, QObject, Qt
from PySide6.QtWidgets import QLabel

_FORMS = re.compile(r"(\w)\((\w+)\)")  # "rep(s)", "box(es)": the English plural ending
_PLACES = re.compile(r"%([1-9])")


def filled(template: str, *values: object) -> str:
    """`template` with %1, %2... replaced by `values` in one pass (as QString.arg does, but a
    value that itself holds "%2" stays as it is)."""
    return _PLACES.sub(lambda m: str(values[int(m.group(1)) - 1])
                       if int(m.group(1)) <= len(values) else m.group(0), template)


def number(value: float) -> str:
    """A number as the language writes it: "1.5" in English, "1,5" in German; "50", never
    "50.0"."""
    value = float(value)
    if value.is_integer():
        return QLocale().toString(int(value))
    return QLocale().toString(value, "g", 6)


def english_forms(text: str, count: int) -> str:
    """`text` with each "word(s)" in its English form for `count`: "1 rep", "2 reps". A
    translation has no such brackets, so it comes back unchanged."""
    return _FORMS.sub(lambda m: m.group(1) + ("" if count == 1 else m.group(2)), text)


class Translated:
    """Put first among a widget's bases (`class SessionWindow(Translated, QDialog)`) when its
    `self.tr` counts ("%n rep(s)"): the class's name is the context, as with Qt's own `tr`, and
    English gets its plural forms."""

    @classmethod
    def tr(cls, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        text = QCoreApplication.translate(cls.__name__, source, disambiguation, n)
        return english_forms(text, n) if n >= 0 else text


class Words(Translated, QObject):
    """A translation context for plain functions: subclass it, named after the screen, and
    call `Context.tr(source, disambiguation, n)` (the name is the context, for lupdate and
    at run time alike)."""


class ClockWords(Words):
    """How long things take ("about 14 min")."""


class SharedWords(Words):
    """Counted words every screen uses the same way."""


def counted(noun: str, count: int) -> str:
    """A count of one of the shared nouns, translated with its plural forms: "3 reps",
    "1 session" ("3 Wiederholungen", "1 sesión"). `noun` is its English singular."""
    forms = {
        "rep": lambda n: SharedWords.tr("%n rep(s)", "", n),
        "set": lambda n: SharedWords.tr("%n set(s)", "", n),
        "hold": lambda n: SharedWords.tr("%n hold(s)", "", n),
        "drill": lambda n: SharedWords.tr("%n drill(s)", "", n),
        "session": lambda n: SharedWords.tr("%n session(s)", "", n),
        "routine": lambda n: SharedWords.tr("%n routine(s)", "", n),
        "day": lambda n: SharedWords.tr("%n day(s)", "", n),
        "week": lambda n: SharedWords.tr("%n week(s)", "", n),
        "contact": lambda n: SharedWords.tr("%n contact(s)", "", n),
        "ground contact": lambda n: SharedWords.tr("%n ground contact(s)", "", n),
        "preview": lambda n: SharedWords.tr("%n preview(s)", "", n),
    }
    return forms[noun](count)


def status_text(status: str) -> str:
    """A session's status as the history says it: "Completed", "Stopped early"..."""
    value = getattr(status, "value", status)
    words = {"completed": SharedWords.tr("Completed"),
             "stopped_early": SharedWords.tr("Stopped early"),
             "interrupted": SharedWords.tr("Interrupted"),
             "in_progress": SharedWords.tr("In progress")}
    return words[value]


def preview_text(clock_speed: float) -> str:
    """What a preview is called wherever a session is listed: "Preview (×10)"."""
    return filled(SharedWords.tr("Preview (×%1)"), number(clock_speed))


def plain_label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text or HTML."""
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 session", "3 sessions", "2 boxes" (with `many`). English only: a screen that is
    translated writes `Context.tr("%n session(s)", "", n)` or `counted("session", n)`."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
