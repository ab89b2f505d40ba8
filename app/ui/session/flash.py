"""The phase-change flash: the whole screen in one colour for a moment, so a cue is seen from
across a loud room when it is not heard (the `flash` setting, off by default).

Never more than three flashes in any one second (WCAG 2.3.1, "Three Flashes or Below
Threshold"): a flash starts at least MIN_GAP_S after the one before, and lasts FLASH_MS, less
than that gap, so that even a run of quick phase changes (the athlete pressing Next through a
routine) flashes at most three times a second. A flash that would come too soon is dropped,
never queued: the screen under it already shows the new phase.

The clock is injected (monotonic seconds), so tests drive the rate without waiting.
"""

from __future__ import annotations

import time
from typing import Callable

from PySide6.QtCore import QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QWidget

MAX_PER_S = 3
MIN_GAP_S = 0.34  # > 1/3 s: three starts can never fall inside one second
FLASH_MS = 180  # on screen for this long; shorter than the gap, so on and off alternate


class PhaseFlash(QWidget):
    """A cover over its parent, shown by `flash(colour)` for FLASH_MS; keys and clicks pass."""

    flashed = Signal(str)  # the colour, each time a flash is shown
    skipped = Signal()  # a flash asked for too soon after the last one, and not shown

    def __init__(self, parent: QWidget, clock: Callable[[], float] = time.monotonic,
                 duration_ms: int = FLASH_MS) -> None:
        super().__init__(parent, objectName="phaseFlash")
        self._clock = clock
        self._last: float | None = None  # when the last flash started
        self.colour = QColor("#ffffff")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._off = QTimer(self, singleShot=True, interval=duration_ms)
        self._off.timeout.connect(self.hide)
        self.hide()

    def flash(self, colour: str) -> bool:
        """Cover the parent in `colour` for a moment; False (and `skipped`) when the last
        flash started less than MIN_GAP_S ago."""
        now = self._clock()
        if self._last is not None and now - self._last < MIN_GAP_S:
            self.skipped.emit()
            return False
        self._last = now
        self.colour = QColor(colour)
        self.setGeometry(QRect(0, 0, self.parentWidget().width(), self.parentWidget().height()))
        self.show()
        self.raise_()
        self.update()
        self._off.start()
        self.flashed.emit(colour)
        return True

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        QPainter(self).fillRect(self.rect(), self.colour)
