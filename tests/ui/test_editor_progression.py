"""The editors keep a drill's progression (routine format version 2): the form does not show
it, so a drill copied, edited and saved steps the way it did, less only the steps that no
longer fit what was edited."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from isohold.core.loader import load_routines
from isohold.core.routine_store import RoutineStore
from isohold.core.routines import Change, Step
from isohold.ui.editor.routine_page import RoutineEditor


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
    qtbot.keyClicks(page.name_edit, "Calf day")
    return page


def retype(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def copy_to_edit(qtbot, editor, drill_id: str):
    editor.library_box.setCurrentIndex(editor.library_box.findData(drill_id))
    qtbot.mouseClick(editor.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(editor.edit_drill_button, Qt.MouseButton.LeftButton)
    page = editor.drill_page
    assert page is not None and page.isVisible()
    return page


def saved_drill(qtbot, editor, config) -> tuple[dict, object]:
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert "Saved" in editor.status.text()
    document = json.loads(next((config / "routines").glob("*.json")).read_text("utf-8"))
    assert document["version"] == 2
    found = load_routines(config)
    assert found.problems == []
    routine = next(r for r in found.routines if r.name == "Calf day")
    return document["drills"][0], routine.drills[0]


def test_a_copied_drill_keeps_its_progression_when_saved(qtbot, editor, config):
    page = copy_to_edit(qtbot, editor, "drop-jumps")
    retype(qtbot, page.fields["box_height_cm.max"], "50")  # a lower top for this athlete
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    entry, drill = saved_drill(qtbot, editor, config)
    assert entry["name"] == "Drop and block jumps (mine)"
    assert entry["progression"] == [{"change": "box_height_cm", "by": 5},
                                    {"change": "sets", "by": 1}]
    assert drill.progression == (Step(Change.BOX_HEIGHT_CM, 5), Step(Change.SETS, 1))
    assert drill.box_height_cm.max == 50


def test_a_hold_made_paced_loses_only_its_hold_step(qtbot, editor, config):
    page = copy_to_edit(qtbot, editor, "wall-press-straight")
    page.fields["kind"].setCurrentIndex(page.fields["kind"].findData("user-paced"))
    assert page.save_button.isEnabled(), {k: v.text() for k, v in page.problems.items()}
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    entry, drill = saved_drill(qtbot, editor, config)
    assert entry["kind"] == "paced"
    assert entry["progression"] == [{"change": "reps", "by": 1}]
    assert drill.progression == (Step(Change.REPS, 1),)


def test_a_hold_cap_below_a_raised_range_is_dropped_not_refused(qtbot, editor, config):
    page = copy_to_edit(qtbot, editor, "wall-press-bent")
    retype(qtbot, page.fields["hold_s.min"], "20")
    retype(qtbot, page.fields["hold_s.default"], "20")
    retype(qtbot, page.fields["hold_s.max"], "30")
    assert page.save_button.isEnabled(), {k: v.text() for k, v in page.problems.items()}
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    entry, drill = saved_drill(qtbot, editor, config)
    assert entry["progression"] == [{"change": "reps", "by": 1},
                                    {"change": "hold_s", "by": 2}]
    assert drill.hold_s.max == 30
