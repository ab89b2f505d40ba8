"""The history list as a table: one row a session, its columns fitted to the width.

The table never scrolls sideways and never cuts a word: the columns that fit the width are
shown, in the order of what matters most (date, routine, status, time under tension, effort,
ground contacts, then the session's whole time, ...: the German keys-only trial lost the
contacts at 1280x720 to the time), and the rest wait in the session's own window (Enter on a row). Notes fill what is left
and are shortened at a word, with an ellipsis, when they are longer than the room. A preview (a
session run on a fast clock, `--speed 10`) has "Preview (×10)" for its status.

Every word is the athlete's language: the headings (context "TableWords"), the status
(`status_words`, from the session's status value and clock speed), a built-in routine's name,
and the date as QLocale writes it.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QDate,
                            QEvent, QLocale, QModelIndex, Qt, QTime)
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import (QAbstractItemView, QHeaderView, QLabel, QStyledItemDelegate,
                               QTableView, QWidget)

from isohold.core.history.records import SessionLine, Status
from isohold.ui.language import routine_text
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.labels import preview_text, status_text

COLUMNS = (QT_TRANSLATE_NOOP("TableWords", "Date"), QT_TRANSLATE_NOOP("TableWords", "Routine"),
           QT_TRANSLATE_NOOP("TableWords", "Status"), QT_TRANSLATE_NOOP("TableWords", "Time"),
           QT_TRANSLATE_NOOP("TableWords", "Under tension"),
           QT_TRANSLATE_NOOP("TableWords", "Contacts"), QT_TRANSLATE_NOOP("TableWords", "Sets"),
           QT_TRANSLATE_NOOP("TableWords", "RPE"), QT_TRANSLATE_NOOP("TableWords", "Notes"))
DATE, ROUTINE, STATUS, TIME, TUT, CONTACTS, SETS, RPE, NOTES = range(len(COLUMNS))
# widths, never shown: the texts no row may have yet (the date, routine and status are measured
# as the rows show them)
SAMPLES = {TIME: "1:23:45", TUT: "12:00", CONTACTS: "140", SETS: "10 / 10", RPE: "10",
           NOTES: "Left calf tight"}
MAX_ROUTINE_CHARS = 24  # a longer routine name is shortened at a word in the list
KEEP_ORDER = (DATE, ROUTINE, STATUS, TUT, RPE, CONTACTS, TIME, NOTES, SETS)  # first kept first
PADDING = 24  # pixels beside a cell's text (the style's margins and the grid line)
NONE = "\u2013"  # an en dash: nothing of this kind was done


SEPARATOR = "\u00a0\u00a0\u00b7  "  # between two phrases of a line


def unbroken(*phrases: str) -> str:
    """Phrases a line may break between (after a "\u00b7"), never inside one."""
    return SEPARATOR.join(phrase.replace(" ", "\u00a0") for phrase in phrases)


class PhraseLine(QLabel):
    """A line of phrases (`unbroken`) broken between phrases where it is too long for the
    label's width, the "\u00b7" left out at the break: no line ends with a stray "\u00b7" (the
    German keys-only trial saw one ending the history's totals). `phrases_text` keeps the
    text as given; `text()` is what is shown, a line a row."""

    def __init__(self, text: str = "", name: str = "") -> None:
        super().__init__(objectName=name)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(True)  # a phrase wider than the label still shows whole words
        self.phrases_text = ""
        self.set_phrases(text)

    def set_phrases(self, text: str) -> None:
        self.phrases_text = text
        self._break_lines()

    def _break_lines(self) -> None:
        width, metrics = self.contentsRect().width(), self.fontMetrics()
        lines: list[str] = []
        for phrase in self.phrases_text.split(SEPARATOR):
            if lines and metrics.horizontalAdvance(lines[-1] + SEPARATOR + phrase) <= width:
                lines[-1] += SEPARATOR + phrase
            else:
                lines.append(phrase)
        shown = "\n".join(lines)
        if shown != self.text():
            self.setText(shown)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._break_lines()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._break_lines()


def heading(column: int) -> str:
    """A column's heading in the athlete's language."""
    return QCoreApplication.translate("TableWords", COLUMNS[column])


def status_words(line: SessionLine) -> str:
    """A session's status as the list says it: a preview is called one, at its clock's speed
    ("Preview (×10)"), whatever its status; else "Completed", "Stopped early"..."""
    return preview_text(line.clock_speed) if line.is_preview else status_text(line.status)


def date_text(moment: datetime, with_year: bool = True) -> str:
    """A row's day and time as the language writes them: "Wed 30 Sep 2025  23:59", or
    without the year ("Wed 30 Sep  23:59")."""
    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day),
                          "ddd d MMM yyyy" if with_year else "ddd d MMM")
    return f"{day}  {locale.toString(QTime(moment.hour, moment.minute), 'HH:mm')}"


def routine_name(line: SessionLine) -> str:
    """The routine's name: a built-in routine's in the language, the athlete's own as typed."""
    return routine_text(line.routine_id, "name", line.routine_name)


