"""A scroll area of cards that the wheel steps through a card at a time, as the arrow keys do,
rather than scrolling by pixels through a card (the menu's routines, the program's weeks)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QFrame, QScrollArea


class CardList(QScrollArea):
    """Whole cards in view: the owner sets the height and the scroll value; `stepped` says
    which way the wheel turned, a notch at a time."""

    stepped = Signal(int)  # -1 up, +1 down

    def __init__(self) -> None:
        super().__init__(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # cards wrap
        self._wheel = 0

    def wheelEvent(self, event: QWheelEvent) -> None:
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:  # one notch; a touchpad's small steps add up to one
            step = -1 if self._wheel > 0 else 1
            self._wheel += 120 * step
            self.stepped.emit(step)
        event.accept()
