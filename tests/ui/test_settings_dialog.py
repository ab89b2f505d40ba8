"""The settings dialog: one editor per declared option, saved so it survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QLineEdit

from app.core.settings import OPTIONS, Settings
from app.ui.settings_dialog import IN_DIALOG, SettingsDialog


@pytest.fixture
def dialog(qtbot):
    dialog = SettingsDialog(Settings.load(), "simpleaudio (ALSA)")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_every_declared_option_has_an_editor_of_its_type(dialog):
    assert set(dialog.editors) == {option.name for option in OPTIONS if option.in_dialog}
    assert isinstance(dialog.editors["muted"], QCheckBox)
    assert isinstance(dialog.editors["theme"], QComboBox)
    assert [dialog.editors["sound_mode"].itemData(i) for i in range(3)] == \
        ["voice_and_beeps", "beeps", "silent"]
    spin = dialog.editors["text_scale"]
    assert isinstance(spin, QDoubleSpinBox) and (spin.minimum(), spin.maximum()) == (0.75, 2.0)
    assert dialog.values() == {option.name: option.default for option in IN_DIALOG}


def test_the_audio_backend_in_use_is_shown_read_only(dialog):
    line = dialog.findChild(QLineEdit, "audio_backend")
    assert line.text() == "simpleaudio (ALSA)" and line.isReadOnly()


def test_ok_saves_and_the_values_survive_a_restart(qtbot, dialog):
    spin = dialog.editors["get_ready_s"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    dialog.editors["muted"].setChecked(True)
    dialog.editors["sound_mode"].setCurrentIndex(1)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # Enter is OK

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    again = Settings.load()
    assert again.problems == []
    assert (again["get_ready_s"], again["muted"], again["sound_mode"]) == (15.0, True, "beeps")


def test_cancel_keeps_the_old_values_and_writes_nothing(qtbot, dialog):
    dialog.editors["theme"].setCurrentIndex(1)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.settings["theme"] == "dark"
    assert not dialog.settings.file.exists()


def test_a_corrupt_file_shows_the_defaults_in_the_dialog(qtbot):
    file = Settings().file
    file.parent.mkdir(parents=True)
    file.write_bytes(b"\xff\xfe garbage")
    settings = Settings.load()
    dialog = SettingsDialog(settings, "silent")
    qtbot.addWidget(dialog)
    assert settings.problems and dialog.values() == {o.name: o.default for o in IN_DIALOG}
    assert list(file.parent.glob("settings.corrupt-*.json"))
