"""The routine menu: estimates that agree with the setup page, whole cards at every window
size, and the keys that move through it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.loader import load_routines
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow
from isohold.ui.menu import HISTORY, SETTINGS
from isohold.ui.theme import apply_theme
from tests.ui.keys import press

SIZES = [(1280, 720), (960, 600), (1366, 768)]


@pytest.fixture
def scale_back():
    yield
    apply_theme(QApplication.instance(), "dark", 1.0)


def make_window(qtbot, size=(1366, 768), settings=None):
    window = MainWindow(load_routines().routines, settings or Settings.load())
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    return window


def setup_estimate(window, routine) -> str:
    window.open_setup(routine)
    text = window.setup_page.estimate.text()
    window.show_menu()
    return text


def test_the_menu_and_the_setup_page_show_the_same_estimate_with_changed_settings(qtbot):
    settings = Settings.load()
    settings.set("get_ready_s", 30.0)
    settings.set("rest_between_sets_s", 240.0)
    settings.set("reset_between_reps_s", 25.0)
    window = make_window(qtbot, settings=settings)
    defaults_text = {r.id: e.figure.text() for r, e in zip(window.routines, window.menu.cards())}
    for routine, card in zip(window.routines, window.menu.cards()):
        assert card.figure.text() == setup_estimate(window, routine), routine.id
    # not the estimate with the drills' own defaults: the settings made a difference
    plain = make_window(qtbot)
    assert [c.figure.text() for c in plain.menu.cards()] != list(defaults_text.values())


def test_the_menu_estimates_follow_the_settings_when_they_change(qtbot):
    window = make_window(qtbot)
    before = [card.figure.text() for card in window.menu.cards()]
    window.settings.set("rest_between_sets_s", 300.0)
    window.settings.set("get_ready_s", 60.0)
    window.apply_settings()
    after = [card.figure.text() for card in window.menu.cards()]
    assert after != before
    for routine, text in zip(window.routines, after):
        assert text == setup_estimate(window, routine)


def whole_cards_only(menu) -> list[str]:
    """The names of the cards in view, each checked to be in view whole."""
    viewport = menu.scroll.viewport()
    shown = []
    for card in menu.cards():
        top = card.mapTo(viewport, card.rect().topLeft()).y()
        bottom = top + card.height()
        if bottom <= 0 or top >= viewport.height():
            continue
        assert top >= 0 and bottom <= viewport.height(), \
            f"{card.title.text()} cut: {top}..{bottom} in {viewport.height()}"
        shown.append(card.key)
    return shown


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", SIZES)
def test_every_card_is_shown_whole_at_every_size_and_the_current_one_in_view(qtbot, scale_back,
                                                                             size, scale):
    apply_theme(QApplication.instance(), "dark", scale)
    window = make_window(qtbot, size)
    menu = window.menu
    for index, card in enumerate(menu.cards()):
        menu.select(index)
        assert card.key in whole_cards_only(menu)
        assert menu.scroll.horizontalScrollBar().maximum() == 0
    for index in reversed(range(len(menu.cards()))):
        menu.select(index)
        assert menu.cards()[index].key in whole_cards_only(menu)
    hint = menu.hint  # each of its lines whole
    assert all(hint.fontMetrics().horizontalAdvance(line) <= hint.width()
               for line in hint.text().split("\n"))
    assert menu.height() == size[1]  # nothing made the page taller than the window
    for entry in menu.entries:  # History and Settings: their titles whole
        assert entry.title.fontMetrics().horizontalAdvance(entry.title.text()) <= \
            entry.title.width()
    window.grab().save(f"/tmp/menu/test_{size[0]}x{size[1]}_{scale}.png")


def test_a_list_that_scrolls_says_what_is_out_of_view(qtbot, scale_back):
    apply_theme(QApplication.instance(), "dark", 1.25)
    window = make_window(qtbot, (960, 600))
    menu = window.menu
    menu.select(0)

    def said() -> str:  # its own line, or (on a short window) the first of the keys' lines
        return menu.more.text() if menu.more.isVisible() else menu.hint.text()

    assert "below" in said()
    menu.select(len(menu.cards()) - 1)
    assert "above" in said()


def test_tab_and_shift_tab_move_through_every_entry_and_keep_one_focus(qtbot):
    window = make_window(qtbot)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.menu)
    menu = window.menu
    everything = [menu.today_card, *menu.entries]  # the program's card above the routines
    keys = []
    for _ in range(len(everything)):
        keys.append(menu.current_entry().key)
        press(QApplication.focusWidget() or menu, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is menu  # the focus stays: the frame moves
        assert sum(entry.property("current") for entry in everything) == 1
    assert keys == [entry.key for entry in [*menu.entries, menu.today_card]]
    assert menu.current_entry().key == keys[0]  # round again
    press(menu, Qt.Key.Key_Backtab)
    press(menu, Qt.Key.Key_Backtab)
    assert menu.current_entry().key == SETTINGS


@pytest.mark.parametrize("key, start, expected", [
    (Qt.Key.Key_Right, 0, 1), (Qt.Key.Key_Left, 1, 0), (Qt.Key.Key_Down, 0, 1),
    (Qt.Key.Key_Up, 2, 1), (Qt.Key.Key_End, 0, 5), (Qt.Key.Key_Home, 3, -1),
    (Qt.Key.Key_Up, 0, -1), (Qt.Key.Key_Up, -1, -1), (Qt.Key.Key_Down, -1, 0),
])
def test_arrows_home_and_end_move_the_choice(qtbot, key, start, expected):
    """-1 is the program's card, above the routines; 5 the last entry, Settings."""
    window = make_window(qtbot)
    menu = window.menu
    assert len(menu.entries) == 6
    menu.select(start)
    press(menu, key)
    assert menu.current == expected
    assert menu.current_entry().property("current")


def test_the_wheel_moves_the_choice_a_card_at_a_time(qtbot):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent

    window = make_window(qtbot, (1280, 720))
    menu = window.menu
    viewport = menu.scroll.viewport()
    event = QWheelEvent(QPointF(10, 10), QPointF(viewport.mapToGlobal(QPoint(10, 10))),
                        QPoint(0, 0), QPoint(0, -120), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(viewport, event)
    assert menu.current == 1
    assert menu.cards()[1].key in whole_cards_only(menu)
    assert menu.current_entry().key != HISTORY
