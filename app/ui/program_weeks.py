"""The weeks of the program followed, a row each, its sessions marked done (with the day),
today, next or to come: the grid of the program view.

Whole weeks only: the grid shows as many as its height holds, this week's among them (until the
athlete moves the weeks with PageUp/PageDown or the wheel), and a line says what is out of view
("↑ 1 more week above · ↓ 3 more weeks below"). On a short window each session takes one line,
its mark as a sign (✓ done, ▶ today). The grid takes the height the page leaves it, whatever its
rows would like, so no number of weeks makes the page taller than the window.
"""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QSizePolicy, QVBoxLayout, QWidget

from isohold.core.program_standing import Mark, Standing
from isohold.ui.program_text import ProgramText, mark_text, name_of
from isohold.ui.shared.labels import filled, plain_label


def more_weeks_text(above: int, below: int) -> str:
    """What the plan holds out of view: "↑ 1 more week above   ·   ↓ 2 more weeks below"."""
    parts = [ProgramText.tr("\u2191 %n more week(s) above", "", above) if above else "",
             ProgramText.tr("\u2193 %n more week(s) below", "", below) if below else ""]
    return "   \u00b7   ".join(part for part in parts if part)


class SessionCell(QFrame):
    """One session of the plan: its routine, and done / today / next / to come."""

    SIGNS = {Mark.DONE: "\u2713 ", Mark.TODAY: "\u25b6 ", Mark.NEXT: "", Mark.TO_COME: ""}

    def __init__(self, title: str, line: str, mark: Mark) -> None:
        super().__init__(objectName="programCell")
        # the columns share the width evenly, whatever their words (WeeksGrid.fits_across)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
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

    def widest_word(self) -> int:
        """The widest word it shows, with its margins and border: less room cuts a word."""
        words = [0]
        for label in (self.title, self.line):
            if label.text() and not label.isHidden():
                metrics = label.fontMetrics()
                words += [metrics.horizontalAdvance(word) for word in label.text().split()]
        margins = self.layout().contentsMargins()
        return max(words) + margins.left() + margins.right() + 8  # the border, both sides

    def set_compact(self, compact: bool) -> None:
        """On a short window, one line: the routine with a sign (✓ done, ▶ today)."""
        self.title.setText(self.texts[compact])
        self.line.setVisible(bool(self.line.text()) and not compact)


class WeeksGrid(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="programBody")
        # the room the page leaves, never more: its words are fitted to it (ProgramView.fit),
        # so that no long word makes the page, and the window, wider than the screen
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.standing: Standing | None = None
        self.cells: list[SessionCell] = []
        self.rows: list[list[SessionCell]] = []  # the cells of each week
        self.week_labels: list = []
        self.top = 0  # the first week in view when the weeks do not all fit
        self.follow_now = True  # this week kept in view, until the athlete moves the weeks
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(6)
        self.box = QWidget(objectName="programBody")
        self.grid = QGridLayout(self.box)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(10)
        self.grid.setVerticalSpacing(8)
        outer.addWidget(self.box)
        self.more = plain_label("", "programNote", wrap=False)  # "2 more weeks below"
        self.more.hide()
        outer.addWidget(self.more)
        outer.addStretch(1)  # below the whole weeks, what they leave

    def fill(self, standing: Standing, names: Mapping[str, str]) -> None:
        """The weeks of `standing`'s program, marked; this week's in view."""
        while self.grid.count():
            item = self.grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.standing = standing
        self.cells, self.rows, self.week_labels = [], [], []
        self.top, self.follow_now = max(0, standing.week - 1), True
        by_week: dict[int, list] = {}
        for item in standing.sessions:
            by_week.setdefault(item.session.week, []).append(item)
        for row, week in enumerate(range(1, standing.weeks + 1)):
            label = plain_label(filled(ProgramText.tr("Week %1"), week), "weekLabel", wrap=False)
            label.setProperty("now", week == standing.week and standing.next is not None)
            self.week_labels.append(label)
            self.grid.addWidget(label, row, 0, Qt.AlignmentFlag.AlignVCenter)
            self.rows.append([])
            for column, item in enumerate(by_week.get(week, []), start=1):
                cell = SessionCell(name_of(item.session.routine_id, names),
                                   mark_text(item, standing), item.mark)
                self.cells.append(cell)
                self.rows[-1].append(cell)
                self.grid.addWidget(cell, row, column)
        for column in range(1, max(len(week) for week in standing.program.weeks) + 1):
            self.grid.setColumnStretch(column, 1)

    def set_compact(self, compact: bool) -> None:
        for cell in self.cells:
            cell.set_compact(compact)

    def step(self, step: int) -> None:
        """PageUp, PageDown, the wheel: the weeks in view move by one."""
        self.top = max(0, self.top + step)
        self.follow_now = False
        self.fit()

    def fit(self) -> bool:
        """Show the whole weeks that fit (this week's among them); False when not even one
        week fits whole at this height (the page then makes room or goes compact)."""
        if self.standing is None or not self.rows:
            return True
        spacing = self.grid.verticalSpacing()
        heights = self.row_heights()
        room = self.height()
        last_row = len(heights) - 1

        def span(first: int, last: int) -> int:
            return sum(heights[first:last + 1]) + spacing * (last - first)

        if span(0, last_row) <= room:
            self.top = 0
            self.more.hide()
            self._show_weeks(0, last_row)
            return True
        room -= self.more.sizeHint().height() + self.outer.spacing()
        now = min(self.standing.week - 1, last_row)
        top = min(self.top, last_row)
        if self.follow_now:
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
        return heights[top] <= room

    def fits_across(self) -> bool:
        """Whether every session's longest word fits its column at the grid's width."""
        if self.standing is None or not self.cells:
            return True
        width = self.column_width()
        return all(cell.widest_word() <= width for cell in self.cells)

    def column_width(self) -> int:
        """A session's width: the columns share what the weeks' labels leave, evenly."""
        columns = max(len(week) for week in self.standing.program.weeks)
        label_width = max(label.sizeHint().width() for label in self.week_labels)
        spacing = self.grid.horizontalSpacing()
        return (self.width() - label_width - spacing * columns) // columns

    def row_heights(self) -> list[int]:
        """Each week's height at the grid's width: its tallest cell (or its label)."""
        width = self.column_width()
        return [max([label.sizeHint().height(), *(cell.heightForWidth(width) for cell in cells)])
                for label, cells in zip(self.week_labels, self.rows)]

    def _show_weeks(self, first: int, last: int) -> None:
        for row, (label, cells) in enumerate(zip(self.week_labels, self.rows)):
            shown = first <= row <= last
            for widget in (label, *cells):
                widget.setVisible(shown)
