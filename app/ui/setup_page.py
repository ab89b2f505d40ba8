"""The setup page: a routine's drills with their coaching text, and the choices within ranges.

Each number the article gives as a range (reps, hold seconds, sets, box height) and each rest
we chose gets a spin box clamped to the drill's Range, starting from the defaults; drills
worked one leg at a time step their reps by 2 so both legs get equal work. The estimated
duration follows the choices. Enter starts, Esc goes back; Enter on a focused button presses
that button (Back goes back). Tab goes through every choice, then Defaults, Print plan, Back and
Start, with no invisible stop (the page and its scroll area take no focus). The - and + buttons
beside a box (for a mouse; the keys are Up and Down) are disabled and greyed at the box's
limits. Coaching text is plain text only.

The page starts from the choices the window remembered for the routine (`remembered`, one per
drill or None: the defaults), says in a small line what was changed on the way or wrong with
the file (`notes`), and shows "Last time" from the history (`last_time`). With `progress` (what
the record says: setup_progress) each drill with a history starts from the step suggested for it
and says why in one line; S takes the suggested steps, L keeps last time's choices, the boxes
choose anything else. With `plan_first` the choices given are a program's plan for today: they
start, and the suggestions are offered (S) beside them. For a routine with jump drills the page shows the ground contacts planned
against the guide for the athlete's level and the week's, and warns when the last intense jump
session was under 48 h ago. D (or Defaults) puts the routine's defaults back. P (or Print plan...) writes the plan as chosen to a one-page PDF,
A4 or Letter (the locale's paper first in the dialog); what went wrong is said in words.
Letters typed in a choice box are no numbers: they reach the page, so D and P work there too.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QLocale, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QFileDialog, QFrame, QGridLayout, QHBoxLayout, QPushButton,
                               QScrollArea, QVBoxLayout, QWidget)

from isohold.core.history.records import SessionLine
from isohold.core.routines import DrillChoice, Routine, SessionPlan
from isohold.core.session_defaults import SessionDefaults
from isohold.core.timeline import compile_timeline
from isohold.ui.drill_panel import DrillPanel
from isohold.ui.last_time import last_time_text
from isohold.ui.plan_file import PAPERS, file_name, paper_for, write_plan
from isohold.ui.shared.said import said
from isohold.ui.progress_text import contacts_text, recovery_warning, suggestion_text
from isohold.ui.setup_progress import Progress, starting_choices
from isohold.ui.shared.clock_text import duration_text
from isohold.ui.shared.export_folder import export_start, folder_of
from isohold.ui.language import translated_routine
from isohold.ui.shared.labels import Words, filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size


def _keys(*pairs: str) -> str:
    """The keys line: each key with what it does kept on one line (no-break spaces), a line
    breaking only after a "\u00b7"."""
    return "\u00a0\u00a0\u00a0\u00b7   ".join(pair.replace(" ", "\u00a0") for pair in pairs)


class SetupWords(Words):
    """The setup page's keys line and file filters."""


def keys_hint(suggestions: bool = False) -> str:
    """The keys line; with a step suggested from the record, S takes the suggestions and L
    keeps last time's."""
    if not suggestions:
        return _keys(SetupWords.tr("Tab next choice"), SetupWords.tr("\u2191 \u2193 change"),
                     SetupWords.tr("D defaults"), SetupWords.tr("P print"),
                     SetupWords.tr("Enter start"), SetupWords.tr("Esc back"))
    return _keys(SetupWords.tr("Tab next choice"), SetupWords.tr("\u2191 \u2193 change"),
                 SetupWords.tr("S suggested"), SetupWords.tr("L last time's"),
                 SetupWords.tr("D defaults"), SetupWords.tr("P print"),
                 SetupWords.tr("Enter start"), SetupWords.tr("Esc back"))


def paper_filters() -> dict[str, str]:
    return {"A4": SetupWords.tr("PDF on A4 paper (*.pdf)"),
            "Letter": SetupWords.tr("PDF on US Letter paper (*.pdf)")}


KEYS_HINT = keys_hint()  # in English
SUGGESTION_KEYS = keys_hint(suggestions=True)
PAPER_FILTERS = paper_filters()


