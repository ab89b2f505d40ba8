"""The routine editor and the drill editor in German (the longer words) and Spanish fit
1280x720, 960x600 and 1366x768 at text scale 1 and 1.25: nothing scrolls sideways, no button
or label is cut, no list item is cut (the checks of test_editor_layout)."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWidget

from isohold.core.routine_store import RoutineStore
from isohold.ui.language import install
from isohold.ui.theme import apply_theme
from tests.ui.test_editor_layout import cut_widgets
from tools import translations

SIZES = [((1280, 720), 1.0), ((1280, 720), 1.25), ((960, 600), 1.0), ((960, 600), 1.25),
         ((1366, 768), 1.25)]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture(params=["de", "es"])
def language(request, qapp, compiled):
    assert install(qapp, request.param, compiled).problem == ""
    yield request.param
    install(qapp, "en", compiled)
    apply_theme(qapp, "dark", 1.0)


def editor_at(qtbot, tmp_path, size):
    from isohold.ui.editor.routine_page import RoutineEditor

    page = RoutineEditor(RoutineStore(tmp_path / "routines"))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_routine_editor_fits_in_the_language(qtbot, qapp, language, tmp_path, size, scale):
    apply_theme(qapp, "dark", scale)
    page = editor_at(qtbot, tmp_path, size)
    hint = page.hint.text().replace("\u00a0", " ")
    assert hint.startswith({"de": "Tab weiter", "es": "Tab siguiente"}[language])
    for row in range(page.routine_list.count()):  # every built-in routine, read only
        page.routine_list.setCurrentRow(row)
        assert cut_widgets(page) == [], (language, row)
    page.routine_list.setCurrentRow(page.routine_list.count() - 1)  # the full session
    page.duplicate()
    for row in range(page.places.count()):  # each drill's choices
        page.places.setCurrentRow(row)
        QApplication.processEvents()
        assert cut_widgets(page) == [], (language, row)
    page.save()
    assert page.status.isVisible()
    assert cut_widgets(page) == []
    page.new_routine()  # no drills yet, a name needed
    page._change(name="")
    assert page.field_problems["drills"].isVisible()
    assert cut_widgets(page) == []
    focused = [widget for widget in page.findChildren(QWidget) if widget.hasFocus()]
    assert len(focused) == 1


def test_the_keys_line_breaks_only_between_keys(qtbot, qapp, language, tmp_path):
    """Found at 960x600, text scale 1.25, in German: the keys line broke inside "Alt+↑ ↓ Übung
    verschieben"; each key and what it does now stay together."""
    apply_theme(qapp, "dark", 1.25)
    page = editor_at(qtbot, tmp_path, (960, 600))
    pairs = [pair.strip() for pair in page.hint.text().split("\u00b7")]
    assert len(pairs) == 4 and all(" " not in pair for pair in pairs), pairs
    page.new_drill()
    pairs = [pair.strip() for pair in page.drill_page.findChild(QLabel, "editorHint")
             .text().split("\u00b7")]
    assert len(pairs) == 3 and all(" " not in pair for pair in pairs), pairs


def test_a_row_of_long_buttons_goes_one_under_the_other(qtbot):
    """A language's long words: when even two columns of buttons are wider than the room, the
    row puts them one under the other rather than pushing the page wider than the window."""
    from PySide6.QtWidgets import QPushButton

    from isohold.ui.editor.parts import ButtonRow

    buttons = [QPushButton(text) for text in ("Nach oben", "Nach unten", "Entfernen",
                                              "Eine sehr lange Beschriftung zum Bearbeiten")]
    row = ButtonRow(buttons)
    two_columns = row._width(2)
    assert row.minimumSizeHint().width() < two_columns
    page = QWidget()  # the room a page's layout gives it
    QVBoxLayout(page).addWidget(row)
    qtbot.addWidget(page)
    page.resize(two_columns - 10, 300)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()  # the buttons laid out again
    assert page.width() == two_columns - 10
    assert row.columns == 1
    assert all(button.width() >= button.sizeHint().width() for button in buttons)


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_drill_editor_fits_in_the_language(qtbot, qapp, language, tmp_path, size, scale):
    apply_theme(qapp, "dark", scale)
    page = editor_at(qtbot, tmp_path, size)
    page.routine_list.setCurrentRow(page.routine_list.count() - 1)
    page.duplicate()
    page.places.setCurrentRow(2)  # the sprinter press: the most fields
    page.edit_drill()
    drill = page.drill_page
    drill.fields["reps.default"].setText("neun")  # a problem beside its field
    assert drill.problems["reps"].isVisible()
    assert cut_widgets(drill) == []
    drill.fields["kind"].setCurrentIndex(drill.fields["kind"].findData("cadence-paced"))
    drill.fields["cadence_s"].setText("")  # needed: the seconds between two beeps
    assert drill.problems["cadence_s"].isVisible()
    assert cut_widgets(drill) == []
    page._drill_closed()
    page.new_drill()  # nothing typed yet: needed, needed
    assert cut_widgets(page.drill_page) == []
