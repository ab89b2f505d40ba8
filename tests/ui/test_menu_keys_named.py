"""Every key the menu answers is named on the menu, in every language and at every size, with
nothing cut: the arrows and Enter, E, P, T, and R, H, S (on the row's titles where they have
room for their letters, else in the keys' line, which wraps onto more lines and is never hidden).
(The German keys-only trial at 1280x720 saw no keys line and no R, H, S: T was named nowhere.)"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from isohold.core.program_standing import standing
from tests.core.test_programs_standing import START, at
from tests.ui.keys import press
from tests.ui.test_language_fit_menu import (BLOCK, DAYS, NAMES, ROUTINES, cut_texts, language,
                                             scale, shown)
from tests.ui.test_language_fit import compiled  # noqa: F401 - the module's catalogues

assert language and scale  # fixtures, imported for pytest to find
# the letters the menu answers (RoutineMenu.keyPressEvent), each with the signal it gives
LETTERS = {"P": "program_requested", "T": "leg_tests_requested", "R": "editor_requested",
           "H": "history_requested", "S": "settings_requested", "E": "edit_requested"}
# the trial's window on a 1280x720 screen (a frame and a panel round it), and the usual sizes
SIZES = [(1280, 720), (1152, 650), (1366, 768), (960, 600)]


def visible_text(menu) -> str:
    return "\n".join(label.text() for label in menu.findChildren(QLabel)
                     if label.isVisibleTo(menu) and label.text())


def unnamed(menu) -> list[str]:
    text = visible_text(menu)
    missing = [letter for letter in LETTERS
               if not re.search(rf"(?<!\w){letter}(?!\w)", text)]
    if "\u2191" not in text:
        missing.append("the arrows")
    return missing


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_every_key_of_the_menu_is_named_and_nothing_is_cut(qtbot, language, scale, size):
    from isohold.ui.menu import RoutineMenu

    menu = shown(qtbot, RoutineMenu(list(ROUTINES)), size)
    assert unnamed(menu) == [] and cut_texts(menu, size[0]) == [], "no program followed"
    for what, (day, history) in DAYS.items():
        menu.show_program(standing(BLOCK, START, history, at(day, 12)), NAMES)
        for entry in (-1, 0, len(menu.entries) - 1):
            menu.select(entry)
            qtbot.wait(1)
            assert unnamed(menu) == [], (what, entry, visible_text(menu))
            assert cut_texts(menu, size[0]) == [], (what, entry, cut_texts(menu, size[0]))
            assert menu.hint.isVisibleTo(menu)


@pytest.mark.parametrize("letter", sorted(LETTERS))
def test_each_letter_named_does_what_it_says(qtbot, letter):
    from isohold.ui.menu import RoutineMenu

    menu = shown(qtbot, RoutineMenu(list(ROUTINES)), (1280, 720))
    with qtbot.waitSignal(getattr(menu, LETTERS[letter])):
        press(menu, getattr(Qt.Key, f"Key_{letter}"))

