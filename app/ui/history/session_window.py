"""One session of the history, opened from its row: what was done, drill by drill, and the
athlete's notes and effort (RPE), which can be corrected here.

The window writes nothing itself: Save asks (`save_requested` with the session's UUID, the
notes and the RPE or None) and the history view passes it on to the one place that changes
the history, whose answer comes back through `saved` or `failed`. An RPE that is not a whole
number from 1 to 10 is said beside the field, and nothing typed is lost. Enter saves (in the
notes too), Esc closes: after a question when something was changed. PageDown and PageUp (a
clicker's keys too) scroll the drills, whichever field or button has the focus, so every row
can be read by keys; the keys line says so. A preview (run on a fast
clock) says so, with its time on the session clock and in real time, and that it is not counted.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (QDialog, QFrame, QGridLayout, QHBoxLayout, QLineEdit,
                               QMessageBox, QPushButton, QScrollArea, QVBoxLayout, QWidget)

from isohold.core.history.records import DrillRecord, SessionLine, SessionRecord
from isohold.ui.history.table import NONE, PhraseLine, unbroken
from isohold.ui.language import drill_text, routine_text
from isohold.ui.shared.clock_text import clock_text, when_text
from isohold.ui.shared.labels import (Translated, Words, counted, filled, number, plain_label,
                                      preview_text, status_text)
from isohold.ui.theme import current_text_scale, current_theme, point_size

NOTES_MAX = 2000  # as on the summary


class SessionWindowText(Words):
    """The words of a session's window outside its widgets."""


class NotesField(QLineEdit):
    """The notes, with the cursor at their end when the window opens: typing adds to what is
    there instead of replacing it (a dialog gives its first field the focus as Tab would,
    which selects all of it)."""

    def __init__(self, text: str) -> None:
        super().__init__(text, objectName="notes")
        self._first_focus = True

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self._first_focus:
            self._first_focus = False
            self.deselect()
            self.end(False)


def rpe_from_text(text: str) -> tuple[int | None, str]:
    """The RPE typed (None for empty), or a message saying what is wrong with it."""
    typed = text.strip()
    if not typed:
        return None, ""
    if typed.isdigit() and 1 <= int(typed) <= 10:
        return int(typed), ""
    return None, filled(SessionWindowText.tr(
        "RPE: \u201c%1\u201d is not an effort from 1 to 10. Type a whole number from 1 "
        "(very easy) to 10 (maximal), or leave it empty."), typed)


