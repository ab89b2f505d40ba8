"""The leg tests page: the heel-rise endurance test and the maximal hold test, left leg then
right, driven by keys or a presentation clicker from a few metres away.

1. Choose the test (1 heel rises, 2 hold; Enter on the button with the focus). Esc: back.
2. A leg, ready: its side in big letters and what to do. Start has the focus (drawn filled; Tab
   to Back): Enter, Space or the clicker's next (Page Down) starts the get-ready: the leg
   called, 3-2-1, go. From then on no button holds the focus: the keys are the page's.
3. Going. Heel rises: a tick every beat through the cue player, the beat shown too (UP, DOWN),
   so it can be followed with no sound; Space, Enter or Page Down count a rise, Left, Page Up
   or Backspace take one back; S or Esc stop (to failure: when the pace or the height can no
   longer be kept). Not one tap: the metronome's whole cycles are the count. Hold: a
   stopwatch from go; Space (or Enter, Page Down, S, Esc) stops it. Esc during the get-ready
   calls the leg off, nothing measured: it is ready again.
4. Results: each leg's number, typed or stepped with Up/Down; Enter (or Page Down) goes to the
   right leg, then saves; R does the leg again. Esc asks before leaving with results unsaved
   ("Stay" is the default answer, so a stray Esc then Enter loses nothing).

Every moment is a deadline on the injected clock (`isohold.core.leg_tests.LegRun`): a precise
single-shot timer wakes the page at the next one and a coarse one repaints the stopwatch;
neither is counted. A held key's auto-repeat and a clicker's bounce (the same key within
250 ms) are one press. The page writes nothing: `test_done(kind, {side: value}, taken_at)`
asks, and the window tells it how that went (`saved`).
"""

from __future__ import annotations

import math
from datetime import datetime
from typing import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QStackedWidget, QVBoxLayout, QWidget

from isohold.core.clock import Clock
from isohold.core.history.records import now_local
from isohold.core.leg_tests import (HEEL_RISE, MAX_HOLD, SIDES, LegRun, LegTest, Measure, Stage,
                                    check_value, leg_test, other_side)
from isohold.core.phases import PhaseKind, Side
from isohold.platform.screensaver import ScreenAwake
from isohold.ui.leg_test_screens import (ChooseScreen, LeaveQuestion, ResultScreen, RunScreen,
                                        page_stylesheet)
from isohold.ui.leg_test_text import (LegTestText, how_text, leg_title, legs_text, long_name,
                                      number_text, problem_text, test_name, value_text)
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.labels import filled
from isohold.ui.shared.said import said

REPAINT_MS = 50
WAKE_EARLY_S = 0.0015
DEBOUNCE_MS = 250
START_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space, Qt.Key.Key_PageDown}
TAP_KEYS = START_KEYS
UNTAP_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp, Qt.Key.Key_Backspace}
STOP_KEYS = {Qt.Key.Key_S, Qt.Key.Key_Escape, Qt.Key.Key_F5}
HOLD_STOP_KEYS = START_KEYS | STOP_KEYS
NEXT_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_PageDown}
CHOICE_KEYS = {Qt.Key.Key_1: HEEL_RISE, Qt.Key.Key_2: MAX_HOLD}
SILENT_NOTE = "No sound: follow the beat on the screen."  # English; shown through tr


