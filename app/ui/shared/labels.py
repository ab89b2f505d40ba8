"""Labels and words that several screens share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel


def plain_label(text: str, name: str = "", wrap: bool = True) -> QLabel:
    """A label that never interprets its text as rich text or HTML."""
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(wrap)
    label.setText(text)
    return label


def plural(count: int, one: str, many: str | None = None) -> str:
    """ "1 session", "3 sessions", "2 boxes" (with `many`)."""
    return f"{count} {one if count == 1 else (many or one + 's')}"
