"""The end-of-session summary: done against planned, time under tension per leg, and the
athlete's notes, effort (RPE) and box height. Enter saves.

If the history cannot be written (read-only or full disk), the summary stays on screen with
the message and an Export button, so the session can still be kept in a file.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
                               QWidget)

from app.core.history.export import write_sessions
from app.core.history.progress import clock_text
from app.core.history.records import FINISHED, DrillRecord, SessionRecord, Status
from app.core.history.store import HistoryError, HistoryStore
from app.ui.menu import plain_label
from app.ui.theme import current_text_scale, current_theme, point_size

NO_RPE = "not given"
ENTER_HINT = "Enter save   \u00b7   Esc leave"


class SummaryView(QWidget):
    saved = Signal(object)  # the SessionRecord, once it is in the history
    dismissed = Signal()  # the athlete leaves the summary (Esc)

    def __init__(self, record: SessionRecord, store: HistoryStore | None, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="summary")
        self.record = record
        self.store = store
        self.is_saved = False
        # the session is safe somewhere: in the history (the recorder wrote it) or in a file
        self.kept = store is not None and not error and record.status in FINISHED
        self._warned_unsaved = False
        self.box_inputs: dict[str, QSpinBox] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(objectName="summaryScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # scrolls only with a large text scale
        page = QWidget(objectName="summaryPage")
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(36, 14, 36, 14)
        layout.setSpacing(10)
        layout.addWidget(self._header())
        layout.addWidget(self._totals())
        layout.addWidget(self._drill_table())
        layout.addLayout(self._inputs())
        self.message = plain_label("", "summaryMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons())
        layout.addStretch(1)
        self.restyle()
        if error:
            self.show_error(error)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------
    def _header(self) -> QWidget:
        record = self.record
        done = {Status.COMPLETED: "Session complete", Status.STOPPED_EARLY: "Session stopped early"}
        title = plain_label(done.get(record.status, "Session"), "summaryTitle")
        title.setProperty("role", "title")
        when = record.started_at.strftime("%a %d %b %Y, %H:%M")
        subtitle = plain_label(f"{record.routine_name}  \u00b7  {when}", "summaryRoutine")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(subtitle)
        return box

    def _totals(self) -> QWidget:
        record = self.record
        planned = f" of {clock_text(record.planned_s)} planned" if record.planned_s else ""
        figures = [("Total time", clock_text(record.total_s), planned.strip()),
                   ("Left leg under tension", clock_text(record.tut_left_s), ""),
                   ("Right leg under tension", clock_text(record.tut_right_s), ""),
                   ("Paused", clock_text(record.paused_s), "")]
        box = QFrame(objectName="summaryTotals")
        row = QHBoxLayout(box)
        row.setContentsMargins(20, 8, 20, 10)
        row.setSpacing(36)
        self.figures: dict[str, QLabel] = {}
        for caption, value, note in figures:
            column = QVBoxLayout()
            column.setSpacing(0)
            number = plain_label(value, "figure")
            self.figures[caption] = number
            column.addWidget(number)
            column.addWidget(plain_label(caption + (f" ({note})" if note else ""), "figureCaption",
                                         wrap=False))
            row.addLayout(column)
        row.addStretch(1)
        return box

    def _drill_table(self) -> QWidget:
        box = QFrame(objectName="summaryDrills")
        grid = QGridLayout(box)
        grid.setContentsMargins(20, 10, 20, 10)
        grid.setHorizontalSpacing(28)
        grid.setVerticalSpacing(4)
        for column, heading in enumerate(("Drill", "Sets", "Reps", "Left leg", "Right leg")):
            label = plain_label(heading, "columnHeading", wrap=False)
            grid.addWidget(label, 0, column)
        self.drill_rows: list[list[QLabel]] = []
        for row, drill in enumerate(self.record.drills, start=1):
            cells = [drill.name, f"{drill.sets_done} / {drill.sets_planned}", _reps_text(drill)]
            if drill.kind == "paced":  # no holds: the time in its sets, across both columns
                cells.append(f"{clock_text(drill.set_s)} in sets")
            else:
                cells += [clock_text(drill.tut_left_s), clock_text(drill.tut_right_s)]
            labels = [plain_label(text, "drillCell", wrap=column == 0)
                      for column, text in enumerate(cells)]
            for column, label in enumerate(labels):
                grid.addWidget(label, row, column, 1, 2 if column == 3 and len(cells) == 4 else 1)
            self.drill_rows.append(labels)
        grid.setColumnStretch(0, 1)
        return box

    def _inputs(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        notes_row = QHBoxLayout()
        self.notes = QLineEdit(self.record.notes, objectName="notes")
        self.notes.setPlaceholderText("Notes: how did it feel? Anything to remember next time")
        self.notes.setMaxLength(2000)
        notes_row.addWidget(plain_label("Notes", wrap=False))
        notes_row.addWidget(self.notes, 1)
        column.addLayout(notes_row)
        numbers = QHBoxLayout()
        numbers.setSpacing(12)
        self.rpe = QSpinBox(objectName="rpe", minimum=0, maximum=10)
        self.rpe.setSpecialValueText(NO_RPE)  # 0 stands for "not given"
        self.rpe.setValue(self.record.rpe or 0)
        self.rpe.setToolTip("Rate of perceived exertion: 1 very easy ... 10 maximal")
        self.rpe.setMinimumWidth(170)
        numbers.addWidget(plain_label("Effort (RPE 1-10)", wrap=False))
        numbers.addWidget(self.rpe)
        for drill in self.record.drills:
            if not drill.uses_box:
                continue
            spin = QSpinBox(objectName=f"box_{drill.drill_id}", minimum=10, maximum=150,
                            suffix=" cm", singleStep=5)
            used = drill.box_height_cm or drill.choices.get("box_height_cm") or 40
            spin.setValue(int(round(used)))
            spin.setMinimumWidth(150)
            self.box_inputs[drill.drill_id] = spin
            numbers.addSpacing(24)
            numbers.addWidget(plain_label(f"Box height used ({drill.name})", wrap=False))
            numbers.addWidget(spin)
        numbers.addStretch(1)
        column.addLayout(numbers)
        return column

    def _buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton("Save", objectName="save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton("Export this session\u2026", objectName="export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(False)
        row.addWidget(self.save_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        row.addWidget(plain_label(ENTER_HINT, "summaryKeys", wrap=False))
        return row

    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QWidget#summary, QWidget#summaryPage, QScrollArea#summaryScroll
                {{ background: {theme.window}; }}
            QLabel#summaryTitle {{ font-size: {point_size(scale, 2.0)}pt; font-weight: bold; }}
            QLabel#summaryRoutine, QLabel#figureCaption, QLabel#summaryKeys
                {{ color: {theme.soft_text}; }}
            QLabel#figure {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; }}
            QLabel#columnHeading {{ color: {theme.soft_text}; font-weight: bold; }}
            QLabel#drillCell {{ font-size: {point_size(scale, 1.15)}pt; }}
            QLabel#summaryMessage {{ color: {theme.text}; background: #5c1a14;
                border: 2px solid #ff8a7a; border-radius: 6px; padding: 10px; }}
            QFrame#summaryTotals, QFrame#summaryDrills {{ background: {theme.panel};
                border-radius: 10px; }}
        """)

    # -- what the athlete does --------------------------------------------------------------
    def apply_inputs(self) -> SessionRecord:
        """Copy notes, RPE and box heights into the record."""
        for spin in (self.rpe, *self.box_inputs.values()):
            spin.interpretText()  # a number typed but not yet confirmed counts
        self.record.notes = self.notes.text().strip()
        self.record.rpe = self.rpe.value() or None
        for drill_id, spin in self.box_inputs.items():
            drill = self.record.drill(drill_id)
            if drill is not None:
                drill.box_height_cm = float(spin.value())
        return self.record

    def save(self) -> bool:
        record = self.apply_inputs()
        if self.store is None:
            self.show_error("The history is not available, so this session was not saved.")
            return False
        status = record.status if record.status in FINISHED else Status.STOPPED_EARLY
        try:
            self.store.finish(record, status)
        except HistoryError as error:
            self.show_error(str(error))
            return False
        self.is_saved = self.kept = True
        self.message.setVisible(False)
        self.saved.emit(record)
        return True

    def show_error(self, text: str) -> None:
        self.message.setText(f"{text}\nThis summary stays here: export the session to keep it.")
        self.message.setVisible(True)
        self.export_button.setVisible(True)
        self.save_button.setText("Try saving again")

    def export(self) -> None:
        stamp = self.record.started_at.strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"isohold-session-{stamp}.json")
        path, _ = QFileDialog.getSaveFileName(self, "Export this session", suggested,
                                              "JSON (*.json);;CSV (*.csv)")
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            write_sessions([self.apply_inputs()], path)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.message.setText(f"Could not export to {path}: {reason}")
            self.message.setVisible(True)
            return False
        self.exported_to = path
        self.message.setText(f"Exported to {path} at {datetime.now():%H:%M}.")
        self.message.setVisible(True)
        self.kept = True  # it is in a file: leaving is safe now
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.save()
        elif event.key() == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def leave(self) -> None:
        """Esc: leave; if the session is in no history and no file, warn once first."""
        if not self.kept and not self._warned_unsaved:
            self._warned_unsaved = True
            self.message.setText(self.message.text() +
                                 "\nPress Esc again to leave without keeping this session.")
            self.message.setVisible(True)
            self.export_button.setFocus()
            return
        self.dismissed.emit()


def _reps_text(drill: DrillRecord) -> str:
    text = f"{drill.reps_done} / {drill.reps_planned_total}"
    if drill.has_sides:
        text += f"  (L {drill.reps_left} \u00b7 R {drill.reps_right})"
    return text
