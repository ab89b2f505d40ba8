"""Boxes for the athlete's answers about a session, driven by keys alone.

`PainBox`: pain 0-10 or "not given" (the answer is optional). A digit sets it (1 then 0 makes
10), Up and Down step, Backspace or Delete clears it back to "not given".
`YesNoBox`: yes, no or "not given". The language's letters answer (`answer_letters`: de J/N,
es S/N, en Y/N), and Y and N in every language (a keyboard habit); Up and Down step, Backspace or
Delete clear.
Neither takes typed text, so no half-typed number is ever left behind; Tab, Enter and Esc go on to
the screen around them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractSpinBox, QSpinBox

NOT_GIVEN = "not given"  # English; shown through not_given()


def not_given() -> str:
    return QCoreApplication.translate("AnswerBoxes", "not given")


def yes_no(value: int) -> str:
    return {0: QCoreApplication.translate("AnswerBoxes", "no"),
            1: QCoreApplication.translate("AnswerBoxes", "yes")}.get(value, not_given())
def answer_letters() -> tuple[str, str]:
    """The keys that answer yes and no in the athlete's language (the one table of them): the
    hints name these, and the boxes take them besides Y and N."""
    return (QCoreApplication.translate("AnswerBoxes", "Y", "the key (one letter) that answers "
                                       "yes: the first letter of the word for yes, de J, es S"),
            QCoreApplication.translate("AnswerBoxes", "N", "the key (one letter) that answers "
                                       "no: the first letter of the word for no"))


def _letter_key(letter: str) -> int | None:
    """The Qt key of a letter A-Z (its capital's code), None for anything else."""
    letter = letter.strip().upper()
    return ord(letter) if len(letter) == 1 and "A" <= letter <= "Z" else None


_STEP_KEYS = (Qt.Key.Key_Up, Qt.Key.Key_Down)
_CLEAR_KEYS = (Qt.Key.Key_Backspace, Qt.Key.Key_Delete)


class _AnswerBox(QSpinBox):
    """A spin box whose lowest value (-1) stands for "not given"."""

    def __init__(self, maximum: int, name: str) -> None:
        super().__init__(objectName=name, minimum=-1, maximum=maximum)
        self.setSpecialValueText(not_given())
        self.setValue(-1)
        self.lineEdit().setReadOnly(True)  # keys answer; nothing is typed into it
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance(not_given()) + 60)

    def answer(self) -> int | None:
        return None if self.value() < 0 else self.value()

    def set_answer(self, value: int | None) -> None:
        self.setValue(-1 if value is None else int(value))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in _STEP_KEYS:
            self.stepBy(1 if event.key() == Qt.Key.Key_Up else -1)
            event.accept()
        elif event.key() in _CLEAR_KEYS:
            self.setValue(-1)
            event.accept()
        elif not self._answer_key(event):
            event.ignore()  # Tab, Enter, Esc and the screen's letters go on to the screen

    def _answer_key(self, event: QKeyEvent) -> bool:
        return False


class PainBox(_AnswerBox):
    """Pain 0-10, or not given."""

    def __init__(self, name: str = "pain") -> None:
        super().__init__(10, name)
        self._after_one = False  # the last key was the digit 1: a 0 now makes 10

    def _answer_key(self, event: QKeyEvent) -> bool:
        digit = _digit(event)
        if digit is None:
            return False
        self.setValue(10 if digit == 0 and self._after_one else digit)
        self._after_one = digit == 1
        event.accept()
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if _digit(event) is None:
            self._after_one = False
        super().keyPressEvent(event)


def _digit(event: QKeyEvent) -> int | None:
    """The digit of a digit key (on the main row or the keypad, whatever text it carries)."""
    key = event.key()
    if Qt.Key.Key_0.value <= key <= Qt.Key.Key_9.value:
        return key - Qt.Key.Key_0.value
    return None


class YesNoBox(_AnswerBox):
    """Yes, no, or not given: `answer()` is True, False or None."""

    def __init__(self, name: str) -> None:
        super().__init__(1, name)

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt's name
        return yes_no(value)

    def valueFromText(self, text: str) -> int:  # noqa: N802 - Qt's name
        words = {yes_no(0).lower(): 0, yes_no(1).lower(): 1, "no": 0, "yes": 1}
        return words.get(text.strip().lower(), -1)

    def answer(self) -> bool | None:  # type: ignore[override]
        return None if self.value() < 0 else self.value() == 1

    def set_answer(self, value: bool | None) -> None:  # type: ignore[override]
        self.setValue(-1 if value is None else int(bool(value)))

    def _answer_key(self, event: QKeyEvent) -> bool:
        if event.modifiers() != Qt.KeyboardModifier.NoModifier:
            return False
        yes, no = answer_letters()
        # the language's letters first (Spanish S is yes), then the habit's Y and N
        answers = {_letter_key(no): 0, _letter_key(yes): 1}
        for key, value in ((Qt.Key.Key_Y.value, 1), (Qt.Key.Key_N.value, 0)):
            answers.setdefault(key, value)
        value = answers.get(event.key())
        if value is None:
            return False
        self.setValue(value)
        event.accept()
        return True
