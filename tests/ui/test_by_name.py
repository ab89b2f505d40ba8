"""Qt enum properties set by their key names (the start-up path's way around `Qt`)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from app.ui.by_name import set_by_name


def test_enum_and_flag_properties_take_their_key_names(qtbot):
    label = QLabel()
    qtbot.addWidget(label)
    set_by_name(label, "textFormat", "PlainText")
    set_by_name(label, "focusPolicy", "StrongFocus")
    set_by_name(label, "alignment", "AlignLeft|AlignBottom")
    assert label.textFormat() is Qt.TextFormat.PlainText
    assert label.focusPolicy() is Qt.FocusPolicy.StrongFocus
    assert label.alignment() == Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom
    label.setText("<b>not bold</b>")
    assert label.text() == "<b>not bold</b>"


@pytest.mark.parametrize("prop, keys", [("textFormat", "Plain"), ("textFromat", "PlainText"),
                                        ("alignment", "AlignLeft|AlignSideways")])
def test_an_unknown_property_or_key_fails_at_once(qtbot, prop, keys):
    label = QLabel()
    qtbot.addWidget(label)
    with pytest.raises(ValueError, match=f"QLabel.{prop} does not take"):
        set_by_name(label, prop, keys)
