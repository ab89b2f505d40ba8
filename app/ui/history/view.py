"""The history view: sessions newest first, filtered by routine, weekly totals and the streak;
charts of time under tension, sessions per week and drop-jump box height on a page of their
own (C, or the Charts button), so the list keeps the height for its rows; the leg tests, each
leg over time and the last difference between them, on another (L, or the Legs button).

Enter (or a double click) on a row opens the session: its drills, and its notes and effort
(RPE) to correct. Delete asks first; every delete of this visit can be undone, the last first
(Ctrl+Z or the Undo button, again and again). Export writes the sessions shown to a CSV or
JSON file, starting in the folder used last (`export_folder`, told back through
`export_folder_changed`). Esc goes back. Everything on screen is plain text.

A preview (a session run on a fast clock, `--speed 10`) is listed as "Preview (×10)" and counted
in no total, streak or chart; the week's line says how many previews it left out.

The view writes nothing: it asks (delete_requested, undo_requested, edit_requested) and is
told how it went (deleted, restored, edited).

Every word is the athlete's language (the context HistoryView; counts as %n): a sentence is
one message with its numbers, dates and names as placeholders.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QMessageBox,
                               QPushButton, QSizePolicy, QStackedWidget, QVBoxLayout,
                               QWidget)

from isohold.core.history.export import write_sessions
from isohold.core.history.leg_tests import leg_differences
from isohold.core.history.progress import box_heights, monday_of, streak, weekly_totals
from isohold.core.history.records import SessionLine
from isohold.core.history.store import READ_ONLY_NOTICE, HistoryError, HistoryStore
from isohold.core.leg_tests import TESTS
from isohold.ui.history.charts import (SESSIONS_COLOUR, TUT_COLOUR, box_height_chart, leg_chart,
                                       weekly_bars)
from isohold.ui.history.session_window import SessionWindow
from isohold.ui.history.table import (DATE, PhraseLine, SessionsView, SessionTable, cell_text,
                                      routine_name, unbroken)
from isohold.ui.language import routine_text
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.export_folder import export_start, folder_of
from isohold.ui.shared.labels import Translated, counted, filled, plain_label
from isohold.ui.shared.said import error_text, said
from isohold.ui.theme import current_text_scale, current_theme, point_size

CHART_WEEKS = 12
LIST, CHARTS, LEGS = 0, 1, 2  # the pages, in the stack's order
FORMATS = {"CSV": ".csv", "JSON": ".json"}
# each key and what it does, a phrase a line never breaks inside, per page
KEYS = {
    LIST: (QT_TRANSLATE_NOOP("HistoryView", "Enter open"),
           QT_TRANSLATE_NOOP("HistoryView", "Delete remove"),
           QT_TRANSLATE_NOOP("HistoryView", "Ctrl+Z undo"),
           QT_TRANSLATE_NOOP("HistoryView", "C charts"),
           QT_TRANSLATE_NOOP("HistoryView", "L legs"),
           QT_TRANSLATE_NOOP("HistoryView", "X export"),
           QT_TRANSLATE_NOOP("HistoryView", "Esc back")),
    CHARTS: (QT_TRANSLATE_NOOP("HistoryView", "C list"),
             QT_TRANSLATE_NOOP("HistoryView", "L legs"),
             QT_TRANSLATE_NOOP("HistoryView", "Esc back")),
    LEGS: (QT_TRANSLATE_NOOP("HistoryView", "L list"),
           QT_TRANSLATE_NOOP("HistoryView", "C charts"),
           QT_TRANSLATE_NOOP("HistoryView", "Esc back")),
}

__all__ = ["CHART_WEEKS", "HistoryView", "all_routines", "cell_text", "keys_text"]


def keys_text(page: int) -> str:
    """The keys line of a page (LIST, CHARTS, LEGS) in the athlete's language."""
    return unbroken(*(QCoreApplication.translate("HistoryView", phrase) for phrase in KEYS[page]))


def all_routines() -> str:
    """The routine filter's first choice."""
    return HistoryView.tr("All routines")


def export_filters() -> dict[str, str]:
    """The export dialog's file types, by the format each writes."""
    return {"CSV": HistoryView.tr("CSV, for spreadsheets (*.csv)"),
            "JSON": HistoryView.tr("JSON (*.json)")}


