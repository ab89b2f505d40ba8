"""The settings dialog, generated from the declared options: one widget per option, by type.

Numbers get a spin box over the option's range, booleans a check box, strings with choices a
combo box. A read-only line shows which audio backend is in use. OK saves to the settings file
(atomically, through Settings.save) and the window applies the new values at once.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QLabel, QLineEdit, QMessageBox, QSpinBox, QVBoxLayout,
                               QWidget)

from app.core.settings import OPTIONS, Option, Settings

IN_DIALOG = tuple(option for option in OPTIONS if option.in_dialog)

CHOICE_WORDS = {  # how a choice reads in the combo box; the stored value stays the key
    "voice_and_beeps": "Voice and beeps",
    "beeps": "Beeps only",
    "silent": "Silent",
    "dark": "Dark",
    "light": "Light",
}
STEPS = {"volume": 0.05, "text_scale": 0.05, "get_ready_s": 1.0,
         "rest_between_sets_s": 15.0, "reset_between_reps_s": 1.0}


def editor_for(option: Option) -> QWidget:
    """The widget that edits one option, named after it."""
    if option.type is bool:
        widget: QWidget = QCheckBox()
    elif option.type is str and option.choices:
        widget = QComboBox()
        for value in option.choices:
            widget.addItem(CHOICE_WORDS.get(value, value), value)
    elif option.type is int:
        widget = QSpinBox()
        widget.setRange(int(option.low if option.low is not None else -10**9),
                        int(option.high if option.high is not None else 10**9))
    elif option.type is float:
        widget = QDoubleSpinBox()
        widget.setDecimals(2)
        widget.setRange(option.low if option.low is not None else -1e9,
                        option.high if option.high is not None else 1e9)
        widget.setSingleStep(STEPS.get(option.name, 1.0))
    else:
        widget = QLineEdit()
    widget.setObjectName(option.name)
    return widget


def set_editor_value(widget: QWidget, value: Any) -> None:
    if isinstance(widget, QCheckBox):
        widget.setChecked(bool(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(0, widget.findData(value)))
    elif isinstance(widget, (QSpinBox, QDoubleSpinBox)):
        widget.setValue(value)
    elif isinstance(widget, QLineEdit):
        widget.setText(str(value))


def editor_value(widget: QWidget, option: Option) -> Any:
    if isinstance(widget, QCheckBox):
        return widget.isChecked()
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QSpinBox):
        return int(widget.value())
    if isinstance(widget, QDoubleSpinBox):
        return round(float(widget.value()), widget.decimals())
    return option.type(widget.text())


class SettingsDialog(QDialog):
    """Edits a Settings object; `accept()` writes the values back and saves the file."""

    def __init__(self, settings: Settings, audio_backend: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="settingsDialog")
        self.setWindowTitle("Isohold settings")
        self.settings = settings
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(16)
        form = QFormLayout()
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(24)
        for option in IN_DIALOG:
            editor = editor_for(option)
            set_editor_value(editor, settings[option.name])
            self.editors[option.name] = editor
            label = QLabel(option.label)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.backend = QLineEdit(audio_backend, objectName="audio_backend", readOnly=True)
        self.backend.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        form.addRow("Sound output", self.backend)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.buttons = buttons

    def values(self) -> dict[str, Any]:
        return {option.name: editor_value(self.editors[option.name], option) for option in IN_DIALOG}

    def accept(self) -> None:
        for name, value in self.values().items():
            self.settings.set(name, value)
        try:
            self.settings.save()
        except OSError as error:
            QMessageBox.warning(self, "Settings not saved",
                                f"The settings apply now but could not be saved to "
                                f"{self.settings.file}: {error}")
        super().accept()