def cell_text(line: SessionLine, column: int, with_year: bool = True) -> str:
    if column == DATE:
        return date_text(line.started_at, with_year)
    if column == ROUTINE:
        return routine_name(line)
    if column == STATUS:
        return status_words(line)  # a preview says so, at its clock's speed
    if column == TIME:
        return clock_text(line.total_s, "spent")
    if column == TUT:
        return clock_text(line.tut_s, "spent") if line.tut_s else NONE
    if column == CONTACTS:
        return str(line.ground_contacts) if line.ground_contacts else NONE
    if column == SETS:
        return f"{line.sets_done} / {line.sets_planned}"
    if column == RPE:
        return "" if line.rpe is None else str(line.rpe)
    return " ".join(line.notes.split())  # one line in the table


class SessionTable(QAbstractTableModel):
    """The history list as a lazy table: 3,650 sessions cost only the rows on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[SessionLine] = []
        self.with_year = False  # the year in the date: when any session is not this year's

    def show(self, lines: list[SessionLine], this_year: int) -> None:
        self.beginResetModel()
        self.lines = lines
        self.with_year = any(line.started_at.year != this_year for line in lines[-1:] + lines[:1])
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return heading(section)
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.lines[index.row()], index.column(), self.with_year)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == NOTES:
            return self.lines[index.row()].notes or None
        return None


def shorten_at_word(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` if it fits `width`, else as many whole words as fit followed by an ellipsis."""
    if metrics.horizontalAdvance(text) <= width:
        return text
    words = text.split(" ")
    while words:
        words.pop()
        shortened = " ".join(words).rstrip(",;:.-") + "\u2026"
        if metrics.horizontalAdvance(shortened) <= width:
            return shortened
    return "\u2026"


class WholeWords(QStyledItemDelegate):
    """Draws a cell's text shortened at a word when it does not fit (never mid-word)."""

    def initStyleOption(self, option, index) -> None:
        super().initStyleOption(option, index)
        option.text = shorten_at_word(option.text, option.fontMetrics,
                                      option.rect.width() - PADDING)


class SessionsView(QTableView):
    """The sessions table; `fit_columns` shows the columns that fit its width."""

    def __init__(self, model: SessionTable, row_height: int,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sessions")
        self.setModel(model)
        self.setItemDelegate(WholeWords(self))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)  # WholeWords makes every text fit
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(row_height)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.shown: list[int] = list(range(len(COLUMNS)))

    def natural_widths(self) -> dict[int, int]:
        """Each column's width for its longest text (or its header), at the current fonts:
        the routine names and statuses shown, the widest day and month names of the language."""
        self.ensurePolished()
        text, bold = self.fontMetrics(), self.horizontalHeader().fontMetrics()
        model: SessionTable = self.model()
        widest = lambda texts: max(texts, key=text.horizontalAdvance)  # noqa: E731
        locale, short = QLocale(), QLocale.FormatType.ShortFormat
        day = widest([locale.dayName(number, short) for number in range(1, 8)])
        month = widest([locale.monthName(number, short) for number in range(1, 13)])
        samples = dict(SAMPLES)
        samples[DATE] = f"{day} 30 {month}{' 2025' if model.with_year else ''}  23:59"
        samples[ROUTINE] = widest(sorted({routine_name(line) for line in model.lines} or {""}))
        samples[STATUS] = widest(sorted({status_words(line) for line in model.lines}
                                        | {status_text(Status.STOPPED_EARLY)}))
        widths = {}
        for column in range(len(COLUMNS)):
            widths[column] = max(text.horizontalAdvance(samples[column]),
                                 round(bold.horizontalAdvance(heading(column)) * 1.08)
                                 ) + PADDING + 2
        widths[ROUTINE] = min(widths[ROUTINE], text.horizontalAdvance("x" * MAX_ROUTINE_CHARS))
        return widths

    def room(self) -> int:
        """The width the columns share: inside the frame, beside the vertical scroll bar."""
        return self.contentsRect().width() - self.verticalScrollBar().sizeHint().width()

    def fit_columns(self) -> None:
        widths = self.natural_widths()
        room = self.room()
        kept, used = [], 0
        for column in KEEP_ORDER:
            if used + widths[column] <= room:
                kept.append(column)
                used += widths[column]
        self.shown = sorted(kept)
        extra = room - used
        grows = [NOTES] if NOTES in kept else kept
        for column in range(len(COLUMNS)):
            self.setColumnHidden(column, column not in kept)
            if column in kept:
                share = extra // len(grows) if column in grows else 0
                self.setColumnWidth(column, widths[column] + share)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()
