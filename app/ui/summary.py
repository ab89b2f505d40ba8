"""The end-of-session summary: done against planned, time under tension (per leg where the legs
worked apart), ground contacts, and the athlete's notes, effort (RPE), pain during the session
(0-10, optional: Silbernagel's pain monitoring) and box height, and for each drill jumped from a
box whether the knees held and the heels stayed off the ground (yes, no or not given: the
progression reads them). The athlete may correct the reps of a set they counted (a press missed)
and may discard the session (after a confirmation).

Keys: on arrival the Notes field has the focus, so typing writes a note at once (one line);
Enter saves and leaves, Esc too; Tab goes on to the effort, the pain (a digit, Up/Down), the box
answers (the language's letters: de J/N, es S/N; Y and N too), the buttons, the counts and the
box heights. The screen names these keys.
The figures wrap into rows and the table's long cells wrap, so the summary never scrolls sideways (it scrolls down at a large text scale). Times are whole
seconds that add up: each drill's time under tension, and each leg's, sum to the total shown.

A preview (`--speed 10`: the session clock ran 10x fast) is titled as one ("Preview stopped
early") and says, under its title, that its times are session-clock time, what they came to in
real time, and that it is kept in the history as a preview, not counted as training.

The summary writes nothing itself: it asks (`save_requested`, `discard_requested`) and the
window performs the change. If the history cannot be written (read-only or full disk), the
summary stays on screen with the message and an Export button, so the session can still be
kept in a file.
"""

from __future__ import annotations

import copy
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout,
                               QLabel, QLineEdit, QPushButton, QScrollArea, QSpinBox, QVBoxLayout,
                               QWidget)

from isohold.core.history.export import write_sessions
from isohold.core.history.records import FINISHED, DrillRecord, SessionRecord, Status
from isohold.core.history.shortfall import status_of
from isohold.ui.answer_boxes import PainBox, YesNoBox, answer_letters
from isohold.ui.shared.adding_up import whole_parts
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.figure_rows import FigureRows
from isohold.ui.language import drill_text, routine_text
from isohold.ui.shared.clock_text import when_text
from isohold.ui.shared.labels import Translated, Words, filled, plain_label
from isohold.ui.shared.said import said
from isohold.ui.theme import current_text_scale, current_theme, point_size

class SummaryWords(Words):
    """The summary's keys line, questions and table."""


def no_rpe() -> str:
    return SummaryWords.tr("not given")


def pain_label() -> str:
    return SummaryWords.tr("Pain during (0-10)")


def keys_hint(counts: bool, box: bool = False, *, _start: bool = False) -> str:
    """The summary's keys; the counts and the box answers are named only where there are
    some."""
    start = SummaryWords.tr("Type your notes now, one line.  Enter or Esc: save and leave.  ")
    if _start:
        return start + SummaryWords.tr("Tab: effort, pain (0-10), buttons")
    if box:
        # %1 and %2: the keys that answer yes and no in the language (answer_letters)
        tab = filled(SummaryWords.tr("Tab: effort, pain (0-10), the box answers (%1 or %2), "
                                     "buttons, counts.") if counts else
                     SummaryWords.tr("Tab: effort, pain (0-10), the box answers (%1 or %2), "
                                     "buttons."), *answer_letters())
    else:
        tab = (SummaryWords.tr("Tab: effort, pain (0-10), buttons, counts.") if counts else
               SummaryWords.tr("Tab: effort, pain (0-10), buttons."))
    return start + tab


def drill_name(drill: DrillRecord) -> str:
    """A drill's name in the athlete's language (a built-in drill's; an own one as written)."""
    return drill_text(drill.drill_id, "name", drill.name)


NO_RPE = "not given"  # English; shown through no_rpe()
KEYS_HINT = keys_hint(False, _start=True)  # in English: the hint before the counts are known
PAIN_LABEL = "Pain during (0-10)"  # English; shown through pain_label()
KNEES_QUESTION = "knees held?"  # English; the view words the questions through its tr
HEELS_QUESTION = "heels stayed off the ground?"