class SessionWindow(Translated, QDialog):
    save_requested = Signal(str, str, object)  # UUID, notes, RPE (int 1-10 or None)

    def __init__(self, line: SessionLine, record: SessionRecord | None, read_only: bool = False,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="sessionWindow")
        self.line = line
        when = when_text(line.started_at, "  ")
        self.setWindowTitle(filled(self.tr("Session of %1"), when))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 14)
        layout.setSpacing(10)
        routine = routine_text(line.routine_id, "name", line.routine_name)
        title = plain_label(filled(self.tr("%1, %2", "routine, date"), routine, when),
                            "sessionTitle")
        layout.addWidget(title)
        layout.addWidget(PhraseLine(self._summary_text(), "sessionFacts"))
        layout.addWidget(PhraseLine(pain_text(line), "sessionPain"))
        self.preview_note = None
        if line.is_preview:
            self.preview_note = plain_label(preview_note(line.clock_speed), "previewNote")
            layout.addWidget(self.preview_note)
        layout.addWidget(self._drills(record), 1)
        layout.addLayout(self._inputs(line, read_only))
        self.message = plain_label("", "sessionMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        layout.addLayout(self._buttons(read_only))
        self._restyle()
        if read_only:
            self.show_message(self.tr("The history is read-only: the notes and RPE can be "
                                      "read here but not changed."))
        self.notes.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- building ---------------------------------------------------------------------------
    def _summary_text(self) -> str:
        line = self.line
        status = status_text(line.status)
        spent = clock_text(line.total_s, 'spent')
        parts = [status, filled(self.tr("%1 in all"), spent)]
        if line.is_preview:
            parts[:2] = [filled(self.tr("%1, %2", "preview, status"),
                                preview_text(line.clock_speed), status.lower()),
                         filled(self.tr("%1 on the session clock"), spent),
                         filled(self.tr("%1 real time"),
                                clock_text(line.total_s / line.clock_speed, 'spent'))]
        if line.paused_s:
            parts.append(filled(self.tr("%1 paused"), clock_text(line.paused_s, 'spent')))
        if line.tut_s:
            parts.append(filled(self.tr("%1 under tension"), clock_text(line.tut_s, 'spent')))
        if line.ground_contacts:
            parts.append(counted("ground contact", line.ground_contacts))
        parts.append(filled(self.tr("%1 of %n set(s) done", "", line.sets_planned),
                            line.sets_done))
        return unbroken(*parts)

    def _drills(self, record: SessionRecord | None) -> QWidget:
        """A row per drill: sets and reps done of planned, and the work (held, contacts)."""
        box = QFrame(objectName="sessionDrills")
        grid = QGridLayout(box)
        grid.setContentsMargins(14, 8, 14, 8)
        grid.setHorizontalSpacing(22)
        grid.setVerticalSpacing(6)
        self.drill_rows: list[list[str]] = []  # the texts shown, for tests
        if record is None or not record.drills:
            why = (self.tr("The drills of this session could not be read from the history file.")
                   if record is None else self.tr("No drills were recorded for this session."))
            grid.addWidget(plain_label(why, "drillCell"), 0, 0)
        else:
            headings = (self.tr("Drill"), self.tr("Sets"), self.tr("Reps"), self.tr("Done"))
            for column, heading in enumerate(headings):
                grid.addWidget(plain_label(heading, "columnHeading", wrap=False), 0, column)
            for row, drill in enumerate(record.drills, start=1):
                texts = [drill_text(drill.drill_id, "name", drill.name),
                         filled(self.tr("%1 of %2", "sets done of planned"), drill.sets_done,
                                drill.sets_planned),
                         reps_text(drill), work_text(drill)]
                for column, text in enumerate(texts):
                    grid.addWidget(plain_label(text, "drillCell", wrap=column != 1),
                                   row, column, Qt.AlignmentFlag.AlignTop)
                self.drill_rows.append(texts)
            grid.setColumnStretch(0, 3)
            grid.setColumnStretch(2, 3)
            grid.setColumnStretch(3, 4)
            grid.setRowStretch(len(record.drills) + 1, 1)
        scroll = QScrollArea(objectName="sessionDrillsScroll", widgetResizable=True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from field to button
        scroll.setWidget(box)
        self.drills_scroll = scroll
        return scroll

    def _inputs(self, line: SessionLine, read_only: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        row.setSpacing(10)
        notes_label = plain_label(self.tr("Notes"), wrap=False)
        self.notes = NotesField(line.notes)
        self.notes.setMaxLength(max(NOTES_MAX, len(line.notes)))
        self.notes.setPlaceholderText(self.tr("How did it feel? Anything to remember"))
        self.notes.setReadOnly(read_only)
        notes_label.setBuddy(self.notes)
        rpe_label = plain_label(self.tr("RPE"), wrap=False)
        self.rpe = QLineEdit("" if line.rpe is None else str(line.rpe), objectName="rpe")
        self.rpe.setToolTip(self.tr("1 very easy \u2013 10 maximal; empty if not given"))
        self.rpe.setPlaceholderText("1-10")
        self.rpe.setAccessibleName(self.tr("RPE, effort from 1 to 10"))
        self.rpe.setMaxLength(6)
        self.rpe.setFixedWidth(self.rpe.fontMetrics().horizontalAdvance("10000") + 24)
        self.rpe.setReadOnly(read_only)
        rpe_label.setBuddy(self.rpe)
        row.addWidget(notes_label)
        row.addWidget(self.notes, 1)
        row.addSpacing(8)
        row.addWidget(rpe_label)
        row.addWidget(self.rpe)
        for field in (self.notes, self.rpe):
            field.textEdited.connect(lambda _text: self.show_message(""))
        return row

    def _buttons(self, read_only: bool) -> QHBoxLayout:
        row = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), objectName="save")
        self.save_button.setDefault(True)  # Enter in the notes or the RPE saves
        self.save_button.clicked.connect(self.save)
        self.save_button.setVisible(not read_only)
        self.close_button = QPushButton(self.tr("Close") if read_only else self.tr("Cancel"),
                                        objectName="cancel")
        self.close_button.clicked.connect(self.reject)
        row.addWidget(self.save_button)
        row.addWidget(self.close_button)
        row.addSpacing(16)
        hint = plain_label(self.tr("PgDn/PgUp scroll the drills   \u00b7   Esc closes")
                           if read_only else
                           self.tr("PgDn/PgUp scroll the drills   \u00b7   Enter saves   "
                                   "\u00b7   Esc closes"), "sessionKeys")
        hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(hint, 1)
        return row

    def _restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
            QLabel#sessionTitle {{ font-size: {point_size(scale, 1.35)}pt; font-weight: bold; }}
            QLabel#columnHeading {{ font-weight: bold; color: {theme.soft_text}; }}
            QFrame#sessionDrills {{ background: {theme.panel}; border-radius: 8px; }}
            QLabel#sessionKeys, QLabel#previewNote {{ color: {theme.soft_text}; }}
            QLabel#sessionMessage {{ background: #5c1a14; color: #ffffff;
                border: 2px solid #ff8a7a; border-radius: 6px; padding: 8px; }}
        """)

    # -- what the athlete does --------------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        """PageDown/PageUp scroll the drills a page (the fields and buttons pass them on)."""
        step = {Qt.Key.Key_PageDown: 1, Qt.Key.Key_PageUp: -1}.get(event.key())
        if step is None:
            super().keyPressEvent(event)
            return
        bar = self.drills_scroll.verticalScrollBar()
        bar.setValue(bar.value() + step * max(bar.pageStep() - bar.singleStep(), 1))

    def edited(self) -> bool:
        line = self.line
        return (self.notes.text() != line.notes
                or self.rpe.text().strip() != ("" if line.rpe is None else str(line.rpe)))

    def save(self) -> None:
        """Ask for the notes and RPE to be saved; a bad RPE is said, and nothing is asked."""
        if self.notes.isReadOnly():
            self.accept()
            return
        rpe, problem = rpe_from_text(self.rpe.text())
        if problem:
            self.show_message(problem)
            self.rpe.setFocus(Qt.FocusReason.OtherFocusReason)
            self.rpe.selectAll()
            return
        if not self.edited():
            self.accept()  # nothing to write
            return
        self.save_requested.emit(self.line.uuid, self.notes.text().strip(), rpe)

    def saved(self) -> None:
        self.accept()

    def failed(self, error: str) -> None:
        """The change could not be saved: say why; what was typed stays."""
        self.show_message(filled(self.tr("Not saved: %1"), error))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def reject(self) -> None:
        """Esc, Cancel or the window's close: leave, after a question if something changed."""
        if not self.notes.isReadOnly() and self.edited() and not self.confirm_discard():
            return
        super().reject()

    def confirm_discard(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Discard changes"),
                          self.tr("Close without saving the changes to the notes and RPE?"),
                          QMessageBox.StandardButton.NoButton, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        discard = box.addButton(self.tr("Discard changes"),
                                QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep editing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        return box.clickedButton() is discard


def preview_note(clock_speed: float) -> str:
    """What a preview's window says of it: not training, and which clock its times are on."""
    return filled(SessionWindowText.tr(
        "A preview: the session clock ran %1\u00d7 as fast as real time, so the times here are "
        "session-clock time. It is not counted in the weekly totals, the streak or the "
        "charts."), number(clock_speed))


def pain_text(line: SessionLine) -> str:
    """The pain the athlete gave (0-10): during the session and the next morning."""
    def score(pain: int | None) -> str:
        return (SessionWindowText.tr("not given") if pain is None
                else filled(SessionWindowText.tr("%1 of 10", "pain"), pain))
    return unbroken(filled(SessionWindowText.tr("Pain during: %1"), score(line.pain_during)),
                    filled(SessionWindowText.tr("next morning: %1", "pain"),
                           score(line.pain_next_morning)))


def box_answers(drill: DrillRecord) -> list[str]:
    """What the athlete said of a box drill: did the knees hold, did the heels stay off."""
    answers = []
    if drill.knees_held is not None:
        answers.append(SessionWindowText.tr("knees held") if drill.knees_held
                       else SessionWindowText.tr("knees gave way"))
    if drill.heels_off is not None:
        answers.append(SessionWindowText.tr("heels stayed off") if drill.heels_off
                       else SessionWindowText.tr("heels touched down"))
    return answers


def reps_text(drill: DrillRecord) -> str:
    if drill.is_hold:
        text = SessionWindowText.tr("%1 of %n hold(s)", "", drill.reps_planned_total)
    else:
        text = SessionWindowText.tr("%1 of %n rep(s)", "", drill.reps_planned_total)
    text = filled(text, drill.reps_done)
    if drill.has_sides:
        text = filled(SessionWindowText.tr("%1 (%2 left, %3 right)"), text, drill.reps_left,
                      drill.reps_right)
    return text


def work_text(drill: DrillRecord) -> str:
    """Held time for holds (each leg where they worked apart); contacts, time in sets and the
    box for the rest."""
    if drill.is_hold:
        text = filled(SessionWindowText.tr("%1 held"), clock_text(drill.tut_s, 'spent'))
        if drill.has_sides:
            text = filled(SessionWindowText.tr("%1 (left %2, right %3)"), text,
                          clock_text(drill.hold_left_s, 'spent'),
                          clock_text(drill.hold_right_s, 'spent'))
        return text
    parts = ([filled(SessionWindowText.tr("%1 in sets"), clock_text(drill.set_s, 'spent'))]
             if drill.set_s else [])
    if drill.contacts_per_rep:
        parts.append(counted("contact", drill.ground_contacts).replace(" ", "\u00a0"))
    if drill.box_height_cm is not None:
        parts.append(filled(SessionWindowText.tr("box %1\u00a0cm"), number(drill.box_height_cm)))
    parts.extend(box_answers(drill))
    return ", ".join(parts) or NONE
