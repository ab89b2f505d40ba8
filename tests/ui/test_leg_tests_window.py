"""The window with the leg tests wired in: T on the menu, a heel-rise test on both legs by keys
on the window's injected clock, Enter saves into the real history, and closing the window on
results not yet saved keeps them (nothing measured is lost)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.clock import FakeClock
from isohold.core.history.store import HistoryStore
from isohold.core.leg_tests import GET_READY_S
from isohold.core.loader import load_routines
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow
from tests.ui.keys import press

ROUTINES = load_routines().routines


@pytest.fixture
def clock():
    return FakeClock(start=1000.0)


@pytest.fixture
def window(qtbot, clock):
    window = MainWindow(ROUTINES, Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    qtbot.waitExposed(window)
    window.open_history_store()
    return window


def key(window, which: Qt.Key) -> None:
    press(QApplication.focusWidget() or window.current_page(), which)


def run_leg(window, clock, seconds: float) -> None:
    """Enter starts the leg; time passes (the page woken at each deadline); S stops it."""
    page = window.leg_test_page
    key(window, Qt.Key.Key_Return)
    until = clock.now() + GET_READY_S + seconds
    while page.run is not None and (due := page.run.next_due_at()) is not None and due <= until:
        clock.advance(due - clock.now())
        page.tick()
    clock.advance(max(0.0, until - clock.now()))
    page.tick()
    key(window, Qt.Key.Key_S)


def test_t_opens_the_leg_tests_and_enter_saves_both_legs_in_the_history(window, clock):
    press(window.menu, Qt.Key.Key_T)
    page = window.current_page()
    assert page is window.leg_test_page
    key(window, Qt.Key.Key_1)  # the heel-rise test
    run_leg(window, clock, 8.5)  # no taps: 4 whole rises on the beat
    key(window, Qt.Key.Key_Return)  # the right leg
    run_leg(window, clock, 6.5)  # 3
    key(window, Qt.Key.Key_Return)  # save
    assert page.saved_ok
    kept = window.store.tests("heel_rise")
    assert sorted((result.side.value, result.value) for result in kept) == \
        [("left", 4.0), ("right", 3.0)]
    key(window, Qt.Key.Key_Return)  # Done: back to the menu
    assert window.current_page() is window.menu and window.leg_test_page is None


def test_closing_the_window_on_unsaved_results_keeps_the_legs_measured(window, clock):
    press(window.menu, Qt.Key.Key_T)
    key(window, Qt.Key.Key_1)
    run_leg(window, clock, 8.5)
    key(window, Qt.Key.Key_Return)  # the left leg's count taken; the right not yet done
    window.close()
    with HistoryStore() as store:
        kept = store.tests("heel_rise")
    assert [(result.side.value, result.value) for result in kept] == [("left", 4.0)]