class SummaryView(Translated, QWidget):
    save_requested = Signal(object)  # the SessionRecord with the athlete's inputs applied
    discard_requested = Signal(object)  # the SessionRecord the athlete does not want kept
    dismissed = Signal()  # the athlete leaves the summary (Esc)

    def __init__(self, record: SessionRecord, error: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="summary")
        self.record = record
        self.is_saved = False
        # the session is safe somewhere: in the history (the recorder wrote it) or in a file
        self.kept = not error and record.status in FINISHED
        self._warned_unsaved = False
        self.box_inputs: dict[int, QSpinBox] = {}  # by the drill's position in the record
        self.rep_inputs: dict[int, QSpinBox] = {}
        # by the drill's position: did the knees hold, did the heels stay off (box drills)
        self.box_answers: dict[int, tuple[YesNoBox, YesNoBox]] = {}
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea(objectName="summaryScroll", widgetResizable=True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)  # scrolls down only, with a large text scale
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no invisible Tab stop before the notes
        self.scroll = scroll
        page = QWidget(objectName="summaryPage")
        scroll.setWidget(page)
        outer.addWidget(scroll)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(36, 14, 36, 14)
        layout.setSpacing(10)
        self.shown_tut = _shown_tut(record)
        # what the keys act on first (notes, effort, the buttons), then the figures and the
        # table, which may scroll down at a large text scale
        layout.addWidget(self._header())
        inputs = self._inputs()
        layout.addLayout(inputs)
        self.message = plain_label("", "summaryMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addWidget(self._totals())
        layout.addWidget(self._drill_table())
        layout.addStretch(1)
        answers = [box for pair in self.box_answers.values() for box in pair]
        chain = [self.notes, self.rpe, self.pain, *answers, self.save_button,
                 self.export_button, self.discard_button,
                 *self.rep_inputs.values(), *self.box_inputs.values()]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
        self.keys_hint.setText(keys_hint(bool(self.rep_inputs or self.box_inputs),
                                         bool(self.box_answers)))
        self.restyle()
        self._show_status()
        if error:
            self.show_error(error)
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------
    def _header(self) -> QWidget:
        record = self.record
        title = plain_label("", "summaryTitle")
        title.setProperty("role", "title")
        self.title = title
        self._show_status()
        when = when_text(record.started_at)
        name = routine_text(record.routine_id, "name", record.routine_name)
        subtitle = plain_label(f"{name}  \u00b7  {when}", "summaryRoutine")
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(title)
        column.addWidget(subtitle)
        self.preview_note = None
        if record.is_preview:
            self.preview_note = plain_label(preview_text(record), "previewNote")
            column.addWidget(self.preview_note)
        return box

    def _totals(self) -> QWidget:
        record = self.record
        planned = filled(self.tr("of %1 planned"), clock_text(record.planned_s, "spent")) \
            if record.planned_s else ""
        figures = [("Total time", clock_text(record.total_s, "spent"), planned)]
        if any(drill.is_hold for drill in record.drills):
            tut = sum(shown[0] for shown in self.shown_tut)
            figures.append(("Under tension", clock_text(tut, "spent"), ""))
        apart = [i for i, drill in enumerate(record.drills) if drill.has_sides]
        if apart:  # one leg at a time: each leg's own seconds, the drills' shown seconds summed
            left = sum(self.shown_tut[i][1] for i in apart)
            right = sum(self.shown_tut[i][2] for i in apart)
            figures.append(("Left leg alone", clock_text(left, "spent"), ""))
            figures.append(("Right leg alone", clock_text(right, "spent"), ""))
        if any(drill.contacts_per_rep for drill in record.drills):
            figures.append(("Ground contacts", str(record.ground_contacts), ""))
        figures.append(("Paused", clock_text(record.paused_s, "spent"), ""))
        box = QFrame(objectName="summaryTotals")
        row = QVBoxLayout(box)
        row.setContentsMargins(20, 8, 20, 10)
        self.figures: dict[str, QLabel] = {}
        cells = []
        captions = {"Total time": self.tr("Total time"), "Under tension": self.tr("Under tension"),
                    "Left leg alone": self.tr("Left leg alone"),
                    "Right leg alone": self.tr("Right leg alone"),
                    "Ground contacts": self.tr("Ground contacts"), "Paused": self.tr("Paused")}
        for caption, value, note in figures:
            cell = QWidget(objectName="figureCell")
            column = QVBoxLayout(cell)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            number = plain_label(value, "figure", wrap=False)
            self.figures[caption] = number
            column.addWidget(number)
            column.addWidget(plain_label(captions[caption] + (f"\n{note}" if note else ""),
                                         "figureCaption", wrap=False))
            column.addStretch(1)
            cells.append(cell)
        self.figure_rows = FigureRows(cells)
        row.addWidget(self.figure_rows)
        return box

    def _drill_table(self) -> QWidget:
        """A row per drill: sets and reps done of planned, time under tension or contacts. The
        reps of a set the athlete counted can be corrected in place (a press missed), and the
        box height of a box drill confirmed."""
        box = QFrame(objectName="summaryDrills")
        grid = QGridLayout(box)
        grid.setContentsMargins(16, 10, 16, 10)
        grid.setHorizontalSpacing(12)  # German's long drill names fit at 960 px and 1.25
        grid.setVerticalSpacing(4)
        headings = [self.tr("Drill"), self.tr("Sets"), self.tr("Reps"), self.tr("Work")]
        if any(drill.uses_box for drill in self.record.drills):
            headings.append(self.tr("Box"))
        for column, heading in enumerate(headings):
            label = plain_label(heading, "columnHeading", wrap=False)
            grid.addWidget(label, 0, column)
        self.drill_rows: list[list[QLabel]] = []
        for row, drill in enumerate(self.record.drills, start=1):
            position = row - 1
            labels = [plain_label(drill_name(drill), "drillCell", wrap=True),
                      plain_label(f"{drill.sets_done} / {drill.sets_planned}", "drillCell",
                                  wrap=False)]
            grid.addWidget(labels[0], row, 0)
            grid.addWidget(labels[1], row, 1)
            if drill.is_hold:
                reps = plain_label(_reps_text(drill), "drillCell", wrap=False)
                labels.append(reps)
                grid.addWidget(reps, row, 2)
            else:
                grid.addWidget(self._reps_input(position, drill), row, 2)
            work = plain_label(self._work_text(position, drill), "drillCell", wrap=True)
            labels.append(work)
            grid.addWidget(work, row, 3)
            if drill.uses_box:
                grid.addWidget(self._box_input(position, drill), row, 4)
            self.drill_rows.append(labels)
        grid.setColumnStretch(0, 2)
        grid.setColumnStretch(3, 3)
        return box

    def _reps_input(self, position: int, drill: DrillRecord) -> QSpinBox:
        """The reps of a user-paced drill, as counted: the athlete may correct them."""
        reps = QSpinBox(objectName=f"reps_{position}", minimum=0,
                        maximum=max(drill.reps_planned_total, drill.reps_done) * 3 or 100)
        reps.setValue(drill.reps_done)
        reps.setSuffix(f" / {drill.reps_planned_total}")
        reps.setToolTip(filled(self.tr("The reps of %1 you did, if the count is wrong"),
                               drill_name(drill)))
        reps.setAccessibleName(filled(self.tr("%1: reps done"), drill_name(drill)))
        reps.valueChanged.connect(lambda _value: self._show_status())
        _snug(reps, f"{reps.maximum()}{reps.suffix()}")
        self.rep_inputs[position] = reps
        return reps

    def _box_input(self, position: int, drill: DrillRecord) -> QSpinBox:
        spin = QSpinBox(objectName=f"box_{drill.drill_id}", minimum=10, maximum=150,
                        suffix=" cm", singleStep=5)
        used = drill.box_height_cm or drill.choices.get("box_height_cm") or 40
        spin.setValue(int(round(used)))
        spin.setToolTip(filled(self.tr("The box height you jumped from in %1"), drill_name(drill)))
        spin.setAccessibleName(filled(self.tr("%1: box height"), drill_name(drill)))
        _snug(spin, f"{spin.maximum()}{spin.suffix()}")
        self.box_inputs[position] = spin
        return spin

    def _inputs(self) -> QVBoxLayout:
        column = QVBoxLayout()
        column.setSpacing(8)
        notes_row = QHBoxLayout()
        self.notes = QLineEdit(self.record.notes, objectName="notes")
        self.notes.setPlaceholderText(self.tr("How did it feel? Anything to remember next time"))
        self.notes.setMaxLength(2000)
        self.notes.setAccessibleName(self.tr("Notes"))
        notes_label = plain_label(self.tr("Notes"), wrap=False)
        notes_label.setBuddy(self.notes)
        notes_row.addWidget(notes_label)
        notes_row.addWidget(self.notes, 1)
        column.addLayout(notes_row)
        self.keys_hint = plain_label(keys_hint(False, _start=True), "summaryKeys", wrap=True)
        column.addWidget(self.keys_hint)
        effort = QWidget(objectName="effort")
        numbers = QHBoxLayout(effort)
        numbers.setContentsMargins(0, 0, 0, 0)
        numbers.setSpacing(12)
        self.rpe = QSpinBox(objectName="rpe", minimum=0, maximum=10)
        self.rpe.setSpecialValueText(no_rpe())  # 0 stands for "not given"
        self.rpe.setValue(self.record.rpe or 0)
        self.rpe.setToolTip(self.tr("Rate of perceived exertion: 1 very easy ... 10 maximal"))
        self.rpe.setAccessibleName(self.tr("Effort (RPE 1-10)"))
        self.rpe.setMinimumWidth(self.rpe.fontMetrics().horizontalAdvance(no_rpe()) + 80)
        rpe_label = plain_label(self.tr("Effort (RPE 1-10)"), wrap=False)
        rpe_label.setBuddy(self.rpe)
        numbers.addWidget(rpe_label)
        numbers.addWidget(self.rpe)
        self.pain = PainBox("painDuring")
        self.pain.set_answer(self.record.pain_during)
        self.pain.setToolTip(self.tr("Pain during the session: 0 none, up to 5 acceptable, "
                                     "10 the worst"))
        self.pain.setAccessibleName(pain_label())
        pain = _answer_cell(pain_label(), self.pain, "pain")
        questions = self._box_questions()
        if questions:  # the answers first, then the buttons on their own row
            column.addWidget(FigureRows([effort, pain, *questions], spacing=14))
            self.action_rows = FigureRows(self._buttons(), spacing=14)
        else:  # the effort, the pain and each button side by side, wrapping when narrow
            self.action_rows = FigureRows([effort, pain, *self._buttons()], spacing=14)
        column.addWidget(self.action_rows)
        return column

    def _box_questions(self) -> list[QWidget]:
        """For each drill jumped from a box: did the knees hold, did the heels stay off the
        ground (yes, no or not given)."""
        cells = []
        for position, drill in enumerate(self.record.drills):
            if not drill.uses_box or drill.reps_done == 0:  # no jump done: nothing to say
                continue
            knees, heels = YesNoBox(f"knees_{position}"), YesNoBox(f"heels_{position}")
            knees.set_answer(drill.knees_held)
            heels.set_answer(drill.heels_off)
            name = drill_name(drill)
            knees_question = filled(self.tr("%1: knees held?"), name)
            heels_question = filled(self.tr("%1: heels stayed off the ground?"), name)
            for box, question in ((knees, knees_question), (heels, heels_question)):
                box.setAccessibleName(question)
                box.setToolTip(filled(self.tr("%1 %2 yes, %3 no"), question, *answer_letters()))
            self.box_answers[position] = (knees, heels)
            cells.append(_answer_cell(knees_question, knees, "knees"))
            cells.append(_answer_cell(self.tr("Heels stayed off the ground?"), heels, "heels"))
        return cells

    def _buttons(self) -> list[QPushButton]:
        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("Export this session\u2026"), objectName="export")
        self.export_button.clicked.connect(self.export)
        self.export_button.setVisible(False)
        self.discard_button = QPushButton(self.tr("Discard session\u2026"), objectName="discard")
        self.discard_button.clicked.connect(self.ask_to_discard)
        return [self.save_button, self.export_button, self.discard_button]

    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QWidget#summary, QWidget#summaryPage, QScrollArea#summaryScroll
                {{ background: {theme.window}; }}
            QLabel#summaryTitle {{ font-size: {point_size(scale, 2.0)}pt; font-weight: bold; }}
            QLabel#summaryRoutine, QLabel#figureCaption, QLabel#summaryKeys
                {{ color: {theme.soft_text}; }}
            QLabel#previewNote {{ color: {theme.text}; }}
            QLabel#figure {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; }}
            QLabel#columnHeading {{ color: {theme.soft_text}; font-weight: bold; }}
            QLabel#drillCell {{ font-size: {point_size(scale, 1.15)}pt; }}
            QLabel#summaryMessage {{ color: {theme.text}; background: #5c1a14;
                border: 2px solid #ff8a7a; border-radius: 6px; padding: 10px; }}
            QFrame#summaryTotals, QFrame#summaryDrills {{ background: {theme.panel};
                border-radius: 10px; }}
        """)

    def showEvent(self, event: QShowEvent) -> None:
        """However the summary arrives, the notes have the keys: typing writes a note."""
        super().showEvent(event)
        if not self.is_saved and self.focusWidget() is None:
            self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    def _work_text(self, position: int, drill: DrillRecord) -> str:
        return _work_text(drill, *self.shown_tut[position])

    # -- what the athlete does --------------------------------------------------------------
    def apply_inputs(self) -> SessionRecord:
        """Copy notes, RPE, corrected reps and box heights into the record, and its status by
        the one rule (a corrected count may complete it, or not)."""
        for spin in (self.rpe, *self.rep_inputs.values(), *self.box_inputs.values()):
            spin.interpretText()  # a number typed but not yet confirmed counts
        record = self.record
        record.notes = self.notes.text().strip()
        record.rpe = self.rpe.value() or None
        record.pain_during = self.pain.answer()
        for position, (knees, heels) in self.box_answers.items():
            drill = record.drills[position]
            drill.knees_held, drill.heels_off = knees.answer(), heels.answer()
        for position, spin in self.rep_inputs.items():
            drill = record.drills[position]
            if spin.value() != drill.reps_done:
                drill.correct_reps(spin.value())
        for position, spin in self.box_inputs.items():
            drill = record.drills[position]
            drill.box_height_cm = float(spin.value()) if drill.reps_done else None
        if record.status in FINISHED:
            record.status = status_of(record)
        return record

    def _show_status(self) -> None:
        """The title, the sets and the contacts say what the session came to as it would be
        saved now, with the counts as corrected (the record itself changes only on saving)."""
        record = self.record
        preview = copy.deepcopy(record)
        for position, spin in self.rep_inputs.items():
            if spin.value() != preview.drills[position].reps_done:
                preview.drills[position].correct_reps(spin.value())
        status = status_of(preview) if record.status in FINISHED else record.status
        if record.is_preview:
            titles = {Status.COMPLETED: self.tr("Preview complete"),
                      Status.STOPPED_EARLY: self.tr("Preview stopped early")}
            title = titles.get(status, self.tr("Preview"))
        else:
            titles = {Status.COMPLETED: self.tr("Session complete"),
                      Status.STOPPED_EARLY: self.tr("Session stopped early")}
            title = titles.get(status, self.tr("Session"))
        self.title.setText(title)
        for position, labels in enumerate(getattr(self, "drill_rows", [])):
            drill = preview.drills[position]
            labels[1].setText(f"{drill.sets_done} / {drill.sets_planned}")
            labels[-1].setText(self._work_text(position, drill))
        contacts = getattr(self, "figures", {}).get("Ground contacts")
        if contacts is not None:
            contacts.setText(str(preview.ground_contacts))

    def save(self) -> None:
        """Enter: ask the window to save the session with what was typed here."""
        self.save_requested.emit(self.apply_inputs())

    def mark_saved(self) -> None:
        self.is_saved = self.kept = True
        self.message.setVisible(False)

    def ask_to_discard(self) -> None:
        """Discard: after a question whose default answer is No."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard this session?"),
                          self.tr("Discard this session? It will not be kept in your history."),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Discard"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.finished.connect(lambda _: self._discard_answered(box))
        self.discard_box = box
        box.open()

    def _discard_answered(self, box) -> None:
        from PySide6.QtWidgets import QMessageBox

        self.discard_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.discard_requested.emit(self.record)
        box.deleteLater()

    def show_error(self, text: str) -> None:
        stays = self.tr("This summary stays here: export the session to keep it.")
        self.message.setText(said(text) + "\n" + stays)
        self.message.setVisible(True)
        self.export_button.setVisible(True)
        self.save_button.setText(self.tr("Try saving again"))
        self.action_rows.refresh()

    def export(self) -> None:
        stamp = self.record.started_at.strftime("%Y%m%d-%H%M")
        suggested = str(Path.home() / f"isohold-session-{stamp}.json")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export this session"), suggested,
                                              self.tr("JSON file (*.json)") + ";;" +
                                              self.tr("CSV table (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        try:
            write_sessions([self.apply_inputs()], path)
        except (OSError, ValueError) as error:
            reason = getattr(error, "strerror", None) or str(error)
            self.message.setText(filled(self.tr("Could not export to %1: %2"), path, reason))
            self.message.setVisible(True)
            return False
        self.exported_to = path
        self.message.setText(filled(self.tr("Exported to %1 at %2."), path,
                                    f"{datetime.now():%H:%M}"))
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
        """Esc: leave, keeping what was typed here (as Enter does) when the session is in the
        history; if it is in no history and no file, warn once first."""
        if self.kept and not self.is_saved:
            self.save()  # the window saves and closes the summary; a failure is said here
            return
        if not self.kept and not self._warned_unsaved:
            self._warned_unsaved = True
            self.message.setText(self.message.text() + "\n" +
                                 self.tr("Press Esc again to leave without keeping this session."))
            self.message.setVisible(True)
            self.export_button.setFocus()
            return
        self.dismissed.emit()


def preview_text(record: SessionRecord) -> str:
    """A preview's note: which clock its times are on, and that it is not training."""
    speed = record.clock_speed
    return filled(SummaryWords.tr("The session clock ran %1\u00d7 fast: times here are "
                                  "session-clock time (%2 took %3 of real time). Kept in your "
                                  "history as a preview, not counted as training."),
                  f"{speed:g}", clock_text(record.total_s, "spent"),
                  clock_text(record.real_s, "spent"))


def _answer_cell(text: str, box: QSpinBox, name: str) -> QWidget:
    """A question and its answer box side by side, the label the box's buddy."""
    cell = QWidget(objectName=f"{name}Cell")
    row = QHBoxLayout(cell)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(12)
    label = plain_label(text, wrap=False)
    label.setBuddy(box)
    row.addWidget(label)
    row.addWidget(box)
    return cell


def _snug(spin: QSpinBox, widest: str) -> None:
    """A spin box no wider than its widest text and its arrows: the table keeps its room."""
    spin.setMaximumWidth(spin.fontMetrics().horizontalAdvance(widest) + round(60 * current_text_scale()))


def _shown_tut(record: SessionRecord) -> list[tuple[int, int, int]]:
    """Each drill's whole seconds under tension, with its left and right legs' (one leg at a
    time), rounded so that they add up: the drills to the total, the legs to their drill."""
    drills = record.drills
    shown = []
    for drill, tut in zip(drills, whole_parts([drill.tut_s for drill in drills])):
        left, right, _both = whole_parts(
            [drill.hold_left_s, drill.hold_right_s, drill.hold_both_s], tut)
        shown.append((tut, left, right))
    return shown


def _work_text(drill: DrillRecord, tut: int, left: int, right: int) -> str:
    """Time under tension for holds (with each leg where they worked apart), in the whole
    seconds shown; contacts and the time in sets for the rest."""
    if not drill.is_hold:
        in_sets = clock_text(drill.set_s, "spent")
        if drill.contacts_per_rep:
            return filled(SummaryWords.tr("%n contact(s), %1 in sets", "", drill.ground_contacts),
                          in_sets)
        return filled(SummaryWords.tr("%1 in sets"), in_sets)
    if drill.has_sides:
        return filled(SummaryWords.tr("%1 under tension  (L\u00a0%2 \u00b7 R\u00a0%3)"),
                      clock_text(tut, "spent"), clock_text(left, "spent"),
                      clock_text(right, "spent"))
    return filled(SummaryWords.tr("%1 under tension"), clock_text(tut, "spent"))


def _reps_text(drill: DrillRecord) -> str:
    text = f"{drill.reps_done} / {drill.reps_planned_total}"
    if drill.has_sides:
        text += filled(SummaryWords.tr("  (L %1 \u00b7 R %2)"), drill.reps_left, drill.reps_right)
    return text