class HistoryView(Translated, QWidget):
    back_requested = Signal()
    delete_requested = Signal(object)  # the SessionLine to delete (the window does it)
    undo_requested = Signal(str)  # the UUID of the session deleted last, to bring back
    edit_requested = Signal(str, str, object)  # UUID, notes, RPE (1-10 or None) to save
    export_folder_changed = Signal(str)  # the folder an export was written to, to start in next
    changed = Signal()  # a session was deleted, restored or its notes changed

    def __init__(self, store: HistoryStore, parent: QWidget | None = None,
                 today: date | None = None, export_folder: str = "") -> None:
        super().__init__(parent, objectName="history")
        self.store = store
        self.today = today or date.today()
        self.export_folder = export_folder
        self.routine_id: str | None = None
        self.deleted_lines: list[SessionLine] = []  # this visit's deletes, the last at the end
        self.lines: list[SessionLine] = []
        self.test_results = []  # the leg tests' results (TestResult), oldest first
        self.tests_left_out: list[str] = []  # leg-test rows that could not be read
        self.charts: dict[str, QWidget] = {}  # the charts page's: "tut", "sessions", "box"
        self.leg_charts: dict[str, QWidget] = {}  # the leg tests page's, by the test's kind
        self.session_window: SessionWindow | None = None
        self.delete_box: QMessageBox | None = None  # the delete question, while it is asked
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 14, 24, 12)
        layout.setSpacing(8)
        self.top_row = self._top_bar()
        layout.addLayout(self.top_row)
        self.filter_row = QHBoxLayout()  # the filter, on a line of its own when the top bar
        self.filter_row.addStretch(1)  # has no room for it (empty, the row takes no room)
        layout.addLayout(self.filter_row)
        self.totals = PhraseLine("", "historyTotals")
        layout.addWidget(self.totals)
        self.message = plain_label("", "historyMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.empty_note = plain_label(self.tr("No sessions yet: each session you finish or stop "
                                              "shows here, newest first."), "historyEmpty")
        self.empty_note.setVisible(False)
        layout.addWidget(self.empty_note)
        self.pages = QStackedWidget(objectName="historyPages")
        self.table_model = SessionTable()
        self.table = SessionsView(self.table_model, int(point_size(current_text_scale()) * 2.3))
        self.table.activated.connect(lambda index: self.open_session(index.row()))
        self.pages.addWidget(self.table)
        self.chart_page = QWidget(objectName="chartPage")
        self.chart_grid = QGridLayout(self.chart_page)
        self.chart_grid.setContentsMargins(0, 0, 0, 0)
        self.chart_grid.setSpacing(12)
        self.pages.addWidget(self.chart_page)
        self.leg_page = QWidget(objectName="legPage")
        self.leg_row = QHBoxLayout(self.leg_page)
        self.leg_row.setContentsMargins(0, 0, 0, 0)
        self.leg_row.setSpacing(12)
        self.pages.addWidget(self.leg_page)
        layout.addWidget(self.pages, 1)
        self._size_pages(LIST)
        self.status = plain_label("", "historyStatus")  # what was deleted or exported
        self.status.setVisible(False)
        layout.addWidget(self.status)
        self.bottom_row = self._bottom_bar()
        layout.addLayout(self.bottom_row)
        self.keys_row = QHBoxLayout()  # the keys line, when the buttons leave it no room
        layout.addLayout(self.keys_row)
        charts_key = QShortcut(QKeySequence(Qt.Key.Key_C), self)  # the list would search for C
        charts_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        charts_key.activated.connect(self.toggle_charts)
        legs_key = QShortcut(QKeySequence(Qt.Key.Key_L), self)
        legs_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        legs_key.activated.connect(self.toggle_legs)
        export_key = QShortcut(QKeySequence(Qt.Key.Key_X), self)  # Tab stays in the list
        export_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        export_key.activated.connect(self.export)
        self.restyle()
        self.reload()
        self.setFocusProxy(self.table)  # the page given the focus: the list has it, visibly
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------
    def _top_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.title = plain_label(self.tr("History"), "historyTitle", wrap=False)
        self.title.setProperty("role", "title")
        row.addWidget(self.title)
        row.addStretch(1)
        self.filter = QComboBox(objectName="routineFilter")
        self.filter.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.filter.setAccessibleName(self.tr("Show the sessions of"))
        self.filter.currentIndexChanged.connect(self._filter_changed)
        row.addWidget(self.filter)
        self.charts_button = QPushButton(self.tr("Charts"), objectName="chartsToggle")
        self.charts_button.clicked.connect(self.toggle_charts)
        self.export_button = QPushButton(self.tr("Export\u2026"), objectName="export")
        self.export_button.clicked.connect(self.export)
        self.back_button = QPushButton(self.tr("Back"), objectName="back")
        self.back_button.clicked.connect(self.back_requested.emit)
        for button in (self.charts_button, self.export_button, self.back_button):
            row.addWidget(button)
        return row

    def _bottom_bar(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        self.open_button = QPushButton(self.tr("Open\u2026"), objectName="open")
        self.open_button.clicked.connect(lambda: self.open_session())
        self.delete_button = QPushButton(self.tr("Delete\u2026"), objectName="delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo delete"), objectName="undo")
        self.undo_button.clicked.connect(self.undo)
        self.undo_button.setVisible(False)
        # below, where the list's buttons leave room (the top bar is full at 960x600)
        self.legs_button = QPushButton(self.tr("Legs"), objectName="legsToggle")
        self.legs_button.clicked.connect(self.toggle_legs)
        for button in (self.open_button, self.delete_button, self.undo_button, self.legs_button):
            row.addWidget(button)
        row.addSpacing(12)
        self.keys = PhraseLine(keys_text(LIST), "historyKeys")
        self.keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.keys, 1)
        row.addStretch(0)  # the buttons keep their width when the keys line is not beside them
        return row

    def _fit_bars(self, page: int | None = None, undo: bool | None = None) -> None:
        """The routine filter beside the title when the top bar has the room, else on a line
        of its own under it; the keys line beside the page's buttons when they leave it the
        room, else under them (longer words, a larger text scale, a narrow window). Measured
        with the toggles at their wider text, for `page` (the one shown) and with Undo shown
        or not (as now); called before a button shows, so the window never grows first."""
        page = self.pages.currentIndex() if page is None else page
        undo = not self.undo_button.isHidden() if undo is None else undo
        margins = self.layout().contentsMargins()
        room = self.width() - margins.left() - margins.right()

        def widest(button: QPushButton, *texts: str) -> int:
            metrics = button.fontMetrics()
            padding = button.sizeHint().width() - metrics.horizontalAdvance(button.text())
            return padding + max(metrics.horizontalAdvance(text) for text in texts) + 10

        top = (self.title.sizeHint().width() + self.filter.sizeHint().width() + 20
               + widest(self.charts_button, self.tr("Charts"), self.tr("List"))
               + widest(self.export_button, self.export_button.text())
               + widest(self.back_button, self.back_button.text()))
        self._move(self.filter, *((self.top_row, 2) if top <= room else (self.filter_row, 0)))
        bottom = widest(self.legs_button, self.tr("Legs"), self.tr("List")) + 12 + \
            self.keys.minimumSizeHint().width()
        if undo:
            bottom += widest(self.undo_button, self.undo_button.text())
        if page == LIST:
            bottom += widest(self.open_button, self.open_button.text()) + widest(
                self.delete_button, self.delete_button.text())
        self._move(self.keys, *((self.bottom_row, -1) if bottom <= room else (self.keys_row, 0)))

    def _size_pages(self, page: int) -> None:
        """Only the page shown asks for room: the list can shrink below the charts' height."""
        for index in range(self.pages.count()):
            self.pages.widget(index).setSizePolicy(
                QSizePolicy.Policy.Preferred if index == page else QSizePolicy.Policy.Ignored,
                QSizePolicy.Policy.Preferred if index == page else QSizePolicy.Policy.Ignored)

    def _move(self, widget: QWidget, row: QHBoxLayout, index: int) -> None:
        """`widget` into `row` at `index` (-1: at the end, stretching), out of the bar it was
        in; a widget already there stays."""
        if row.indexOf(widget) >= 0:
            return
        for bar in (self.top_row, self.filter_row, self.bottom_row, self.keys_row):
            bar.removeWidget(widget)
        row.insertWidget(index, widget, 1 if index == -1 else 0)

    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QWidget#history {{ background: {theme.window}; }}
            QLabel#historyTitle {{ font-size: {point_size(scale, 1.6)}pt; font-weight: bold; }}
            QLabel#historyTotals {{ font-size: {point_size(scale, 1.05)}pt; }}
            QLabel#historyKeys {{ color: {theme.soft_text}; }}
            QLabel#historyEmpty {{ font-size: {point_size(scale, 1.1)}pt; padding: 6px 0; }}
            QLabel#historyMessage {{ background: #5c1a14; color: #ffffff;
                border: 2px solid #ff8a7a; border-radius: 6px; padding: 8px; }}
            QTableView {{ background: {theme.panel}; alternate-background-color: {theme.window};
                gridline-color: {theme.button}; selection-background-color: {theme.accent};
                selection-color: {theme.accent_text}; }}
            QHeaderView::section {{ background: {theme.button}; color: {theme.text};
                padding: 4px 6px; border: none; font-weight: bold; }}
        """)

    # -- showing ----------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the history again (after a filter change, a delete, a new session)."""
        try:
            self.test_results = self.store.tests()  # first: `left_out` is the last read's
            self.tests_left_out = list(self.store.left_out)
            routines = self.store.routines()
            self.lines = self.store.lines(self.routine_id)
        except HistoryError as error:
            self.show_message(error_text(error))
            routines, self.lines, self.test_results = [], [], []
        else:
            self.show_message(self._state_text())
        self._fill_filter(routines)
        self.table_model.show(self.lines, self.today.year)
        self.table.fit_columns()
        if self.lines and not self.table.selectionModel().hasSelection():
            self.select_row(0)
        self.open_button.setEnabled(bool(self.lines))
        self.delete_button.setEnabled(bool(self.lines) and not self.store.read_only)
        self.empty_note.setVisible(not self.lines and self.routine_id is None)
        self._show_totals()
        self._draw_charts()
        self._fit_bars()

    def select_row(self, row: int) -> None:
        """Select a row and make it current, so the keys act on it."""
        self.table.selectRow(row)
        self.table.setCurrentIndex(self.table_model.index(row, DATE))

    def _fill_filter(self, routines: list[tuple[str, str]]) -> None:
        wanted = [(None, all_routines())] + [(routine_id, routine_text(routine_id, "name", name))
                                             for routine_id, name in routines]
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
        """Training only: a preview is listed but counted nowhere, and the week says so."""
        last, this = weekly_totals(self.lines, 2, self.today)
        run = streak(self.lines, self.today)
        phrases = [
            filled(self.tr("This week: %1, %2 under tension"), counted("session", this.sessions),
                   clock_text(this.tut_s, "spent")),
            filled(self.tr("Last week: %1, %2"), counted("session", last.sessions),
                   clock_text(last.tut_s, "spent")),
            filled(self.tr("Streak: %1, %2"), counted("day", run.days),
                   counted("week", run.weeks))]
        monday = monday_of(self.today)
        previews = sum(line.is_preview and line.started_at.date() >= monday
                       for line in self.lines)
        if previews:
            phrases.insert(1, self.tr("%n preview(s) not counted", "", previews))
        self.totals.set_phrases(unbroken(*phrases))

    def _draw_charts(self) -> None:
        for chart in [*self.charts.values(), *self.leg_charts.values()]:
            chart.setParent(None)
            chart.deleteLater()
        weeks = weekly_totals(self.lines, CHART_WEEKS, self.today)
        self.charts = {
            "tut": weekly_bars(self.tr("Minutes under tension per week"), "tutChart", weeks,
                               lambda week: week.tut_s / 60, TUT_COLOUR),
            "sessions": weekly_bars(self.tr("Sessions per week"), "sessionsChart", weeks,
                                    lambda week: week.sessions, SESSIONS_COLOUR),
            "box": box_height_chart(box_heights(self.lines)),
        }
        for column, chart in enumerate(self.charts.values()):
            self.chart_grid.addWidget(chart, 0, column)
            self.chart_grid.setColumnStretch(column, 1)
        taken = leg_differences(self.test_results)
        for kind, test in TESTS.items():
            chart = leg_chart(test, [day for day in taken if day.test is kind])
            self.leg_charts[kind.value] = chart
            self.leg_row.addWidget(chart, 1)

    def _state_text(self) -> str:
        """What is true of the history as read: read-only, rows that could not be read."""
        parts = [said(self.store.left_out_notice)]
        if self.tests_left_out:
            parts.append(self.tr("Left out %n leg test result(s) that could not be read.", "",
                                 len(self.tests_left_out)))
        if self.store.read_only:
            parts.insert(0, said(READ_ONLY_NOTICE) + ".")
        return "\n".join(part for part in parts if part)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def showing_charts(self) -> bool:
        return self.pages.currentIndex() == CHARTS

    def showing_legs(self) -> bool:
        return self.pages.currentIndex() == LEGS

    def showing_list(self) -> bool:
        return self.pages.currentIndex() == LIST

    # -- what the athlete does --------------------------------------------------------------
    def toggle_charts(self) -> None:
        """The charts in place of the list, or the list again (C, or the button)."""
        self.show_page(LIST if self.showing_charts() else CHARTS)

    def toggle_legs(self) -> None:
        """The leg tests in place of the list, or the list again (L, or the button)."""
        self.show_page(LIST if self.showing_legs() else LEGS)

    def show_page(self, page: int) -> None:
        """The list, the charts or the leg tests; the buttons and keys say how to go on."""
        self.keys.set_phrases(keys_text(page))
        self.charts_button.setText(self.tr("List") if page == CHARTS else self.tr("Charts"))
        self.legs_button.setText(self.tr("List") if page == LEGS else self.tr("Legs"))
        shown = {self.open_button: page == LIST, self.delete_button: page == LIST,
                 self.filter: page != LEGS}  # (the leg tests belong to no routine)
        for widget, visible in shown.items():  # what goes first, what comes after the fit:
            if not visible:  # the window never grows to a page's bars in between
                widget.setVisible(False)
        self._fit_bars(page)
        for widget, visible in shown.items():
            if visible:
                widget.setVisible(True)
        self._size_pages(page)
        self.pages.setCurrentIndex(page)
        if page == CHARTS:
            self.charts_button.setFocus(Qt.FocusReason.OtherFocusReason)
        elif page == LEGS:
            self.legs_button.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _filter_changed(self, index: int) -> None:
        self.routine_id = self.filter.itemData(index)
        self.table.clearSelection()
        self.reload()

    def select_routine(self, routine_id: str | None) -> None:
        self.filter.setCurrentIndex(max(0, self.filter.findData(routine_id)) if routine_id else 0)

    def selected_line(self) -> SessionLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.lines[rows[0].row()] if rows else None

    def open_session(self, row: int | None = None) -> None:
        """The session of a row (the selected one by default) in a window of its own."""
        line = self.lines[row] if row is not None and 0 <= row < len(self.lines) \
            else self.selected_line()
        if line is None or not self.showing_list():
            return
        try:
            record = self.store.session(line.uuid)
        except HistoryError:
            record = None  # the window says the drills could not be read; notes still show
        window = SessionWindow(line, record, self.store.read_only, self)
        window.save_requested.connect(self.edit_requested)
        window.finished.connect(lambda _result: self._session_closed(window))
        self.session_window = window
        top = self.window()  # nearly the window's size: the drills read without scrolling
        window.resize(min(top.width() - 40, 1200), min(top.height() - 40, 800))
        window.open()

    def _session_closed(self, window: SessionWindow) -> None:
        if self.session_window is window:
            self.session_window = None
        window.deleteLater()
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def edited(self, uuid: str, error: str = "") -> None:
        """The window's answer to edit_requested: "" when the notes and RPE were saved."""
        window = self.session_window
        if error:
            if window is not None:
                window.failed(error)
            else:
                self.show_message(error)
            return
        self.reload()
        row = next((i for i, line in enumerate(self.lines) if line.uuid == uuid), None)
        if row is not None:
            self.select_row(row)
        if window is not None:
            window.saved()
        line = next((line for line in self.lines if line.uuid == uuid), None)
        self.show_status(self.tr("Saved the notes and RPE of the session.") if line is None else
                         filled(self.tr("Saved the notes and RPE of the session of %1."),
                                cell_text(line, DATE)))
        self.changed.emit()

    def confirm_delete(self, line: SessionLine) -> bool:
        """Ask before a delete: Delete, or Keep (the default, and Esc)."""
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete session"),
                          filled(self.tr("Delete the session of %1 (%2)?\nYou can undo this "
                                         "until you leave the history."),
                                 cell_text(line, DATE), routine_name(line)),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        self.delete_box = box
        try:
            box.exec()
        finally:
            self.delete_box = None
        return box.clickedButton() is delete

    def delete_selected(self) -> None:
        """Delete, after a question: asked of the window, which tells `deleted()`."""
        line = self.selected_line()
        if line is None or not self.showing_list() or self.store.read_only \
                or not self.confirm_delete(line):
            return
        self.delete_requested.emit(line)

    def deleted(self, line: SessionLine, error: str = "") -> None:
        """The window's answer to delete_requested: "" when the session was deleted."""
        if error:
            self.show_message(error)
            return
        row = self.lines.index(line) if line in self.lines else 0
        self.deleted_lines.append(line)
        self.reload()
        if self.lines:
            self.select_row(min(row, len(self.lines) - 1))
        self._show_undo(filled(self.tr("Deleted the session of %1."), cell_text(line, DATE)))
        self.changed.emit()

    def _show_undo(self, said: str) -> None:
        waiting = len(self.deleted_lines)
        self.undo_button.setText(self.tr("Undo delete") if waiting < 2
                                 else filled(self.tr("Undo delete (%1)"), waiting))
        self._fit_bars(undo=bool(waiting))  # before Undo shows: the window never grows
        self.undo_button.setVisible(bool(waiting))
        if waiting > 1:
            said += " " + self.tr("Undo brings back the %n deleted session(s), the last deleted "
                                  "first.", "", waiting)
        elif waiting:
            said += " " + self.tr("Undo (Ctrl+Z) brings it back.")
        self.show_status(said)

    def undo(self) -> None:
        if self.deleted_lines:
            self.undo_requested.emit(self.deleted_lines[-1].uuid)

    def restored(self, uuid: str, error: str = "") -> None:
        """The window's answer to undo_requested."""
        if error:
            self.show_message(error)
            return
        back = next((line for line in self.deleted_lines if line.uuid == uuid), None)
        if back is not None:
            self.deleted_lines.remove(back)
        self.table.clearSelection()
        self.reload()
        row = next((i for i, line in enumerate(self.lines) if line.uuid == uuid), None)
        if row is not None:
            self.select_row(row)
        self._show_undo(filled(self.tr("Brought back the session of %1."), cell_text(back, DATE))
                        if back else self.tr("Brought back the session."))
        if not self.undo_button.isVisible() and self.undo_button.hasFocus():
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_bars()

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

    def export(self) -> None:
        """Ask where (in the folder used last), then write the sessions shown there."""
        name = f"isohold-history-{self.today:%Y%m%d}.csv"
        filters = export_filters()
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Export the history"), str(export_start(self.export_folder, name)),
            ";;".join(filters.values()))  # the first, CSV, chosen
        if not path:
            return
        if not path.lower().endswith(tuple(FORMATS.values())):
            path += FORMATS["JSON"] if chosen == filters["JSON"] else FORMATS["CSV"]
        self.export_to(Path(path))

    def export_to(self, path: Path) -> int:
        """Write the sessions shown (the routine filter applies), and with all routines shown
        the leg tests' results too (beside a CSV, inside a JSON file); returns how many sessions."""
        try:
            # the tests first: the store's `left_out` then says what the sessions' read left out
            tests = self.store.tests() if self.routine_id is None else []
            sessions = self.store.sessions(self.routine_id)
            write_sessions(sessions, path, tests)
        except (HistoryError, OSError, ValueError) as error:
            self.show_message(filled(self.tr("Could not export to %1: %2"), path,
                                     getattr(error, "strerror", None) or error_text(error)))
            return 0
        self.show_message(self._state_text())  # a row left out is left out of the file too
        self.show_status(filled(self.tr("Exported %n session(s) to %1.", "", len(sessions)),
                                path))
        folder = folder_of(path)
        if folder != self.export_folder:
            self.export_folder = folder
            self.export_folder_changed.emit(folder)
        return len(sessions)