class LegTestPage(QWidget):
    back_requested = Signal()
    # the test's kind ("heel_rise", "max_hold"), {side value: result}, when it was taken
    test_done = Signal(str, object, object)

    def __init__(self, clock: Clock, player=None, parent: QWidget | None = None,
                 now: Callable[[], datetime] = now_local,
                 screen_awake: ScreenAwake | None = None) -> None:
        super().__init__(parent, objectName="legTests")
        self.clock = clock
        self.player = player  # CuePlayer, or None: no sound at all
        self.now = now  # the wall clock, for when the test was taken
        # the screen stays awake from the first leg's start until saved or left (the rest
        # between the legs too)
        self.awake = screen_awake or ScreenAwake(parent=self)
        self.test: LegTest | None = None
        self.side = Side.LEFT
        self.run: LegRun | None = None
        self.values: dict[Side, float] = {}
        self.taken_at: datetime | None = None
        self.saved_ok = False
        self.leave_box: LeaveQuestion | None = None
        self._last_press: tuple[int, int] = (0, -DEBOUNCE_MS)
        self._wake = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
        self._wake.timeout.connect(self.tick)
        self._repaint = QTimer(self, interval=REPAINT_MS)
        self._repaint.timeout.connect(self.tick)
        self.setStyleSheet(page_stylesheet())
        self.pages = QStackedWidget(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.pages)
        self.choose = ChooseScreen()
        self.run_screen = RunScreen()
        self.result = ResultScreen()
        for screen in (self.choose, self.run_screen, self.result):
            self.pages.addWidget(screen)
        for kind, button in self.choose.buttons.items():
            button.clicked.connect(lambda _=False, kind=kind: self.choose_test(kind))
        self.choose.back_button.clicked.connect(self.back_requested.emit)
        self.run_screen.start_button.clicked.connect(self.start_leg)
        self.run_screen.stop_button.clicked.connect(self.stop_leg)
        self.run_screen.back_button.clicked.connect(self.leave)
        self.result.primary.clicked.connect(self.go_on)
        self.result.again.clicked.connect(self.again)
        self.result.leave.clicked.connect(self.leave)
        for box in self.result.boxes.values():  # the difference follows a correction
            box.valueChanged.connect(self._refresh_difference)
        self.pages.setCurrentWidget(self.choose)
        self.setFocusProxy(self.choose.buttons[HEEL_RISE])  # the window's setFocus lands here

    # -- what is on screen ------------------------------------------------------------------
    @property
    def screen(self) -> QWidget:
        return self.pages.currentWidget()

    @property
    def sound_heard(self) -> bool:
        """Whether the ticks can be heard (else the screen's beat is the metronome)."""
        player = self.player
        if player is None or player.muted or player.mode == "silent":
            return False
        return not player.is_silent  # not its name: that is in the athlete's language

    def _show(self, screen: QWidget, focus: QWidget | None = None) -> None:
        self.pages.setCurrentWidget(screen)
        # No focus proxy from here on: Tab would jump to it and skip what comes before it.
        self.setFocusProxy(None)
        (focus or screen).setFocus(Qt.FocusReason.OtherFocusReason)

    # -- choosing and starting --------------------------------------------------------------
    def choose_test(self, kind: str) -> None:
        self.test = leg_test(kind)
        self.values, self.taken_at, self.saved_ok = {}, None, False
        self.result.set_test(self.test)
        self.ready(Side.LEFT)

    def ready(self, side: Side, note: str = "") -> None:
        """A leg, before its get-ready: which one, and what to do."""
        self._stop_timers()
        self.side, self.run = side, None
        screen = self.run_screen
        screen.show_kind(PhaseKind.GET_READY)
        screen.title.setText(LegTestText.tr("Ready"))
        screen.side.setText(leg_title(side))
        screen.test_name.setText(long_name(self.test.kind))
        screen.how.setText(how_text(self.test.kind, side))
        screen.how.show()
        screen.digits.hide()
        screen.beat.hide()
        screen.info.setText("")
        screen.note.setText(note)
        screen.start_button.show()
        screen.back_button.show()
        screen.stop_button.hide()
        screen.keys.setText(LegTestText.tr("Enter, Space or \u25b6 start \u00b7 Esc back"))
        self._show(screen, screen.ready_focus(True))  # Start drawn focused, Tab to Back
        screen.fit_title()

    def start_leg(self) -> None:
        """The get-ready starts: the leg called, 3-2-1, go."""
        if self.test is None or (self.run is not None and self.run.stopped_at is None):
            return
        lead = float(getattr(self.player, "latency_s", 0.0) or 0.0)
        self.run = LegRun(self.test, self.side, self.clock.now(), lead_s=lead)
        if self.taken_at is None:
            self.taken_at = self.now()
        self.awake.hold()
        screen = self.run_screen
        screen.how.hide()
        screen.digits.show()
        screen.start_button.hide()
        screen.back_button.hide()  # a leg under way ends with Stop (its count kept)
        screen.stop_button.show()
        screen.ready_focus(False).setFocus(Qt.FocusReason.OtherFocusReason)  # Space: a rise
        screen.note.setText("" if self.sound_heard or self.test.measure is Measure.SECONDS
                            else LegTestText.tr("No sound: follow the beat on the screen."))
        self._repaint.start()
        self.tick()

    # -- time -------------------------------------------------------------------------------
    def tick(self) -> None:
        """Look at the clock: play what fell due, show where the leg is, sleep till the next."""
        run = self.run
        if run is None or run.stopped_at is not None:
            return
        now = self.clock.now()
        sounds = run.due(now)
        if sounds and self.player is not None:
            self.player.play_now(sounds)
        self._show_run(now)
        due = run.next_due_at()
        if due is None:
            self._wake.stop()
        else:
            wait = self.clock.to_real(max(0.0, due - self.clock.now()))
            self._wake.start(max(0, math.floor((wait - WAKE_EARLY_S) * 1000)))

    def _show_run(self, now: float) -> None:
        run, screen = self.run, self.run_screen
        stage = run.stage(now)
        rises = self.test.measure is Measure.RISES
        if stage is Stage.GET_READY:
            screen.show_kind(PhaseKind.GET_READY)
            screen.title.setText(LegTestText.tr("Get ready"))
            screen.digits.set_text(clock_text(run.seconds_to_go(now)))
            screen.beat.hide()
            screen.info.setText(LegTestText.tr("Heel rises start on go") if rises
                                else LegTestText.tr("The clock starts on go"))
            screen.stop_button.setText(LegTestText.tr("Call off"))
            screen.keys.setText(LegTestText.tr("Esc call it off"))
            screen.fit_title()
            return
        screen.stop_button.setText(LegTestText.tr("Stop"))
        screen.show_kind(PhaseKind.SET if rises else PhaseKind.HOLD)
        elapsed = clock_text(run.elapsed(now), "up")
        if rises:
            beat = run.beat(now)
            screen.title.setText(LegTestText.tr("Heel rises"))
            screen.digits.set_parts([(number_text(self.test, run.count(now)),
                                      LegTestText.tr("rises"))])
            screen.beat.setText(LegTestText.tr("UP") if beat is not None and beat % 2 == 0
                                else LegTestText.tr("DOWN"))
            screen.beat.show()
            number = beat + 1 if beat is not None else 0
            screen.info.setText(
                filled(LegTestText.tr("Beat %1 \u00b7 %2"), number, elapsed) if run.taps else
                filled(LegTestText.tr("Beat %1 \u00b7 %2 \u00b7 no taps: the beat counts"),
                       number, elapsed))
            screen.keys.setText(LegTestText.tr("Space, Enter or \u25b6 a rise \u00b7 \u25c0 take "
                                               "one back \u00b7 S or Esc stop"))
        else:
            screen.title.setText(LegTestText.tr("Hold"))
            screen.digits.set_parts([(elapsed, "")])
            screen.beat.hide()
            screen.info.setText(LegTestText.tr("Hold it high and still"))
            screen.keys.setText(LegTestText.tr("Space stop"))
        screen.fit_title()

    def _stop_timers(self) -> None:
        self._wake.stop()
        self._repaint.stop()

    # -- what the athlete does --------------------------------------------------------------
    def tap(self) -> None:
        if self.run is not None and self.run.tap(self.clock.now()):
            self._show_run(self.clock.now())

    def untap(self) -> None:
        if self.run is not None and self.run.untap():
            self._show_run(self.clock.now())

    def stop_leg(self) -> None:
        """The leg is done (or, before go, called off: it is ready again)."""
        run = self.run
        if run is None or run.stopped_at is not None:
            return
        now = self.clock.now()
        self.tick()  # what fell due before the stop
        run.stop(now)
        self._stop_timers()
        if not run.measured:
            self.ready(self.side, LegTestText.tr("Called off before go: nothing was measured."))
            return
        self.values[self.side] = run.count(now)
        self.show_results()

    def show_results(self, focus: Side | None = None) -> None:
        test, result = self.test, self.result
        result.title.setText(filled(LegTestText.tr("%1: results"), test_name(test.kind)))
        result.show_legs(self.values)
        result.show_message("")
        self._refresh_difference()
        following = other_side(self.side)
        last = following is None or following in self.values
        if self.saved_ok:
            result.primary.setText(LegTestText.tr("Done"))
            result.note.setText(LegTestText.tr("Saved. Done (Enter) goes back."))
            keys = LegTestText.tr("Enter done")
        elif last:
            result.primary.setText(LegTestText.tr("Save"))
            result.note.setText(LegTestText.tr("Correct a number if it is off, then save."))
            keys = LegTestText.tr("Up/Down correct \u00b7 Enter save \u00b7 R again \u00b7 "
                                  "Esc leave")
        elif following is Side.LEFT:
            result.primary.setText(LegTestText.tr("Left leg  \u25b6"))
            result.note.setText(LegTestText.tr("Rest about 2 minutes, then the left leg. Correct "
                                               "the number first if it is off."))
            keys = LegTestText.tr("Up/Down correct \u00b7 Enter left leg \u00b7 R again \u00b7 "
                                  "Esc leave")
        else:
            result.primary.setText(LegTestText.tr("Right leg  \u25b6"))
            result.note.setText(LegTestText.tr("Rest about 2 minutes, then the right leg. "
                                               "Correct the number first if it is off."))
            keys = LegTestText.tr("Up/Down correct \u00b7 Enter right leg \u00b7 R again "
                                  "\u00b7 Esc leave")
        result.again.setText(LegTestText.tr("Again: left leg") if self.side is Side.LEFT
                             else LegTestText.tr("Again: right leg"))
        result.again.setVisible(not self.saved_ok)
        result.leave.setVisible(not self.saved_ok)
        result.keys.setText(keys)
        box = result.boxes[focus or self.side]
        self._show(result, result.primary if self.saved_ok else box)
        if not self.saved_ok:
            box.selectAll()

    def _entered(self) -> dict[Side, float]:
        return {side: self.result.boxes[side].value() for side in self.values}

    def _refresh_difference(self) -> None:
        values = self._entered()
        if self.test is None:
            return
        self.result.legs.setText(legs_text(self.test, values.get(Side.LEFT),
                                           values.get(Side.RIGHT)))

    def _checked(self) -> dict[Side, float] | None:
        """The numbers as entered, or None after saying what is wrong and where (the field
        with the problem gets the focus; nothing typed is lost)."""
        values = self._entered()
        for side, value in values.items():
            problem = check_value(self.test, value)
            if problem:
                self.result.show_message(problem_text(self.test, side, problem))
                self.result.boxes[side].setFocus(Qt.FocusReason.OtherFocusReason)
                return None
        self.result.show_message("")
        return values

    def go_on(self) -> None:
        """Enter on the results: the other leg, or save, or (saved) done."""
        if self.saved_ok:
            self.back_requested.emit()
            return
        values = self._checked()
        if values is None:
            return
        self.values = values
        following = other_side(self.side)
        if following is not None and following not in self.values:
            self.ready(following)
            return
        self.test_done.emit(self.test.kind, {side.value: value for side, value in
                                             self.values.items()}, self.taken_at)

    def saved(self, error: str = "") -> None:
        """The window's answer to test_done: "" when the results are in the history."""
        if error:
            self.result.show_message(filled(LegTestText.tr("Not saved: %1 Your numbers are still "
                                                           "here."), said(error)))
            return
        self.saved_ok = True
        self.awake.release()
        self.show_results()
        self.result.note.setText(filled(LegTestText.tr("Saved: %1. Done (Enter) goes back."),
                                        legs_text(self.test, self.values.get(Side.LEFT),
                                                  self.values.get(Side.RIGHT))))

    def again(self) -> None:
        """The leg just done, once more (its result so far dropped)."""
        self.values.pop(self.side, None)
        self.ready(self.side)

    def leave(self) -> None:
        """Back to the menu; with results not saved, asked first."""
        if self.saved_ok or not self.values:
            self._leave_now()
            return
        self._ask_to_leave()

    def _leave_now(self) -> None:
        self._stop_timers()
        self.awake.release()
        if self.run is not None and self.run.stopped_at is None:
            self.run.stop(self.clock.now())
        self.back_requested.emit()

    def _ask_to_leave(self) -> None:
        done = ", ".join(filled(LegTestText.tr("%1 leg %2", "side, result"),
                                LegTestText.tr("left") if side is Side.LEFT
                                else LegTestText.tr("right"), value_text(self.test, value))
                         for side, value in self._entered().items())
        question = (LegTestText.tr("Leave the heel-rise test without saving?")
                    if self.test.kind == HEEL_RISE else
                    LegTestText.tr("Leave the hold test without saving?"))
        box = LeaveQuestion(question + "\n" + filled(LegTestText.tr(
            "Not saved yet: %1.\n\nStay: Enter or Esc. Leave: L."), done), self)
        box.finished.connect(lambda _: self._answered(box))
        self.leave_box = box
        box.open()

    def _answered(self, box: LeaveQuestion) -> None:
        self.leave_box = None
        if box.leaving():
            self._leave_now()
        box.deleteLater()

    # -- keys -------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if event.isAutoRepeat() or self._bounce(event):
            event.accept()
            return
        screen = self.screen
        if screen is self.choose:
            handled = self._choose_key(key)
        elif screen is self.run_screen:
            handled = self._run_key(key)
        else:
            handled = self._result_key(key)
        if handled:
            event.accept()
        else:
            super().keyPressEvent(event)

    def _bounce(self, event: QKeyEvent) -> bool:
        key, stamp = event.key(), int(event.timestamp())
        last_key, last_stamp = self._last_press
        self._last_press = (key, stamp)
        return key == last_key and 0 <= stamp - last_stamp < DEBOUNCE_MS

    def _choose_key(self, key: int) -> bool:
        if key in CHOICE_KEYS:
            self.choose_test(CHOICE_KEYS[key])
        elif key == Qt.Key.Key_Escape:
            self.back_requested.emit()
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.focusNextPrevChild(key == Qt.Key.Key_Down)
        else:
            return False
        return True

    def _run_key(self, key: int) -> bool:
        run = self.run
        if run is None:  # ready
            if key in START_KEYS:
                self.start_leg()
            elif key == Qt.Key.Key_Escape:
                self.leave()
            else:
                return False
            return True
        going = run.stage(self.clock.now()) is Stage.GOING
        if key in STOP_KEYS or (not going and key == Qt.Key.Key_Escape):
            self.stop_leg()
        elif self.test.measure is Measure.SECONDS and going and key in HOLD_STOP_KEYS:
            self.stop_leg()
        elif key in TAP_KEYS:
            self.tap()
        elif key in UNTAP_KEYS:
            self.untap()
        else:
            return False
        return True

    def _result_key(self, key: int) -> bool:
        if key in NEXT_KEYS:
            self.go_on()
        elif key == Qt.Key.Key_R and not self.saved_ok:
            self.again()
        elif key == Qt.Key.Key_Escape:
            self.leave()
        else:
            return False
        return True
