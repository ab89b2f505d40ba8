"""The routine editor, driven by keys and the mouse: what gets saved loads with the loader and
compiles to the same timeline the editor shows; problems are said and block saving; a file
changed on disk is not written over; delete asks and can be undone."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from isohold.core.loader import load_routines
from isohold.core.routine_store import RoutineStore
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.ui.editor.routine_page import RoutineEditor

ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def config(tmp_path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def editor(qtbot, config):
    page = RoutineEditor(RoutineStore(config / "routines"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def click(qtbot, button) -> None:
    assert button.isVisible() and button.isEnabled(), button.objectName()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def add_from_library(qtbot, editor, drill_id: str) -> None:
    editor.library_box.setFocus()
    editor.library_box.setCurrentIndex(editor.library_box.findData(drill_id))
    click(qtbot, editor.add_button)


def names(editor) -> list[str]:
    return [place.drill.name for place in editor.opened.draft.places]


def answer(editor, yes: bool) -> None:
    box = editor.question
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.escapeButton()  # the safe answer is Enter's, and Esc's
    button = box.yes_button if yes else box.escapeButton()
    button.click()


def new_routine_by_keys(qtbot, editor, name: str) -> None:
    qtbot.keyClick(editor.routine_list, Qt.Key.Key_N, CTRL)  # Ctrl+N: a new routine
    assert editor.name_edit.hasFocus()
    qtbot.keyClicks(editor.name_edit, name)


def loaded(config: Path, name: str):
    found = load_routines(config)
    assert found.problems == []
    return next(routine for routine in found.routines if routine.name == name)


def test_a_routine_made_by_keys_loads_and_compiles_to_the_editors_timeline(qtbot, editor,
                                                                            config):
    new_routine_by_keys(qtbot, editor, "Heavy day")
    add_from_library(qtbot, editor, "wall-press-straight")
    add_from_library(qtbot, editor, "drop-jumps")
    add_from_library(qtbot, editor, "wall-press-straight")  # a drill may appear twice
    assert names(editor) == ["Wall calf press (straight leg)", "Drop and block jumps",
                             "Wall calf press (straight leg)"]
    # Reorder by keys: the drop jumps first
    editor.places.setFocus()
    editor.places.setCurrentRow(1)
    qtbot.keyClick(editor.places, Qt.Key.Key_Up, ALT)
    assert names(editor)[0] == "Drop and block jumps"
    assert editor.places.currentRow() == 0
    qtbot.keyClick(editor.places, Qt.Key.Key_Down, CTRL)
    qtbot.keyClick(editor.places, Qt.Key.Key_Up, CTRL)
    assert names(editor)[0] == "Drop and block jumps"
    # Change choices: 4 sets of drop jumps; the last wall press holds 9 reps
    sets = editor.choices.boxes["sets"]
    sets.setFocus()
    estimate = editor.estimate.text()
    qtbot.keyClick(sets, Qt.Key.Key_Up)
    assert editor.opened.draft.places[0].choice.sets == 4
    assert editor.estimate.text() != estimate  # the estimate follows
    editor.places.setCurrentRow(2)
    reps = editor.choices.boxes["reps"]
    reps.setFocus()
    qtbot.keyClick(reps, Qt.Key.Key_Up)
    assert editor.opened.draft.places[2].choice.reps == 9
    assert editor.opened.draft.places[1].choice.reps == 8  # the other place keeps its own
    plan_before = editor.plan()
    with qtbot.waitSignal(editor.routines_changed):
        qtbot.keyClick(reps, Qt.Key.Key_S, CTRL)
    assert "Saved" in editor.status.text()
    routine = loaded(config, "Heavy day")
    timeline = compile_timeline(SessionPlan(routine))
    assert timeline.phases == compile_timeline(editor.plan()).phases
    # ... and is the session the editor showed before saving (the drills under new ids)
    before = compile_timeline(plan_before).phases
    assert [(p.kind, p.duration_s, p.side, p.drill and p.drill.name) for p in timeline.phases] \
        == [(p.kind, p.duration_s, p.side, p.drill and p.drill.name) for p in before]
    # The changed places are drills of the file's own; the unchanged one is the built-in
    document = json.loads(next((config / "routines").glob("*.json")).read_text())
    ids = document["routines"][0]["drills"]
    assert ids[1] == "wall-press-straight"
    assert ids[0] != "drop-jumps" and ids[2] not in ("wall-press-straight", ids[0])
    assert {drill["id"] for drill in document["drills"]} == {ids[0], ids[2]}
    assert not editor.opened.edited


def test_drag_moves_a_drill(qtbot, editor):
    click(qtbot, editor.new_button)
    for drill_id in ("wall-press-straight", "wall-press-bent", "drop-jumps"):
        add_from_library(qtbot, editor, drill_id)
    editor.places.setCurrentRow(0)
    editor.move_place(0, 2)  # what a drop on the last row asks for
    assert names(editor)[2] == "Wall calf press (straight leg)"
    click(qtbot, editor.up_button)
    assert names(editor)[1] == "Wall calf press (straight leg)"


def test_a_routine_without_a_name_or_drills_is_not_saved_and_says_why(qtbot, editor, config):
    new_routine_by_keys(qtbot, editor, "")
    editor.name_edit.selectAll()
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Delete)
    click(qtbot, editor.save_button)
    assert editor.field_problems["name"].isVisible()
    assert "needs a name" in editor.field_problems["name"].text()
    assert "at least one drill" in editor.field_problems["drills"].text()
    assert "Not saved" in editor.status.text()
    assert not list((config / "routines").glob("*.json"))


def test_built_in_routines_are_read_only_and_duplicated_to_edit(qtbot, editor, config):
    assert editor.opened.read_only
    assert editor.name_edit.isReadOnly() and not editor.save_button.isEnabled()
    click(qtbot, editor.duplicate_button)
    assert editor.name_edit.text() == "Isometric holds (copy)"
    assert not editor.name_edit.isReadOnly()
    click(qtbot, editor.save_button)
    assert loaded(config, "Isometric holds (copy)").drills == \
        load_routines(config).routine("iso-holds").drills


def test_delete_asks_and_undo_puts_it_back(qtbot, editor, config):
    click(qtbot, editor.duplicate_button)
    click(qtbot, editor.save_button)
    file = editor.opened.own.file
    click(qtbot, editor.delete_button)
    answer(editor, yes=False)  # "Keep it"
    assert file.exists()
    click(qtbot, editor.delete_button)
    with qtbot.waitSignal(editor.routines_changed):
        answer(editor, yes=True)
    assert not file.exists()
    assert all("(copy)" not in editor.routine_list.item(row).text()
               for row in range(editor.routine_list.count()))
    assert "Undo" in editor.status.text()
    with qtbot.waitSignal(editor.routines_changed):
        click(qtbot, editor.undo_button)
    assert file.exists()
    assert editor.opened.draft.name == "Isometric holds (copy)"
    assert loaded(config, "Isometric holds (copy)")


def test_a_file_changed_on_disk_is_not_written_over(qtbot, editor, config):
    click(qtbot, editor.duplicate_button)
    click(qtbot, editor.save_button)
    file = editor.opened.own.file
    # Another program changes the file while it is open here
    document = json.loads(file.read_text())
    document["routines"][0]["description"] = "Changed elsewhere."
    file.write_text(json.dumps(document))
    theirs = file.read_bytes()
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Mine")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    assert file.read_bytes() == theirs  # not written over
    assert "changed on disk" in editor.status.text()
    assert editor.name_edit.text() == "Mine"  # nothing typed is lost
    with qtbot.waitSignal(editor.routines_changed):
        click(qtbot, editor.save_beside_button)
    found = load_routines(config)
    assert found.problems == []
    shown = {routine.name: routine for routine in found.routines}
    assert "Mine (2)" in shown and shown["Isometric holds (copy)"].description == \
        "Changed elsewhere."


def test_leaving_with_unsaved_edits_asks(qtbot, editor):
    click(qtbot, editor.new_button)
    qtbot.keyClicks(editor.name_edit, "x")
    with qtbot.assertNotEmitted(editor.closed):
        qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
        answer(editor, yes=False)  # "Stay"
    assert editor.name_edit.text().endswith("x")
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_Escape)
    with qtbot.waitSignal(editor.closed):
        answer(editor, yes=True)


def test_esc_leaves_at_once_when_nothing_changed(qtbot, editor):
    with qtbot.waitSignal(editor.closed):
        qtbot.keyClick(editor.routine_list, Qt.Key.Key_Escape)


def test_another_routine_is_not_opened_over_unsaved_edits_without_asking(qtbot, editor):
    click(qtbot, editor.duplicate_button)
    click(qtbot, editor.save_button)
    editor.description_edit.setFocus()
    qtbot.keyClicks(editor.description_edit, " More.")
    editor.routine_list.setCurrentRow(editor.routine_list.count() - 1)
    assert "More." in editor.description_edit.text()  # still the edited one
    answer(editor, yes=True)
    assert editor.opened.read_only  # now the built-in one


def test_import_checks_the_file_and_says_what_is_wrong(qtbot, editor, config, tmp_path):
    bad = tmp_path / "bad.json"
    bad.write_text('{"version": 1, "routines": [{"id": "x", "name": "X", "drills": '
                   '["wall-pres-straight"]}]}')
    assert not editor.import_file(bad)
    assert "bad.json was not imported" in editor.status.text()
    assert 'did you mean "wall-press-straight"' in editor.status.text()
    assert not list((config / "routines").glob("*.json"))
    good = tmp_path / "good.json"
    good.write_text('{"version": 1, "routines": [{"id": "x", "name": "Shared", "drills": '
                    '["wall-press-straight", "drop-jumps"]}]}')
    assert editor.import_file(good)
    assert loaded(config, "Shared").drills[1].id == "drop-jumps"
    assert editor.opened.draft.name == "Shared" and not editor.opened.edited


def test_export_and_print_write_their_files(qtbot, editor, tmp_path):
    click(qtbot, editor.duplicate_button)
    out = tmp_path / "shared.json"
    assert editor.export_to(out)
    found = RoutineStore(tmp_path / "elsewhere").read(out)
    assert found.routine.name == "Isometric holds (copy)"
    pdf = tmp_path / "plan.pdf"
    assert editor.print_to(pdf)
    assert pdf.read_bytes().startswith(b"%PDF")


def test_every_control_is_reached_by_tab_with_one_focus(qtbot, editor):
    click(qtbot, editor.duplicate_button)
    click(qtbot, editor.save_button)
    editor.routine_list.setFocus()
    seen = []
    for _ in range(60):
        widget = QApplication.focusWidget()
        seen.append(widget.objectName() or type(widget).__name__)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    for name in ("routineList", "newRoutine", "importRoutine", "routineName",
                 "routineDescription", "places", "moveDown", "removeDrill", "editDrill",
                 "library", "addDrill", "newDrill", "choice_reps", "back", "deleteRoutine",
                 "exportRoutine", "printRoutine", "saveRoutine"):
        assert name in seen, name
    # in the order they are on screen: the picked drill's choices right after its buttons
    start = seen.index("editDrill")
    assert seen[start + 1].startswith("choice_") and "library" in seen[start + 2:start + 6], seen


def test_a_routine_from_the_menu_opens_in_the_editor(qtbot, editor, config):
    click(qtbot, editor.duplicate_button)
    click(qtbot, editor.save_button)
    own = loaded(config, "Isometric holds (copy)")  # as the menu has it
    editor.routine_list.setCurrentRow(editor.routine_list.count() - 1)
    assert editor.opened.read_only
    assert editor.show_routine(own)
    assert editor.opened.draft.name == "Isometric holds (copy)" and not editor.opened.read_only
    assert editor.show_routine(load_routines(config).routine("dynamic"))
    assert editor.opened.read_only and editor.opened.draft.name == "Dynamic drills"


def test_picking_another_drill_shows_only_its_choices(qtbot, editor):
    from PySide6.QtWidgets import QDoubleSpinBox

    click(qtbot, editor.duplicate_button)
    add_from_library(qtbot, editor, "drop-jumps")
    for row, expected in ((2, {"choice_reps", "choice_hold_s", "choice_switch_s"}),
                          (3, {"choice_sets", "choice_box_height_cm", "choice_rest_s"})):
        editor.places.setCurrentRow(row)
        QApplication.processEvents()  # the new boxes shown (the old ones wait to be deleted)
        shown = {box.objectName() for box in editor.choices.findChildren(QDoubleSpinBox)
                 if box.isVisible()}
        assert shown == expected


def test_a_save_the_system_refuses_says_why_and_keeps_the_edits(qtbot, editor, monkeypatch):
    """The status said Python's "[Errno 28] No space left on device: '...'"; it now says
    Not saved, the file and the system's reason, and what was typed stays."""
    click(qtbot, editor.duplicate_button)
    editor.name_edit.setFocus()
    editor.name_edit.selectAll()
    qtbot.keyClicks(editor.name_edit, "Mine")

    def full(*_args, **_kwargs):
        raise OSError(28, "No space left on device", "/data/routines/mine.json")

    monkeypatch.setattr(editor.routine_store, "save", full)
    qtbot.keyClick(editor.name_edit, Qt.Key.Key_S, CTRL)
    assert editor.status.text() == \
        "Not saved: /data/routines/mine.json: No space left on device"
    assert editor.name_edit.text() == "Mine" and editor.opened.edited
