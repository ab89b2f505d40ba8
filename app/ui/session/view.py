"""The follow-along screen: read from across the room, driven from a keyboard or a clicker.

`SessionView(runner)` only listens to the SessionRunner's signals, which carry what it shows;
it never decides when anything ends. Keys: Space, B or '.' pause and resume; Right or PageDown
go on (in a set the athlete counts: one press, one rep); Left or PageUp go back (or take back
a rep); Enter or Down end a set early; Esc, or a clicker's F5 / Shift+F5 button, asks to stop
(see `stop_question`: Enter or the clicker's next stops, Esc, N or its back goes on); M mutes;
F11 toggles full screen. A held key's auto-repeat and a clicker's bounce are ignored: one
press, one command. The media keys (play/pause, next, previous, stop), pressed here or sent by
the desktop or a headset through `isohold.platform.mpris`, go through `media_command`. With
`flash` on, each phase change flashes the screen (`flash.PhaseFlash`, at most 3 a second).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (QHBoxLayout, QLabel, QMessageBox, QPushButton, QSizePolicy,
                               QVBoxLayout, QWidget)

from isohold.core.phases import Phase, PhaseKind, Side
from isohold.session.runner import SLEPT
from isohold.ui.session.countdown import PAUSE_SHARE, BigDigits, PauseBand, SessionBar
from isohold.ui.session.flash import PhaseFlash
from isohold.ui.session.stop_question import StopQuestion
from isohold.ui.shared.clock_text import clock_text
from isohold.platform.screensaver import ScreenAwake
from isohold.ui.session.style import FIT_FLOOR, big_px, drill_share, session_stylesheet
from isohold.core.history.shortfall import Shortfall
from isohold.ui.session.text import (box_text, counter_text, drill_text, next_button_text,
                                     next_text, plan_text, result_text, set_parts, side_shown,
                                     side_word, sound_text, status_notes, title_text)
from isohold.ui.shared.labels import filled
from isohold.ui.theme import current_text_scale, current_theme

PAUSE_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Period}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}
END_SET_KEYS = {Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down}
ASK_TO_STOP_KEYS = {Qt.Key.Key_Escape, Qt.Key.Key_F5}  # a clicker's F5 / Shift+F5 / Esc button
MEDIA_KEYS = {Qt.Key.Key_MediaTogglePlayPause: "play_pause", Qt.Key.Key_MediaPlay: "play",
              Qt.Key.Key_MediaPause: "pause", Qt.Key.Key_MediaNext: "next",
              Qt.Key.Key_MediaPrevious: "previous", Qt.Key.Key_MediaStop: "stop"}
COMMAND_KEYS = PAUSE_KEYS | NEXT_KEYS | BACK_KEYS | END_SET_KEYS | ASK_TO_STOP_KEYS | set(MEDIA_KEYS)
MARGIN = 12  # px around the screen's contents
DEBOUNCE_MS = 250  # a second press of the same key sooner than this is a clicker's bounce
REPEAT_GAP_MS = 60  # a press this soon after the same key's release is a repeat, not a finger


def _label(name: str, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # routine files are data, never markup
    label.setAlignment(align)
    # Words never widen the window: at a large text scale they may be cut, the layout holds.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class SessionView(QWidget):
    """Shows what the runner says; asks it to do what the athlete's keys say."""

    mute_requested = Signal(bool)  # the athlete asked to mute (True) or unmute the cues
    leave_requested = Signal()  # the session is over and the athlete wants to go on

    def __init__(self, runner, parent: QWidget | None = None,
                 screen_awake: ScreenAwake | None = None, muted: bool = False,
                 flash: bool = False, flash_clock=None) -> None:
        super().__init__(parent, objectName="sessionView")
        self.runner = runner
        self.timeline = runner.timeline  # a value: what the session will be, never changes
        self.phase: Phase = self.timeline[0]
        self.following: Phase | None = self.timeline.next_after(0)
        self.reps = 0  # reps counted in the set under way
        self.time_left: float | None = self.phase.duration_s
        self.time_in: float = 0.0
        self.session_left = self.timeline.estimated_s
        self.muted = muted
        self.over = ""  # "finished" or "stopped" once the session has ended
        self.side: Side | None = None  # the leg the side badge shows
        self.completed: bool | None = None  # by the same rule, once the session has ended
        self.done_share: int | None = None  # % of the planned holds and reps done, at the end
        self.stop_box: StopQuestion | None = None
        # A preview (`--speed 20`) says so: the runner's clock runs that many times fast.
        self.speed = float(getattr(runner.clock, "speed", 1.0) or 1.0)
        self.pause_reason = ""
        self._paused_for_question = False  # the stop question paused the session
        self.sound_off = ""
        self.sound_off_all = True
        self.not_saved = ""  # why the history is not being written, if it is not
        self._last_command: tuple[int, int] = (0, -DEBOUNCE_MS)  # key, timestamp in ms
        self._last_release: tuple[int, int] = (0, -REPEAT_GAP_MS)
        self.awake = screen_awake or ScreenAwake(parent=self)
        self.awake.problem_found.connect(lambda _: self._show_status())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        self.flash_on = flash  # the `flash` setting: a flash at each phase change
        self.flash = PhaseFlash(self, **({"clock": flash_clock} if flash_clock else {}))
        runner.phase_started.connect(self._on_phase)
        runner.time_changed.connect(self._on_time)
        runner.rep_counted.connect(self._on_rep)
        runner.paused.connect(self._on_paused)
        runner.resumed.connect(self._on_resumed)
        runner.session_finished.connect(lambda: self._on_over("finished"))
        runner.session_stopped.connect(lambda: self._on_over("stopped"))
        self._on_phase(self.phase, self.following)
        self.set_muted(muted)  # the button says it from the first screen, as the note does

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = _label("phaseTitle")
        self.side_label = _label("side")
        self.box_label = _label("box")  # the box height, on a box drill's screens
        for badge in (self.side_label, self.box_label):
            badge.setParent(self)  # a child from the start: shown, it never becomes a window
            badge.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
            badge.hide()
        self.drill_label = _label("drill")
        self.drill_label.setWordWrap(True)
        self.plan_label = _label("plan")  # on a lead-in: the work coming up, what to fetch
        self.plan_label.setWordWrap(True)
        self.countdown = BigDigits(self)
        self.pause_band = PauseBand(self.countdown)
        self.counter_label = _label("counter")
        self.next_label = _label("next", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.next_label.setWordWrap(True)  # a long "next:" takes two lines rather than being cut
        self.next_label.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Preferred)
        self.time_left_label = _label("timeLeft", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_left_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.status_label = _label("status")
        self.status_label.setWordWrap(True)  # every word of a note, on a second line if need be

        # The phase word between the badges, never under one: centred on what they leave.
        self.top = QHBoxLayout()
        self.top.setSpacing(MARGIN)
        self.top.addWidget(self.title_label, 1)

        self.bar = SessionBar(self)
        info = QHBoxLayout()  # what comes next, how much of the session is behind and left
        info.setSpacing(MARGIN)
        info.addWidget(self.next_label)
        info.addWidget(self.bar, 1, Qt.AlignmentFlag.AlignVCenter)
        info.addWidget(self.time_left_label)

        self.back_button = self._button(self.tr("◀  Back"), self.back)
        self.pause_button = self._button(self.tr("Pause"), self.toggle_pause)
        self.next_button = self._button(self.tr("Next  ▶"), self.next)
        self.stop_button = self._button(self.tr("Stop"), self.ask_to_stop)
        self.mute_button = self._button(self.tr("Mute"), self.toggle_mute)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.next_button,
                       self.stop_button, self.mute_button):
            buttons.addWidget(button, 1)

        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(MARGIN, MARGIN // 2, MARGIN, MARGIN // 2)
        self.column.setSpacing(4)
        self.column.addLayout(self.top)
        self.column.addWidget(self.drill_label)
        self.column.addWidget(self.plan_label)
        self.column.addWidget(self.countdown, 1)
        self.column.addWidget(self.counter_label)
        self.column.addLayout(info)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status_label)

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the view, never to a button
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action)
        return button

    # -- what the runner says -------------------------------------------------------------
    def _on_phase(self, phase: Phase, following: Phase | None) -> None:
        changed = phase.index != self.phase.index
        self.phase, self.following, self.reps = phase, following, 0
        self.time_left, self.time_in = phase.duration_s, 0.0
        self.title_label.setText(title_text(phase))
        choice = self._choice(phase)
        self._place_badges(side_shown(phase, following), box_text(phase, choice))
        self.drill_label.setText(drill_text(phase))
        lead_in = phase.kind in (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL)
        self.plan_label.setText(plan_text(phase.drill, choice) if lead_in else "")
        self.plan_label.setVisible(bool(self.plan_label.text()))
        self.next_label.setText(next_text(following) if phase.kind is not PhaseKind.DONE else "")
        self.next_button.setText(next_button_text(phase))
        self._refresh_counter()
        self.restyle()
        self._refresh_time()
        if phase.kind is not PhaseKind.DONE and not self.over:
            self.awake.hold()
        if changed and self.flash_on and not self.over:
            self.flash.flash(self.colours.text)  # the new phase's text colour: its inverse

    def _on_time(self, left: float | None, elapsed: float, session_left: float) -> None:
        self.time_left, self.time_in, self.session_left = left, elapsed, session_left
        self._refresh_time()
        if not self.pause_band.isHidden():  # the band covers the digits: it says the time left itself
            self.pause_band.set_message(self.tr("PAUSED"), self._pause_detail())

    def _choice(self, phase: Phase):
        """What the athlete chose at setup for this phase's drill (reps, box height...)."""
        if phase.drill is None or not phase.drill_no:
            return None
        return self.timeline.plan.choice_at(phase.drill_no - 1)

    def _pause_detail(self) -> str:
        """What the pause band says under PAUSED: why (a sleep) and the key that goes on; the
        frozen time left shows under the band."""
        parts = []
        if self.pause_reason == SLEPT:
            parts.append(self.tr("The computer slept. The session waited here."))
        parts.append(self.tr("Space to resume"))
        return "  ".join(parts)

    def _on_rep(self, count: int) -> None:
        self.reps = count
        self._refresh_counter()
        self._refresh_time()

    def _place_badges(self, side: Side | None, box: str) -> None:
        """The side badge on the side of the leg it names; the box badge on the other."""
        self.side = side
        for badge, text in ((self.side_label, side_word(side)), (self.box_label, box)):
            badge.setText(text)
            self.top.removeWidget(badge)
            badge.setVisible(bool(text))
        right = side is not Side.RIGHT  # where the box goes: away from the side badge
        if side is not None:
            self.top.insertWidget(0 if side is Side.LEFT else 1, self.side_label, 0,
                                  Qt.AlignmentFlag.AlignVCenter)
        if box:
            self.top.insertWidget(self.top.count() if right else 0, self.box_label, 0,
                                  Qt.AlignmentFlag.AlignVCenter)
        self.column.activate()  # in place now, not at the next turn of the event loop

    def side_shown(self) -> Side | None:
        """The leg the side banner points at, if it shows one."""
        return self.side if self.side_label.isVisibleTo(self) else None

    def _refresh_counter(self) -> None:
        self.counter_label.setText(counter_text(self.phase, self.reps, len(self.timeline.plan.routine.drills)))

    def _refresh_time(self) -> None:
        phase = self.phase
        if phase.kind is PhaseKind.DONE or self.over:
            # A tick only for a session done as planned; otherwise a plain dash under the
            # line that says what was not done.
            done = self.completed if self.completed is not None else self.over != "stopped"
            if done or self.done_share is None:
                self.countdown.set_text("✓" if done else "")
            else:  # how much of the planned work was done, under the line that says what not
                self.countdown.set_parts([(filled(self.tr("%1%", "a share done"),
                                                  self.done_share),
                                           self.tr("of the planned work done"))])
        elif phase.user_paced:
            self.countdown.set_parts(set_parts(phase, self.reps,
                                               clock_text(self.time_in, "up")))
        else:
            self.countdown.set_text(clock_text(self.time_left or 0.0))
        total = self.timeline.estimated_s
        ended = phase.kind is PhaseKind.DONE or bool(self.over)
        short = ended and not (self.completed if self.completed is not None
                               else self.over != "stopped")
        # A session stopped short keeps its bar where it stopped (a full bar beside "6 % of
        # the planned work done" said the opposite), and no time is left of it.
        left = self.session_left if short else 0.0 if self.over else self.session_left
        self.bar.set_fraction(1.0 - left / total if total > 0 else 1.0)
        self.time_left_label.setText("" if short else filled(
            self.tr("%1 left", "time left in the session"), clock_text(left, minutes=True)))

    def _on_paused(self, reason: str) -> None:
        self.pause_reason = reason
        self.pause_band.set_message(self.tr("PAUSED"), self._pause_detail())
        self.countdown.reserve_top(PAUSE_SHARE)
        self._place_pause_band()
        self.pause_band.show()
        self.pause_band.raise_()
        self.pause_button.setText(self.tr("Resume"))
        self._refresh_time()

    def _place_pause_band(self) -> None:
        rect = self.countdown.rect()
        rect.setHeight(round(rect.height() * PAUSE_SHARE))
        self.pause_band.setGeometry(rect)

    def _on_resumed(self) -> None:
        self.pause_band.hide()
        self.countdown.reserve_top(0.0)
        self.pause_button.setText(self.tr("Pause"))

    def _on_over(self, how: str) -> None:
        self.over = how
        self.awake.release()
        self.pause_band.hide()
        self.countdown.reserve_top(0.0)
        self._place_badges(None, "")  # no leg, no box: nothing more to do
        self.plan_label.hide()
        if how == "stopped":
            self.title_label.setText(self.tr("STOPPED"))
            self.drill_label.setText(self.tr("Stopped early. What you did is kept."))
        self.counter_label.setText(self.tr("Enter: summary"))
        self.next_label.setText("")
        self.pause_button.setText(self.tr("Pause"))
        self.next_button.setText(self.tr("Next  ▶"))  # not a set's "+1 rep" any more
        for button in (self.back_button, self.pause_button, self.next_button):
            button.setEnabled(False)
        self.stop_button.setText(self.tr("Summary"))  # what Enter does here too
        self.restyle()
        if self.stop_box is not None:
            self.stop_box.done(QMessageBox.StandardButton.No)
        self._refresh_time()

    def show_result(self, completed: bool, short: Shortfall) -> None:
        """What the session came to, by the history's one rule: the end screen says it."""
        result = result_text(completed, short)
        self.completed = completed
        planned = sum(1 if p.kind is PhaseKind.HOLD else p.target_reps
                      for p in self.timeline.phases if p.kind in (PhaseKind.HOLD, PhaseKind.SET))
        if planned:
            done = max(0, planned - short.holds - short.reps)
            self.done_share = round(100 * done / planned)
        if completed:
            self.title_label.setText(self.tr("DONE"))
        else:
            self.title_label.setText(self.tr("STOPPED EARLY"))
        self.drill_label.setText(result)
        self.restyle()
        self._refresh_time()

    # -- the athlete's commands -----------------------------------------------------------
    def toggle_pause(self) -> None:
        if not self.over:
            self.runner.toggle_pause()

    def next(self) -> None:
        """Next: a rep in a set the athlete counts; otherwise on to the next phase."""
        if not self.over:
            self.runner.next()

    def end_set(self) -> None:
        """End a set now, with the reps counted so far (elsewhere: the same as Next)."""
        if not self.over:
            self.runner.end_set()

    def back(self) -> None:
        if not self.over:
            self.runner.back()

    def ask_to_stop(self, closing: bool = False, asked_by: tuple[int, int] | None = None) -> None:
        """Esc: ask before stopping ("Yes, stop" is the default: Enter stops); once over,
        leave.

        `closing`: the window is being closed mid-session; stopping then goes on to the
        summary, so nothing the athlete did or would type there is lost. `asked_by`: the key
        and timestamp that asked, so that its bounce does not answer."""
        if self.over:
            self.leave_requested.emit()
            return
        if self.stop_box is not None:
            return
        box = StopQuestion(self, closing, asked_by)
        box.finished.connect(lambda _: self._stop_answered(box, closing))
        self.stop_box = box
        # While the athlete reads the question the clock stands still: no hold runs and is
        # counted behind it. "Go on" carries on from there; a pause already under way stays.
        self._paused_for_question = not self.runner.is_paused
        if self._paused_for_question:
            self.runner.pause()
        box.open()
        box.yes.setFocus()

    def _refocus_stop_box(self, box: QMessageBox, focus: QWidget) -> None:
        if self.stop_box is box:
            focus.setFocus()

    def _stop_answered(self, box: StopQuestion, closing: bool = False) -> None:
        self.stop_box = None
        if box.stopping():
            self.runner.stop()
            if closing:
                self.leave_requested.emit()
        elif self._paused_for_question and not self.over:
            self.runner.resume()
        box.deleteLater()
        self.setFocus()

    def media_command(self, command: str) -> None:
        """A media key or headset button (see `isohold.platform.mpris.COMMANDS`): play/pause as
        Space, next as Next (a rep in a set counted by hand), previous as Back, stop asks. While
        the stop question is open they do nothing: it wants a deliberate answer."""
        if self.stop_box is not None:
            return
        if command == "play_pause" or command == "play" and self.runner.is_paused \
                or command == "pause" and self.runner.is_running:
            self.toggle_pause()
        elif command == "next":
            self.next()
        elif command == "previous":
            self.back()
        elif command == "stop" and not self.over:
            self.ask_to_stop()
        elif command == "raise":
            window = self.window()
            window.raise_()
            window.activateWindow()

    def set_flash(self, on: bool) -> None:
        """The `flash` setting, changed while a session runs."""
        self.flash_on = bool(on)

    def toggle_mute(self) -> None:
        self.mute_requested.emit(not self.muted)

    def set_muted(self, muted: bool) -> None:
        """Show the mute state, as the cue player (its owner) says it is."""
        self.muted = muted
        self.mute_button.setText(self.tr("Muted (M)") if muted else self.tr("Mute"))
        self.mute_button.setProperty("muted", muted)  # drawn filled: the sound is off
        self.mute_button.style().unpolish(self.mute_button)
        self.mute_button.style().polish(self.mute_button)
        self._show_status()

    def show_sound_off(self, reason: str, everything: bool = True) -> None:
        """A small note that cues cannot be heard (no audio device...), or with `everything`
        False that some cannot (a damaged sound file); "" hides it."""
        self.sound_off, self.sound_off_all = reason, everything
        self._show_status()

    def show_not_saved(self, reason: str) -> None:
        """A small note that the history is not being written; the session runs on."""
        self.not_saved = reason
        self._show_status()

    def toggle_full_screen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def _show_status(self) -> None:
        notes = status_notes(speed=self.speed, muted=self.muted,
                             sound=sound_text(self.sound_off, self.sound_off_all),
                             not_saved=self.not_saved, screen=self.awake.problem)
        self.status_label.setText("   ".join(notes))
        self.status_label.setVisible(bool(notes))

    # -- Qt events ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in COMMAND_KEYS and not self._fresh_press(event):
            event.accept()  # a held key repeats, a clicker bounces: one press, one command
            return
        if key in PAUSE_KEYS:
            self.toggle_pause()
        elif key in NEXT_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.back()
        elif key in ASK_TO_STOP_KEYS:
            self.ask_to_stop(asked_by=(key, int(event.timestamp())))
        elif key in END_SET_KEYS:
            if self.over:
                self.leave_requested.emit()
            elif self.phase.user_paced:
                self.end_set()
        elif key in MEDIA_KEYS:
            self.media_command(MEDIA_KEYS[key])
        elif key == Qt.Key.Key_M:
            self.toggle_mute()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def _fresh_press(self, event: QKeyEvent) -> bool:
        """False for a key's auto-repeat (flagged, or a press that follows its own release at
        once, as an X server's repeat does), and for a second press of the same key within
        DEBOUNCE_MS of the last (a bouncing clicker, a held key); every press is remembered."""
        if event.isAutoRepeat():
            return False
        key, stamp = event.key(), int(event.timestamp())
        last_key, last_stamp = self._last_command
        self._last_command = (key, stamp)
        released_key, released_at = self._last_release
        if key == released_key and 0 <= stamp - released_at < REPEAT_GAP_MS:
            return False
        return not (key == last_key and 0 <= stamp - last_stamp < DEBOUNCE_MS)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if not event.isAutoRepeat():
            self._last_release = (event.key(), int(event.timestamp()))
        super().keyReleaseEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.awake.release()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.flash.setGeometry(self.rect())
        self.restyle()

    def restyle(self) -> None:
        """Colours for the phase and the theme, type sized to the window and text scale."""
        colours = current_theme().phase(PhaseKind.DONE if self.over == "stopped"
                                        else self.phase.kind)
        self.colours = colours
        scale = current_text_scale()
        # A new style sheet re-polishes the children, the stop question among them, and when
        # the event loop next turns that moves its focus to the first button: a phase ending
        # while it is open would turn Enter into the other answer. Give the focus back to
        # where the athlete left it, once the re-polish is done.
        box = self.stop_box
        focus = box.focusWidget() if box is not None else None
        self.setStyleSheet(session_stylesheet(colours, self.height(), scale, self._fits(scale),
                                              self.width()))
        if focus is not None:
            QTimer.singleShot(0, lambda: self._refocus_stop_box(box, focus))
        self.countdown.set_colour(colours.text, colours.soft)
        self.bar.set_colours(colours.text, colours.track)
        theme = current_theme()
        self.pause_band.set_colours(theme.window, theme.text)
        self._place_pause_band()
        self.bar.setFixedHeight(max(10, int(self.height() * 0.02)))
        # "next:" as wide as its words (the bar takes the rest), on two lines past 3/5 of it
        self.next_label.ensurePolished()
        room = self.width() - 2 * MARGIN
        wide = QFontMetricsF(self.next_label.font()).horizontalAdvance(self.next_label.text())
        self.next_label.setFixedWidth(max(1, min(round(wide) + 4, round(room * 0.6))))

    def _fits(self, scale: float) -> dict[str, float]:
        """How much to shrink the one-line labels so that each fits its width: the drill line
        down to 3/4 (then it wraps), the phase word and the counter down to FIT_FLOOR."""
        height = max(self.height(), 400)
        room = self.width() - 2 * MARGIN - 8
        big = big_px(self.height())
        badges = sum(self._advance(badge.text(), big, bold=True) + 2 * round(height * 0.016)
                     + self.top.spacing()
                     for badge in (self.side_label, self.box_label) if badge.text()) \
            if not self.over else 0
        fits = {
            "drill": self._fit(self.drill_label.text(),
                               max(12, round(height * drill_share(scale))), room, 0.75, False),
            "phaseTitle": self._fit(self.title_label.text(), big, room - badges, FIT_FLOOR),
            "counter": self._fit(self.counter_label.text(), big, room, FIT_FLOOR),
        }
        return fits

    def _advance(self, text: str, pixels: int, bold: bool = False) -> float:
        font = QFont(self.font())
        font.setPixelSize(pixels)
        font.setBold(bold)
        return QFontMetricsF(font).horizontalAdvance(text)

    def _fit(self, text: str, pixels: int, room: float, floor: float,
             bold: bool = True) -> float:
        wide = self._advance(text, pixels, bold)
        return 1.0 if wide <= room else max(floor, room / wide * 0.98)

    def background_colour(self) -> str:
        """The phase colour the screen shows now, as #rrggbb."""
        return self.colours.background
