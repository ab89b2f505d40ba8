"""The drill editor: each field checked by the loader's rules as it is typed, the problem said
beside the field, Save disabled while anything is wrong, and nothing typed lost."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from isohold.core.loader import load_routines
from isohold.core.routine_store import RoutineStore
from isohold.core.routines import DrillKind, Range, Sides
from isohold.ui.editor.routine_page import RoutineEditor

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def config(tmp_path):
    return tmp_path / "config"


@pytest.fixture
def editor(qtbot, config):
    page = RoutineEditor(RoutineStore(config / "routines"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.name_edit, "Calf day")  # over the selected "New routine"
    return page


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    if text:
        qtbot.keyClicks(field, text)


def open_new_drill(qtbot, editor):
    qtbot.mouseClick(editor.new_drill_button, Qt.MouseButton.LeftButton)
    page = editor.drill_page
    assert page is not None and page.isVisible()
    assert page.fields["name"].hasFocus()
    return page


def test_a_new_drill_is_checked_as_typed_and_saved_into_the_routine(qtbot, editor, config):
    page = open_new_drill(qtbot, editor)
    assert not page.save_button.isEnabled()  # no name, no cue yet
    assert "Needed" in page.problems["name"].text() and page.problems["name"].isVisible()
    qtbot.keyClicks(page.fields["name"], "Single-leg wall press")
    assert not page.problems["name"].isVisible()
    qtbot.keyClicks(page.fields["cue"], "Drive the heel up")
    assert page.save_button.isEnabled()
    retype(qtbot, page.fields["hold_s.max"], "abc")  # not a number
    assert not page.save_button.isEnabled()
    assert page.problems["hold_s"].text() == 'Highest: expected a number, got "abc".'
    assert page.fields["hold_s.max"].text() == "abc"  # kept as typed
    assert "1 field to fix" in page.verdict.text()
    retype(qtbot, page.fields["hold_s.max"], "400")  # the schema allows at most 300 s
    assert "at most 300" in page.problems["hold_s"].text()
    retype(qtbot, page.fields["hold_s.max"], "45")
    retype(qtbot, page.fields["reps.default"], "12")  # outside 1 to 10: the loader's check
    assert page.problems["reps"].text() == "Default: expected a number between 1 and 10, got 12."
    qtbot.keyClick(page.fields["reps.default"], Qt.Key.Key_S, CTRL)  # refused while wrong
    assert editor.drill_page is page
    retype(qtbot, page.fields["reps.default"], "6")
    retype(qtbot, page.fields["equipment"], "wall, mat")
    qtbot.keyClick(page.fields["equipment"], Qt.Key.Key_S, CTRL)
    assert editor.drill_page is None  # back on the routine
    place = editor.opened.draft.places[-1]
    assert place.drill.name == "Single-leg wall press"
    assert place.drill.hold_s == Range(10, 45, 30) and place.drill.reps.default == 6
    assert place.drill.equipment == ("wall", "mat")
    qtbot.keyClick(editor.places, Qt.Key.Key_S, CTRL)
    routine = next(r for r in load_routines(config).routines if r.name == "Calf day")
    assert routine.drills[0].name == "Single-leg wall press"
    assert routine.drills[0].cue == "Drive the heel up"


def test_the_kind_and_sides_show_only_their_fields_and_keep_the_others(qtbot, editor):
    page = open_new_drill(qtbot, editor)
    qtbot.keyClicks(page.fields["name"], "Pogo")
    qtbot.keyClicks(page.fields["cue"], "Stiff ankles")
    retype(qtbot, page.fields["hold_s.default"], "20")
    page.fields["kind"].setCurrentIndex(page.fields["kind"].findData("cadence-paced"))
    assert not page.fields["hold_s.default"].isVisible()
    assert page.fields["cadence_s"].isVisible()
    assert "Needed" in page.problems["cadence_s"].text()
    assert not page.save_button.isEnabled()
    retype(qtbot, page.fields["cadence_s"], "1.5")
    assert page.save_button.isEnabled()
    page.fields["sides"].setCurrentIndex(page.fields["sides"].findData("alternate"))
    assert "Expected \"both\" for a paced drill" in page.problems["sides"].text()
    page.fields["sides"].setCurrentIndex(page.fields["sides"].findData("both"))
    page.fields["kind"].setCurrentIndex(page.fields["kind"].findData("hold"))
    assert page.fields["hold_s.default"].text() == "20"  # nothing typed was lost
    page.fields["kind"].setCurrentIndex(page.fields["kind"].findData("cadence-paced"))
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    drill = editor.opened.draft.places[-1].drill
    assert drill.kind is DrillKind.PACED and drill.cadence_s == 1.5 and drill.hold_s is None
    assert drill.sides is Sides.BOTH


def test_a_built_in_drill_is_copied_to_edit_and_replaces_it_in_this_routine(qtbot, editor,
                                                                              config):
    editor.library_box.setCurrentIndex(editor.library_box.findData("sprinter-press"))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    assert editor.edit_drill_button.text() == "Copy drill to edit"
    qtbot.mouseClick(editor.edit_drill_button, Qt.MouseButton.LeftButton)
    page = editor.drill_page
    assert page.fields["name"].text() == "Sprinter press (mine)"
    retype(qtbot, page.fields["reps.default"], "9")  # one leg at a time: even
    assert "even number" in page.problems["reps"].text()
    retype(qtbot, page.fields["reps.default"], "10")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert editor.opened.draft.places[0].drill.name == "Sprinter press (mine)"
    assert editor.opened.draft.places[0].choice.reps == 10
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    file = next((config / "routines").glob("*.json"))
    document = json.loads(file.read_text())
    assert document["drills"][0]["name"] == "Sprinter press (mine)"
    assert document["drills"][0]["id"] != "sprinter-press"


def test_leaving_an_edited_drill_asks_and_esc_without_changes_goes_back(qtbot, editor):
    page = open_new_drill(qtbot, editor)
    qtbot.keyClick(page.fields["name"], Qt.Key.Key_Escape)
    assert editor.drill_page is None  # nothing typed: straight back
    page = open_new_drill(qtbot, editor)
    qtbot.keyClicks(page.fields["name"], "Half")
    qtbot.keyClick(page.fields["name"], Qt.Key.Key_Escape)
    page.question.escapeButton().click()  # "Stay"
    assert editor.drill_page is page and page.fields["name"].text() == "Half"
    qtbot.keyClick(page.fields["name"], Qt.Key.Key_Escape)
    assert page.question.defaultButton().text() == "Stay"  # Esc, Enter never loses the drill
    page.question.yes_button.click()
    assert editor.drill_page is None
    assert all(place.drill.name != "Half" for place in editor.opened.draft.places)


def test_a_drill_on_the_left_leg_then_the_right_is_made_and_runs_that_way(qtbot, editor, config):
    from isohold.core.phases import PhaseKind, Side
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import compile_timeline

    page = open_new_drill(qtbot, editor)
    qtbot.keyClicks(page.fields["name"], "Single-leg calf hold")
    qtbot.keyClicks(page.fields["cue"], "Up on one forefoot, hold")
    page.fields["sides"].setCurrentIndex(page.fields["sides"].findData("left_then_right"))
    retype(qtbot, page.fields["reps.default"], "5")  # odd: the legs would not get the same
    assert "even number" in page.problems["reps"].text() and not page.save_button.isEnabled()
    retype(qtbot, page.fields["reps.default"], "6")
    assert page.save_button.isEnabled(), page.verdict.text()
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    qtbot.keyClick(editor.places, Qt.Key.Key_S, CTRL)
    routine = next(r for r in load_routines(config).routines if r.name == "Calf day")
    drill = routine.drills[0]
    assert drill.sides is Sides.LEFT_THEN_RIGHT
    holds = [p for p in compile_timeline(SessionPlan(routine)).phases if p.kind is PhaseKind.HOLD]
    half, sets = holds[0].reps // 2, holds[0].sets
    assert [p.side for p in holds] == ([Side.LEFT] * half + [Side.RIGHT] * half) * sets
