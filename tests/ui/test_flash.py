"""The phase-change flash: the whole screen, in the new phase's text colour, at most three
times in any second (WCAG 2.3.1), whatever the athlete presses; off unless asked for."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

from isohold.core.clock import FakeClock
from isohold.core.phases import PhaseKind
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.timeline import compile_timeline
from isohold.platform.screensaver import ScreenAwake
from isohold.session.runner import SessionRunner
from isohold.ui.session.flash import FLASH_MS, MAX_PER_S, MIN_GAP_S, PhaseFlash
from isohold.ui.theme import DARK, apply_theme
from tests.ui.keys import press

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(4), sets=Range.fixed(2), hold_s=Range.fixed(10),
             reset_s=Range.fixed(5), rest_s=Range.fixed(30))
ROUTINE = Routine("test", "Test", "", (WALL,), get_ready_s=10, next_drill_s=15)


class StayAwake:
    def acquire(self, reason):
        return 1

    def release(self, token):
        pass


@pytest.fixture(autouse=True)
def dark_theme(qapp):
    apply_theme(qapp, "dark")
    yield
    qapp.setStyleSheet("")


def most_in_one_second(starts: list[float]) -> int:
    """The most flash starts inside any one-second stretch (ends included)."""
    return max((sum(1 for t in starts if s <= t <= s + 1.0) for s in starts), default=0)


def test_never_more_than_three_flashes_in_any_second(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    clock = FakeClock()
    flash = PhaseFlash(parent, clock=clock.now)
    starts = []
    flash.flashed.connect(lambda _colour: starts.append(clock.now()))
    for _ in range(200):  # a phase change asked for every 30 ms for 6 s
        flash.flash("#ffffff")
        clock.advance(0.03)
    assert most_in_one_second(starts) <= MAX_PER_S == 3
    assert len(starts) >= 6 * 2  # and flashes are still shown, about three a second
    # each is off again before the next may start: on and off alternate, never merge
    assert FLASH_MS / 1000 < MIN_GAP_S
    assert all(b - a >= MIN_GAP_S for a, b in zip(starts, starts[1:]))


def test_a_flash_covers_the_parent_then_goes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.resize(640, 360)
    parent.show()
    flash = PhaseFlash(parent, clock=FakeClock().now, duration_ms=0)
    assert flash.flash("#f0e010")
    assert flash.isVisible() and flash.geometry() == parent.rect()
    image = parent.grab().toImage()
    assert {image.pixelColor(x, y).name() for x, y in ((0, 0), (639, 359), (320, 180))} \
        == {"#f0e010"}
    qtbot.waitUntil(lambda: not flash.isVisible(), timeout=1000)


@pytest.fixture
def session(qtbot):
    def make(flash: bool):
        from isohold.ui.session.view import SessionView

        runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), FakeClock())
        clock = FakeClock()
        view = SessionView(runner, screen_awake=ScreenAwake(StayAwake()), flash=flash,
                           flash_clock=clock.now)
        qtbot.addWidget(view)
        view.resize(1280, 720)
        view.show()
        qtbot.waitExposed(view)
        shown = []
        view.flash.flashed.connect(shown.append)
        runner.start()
        return runner, view, clock, shown
    return make


def test_each_phase_change_flashes_the_screen_in_the_new_phase_colours(qtbot, session):
    runner, view, clock, shown = session(flash=True)
    assert shown == []  # the first screen is not a change
    press(view, Qt.Key.Key_Right)  # get ready -> hold
    hold = DARK.phase(PhaseKind.HOLD)
    assert shown == [hold.text] and view.flash.isVisible()
    image = view.grab().toImage()
    assert image.pixelColor(5, 5).name() == hold.text  # the whole screen, the corners too
    assert image.pixelColor(640, 360).name() == hold.text
    press(view, Qt.Key.Key_Space)  # keys still reach the session under a flash
    assert runner.is_paused
    press(view, Qt.Key.Key_Space)
    clock.advance(1.0)
    press(view, Qt.Key.Key_Right)  # hold -> reset: another colour, another flash
    assert shown == [hold.text, DARK.phase(PhaseKind.RESET).text]


def test_skipping_through_phases_flashes_at_most_three_times_a_second(qtbot, session):
    runner, view, clock, shown = session(flash=True)
    starts = []
    view.flash.flashed.connect(lambda _colour: starts.append(clock.now()))
    for _ in range(12):  # Next pressed ten times a second, through a dozen phases
        press(view, Qt.Key.Key_Right)
        clock.advance(0.1)
    assert runner.phase.index == 12
    assert 1 <= most_in_one_second(starts) <= 3
    assert starts == pytest.approx([0.0, 0.4, 0.8])  # pressed at 0, 0.1 ... 1.1 s


def test_no_flash_unless_the_setting_asks(qtbot, session):
    runner, view, clock, shown = session(flash=False)
    press(view, Qt.Key.Key_Right)
    assert shown == [] and not view.flash.isVisible()
    view.set_flash(True)  # turned on in the settings mid-session
    clock.advance(1.0)
    press(view, Qt.Key.Key_Right)
    assert len(shown) == 1
