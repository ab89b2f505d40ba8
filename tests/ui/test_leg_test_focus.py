"""On a leg's ready screen the focus is seen: Start drawn focused, Tab to Back, Enter or Space
press the one focused; from the get-ready on the keys are the page's again (Space a rise), no
button holds the focus. (The keys-only trial saw neither Start nor Back focused.)"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.leg_tests import GET_READY_S
from tests.ui.keys import press
from tests.ui.test_leg_test_page import clock, page, player, wait_until  # noqa: F401 - fixtures


def focused(qtbot, page):
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    return QApplication.focusWidget()


def drawn(button) -> bytes:
    """What the button looks like, pixel for pixel."""
    image = button.grab().toImage()
    return bytes(image.constBits())


def test_start_is_focused_and_seen_so_on_the_ready_screen_and_tab_goes_to_back(qtbot, page):
    press(focused(qtbot, page), Qt.Key.Key_1)
    screen = page.run_screen
    assert QApplication.focusWidget() is screen.start_button
    start_focused, back_plain = drawn(screen.start_button), drawn(screen.back_button)
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is screen.back_button
    # the focus is drawn: each button looks otherwise with it than without it
    assert drawn(screen.start_button) != start_focused
    assert drawn(screen.back_button) != back_plain
    press(QApplication.focusWidget(), Qt.Key.Key_Backtab)
    assert QApplication.focusWidget() is screen.start_button


def test_enter_on_back_goes_back_and_space_on_start_starts_then_space_counts(qtbot, page,
                                                                             clock):
    press(focused(qtbot, page), Qt.Key.Key_1)
    screen = page.run_screen
    press(QApplication.focusWidget(), Qt.Key.Key_Tab)
    with qtbot.waitSignal(page.back_requested):  # nothing measured: back to the menu
        press(QApplication.focusWidget(), Qt.Key.Key_Return)
    press(QApplication.focusWidget() or page, Qt.Key.Key_1)  # the choice again
    page.choose_test("heel_rise")
    assert QApplication.focusWidget() is screen.start_button
    press(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.run is not None and screen.title.text() == "Get ready"
    assert QApplication.focusWidget() is screen  # no button: Space is the page's now
    wait_until(page, clock, clock.now() + GET_READY_S + 0.5)
    press(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert page.run.taps == 1 and page.run.stopped_at is None  # a rise, not the Stop button
