"""The leg tests page, driven by keys as an athlete would, on a fake clock (no real waiting):
the heel-rise test's metronome through the cue player, taps, stop, correction, the other leg,
and what is asked to be saved; the hold test's stopwatch; Esc mid-test."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.audio.outputs import SilentOutput
from isohold.audio.player import CuePlayer
from isohold.core.clock import FakeClock
from isohold.core.leg_tests import GET_READY_S
from isohold.ui.leg_test_page import SILENT_NOTE, LegTestPage
from tests.ui.keys import press

TAKEN = datetime(2026, 11, 30, 9, 15)


class Speaker(SilentOutput):
    """An output that can be heard, and notes each clip with the clock's reading."""

    kind = name = "speaker"

    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.clips: list[tuple[float, tuple[str, ...]]] = []

    def play(self, sounds: tuple[str, ...]) -> None:
        self.clips.append((self.clock.now(), sounds))


@pytest.fixture
def clock():
    return FakeClock(start=1000.0)


@pytest.fixture
def player(clock):
    player = CuePlayer(order=("silent",))
    player.output = Speaker(clock)
    return player


@pytest.fixture
def page(qtbot, clock, player):
    page = LegTestPage(clock, player, now=lambda: TAKEN)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def key(page: LegTestPage, which: Qt.Key, text: str = "") -> None:
    press(QApplication.focusWidget() or page, which, text=text)


def wait_until(page: LegTestPage, clock: FakeClock, until: float) -> None:
    """Time passes: the page is woken at each deadline it asked for, as its timer would."""
    while page.run is not None and (due := page.run.next_due_at()) is not None \
            and due <= until:
        clock.advance(due - clock.now())
        page.tick()
    clock.advance(max(0.0, until - clock.now()))
    page.tick()


def test_heel_rises_start_tap_stop_correct_other_leg_then_save(page, clock, qtbot):
    key(page, Qt.Key.Key_1)
    assert page.run_screen.side.text() == "LEFT LEG"
    assert page.run_screen.isVisible()
    key(page, Qt.Key.Key_Return)  # start: the get-ready
    start = clock.now()
    assert page.run_screen.title.text() == "Get ready"
    wait_until(page, clock, start + GET_READY_S + 1.2)
    assert page.run_screen.title.text() == "Heel rises"
    for which in (Qt.Key.Key_Space, Qt.Key.Key_PageDown, Qt.Key.Key_Return):
        key(page, which)
        wait_until(page, clock, clock.now() + 2.0)
    assert page.run_screen.digits.text == "3"
    key(page, Qt.Key.Key_S)  # to failure
    assert page.result.isVisible()
    left = page.result.boxes[page.side]
    assert left.value() == 3 and left.hasFocus()
    key(page, Qt.Key.Key_Up)  # one rise was not tapped
    assert left.value() == 4
    assert page.result.legs.text() == "Left 4 \u00b7 Right not done"
    key(page, Qt.Key.Key_Return)  # the right leg
    assert page.run_screen.side.text() == "RIGHT LEG"
    key(page, Qt.Key.Key_Return)
    go = clock.now() + GET_READY_S
    wait_until(page, clock, go + 6.5)  # no taps: the beat counts 3 whole rises
    key(page, Qt.Key.Key_Escape)  # Esc stops as S does
    assert page.result.boxes[page.side].value() == 3
    assert page.result.legs.text() == "Left 4 \u00b7 Right 3 \u00b7 25% weaker right"
    with qtbot.waitSignal(page.test_done) as done:
        key(page, Qt.Key.Key_Return)  # Save
    assert done.args == ["heel_rise", {"left": 4.0, "right": 3.0}, TAKEN]
    page.saved("")
    assert "Saved" in page.result.note.text()
    with qtbot.waitSignal(page.back_requested):
        key(page, Qt.Key.Key_Return)  # Done


