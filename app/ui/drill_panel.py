"""One drill on the setup page: its name, the step suggested from the record and why (one
line, when there is one), its cue and coaching text, and a spin box for each choice
within the drill's ranges (between - and + buttons for a mouse; the keys are Up and Down).

Drills worked one leg at a time step their reps by 2, so both legs get equal work. A letter
typed in a box is no number: it goes on to the page (D and P are the page's keys). Coaching text
is plain text only.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (QAbstractSpinBox, QDoubleSpinBox, QFrame, QGridLayout,
                               QHBoxLayout, QPushButton, QWidget)

from isohold.core.routines import Drill, DrillChoice, DrillKind, Range
from isohold.ui.language import translated_drill
from isohold.ui.shared.labels import Words, filled, number, plain_label


class DrillWords(Words):
    """A drill's coaching text and choices on the setup page."""


def coaching_text(drill: Drill) -> str:
    """Targets, how, tips, cautions and notes, as plain text paragraphs (in the language the
    drill's texts are given in: the panel gives it the translated drill)."""
    parts = []
    if drill.targets:
        parts.append(filled(DrillWords.tr("Targets: %1"), drill.targets))
    if drill.how:
        parts.append(drill.how)
    parts += [filled(DrillWords.tr("Tip: %1"), tip) for tip in drill.tips]
    parts += [filled(DrillWords.tr("Caution: %1"), caution) for caution in drill.cautions]
    if drill.notes:
        parts.append(filled(DrillWords.tr("Note: %1"), drill.notes))
    return "\n\n".join(parts)


def _number(value: float) -> str:
    return number(value)


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

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text().isalpha():  # no number: D and P are the page's keys
            event.ignore()
            return
        super().keyPressEvent(event)

    def show_value(self, value: float) -> None:
        """Set the value without telling the panel (it sets its choice itself)."""
        self.blockSignals(True)
        self.setValue(value)
        self.blockSignals(False)
        self._show_limits()

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

    def __init__(self, number: int, drill: Drill, choice: DrillChoice,
                 suggestion: str = "") -> None:
        super().__init__(objectName="drill")
        self.drill = drill
        self.choice = choice
        self.boxes: dict[str, ChoiceBox] = {}
        layout = QGridLayout(self)
        layout.setContentsMargins(22, 16, 22, 18)
        layout.setHorizontalSpacing(28)
        layout.setVerticalSpacing(8)
        shown = translated_drill(drill)  # its words in the athlete's language
        layout.addWidget(plain_label(filled(DrillWords.tr("%1. %2", "number. drill"), number,
                                            shown.name), "drillName"), 0, 0, 1, 2)
        # the step suggested from the record, and why, in one line (none the first time)
        self.suggestion = plain_label(suggestion, "suggestion")
        self.suggestion.setVisible(bool(suggestion))
        layout.addWidget(self.suggestion, 1, 0, 1, 2)
        layout.addWidget(plain_label(shown.cue, "drillCue"), 2, 0, 1, 2)
        self.coaching = plain_label(coaching_text(shown), "coaching")
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
            self.grid.addWidget(self.form, 3, 0, 1, 2,
                                Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.grid.addWidget(self.coaching, 4, 0, 1, 2)
        else:
            self.grid.addWidget(self.coaching, 3, 0)
            self.grid.addWidget(self.form, 3, 1,
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
        alternate = drill.sides.one_at_a_time  # reps in all, even: both legs the same
        rows: list[tuple[str, str, Range | None, float | None, float, str]] = [
            ("reps", DrillWords.tr("Reps, both legs") if alternate else
             (DrillWords.tr("Reps per set") if drill.kind is DrillKind.PACED
              else DrillWords.tr("Reps")),
             drill.reps, choice.reps, 2.0 if alternate else 1.0, ""),
            ("hold_s", DrillWords.tr("Hold"), drill.hold_s, choice.hold_s, 1.0, " s"),
            ("sets", DrillWords.tr("Sets"), drill.sets, choice.sets, 1.0, ""),
            ("box_height_cm", DrillWords.tr("Box height"), drill.box_height_cm,
             choice.box_height_cm, 5.0, " cm"),
        ]
        if drill.kind is DrillKind.HOLD and not alternate:
            rows.append(("reset_s", DrillWords.tr("Reset between reps"), drill.reset_s,
                         choice.reset_s, 1.0, " s"))
        if alternate:
            rows.append(("switch_s", DrillWords.tr("Switch legs"), drill.switch_s,
                         choice.switch_s, 1.0, " s"))
        if drill.sets.max > 1:
            rows.append(("rest_s", DrillWords.tr("Rest between sets"), drill.rest_s,
                         choice.rest_s, 15.0, " s"))
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
            grid.addWidget(plain_label(filled(DrillWords.tr("A beep every %1 s counts a rep"),
                                              _number(drill.cadence_s)),
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

    def show_suggestion(self, text: str) -> None:
        """The suggested step and why, in one line ("" hides it)."""
        self.suggestion.setText(text)
        self.suggestion.setVisible(bool(text))

    def commit_typing(self) -> None:
        for box in self.boxes.values():
            box.interpretText()

    def set_choice(self, choice: DrillChoice) -> None:
        """Show `choice` (within the drill's ranges) in the boxes, and make it the panel's."""
        self.choice = choice.within(self.drill)
        for field, box in self.boxes.items():
            box.show_value(getattr(self.choice, field))
        self.changed.emit()
