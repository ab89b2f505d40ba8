"""The settings dialog: one editor per declared option, saved so it survives a restart."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLabel, QWidget

from isohold.core.settings import OPTIONS, Settings
from isohold.ui.settings_dialog import IN_DIALOG, SettingsDialog


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
    scale = dialog.editors["text_scale"]
    assert (scale.minimum(), scale.maximum(), scale.text()) == (0.75, 2.0, "100 %")
    assert isinstance(dialog.editors["full_screen"], QCheckBox)
    assert dialog.editors["full_screen"].isChecked()  # sessions full screen: on by default
    assert dialog.values() == {option.name: option.default for option in IN_DIALOG}


def test_the_plyometric_level_reads_with_its_ground_contacts_per_session(qtbot, dialog):
    level = dialog.editors["level"]
    assert [level.itemText(i) for i in range(level.count())] == [
        "Beginner: 80-100 contacts", "Intermediate: 100-120 contacts",
        "Advanced: 120-140 contacts"]
    level.setCurrentIndex(2)
    dialog.accept()
    assert Settings.load()["level"] == "advanced"


def test_the_language_is_chosen_by_its_own_name_and_kept(qtbot, dialog, monkeypatch):
    language = dialog.editors["language"]
    assert [language.itemData(i) for i in range(language.count())] == ["system", "en", "de", "es"]
    assert [language.itemText(i) for i in range(1, 4)] == ["English", "Deutsch", "Espa\u00f1ol"]
    assert language.itemText(0).startswith("As the system (")
    language.setCurrentIndex(2)
    dialog.accept()
    assert Settings.load()["language"] == "de"


def test_the_audio_backend_in_use_is_shown_whole_and_wrapped(qtbot):
    name = ("Qt Multimedia (PulseAudio: Built-in Audio Analog Stereo, the long device name "
            "of a USB sound card)")
    dialog = SettingsDialog(Settings.load(), name)
    qtbot.addWidget(dialog)
    dialog.show()
    shown = dialog.findChild(QLabel, "audio_backend")
    assert shown.text() == name and shown.wordWrap()
    lines = shown.height() // shown.fontMetrics().lineSpacing()
    one_line = shown.fontMetrics().horizontalAdvance(name)
    assert lines * shown.contentsRect().width() >= one_line  # every word has room: none cut
    assert shown.textFormat() is Qt.TextFormat.PlainText


def test_ok_saves_and_the_values_survive_a_restart(qtbot, dialog):
    spin = dialog.editors["get_ready_s"]
    spin.setFocus()
    spin.selectAll()
    qtbot.keyClicks(spin, "15")
    volume = dialog.editors["volume"]
    volume.setFocus()
    volume.selectAll()
    qtbot.keyClicks(volume, "50")  # typed as a percent
    assert volume.text() == "50 %"
    spin.setFocus()
    dialog.editors["muted"].setChecked(True)
    dialog.editors["sound_mode"].setCurrentIndex(1)
    qtbot.keyClick(spin, Qt.Key.Key_Return)  # Enter is OK

    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    again = Settings.load()
    assert again.problems == []
    assert (again["get_ready_s"], again["muted"], again["sound_mode"]) == (15.0, True, "beeps")
    assert again["volume"] == 0.5


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


def test_seconds_and_percents_read_as_a_person_says_them(qtbot):
    settings = Settings.load()
    settings.set("volume", 0.5)
    settings.set("get_ready_s", 7.5)
    settings.set("rest_between_sets_s", 120.0)
    dialog = SettingsDialog(settings, "silent")
    qtbot.addWidget(dialog)
    shown = {name: dialog.editors[name].text() for name in
             ("get_ready_s", "rest_between_sets_s", "reset_between_reps_s", "volume", "text_scale")}
    assert shown == {"get_ready_s": "7.5 s", "rest_between_sets_s": "120 s",
                     "reset_between_reps_s": "drill's own", "volume": "50 %",
                     "text_scale": "100 %"}
    dialog.editors["get_ready_s"].setValue(10)
    assert dialog.editors["get_ready_s"].text() == "10 s"
    assert dialog.values()["volume"] == 0.5 and dialog.values()["get_ready_s"] == 10.0


class FakePlayer:
    """The CuePlayer's part the dialog uses, and what it played at which volume and mode."""

    def __init__(self):
        self.mode, self.volume, self.muted, self.cue_set = "beeps", 0.9, True, "standard"
        self.plays = []

    def set_mode(self, mode):
        self.mode = mode

    def set_cue_set(self, cue_set):
        self.cue_set = cue_set

    def set_volume(self, volume):
        self.volume = volume

    def set_muted(self, muted):
        self.muted = muted

    def play_now(self, cue_names):
        if not self.muted:
            self.plays.append((tuple(cue_names), self.volume, self.mode, self.cue_set))


def test_test_sound_plays_a_cue_at_the_dialogs_volume_and_cues_then_cancel_restores(qtbot):
    player = FakePlayer()
    dialog = SettingsDialog(Settings.load(), "simpleaudio (ALSA)", cue_player=player)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.editors["volume"].setValue(0.4)
    dialog.editors["sound_mode"].setCurrentIndex(0)  # voice and beeps
    dialog.test_button.setFocus()
    qtbot.keyClick(dialog.test_button, Qt.Key.Key_Return)  # Enter on the button tests, not OK
    assert dialog.isVisible()
    assert player.plays == [(("go", "hold"), 0.4, "voice_and_beeps", "standard")]
    assert "40 %" in dialog.test_note.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel: the player is as it was
    assert (player.mode, player.volume, player.muted) == ("beeps", 0.9, True)
    assert not dialog.settings.file.exists()