def test_the_metronome_ticks_through_the_cue_player_on_every_second(page, clock, player):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    go = clock.now() + GET_READY_S
    wait_until(page, clock, go + 59.9)
    clips = player.output.clips
    assert clips[:5] == [(go - 5, ("voice_left_leg",)),
                         (go - 3, ("beep_count", "voice_three")),
                         (go - 2, ("beep_count", "voice_two")),
                         (go - 1, ("beep_count", "voice_one")),
                         (go, ("beep_go",))]
    ticks = [at for at, sounds in clips[5:] if sounds == ("beep_tick",)]
    assert ticks == [go + n for n in range(1, 60)]  # with go: 60 beats in the minute, exact
    assert len(clips) == 5 + 59


def test_the_beat_shows_on_screen_and_says_so_when_it_cannot_be_heard(qtbot, clock):
    silent = CuePlayer(order=("silent",))
    page = LegTestPage(clock, silent, now=lambda: TAKEN)
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    assert page.run_screen.note.text() == SILENT_NOTE
    wait_until(page, clock, clock.now() + GET_READY_S + 0.1)
    assert page.run_screen.beat.text() == "UP"
    wait_until(page, clock, clock.now() + 1.0)
    assert page.run_screen.beat.text() == "DOWN"


def test_esc_on_the_results_asks_stay_is_the_default_and_leaving_saves_nothing(
        page, clock, qtbot):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + GET_READY_S + 8.1)  # 4 rises by the beat
    key(page, Qt.Key.Key_S)
    count = page.result.boxes[page.side]
    assert count.value() == 4
    went_back, saved = [], []
    page.back_requested.connect(lambda: went_back.append(True))
    page.test_done.connect(lambda *args: saved.append(args))
    for answer in (Qt.Key.Key_Escape, Qt.Key.Key_Return):  # both stay
        key(page, Qt.Key.Key_Escape)
        box = page.leave_box
        assert box is not None and box.isVisible()
        assert "Not saved yet: left leg 4 rises." in box.text()
        press(box.focusWidget() or box, answer)
        assert page.leave_box is None and not went_back
        assert page.result.isVisible() and count.value() == 4
    key(page, Qt.Key.Key_Escape)
    box = page.leave_box
    qtbot.keyClick(box, Qt.Key.Key_L)  # the question's own key for leaving
    assert went_back == [True] and saved == []  # left, nothing asked to be saved


def test_esc_in_the_get_ready_calls_the_leg_off_and_nothing_is_measured(page, clock):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + 2.0)
    key(page, Qt.Key.Key_Escape)
    assert page.run is None and page.values == {}
    assert page.run_screen.title.text() == "Ready"
    assert "nothing was measured" in page.run_screen.note.text()


def test_hold_test_space_stops_the_stopwatch_and_the_seconds_can_be_typed(page, clock, qtbot):
    key(page, Qt.Key.Key_2)
    assert page.run_screen.side.text() == "LEFT LEG"
    key(page, Qt.Key.Key_Space)
    wait_until(page, clock, clock.now() + GET_READY_S + 42.26)
    assert page.run_screen.digits.text == "0:42"
    key(page, Qt.Key.Key_Space)
    left = page.result.boxes[page.side]
    assert left.value() == pytest.approx(42.3)
    key(page, Qt.Key.Key_Return)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + GET_READY_S + 30.0)
    key(page, Qt.Key.Key_Space)
    right = page.result.boxes[page.side]
    right.lineEdit().selectAll()
    qtbot.keyClicks(right.lineEdit(), "31.5")
    with qtbot.waitSignal(page.test_done) as done:
        key(page, Qt.Key.Key_Return)
    assert done.args[:2] == ["max_hold", {"left": pytest.approx(42.3), "right": 31.5}]


def test_a_number_past_the_tests_limit_is_said_and_kept(page, clock, qtbot):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + GET_READY_S + 4.1)
    key(page, Qt.Key.Key_S)
    left = page.result.boxes[page.side]
    left.lineEdit().selectAll()
    qtbot.keyClicks(left.lineEdit(), "3000")
    key(page, Qt.Key.Key_Return)
    assert page.result.message.text() == ("The left leg's result is more than 1000 rises: "
                                          "check the number.")
    assert page.result.isVisible() and left.value() == 3000 and left.hasFocus()


