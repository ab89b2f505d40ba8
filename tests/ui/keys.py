"""Key presses as a person makes them: one at a time, with the time between them stamped.

The session screen ignores a key's auto-repeat and a second press of the same key within
250 ms (a bouncing clicker), by the events' timestamps. QTest stamps every event 0, so a test
that presses Next twice would look like a bounce; these presses are 400 ms apart.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

GAP_MS = 400
_stamps = itertools.count(1000, GAP_MS)


def press(widget: QWidget, key: Qt.Key, repeat: bool = False, at_ms: int | None = None,
          text: str = "") -> None:
    """Press and release `key` on `widget` (the focus widget of its window gets it)."""
    stamp = next(_stamps) if at_ms is None else at_ms
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        event = QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text, repeat)
        event.setTimestamp(stamp)
        QApplication.sendEvent(widget, event)
