"""Every choice of the settings dialog's combo boxes reads whole (the language list's
"Español" was reported cut): in English, German and Spanish, at text scale 1 and 1.25, on the
dialog as a 960x600 and a 1280x720 screen leave it, shut and opened."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

from isohold.core.settings import Settings
from isohold.ui.language import install
from isohold.ui.settings_dialog import SettingsDialog
from isohold.ui.theme import apply_theme


@pytest.fixture
def speaking(qapp):
    def speak(language: str, scale: float) -> None:
        install(qapp, language)
        apply_theme(qapp, "dark", scale)
    yield speak
    install(qapp, "en")
    apply_theme(qapp, "dark", 1.0)


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(960, 600), (1280, 720)])
def test_every_choice_reads_whole_shut_and_open(qtbot, qapp, speaking, language, scale, size):
    speaking(language, scale)
    dialog = SettingsDialog(Settings.load(), "simpleaudio (ALSA)")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(min(dialog.width(), size[0] - 20), min(dialog.height(), size[1] - 60))
    qapp.processEvents()
    combos = [editor for editor in dialog.editors.values() if isinstance(editor, QComboBox)]
    assert "language" in [combo.objectName() for combo in combos]
    for combo in combos:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                             QStyle.SubControl.SC_ComboBoxEditField, combo)
        for index in range(combo.count()):
            text = combo.itemText(index)
            assert combo.fontMetrics().horizontalAdvance(text) <= field.width(), text
        combo.showPopup()
        view = combo.view()
        for index in range(combo.count()):
            text = combo.itemText(index)
            room = min(view.visualRect(view.model().index(index, 0)).width(),
                       view.viewport().width())
            assert view.fontMetrics().horizontalAdvance(text) <= room, text
        assert view.horizontalScrollBar().maximum() == 0
        combo.hidePopup()
