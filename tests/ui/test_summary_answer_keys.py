"""The box questions answer with the language's letters (de J/N, es S/N, en Y/N), and with Y and
N in every language (a keyboard habit); the hint and the tooltip name the letters that work.
(The keys-only trial in German read "Kastenfragen (Y oder N)" and pressed J: nothing happened.)"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from isohold.ui.language import install
from tests.ui.test_language_fit import compiled  # noqa: F401 - the module's catalogues
from tests.ui.test_summary import finished_record, make
from tests.ui.test_summary_reflection import store, tab_to  # noqa: F401 - a fixture

# language -> (the yes letter's key, the no letter's key, what the hint says)
LETTERS = {"de": (Qt.Key.Key_J, Qt.Key.Key_N, "(J oder N)"),
           "es": (Qt.Key.Key_S, Qt.Key.Key_N, "(S o N)"),
           "en": (Qt.Key.Key_Y, Qt.Key.Key_N, "(Y or N)")}


@pytest.fixture(params=sorted(LETTERS))
def language(request, qapp, compiled):  # noqa: F811 - the imported fixture
    install(qapp, request.param, compiled)
    yield request.param
    install(qapp, "en", compiled)


def test_the_language_letters_answer_and_the_hint_names_them(qtbot, store, language):
    yes_key, no_key, named = LETTERS[language]
    view = make(qtbot, finished_record(), store)
    knees, heels = view.box_answers[1]
    assert named in view.keys_hint.text()
    assert named.strip("()").split()[0] in knees.toolTip()
    tab_to(qtbot, view, "knees_1")
    qtbot.keyClick(view.focusWidget(), yes_key)
    assert knees.answer() is True
    qtbot.keyClick(view.focusWidget(), no_key)
    assert knees.answer() is False
    tab_to(qtbot, view, "heels_1")
    qtbot.keyClick(view.focusWidget(), yes_key)
    assert heels.answer() is True


@pytest.mark.parametrize("key, answer", [(Qt.Key.Key_Y, True), (Qt.Key.Key_N, False)])
def test_y_and_n_answer_in_every_language(qtbot, store, language, key, answer):
    view = make(qtbot, finished_record(), store)
    tab_to(qtbot, view, "heels_1")
    qtbot.keyClick(view.focusWidget(), key)
    assert view.box_answers[1][1].answer() is answer


def test_a_letter_that_is_no_answer_leaves_the_box_as_it_was(qtbot, store, language):
    view = make(qtbot, finished_record(), store)
    tab_to(qtbot, view, "knees_1")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Q)
    assert view.box_answers[1][0].answer() is None
