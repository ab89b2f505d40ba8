"""The routine menu: the first screen, read from a few metres away and driven by the arrow keys.

Each routine is a card with its name, estimated duration, equipment and drills; below them,
the routine editor ("Routines"), Program, History and Settings are entries of the same list, so
Up/Down (and Left/Right, Tab/Shift+Tab, Home/End, the mouse wheel) reach everything and Enter
opens it. H, S, R and P go straight to History, Settings, the editor and the program view; E on
a routine's card opens that routine in the editor (a built-in one read only, to duplicate).
Routine text is shown as plain text. When a program is followed (`show_program`), a card above
the routines says today's session (Enter starts it: `program_session_chosen`) or when the next
one is (Enter opens the program view).

The estimate is the setup page's, from the same settings (`SessionDefaults`), and follows them.
The list shows whole cards only: it scrolls by cards, so the current one is always in full
view and no card is cut through a line of text; on a short window, History and Settings drop
their second line to leave the routines room.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QEnterEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QVBoxLayout, QWidget

from isohold.core.routines import Routine, SessionPlan
from isohold.core.session_defaults import SessionDefaults
from isohold.core.timeline import estimate_s
from isohold.ui.shared.card_list import CardList
from isohold.ui.shared.clock_text import duration_text
from isohold.ui.language import translated_routine
from isohold.ui.shared.labels import Words, filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size

HISTORY = "history"
SETTINGS = "settings"
EDITOR = "editor"
TODAY = "program"  # the card above the routines: the program, today's session when followed


class MenuWords(Words):
    """The menu's cards and keys."""


def program_title() -> str:
    return MenuWords.tr("Program  (P)")


def program_line() -> str:
    return MenuWords.tr("Follow a plan of weeks: this card then says each day's session")


def keys_parts(row_letters: bool = True) -> list[str]:
    """The keys' hint, part by part: every key the menu answers. R, H and S are named here when
    the row's titles have no room for their letters ("Einstellungen  (S)" at a third of the
    width): a key is never left unnamed."""
    row = [] if row_letters else [MenuWords.tr("R routines"), MenuWords.tr("H history"),
                                  MenuWords.tr("S settings")]
    return [MenuWords.tr("\u2191 \u2193 Tab choose"), MenuWords.tr("Enter open"),
            MenuWords.tr("E edit"), MenuWords.tr("P program"), MenuWords.tr("T leg tests"),
            *row, MenuWords.tr("F11 full screen")]


def hint_lines(parts: list[str], fits) -> str:
    """The parts in as few lines as `fits(line)` allows, each part whole on one line."""
    lines: list[str] = []
    for part in parts:
        joined = f"{lines[-1]}{HINT_GAP}{part}" if lines else part
        if lines and fits(joined):
            lines[-1] = joined
        else:
            lines.append(part)
    return "\n".join(lines)


HINT_GAP = "  \u00b7  "
PROGRAM_TITLE = program_title()  # in English
PROGRAM_LINE = program_line()
KEYS_HINT = HINT_GAP.join(keys_parts())
NO_LIMIT = 16777215  # QWIDGETSIZE_MAX: a height Qt does not cap


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
        layout.addStretch(1)  # in a row of taller entries, the text stays at the top

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


def routine_figure(routine: Routine, defaults: SessionDefaults = SessionDefaults()) -> str:
    """The estimated duration with the settings' defaults, for the card's header: the text the
    setup page shows before anything is changed."""
    return duration_text(defaults.estimate_s(routine))


def more_text(above: int, below: int) -> str:
    """What the list holds out of view, when it scrolls."""
    parts = [MenuWords.tr("\u2191 %n more routine(s) above", "", above) if above else "",
             MenuWords.tr("\u2193 %n more routine(s) below", "", below) if below else ""]
    return "   \u00b7   ".join(part for part in parts if part)


def routine_lines(routine: Routine) -> list[str]:
    """What a menu card says under a routine's name: its drills, then its equipment."""
    routine = translated_routine(routine)  # its words in the athlete's language
    names = "  \u00b7  ".join(drill.name for drill in routine.drills)
    equipment = ", ".join(routine.equipment) or MenuWords.tr("nothing", "no equipment")
    return [filled(MenuWords.tr("%n drill(s):  %1", "", len(routine.drills)), names),
            filled(MenuWords.tr("Needs: %1"), equipment)]


