"""The setup page: a routine's drills with their coaching text, and the choices within ranges.

Each number the article gives as a range (reps, hold seconds, sets, box height) and each rest
we chose gets a spin box clamped to the drill's Range, starting from the defaults; drills
worked one leg at a time step their reps by 2 so both legs get equal work. The estimated
duration follows the choices. Enter starts, Esc goes back; Enter on a focused button presses
that button (Back goes back). Tab goes through every choice, then Back and Start, with no
invisible stop (the page and its scroll area take no focus). The - and + buttons beside a box
(for a mouse; the keys are Up and Down) are disabled and greyed at the box's limits. Coaching
text is plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractSpinBox, QDoubleSpinBox, QFrame, QGridLayout,
                               QHBoxLayout, QPushButton, QScrollArea, QVBoxLayout,
                               QWidget)

from app.core.routines import Drill, DrillChoice, DrillKind, Range, Routine, SessionPlan, Sides
from app.core.session_defaults import SessionDefaults
from app.core.timeline import compile_timeline
from app.ui.shared.clock_text import duration_text
from app.ui.shared.labels import plain_label
from app.ui.theme import current_text_scale, current_theme, point_size

KEYS_HINT = "Tab next choice   \u00b7   \u2191 \u2193 change   \u00b7   Enter start   \u00b7   Esc back"


def coaching_text(drill: Drill) -> str:
    """Targets, how, tips, cautions and notes, as plain text paragraphs."""
    parts = []
    if drill.targets:
        parts.append("Targets: " + drill.targets)
    if drill.how:
        parts.append(drill.how)
    parts += ["Tip: " + tip for tip in drill.tips]
    parts += ["Caution: " + caution for caution in drill.cautions]
    if drill.notes:
        parts.append("Note: " + drill.notes)
    return "\n\n".join(parts)


def _number(value: float) -> str:
    return f"{value:g}"


class ChoiceBox(QDoubleSpinBox):
    """A spin box over one Range; whole numbers show without decimals."""

    def __init__(self, field: str, allowed: Range, value: float, step: float = 1.0,
                 suffix: str = "") -> None:
        super().__init__(objectName=f"choice_{field}")
        self.field = field
        whole = all(float(v).is_integer() for v in (allowed.min, allowed.max, value, step))
        self.setDecimals(0 if whole else 1)
        self.setRange(allowed.min, allowed.max)
        self.setSingleStep(step)
        self.setSuffix(suffix)
        self.setValue(value)
        self.setAccelerated(True)
        # The arrows are hidden by the page's stylesheet (width 0): with NoButtons under an
        # app stylesheet, Qt 6.11 squeezes the edit field to one pixel.
        self.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.PlusMinus)
        self.setFixedWidth(130)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def with_buttons(self) -> QWidget:
        """The box between large - and + buttons (for a mouse; the keys are Up and Down); a
        button that cannot step further (at the range's end) is disabled, and looks it."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for text, step, name in (("\u2212", self.stepDown, "minus"), (None, None, None),
                                 ("+", self.stepUp, "plus")):
            if text is None:
                layout.addWidget(self, 1)
                continue
            button = QPushButton(text, objectName="stepButton")
            button.setAccessibleName(f"{name} {self.field}")
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAutoRepeat(True)
            button.clicked.connect(step)
            layout.addWidget(button)
            setattr(self, f"{name}_button", button)
        self.valueChanged.connect(self._show_limits)
        self._show_limits()
        return row

    def _show_limits(self) -> None:
        self.minus_button.setEnabled(self.value() > self.minimum())
        self.plus_button.setEnabled(self.value() < self.maximum())