def test_test_sound_plays_the_beep_set_chosen_here_and_cancel_puts_the_old_one_back(qtbot):
    player = FakePlayer()
    dialog = SettingsDialog(Settings.load(), "Qt Multimedia", cue_player=player)
    qtbot.addWidget(dialog)
    dialog.show()
    beeps = dialog.editors["cue_set"]
    assert [beeps.itemText(i) for i in range(beeps.count())] == \
        ["Standard", "High and loud", "Low and loud"]
    for index, cue_set in ((1, "high"), (2, "low")):
        beeps.setCurrentIndex(index)
        dialog.test_button.click()
        assert player.plays[-1] == (("go", "hold"), 0.9, "voice_and_beeps", cue_set)
    assert dialog.test_note.text() == "Played at 90 % (voice and beeps; low and loud beeps)."
    dialog.reject()
    assert player.cue_set == "standard" and not dialog.settings.file.exists()


def test_the_beep_set_chosen_is_saved(qtbot, dialog):
    dialog.editors["cue_set"].setCurrentIndex(1)
    dialog.accept()
    assert Settings.load()["cue_set"] == "high"


def test_test_sound_says_why_nothing_plays(qtbot):
    player = FakePlayer()
    dialog = SettingsDialog(Settings.load(), "simpleaudio (ALSA)", cue_player=player)
    qtbot.addWidget(dialog)
    dialog.editors["muted"].setChecked(True)
    dialog.test_button.click()
    assert player.plays == [] and "Mute" in dialog.test_note.text()
    dialog.editors["muted"].setChecked(False)
    dialog.editors["sound_mode"].setCurrentIndex(2)  # silent
    dialog.test_button.click()
    assert player.plays == [] and "Silent" in dialog.test_note.text()
    without = SettingsDialog(Settings.load(), "silent")  # the window has no player yet
    qtbot.addWidget(without)
    assert not without.test_button.isEnabled() and "starting" in without.test_note.text()


class SilentPlayer(FakePlayer):
    """A player whose output is the silent one (no audio device was found)."""

    def __init__(self):
        from isohold.audio.outputs import SilentOutput

        super().__init__()
        self.output = SilentOutput()


def test_test_sound_with_no_output_says_nothing_played(qtbot):
    dialog = SettingsDialog(Settings.load(), "silent", cue_player=SilentPlayer())
    qtbot.addWidget(dialog)
    dialog.editors["muted"].setChecked(False)
    dialog.test_button.click()
    assert "nothing played" in dialog.test_note.text() and "%" not in dialog.test_note.text()


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(960, 600), (1280, 720)])
@pytest.mark.parametrize("tested", [False, True], ids=["before-test", "after-test-sound"])
def test_it_fits_a_small_screen_without_sideways_scrolling_or_cut_words(qtbot, qapp, scale, size,
                                                                        tested):
    from isohold.ui.theme import apply_theme

    apply_theme(qapp, "dark", scale)
    try:
        dialog = SettingsDialog(Settings.load(), "simpleaudio (ALSA)", cue_player=FakePlayer())
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.resize(min(dialog.width(), size[0] - 20), min(dialog.height(), size[1] - 60))
        qapp.processEvents()  # the layout settles
        if tested:  # the longest notes Test sound writes, one after the other
            dialog.editors["muted"].setChecked(True)
            dialog.test_button.click()
            qapp.processEvents()
            dialog.editors["muted"].setChecked(False)
            dialog.test_button.click()
            qapp.processEvents()  # the row takes the note's new height,
            qapp.processEvents()  # then the scroll area the form's
            assert dialog.test_note.text()
        assert dialog.scroll.horizontalScrollBar().maximum() == 0
        assert dialog.scroll.horizontalScrollBar().value() == 0
        assert dialog.scroll.widget().width() <= dialog.scroll.viewport().width()
        assert dialog.buttons.isVisible() and dialog.buttons.geometry().bottom() <= dialog.height()
        for label in dialog.findChildren(QLabel):
            if label.isVisible() and not label.wordWrap() and label.text():
                assert label.fontMetrics().horizontalAdvance(label.text()) <= \
                    label.contentsRect().width(), label.text()
        for name, editor in dialog.editors.items():  # every editor whole, inside the form
            right = editor.mapTo(dialog.scroll.widget(), editor.rect().topRight()).x()
            assert right <= dialog.scroll.viewport().width(), name
        for label in dialog.findChildren(QLabel):  # a wrapped text has the lines it needs
            if label.isVisible() and label.wordWrap() and label.text():
                assert label.height() >= label.heightForWidth(label.width()), label.text()
        # the note under Test sound is below the button, not drawn over it
        button, note = dialog.test_button.geometry(), dialog.test_note.geometry()
        assert note.top() > button.bottom()
        assert dialog.test_button.height() >= dialog.test_button.sizeHint().height()
    finally:
        apply_theme(qapp, "dark", 1.0)
