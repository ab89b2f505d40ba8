"""The programs to choose from, a card each: name, length, description, and "(following)" on
the one followed. Up/Down (Left/Right, PageUp/PageDown, Tab/Shift+Tab) choose, Enter (or a
click) asks to follow the chosen one (`follow_requested`), Esc leaves (`leave_requested`).

The keyboard focus stays on the list; the chosen card's frame shows where it is. Whole cards
only, as on the menu: those that fit are shown, the chosen one among them, and a line says what
is out of view ("↓ 1 more program below").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QSizePolicy, QVBoxLayout, QWidget

from isohold.core.programs import Program
from isohold.ui.language import program_text
from isohold.ui.program_text import DOT, ProgramText
from isohold.ui.shared.said import said
from isohold.ui.shared.labels import counted, filled, plain_label


def keys_text() -> str:
    return ProgramText.tr("\u2191 \u2193 choose   \u00b7   Enter follow from today   \u00b7   "
                          "Esc back")


def following_text() -> str:
    return ProgramText.tr("   (following)")


KEYS = keys_text()  # in English
FOLLOWING = following_text()


def problems_text(problems: Sequence[str]) -> str:
    """The program files that were skipped, the first three in full."""
    if not problems:
        return ""
    shown = [said(problem) for problem in problems[:3]]
    if len(problems) > 3:
        shown.append(filled(ProgramText.tr("and %1 more", "files"), len(problems) - 3))
    return ProgramText.tr("Some program files were skipped:") + "\n" + "\n".join(shown)


class ProgramCard(QFrame):
    """A program to choose: name, length, description."""

    clicked = Signal()

    def __init__(self, program: Program) -> None:
        super().__init__(objectName="programCard")
        self.program = program
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.setSpacing(2)
        self.title = plain_label(program_text(program, "name"), "cardTitle")
        self.facts = plain_label(
            counted("week", len(program.weeks)) + DOT + counted("session", len(program.sessions))
            + DOT + ProgramText.tr("at least %n day(s) between sessions", "", program.rest_days),
            "cardLine")
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        if program.description:
            layout.addWidget(plain_label(program_text(program, "description"), "cardLine"))

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def set_followed(self, followed: bool) -> None:
        self.title.setText(program_text(self.program, "name") +
                           (following_text() if followed else ""))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ProgramList(QWidget):
    follow_requested = Signal(str)  # program id
    leave_requested = Signal()

    def __init__(self, programs: Sequence[Program], problems: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="chooseFace")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.current = 0
        self.top = 0  # the first card in view when the cards do not all fit
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 20, 40, 14)
        outer.setSpacing(10)
        outer.addWidget(plain_label(ProgramText.tr("Programs"), "programTitle"))
        outer.addWidget(plain_label(ProgramText.tr("Choose one to follow from today: the menu "
                                                   "then says each day which session is next."),
                                    "programNote"))
        self.box = QWidget(objectName="programBody")  # the room the page leaves (`fit`)
        self.box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.column = QVBoxLayout(self.box)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(10)
        self.cards = [ProgramCard(program) for program in programs]
        for index, card in enumerate(self.cards):
            card.clicked.connect(lambda index=index: (self.choose(index), self.follow()))
            self.column.addWidget(card)
        if not self.cards:
            self.column.addWidget(plain_label(ProgramText.tr("No programs found."), "cardLine"))
        self.column.addStretch(1)
        outer.addWidget(self.box, 1)
        self.more = plain_label("", "programNote", wrap=False)  # "1 more program below"
        self.more.hide()
        outer.addWidget(self.more)
        self.problems = plain_label(problems_text(problems), "programSaid")
        self.problems.setVisible(bool(problems))
        outer.addWidget(self.problems)
        outer.addWidget(plain_label(keys_text(), "programHint"))
        if self.cards:
            self.cards[0].set_current(True)

    def mark_followed(self, program_id: str | None) -> None:
        """Says "(following)" on the program followed, and chooses it."""
        for index, card in enumerate(self.cards):
            card.set_followed(card.program.id == program_id)
            if card.program.id == program_id:
                self.choose(index)

    def chosen(self) -> Program | None:
        return self.cards[self.current].program if self.cards else None

    def choose(self, index: int) -> None:
        if not self.cards:
            return
        index = max(0, min(len(self.cards) - 1, index))
        self.cards[self.current].set_current(False)
        self.current = index
        self.cards[index].set_current(True)
        self.fit()

    def follow(self) -> None:
        if self.cards:
            self.follow_requested.emit(self.cards[self.current].program.id)

    def fit(self) -> None:
        """As many whole cards as there is room for, the chosen one among them."""
        if not self.cards or not self.isVisible():
            return
        for card in self.cards:
            card.show()
        self.more.hide()
        self.outer.activate()
        room, spacing = self.box.height(), self.column.spacing()
        heights = [card.heightForWidth(self.box.width()) for card in self.cards]

        def span(first: int, last: int) -> int:
            return sum(heights[first:last + 1]) + spacing * (last - first)

        last_card = len(heights) - 1
        if span(0, last_card) <= room:
            return
        room -= self.more.sizeHint().height() + self.outer.spacing()
        top = min(self.top, self.current)
        while top < self.current and span(top, self.current) > room:
            top += 1
        last = top
        while last < last_card and span(top, last + 1) <= room:
            last += 1
        while top > 0 and span(top - 1, last) <= room:
            top -= 1
        self.top = top
        for index, card in enumerate(self.cards):
            card.setVisible(top <= index <= last)
        above, below = top, last_card - last
        self.more.setText("   \u00b7   ".join(part for part in (
            ProgramText.tr("\u2191 %n more program(s) above", "", above) if above else "",
            ProgramText.tr("\u2193 %n more program(s) below", "", below) if below else "")
            if part))
        self.more.show()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Left: -1,
                 Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Right: 1}
        if key in moves:
            self.choose(self.current + moves[key])
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.follow()
        elif key == Qt.Key.Key_Escape:
            self.leave_requested.emit()
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab choose the next card, round from the last to the first."""
        if not self.cards:
            return super().focusNextPrevChild(next)
        self.choose((self.current + (1 if next else -1)) % len(self.cards))
        return True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()
