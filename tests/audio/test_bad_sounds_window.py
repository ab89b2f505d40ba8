"""The app's window with a damaged and a missing cue sound: Enter on the setup page starts the
session, the screen says once which files cannot be played, and the other cues play."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.audio import player as player_module
from isohold.audio.bank import Scalable, SoundBank
from isohold.core.clock import FakeClock
from isohold.core.routines import Drill, DrillKind, Range, Routine, Sides
from isohold.core.settings import Settings
from isohold.ui.main_window import MainWindow

PRESS = Drill("press", "Short press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              reps=Range(2, 4, 2), hold_s=Range(3, 5, 3), switch_s=Range.fixed(1))
SHORT = Routine("short", "Short test", "One tiny drill.", (PRESS,), get_ready_s=3)


@pytest.fixture
def window(qtbot, sounds_copy, alsa_file_sink, monkeypatch):
    (sounds_copy / "beep_go.wav").write_bytes((sounds_copy / "beep_go.wav").read_bytes()[:1000])
    (sounds_copy / "voice_hold.wav").unlink()
    monkeypatch.setattr(player_module, "SoundBank",
                        lambda language="en": SoundBank(sounds_copy, language=language))
    monkeypatch.setenv("ISOHOLD_AUDIO", "simpleaudio,silent")
    clock = FakeClock()
    window = MainWindow([SHORT], Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window, clock
    if window.runner is not None and not window.runner.is_over:
        window.runner.stop()
    if window.cue_player is not None:
        window.cue_player.close()


def press(qtbot, window, key):
    target = QApplication.focusWidget() or window.current_page()
    qtbot.keyClick(target, key)


def test_enter_starts_a_session_with_a_damaged_and_a_missing_sound_and_says_so_once(
        qtbot, window, alsa_file_sink):
    window, clock = window
    press(qtbot, window, Qt.Key.Key_Return)  # the menu: the setup page of the one routine
    with qtbot.waitSignal(window.session_started) as started:
        press(qtbot, window, Qt.Key.Key_Return)  # the setup page: start
    runner = started.args[0]
    assert runner.started  # a session starts at once
    view = window.current_page()
    assert view is window.session_view and view.isVisible()

    player = window.cue_player
    assert player.backend_name == "simpleaudio (ALSA)"  # the other sounds still play
    offs = []
    player.sound_off.connect(offs.append)
    for _ in range(40):  # get ready and its 3-2-1, then go and hold: 20 s at most
        clock.advance(0.5)
        runner.tick()
        player.output.wait_done()
        if runner.phase.kind.value == "hold":
            break
    assert runner.phase.kind.value == "hold"

    note = view.status_label.text()
    assert view.status_label.isVisible()
    assert note.count("beep_go.wav (damaged (truncated") == 1
    assert note.count("voice_hold.wav (missing)") == 1
    assert offs == []  # said once, at the start, not again cue after cue
    count_beep = Scalable(player.bank.samples["beep_count"]).at(player.volume)
    assert count_beep in alsa_file_sink.samples().tobytes()  # the 3-2-1 reached the device
