"""The settings dialog, generated from the declared options: one widget per option, by type.

Numbers get a spin box over the option's range, in the unit a person says: seconds as "10 s"
(0 on a rest or reset reads "drill's own"), volume and text scale as "50 %"; booleans a check
box, strings with choices a combo box. The sound output in use is shown whole (wrapped), and
"Test sound" plays a cue at the volume, cues and beeps chosen here, through the window's CuePlayer
(when the window passes it: `cue_player=`). OK saves to the settings file (atomically, through
Settings.save) and the window applies the new values at once; Cancel puts the player back as it
was before a test.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QValidator
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QFrame, QLineEdit, QMessageBox, QPushButton,
                               QScrollArea, QSizePolicy, QSpinBox, QVBoxLayout, QWidget)

from isohold.core import cues
from isohold.core.cue_sounds import SILENT
from isohold.core.settings import OPTIONS, Option, Settings
from isohold.ui.shared.labels import Words, filled, plain_label
from isohold.ui.shared.said import error_text


class SettingsWords(Words):
    """The settings dialog: its options' labels and choices, and what Test sound did."""


# The options' labels (app/core/settings.py Option.label, in English) as the catalogue knows
# them: translated at display time by option_label(); a test checks every option is here.
OPTION_LABELS = (
    QT_TRANSLATE_NOOP("SettingsWords", "Get-ready lead-in"),
    QT_TRANSLATE_NOOP("SettingsWords", "Rest between sets"),
    QT_TRANSLATE_NOOP("SettingsWords", "Reset between reps"),
    QT_TRANSLATE_NOOP("SettingsWords", "Volume"),
    QT_TRANSLATE_NOOP("SettingsWords", "Mute"),
    QT_TRANSLATE_NOOP("SettingsWords", "Cues"),
    QT_TRANSLATE_NOOP("SettingsWords", "Beeps"),
    QT_TRANSLATE_NOOP("SettingsWords", "Theme"),
    QT_TRANSLATE_NOOP("SettingsWords", "Text scale"),
    QT_TRANSLATE_NOOP("SettingsWords", "Sessions full screen"),
    QT_TRANSLATE_NOOP("SettingsWords", "Lower music during cues"),
    QT_TRANSLATE_NOOP("SettingsWords", "Flash at phase changes"),
    QT_TRANSLATE_NOOP("SettingsWords", "Plyometric level"),
    QT_TRANSLATE_NOOP("SettingsWords", "Language (from the next start)"),
    QT_TRANSLATE_NOOP("SettingsWords", "Last export folder"),
)


def option_label(option: Option) -> str:
    """An option's label in the athlete's language."""
    return QCoreApplication.translate("SettingsWords", option.label)


def choice_words() -> dict[str, str]:
    """How each choice reads in the combo box, in the athlete's language."""
    return {
        "voice_and_beeps": SettingsWords.tr("Voice and beeps"),
        "beeps": SettingsWords.tr("Beeps only"),
        "silent": SettingsWords.tr("Silent"),
        "standard": SettingsWords.tr("Standard"),
        "high": SettingsWords.tr("High and loud"),
        "low": SettingsWords.tr("Low and loud"),
        "dark": SettingsWords.tr("Dark"),
        "light": SettingsWords.tr("Light"),
        "beginner": SettingsWords.tr("Beginner: 80-100 contacts"),
        "intermediate": SettingsWords.tr("Intermediate: 100-120 contacts"),
        "advanced": SettingsWords.tr("Advanced: 120-140 contacts"),
    }

IN_DIALOG = tuple(option for option in OPTIONS if option.in_dialog)

PERCENT = ("volume", "text_scale")  # fractions shown as whole percents: 0.5 -> "50 %"
STEPS = {"volume": 0.05, "text_scale": 0.05, "get_ready_s": 1.0,
         "rest_between_sets_s": 15.0, "reset_between_reps_s": 1.0}
TEST_CUES = (cues.GO, cues.HOLD)  # the go beep, and the call "hold" where voices are on


class SecondsBox(QDoubleSpinBox):
    """Seconds as a person reads them: "10 s", "7.5 s", never "10.00"."""

    def __init__(self, low: float, high: float) -> None:
        super().__init__()
        self.setDecimals(1)
        self.setRange(low, high)
        self.setSuffix(" s")

    def textFromValue(self, value: float) -> str:
        return f"{value:g}"


