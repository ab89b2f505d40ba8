"""The page shown at start-up when a session was interrupted (the app died mid-session).

The athlete chooses: resume it where it stopped, keep it as stopped early, or discard it.
The page does the history's part itself and says what was chosen through its signals; the
main window then starts the resumed session, or goes on to the menu.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from isohold.core.history.records import SessionRecord
from isohold.ui.language import routine_text
from isohold.ui.shared.clock_text import clock_text, when_text
from isohold.ui.shared.labels import Translated, filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size


class InterruptedSessionPage(Translated, QWidget):
    """Offers a session the app died in. It asks, by the session's UUID; the window's
    HistoryChanges does it and says here if it could not."""

    resume_requested = Signal(str)  # carry on where it stopped
    keep_requested = Signal(str)  # keep it as stopped early
    discard_requested = Signal(str)  # throw it away (undoable until Isohold closes)

    def __init__(self, record: SessionRecord, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="interrupted")
        self.record = record
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 36, 48, 36)
        layout.setSpacing(16)
        title = plain_label(self.tr("A session was interrupted"), "interruptedTitle")
        title.setProperty("role", "title")
        layout.addWidget(title)
        when = when_text(record.started_at)
        done = sum(d.reps_done for d in record.drills)
        planned = sum(d.reps_planned_total for d in record.drills)
        self.details = plain_label(filled(
            self.tr("%1, started %2.\n%3 done, %4 of %n rep(s), before Isohold closed "
                    "unexpectedly.", "", planned),
            routine_text(record.routine_id, "name", record.routine_name), when,
            clock_text(record.active_s, 'spent'), done), "interruptedDetails")
        layout.addWidget(self.details)
        row = QHBoxLayout()
        self.resume_button = QPushButton(self.tr("Resume where it stopped"), objectName="resume")
        self.keep_button = QPushButton(self.tr("Keep as stopped early"), objectName="keep")
        self.discard_button = QPushButton(self.tr("Discard it"), objectName="discard")
        self.resume_button.clicked.connect(self.resume)
        self.keep_button.clicked.connect(self.keep)
        self.discard_button.clicked.connect(self.discard)
        for button in (self.resume_button, self.keep_button, self.discard_button):
            button.setAutoDefault(True)  # Enter presses the button with the focus
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.message = plain_label("", "interruptedMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addStretch(1)
        layout.addWidget(plain_label(self.tr(
            "R resume   \u00b7   K keep as stopped early   \u00b7   D discard"), "interruptedKeys"))
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QWidget#interrupted {{ background: {theme.window}; }}
            QLabel#interruptedTitle {{ font-size: {point_size(scale, 2.0)}pt; font-weight: bold; }}
            QLabel#interruptedDetails {{ font-size: {point_size(scale, 1.2)}pt; }}
            QLabel#interruptedKeys {{ color: {theme.soft_text}; }}
        """)
        self.resume_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def resume(self) -> None:
        self.resume_requested.emit(self.record.uuid)

    def keep(self) -> None:
        self.keep_requested.emit(self.record.uuid)

    def discard(self) -> None:
        self.discard_requested.emit(self.record.uuid)

    def show_error(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = {Qt.Key.Key_R: self.resume, Qt.Key.Key_K: self.keep,
                  Qt.Key.Key_D: self.discard}.get(Qt.Key(event.key()))
        if action is not None:
            action()
        else:
            super().keyPressEvent(event)
