"""The core's messages in the athlete's language: `said(text)` for every text the core made.

A `isohold.core.words.Message` is looked up in the catalogue by its English template (context
"Problems", where `tools/translations.py update` files every template of app/core), then
filled: an argument that is itself a Message is said too, a number goes in as the language
writes it, and a file name, id or JSON snippet stays as it is. A plain str comes back as it
is, so a screen may pass anything the core gave it.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QCoreApplication

from isohold.core.words import CONTEXT, Message, english_forms, fill
from isohold.ui.shared.labels import number


def said(text: str) -> str:
    """`text` in the language of the catalogue installed; a plain str unchanged."""
    if not isinstance(text, Message):
        return text
    count = text.count
    template = QCoreApplication.translate(CONTEXT, text.template, None,
                                          -1 if count is None else count)
    if count is not None:
        template = english_forms(template, count)  # a translation has no "(s)": unchanged
    return fill(template, text.args, count, show=_argument)


def said_lines(texts: Iterable[str], separator: str = "\n") -> str:
    """Several messages, each said, one a line (or joined by `separator`)."""
    return separator.join(said(text) for text in texts)


def error_text(error: BaseException) -> str:
    """What an error raised with a Message says, in the language; another error as it reads."""
    if len(error.args) == 1 and isinstance(error.args[0], Message):
        return said(error.args[0])
    return str(error)


def _argument(value: object) -> str:
    if isinstance(value, Message):
        return said(value)
    if isinstance(value, float):
        return number(value)
    return str(value)  # a whole number (a line, a count) as it is: no thousands separator
