"""The routine menu: the first screen, read from a few metres away and driven by the arrow keys.

Each routine is a card with its name, estimated duration, equipment and drills; below them,
History and Settings are entries of the same list, so Up/Down reach everything and Enter
opens it. H and S go straight to History and Settings. Routine text is shown as plain text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from app.core.routines import Routine, SessionPlan
from app.core.timeline import estimate_s
from app.ui.shared.clock_text import duration_text
from app.ui.shared.labels import plain_label
from app.ui.theme import current_text_scale, current_theme, point_size

HISTORY = "history"
SETTINGS = "settings"
KEYS_HINT = "\u2191 \u2193 choose   \u00b7   Enter open   \u00b7   F11 full screen"


class MenuEntry(QFrame):
    """One card of the menu: a routine, or History or Settings.

    The header row carries the name and, on the right, a figure (the routine's duration);
    the lines below say what it holds.
    """

    clicked = Signal()

    def __init__(self, key: str, title: str, lines: list[str], figure: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent, objectName="entry")
        self.key = key
        self.setProperty("current", False)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 8, 24, 10)
        layout.setSpacing(2)
        header = QHBoxLayout()
        self.title = plain_label(title, "entryTitle")
        header.addWidget(self.title, 1)
        self.figure = plain_label(figure, "entryFigure", wrap=False)
        if figure:  # at the right: the title takes the room between
            header.addWidget(self.figure)
        layout.addLayout(header)
        self.lines = [plain_label(line, "entryLine") for line in lines]
        for label in self.lines:
            layout.addWidget(label)

    def set_current(self, current: bool) -> None:
        self.setProperty("current", current)
        self.style().unpolish(self)
        self.style().polish(self)

    def text(self) -> str:
        return "\n".join(label.text() for label in [self.title, self.figure, *self.lines]
                         if label.text())

    def enterEvent(self, event: QEnterEvent) -> None:

        self.setCursor(Qt.CursorShape.PointingHandCursor)  # clickable: a hand over the card
        super().enterEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:

        if event.button() is Qt.MouseButton.LeftButton:
            self.clicked.emit()


def routine_figure(routine: Routine) -> str:
    """The estimated duration with the defaults, for the card's header."""
    return duration_text(estimate_s(SessionPlan(routine)))


def routine_lines(routine: Routine) -> list[str]:
    """What a menu card says under a routine's name: its drills, then its equipment."""
    drills = len(routine.drills)
    names = "  \u00b7  ".join(drill.name for drill in routine.drills)
    equipment = ", ".join(routine.equipment) or "nothing"
    return [f"{drills} drill{'s' if drills != 1 else ''}:  {names}", "Needs: " + equipment]


class RoutineMenu(QWidget):
    routine_chosen = Signal(object)  # Routine
    history_requested = Signal()
    settings_requested = Signal()
    painted = Signal()  # once, after the first paint (start-up is measured up to here)

    def __init__(self, routines: list[Routine], parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="menu")
        self.routines = list(routines)
        self.current = 0
        self.restyle()  # before the children exist: each is then styled once, at first show
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 14, 40, 16)
        outer.setSpacing(12)
        top = QHBoxLayout()
        top.addWidget(plain_label("Isohold", "menuTitle"), 1)
        self.hint = plain_label(KEYS_HINT, "menuHint", wrap=False)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)  # at the foot of the row
        top.addWidget(self.hint)
        outer.addLayout(top)
        self.scroll = QScrollArea(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        outer.addWidget(self.scroll, 1)
        body = QWidget(objectName="menuBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)
        self.scroll.setWidget(body)
        self.entries: list[MenuEntry] = []
        if not self.routines:
            column.addWidget(plain_label(
                "No routines found. Check the messages shown at start-up, or run "
                "`isohold --check FILE` on your routine files.", "entryLine"))
        for routine in self.routines:
            self._add(column, MenuEntry(routine.id, routine.name, routine_lines(routine),
                                        routine_figure(routine)))
        column.addStretch(1)
        row = QHBoxLayout()  # always in view, below the routines however many there are
        row.setContentsMargins(0, 0, 12, 0)
        row.setSpacing(10)
        self._add(row, MenuEntry(HISTORY, "History", ["Past sessions and progress  (H)"]))
        self._add(row, MenuEntry(SETTINGS, "Settings", ["Lead-in, rests, sound, looks  (S)"]))
        outer.addLayout(row)
        self._painted = False

    def _add(self, layout: QVBoxLayout | QHBoxLayout, entry: MenuEntry) -> None:
        index = len(self.entries)
        # Marked before its first polish, so the stylesheet reads it without a repolish.
        entry.setProperty("current", index == self.current)
        entry.clicked.connect(lambda: (self.select(index), self.activate()))
        self.entries.append(entry)
        layout.addWidget(entry)

    # -- keyboard ---------------------------------------------------------------------------
    def select(self, index: int) -> None:
        index = max(0, min(len(self.entries) - 1, index))
        self.entries[self.current].set_current(False)
        self.current = index
        self.entries[index].set_current(True)
        self.scroll.ensureWidgetVisible(self.entries[index], 0, 20)

    def select_routine(self, routine_id: str) -> None:
        for index, entry in enumerate(self.entries):
            if entry.key == routine_id:
                self.select(index)

    def current_entry(self) -> MenuEntry:
        return self.entries[self.current]

    def activate(self) -> None:
        key = self.current_entry().key
        if key == HISTORY:
            self.history_requested.emit()
        elif key == SETTINGS:
            self.settings_requested.emit()
        else:
            self.routine_chosen.emit(next(r for r in self.routines if r.id == key))

    def keyPressEvent(self, event: QKeyEvent) -> None:

        key = event.key()
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Left: -1,
                 Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Right: 1}
        if key in moves:
            self.select(self.current + moves[key])
        elif key == Qt.Key.Key_Home:
            self.select(0)
        elif key == Qt.Key.Key_End:
            self.select(len(self.entries) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        elif key == Qt.Key.Key_H:
            self.history_requested.emit()
        elif key == Qt.Key.Key_S:
            self.settings_requested.emit()
        else:
            super().keyPressEvent(event)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    # -- looks ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._room() != self._styled_for:
            self.restyle()

    def _room(self) -> float:
        """How much larger than a 768-pixel laptop screen the type may grow (1.0 to 1.5)."""
        return round(min(1.5, max(1.0, self.height() / 740)), 1)

    def restyle(self) -> None:
        self._styled_for = self._room()
        theme, scale = current_theme(), current_text_scale() * self._styled_for
        self.setStyleSheet(f"""
#menuTitle {{ font-size: {point_size(scale, 2.4)}pt; font-weight: bold; color: {theme.text}; }}
#menuHint {{ font-size: {point_size(scale, 1.0)}pt; color: {theme.soft_text}; }}
#menuBody, QScrollArea {{ background: transparent; }}
#entry {{ background: {theme.panel}; border: 3px solid {theme.panel}; border-radius: 12px; }}
#entry[current="true"] {{ border: 4px solid {theme.accent}; }}
#entryTitle {{ font-size: {point_size(scale, 1.8)}pt; font-weight: bold; color: {theme.text}; }}
#entryFigure {{ font-size: {point_size(scale, 1.7)}pt; font-weight: bold; color: {theme.accent}; }}
#entryLine {{ font-size: {point_size(scale, 1.3)}pt; color: {theme.soft_text}; }}
""")
