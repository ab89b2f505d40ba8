"""The program view: the plan the athlete follows, week by week, and where they are in it.

Two faces in one page. The plan: the program's name, "Week 2 of 6 · session 1 of 3 this week",
what today is (today's session, a rest day and the next one's day, or how far behind the
calendar and that nothing was skipped), this week's note, and the weeks (`WeeksGrid`). Enter
starts today's session, P shows the programs to choose from (`ProgramList`), X twice stops
following, PageUp/PageDown (or the wheel) move the weeks in view, Esc goes back. The buttons
name their keys where the row has room for them.

The view only shows and asks: `start_session(routine id, choices)` carries the session's
routine and the choices the plan sets for it ({drill id: {"reps": 9}}); following and stopping
are `follow_requested(program id)` and `stop_requested()`, done by the window, which then
calls `show_standing` with where the athlete is now (`isohold.core.program_standing`).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QStackedLayout, QVBoxLayout, QWidget

from isohold.core.program_standing import Standing, Today
from isohold.core.programs import Program
from isohold.ui.language import program_text
from isohold.ui.program_list import ProgramList
from isohold.ui.program_text import (ProgramText, behind_text, plan_choices, today_text,
                                     where_text)
from isohold.ui.program_weeks import WeeksGrid
from isohold.ui.shared.labels import filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, mix, point_size


class ProgramView(QWidget):
    start_session = Signal(str, object)  # routine id, {drill id: {field: value}}
    follow_requested = Signal(str)  # program id: follow it from today
    stop_requested = Signal()  # stop following the program
    back_requested = Signal()

    def __init__(self, programs: Sequence[Program], routine_names: Mapping[str, str],
                 standing: Standing | None = None, problems: Sequence[str] = (),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="programView")
        self.names = dict(routine_names)
        self.standing: Standing | None = None
        self._stop_asked = False
        self._small = False  # smaller type, on a window too small for the page (fit)
        self._wheel = 0
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.faces = QStackedLayout(self)
        self.plan_face = self._make_plan_face()
        self.programs = ProgramList(programs, problems)
        self.programs.follow_requested.connect(self._follow)
        self.programs.leave_requested.connect(self.show_plan)
        self.faces.addWidget(self.plan_face)
        self.faces.addWidget(self.programs)
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
        self.weeks = WeeksGrid()  # the room the page leaves, in whole weeks
        outer.addWidget(self.weeks, 1)
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
            self.back_button: (ProgramText.tr("Back  (Esc)"), ProgramText.tr("Back  (Esc)"),
                               ProgramText.tr("Back")),
            self.choose_button: (ProgramText.tr("Programs  (P)"), ProgramText.tr("Programs  (P)"),
                                 ProgramText.tr("Programs", "button")),
            self.stop_button: (ProgramText.tr("Stop following  (X)"), ProgramText.tr("Stop  (X)"),
                               ProgramText.tr("Stop")),
            self.start_button: (ProgramText.tr("Start  (Enter)"),) * 3,
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
        self._stop_asked = False
        self.said.hide()
        self.programs.mark_followed(standing.program.id if standing is not None else None)
        if standing is None:
            self.show_programs()
            return
        self.title.setText(program_text(standing.program, "name"))
        self.where.setText(where_text(standing))
        self.today.setText(today_text(standing, self.names))
        self.behind.setText(behind_text(standing))
        self.behind.setVisible(bool(self.behind.text()))
        week_note = program_text(standing.program, "note", standing.week)
        self.note.setText(filled(ProgramText.tr("This week: %1"), week_note) if week_note else "")
        self.note.setVisible(bool(week_note))
        self.weeks.fill(standing, self.names)
        due = standing.today is Today.DUE
        self.start_button.setEnabled(due)
        self.button_texts[self.start_button] = (
            (ProgramText.tr("Start  (Enter)"),) * 3 if due else
            (ProgramText.tr("Nothing due today"), ProgramText.tr("Not today"),
             ProgramText.tr("Not today")))
        self.show_plan()

    def show_plan(self) -> None:
        if self.standing is None:
            self.back_requested.emit()
            return
        self.faces.setCurrentWidget(self.plan_face)
        self.first_focus().setFocus()
        self.fit()

    def first_focus(self) -> QWidget:
        """What has the focus when the page comes on screen: Start when a session is due,
        else Programs; the list when no program is followed."""
        if self.choosing():
            return self.programs
        return self.start_button if self.start_button.isEnabled() else self.choose_button

    def say(self, text: str) -> None:
        """A line on the face on screen: what went wrong with what was asked."""
        label = self.programs.problems if self.choosing() else self.said
        label.setText(text)
        label.setVisible(bool(text))
        if not self.choosing():
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
        self.said.setText(filled(ProgramText.tr("Press X again to stop following %1. Your "
                                                "history stays as it is."),
                                 program_text(self.standing.program, "name")))
        self.said.show()
        self.fit()  # the line takes room from the weeks: whole weeks again

    # -- the programs to choose -------------------------------------------------------------
    def show_programs(self) -> None:
        self.faces.setCurrentWidget(self.programs)
        self.programs.setFocus()
        self.programs.fit()

    def _follow(self, program_id: str) -> None:
        if self.standing is not None and self.standing.program.id == program_id:
            self.show_plan()  # followed already: its plan, not a new start
            return
        self.follow_requested.emit(program_id)

    def choosing(self) -> bool:
        return self.faces.currentWidget() is self.programs

    # -- the page to the window -------------------------------------------------------------
    def fit(self) -> None:
        """The buttons' words to the width; then the weeks: whole, this week's among them; on
        a short window without the week's note and each session on one line, and on a window
        that is still too small (960x600, large text, a long language) in smaller type with
        less space between the lines, so that no text is squeezed or cut."""
        if self.standing is None or not self.isVisible() or self.choosing():
            return
        for small in (False, True):
            self._set_small(small)
            self._fit_buttons()
            for compact in (False, True):
                self.note.setVisible(bool(self.note.text()) and not compact)
                self.weeks.set_compact(compact)
                self.plan_outer.activate()
                if self.weeks.fit() and self._texts_fit():
                    return

    def _texts_fit(self) -> bool:
        """Whether the page's lines above and below the weeks have the height and the width
        their words need (the weeks take what is left)."""
        if self.plan_face.minimumSizeHint().width() > self.width() or \
                not self.weeks.fits_across():
            return False
        return all(label.height() >= label.heightForWidth(label.width())
                   for label in (self.title, self.where, self.today, self.behind, self.note,
                                 self.said) if label.isVisible())

    def _set_small(self, small: bool) -> None:
        if self._small != small:
            self._small = small
            margin = 10 if small else 16
            self.plan_outer.setContentsMargins(24 if small else 40, 8 if small else 18,
                                               24 if small else 40, margin)
            self.plan_outer.setSpacing(2 if small else 6)
            self.restyle()

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

    def step_weeks(self, step: int) -> None:
        self.weeks.step(step)

    def wheelEvent(self, event: QWheelEvent) -> None:
        """A notch of the wheel over the plan: the weeks in view move by one."""
        if self.choosing():
            return super().wheelEvent(event)
        self._wheel += event.angleDelta().y()
        while abs(self._wheel) >= 120:  # one notch; a touchpad's small steps add up to one
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
        if self.choosing():  # the list says what its keys do; the others are no one's here
            return super().keyPressEvent(event)
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
        if self._small:
            scale *= 0.8
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
