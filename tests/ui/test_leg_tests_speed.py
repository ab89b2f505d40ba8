"""A leg test is a measurement: under a preview's fast clock (`isohold --speed 10`) it still runs
in real time. The keys-only trial saved a 15.5 s hold held 1.5 s, and 80 heel rises, from a
window started with --speed 10."""

from __future__ import annotations

from isohold.core.clock import FakeClock, SystemClock
from isohold.core.loader import load_routines
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow

ROUTINES = load_routines().routines


def leg_test_clock(qtbot, clock):
    window = MainWindow(ROUTINES, Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.open_leg_tests()
    return window.leg_test_page.clock


def test_leg_tests_run_in_real_time_in_a_window_on_a_fast_clock(qtbot):
    used = leg_test_clock(qtbot, SystemClock(10.0))
    assert isinstance(used, SystemClock) and used.speed == 1.0


def test_leg_tests_keep_the_windows_clock_at_real_speed(qtbot):
    injected = FakeClock(start=1000.0)
    assert leg_test_clock(qtbot, injected) is injected


def test_leg_tests_fill_the_screen_as_a_session_does_and_the_menu_gives_it_back(qtbot):
    settings = Settings.load()
    assert settings["full_screen"] is True  # the default
    window = MainWindow(ROUTINES, settings, clock_factory=lambda: FakeClock(start=1000.0))
    qtbot.addWidget(window)
    window.resize(1280, 720)
    window.show()
    window.open_leg_tests()
    assert window.isFullScreen()
    window.show_menu()
    assert not window.isFullScreen()
