"""The routine editor's drill list and the choices for the drill picked in it.

The list is reordered by Alt+Up/Alt+Down (or Ctrl+Up/Ctrl+Down) and by dragging; Delete
removes the picked drill. It says what each place holds ("3 x 8 reps x 45 s"); the choices
are spin boxes within the drill's allowed ranges. Both emit what the athlete asked for; the
page changes the draft and shows it again.

Its words are in the athlete's language (context `PlacesWords`); a built-in drill's name
comes from the catalogue (`shown_name`), an athlete's own drill keeps its own.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QDoubleSpinBox,
                               QGridLayout, QListWidget, QListWidgetItem, QWidget)

from isohold.core.routines import Drill, DrillKind, Range, Sides
from isohold.ui.editor.draft import Place
from isohold.ui.editor.parts import fit_items
from isohold.ui.language import drill_text
from isohold.ui.print_plan import numbers_text
from isohold.ui.shared.labels import Words, filled, number, plain_label

MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


class PlacesWords(Words):
    """The routine editor's choices for a drill."""


def shown_name(drill: Drill) -> str:
    """A drill's name as the editor shows it: a built-in drill's in the athlete's language
    (an athlete's own drill, or one whose name differs from the built-in's, keeps its own)."""
    return drill_text(drill.id, "name", drill.name)


def place_text(at: int, place: Place) -> str:
    return f"{at}. {shown_name(place.drill)}  \u2014  {numbers_text(place.drill, place.choice)}"


class PlacesList(QListWidget):
    """The routine's drills in order."""

    move_requested = Signal(int, int)  # from, to (0-based)
    remove_requested = Signal(int)

    def __init__(self) -> None:
        super().__init__(objectName="places")
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setResizeMode(QListWidget.ResizeMode.Adjust)  # long lines wrap

    def show_places(self, places: tuple[Place, ...], current: int) -> None:
        self.blockSignals(True)
        self.clear()
        for at, place in enumerate(places, start=1):
            item = QListWidgetItem(place_text(at, place))
            item.setData(Qt.ItemDataRole.UserRole, at - 1)
            self.addItem(item)
        self.blockSignals(False)
        if places:
            self.setCurrentRow(max(0, min(current, len(places) - 1)))
        self.fit_height()

    def fit_height(self) -> None:
        """As tall as its first 5 drills (3 at least), as they wrap at this width: the picked
        drill's choices stay near, below it."""
        fit_items(self)
        self.doItemsLayout()
        heights = [self.visualItemRect(self.item(row)).height()
                   for row in range(min(self.count(), 5))]
        empty = self.fontMetrics().lineSpacing() + 22
        heights += [empty] * (3 - len(heights))
        frame = 2 * self.frameWidth() + 8
        self.setFixedHeight(sum(heights) + frame)

    def viewportEvent(self, event) -> bool:
        """The view's width changed (the window, or a scroll bar came or went): the items
        wrap again."""
        if event.type() == QEvent.Type.Resize and event.size().width() != \
                event.oldSize().width():
            self.fit_height()
        return super().viewportEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if event.key() in MOVE_KEYS and event.modifiers() & (
                Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ControlModifier):
            if row >= 0:
                self.move_requested.emit(row, row + MOVE_KEYS[event.key()])
            event.accept()
        elif event.key() == Qt.Key.Key_Delete and row >= 0:
            self.remove_requested.emit(row)
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """A drag ends as a move the page makes (the list is then shown again from the
        draft), not as the list's own reshuffle."""
        start = self.currentRow()
        target = self.indexAt(event.position().toPoint()).row()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if start >= 0:
            self.move_requested.emit(start, self.count() - 1 if target < 0 else target)


# (field, step, unit): "s" seconds, "cm" centimetres, "" a count
CHOICE_FIELDS = (("reps", 1.0, ""), ("hold_s", 1.0, "s"), ("sets", 1.0, ""),
                 ("box_height_cm", 5.0, "cm"), ("reset_s", 1.0, "s"), ("switch_s", 1.0, "s"),
                 ("rest_s", 15.0, "s"))


def choice_labels() -> dict[str, str]:
    return {"reps": PlacesWords.tr("Reps"), "hold_s": PlacesWords.tr("Hold"),
            "sets": PlacesWords.tr("Sets"), "box_height_cm": PlacesWords.tr("Box height"),
            "reset_s": PlacesWords.tr("Reset between reps"),
            "switch_s": PlacesWords.tr("Switch legs"),
            "rest_s": PlacesWords.tr("Rest between sets")}


def unit_word(unit: str) -> str:
    """The unit as a spin box writes it after the number ("" for a count)."""
    return {"s": PlacesWords.tr("s", "unit: seconds"),
            "cm": PlacesWords.tr("cm", "unit: centimetres")}.get(unit, "")


