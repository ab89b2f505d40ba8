"""The menu reaches the routine editor: R or the Routines entry opens it, E on a routine's card
opens that routine in it; the editor is not imported at start-up."""

from __future__ import annotations

import subprocess
import sys

import pytest
from PySide6.QtCore import Qt

from isohold.core.loader import load_routines
from isohold.ui.menu import EDITOR, RoutineMenu
from tests.ui.keys import press


@pytest.fixture
def menu(qtbot):
    page = RoutineMenu(list(load_routines().routines))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_r_and_the_routines_entry_open_the_editor(qtbot, menu):
    with qtbot.waitSignal(menu.editor_requested):
        press(menu, Qt.Key.Key_R)
    entry = next(entry for entry in menu.entries if entry.key == EDITOR)
    assert entry.title.text() == "Routines  (R)"
    with qtbot.waitSignal(menu.editor_requested):
        qtbot.mouseClick(entry, Qt.MouseButton.LeftButton)


def test_e_on_a_card_asks_to_edit_that_routine(qtbot, menu):
    press(menu, Qt.Key.Key_Down)
    with qtbot.waitSignal(menu.edit_requested) as signal:
        press(menu, Qt.Key.Key_E)
    assert signal.args[0] is menu.routines[1]


def test_the_menu_does_not_import_the_editor():
    code = ("import isohold.ui.menu, sys; "
            "print(any(name.startswith('isohold.ui.editor') for name in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True)
    assert out.stdout.strip() == "False"