class PercentBox(QDoubleSpinBox):
    """A fraction (a volume 0.0-1.0, a text scale) shown and typed as a whole percent: "50 %".
    Its value stays the setting's own (0.5), so the dialog reads and writes it as it is."""

    def __init__(self, low: float, high: float) -> None:
        super().__init__()
        self.setDecimals(2)
        self.setRange(low, high)
        self.setSuffix(" %")

    def textFromValue(self, value: float) -> str:
        return str(round(value * 100))

    def valueFromText(self, text: str) -> float:
        digits = text.removesuffix(self.suffix()).strip()
        return int(digits) / 100 if digits.isdigit() else self.value()

    def validate(self, text: str, position: int):
        digits = text.removesuffix(self.suffix()).strip()
        if not digits:
            return QValidator.State.Intermediate, text, position
        if not digits.isdigit():
            return QValidator.State.Invalid, text, position
        inside = self.minimum() <= int(digits) / 100 <= self.maximum()
        return (QValidator.State.Acceptable if inside else QValidator.State.Intermediate,
                text, position)


def editor_for(option: Option) -> QWidget:
    """The widget that edits one option, named after it."""
    low = option.low if option.low is not None else -1e9
    high = option.high if option.high is not None else 1e9
    if option.type is bool:
        widget: QWidget = QCheckBox()
    elif option.type is str and option.choices:
        widget = QComboBox()
        words = choice_words()
        if option.name == "language":  # each language in its own name, the system's said
            from isohold.ui.language import language_choices

            words = dict(language_choices())
        for value in option.choices:
            widget.addItem(words.get(value, value), value)
    elif option.name in PERCENT:
        widget = PercentBox(low, high)
        widget.setSingleStep(STEPS.get(option.name, 0.05))
    elif option.type is float and option.name.endswith("_s"):
        widget = SecondsBox(low, high)
        widget.setSingleStep(STEPS.get(option.name, 1.0))
        if low == 0:
            widget.setSpecialValueText(SettingsWords.tr("drill's own"))
    elif option.type is int:
        widget = QSpinBox()
        widget.setRange(int(low), int(high))
    elif option.type is float:
        widget = QDoubleSpinBox()
        widget.setDecimals(2)
        widget.setRange(low, high)
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
    """Edits a Settings object; `accept()` writes the values back and saves the file.

    `cue_player` (the window's CuePlayer, optional) lets "Test sound" play a cue at the
    dialog's volume and cues; without it the button says the sound is not ready."""

    def __init__(self, settings: Settings, audio_backend: str,
                 parent: QWidget | None = None, cue_player=None) -> None:
        super().__init__(parent, objectName="settingsDialog")
        self.setWindowTitle(SettingsWords.tr("Isohold settings"))
        self.settings = settings
        self.cue_player = cue_player
        self._player_before: tuple | None = None  # the player as it was before a test
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 20, 28, 18)
        layout.setSpacing(14)
        body = QWidget(objectName="settingsBody")
        form = QFormLayout(body)
        form.setContentsMargins(0, 0, 8, 0)
        form.setVerticalSpacing(12)
        form.setHorizontalSpacing(24)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        for option in IN_DIALOG:
            editor = editor_for(option)
            set_editor_value(editor, settings[option.name])
            self.editors[option.name] = editor
            label = plain_label(option_label(option), wrap=False)
            label.setBuddy(editor)
            form.addRow(label, editor)
        self.backend = plain_label(audio_backend, "audio_backend", wrap=True)
        self.backend.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(plain_label(SettingsWords.tr("Sound output"), wrap=False), self.backend)
        form.addRow("", self._test_row())
        # the form scrolls up and down on a short screen; OK and Cancel stay in view
        self.scroll = QScrollArea(objectName="settingsScroll", widgetResizable=True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setWidget(body)
        layout.addWidget(self.scroll, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(plain_label(SettingsWords.tr("Enter: OK (save)   \u00b7   Esc: Cancel"),
                                     "settingsKeys"))
        layout.addWidget(buttons)
        self.buttons = buttons
        self.form = form
        self._fit_screen(body)

    def _test_row(self) -> QWidget:
        """The Test sound button, and under it what the test did: a note that wraps to the
        form's width and never widens it (a wider form would scroll sideways, cutting labels)."""
        row = QWidget(objectName="testRow")
        column = QVBoxLayout(row)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(8)
        self.test_button = QPushButton(SettingsWords.tr("Test sound"), objectName="testSound")
        self.test_button.clicked.connect(self.test_sound)
        self.test_note = plain_label("", "testNote", wrap=True)
        self.test_note.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        if self.cue_player is None:
            self.test_button.setEnabled(False)
            self.test_note.setText(SettingsWords.tr("Sound is still starting: open Settings again "
                                                     "to test it."))
        column.addWidget(self.test_button, 0, Qt.AlignmentFlag.AlignLeft)
        column.addWidget(self.test_note)
        return row

    def _fit_screen(self, body: QWidget) -> None:
        """As tall as the form, but no taller than the screen (the form scrolls then); as wide
        as the form, so nothing scrolls sideways. A form wider than the screen with each label
        beside its editor (German's and Spanish's longer labels on a 960 px screen at text
        scale 1.25) puts each label above its editor instead."""
        bar = self.scroll.verticalScrollBar().sizeHint().width()
        screen = (self.parentWidget() or self).screen()
        area = screen.availableGeometry() if screen is not None else None
        if area is not None and body.sizeHint().width() + bar + 60 > area.width() - 20:
            self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
            body.layout().activate()
        hint = body.sizeHint()
        width = hint.width() + bar + 60
        height = hint.height() + 190
        if area is not None:
            height = min(height, area.height() - 60)
            width = min(width, area.width() - 20)
        self.scroll.setMinimumWidth(hint.width() + bar)
        self.resize(width, height)

    # -- values ----------------------------------------------------------------------------
    def values(self) -> dict[str, Any]:
        return {option.name: editor_value(self.editors[option.name], option) for option in IN_DIALOG}

    def test_sound(self) -> None:
        """Play a cue through the window's player at the volume and cues chosen here (not yet
        saved); what cannot be heard is said beside the button."""
        values = self.values()
        mode, volume = values["sound_mode"], values["volume"]
        if values["muted"]:
            self.test_note.setText(SettingsWords.tr("Mute is ticked: untick it to hear the cues."))
            return
        if mode == SILENT:
            self.test_note.setText(SettingsWords.tr("Cues are set to Silent: choose voice or beeps "
                                                    "to hear them."))
            return
        player = self.cue_player
        if getattr(getattr(player, "output", None), "kind", "") == "silent":
            self.test_note.setText(SettingsWords.tr("No sound output was found, so nothing "
                                                    "played: the cues show on screen only."))
            return
        if self._player_before is None:
            self._player_before = (player.mode, player.volume, player.muted, player.cue_set)
        player.set_mode(mode)
        player.set_volume(volume)
        player.set_muted(False)
        player.set_cue_set(values["cue_set"])
        player.play_now(TEST_CUES)
        said = choice_words()
        words = said.get(mode, mode).lower()
        beeps = said.get(values["cue_set"], values["cue_set"]).lower()
        self.test_note.setText(filled(SettingsWords.tr("Played at %1 % (%2; %3 beeps)."),
                                      round(volume * 100), words, beeps))

    def done(self, result: int) -> None:
        """Cancel (or closing) after a test puts the player back as it was; OK leaves it to
        the window, which applies the saved settings."""
        if result != QDialog.DialogCode.Accepted and self._player_before is not None:
            mode, volume, muted, cue_set = self._player_before
            self.cue_player.set_mode(mode)
            self.cue_player.set_volume(volume)
            self.cue_player.set_muted(muted)
            self.cue_player.set_cue_set(cue_set)
        self._player_before = None
        super().done(result)

    def accept(self) -> None:
        for spin in self.findChildren(QDoubleSpinBox) + self.findChildren(QSpinBox):
            spin.interpretText()  # a number typed but not yet confirmed counts
        for name, value in self.values().items():
            self.settings.set(name, value)
        try:
            self.settings.save()
        except OSError as error:
            QMessageBox.warning(self, SettingsWords.tr("Settings not saved"),
                                filled(SettingsWords.tr("The settings apply now but could not "
                                                        "be saved to %1: %2"),
                                       self.settings.file, error_text(error)))
        super().accept()
