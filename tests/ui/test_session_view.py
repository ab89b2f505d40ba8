"""The session screen, driven from the keyboard alone with a fake clock: what an athlete sees."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMessageBox

from isohold.core.clock import FakeClock
from isohold.core.phases import PhaseKind, Side
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.session import Ending
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner
from isohold.platform.screensaver import InhibitError, ScreenAwake
from isohold.ui.theme import DARK, LIGHT, apply_theme
from tests.ui.keys import press

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(2), sets=Range.fixed(2), hold_s=Range.fixed(10),
             reset_s=Range.fixed(5), rest_s=Range.fixed(30))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range.fixed(2), hold_s=Range.fixed(8), switch_s=Range.fixed(5))
JUMPS = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block the landing",
              reps=Range.fixed(3), sets=Range.fixed(1), cadence_s=4.0)
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "<b>Toes up</b> & drop",
              reps=Range.fixed(6), sets=Range.fixed(1))
ROUTINE = Routine("test", "Test", "", (WALL, PRESS, JUMPS, DROPS), get_ready_s=10,
                  next_drill_s=15)
SIZE = (1366, 768)


class FakeInhibitor:
    """Stands in for the D-Bus / Windows / macOS call."""

    def __init__(self, fail: str = ""):
        self.fail, self.held, self.calls = fail, False, []

    def acquire(self, reason):
        self.calls.append("inhibit")
        if self.fail:
            raise InhibitError(self.fail)
        self.held = True
        return 42

    def release(self, token):
        assert token == 42
        self.calls.append("uninhibit")
        self.held = False


@pytest.fixture(autouse=True)
def dark_theme(qapp):
    apply_theme(qapp, "dark")
    yield
    qapp.setStyleSheet("")


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def inhibitor():
    return FakeInhibitor()


@pytest.fixture
def runner(clock):
    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), clock)
    yield runner
    runner.stop()


@pytest.fixture
def view(qtbot, runner, inhibitor):
    from isohold.ui.session.view import SessionView

    view = SessionView(runner, screen_awake=ScreenAwake(inhibitor))
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    qtbot.waitExposed(view)
    runner.start()
    return view


def key(qtbot, view, name):
    press(view, name)


def run_for(clock, runner, seconds, step=0.5):
    for _ in range(round(seconds / step)):
        clock.advance(step)
        runner.tick()


def screen(view) -> dict:
    return {"title": view.title_label.text(), "side": view.side_label.text()
            if view.side_label.isVisibleTo(view) else "", "counter": view.counter_label.text(),
            "digits": view.countdown.text, "colour": view.background_colour()}


def pixel(view, x, y) -> str:
    return view.grab().toImage().pixelColor(x, y).name()


def test_a_whole_routine_from_the_keyboard_alone(qtbot, view, runner, clock, inhibitor):
    kinds = []
    runner.phase_started.connect(lambda p, _next: kinds.append(p.kind))
    hold, rest, switch, go = (DARK.phase(k).background for k in
                              (PhaseKind.HOLD, PhaseKind.REST, PhaseKind.SWITCH, PhaseKind.SET))
    assert screen(view) == {"title": "GET READY", "side": "", "counter": "Drill 1 of 4",
                            "digits": "10", "colour": DARK.phase(PhaseKind.GET_READY).background}
    assert inhibitor.calls == ["inhibit"]  # the screen is kept awake from the first phase
    run_for(clock, runner, 2.5)
    assert view.countdown.text == "8"  # 7.5 s left reads 8: whole seconds rounding up

    key(qtbot, view, Qt.Key.Key_Right)
    assert screen(view) == {"title": "HOLD", "side": "", "counter": "Rep 1 of 2  ·  Set 1 of 2",
                            "digits": "10", "colour": hold}
    assert pixel(view, 4, SIZE[1] // 2) == hold  # the whole screen wears the phase colour
    assert view.drill_label.text() == "Wall calf press  —  Extend the ankles"
    assert view.next_label.text() == "next: Reset"
    run_for(clock, runner, 9.5)
    assert view.countdown.text == "1"
    run_for(clock, runner, 0.5)
    assert screen(view)["title"] == "RESET" and view.background_colour() == rest
    assert view.counter_label.text() == "After rep 1 of 2  ·  Set 1 of 2"

    key(qtbot, view, Qt.Key.Key_PageDown)  # a clicker's "next"
    assert view.counter_label.text() == "Rep 2 of 2  ·  Set 1 of 2"
    key(qtbot, view, Qt.Key.Key_PageDown)  # rep 2 skipped: the rest does not call it done
    assert screen(view)["title"] == "REST" and view.background_colour() == rest
    assert view.counter_label.text() == "After set 1 of 2" and view.countdown.text == "30"
    assert "done" not in view.counter_label.text()
    for _ in range(4):  # set 2: hold, reset, hold; then next drill
        key(qtbot, view, Qt.Key.Key_Right)
    assert screen(view)["title"] == "NEXT DRILL" and view.counter_label.text() == "Drill 2 of 4"
    assert "Sprinter press" in view.drill_label.text()

    key(qtbot, view, Qt.Key.Key_Right)
    assert screen(view) == {"title": "HOLD", "side": "◀ LEFT", "counter": "Rep 1 of 2",
                            "digits": "8", "colour": hold}
    assert view.side_shown() is Side.LEFT
    assert view.side_label.geometry().center().x() < SIZE[0] / 3  # on the left of the screen
    run_for(clock, runner, 8)
    assert screen(view)["title"] == "SWITCH LEGS" and view.background_colour() == switch
    assert view.side_shown() is Side.RIGHT and view.side_label.text() == "RIGHT ▶"
    assert view.side_label.geometry().center().x() > SIZE[0] * 2 / 3  # moved to the right
    run_for(clock, runner, 5)
    assert screen(view)["side"] == "RIGHT ▶" and screen(view)["title"] == "HOLD"
    key(qtbot, view, Qt.Key.Key_Right)
    key(qtbot, view, Qt.Key.Key_Right)  # past the next-drill lead-in

    assert screen(view)["title"] == "GO" and view.background_colour() == go
    assert view.next_button.text() == "End set  ▶"
    assert view.countdown.text == "0 0:00"  # no reps yet, the set's clock counting up
    run_for(clock, runner, 4.5)
    assert view.countdown.text == "1 0:04" and "Next ends the set" in view.countdown.parts[1][1]
    run_for(clock, runner, 4)
    assert view.countdown.text == "2 0:08"
    with qtbot.waitSignal(runner.phase_finished) as finished:
        key(qtbot, view, Qt.Key.Key_Right)  # the set ended early: the beats that passed
    assert finished.args[0].ending is Ending.SKIPPED and finished.args[0].reps_done == 2

    key(qtbot, view, Qt.Key.Key_Right)
    assert screen(view)["title"] == "GO" and view.countdown.text == "0 0:00"  # counted by keys
    assert "Next: +1" in view.countdown.parts[0][1] and "Enter ends" in view.countdown.parts[1][1]
    assert view.next_button.text() == "+1 rep  ▶"
    run_for(clock, runner, 21)
    for _ in range(5):
        key(qtbot, view, Qt.Key.Key_PageDown)  # one press, one jump
    assert view.countdown.text == "5 0:21"
    key(qtbot, view, Qt.Key.Key_PageUp)  # a press too many: taken back
    assert view.countdown.text == "4 0:21"
    key(qtbot, view, Qt.Key.Key_PageDown)
    with qtbot.waitSignal(runner.session_finished):
        key(qtbot, view, Qt.Key.Key_PageDown)  # the sixth and last rep ends the set
    assert screen(view)["title"] == "DONE" and view.background_colour() == \
        DARK.phase(PhaseKind.DONE).background
    assert inhibitor.calls == ["inhibit", "uninhibit"] and not inhibitor.held
    assert {PhaseKind.HOLD, PhaseKind.RESET, PhaseKind.REST, PhaseKind.SWITCH, PhaseKind.SET,
            PhaseKind.NEXT_DRILL, PhaseKind.DONE} <= set(kinds)
    with qtbot.waitSignal(view.leave_requested):
        key(qtbot, view, Qt.Key.Key_Escape)  # over: Esc leaves without asking


@pytest.mark.parametrize("pause_key", [Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Period])
def test_pause_freezes_the_countdown_under_paused(qtbot, view, runner, clock, pause_key):
    run_for(clock, runner, 3.5)
    assert view.countdown.text == "7"
    key(qtbot, view, pause_key)
    assert runner.is_paused and view.pause_band.isVisible()
    assert view.pause_band.title == "PAUSED"
    assert view.pause_band.detail == "Space to resume"
    assert view.pause_button.text() == "Resume"
    run_for(clock, runner, 20)
    assert view.countdown.text == "7"  # frozen
    band = view.pause_band.geometry()
    middle = view.countdown.mapTo(view, band.center())
    assert pixel(view, middle.x(), middle.y()) == DARK.window  # PAUSED on its band...
    # ...and the frozen time left in sight under it, in the phase's own digits, still large
    digits = QColor(DARK.phase(PhaseKind.GET_READY).text)
    image, box = view.grab().toImage(), view.countdown.geometry()
    rows = [y for y in range(box.top() + band.height() + 1, box.bottom())
            if any(image.pixelColor(x, y) == digits for x in range(box.left(), box.right(), 3))]
    assert rows and rows[-1] - rows[0] >= 0.25 * SIZE[1]
    key(qtbot, view, pause_key)
    assert not runner.is_paused and not view.pause_band.isVisible()
    run_for(clock, runner, 1)
    assert view.countdown.text == "6"


def test_a_sleeping_computer_is_named_on_the_pause(qtbot, view, runner, clock):
    run_for(clock, runner, 2)
    clock.sleep(600)
    with qtbot.waitSignal(runner.paused):
        runner.tick()
    assert view.pause_band.isVisible() and "computer slept" in view.pause_band.detail
    assert view.countdown.text == "8"


def test_back_and_the_clickers_page_up(qtbot, view, runner):
    key(qtbot, view, Qt.Key.Key_Right)
    key(qtbot, view, Qt.Key.Key_Right)
    assert view.title_label.text() == "RESET"
    key(qtbot, view, Qt.Key.Key_Left)
    assert view.title_label.text() == "HOLD"
    key(qtbot, view, Qt.Key.Key_PageUp)
    assert view.title_label.text() == "GET READY"


def test_esc_asks_first_esc_goes_on_and_enter_stops(qtbot, view, runner, inhibitor):
    key(qtbot, view, Qt.Key.Key_Escape)
    box = view.stop_box
    assert box is not None and box.isVisible()
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert box.defaultButton() is yes and box.focusWidget() is yes  # visibly the default
    assert "Stop: Enter" in box.text() and "Go on: Esc or N" in box.text()
    key(qtbot, box.focusWidget(), Qt.Key.Key_Escape)  # Esc again: go on (the box, not the view)
    assert not runner.is_over and view.stop_box is None

    key(qtbot, view, Qt.Key.Key_Escape)
    key(qtbot, view.stop_box.focusWidget(), Qt.Key.Key_N)  # N: go on
    assert not runner.is_over and inhibitor.held and view.stop_box is None

    key(qtbot, view, Qt.Key.Key_Escape)
    with qtbot.waitSignal(runner.session_stopped):
        key(qtbot, view.stop_box.focusWidget(), Qt.Key.Key_Return)  # Enter: stop
    assert view.title_label.text() == "STOPPED" and view.stop_button.text() == "Summary"
    assert not inhibitor.held and inhibitor.calls[-1] == "uninhibit"


def test_m_asks_to_mute_and_the_screen_shows_what_the_player_says(qtbot, view):
    with qtbot.waitSignal(view.mute_requested) as muted:
        key(qtbot, view, Qt.Key.Key_M)
    assert muted.args == [True]
    assert view.mute_button.text() == "Mute"  # the player (mute's owner) has not said so yet
    view.set_muted(True)
    assert view.mute_button.text() == "Muted (M)" and "Muted" in view.status_label.text()
    with qtbot.waitSignal(view.mute_requested) as unmuted:
        view.mute_button.click()
    assert unmuted.args == [False]


def test_a_held_key_and_a_bouncing_clicker_do_one_thing(qtbot, view, runner):
    press(view, Qt.Key.Key_Right, at_ms=10_000)
    assert runner.phase.kind is PhaseKind.HOLD
    for stamp in range(10_030, 11_500, 30):  # held down: X sends auto-repeats
        press(view, Qt.Key.Key_Right, repeat=True, at_ms=stamp)
    assert runner.phase.index == 1
    press(view, Qt.Key.Key_Space, at_ms=12_000)
    press(view, Qt.Key.Key_Space, repeat=True, at_ms=12_040)  # a held Space: paused, once
    assert runner.is_paused
    press(view, Qt.Key.Key_Space, at_ms=12_100)  # a bounce 100 ms later is not a second press
    assert runner.is_paused
    press(view, Qt.Key.Key_Space, at_ms=12_600)
    assert not runner.is_paused
    press(view, Qt.Key.Key_Right, at_ms=13_000)
    press(view, Qt.Key.Key_Right, at_ms=13_500)  # two real presses, half a second apart
    assert runner.phase.index == 3
    # An X server's repeat not flagged as one: release and press again at the same moment.
    for stamp in range(14_000, 15_000, 33):
        press(view, Qt.Key.Key_Right, at_ms=stamp)
    assert runner.phase.index == 4


def test_the_end_screen_says_what_was_not_done(qtbot, view, runner):
    from isohold.core.history.shortfall import Shortfall

    while not runner.is_over:
        runner.skip()
    view.show_result(False, Shortfall(holds=6, reps=9, stopped=False))
    assert view.title_label.text() == "STOPPED EARLY"
    assert view.drill_label.text() == ("Stopped early: 6 holds skipped or cut short, 9 reps not "
                                       "done. What you did is kept.")
    assert "Enter" in view.counter_label.text()
    view.show_result(True, Shortfall(0, 0, False))
    assert view.title_label.text() == "DONE" and "Well done" in view.drill_label.text()


def test_f11_toggles_full_screen(qtbot, view):
    key(qtbot, view, Qt.Key.Key_F11)
    assert view.window().isFullScreen()
    key(qtbot, view, Qt.Key.Key_F11)
    assert not view.window().isFullScreen()


def test_buttons_do_what_the_keys_do_and_never_take_the_keys(qtbot, view, runner):
    view.next_button.click()
    assert view.title_label.text() == "HOLD"
    view.pause_button.click()
    assert runner.is_paused
    key(qtbot, view, Qt.Key.Key_Space)  # Space still reaches the view, not a focused button
    assert not runner.is_paused
    view.back_button.click()
    assert view.title_label.text() == "GET READY"
    buttons = (view.back_button, view.pause_button, view.next_button, view.stop_button,
               view.mute_button)
    assert all(b.height() >= 44 and b.focusPolicy() == Qt.FocusPolicy.NoFocus for b in buttons)


def test_the_countdown_fills_at_least_40_percent_of_the_height(qtbot, view):
    assert view.size().toTuple() == SIZE
    assert view.countdown.digit_height() >= 0.4 * SIZE[1]
    # Measured on the pixels: rows of the countdown holding the digits' colour.
    image = view.grab().toImage()
    box = view.countdown.geometry()
    white = QColor(DARK.phase(PhaseKind.GET_READY).text)
    rows = [y for y in range(box.top(), box.bottom())
            if any(image.pixelColor(x, y) == white for x in range(box.left(), box.right(), 3))]
    assert rows and rows[-1] - rows[0] >= 0.4 * SIZE[1]


def test_routine_text_is_shown_as_plain_text(qtbot, view, runner):
    while runner.phase.drill is not DROPS:
        key(qtbot, view, Qt.Key.Key_Right)
    assert view.drill_label.text() == "Drop jumps  —  <b>Toes up</b> & drop"
    labels = (view.title_label, view.drill_label, view.next_label, view.counter_label)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)


def test_sound_off_and_screen_problems_are_shown_small(qtbot, runner):
    from isohold.ui.session.view import SessionView

    view = SessionView(runner, screen_awake=ScreenAwake(FakeInhibitor(fail="no session bus")))
    qtbot.addWidget(view)
    view.resize(*SIZE)
    view.show()
    runner.start()
    assert "The screen may dim" in view.status_label.text()
    assert "no session bus" not in view.status_label.text()  # that is for the log
    view.show_sound_off("simpleaudio: Error opening PCM device")
    assert "No sound: no audio output found. Cues show on screen only." in \
        view.status_label.text()
    assert "simpleaudio" not in view.status_label.text()
    assert view.status_label.isVisible()
    assert view.title_label.text() == "GET READY"  # the session goes on regardless


def test_closing_the_view_releases_the_screen(qtbot, view, inhibitor):
    assert inhibitor.held
    view.close()
    assert not inhibitor.held


def test_the_light_theme_recolours_the_screen(qtbot, qapp, view):
    apply_theme(qapp, "light")
    view.restyle()
    assert view.background_colour() == LIGHT.phase(PhaseKind.GET_READY).background
    assert pixel(view, 4, SIZE[1] // 2) == LIGHT.phase(PhaseKind.GET_READY).background


def test_the_stop_question_pauses_the_clock_and_go_on_carries_on(qtbot, view, runner, clock):
    run_for(clock, runner, 9)
    key(qtbot, view, Qt.Key.Key_Escape)
    assert runner.is_paused  # while the athlete reads, no hold runs and is counted behind it
    run_for(clock, runner, 30)
    assert view.title_label.text() == "GET READY" and view.countdown.text == "1"
    qtbot.keyClick(view.stop_box, Qt.Key.Key_Escape)  # "No, go on"
    assert not runner.is_paused
    key(qtbot, view, Qt.Key.Key_Space)  # paused by the athlete...
    key(qtbot, view, Qt.Key.Key_Escape)
    qtbot.keyClick(view.stop_box, Qt.Key.Key_Escape)
    assert runner.is_paused  # ...stays paused after "go on"


def test_a_restyle_while_the_stop_question_is_open_keeps_the_focus_on_no(qtbot, view, runner):
    key(qtbot, view, Qt.Key.Key_Escape)
    box = view.stop_box
    no = box.button(QMessageBox.StandardButton.No)
    no.setFocus()
    QApplication.processEvents()
    view.resize(1280, 720)  # the screen restyles (a phase change does too)...
    QApplication.processEvents()  # ...and the box's buttons are re-polished
    assert box.focusWidget() is no
    qtbot.keyClick(no, Qt.Key.Key_Return)
    assert not runner.is_over  # Enter on the focused "No, go on" still goes on


@pytest.mark.parametrize("left, shown", [(59.2, "1:00 left"), (60.0, "1:00 left"),
                                         (59.0, "0:59 left"), (0.4, "0:01 left"),
                                         (3725.0, "1:02:05 left")])
def test_the_time_left_has_one_rounding_rule(qtbot, view, left, shown):
    view._on_time(5.0, 1.0, left)
    assert view.time_left_label.text() == shown


def test_a_session_started_muted_says_so_on_its_mute_button_from_the_first_screen(qtbot, runner,
                                                                                inhibitor):
    from isohold.ui.session.view import SessionView

    view = SessionView(runner, screen_awake=ScreenAwake(inhibitor), muted=True)
    qtbot.addWidget(view)
    assert view.mute_button.text() == "Muted (M)"
    assert view.mute_button.property("muted") is True


def test_the_end_screen_shows_no_button_of_the_phase_it_ended_in(qtbot, clock):
    from isohold.core.routines import Drill, DrillKind, Range, Routine, Sides
    from isohold.ui.session.view import SessionView

    sprints = Drill("sprints", "Downhill sprints", DrillKind.PACED, Sides.BOTH, "Run tall",
                    reps=Range.fixed(4))
    runner = SessionRunner(compile_timeline(SessionPlan(Routine("s", "S", "", (sprints,), 5))),
                           clock)
    view = SessionView(runner, screen_awake=ScreenAwake(FakeInhibitor()))
    qtbot.addWidget(view)
    runner.start()
    runner.next()  # into the set the athlete counts
    assert view.next_button.text().startswith("+1 rep")
    runner.stop()
    assert view.next_button.text() == "Next  ▶" and not view.next_button.isEnabled()
    assert view.stop_button.text() == "Summary"