def test_a_failed_save_is_said_and_the_numbers_stay(page, clock, qtbot):
    key(page, Qt.Key.Key_1)
    for _ in range(2):
        key(page, Qt.Key.Key_Return)
        wait_until(page, clock, clock.now() + GET_READY_S + 10.1)
        key(page, Qt.Key.Key_S)
        key(page, Qt.Key.Key_Return)
    page.saved("The history is read-only.")
    assert "Not saved: The history is read-only." in page.result.message.text()
    assert page.result.boxes[page.side].value() == 5
    with qtbot.waitSignal(page.test_done):
        key(page, Qt.Key.Key_Return)  # Save again


def test_a_clicker_bounce_is_one_rise(page, clock):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + GET_READY_S + 1.0)
    target = QApplication.focusWidget()
    press(target, Qt.Key.Key_PageDown, at_ms=900_000)
    press(target, Qt.Key.Key_PageDown, at_ms=900_080)  # a bounce
    press(target, Qt.Key.Key_PageDown, at_ms=902_000)
    assert page.run.taps == 2


def test_r_on_the_results_does_the_leg_again_even_from_the_number_field(page, clock):
    key(page, Qt.Key.Key_1)
    key(page, Qt.Key.Key_Return)
    wait_until(page, clock, clock.now() + GET_READY_S + 4.1)
    key(page, Qt.Key.Key_S)
    assert page.result.boxes[page.side].hasFocus()
    key(page, Qt.Key.Key_R, text="r")
    assert page.run_screen.isVisible() and page.run_screen.title.text() == "Ready"
    assert page.values == {} and page.run_screen.side.text() == "LEFT LEG"


def test_tab_goes_through_both_legs_numbers_and_the_buttons(page, clock):
    key(page, Qt.Key.Key_1)
    for _ in range(2):
        key(page, Qt.Key.Key_Return)
        wait_until(page, clock, clock.now() + GET_READY_S + 6.1)
        key(page, Qt.Key.Key_S)
        if page.side.value == "left":
            key(page, Qt.Key.Key_Return)
    seen = []
    for _ in range(5):
        seen.append(QApplication.focusWidget().objectName())
        key(page, Qt.Key.Key_Tab)
    assert seen == ["count_right", "legPrimary", "legAgain", "legLeave", "count_left"]
    assert QApplication.focusWidget().objectName() == "count_right"


def test_the_page_given_the_focus_puts_it_on_the_first_test_and_tab_goes_round(page):
    page.setFocus()
    seen = []
    for _ in range(4):
        seen.append(QApplication.focusWidget().objectName())
        key(page, Qt.Key.Key_Tab)
    assert seen == ["choose_heel_rise", "choose_max_hold", "legBack", "choose_heel_rise"]


class Inhibitor:
    """The platform's screen-saver switch, as the page works it."""

    def __init__(self) -> None:
        self.held = 0

    def acquire(self, reason: str) -> str:
        self.held += 1
        return "token"

    def release(self, token: str) -> None:
        self.held -= 1


def test_the_screen_stays_awake_from_the_first_leg_until_saved(qtbot, clock):
    from isohold.platform.screensaver import ScreenAwake

    inhibitor = Inhibitor()
    page = LegTestPage(clock, None, now=lambda: TAKEN, screen_awake=ScreenAwake(inhibitor))
    qtbot.addWidget(page)
    page.show()
    key(page, Qt.Key.Key_2)
    assert inhibitor.held == 0  # choosing is not yet testing
    for _ in range(2):
        key(page, Qt.Key.Key_Return)
        wait_until(page, clock, clock.now() + GET_READY_S + 20.0)
        key(page, Qt.Key.Key_Space)
        assert inhibitor.held == 1  # between the legs too: the athlete rests away from it
        if page.side.value == "left":
            key(page, Qt.Key.Key_Return)
    key(page, Qt.Key.Key_Return)
    page.saved("")
    assert inhibitor.held == 0