def amount_text(value: float, unit: str) -> str:
    """ "30 s", "50 cm", "8": a number with its unit."""
    if unit == "s":
        return filled(PlacesWords.tr("%1 s", "seconds"), number(value))
    if unit == "cm":
        return filled(PlacesWords.tr("%1 cm", "centimetres"), number(value))
    return number(value)


def fixed_text(value: float, unit: str) -> str:
    return filled(PlacesWords.tr("%1 (fixed)", "a number the drill does not let change"),
                  amount_text(value, unit))


def range_text(allowed: Range, unit: str) -> str:
    """ "10 to 60 s": what a choice may be."""
    template = {"s": PlacesWords.tr("%1 to %2 s", "seconds"),
                "cm": PlacesWords.tr("%1 to %2 cm", "centimetres")}.get(
        unit, PlacesWords.tr("%1 to %2", "a count"))
    return filled(template, number(allowed.min), number(allowed.max))


def choice_fields(place: Place) -> list[tuple[str, str, Range, float, float, str]]:
    """The numbers the athlete may choose for this drill (those its ranges leave open come
    with their range; fixed ones are shown as fixed): (field, label, range, value, step,
    unit)."""
    drill, choice = place.drill, place.choice
    alternate = drill.sides is Sides.ALTERNATE
    labels = choice_labels()
    found = []
    for field, step, unit in CHOICE_FIELDS:
        label = labels[field]
        allowed, value = getattr(drill, field), getattr(choice, field)
        if allowed is None or value is None:
            continue
        if field == "reset_s" and (drill.kind is not DrillKind.HOLD or alternate):
            continue
        if field == "switch_s" and not drill.sides.one_at_a_time:
            continue
        if field == "rest_s" and drill.sets.max <= 1:
            continue
        if field == "reps":
            apart = drill.sides.one_at_a_time  # reps in all, even: both legs the same
            label = PlacesWords.tr("Reps, both legs") if apart else (
                PlacesWords.tr("Reps per set") if drill.kind is DrillKind.PACED else label)
            step = 2.0 if apart else 1.0
        found.append((field, label, allowed, float(value), step, unit))
    return found


class ChoicesForm(QWidget):
    """The picked drill's choices, within its ranges."""

    chosen = Signal(str, float)  # field, value

    def __init__(self) -> None:
        super().__init__(objectName="choices")
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setHorizontalSpacing(16)
        self.grid.setVerticalSpacing(6)
        self.boxes: dict[str, QDoubleSpinBox] = {}
        self.tab_before: QWidget | None = None  # the page's widgets on either side in Tab order
        self.tab_after: QWidget | None = None
        self.place: Place | None = None

    def show_place(self, place: Place | None) -> None:
        """The boxes for `place`'s drill (made again only for another drill)."""
        same_drill = self.place is not None and place is not None and \
            self.place.drill == place.drill
        self.place = place
        if same_drill:
            for field, box in self.boxes.items():
                box.blockSignals(True)
                box.setValue(float(getattr(place.choice, field)))
                box.blockSignals(False)
            return
        while self.grid.count():
            widget = self.grid.takeAt(0).widget()
            if widget is not None:  # gone now, not when the event loop next turns
                widget.hide()
                widget.deleteLater()
        self.boxes = {}
        if place is None:
            return
        for row, (field, label, allowed, value, step, unit) in enumerate(choice_fields(place)):
            title = plain_label(label, "fieldLabel")
            self.grid.addWidget(title, row, 0)
            if allowed.min == allowed.max:
                self.grid.addWidget(plain_label(fixed_text(value, unit), "fieldNote"), row, 1)
                continue
            suffix = f" {unit_word(unit)}" if unit else ""
            box = QDoubleSpinBox(objectName=f"choice_{field}")
            whole = all(float(v).is_integer() for v in (*allowed, step))
            box.setDecimals(0 if whole else 1)
            box.setRange(allowed.min, allowed.max)
            box.setSingleStep(step)
            box.setSuffix(suffix)
            box.setValue(value)
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setAccessibleName(label)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(
                f"{box.textFromValue(allowed.max)}{suffix}") + 80)
            box.valueChanged.connect(lambda chosen, name=field: self.chosen.emit(name, chosen))
            title.setBuddy(box)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(plain_label(range_text(allowed, unit), "fieldNote"), row, 2)
            self.boxes[field] = box
        self.grid.setColumnStretch(3, 1)
        # Made after the rest of the page, the boxes would come last in the Tab order: they go
        # where they are on screen, between the widgets the page names around them.
        chain = [self.tab_before, *self.boxes.values(), self.tab_after]
        chain = [widget for widget in chain if widget is not None]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
