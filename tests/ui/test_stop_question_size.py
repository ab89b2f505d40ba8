"""The stop question is read from a few metres, like the session screen behind it: its text and
buttons half as large again as the body text (the keys-only trial could not read it at 4 m)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from isohold.ui.session.stop_question import StopQuestion
from isohold.ui.theme import BASE_POINT_SIZE, apply_theme


def test_the_stop_question_is_large_text(qtbot, qapp):
    apply_theme(qapp, "dark", 1.0)
    parent = QWidget()
    qtbot.addWidget(parent)
    box = StopQuestion(parent)
    box.show()
    qtbot.waitExposed(box)
    words = [label for label in box.findChildren(QLabel) if label.text()]
    assert words and all(label.font().pointSize() >= 1.4 * BASE_POINT_SIZE for label in words)
    assert box.yes.font().pointSize() >= 1.4 * BASE_POINT_SIZE
    box.done(0)
    qapp.setStyleSheet("")