class RoutineMenu(QWidget):
    routine_chosen = Signal(object)  # Routine
    history_requested = Signal()
    settings_requested = Signal()
    editor_requested = Signal()  # the routine editor
    edit_requested = Signal(object)  # Routine: open it in the editor
    program_requested = Signal()  # the program view (P, or the Program entry)
    leg_tests_requested = Signal()  # the heel-rise and hold tests (T)
    program_session_chosen = Signal(str, object)  # today's session: routine id, its choices
    painted = Signal()  # once, after the first paint (start-up is measured up to here)

    def __init__(self, routines: list[Routine], parent: QWidget | None = None,
                 defaults: SessionDefaults = SessionDefaults()) -> None:
        super().__init__(parent, objectName="menu")
        self.routines = list(routines)
        self.defaults = defaults
        self.current = 0  # the entry chosen; -1: today's card above the routines
        self.top = 0  # the first card in view when the list scrolls
        self.standing = None  # the program followed, where the athlete is (Standing), or None
        self._compacted = False  # History and Settings without their second line
        self._row_letters = True  # the row's titles carry their keys' letters (_fit_titles)
        self.restyle()  # before the children exist: each is then styled once, at first show
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.outer = outer = QVBoxLayout(self)
        outer.setContentsMargins(40, 14, 40, 16)
        outer.setSpacing(12)
        self.top_row = top = QHBoxLayout()
        top.setSpacing(24)
        top.addWidget(plain_label("Isohold", "menuTitle"), 1)
        # Every key the menu answers, in as many lines as the room needs (_fit_hint); beside
        # the title, or at the page's foot on a short window
        self.hint = plain_label(HINT_GAP.join(keys_parts()), "menuHint", wrap=False)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom)
        # its lines follow the width (_fit_hint), not the window: all of them in one line
        # (902 px in English) made a 960-pixel menu, and the window, wider than the screen
        self.hint.setMinimumWidth(1)
        top.addWidget(self.hint)
        outer.addLayout(top)
        self.entries: list[MenuEntry] = []  # the routines' cards, then the row below them
        # the program, above the routines: today's session of the one followed (show_program);
        # not among the entries: it is the one before the first, current -1
        self.today_card = MenuEntry(TODAY, program_title(), [program_line()])
        self.today_card.setProperty("current", False)
        self.today_card.setProperty("compact", False)
        # as tall as its text: the room the list leaves stays below the cards, not in this one
        self.today_card.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.today_card.clicked.connect(lambda: (self.select(-1), self.activate()))
        outer.addWidget(self.today_card)
        self.scroll = CardList()
        self.scroll.stepped.connect(lambda step: self.select(self.current + step))
        outer.addWidget(self.scroll, 1)
        self.more = plain_label("", "menuHint", wrap=False)  # "1 more routine above", when it scrolls
        self.more.hide()
        outer.addWidget(self.more)
        outer.addStretch(0)  # below the whole cards, what the list leaves
        body = QWidget(objectName="menuBody")
        self.column = column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 0)
        column.setSpacing(10)
        self.scroll.setWidget(body)
        if not self.routines:
            column.addWidget(plain_label(MenuWords.tr(
                "No routines found. Check the messages shown at start-up, or run "
                "`isohold --check FILE` on your routine files."), "entryLine"))
        for routine in self.routines:
            name = translated_routine(routine).name
            self._add(column, MenuEntry(routine.id, name, routine_lines(routine),
                                        routine_figure(routine, defaults)))
        column.addStretch(1)
        self.row = row = QHBoxLayout()  # always in view, below the routines however many there are
        row.setContentsMargins(0, 0, 12, 0)
        row.setSpacing(10)
        # The keys' letters go when a narrow window has no room for them (_fit_titles)
        self.titles = {EDITOR: (MenuWords.tr("Routines  (R)"), MenuWords.tr("Routines")),
                       HISTORY: (MenuWords.tr("History  (H)"), MenuWords.tr("History")),
                       SETTINGS: (MenuWords.tr("Settings  (S)"), MenuWords.tr("Settings"))}
        self._add(row, MenuEntry(EDITOR, self.titles[EDITOR][0],
                                 [MenuWords.tr("Make and change")]))
        self._add(row, MenuEntry(HISTORY, self.titles[HISTORY][0],
                                 [MenuWords.tr("Past sessions and progress")]))
        self._add(row, MenuEntry(SETTINGS, self.titles[SETTINGS][0],
                                 [MenuWords.tr("Lead-in, rests, sound, looks")]))
        for entry in self.row_entries():
            entry.setProperty("fit", "")
            # their words follow the width (_fit_titles), not the window: a long word at the
            # first layout made the menu, and the window, wider than the screen
            entry.setMinimumWidth(1)
        outer.addLayout(row)
        self._painted = False

    def _add(self, layout: QVBoxLayout | QHBoxLayout, entry: MenuEntry) -> None:
        index = len(self.entries)
        # Marked before its first polish, so the stylesheet reads it without a repolish.
        entry.setProperty("current", index == self.current)
        entry.clicked.connect(lambda: (self.select(index), self.activate()))
        self.entries.append(entry)
        layout.addWidget(entry)

    def set_defaults(self, defaults: SessionDefaults) -> None:
        """The settings changed: each card's estimate follows (as the setup page's does)."""
        self.defaults = defaults
        for routine, entry in zip(self.routines, self.cards()):
            entry.figure.setText(routine_figure(routine, defaults))
        self.fit()

    def show_plans(self, plans: dict[str, SessionPlan]) -> None:
        """The plans the setup pages will open on (the athlete's remembered choices): each
        such card's estimate is that plan's, so the card and its setup page agree."""
        for routine, entry in zip(self.routines, self.cards()):
            plan = plans.get(routine.id)
            entry.figure.setText(duration_text(estimate_s(plan)) if plan is not None
                                 else routine_figure(routine, self.defaults))
        self.fit()

    def cards(self) -> list[MenuEntry]:
        """The routines' cards (History and Settings are not among them, nor today's)."""
        return self.entries[:len(self.routines)]

    def row_entries(self) -> list[MenuEntry]:
        """Routines, Program, History and Settings, in the row below the cards."""
        return self.entries[len(self.routines):]

    def show_program(self, standing, routine_names: dict[str, str]) -> None:
        """The program followed and where the athlete is (a Standing; None: none followed):
        a card above the routines says today's session, or when the next one is."""
        from isohold.core.program_standing import Today
        from isohold.ui.program_text import menu_text

        followed_before, self.standing = self.standing is not None, standing
        if standing is None:
            title, line = program_title(), program_line()
        else:
            title, line = menu_text(standing, routine_names)
        self.today_card.title.setText(title)
        self.today_card.lines[0].setText(line)
        if standing is not None and not followed_before and self.current == 0 and \
                standing.today is Today.DUE:
            self.select(-1)  # nothing chosen yet: today's session is what Enter starts
        self._compact_program()
        self.fit()

    # -- keyboard ---------------------------------------------------------------------------
    def _first(self) -> int:
        """The first entry that can be chosen: the program's card, above the routines."""
        return -1

    def select(self, index: int) -> None:
        index = max(self._first(), min(len(self.entries) - 1, index))
        self.current_entry().set_current(False)
        self.current = index
        self.current_entry().set_current(True)
        self.fit()

    def select_routine(self, routine_id: str) -> None:
        for index, entry in enumerate(self.entries):
            if entry.key == routine_id:
                self.select(index)

    def current_entry(self) -> MenuEntry:
        return self.today_card if self.current == -1 else self.entries[self.current]

    def activate(self) -> None:
        key = self.current_entry().key
        if key == TODAY:
            self.start_today()
        elif key == HISTORY:
            self.history_requested.emit()
        elif key == SETTINGS:
            self.settings_requested.emit()
        elif key == EDITOR:
            self.editor_requested.emit()
        else:
            self.routine_chosen.emit(next(r for r in self.routines if r.id == key))

    def keyPressEvent(self, event: QKeyEvent) -> None:

        key = event.key()
        moves = {Qt.Key.Key_Up: -1, Qt.Key.Key_PageUp: -1, Qt.Key.Key_Left: -1,
                 Qt.Key.Key_Down: 1, Qt.Key.Key_PageDown: 1, Qt.Key.Key_Right: 1}
        if key in moves:
            self.select(self.current + moves[key])
        elif key == Qt.Key.Key_Home:
            self.select(self._first())
        elif key == Qt.Key.Key_End:
            self.select(len(self.entries) - 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate()
        elif key == Qt.Key.Key_H:
            self.history_requested.emit()
        elif key == Qt.Key.Key_S:
            self.settings_requested.emit()
        elif key == Qt.Key.Key_R:
            self.editor_requested.emit()
        elif key == Qt.Key.Key_P:
            self.program_requested.emit()
        elif key == Qt.Key.Key_T:
            self.leg_tests_requested.emit()
        elif key == Qt.Key.Key_E:
            routine = next((r for r in self.routines if r.id == self.current_entry().key), None)
            if routine is not None:
                self.edit_requested.emit(routine)
            else:  # History, Settings or the editor's entry: the editor
                self.editor_requested.emit()
        else:
            super().keyPressEvent(event)

    def start_today(self) -> None:
        """Enter on today's card: the session of the program when one is due today, else the
        program view (which says when the next one is)."""
        from isohold.core.program_standing import Today
        from isohold.ui.program_text import plan_choices

        standing = self.standing
        if standing is not None and standing.today is Today.DUE:
            self.program_session_chosen.emit(standing.next.routine_id,
                                             plan_choices(standing.next.choices))
        else:
            self.program_requested.emit()

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab move through the entries (round from the last to the first); the
        keyboard focus stays on the menu, the current card's frame shows where it is."""
        if not self.entries:
            return super().focusNextPrevChild(next)
        first = self._first()
        count = len(self.entries) - first
        self.select(first + (self.current - first + (1 if next else -1)) % count)
        return True

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.painted.emit()

    # -- whole cards ------------------------------------------------------------------------
    def fit(self) -> None:
        """Scroll by whole cards: the list ends below the last card that fits whole, starts at
        a card's top, and holds the current card (the list stays put while History or Settings
        is current). What is left under the list stays empty."""
        cards = self.cards()
        if not cards or not self.isVisible():
            return
        self._compact(False)
        self._fit_titles()
        self._fit_hint()
        room = self._room_for_cards()
        spacing = self.column.spacing()
        tallest = max(card.heightForWidth(self._card_width(bar=True)) for card in cards)
        whole = sum(card.heightForWidth(self._card_width(bar=False)) for card in cards) + \
            spacing * (len(cards) - 1)
        more = self.more.sizeHint().height() + self.outer.spacing()  # "1 more routine below"
        if whole > room and tallest > room - more:  # a short window: the entries below the
            self._compact(True)  # routines and the program's card take one line each
            # the keys at the page's foot, with what the list holds out of view (its longest
            # words here: the room they take is known before the cards are counted)
            self._fit_hint(more_text(1, len(cards)))
            room = self._room_for_cards()
        heights = [card.heightForWidth(self._card_width(bar=False)) for card in cards]
        if sum(heights) + spacing * (len(heights) - 1) <= room:
            self.top = 0
            self.more.hide()
            if self._compacted:
                self._fit_hint()
            self._show_list(NO_LIMIT, 0)
            return
        if not self._compacted:  # the line saying so (on a short window, the keys' first)
            room -= self.more.sizeHint().height() + self.outer.spacing()
        heights = [card.heightForWidth(self._card_width(bar=True)) for card in cards]

        def span(first: int, last: int) -> int:
            return sum(heights[first:last + 1]) + spacing * (last - first)

        current = self.current if 0 <= self.current < len(cards) else None
        top = min(self.top, len(cards) - 1)
        if current is not None:
            top = min(top, current)
            while top < current and span(top, current) > room:
                top += 1
        last = top
        while last + 1 < len(cards) and span(top, last + 1) <= room:
            last += 1
        while top > 0 and span(top - 1, last) <= room:  # at the end: fill the room above
            top -= 1
        self.top = top
        self.more.setText(more_text(top, len(cards) - 1 - last))
        self.more.setVisible(not self._compacted)
        if self._compacted:
            self._fit_hint(self.more.text())
        self._show_list(min(room, span(top, last)), sum(heights[:top]) + spacing * top)

    def _fit_titles(self) -> None:
        """The entries below the routines share the row: each title with its key's letter
        where there is room for it in every one of them, else all without."""
        entries = self.row_entries()
        margins = entries[0].layout().contentsMargins()
        room = (self.width() - self.outer.contentsMargins().left() * 2
                - self.row.contentsMargins().right() - self.row.spacing() * (len(entries) - 1)
                ) // len(entries) - margins.left() - margins.right() - 6  # the borders
        # with their keys' letters, then without; then in smaller type ("Einstellungen" and
        # "Configuración" alone are wider than a third of 960 pixels at text scale 1.25)
        for size, which in (("", 0), ("", 1), ("narrow", 1), ("small", 1)):
            self._size_row(size)
            if all(entry.title.fontMetrics().horizontalAdvance(self.titles[entry.key][which])
                   <= room for entry in entries):
                break
        for entry in entries:
            entry.title.setText(self.titles[entry.key][which])
        self._row_letters = which == 0

    def _size_row(self, size: str) -> None:
        """The type of the row's titles: "" as the cards', "narrow" or "small"."""
        for entry in self.row_entries():
            if entry.property("fit") != size:
                entry.setProperty("fit", size)
                for widget in (entry, entry.title):
                    widget.style().unpolish(widget)
                    widget.style().polish(widget)

    def _fit_hint(self, first: str = "") -> None:
        """The keys' hint, every part of it, in as many lines as the room needs: beside the
        app's name, or (on a short window) the page's width at its foot, after `first` (what
        the list holds out of view)."""
        room = self.width() - self.outer.contentsMargins().left() * 2 - 2
        if not self._compacted:  # beside the app's name; else the page's width, at its foot
            room -= self.findChild(QLabel, "menuTitle").sizeHint().width() + \
                self.top_row.spacing()
        metrics = self.hint.fontMetrics()
        parts = ([first] if first else []) + keys_parts(self._row_letters)
        self.hint.setText(hint_lines(parts,
                                     lambda line: metrics.horizontalAdvance(line) <= room))

    def _show_list(self, height: int, value: int) -> None:
        self.scroll.setMaximumHeight(height)
        self.outer.activate()  # the new height now, so that the scroll range allows `value`
        self.scroll.verticalScrollBar().setValue(value)

    def _room_for_cards(self) -> int:
        """The height between the title row and History/Settings, laid out as they are now."""
        self.outer.activate()
        self._size_program_card()
        return self.row.geometry().top() - self.outer.spacing() - self.scroll.geometry().top()

    def _card_width(self, bar: bool) -> int:
        width = self.scroll.width() - self.column.contentsMargins().right()
        return width - (self.scroll.verticalScrollBar().sizeHint().width() if bar else 0)

    def _size_program_card(self) -> None:
        """The program's card as tall as its words need at the width it has (a long day's
        line wraps, in the title's row too), never squeezed to the height of one line."""
        card = self.today_card
        need = card.layout().totalHeightForWidth(card.width())
        if need != card.minimumHeight():
            card.setMinimumHeight(need)
            self.outer.activate()

    def _compact_program(self) -> None:
        """On a short window the program's card says only its title (today's session), in the
        title's row in the app's name's place, and the keys' hint goes to the page's foot (the
        routines need the room)."""
        card = self.today_card
        title = self.findChild(QLabel, "menuTitle")
        if self._compacted and self.top_row.indexOf(card) < 0:
            # the card takes the whole row, in the app's name's place (the window's title says
            # it): its words in the fewest lines; the keys go to the page's foot, never hidden
            title.hide()
            self.top_row.removeWidget(self.hint)
            self.top_row.addWidget(card, 1)
            self.outer.addWidget(self.hint)
        elif not self._compacted and self.outer.indexOf(card) < 0:
            title.show()
            self.outer.removeWidget(self.hint)
            self.top_row.addWidget(self.hint)
            self.outer.insertWidget(1, card)
        self.today_card.lines[0].setVisible(not self._compacted)
        if self.today_card.property("compact") != self._compacted:
            self.today_card.setProperty("compact", self._compacted)  # a smaller title
            for widget in (self.today_card, self.today_card.title):
                widget.style().unpolish(widget)
                widget.style().polish(widget)
        self.today_card.layout().activate()
        self.today_card.updateGeometry()

    def _compact(self, compact: bool) -> None:
        if self._compacted == compact:
            return
        self._compacted = compact
        # tighter on a short window: the keys' lines at the foot take the room it frees
        self.outer.setSpacing(6 if compact else 12)
        self.outer.setContentsMargins(40, 6 if compact else 14, 40, 6 if compact else 16)
        for entry in (self.today_card, *self.row_entries()):  # one line each: less padding
            entry.layout().setContentsMargins(24, 3 if compact else 8, 24, 4 if compact else 10)
        self._compact_program()
        for entry in self.row_entries():
            for line in entry.lines:
                line.setVisible(not compact)
            entry.layout().activate()  # its new height, now rather than on the next turn
            entry.updateGeometry()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()

    # -- looks ------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._room() != self._styled_for:
            self.restyle()
        self.fit()

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
#entry[compact="true"] #entryTitle, #entry[fit="narrow"] #entryTitle {{
    font-size: {point_size(scale, 1.4)}pt; }}
#entry[fit="small"] #entryTitle {{ font-size: {point_size(scale, 1.1)}pt; }}
#entryFigure {{ font-size: {point_size(scale, 1.7)}pt; font-weight: bold; color: {theme.accent}; }}
#entryLine {{ font-size: {point_size(scale, 1.3)}pt; color: {theme.soft_text}; }}
""")
        if hasattr(self, "entries"):  # a new text scale: the cards take other heights
            self.fit()
