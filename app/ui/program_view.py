"""The program view: the plan the athlete follows, week by week, and where they are in it.

Two faces in one page. The plan: the program's name, "Week 2 of 6 · session 1 of 3 this week",
what today is (today's session, a rest day and the next one's day, or how far behind the
calendar and that nothing was skipped), this week's note, and the weeks as rows of sessions
marked done (with the day), today, next or to come. Enter starts today's session, P shows the
programs to choose from, X twice stops following, Esc goes back. The programs: a card each,
Up/Down (Tab, the wheel) to choose, Enter to follow it from today, Esc back.

The view only shows and asks: `start_session(routine id, choices)` carries the session's
routine and the choices the plan sets for it ({drill id: {"reps": 9}}); following and stopping
are `follow_requested(program id)` and `stop_requested()`, done by the window, which then
calls `show_standing` with where the athlete is now (`isohold.core.program_standing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QWheelEvent
from PySide6.QtWidgets import (QFrame, QGridLayout, QHBoxLayout, QPushButton,
                               QSizePolicy, QStackedLayout, QVBoxLayout, QWidget)

from isohold.core.program_standing import Mark, Standing, Today
from isohold.core.programs import Program
from isohold.ui.program_text import (DOT, behind_text, mark_text, name_of, plan_choices,
                                     today_text, where_text)
from isohold.ui.shared.labels import plain_label, plural
from isohold.ui.theme import current_text_scale, current_theme, mix, point_size

NO_LIMIT = 16777215  # QWIDGETSIZE_MAX: a height Qt does not cap
CHOOSE_KEYS = "\u2191 \u2193 choose   \u00b7   Enter follow from today   \u00b7   Esc back"


def more_weeks_text(above: int, below: int) -> str:
    """What the plan holds out of view: "↑ 1 more week above   ·   ↓ 2 more weeks below"."""
    parts = [f"\u2191 {plural(above, 'more week')} above" if above else "",
             f"\u2193 {plural(below, 'more week')} below" if below else ""]
    return "   \u00b7   ".join(part for part in parts if part)


class SessionCell(QFrame):
    """One session of the plan: its routine, and done / today / next / to come."""

    SIGNS = {Mark.DONE: "\u2713 ", Mark.TODAY: "\u25b6 ", Mark.NEXT: "", Mark.TO_COME: ""}

    def __init__(self, title: str, line: str, mark: Mark) -> None:
        super().__init__(objectName="programCell")
        self.setProperty("mark", mark.value)
        self.texts = (title, self.SIGNS[mark] + title)  # in full; compact (no second line)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 6, 12, 6)
        layout.setSpacing(0)
        self.title = plain_label(title, "cellTitle")
        self.line = plain_label(line, "cellLine")
        layout.addWidget(self.title)
        layout.addWidget(self.line)
        self.line.setVisible(bool(line))

    def set_compact(self, compact: bool) -> None:
        """On a short window, one line: the routine with a sign (✓ done, ▶ today)."""
        self.title.setText(self.texts[compact])
        self.line.setVisible(bool(self.line.text()) and not compact)


class ProgramCard(QFrame):
    """A program to choose: name, length, description."""

    clicked = Signal()

    def __init__(self, program: Program, followed: bool) -> None:
        super().__init__(objectName="programCard")
        self.program_id = program.id
        self.setProperty("current", False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 8, 20, 10)
        layout.setSpacing(2)
        title = program.name + ("   (following)" if followed else "")
        self.title = plain_label(title, "cardTitle")
        sessions = len(program.sessions)
        self.facts = plain_label(
            f"{plural(len(program.weeks), 'week')}{DOT}{plural(sessions, 'session')}{DOT}"
            f"at least {plural(program.rest_days, 'day')} between sessions", "cardLine")
        layout.addWidget(self.title)
        layout.addWidget(self.facts)
        if program.description:
            layout.addWidget(plain_label(program.description, "cardLine"))

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() is Qt.MouseButton.LeftButton:
            self.clicked.emit()


class ProgramView(QWidget):
    start_session = Signal(str, object)  # routine id, {drill id: {field: value}}
    follow_requested = Signal(str)  # program id: follow it from today
    stop_requested = Signal()  # stop following the program
    back_requested = Signal()

    def __init__(self, programs: Sequence[Program], routine_names: Mapping[str, str],
                 standing: Standing | None = None, problems: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="programView")
        self.programs = list(programs)
        self.names = dict(routine_names)
        self.standing: Standing | None = None
        self.current = 0
        self.top = 0  # the first week in view when the weeks do not all fit
        self.card_top = 0  # the first program in view when the programs do not all fit
        self._follow_now = True  # this week kept in view, until the athlete scrolls
        self._stop_asked = False
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.faces = QStackedLayout(self)
        self.plan_face = self._make_plan_face()
        self.choose_face = _ChooseFace(self)
        self.choose_face.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.faces.addWidget(self.plan_face)
        self.faces.addWidget(self._choose_layout(problems))
        self.restyle()
        self.show_standing(standing)

    # -- the plan ---------------------------------------------------------------------------
    def _make_plan_face(self) -> QWidget:
        face = QWidget(objectName="planFace")
        self.plan_outer = outer = QVBoxLayout(face)
        outer.setContentsMargins(40, 18, 40, 16)
        outer.setSpacing(6)
        self.title = plain_label("", "programTitle")
        self.where = plain_label("", "programWhere")
        self.today = plain_label("", "programToday")
        self.behind = plain_label("", "programBehind")
        self.note = plain_label("", "programNote")
        for label in (self.title, self.where, self.today, self.behind, self.note):
            outer.addWidget(label)
        outer.addSpacing(4)
        # whole weeks only: those that fit are shown, "2 more weeks below" says the rest;
        # it takes the room the page leaves, whatever its rows would like (`fit`)
        self.weeks_box = QWidget(objectName="programBody")
        self.weeks_box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.grid = QGridLayout(self.weeks_box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        outer.addWidget(self.weeks_box, 1)
        self.more = plain_label("", "programNote", wrap=False)  # "2 more weeks below"
        self.more.hide()
        outer.addWidget(self.more)
        outer.addStretch(0)  # below the whole rows, what the list leaves
        self.said = plain_label("", "programSaid")  # "Press X again to stop following"
        self.said.hide()
        outer.addWidget(self.said)
        self.buttons = buttons = QHBoxLayout()
        buttons.setSpacing(12)
        self.back_button = QPushButton(objectName="backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.choose_button = QPushButton(objectName="chooseButton")
        self.choose_button.clicked.connect(self.show_programs)
        self.stop_button = QPushButton(objectName="stopButton")
        self.stop_button.clicked.connect(self.ask_to_stop)
        self.start_button = QPushButton(objectName="startButton")
        self.start_button.clicked.connect(self.start_today)
        # each with its key where the row has room for every one, else the shorter words
        self.button_texts = {
            self.back_button: ("Back  (Esc)", "Back  (Esc)", "Back"),
            self.choose_button: ("Programs  (P)", "Programs  (P)", "Programs"),
            self.stop_button: ("Stop following  (X)", "Stop  (X)", "Stop"),
            self.start_button: ("Start  (Enter)", "Start  (Enter)", "Start  (Enter)"),
        }
        for button in (self.back_button, self.choose_button, self.stop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        for button, (text, *_) in self.button_texts.items():
            button.setText(text)
            button.setAutoDefault(True)
            button.setMinimumWidth(1)  # the words follow the width (_fit_buttons), not the window
        outer.addLayout(buttons)
        for before, after in zip([self.start_button, self.back_button, self.choose_button],
                                 [self.back_button, self.choose_button, self.stop_button]):
            QWidget.setTabOrder(before, after)
        return face

    def show_standing(self, standing: Standing | None) -> None:
        """Where the athlete is now (None: no program followed: the programs to choose)."""
        self.standing = standing
        self._follow_now = True
        self._stop_asked = False
        self.said.hide()
        self._mark_followed()
        if standing is None:
            self.show_programs()
            return
        self.title.setText(standing.program.name)
        self.where.setText(where_text(standing))
        self.today.setText(today_text(standing, self.names))
        self.behind.setText(behind_text(standing))
        self.behind.setVisible(bool(self.behind.text()))
        week_note = standing.program.notes[standing.week - 1] if standing.program.notes else ""
        self.note.setText(f"This week: {week_note}" if week_note else "")
        self.note.setVisible(bool(week_note))
        self._fill_grid(standing)
        due = standing.today is Today.DUE
        self.start_button.setEnabled(due)
        self.button_texts[self.start_button] = (
            ("Start  (Enter)",) * 3 if due else ("Nothing due today", "Not today", "Not today"))
        self.top = max(0, standing.week - 1)
        self.show_plan()
        self.fit()

    def _fill_grid(self, standing: Standing) -> None:
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.cells: list[SessionCell] = []
        self.rows: list[list[SessionCell]] = []  # the cells of each week
        self.week_labels = []
        widest = max(len(week) for week in standing.program.weeks)
        by_week: dict[int, list] = {}
        for item in standing.sessions:
            by_week.setdefault(item.session.week, []).append(item)
        for row, week in enumerate(range(1, standing.weeks + 1)):
            label = plain_label(f"Week {week}", "weekLabel", wrap=False)
            label.setProperty("now", week == standing.week and standing.next is not None)
            self.week_labels.append(label)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            self.rows.append([])
            for column, item in enumerate(by_week.get(week, []), start=1):
                cell = SessionCell(name_of(item.session.routine_id, self.names),
                                   mark_text(item, standing), item.mark)
                self.cells.append(cell)
                self.rows[-1].append(cell)
                self.grid.addWidget(cell, row, column)
        for column in range(1, widest + 1):
            self.grid.setColumnStretch(column, 1)
        self.grid.setRowStretch(standing.weeks, 1)

    def show_plan(self) -> None:
        if self.standing is None:
            self.back_requested.emit()
            return
        self.faces.setCurrentWidget(self.plan_face)
        (self.start_button if self.start_button.isEnabled() else self.choose_button).setFocus()
        self.fit()

    def start_today(self) -> None:
        standing = self.standing
        if standing is None or standing.today is not Today.DUE:
            return
        self.start_session.emit(standing.next.routine_id, plan_choices(standing.next.choices))

    def ask_to_stop(self) -> None:
        """X once asks, X again (or the button again) stops following."""
        if self.standing is None:
            return
        if self._stop_asked:
            self._stop_asked = False
            self.stop_requested.emit()
            return
        self._stop_asked = True
        self.said.setText(f"Press X again to stop following {self.standing.program.name}. "
                          "Your history stays as it is.")
        self.said.show()

    # -- the programs to choose -------------------------------------------------------------
    def _choose_layout(self, problems: Sequence[str]) -> QWidget:
        face = self.choose_face
        outer = QVBoxLayout(face)
        outer.setContentsMargins(40, 20, 40, 14)
        outer.setSpacing(10)
        outer.addWidget(plain_label("Programs", "programTitle"))
        outer.addWidget(plain_label("Choose one to follow from today: the menu then says each "
                                    "day which session is next.", "programNote"))
        self.choose_outer = outer
        # whole cards only, as whole weeks on the plan (`fit_cards`)
        body = self.cards_box = QWidget(objectName="programBody")
        body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        self.cards_column = column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(10)
        self.cards: list[ProgramCard] = []
        for index, program in enumerate(self.programs):
            card = ProgramCard(program, followed=False)
            card.clicked.connect(lambda index=index: (self.choose(index), self.follow_current()))
            self.cards.append(card)
            column.addWidget(card)
        if not self.programs:
            column.addWidget(plain_label("No programs found.", "cardLine"))
        column.addStretch(1)
        outer.addWidget(body, 1)
        self.more_cards = plain_label("", "programNote", wrap=False)  # "1 more program below"
        self.more_cards.hide()
        outer.addWidget(self.more_cards)
        self.problems = plain_label(self._problems_text(problems), "programSaid")
        self.problems.setVisible(bool(problems))
        outer.addWidget(self.problems)
        outer.addWidget(plain_label(CHOOSE_KEYS, "programHint"))
        self.choose(0)
        return face

    @staticmethod
    def _problems_text(problems: Sequence[str]) -> str:
        if not problems:
            return ""
        shown = list(problems[:3])
        if len(problems) > 3:
            shown.append(f"and {len(problems) - 3} more")
        return "Some program files were skipped:\n" + "\n".join(shown)

    def _mark_followed(self) -> None:
        followed = self.standing.program.id if self.standing is not None else None
        for card, program in zip(self.cards, self.programs):
            card.title.setText(program.name + ("   (following)" if program.id == followed
                                               else ""))
            if program.id == followed:
                self.choose(self.cards.index(card))

    def show_programs(self) -> None:
        self.faces.setCurrentWidget(self.choose_face)
        self.choose_face.setFocus()
        self.fit_cards()

    def choose(self, index: int) -> None:
        if not self.cards:
            return
        index = max(0, min(len(self.cards) - 1, index))
        self.cards[self.current].set_current(False)
        self.current = index
        self.cards[index].set_current(True)
        self.fit_cards()

    def fit_cards(self) -> None:
        """As many whole program cards as there is room for, the chosen one among them."""
        if not self.cards or not self.isVisible() or not self.choosing():
            return
        for card in self.cards:
            card.show()
        self.more_cards.hide()
        self.choose_outer.activate()
        room, spacing = self.cards_box.height(), self.cards_column.spacing()
        heights = [card.heightForWidth(self.cards_box.width()) for card in self.cards]

        def span(first: int, last: int) -> int:
            return sum(heights[first:last + 1]) + spacing * (last - first)

        last_card = len(heights) - 1
        if span(0, last_card) <= room:
            return
        room -= self.more_cards.sizeHint().height() + self.choose_outer.spacing()
        top = min(self.card_top, self.current)
        while top < self.current and span(top, self.current) > room:
            top += 1
        last = top
        while last < last_card and span(top, last + 1) <= room:
            last += 1
        while top > 0 and span(top - 1, last) <= room:
            top -= 1
        self.card_top = top
        for index, card in enumerate(self.cards):
            card.setVisible(top <= index <= last)
        above, below = top, last_card - last
        self.more_cards.setText("   \u00b7   ".join(part for part in (
            f"\u2191 {plural(above, 'more program')} above" if above else "",
            f"\u2193 {plural(below, 'more program')} below" if below else "") if part))
        self.more_cards.show()

    def follow_current(self) -> None:
        if not self.cards:
            return
        program_id = self.cards[self.current].program_id
        if self.standing is not None and self.standing.program.id == program_id:
            self.show_plan()  # followed already: its plan, not a new start
            return
        self.follow_requested.emit(program_id)

    def choosing(self) -> bool:
        return self.faces.currentWidget() is self.choose_face

    # -- whole weeks in view ------------------------------------------------------------------
    def step_weeks(self, step: int) -> None:
        """The wheel, PageUp and PageDown: the weeks in view move by one."""
        self.top = max(0, self.top + step)
        self._follow_now = False
        self.fit()

    def fit(self) -> None:
        """The buttons' words to the width; then as many whole weeks as there is room for,
        this week's among them (unless the athlete scrolled away), and a line for the rest;
        on a short window each session takes one line."""
        self.fit_cards()
        if self.standing is None or not self.isVisible():
            return
        self._fit_buttons()
        spacing = self.grid.verticalSpacing()
        for compact in (False, True):
            self._compact(compact)
            self.more.hide()
            self.plan_outer.activate()
            room = self.weeks_box.height()
            heights = self._row_heights()
            now = min(self.standing.week - 1, len(heights) - 1)
            if sum(heights) + spacing * (len(heights) - 1) <= room:
                self._show_weeks(0, len(heights) - 1)
                self.top = 0
                return
            room -= self.more.sizeHint().height() + self.plan_outer.spacing()
            if max(heights) <= room:
                break

        def span(first: int, last: int) -> int:
            return sum(heights[first:last + 1]) + spacing * (last - first)

        last_row = len(heights) - 1
        top = min(self.top, last_row)
        if self._follow_now:
            top = min(top, now)
            while top < now and span(top, now) > room:
                top += 1
        last = top
        while last < last_row and span(top, last + 1) <= room:
            last += 1
        while top > 0 and span(top - 1, last) <= room:
            top -= 1
        self.top = top
        self.more.setText(more_weeks_text(top, last_row - last))
        self.more.show()
        self._show_weeks(top, last)

    def _compact(self, compact: bool) -> None:
        """A short window: each session on one line, and no week note."""
        for cell in self.cells:
            cell.set_compact(compact)
        self.note.setVisible(bool(self.note.text()) and not compact)

    def _row_heights(self) -> list[int]:
        """Each week's height at the grid's width: its tallest cell (or its label)."""
        columns = max(len(week) for week in self.standing.program.weeks)
        label_width = max(label.sizeHint().width() for label in self.week_labels)
        spacing = self.grid.horizontalSpacing()
        width = (self.weeks_box.width() - label_width - spacing * columns) // columns
        heights = []
        for label, cells in zip(self.week_labels, self.rows):
            heights.append(max([label.sizeHint().height(),
                                *(cell.heightForWidth(width) for cell in cells)]))
        return heights

    def _show_weeks(self, first: int, last: int) -> None:
        for row, (label, cells) in enumerate(zip(self.week_labels, self.rows)):
            shown = first <= row <= last
            for widget in (label, *cells):
                widget.setVisible(shown)

    def _fit_buttons(self) -> None:
        room = self.width() - self.plan_outer.contentsMargins().left() * 2
        buttons = list(self.button_texts)
        for which in (0, 1, 2):
            for button in buttons:
                button.setText(self.button_texts[button][which])
            need = sum(button.sizeHint().width() for button in buttons) + \
                self.buttons.spacing() * len(buttons) + 40
            if need <= room:
                return

    def wheelEvent(self, event: QWheelEvent) -> None:
        """A notch of the wheel over the plan: the weeks in view move by one."""
        if self.choosing():
            return super().wheelEvent(event)
        self._wheel = getattr(self, "_wheel", 0) + event.angleDelta().y()
        while abs(self._wheel) >= 120:
            step = -1 if self._wheel > 0 else 1
            self._wheel += 120 * step
            self.step_weeks(step)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self.choosing():
            moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Left: -1,
                     Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Right: 1}
            if key in moves:
                self.choose(self.current + moves[key])
            elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
                self.follow_current()
            elif key == Qt.Key.Key_Escape:
                self.show_plan()
            else:
                super().keyPressEvent(event)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start_today()
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif key == Qt.Key.Key_P:
            self.show_programs()
        elif key == Qt.Key.Key_X:
            self.ask_to_stop()
        elif key in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
            self.step_weeks(-1 if key == Qt.Key.Key_PageUp else 1)
        else:
            super().keyPressEvent(event)

    # -- looks ------------------------------------------------------------------------------
    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        done = mix(theme.panel, theme.window, 0.5)
        self.setStyleSheet(f"""
