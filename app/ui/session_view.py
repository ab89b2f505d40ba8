"""The follow-along screen: read from across the room, driven from a keyboard or a clicker.

`SessionView(runner)` only listens to the SessionRunner's signals and asks it for the time
left; it never decides when anything ends. Keys: Space, B or '.' pause and resume; Right or
PageDown go on (in a user-paced set: set done); Left or PageUp go back; Esc stops, after a
question whose default answer is No; M mutes; F11 toggles full screen.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (QGridLayout, QHBoxLayout, QLabel, QMessageBox, QPushButton,
                               QSizePolicy, QVBoxLayout, QWidget)

from app.core.phases import Phase, PhaseKind, Side
from app.session.runner import SLEPT
from app.ui.countdown import BigDigits, PauseBand, SessionBar, clock_text
from app.ui.screensaver import ScreenAwake
from app.ui.session_style import drill_share, session_stylesheet
from app.ui.session_text import (counter_text, drill_text, next_text, set_parts, side_text,
                                 title_text)
from app.ui.theme import current_text_scale, current_theme

PAUSE_KEYS = {Qt.Key.Key_Space, Qt.Key.Key_B, Qt.Key.Key_Period}
NEXT_KEYS = {Qt.Key.Key_Right, Qt.Key.Key_PageDown}
BACK_KEYS = {Qt.Key.Key_Left, Qt.Key.Key_PageUp}


def _label(name: str, align=Qt.AlignmentFlag.AlignCenter) -> QLabel:
    label = QLabel(objectName=name)
    label.setTextFormat(Qt.TextFormat.PlainText)  # routine files are data, never markup
    label.setAlignment(align)
    # Words never widen the window: at a large text scale they may be cut, the layout holds.
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class SessionView(QWidget):
    mute_toggled = Signal(bool)  # True: the athlete muted the cues (M or the button)
    leave_requested = Signal()  # the session is over and the athlete wants to go back

    def __init__(self, runner, parent: QWidget | None = None,
                 screen_awake: ScreenAwake | None = None, muted: bool = False) -> None:
        super().__init__(parent, objectName="sessionView")
        self.runner = runner
        self.muted = muted
        self.over = ""  # "finished" or "stopped" once the session has ended
        self.stop_box: QMessageBox | None = None
        self.sound_off = ""
        self.not_saved = ""  # why the history is not being written, if it is not
        self.awake = screen_awake or ScreenAwake(parent=self)
        self.awake.problem_found.connect(lambda _: self._show_status())
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._build()
        runner.phase_started.connect(self._on_phase)
        runner.remaining_changed.connect(lambda _: self._refresh_time())
        runner.rep_counted.connect(lambda _: (self._refresh_counter(), self._refresh_time()))
        runner.paused.connect(self._on_paused)
        runner.resumed.connect(self._on_resumed)
        runner.session_finished.connect(lambda: self._on_over("finished"))
        runner.session_stopped.connect(lambda: self._on_over("stopped"))
        self._on_phase(runner.phase)
        self._show_status()

    # -- building -------------------------------------------------------------------------
    def _build(self) -> None:
        self.title_label = _label("phaseTitle")
        self.side_label = _label("side")
        self.side_label.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.drill_label = _label("drill")
        self.drill_label.setWordWrap(True)
        self.countdown = BigDigits(self)
        self.pause_band = PauseBand(self.countdown)
        self.counter_label = _label("counter", Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.next_label = _label("next", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.bar = SessionBar(self)
        self.time_left_label = _label("timeLeft", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.time_left_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        for label in (self.counter_label, self.next_label):
            label.setWordWrap(True)  # a long "next:" takes two lines rather than being cut
        self.status_label = _label("status", Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.top = QGridLayout()
        self.top.setColumnStretch(0, 1)
        self.top.setColumnStretch(2, 1)
        self.top.addWidget(self.title_label, 0, 0, 1, 3)  # centred on the whole width

        info = QHBoxLayout()
        info.addWidget(self.counter_label, 1)
        info.addWidget(self.next_label, 1)
        progress = QHBoxLayout()
        progress.addWidget(self.bar, 1)
        progress.addWidget(self.time_left_label)

        self.back_button = self._button("◀  Back", self.back)
        self.pause_button = self._button("Pause", self.toggle_pause)
        self.next_button = self._button("Next  ▶", self.next)
        self.stop_button = self._button("Stop", self.ask_to_stop)
        self.mute_button = self._button("Mute", self.toggle_mute)
        buttons = QHBoxLayout()
        for button in (self.back_button, self.pause_button, self.next_button,
                       self.stop_button, self.mute_button):
            buttons.addWidget(button, 1)

        self.column = QVBoxLayout(self)
        self.column.addLayout(self.top)
        self.column.addWidget(self.drill_label)
        self.column.addWidget(self.countdown, 1)
        self.column.addLayout(info)
        self.column.addLayout(progress)
        self.column.addLayout(buttons)
        self.column.addWidget(self.status_label)

    def _button(self, text: str, action) -> QPushButton:
        button = QPushButton(text, self)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys go to the view, never to a button
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        button.clicked.connect(action)
        return button

    # -- what the runner says -------------------------------------------------------------
    def _on_phase(self, phase: Phase) -> None:
        following = self.runner.next_phase
        self.title_label.setText(title_text(phase))
        self._place_side(side_text(phase, following))
        self.drill_label.setText(drill_text(phase))
        self.next_label.setText(next_text(following) if phase.kind is not PhaseKind.DONE else "")
        self.next_button.setText("Set done  ▶" if phase.user_paced else "Next  ▶")
        self._refresh_counter()
        self.restyle()
        self._refresh_time()
        if self.runner.session.started and not self.runner.is_over:
            self.awake.hold()

    def _place_side(self, text: str) -> None:
        self.side_label.setText(text)
        self.top.removeWidget(self.side_label)
        self.side_label.setVisible(bool(text))
        side = self.side_shown()
        column = 2 if side is Side.RIGHT else 0
        align = Qt.AlignmentFlag.AlignRight if side is Side.RIGHT else Qt.AlignmentFlag.AlignLeft
        self.top.addWidget(self.side_label, 0, column, align | Qt.AlignmentFlag.AlignVCenter)
        self.column.activate()  # in place now, not at the next turn of the event loop

    def side_shown(self) -> Side | None:
        """The leg the side banner points at, if it shows one."""
        text = self.side_label.text() if self.side_label.isVisibleTo(self) else ""
        return Side.LEFT if "LEFT" in text else Side.RIGHT if "RIGHT" in text else None

    def _refresh_counter(self) -> None:
        self.counter_label.setText(counter_text(self.runner.phase, self.runner.session.reps_counted,
                                                self.runner.timeline.plan.routine))

    def _refresh_time(self) -> None:
        phase = self.runner.phase
        if phase.kind is PhaseKind.DONE or self.over:
            self.countdown.set_text("✓" if self.over == "finished" or phase.kind is PhaseKind.DONE
                                    else "■")
        elif phase.user_paced:
            self.countdown.set_parts(set_parts(phase, self.runner.session.reps_counted,
                                               clock_text(self.runner.elapsed(), count_up=True)))
        else:
            remaining = self.runner.remaining()
            self.countdown.set_text(clock_text(remaining if remaining is not None else 0.0))
        total = self.runner.timeline.estimated_s
        left = 0.0 if self.over == "finished" else self.runner.session_remaining()
        self.bar.set_fraction(1.0 - left / total if total > 0 else 1.0)
        self.time_left_label.setText(f"{clock_text(left)} left" if left >= 60 else
                                     f"0:{clock_text(left):0>2} left")

    def _on_paused(self, reason: str) -> None:
        detail = "The computer slept. The session waited here. Space to resume." \
            if reason == SLEPT else "Space to resume"
        self.pause_band.set_message("PAUSED", detail)
        self.pause_band.setGeometry(self.countdown.rect())
        self.pause_band.show()
        self.pause_band.raise_()
        self.pause_button.setText("Resume")
        self._refresh_time()

    def _on_resumed(self) -> None:
        self.pause_band.hide()
        self.pause_button.setText("Pause")

    def _on_over(self, how: str) -> None:
        self.over = how
        self.awake.release()
        self.pause_band.hide()
        if how == "stopped":
            self.title_label.setText("STOPPED")
            self.drill_label.setText("Stopped early. What you did is kept.")
        self.next_label.setText("")
        for button in (self.back_button, self.pause_button, self.next_button):
            button.setEnabled(False)
        self.stop_button.setText("Close")
        self.restyle()
        if self.stop_box is not None:
            self.stop_box.done(QMessageBox.StandardButton.No)
        self._refresh_time()

    # -- the athlete's commands -----------------------------------------------------------
    def toggle_pause(self) -> None:
        if not self.over:
            self.runner.toggle_pause()

    def next(self) -> None:
        if not self.over:
            (self.runner.set_done if self.runner.phase.user_paced else self.runner.skip)()

    def back(self) -> None:
        if not self.over:
            self.runner.back()

    def ask_to_stop(self) -> None:
        """Esc: ask before stopping (No is the default answer); once over, leave."""
        if self.over:
            self.leave_requested.emit()
            return
        if self.stop_box is not None:
            return
        box = QMessageBox(QMessageBox.Icon.Question, "Stop the session?",
                          "Stop this session now?\nWhat you have done so far is kept.",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText("Yes, stop")
        box.button(QMessageBox.StandardButton.No).setText("No, go on")
        box.finished.connect(lambda _: self._stop_answered(box))
        self.stop_box = box
        box.open()

    def _stop_answered(self, box: QMessageBox) -> None:
        self.stop_box = None
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self.runner.stop()
        box.deleteLater()
        self.setFocus()

    def toggle_mute(self) -> None:
        self.set_muted(not self.muted)
        self.mute_toggled.emit(self.muted)

    def set_muted(self, muted: bool) -> None:
        """Show the mute state (the cue player is told through `mute_toggled`)."""
        self.muted = muted
        self.mute_button.setText("Unmute" if muted else "Mute")
        self._show_status()

    def show_sound_off(self, reason: str) -> None:
        """A small note that cues cannot be heard (no audio device...); "" hides it."""
        self.sound_off = reason
        self._show_status()

    def show_not_saved(self, reason: str) -> None:
        """A small note that the history is not being written; the session runs on."""
        self.not_saved = reason
        self._show_status()

    def toggle_full_screen(self) -> None:
        window = self.window()
        window.showNormal() if window.isFullScreen() else window.showFullScreen()

    def _show_status(self) -> None:
        notes = []
        if self.muted:
            notes.append("Muted (M)")
        if self.sound_off:
            notes.append(f"Sound off: {self.sound_off}")
        if self.not_saved:
            notes.append(f"Not being saved: {self.not_saved}")
        if self.awake.problem:
            notes.append(self.awake.problem)
        self.status_label.setText("   ·   ".join(notes))
        self.status_label.setVisible(bool(notes))

    # -- Qt events ------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in PAUSE_KEYS:
            self.toggle_pause()
        elif key in NEXT_KEYS:
            self.next()
        elif key in BACK_KEYS:
            self.back()
        elif key == Qt.Key.Key_Escape:
            self.ask_to_stop()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.over:
            self.leave_requested.emit()
        elif key == Qt.Key.Key_M:
            self.toggle_mute()
        elif key == Qt.Key.Key_F11:
            self.toggle_full_screen()
        else:
            super().keyPressEvent(event)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        self.setFocus()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.awake.release()
        super().closeEvent(event)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.restyle()

    def restyle(self) -> None:
        """Colours for the phase and the theme, type sized to the window and text scale."""
        colours = current_theme().phase(PhaseKind.DONE if self.over == "stopped"
                                        else self.runner.phase.kind)
        self.colours = colours
        scale = current_text_scale()
        self.setStyleSheet(session_stylesheet(colours, self.height(), scale,
                                              self._drill_fit(scale)))
        self.countdown.set_colour(colours.text, colours.soft)
        self.bar.set_colours(colours.text, colours.track)
        theme = current_theme()
        self.pause_band.set_colours(theme.window, theme.text)
        self.pause_band.setGeometry(self.countdown.rect())
        self.bar.setFixedHeight(max(12, int(self.height() * 0.028)))

    def _drill_fit(self, scale: float) -> float:
        """How much to shrink the drill line (down to 3/4) so that it fits on one line."""
        font = QFont(self.font())
        font.setPixelSize(max(12, round(max(self.height(), 400) * drill_share(scale))))
        wide = QFontMetricsF(font).horizontalAdvance(self.drill_label.text())
        room = self.width() * 0.96
        return 1.0 if wide <= room else max(0.75, room / wide)

    def background_colour(self) -> str:
        """The phase colour the screen shows now, as #rrggbb."""
        return self.colours.background