class SetupPage(QWidget):
    start_requested = Signal(object)  # SessionPlan
    back_requested = Signal()
    export_folder_changed = Signal(str)  # the folder a plan was printed to, to start in next

    def __init__(self, routine: Routine, get_ready_s: float | None = None, rest_s: float = 0.0,
                 reset_s: float = 0.0, parent: QWidget | None = None, *,
                 remembered: Sequence[DrillChoice | None] = (), notes: Sequence[str] = (),
                 last_time: SessionLine | None = None, export_folder: str = "",
                 today: date | None = None, progress: Progress | None = None,
                 plan_first: bool = False) -> None:
        super().__init__(parent, objectName="setup")
        self.routine = routine
        self.get_ready_s = get_ready_s
        self.export_folder = export_folder
        self.defaults = SessionDefaults(get_ready_s, rest_s, reset_s)  # the menu's rule too
        # the page hears Enter and Esc from whatever has the focus, but is no Tab stop itself
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 16)
        outer.setSpacing(12)
        self.header = Header()
        header = self.header.grid
        titles = QVBoxLayout()
        titles.setSpacing(2)
        shown = translated_routine(routine)  # its words in the athlete's language
        self.title = plain_label(shown.name, "setupTitle")
        titles.addWidget(self.title)
        self.estimate = plain_label("", "estimate", wrap=False)
        titles.addWidget(self.estimate)
        header.addLayout(titles, 0, 0)
        header.setColumnStretch(0, 1)
        self.header.title = self.title
        self.header_buttons = self.header.buttons
        buttons = QHBoxLayout(self.header_buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.setSpacing(18)
        self.back_button = QPushButton(self.tr("Back  (Esc)"), objectName="backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.start_button = QPushButton(self.tr("Start  (Enter)"), objectName="startButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        for button in (self.back_button, self.start_button):
            button.setAutoDefault(True)  # Enter on a focused Back goes back, whatever the theme
            buttons.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        header.addWidget(self.header_buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        outer.addWidget(self.header)
        if shown.description:
            outer.addWidget(plain_label(shown.description, "setupDescription"))

        self.scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices in it
        body = QWidget(objectName="setupBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(16)
        self.memory = self._memory_row(last_time, notes, today or date.today())
        column.addWidget(self.memory)
        self.panels: list[DrillPanel] = []
        self.remembered = tuple(remembered)
        self.plan_first = plan_first  # `remembered` is a program's plan: it starts, not S
        self.suggested: list[DrillChoice | None] = []  # by position: the step suggested
        self.last_choices: list[DrillChoice] = []  # by position: last time's choice
        starts = starting_choices(routine, remembered, self.defaults)
        for number, (drill, start) in enumerate(zip(routine.drills, starts), start=1):
            self.suggested.append(None)
            self.last_choices.append(start)
            panel = DrillPanel(number, drill, start)
            panel.changed.connect(self._update_estimate)
            self.panels.append(panel)
            column.addWidget(panel)
        column.addStretch(1)
        self.scroll.setWidget(body)
        # The 48 h warning is a safety note: always in sight, never scrolled away above the
        # first drill (where the focus starts), as the keys-only trial found it.
        outer.addWidget(self.recovery)
        outer.addWidget(self.scroll, 1)
        self.keys_hint = plain_label(keys_hint(), "setupHint")
        outer.addWidget(self.keys_hint)
        self.progress = None
        if progress is not None:
            self.show_progress(progress)
        self._update_estimate()
        self._order_tabs()
        self.restyle()

    def _memory_row(self, last_time: SessionLine | None, notes: Sequence[str],
                    today: date) -> "MemoryRow":
        """Last time, what was changed in the remembered choices, what the page just did;
        beside them (under them on a narrow screen) Defaults and Print plan."""
        self.last_time = plain_label(last_time_text(last_time, today), "lastTime")
        self.notes = plain_label(" ".join(said(note) for note in notes), "choiceNotes")
        self.status = plain_label("", "setupStatus")  # what Defaults or Print plan did
        # jump drills: the ground contacts planned against the guide, and the 48 h warning
        self.contacts = plain_label("", "contacts")
        self.recovery = plain_label("", "recoveryWarning")
        self.defaults_button = QPushButton(self.tr("Defaults  (D)"), objectName="defaultsButton")
        self.defaults_button.clicked.connect(self.put_defaults)
        self.print_button = QPushButton(self.tr("Print plan\u2026  (P)"), objectName="printButton")
        self.print_button.clicked.connect(self.ask_to_print)
        for button in (self.defaults_button, self.print_button):
            button.setAutoDefault(True)  # Enter presses the focused button, whatever the theme
        self.recovery.setVisible(False)  # above the drills, out of the scroll area: see __init__
        return MemoryRow((self.last_time, self.contacts, self.notes, self.status),
                         (self.defaults_button, self.print_button))

    def show_progress(self, progress: Progress | None) -> None:
        """What the record says (None: nothing): each drill with a suggestion takes the
        suggested step and says why; the keys line names S and L when there are some; the
        ground contacts and the 48 h warning follow. For a page built before the history was
        open (the window opens it after the first paint), as for a new page."""
        self.progress = progress
        starts = starting_choices(self.routine, self.remembered, self.defaults, progress,
                                  self.plan_first)
        for position, (panel, start) in enumerate(zip(self.panels, starts)):
            suggestion = progress.suggestion_at(position) if progress is not None else None
            said = suggestion_text(suggestion, progress.last_drill_at(
                position, panel.drill.id)) if suggestion is not None else ""
            self.suggested[position] = suggestion.choice.within(panel.drill) \
                if suggestion is not None else None
            self.last_choices[position] = suggestion.last.within(panel.drill) \
                if suggestion is not None else start
            panel.show_suggestion(said)
            panel.set_choice(start)
        self.keys_hint.setText(keys_hint(self.has_suggestions))
        if progress is None:
            self.contacts.hide()
            self.recovery.hide()
        self._update_estimate()

    @property
    def has_suggestions(self) -> bool:
        return any(choice is not None for choice in self.suggested)

    def _order_tabs(self) -> None:
        """Every choice, then Defaults, Print plan, Back and Start."""
        chain = [box for panel in self.panels for box in panel.boxes.values()]
        chain += [self.defaults_button, self.print_button, self.back_button, self.start_button]
        for before, after in zip(chain, chain[1:]):
            QWidget.setTabOrder(before, after)

    def show_last_time(self, line: SessionLine | None, today: date | None = None) -> None:
        """ "Last time" from the routine's latest session (None: nothing to show)."""
        self.last_time.setText(last_time_text(line, today or date.today()))
        self.last_time.setVisible(bool(self.last_time.text()))

    def say(self, text: str) -> None:
        """A plain line under Last time: what Defaults or Print plan did, or what went wrong;
        scrolled into sight."""
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if text:
            self.scroll.ensureWidgetVisible(self.status)

    # -- the plan ---------------------------------------------------------------------------
    def plan(self) -> SessionPlan:
        # one choice per panel, in the routine's order: a drill listed twice keeps both
        return SessionPlan(self.routine, tuple(p.choice for p in self.panels),
                           get_ready_s=self.get_ready_s)

    def estimated_s(self) -> float:
        return compile_timeline(self.plan()).estimated_s

    def _update_estimate(self) -> None:
        self.estimate.setText(duration_text(self.estimated_s()))
        self._show_load()

    def _show_load(self) -> None:
        """For a routine with jump drills: the contacts planned now against the level's
        guide and the week's, and the warning when the last jump session was under 48 h ago."""
        jumps = any(drill.contacts_per_rep for drill in self.routine.drills)
        if self.progress is None or not jumps:
            return
        check = self.progress.load(self.plan())
        self.contacts.setText(contacts_text(check))
        self.contacts.setVisible(True)
        warning = recovery_warning(check)
        self.recovery.setText(warning)
        self.recovery.setVisible(bool(warning))

    def first_choice(self) -> QWidget | None:
        for panel in self.panels:
            for box in panel.boxes.values():
                return box
        return None

    def focus_first_choice(self) -> None:
        (self.first_choice() or self.start_button).setFocus()
        QTimer.singleShot(0, self, self._show_focus)  # once laid out: the focus in sight

    def _show_focus(self) -> None:
        focused = self.focusWidget()
        if focused is not None and self.scroll.isAncestorOf(focused):
            self.scroll.ensureWidgetVisible(focused)

    def start(self) -> None:
        for panel in self.panels:
            panel.commit_typing()
        self.start_requested.emit(self.plan())

    # -- suggested, last time's, defaults and print ------------------------------------------
    def take_suggestions(self) -> None:
        """S: every drill with a suggestion takes the suggested step."""
        if not self.has_suggestions:
            return
        for panel, suggested in zip(self.panels, self.suggested):
            if suggested is not None:
                panel.set_choice(suggested)
        self.say(self.tr("The suggested steps are in."))

    def keep_last_time(self) -> None:
        """L: every drill with a suggestion back to what was chosen last time."""
        if not self.has_suggestions:
            return
        for panel, suggested, last in zip(self.panels, self.suggested, self.last_choices):
            if suggested is not None:
                panel.set_choice(last)
        self.say(self.tr("Last time's choices are back; S takes the suggested steps."))

    def put_defaults(self) -> None:
        """Every drill back to the routine's defaults (with the settings' rests)."""
        for panel in self.panels:
            panel.set_choice(self.defaults.choice(panel.drill))
        self.notes.hide()  # they were about the remembered choices, gone now
        self.say(self.tr("Back to the routine's defaults."))

    def ask_to_print(self) -> None:
        """A save dialog for the PDF (A4 or Letter: the locale's paper first), then print."""
        for panel in self.panels:
            panel.commit_typing()
        paper = paper_for(QLocale())
        papers = paper_filters()
        filters = [papers[paper]] + [f for p, f in papers.items() if p != paper]
        path, chosen = QFileDialog.getSaveFileName(
            self, self.tr("Print the plan to a PDF"),
            str(export_start(self.export_folder,
                             file_name(translated_routine(self.routine).name))),
            ";;".join(filters), filters[0])
        if not path:
            self.print_button.setFocus()
            return
        paper = next((p for p, f in papers.items() if f == chosen), paper)
        if not path.lower().endswith(".pdf"):
            path += ".pdf"
        if self.print_to(Path(path), paper):
            self.start_button.setFocus()  # printed: Enter starts, as the keys line says
        else:
            self.print_button.setFocus()

    def print_to(self, path: Path, paper: str = "A4") -> bool:
        """Write the plan as chosen now to `path` as a one-page PDF; say how it went."""
        if paper not in PAPERS:
            raise ValueError(f"paper {paper!r}: A4 or Letter")
        try:
            write_plan(self.plan(), path, paper)
        except OSError as error:
            reason = error.strerror or str(error)
            self.say(filled(self.tr("The plan could not be printed to %1: %2. Nothing was "
                                    "written; choose another folder."), path, reason))
            return False
        printed = {"A4": self.tr("Plan printed on A4 paper to %1"),
                   "Letter": self.tr("Plan printed on Letter paper to %1")}[paper]
        self.say(filled(printed, path))
        folder = folder_of(path)
        if folder != self.export_folder:
            self.export_folder = folder
            self.export_folder_changed.emit(folder)
        return True

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() in (Qt.KeyboardModifier.NoModifier,
                                      Qt.KeyboardModifier.KeypadModifier)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
        elif event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif event.key() == Qt.Key.Key_D and plain:
            self.put_defaults()
        elif event.key() == Qt.Key.Key_S and plain and self.has_suggestions:
            self.take_suggestions()
        elif event.key() == Qt.Key.Key_L and plain and self.has_suggestions:
            self.keep_last_time()
        elif event.key() == Qt.Key.Key_P and (plain or event.modifiers()
                                              == Qt.KeyboardModifier.ControlModifier):
            self.ask_to_print()
        else:
            super().keyPressEvent(event)

    # -- looks ------------------------------------------------------------------------------
    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
#setupTitle {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; color: {theme.text}; }}
#estimate {{ font-size: {point_size(scale, 1.6)}pt; font-weight: bold; color: {theme.accent}; }}
#setupDescription, #setupHint, #choiceNotes {{ font-size: {point_size(scale, 1.0)}pt;
    color: {theme.soft_text}; }}
#lastTime, #setupStatus, #contacts {{ font-size: {point_size(scale, 1.1)}pt;
    color: {theme.text}; }}
