"""The next-morning question, asked before the setup page when a session is started within the
window after an earlier one (Silbernagel's pain-monitoring model: pain must settle by the next
morning; worse than before the session says step back).

"How much pain do your legs have this morning, the morning after that session?" as pain 0-10
(the next-morning pain of Silbernagel's model: over 5/10 steps back, 0-2 has settled; the
trial found the old wording, "compared with before that session", did not fit an absolute scale). It never
blocks training: Esc (or Skip, or Enter with no answer) goes on without an answer. A digit
answers (1 then 0 makes 10), Up and Down step; Enter saves the answer and goes on.

The page writes nothing itself: it asks (`answered` with the session's UUID and the pain, or
`skipped` with the UUID) and the window saves it and opens the setup page.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QVBoxLayout, QWidget

from isohold.ui.answer_boxes import PainBox
from isohold.ui.last_time import day_text
from isohold.ui.shared.labels import Words, filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size

class MorningWords(Words):
    """The next-morning question."""


def question() -> str:
    return MorningWords.tr("How much pain do your legs have this morning, the morning after "
                           "that session?")


def scale() -> str:
    return MorningWords.tr("0 no pain  \u00b7  up to 5 is acceptable  \u00b7  10 the worst you "
                           "can imagine")


def keys_hint() -> str:
    return MorningWords.tr("0-10 or \u2191 \u2193 your pain   \u00b7   Enter save and go on   "
                           "\u00b7   Esc skip")


QUESTION = question()  # in English
SCALE = scale()
KEYS_HINT = keys_hint()


def asked_about(routine_name: str, started_at: datetime, today: date) -> str:
    """ "After Full session, yesterday at 18:05"."""
    return filled(MorningWords.tr("After %1, %2 at %3", "routine, day, time"), routine_name,
                  day_text(started_at.date(), today), f"{started_at:%H:%M}")


class MorningCheck(QWidget):
    answered = Signal(str, int)  # the earlier session's UUID, the pain 0-10 the morning after
    skipped = Signal(str)  # the earlier session's UUID: no answer given

    def __init__(self, uuid: str, routine_name: str, started_at: datetime,
                 today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="morningCheck")
        self.setProperty("compact", False)
        self.uuid = uuid
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(48, 32, 48, 20)
        outer.setSpacing(16)
        self.title = plain_label(MorningWords.tr("The morning after"), "morningTitle")
        outer.addWidget(self.title)
        outer.addWidget(plain_label(asked_about(routine_name, started_at,
                                                today or date.today()), "morningSession"))
        self.question = plain_label(question(), "morningQuestion")
        outer.addWidget(self.question)
        row = QHBoxLayout()
        row.setSpacing(18)
        self.pain = PainBox("morningPain")
        self.pain.setAccessibleName(MorningWords.tr("Pain this morning, 0 to 10"))
        self.pain.setSuffix(" / 10")
        self.pain.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pain.setMinimumWidth(self.pain.minimumWidth() * 2)
        row.addWidget(self.pain)
        row.addWidget(plain_label(scale(), "morningScale"), 1)
        outer.addLayout(row)
        buttons = QHBoxLayout()
        buttons.setSpacing(18)
        self.save_button = QPushButton(MorningWords.tr("Save  (Enter)"), objectName="morningSave")
        self.save_button.clicked.connect(self.save)
        self.skip_button = QPushButton(MorningWords.tr("Skip  (Esc)"), objectName="morningSkip")
        self.skip_button.clicked.connect(self.skip)
        for button in (self.save_button, self.skip_button):
            button.setAutoDefault(True)  # Enter presses the focused button
            buttons.addWidget(button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        outer.addStretch(1)
        outer.addWidget(plain_label(keys_hint(), "morningHint"))
        QWidget.setTabOrder(self.pain, self.save_button)
        QWidget.setTabOrder(self.save_button, self.skip_button)
        self.pain.valueChanged.connect(self._show_answer)
        self._show_answer()
        self.restyle()
        self.pain.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show_answer(self) -> None:
        given = self.pain.answer() is not None
        self.save_button.setText(MorningWords.tr("Save  (Enter)") if given
                                 else MorningWords.tr("Go on  (Enter)"))

    def resizeEvent(self, event) -> None:
        """On a short window (960x600, large text, a long language) the space between the
        parts shrinks, then the question's type, so that every line is there whole."""
        super().resizeEvent(event)
        self.fit()

    def fit(self) -> None:
        outer = self.layout()
        for compact in (False, True):
            outer.setSpacing(8 if compact else 16)
            outer.setContentsMargins(48, 16 if compact else 32, 48, 12 if compact else 20)
            if self.property("compact") != compact:
                self.setProperty("compact", compact)  # the question a size smaller
                self.question.style().unpolish(self.question)
                self.question.style().polish(self.question)
            if outer.totalHeightForWidth(self.width()) <= self.height():
                return

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit()
        if self.focusWidget() is None:
            self.pain.setFocus(Qt.FocusReason.OtherFocusReason)

    def save(self) -> None:
        """Enter: the answer, if one was given; with none, the same as Skip."""
        pain = self.pain.answer()
        if pain is None:
            self.skip()
        else:
            self.answered.emit(self.uuid, pain)

    def skip(self) -> None:
        self.skipped.emit(self.uuid)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            focused = self.focusWidget()
            (focused.click if focused is self.skip_button else self.save)()
        elif event.key() == Qt.Key.Key_Escape:
            self.skip()
        else:
            super().keyPressEvent(event)

    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
#morningCheck {{ background: {theme.window}; }}
#morningTitle {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; color: {theme.text}; }}
#morningSession, #morningScale, #morningHint {{ font-size: {point_size(scale, 1.1)}pt;
    color: {theme.soft_text}; }}
#morningQuestion {{ font-size: {point_size(scale, 1.8)}pt; font-weight: bold;
    color: {theme.text}; }}
#morningCheck[compact="true"] #morningQuestion {{ font-size: {point_size(scale, 1.5)}pt; }}
QSpinBox#morningPain {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold;
    min-height: 56px; }}
QSpinBox#morningPain:focus {{ border: 3px solid {theme.accent}; }}
#morningSave, #morningSkip {{ font-size: {point_size(scale, 1.3)}pt; }}
""")
