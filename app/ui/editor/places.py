"""The routine editor's drill list and the choices for the drill picked in it.

The list is reordered by Alt+Up/Alt+Down (or Ctrl+Up/Ctrl+Down) and by dragging; Delete
removes the picked drill. It says what each place holds ("3 x 8 reps x 45 s"); the choices
are spin boxes within the drill's allowed ranges. Both emit what the athlete asked for; the
page changes the draft and shows it again.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QDropEvent, QKeyEvent
from PySide6.QtWidgets import (QAbstractItemView, QAbstractSpinBox, QDoubleSpinBox,
                               QGridLayout, QListWidget, QListWidgetItem, QWidget)

from isohold.core.routines import DrillKind, Range, Sides
from isohold.ui.editor.draft import Place
from isohold.ui.editor.parts import fit_items
from isohold.ui.print_plan import numbers_text
from isohold.ui.shared.labels import plain_label

MOVE_KEYS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}
MOVE_MODIFIERS = (Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier)


def place_text(number: int, place: Place) -> str:
    return f"{number}. {place.drill.name}  \u2014  {numbers_text(place.drill, place.choice)}"


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
        for number, place in enumerate(places, start=1):
            item = QListWidgetItem(place_text(number, place))
            item.setData(Qt.ItemDataRole.UserRole, number - 1)
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


# (field, label, step, suffix)
CHOICE_FIELDS = (("reps", "Reps", 1.0, ""), ("hold_s", "Hold", 1.0, " s"),
                 ("sets", "Sets", 1.0, ""), ("box_height_cm", "Box height", 5.0, " cm"),
                 ("reset_s", "Reset between reps", 1.0, " s"),
                 ("switch_s", "Switch legs", 1.0, " s"),
                 ("rest_s", "Rest between sets", 15.0, " s"))


def choice_fields(place: Place) -> list[tuple[str, str, Range, float, float, str]]:
    """The numbers the athlete may choose for this drill (those its ranges leave open come
    with their range; fixed ones are shown as fixed)."""
    drill, choice = place.drill, place.choice
    alternate = drill.sides is Sides.ALTERNATE
    found = []
    for field, label, step, suffix in CHOICE_FIELDS:
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
            label = "Reps, both legs" if apart else (
                "Reps per set" if drill.kind is DrillKind.PACED else "Reps")
            step = 2.0 if apart else 1.0
        found.append((field, label, allowed, float(value), step, suffix))
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
        for row, (field, label, allowed, value, step, suffix) in enumerate(choice_fields(place)):
            title = plain_label(label, "fieldLabel")
            self.grid.addWidget(title, row, 0)
            if allowed.min == allowed.max:
                self.grid.addWidget(plain_label(f"{value:g}{suffix} (fixed)", "fieldNote"),
                                    row, 1)
                continue
            box = QDoubleSpinBox(objectName=f"choice_{field}")
            whole = all(float(v).is_integer() for v in (*allowed, step))
            box.setDecimals(0 if whole else 1)
            box.setRange(allowed.min, allowed.max)
            box.setSingleStep(step)
            box.setSuffix(suffix)
            box.setValue(value)
            box.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            box.setAccessibleName(label)
            box.setMinimumWidth(box.fontMetrics().horizontalAdvance(f"{allowed.max:g}{suffix}")
                                + 80)
            box.valueChanged.connect(lambda number, name=field: self.chosen.emit(name, number))
            title.setBuddy(box)
            self.grid.addWidget(box, row, 1)
            self.grid.addWidget(plain_label(f"{allowed.min:g} to {allowed.max:g}{suffix}",
                                            "fieldNote"), row, 2)
            self.boxes[field] = box
        self.grid.setColumnStretch(3, 1)
        # Made after the rest of the page, the boxes would come last in the Tab order: they go
        # where they are on screen, between the widgets the page names around them.
        chain = [self.tab_before, *self.boxes.values(), self.tab_after]
        chain = [widget for widget in chain if widget is not None]
        for first, second in zip(chain, chain[1:]):
            QWidget.setTabOrder(first, second)