class DrillPanel(QFrame):
    """One drill: its name, cue, coaching text, and the choices within its ranges."""

    changed = Signal()

    def __init__(self, number: int, drill: Drill, choice: DrillChoice) -> None:
        super().__init__(objectName="drill")
        self.drill = drill
        self.choice = choice
        self.boxes: dict[str, ChoiceBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(22, 16, 22, 18)
        layout.setHorizontalSpacing(28)
        layout.setVerticalSpacing(8)
        layout.addWidget(plain_label(f"{number}. {drill.name}", "drillName"), 0, 0, 1, 2)
        layout.addWidget(plain_label(drill.cue, "drillCue"), 1, 0, 1, 2)
        self.coaching = plain_label(coaching_text(drill), "coaching")
        self.coaching.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.form = self._choices()
        self.grid = layout
        self.stacked: bool | None = None
        self._arrange(stacked=False)
        layout.setColumnStretch(0, 1)

    def _arrange(self, stacked: bool) -> None:
        """The choices beside the coaching text, or under it on a narrow screen (the coaching
        text keeps a readable width)."""
        if stacked == self.stacked:
            return
        self.stacked = stacked
        self.grid.removeWidget(self.coaching)
        self.grid.removeWidget(self.form)
        if stacked:
            self.grid.addWidget(self.form, 2, 0, 1, 2,
                                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(self.coaching, 3, 0, 1, 2)
        else:
            self.grid.addWidget(self.coaching, 2, 0)
            self.grid.addWidget(self.form, 2, 1,
                                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)

    def resizeEvent(self, event) -> None:
        readable = self.coaching.fontMetrics().averageCharWidth() * 40
        self._arrange(event.size().width() < self.form.sizeHint().width() + readable + 72)
        super().resizeEvent(event)

    def _choices(self) -> QWidget:
        drill, choice = self.drill, self.choice
        form = QWidget(objectName="choices")
        grid = QGridLayout(form)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(10)
        alternate = drill.sides is Sides.ALTERNATE
        rows: list[tuple[str, str, Range | None, float | None, float, str]] = [
            ("reps", "Reps, both legs" if alternate else
             ("Reps per set" if drill.kind is DrillKind.PACED else "Reps"),
             drill.reps, choice.reps, 2.0 if alternate else 1.0, ""),
            ("hold_s", "Hold", drill.hold_s, choice.hold_s, 1.0, " s"),
            ("sets", "Sets", drill.sets, choice.sets, 1.0, ""),
            ("box_height_cm", "Box height", drill.box_height_cm, choice.box_height_cm, 5.0, " cm"),
        ]
        if drill.kind is DrillKind.HOLD and not alternate:
            rows.append(("reset_s", "Reset between reps", drill.reset_s, choice.reset_s, 1.0, " s"))
        if alternate:
            rows.append(("switch_s", "Switch legs", drill.switch_s, choice.switch_s, 1.0, " s"))
        if drill.sets.max > 1:
            rows.append(("rest_s", "Rest between sets", drill.rest_s, choice.rest_s, 15.0, " s"))
        for row, (field, label, allowed, value, step, suffix) in enumerate(
                r for r in rows if r[2] is not None and r[3] is not None):
            grid.addWidget(plain_label(label, "choiceLabel", wrap=False), row, 0)
            if allowed.min == allowed.max:
                fixed = plain_label(_number(value) + suffix, "fixedValue", wrap=False)
                fixed.setAlignment(Qt.AlignmentFlag.AlignCenter)
                grid.addWidget(fixed, row, 1)
                continue
            box = ChoiceBox(field, allowed, value, step, suffix)
            box.valueChanged.connect(self._on_change)
            self.boxes[field] = box
            grid.addWidget(box.with_buttons(), row, 1)
        if drill.cadence_s:
            grid.addWidget(plain_label(f"A beep every {_number(drill.cadence_s)} s counts a rep",
                                       "choiceNote"), len(rows), 0, 1, 2)
        return form

    def _on_change(self) -> None:
        values = {field: box.value() for field, box in self.boxes.items()}
        for field in ("reps", "sets"):
            if field in values:
                values[field] = int(round(values[field]))
        self.choice = self.choice._replace(**values).within(self.drill)
        if "reps" in self.boxes and self.boxes["reps"].value() != self.choice.reps:
            self.boxes["reps"].setValue(self.choice.reps)  # an odd count for one leg at a time
        self.changed.emit()

    def commit_typing(self) -> None:
        for box in self.boxes.values():
            box.interpretText()


class SetupPage(QWidget):
    start_requested = Signal(object)  # SessionPlan
    back_requested = Signal()

    def __init__(self, routine: Routine, get_ready_s: float | None = None, rest_s: float = 0.0,
                 reset_s: float = 0.0, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="setup")
        self.routine = routine
        self.get_ready_s = get_ready_s
        # the page hears Enter and Esc from whatever has the focus, but is no Tab stop itself
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 24, 40, 16)
        outer.setSpacing(12)
        header = QHBoxLayout()
        header.setSpacing(18)
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(plain_label(routine.name, "setupTitle"))
        self.estimate = plain_label("", "estimate", wrap=False)
        titles.addWidget(self.estimate)
        header.addLayout(titles, 1)
        self.back_button = QPushButton("Back  (Esc)", objectName="backButton")
        self.back_button.clicked.connect(self.back_requested)
        self.start_button = QPushButton("Start  (Enter)", objectName="startButton")
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        for button in (self.back_button, self.start_button):
            button.setAutoDefault(True)  # Enter on a focused Back goes back, whatever the theme
            header.addWidget(button, 0, Qt.AlignmentFlag.AlignVCenter)
        outer.addLayout(header)
        if routine.description:
            outer.addWidget(plain_label(routine.description, "setupDescription"))

        self.scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the choices in it
        body = QWidget(objectName="setupBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(16)
        self.panels: list[DrillPanel] = []
        defaults = SessionDefaults(get_ready_s, rest_s, reset_s)  # the menu's rule too
        for number, drill in enumerate(routine.drills, start=1):
            panel = DrillPanel(number, drill, defaults.choice(drill))
            panel.changed.connect(self._update_estimate)
            self.panels.append(panel)
            column.addWidget(panel)
        column.addStretch(1)
        self.scroll.setWidget(body)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(plain_label(KEYS_HINT, "setupHint"))
        self._update_estimate()
        self.restyle()

    # -- the plan ---------------------------------------------------------------------------
    def plan(self) -> SessionPlan:
        # one choice per panel, in the routine's order: a drill listed twice keeps both
        return SessionPlan(self.routine, tuple(p.choice for p in self.panels),
                           get_ready_s=self.get_ready_s)

    def estimated_s(self) -> float:
        return compile_timeline(self.plan()).estimated_s

    def _update_estimate(self) -> None:
        self.estimate.setText(duration_text(self.estimated_s()))

    def first_choice(self) -> QWidget | None:
        for panel in self.panels:
            for box in panel.boxes.values():
                return box
        return None

    def focus_first_choice(self) -> None:
        (self.first_choice() or self.start_button).setFocus()

    def start(self) -> None:
        for panel in self.panels:
            panel.commit_typing()
        self.start_requested.emit(self.plan())

    # -- keyboard ---------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.start()
        elif event.key() == Qt.Key.Key_Escape:
            self.back_requested.emit()
        else:
            super().keyPressEvent(event)

    # -- looks ------------------------------------------------------------------------------
    def restyle(self) -> None:
        theme, scale = current_theme(), current_text_scale()
        self.setStyleSheet(f"""
#setupTitle {{ font-size: {point_size(scale, 2.2)}pt; font-weight: bold; color: {theme.text}; }}
#estimate {{ font-size: {point_size(scale, 1.6)}pt; font-weight: bold; color: {theme.accent}; }}
#setupDescription, #setupHint {{ font-size: {point_size(scale, 1.0)}pt; color: {theme.soft_text}; }}
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
""")