#recoveryWarning {{ font-size: {point_size(scale, 1.1)}pt; color: {theme.text};
    background: #5c1a14; border: 2px solid #ff8a7a; border-radius: 6px; padding: 8px; }}
#suggestion {{ font-size: {point_size(scale, 1.2)}pt; font-weight: bold; color: {theme.accent}; }}
#setupBody, QScrollArea {{ background: transparent; }}
#drill {{ background: {theme.panel}; border-radius: 12px; }}
#drillName {{ font-size: {point_size(scale, 1.6)}pt; font-weight: bold; color: {theme.text}; }}
#drillCue {{ font-size: {point_size(scale, 1.2)}pt; font-style: italic; color: {theme.text}; }}
#coaching {{ font-size: {point_size(scale, 0.95)}pt; color: {theme.soft_text}; }}
#choiceLabel, #fixedValue {{ font-size: {point_size(scale, 1.15)}pt; color: {theme.text}; }}
#fixedValue {{ font-weight: bold; }}
#stepButton {{ font-size: {point_size(scale, 1.3)}pt; min-width: 44px; max-width: 44px;
    padding: 0px; min-height: 40px; }}
#choiceNote {{ font-size: {point_size(scale, 0.95)}pt; color: {theme.soft_text}; }}
QDoubleSpinBox {{ font-size: {point_size(scale, 1.3)}pt; font-weight: bold; min-height: 40px; }}
QDoubleSpinBox::up-button, QDoubleSpinBox::down-button {{ width: 0px; border: none; }}
QDoubleSpinBox::up-arrow, QDoubleSpinBox::down-arrow {{ image: none; width: 0px; height: 0px; }}
QDoubleSpinBox:focus {{ border: 3px solid {theme.accent}; }}
#startButton, #backButton {{ font-size: {point_size(scale, 1.3)}pt; }}
#defaultsButton, #printButton {{ font-size: {point_size(scale, 1.1)}pt; }}
""")


class MemoryRow(QWidget):
    """The top of the page's body: the lines (each shown only when it has words) beside the
    buttons, or over them when the lines would have less than about 40 characters."""

    def __init__(self, lines: tuple, buttons: tuple) -> None:
        super().__init__(objectName="memory")
        self.lines = QWidget()
        column = QVBoxLayout(self.lines)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for label in lines:
            label.setVisible(bool(label.text()))
            column.addWidget(label)
        self.buttons = QWidget()
        row = QHBoxLayout(self.buttons)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(18)
        for button in buttons:
            row.addWidget(button)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.stacked: bool | None = None
        self._arrange(stacked=False)

    def _arrange(self, stacked: bool) -> None:
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.lines)
        self.grid.removeWidget(self.buttons)
        top = Qt.AlignmentFlag.AlignTop
        self.grid.addWidget(self.lines, 0, 0)
        if stacked:
            self.grid.addWidget(self.buttons, 1, 0, top | Qt.AlignmentFlag.AlignLeft)
            self.grid.setColumnStretch(1, 0)
        else:
            self.grid.addWidget(self.buttons, 0, 1, top | Qt.AlignmentFlag.AlignRight)
        self.grid.setColumnStretch(0, 1)

    def resizeEvent(self, event) -> None:
        readable = self.lines.fontMetrics().averageCharWidth() * 40
        self._arrange(event.size().width() < self.buttons.sizeHint().width() + readable + 18)
        super().resizeEvent(event)


class Header(QWidget):
    """The title and the estimate, with Back and Start beside them; the buttons go under the
    title when its longest word and they do not fit side by side (a long German or Spanish
    word at 960 px), so the page never needs more width than the wider of the two."""

    def __init__(self) -> None:
        super().__init__(objectName="setupHeader")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(18)
        self.grid.setVerticalSpacing(10)
        self.title: QWidget | None = None
        self.buttons = QWidget()
        self.stacked = False

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.title is None:
            return hint
        return QSize(max(self.title.minimumSizeHint().width(),
                         self.buttons.minimumSizeHint().width()), hint.height())

    def resizeEvent(self, event) -> None:
        needed = self.title.minimumSizeHint().width() + self.grid.horizontalSpacing() + \
            self.buttons.sizeHint().width()
        stacked = event.size().width() < needed
        if stacked != self.stacked:
            self.stacked = stacked
            self.grid.removeWidget(self.buttons)
            if stacked:
                self.grid.addWidget(self.buttons, 1, 0, Qt.AlignmentFlag.AlignLeft)
            else:
                self.grid.addWidget(self.buttons, 0, 1, Qt.AlignmentFlag.AlignVCenter)
        super().resizeEvent(event)
