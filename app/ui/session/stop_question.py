"""The question before a session stops, answered by keys or a clicker.

Esc (or a clicker's F5 / Shift+F5 / Esc button) on the session screen asks; here Enter, Y or
the clicker's "next" (Page Down) stop, and Esc, N, F5 or the clicker's "back" (Page Up) go on.
"Yes, stop" is the default button and holds the focus, so Enter and Space press it. Two
deliberate presses stop a session, and the question says which: a clicker's bounce or a held
key (the same key again within DEBOUNCE_MS of the press that asked) does nothing.
When the window is being closed, the question is about closing; its answers are the same keys.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from isohold.ui.theme import current_text_scale, point_size

STOP_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown, Qt.Key.Key_Y}
GO_ON_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_N, Qt.Key.Key_PageUp, Qt.Key.Key_F5}
DEBOUNCE_MS = 250



class StopQuestion(QMessageBox):
    """"Stop the session?" with "Yes, stop" as the default answer."""

    def __init__(self, parent: QWidget, closing: bool = False,
                 asked_by: tuple[int, int] | None = None) -> None:
        """`asked_by`: the key and timestamp (ms) of the press that asked, if a key did."""
        super().__init__(QMessageBox.Icon.Question, "", "",
                         QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
        self.setWindowTitle(self.tr("Stop the session?"))
        if closing:
            self.setText(self.tr(
                "Close Isohold in the middle of a session?\nStop it and keep what you have "
                "done (the summary comes next), or go on with the session.\n\n"
                "Stop and keep: Enter, or the clicker's next (▶).\n"
                "Go on: Esc or N, or the clicker's back (◀)."))
        else:
            self.setText(self.tr(
                "Stop this session now?\nWhat you have done so far is kept.\n\n"
                "Stop: Enter, or the clicker's next (▶).\n"
                "Go on: Esc or N, or the clicker's back (◀)."))
        self.setObjectName("stopQuestion")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.closing = closing
        self.asked_by = asked_by
        self.yes = self.button(QMessageBox.StandardButton.Yes)
        self.no = self.button(QMessageBox.StandardButton.No)
        # the text names the keys
        self.yes.setText(self.tr("Stop and keep") if closing else self.tr("Yes, stop"))
        self.no.setText(self.tr("Go on") if closing else self.tr("No, go on"))
        self.setDefaultButton(self.yes)
        self.setEscapeButton(self.no)
        # Read from a few metres, like the screen behind it (the trial could not read the
        # body size there); the text wraps where the screen is narrow.
        size = point_size(current_text_scale(), 1.5)
        self.setStyleSheet(f"QLabel {{ font-size: {size}pt; }} "
                           f"QPushButton {{ font-size: {size}pt; padding: 10px 24px; }}")

    def stopping(self) -> bool:
        """Whether the answer was to stop."""
        return self.clickedButton() is self.yes

    def showEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().showEvent(event)
        self.yes.setFocus()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in STOP_KEYS | GO_ON_KEYS:
            event.accept()
            if event.isAutoRepeat() or self._bounce(event):
                return
            (self.yes if key in STOP_KEYS else self.no).click()
            return
        super().keyPressEvent(event)

    def _bounce(self, event: QKeyEvent) -> bool:
        """The key that asked, again at once: a clicker's bounce, not an answer."""
        if self.asked_by is None:
            return False
        key, stamp = self.asked_by
        return event.key() == key and 0 <= int(event.timestamp()) - stamp < DEBOUNCE_MS
