"""What Settings' "Sound output" line says is in the athlete's language: a silent output and
why (the keys-only trial in German read "Tonausgabe: silent (no audio output device (Qt
Multimedia lists none))"), and whether all sound is off does not hang on those words."""

from __future__ import annotations

import pytest
from PySide6.QtMultimedia import QMediaDevices

from isohold.audio.player import CuePlayer
from isohold.core.settings import Settings
from isohold.ui.language import install
from isohold.ui.settings_dialog import SettingsDialog


@pytest.fixture
def no_device(monkeypatch):
    """Qt Multimedia lists no audio output (a laptop with none, or none found)."""
    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))


@pytest.fixture
def speak(qapp):
    yield lambda language: install(qapp, language)
    install(qapp, "en")


@pytest.mark.parametrize("language, said", [
    ("en", "silent (no audio output device (Qt Multimedia lists none))"),
    ("de", "stumm (kein Audioausgabegerät (Qt Multimedia findet keines))"),
    ("es", "sin sonido (ningún dispositivo de salida de audio (Qt Multimedia no encuentra "
           "ninguno))"),
])
def test_the_settings_sound_output_line_says_silent_and_why_in_the_language(
        qtbot, no_device, speak, language, said):
    speak(language)
    player = CuePlayer(order=("qt", "silent"))
    assert player.is_silent and player.backend_name == said
    dialog = SettingsDialog(Settings.load(), player.backend_name, cue_player=player)
    qtbot.addWidget(dialog)
    assert dialog.backend.text() == said


def test_an_output_that_is_silent_from_the_start_says_so_in_the_language(qtbot, speak):
    speak("de")
    player = CuePlayer(order=("silent",))
    assert player.is_silent and player.backend_name == "stumm"
