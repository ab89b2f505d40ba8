"""The history view: sessions newest first, filtered by routine, weekly totals, the streak, and
charts of time under tension, sessions per week and drop-jump box height.

Delete asks first and can be undone (Ctrl+Z or the Undo button) until the app closes.
Esc goes back. Everything on screen is plain text.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (QAbstractItemView, QComboBox, QFileDialog, QFrame, QHBoxLayout,
                               QHeaderView, QMessageBox, QPushButton, QTableView, QVBoxLayout,
                               QWidget)

from app.core.history.export import write_sessions
from app.core.history.progress import box_heights, streak, weekly_totals
from app.core.history.records import SessionLine
from app.core.history.store import READ_ONLY_NOTICE, HistoryError, HistoryStore
from app.ui.history.charts import SESSIONS_COLOUR, TUT_COLOUR, box_height_chart, weekly_bars
from app.ui.shared.clock_text import clock_text
from app.ui.shared.labels import plain_label, plural
from app.ui.theme import current_text_scale, current_theme, point_size

ALL_ROUTINES = "All routines"
CHART_WEEKS = 12
COLUMNS = ("Date", "Routine", "Status", "Time", "Work", "Sets", "RPE", "Notes")
COLUMN_SAMPLES = ("Wed 30 Sep 2025  23:59", "Isometric holds", "Stopped early", "1:23:45",
                  "12:00 under tension, 140 contacts", "10 / 10", "10")
KEYS_HINT = "Delete remove   \u00b7   Ctrl+Z undo   \u00b7   Esc back"


class SessionTable(QAbstractTableModel):
    """The history list as a lazy table: 3,650 sessions cost only the rows on screen."""

    def __init__(self) -> None:
        super().__init__()
        self.lines: list[SessionLine] = []

    def show(self, lines: list[SessionLine]) -> None:
        self.beginResetModel()
        self.lines = lines
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent=QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(self.lines[index.row()], index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == len(COLUMNS) - 1:
            return self.lines[index.row()].notes or None
        return None


def cell_text(line: SessionLine, column: int) -> str:
    if column == 0:
        return line.started_at.strftime("%a %d %b %Y  %H:%M")
    if column == 1:
        return line.routine_name
    if column == 2:
        return line.status.label
    if column == 3:
        return clock_text(line.total_s, "spent")
    if column == 4:
        return work_text(line)
    if column == 5:
        return f"{line.sets_done} / {line.sets_planned}"
    if column == 6:
        return "" if line.rpe is None else str(line.rpe)
    return line.notes.replace("\n", " ")


def work_text(line: SessionLine) -> str:
    """Time under tension (clock time), and the landings of jump drills."""
    parts = []
    if line.tut_s:
        parts.append(f"{clock_text(line.tut_s, 'spent')} under tension")
    if line.ground_contacts:
        parts.append(f"{line.ground_contacts} contacts")
    return ", ".join(parts) or "–"


class HistoryView(QWidget):
    back_requested = Signal()
    delete_requested = Signal(object)  # the SessionLine to delete (the window does it)
    undo_requested = Signal(str)  # the UUID of the session deleted last, to bring back
    changed = Signal()  # a session was deleted or restored

    def __init__(self, store: HistoryStore, parent: QWidget | None = None,
                 today: date | None = None) -> None:
        super().__init__(parent, objectName="history")
        self.store = store
        self.today = today or date.today()
        self.routine_id: str | None = None
        self.undo_uuid: str | None = None
        self.lines: list[SessionLine] = []
        self.charts: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 18, 28, 14)
        layout.setSpacing(10)
        layout.addLayout(self._top_bar())
        self.totals = plain_label("", "historyTotals")
        layout.addWidget(self.totals)
        self.chart_row = QHBoxLayout()
        self.chart_row.setSpacing(12)
        layout.addLayout(self.chart_row, 5)
        self.table_model = SessionTable()
        self.table = self._table()
        layout.addWidget(self.table, 6)
        layout.addWidget(self._undo_bar())
        self.message = plain_label("", "historyMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.restyle()
        self._size_columns()
        self.delete_button.setEnabled(not store.read_only)  # nothing can be changed
        self.reload()

    # -- building ---------------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        title = plain_label("History", "historyTitle", wrap=False)
        title.setProperty("role", "title")
        row.addWidget(title)
        row.addStretch(1)
        self.filter = QComboBox(objectName="routineFilter")
        self.filter.setMinimumContentsLength(16)
        self.filter.currentIndexChanged.connect(self._filter_changed)
        row.addWidget(self.filter)
        self.csv_button = QPushButton("Export CSV", objectName="exportCsv")
        self.json_button = QPushButton("Export JSON", objectName="exportJson")
        self.csv_button.clicked.connect(lambda: self.export(".csv"))
        self.json_button.clicked.connect(lambda: self.export(".json"))
        self.back_button = QPushButton("Back", objectName="back")
        self.back_button.clicked.connect(self.back_requested.emit)
        for button in (self.csv_button, self.json_button, self.back_button):
            row.addWidget(button)
        return row

    def _table(self) -> QTableView:
        table = QTableView(objectName="sessions")
        table.setModel(self.table_model)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(int(point_size(current_text_scale()) * 2.6))
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        return table

    def _size_columns(self) -> None:
        """Wide enough for the longest text each column holds, at the current font."""
        self.table.ensurePolished()
        text = self.table.fontMetrics()
        bold = self.table.horizontalHeader().fontMetrics()
        for column, sample in enumerate(COLUMN_SAMPLES):
            width = max(text.horizontalAdvance(sample),
                        bold.horizontalAdvance(COLUMNS[column]) * 1.15)
            self.table.setColumnWidth(column, int(width) + 28)

    def _undo_bar(self) -> QFrame:
        self.undo_bar = QFrame(objectName="undoBar")
        row = QHBoxLayout(self.undo_bar)
        row.setContentsMargins(0, 0, 0, 0)
        self.undo_text = plain_label("", "undoText")
        self.undo_button = QPushButton("Undo", objectName="undo")
        self.undo_button.clicked.connect(self.undo)
        self.delete_button = QPushButton("Delete session\u2026", objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)
        row.addWidget(self.delete_button)
        row.addWidget(self.undo_text, 1)
        row.addWidget(self.undo_button)
        row.addSpacing(16)
        row.addWidget(plain_label(KEYS_HINT, "historyKeys", wrap=False))
        self.undo_button.setVisible(False)
        return self.undo_bar

    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QWidget#history {{ background: {theme.window}; }}
            QLabel#historyTitle {{ font-size: {point_size(scale, 1.8)}pt; font-weight: bold; }}
            QLabel#historyTotals {{ font-size: {point_size(scale, 1.15)}pt; }}
            QLabel#historyKeys {{ color: {theme.soft_text}; }}
            QLabel#historyMessage {{ background: #5c1a14; border: 2px solid #ff8a7a;
                border-radius: 6px; padding: 8px; }}
            QTableView {{ background: {theme.panel}; alternate-background-color: {theme.window};
                gridline-color: {theme.button}; selection-background-color: {theme.accent};
                selection-color: {theme.accent_text}; }}
            QHeaderView::section {{ background: {theme.button}; color: {theme.text};
                padding: 6px; border: none; font-weight: bold; }}
        """)

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the history again (after a filter change, a delete, a new session)."""
        try:
            routines = self.store.routines()
            self.lines = self.store.lines(self.routine_id)
        except HistoryError as error:
            self.show_message(str(error))
            routines, self.lines = [], []
        else:
            self.show_message(self._state_text())
        self._fill_filter(routines)
        self.table_model.show(self.lines)
        if self.lines and not self.table.selectionModel().hasSelection():
            self.table.selectRow(0)
        self._show_totals()
        self._draw_charts()

    def _fill_filter(self, routines: list[tuple[str, str]]) -> None:
        wanted = [(None, ALL_ROUTINES)] + routines
        current = [(self.filter.itemData(i), self.filter.itemText(i))
                   for i in range(self.filter.count())]
        if current == wanted:
            return
        self.filter.blockSignals(True)
        self.filter.clear()
        for routine_id, name in wanted:
            self.filter.addItem(name, routine_id)
        index = self.filter.findData(self.routine_id) if self.routine_id else 0
        self.filter.setCurrentIndex(max(0, index))
        self.filter.blockSignals(False)

    def _show_totals(self) -> None:
        weeks = weekly_totals(self.lines, 2, self.today)
        last, this = weeks
        run = streak(self.lines, self.today)
        self.totals.setText(
            f"This week: {plural(this.sessions, 'session')}, {clock_text(this.tut_s, 'spent')} under "
            f"tension   \u00b7   Last week: {plural(last.sessions, 'session')}, "
            f"{clock_text(last.tut_s, 'spent')}   \u00b7   Streak: {plural(run.days, 'day')}, "
            f"{plural(run.weeks, 'week')}")

    def _draw_charts(self) -> None:
        for chart in self.charts.values():
            self.chart_row.removeWidget(chart)
            chart.deleteLater()
        weeks = weekly_totals(self.lines, CHART_WEEKS, self.today)
        self.charts = {
            "tut": weekly_bars("Under tension per week (min)", "tutChart", weeks,
                               lambda week: week.tut_s / 60, TUT_COLOUR),
            "sessions": weekly_bars("Sessions per week", "sessionsChart", weeks,
                                    lambda week: week.sessions, SESSIONS_COLOUR),
            "box": box_height_chart(box_heights(self.lines)),
        }
        for chart in self.charts.values():
            self.chart_row.addWidget(chart, 1)

    def _state_text(self) -> str:
        """What is true of the history as read: read-only, rows that could not be read."""
        parts = [self.store.left_out_notice]
        if self.store.read_only:
            parts.insert(0, f"{READ_ONLY_NOTICE}.")
        return "\n".join(part for part in parts if part)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # -- what the athlete does --------------------------------------------------------------
    def _filter_changed(self, index: int) -> None:
        self.routine_id = self.filter.itemData(index)
        self.table.clearSelection()
        self.reload()

    def select_routine(self, routine_id: str | None) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(routine_id)) if routine_id else 0)

    def selected_line(self) -> SessionLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def confirm_delete(self, line: SessionLine) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "Delete session",
                          f"Delete the session of {cell_text(line, 0)} ({line.routine_name})?\n"
                          "You can undo this until you close Isohold.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete_selected(self) -> None:
        """Delete, after a question: asked of the window, which tells `deleted()`."""
        line = self.selected_line()
        if line is None or not self.confirm_delete(line):
            return
        self.delete_requested.emit(line)

    def deleted(self, line: SessionLine, error: str = "") -> None:
        """The window's answer to delete_requested: "" when the session was deleted."""
        if error:
            self.show_message(error)
            return
        row = self.lines.index(line) if line in self.lines else 0
        self.undo_uuid = line.uuid
        self.undo_text.setText(f"Deleted the session of {cell_text(line, 0)}.")
        self.undo_button.setVisible(True)
        self.reload()
        if self.lines:
            self.table.selectRow(min(row, len(self.lines) - 1))
        self.changed.emit()

    def undo(self) -> None:
        if self.undo_uuid is not None:
            self.undo_requested.emit(self.undo_uuid)

    def restored(self, uuid: str, error: str = "") -> None:
        """The window's answer to undo_requested."""
        if error:
            self.show_message(error)
            return
        self.undo_uuid = None
        self.undo_text.setText("")
        self.undo_button.setVisible(False)
        self.reload()
        row = next((i for i, line in enumerate(self.lines) if line.uuid == uuid), None)
        if row is not None:
            self.table.selectRow(row)
        self.changed.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Keys the list and buttons leave alone arrive here: Delete, Ctrl+Z, Esc."""
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_selected()
        elif event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    def export(self, suffix: str) -> None:
        kind = "CSV" if suffix == ".csv" else "JSON"
        suggested = str(Path.home() / f"isohold-history-{self.today:%Y%m%d}{suffix}")
        path, _ = QFileDialog.getSaveFileName(self, f"Export the history as {kind}", suggested,
                                              f"{kind} (*{suffix})")
        if path:
            if not path.lower().endswith(suffix):
                path += suffix
            self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the sessions shown (the routine filter applies); returns how many."""
        try:
            sessions = self.store.sessions(self.routine_id)
            write_sessions(sessions, path)
        except (HistoryError, OSError, ValueError) as error:
            self.show_message(f"Could not export to {path}: "
                              f"{getattr(error, 'strerror', None) or error}")
            return 0
        self.show_message(self._state_text())  # a row left out is left out of the file too
        count = len(sessions)
        self.undo_text.setText(f"Exported {count} session{'' if count == 1 else 's'} to {path}.")
        return len(sessions)