#programTitle {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; color: {theme.text}; }}
#programWhere {{ font-size: {point_size(scale, 1.7)}pt; font-weight: bold; color: {theme.text}; }}
#programToday {{ font-size: {point_size(scale, 1.5)}pt; color: {theme.text}; }}
#programBehind, #programSaid {{ font-size: {point_size(scale, 1.2)}pt; color: {theme.text}; }}
#programNote, #programHint {{ font-size: {point_size(scale, 1.1)}pt; color: {theme.soft_text}; }}
#programBody {{ background: transparent; }}
#weekLabel {{ font-size: {point_size(scale, 1.3)}pt; color: {theme.soft_text}; }}
#weekLabel[now="true"] {{ color: {theme.text}; font-weight: bold; }}
#programCell {{ background: {theme.panel}; border: 3px solid {theme.panel}; border-radius: 10px; }}
#programCell[mark="done"] {{ background: {done}; border-color: {done}; }}
#programCell[mark="today"], #programCell[mark="next"] {{ border: 4px solid {theme.text}; }}
#cellTitle {{ font-size: {point_size(scale, 1.3)}pt; font-weight: bold; color: {theme.text}; }}
#programCell[mark="done"] #cellTitle {{ color: {theme.soft_text}; font-weight: normal; }}
#cellLine {{ font-size: {point_size(scale, 1.1)}pt; color: {theme.soft_text}; }}
#programCell[mark="today"] #cellLine {{ color: {theme.text}; font-weight: bold; }}
#programCell[mark="to_come"] #cellTitle {{ font-weight: normal; }}
#programCard {{ background: {theme.panel}; border: 3px solid {theme.panel}; border-radius: 12px; }}
#programCard[current="true"] {{ border: 4px solid {theme.accent}; }}
#cardTitle {{ font-size: {point_size(scale, 1.7)}pt; font-weight: bold; color: {theme.text}; }}
#cardLine {{ font-size: {point_size(scale, 1.2)}pt; color: {theme.soft_text}; }}
""")


class _ChooseFace(QWidget):
    """The programs' face: Tab and Shift+Tab choose the next card, as the arrows do; the
    keyboard focus stays on the face, the current card's frame shows where it is."""

    def __init__(self, view: ProgramView) -> None:
        super().__init__(objectName="chooseFace")
        self.view = view

    def focusNextPrevChild(self, next: bool) -> bool:
        view = self.view
        if not view.cards:
            return super().focusNextPrevChild(next)
        view.choose((view.current + (1 if next else -1)) % len(view.cards))
        return True
