"""The routine editor and the drill editor under the pseudo-language: every visible word of
both pages (labels, buttons, placeholders, list and choice items, spin boxes' units, the
status line) and of the questions they ask is wrapped, so a text that does not go through
translation shows at once. Routine files' problems come from the core's loader and are taken
out before looking (not this screen's words)."""

from __future__ import annotations

import json

import pytest
from PySide6.QtWidgets import QAbstractSpinBox, QApplication, QComboBox, QListWidget

from isohold.core.routine_store import RoutineStore
from tests.ui.test_language_pseudo import (  # noqa: F401 (fixtures, found by name)
    bare_words, pseudo, pseudo_catalogue, unwrapped_texts)


def unwrapped(page) -> list[str]:
    """`unwrapped_texts` and the items of the page's lists and choice boxes, the units of its
    spin boxes."""
    texts = unwrapped_texts(page)
    for view in page.findChildren(QListWidget):
        if view.isVisibleTo(page):
            texts += [view.item(row).text() for row in range(view.count())
                      if bare_words(view.item(row).text())]
    for combo in page.findChildren(QComboBox):
        if combo.isVisibleTo(page):
            texts += [combo.itemText(i) for i in range(combo.count())
                      if bare_words(combo.itemText(i))]
    for box in page.findChildren(QAbstractSpinBox):
        if box.isVisibleTo(page):
            texts += [box.text()] if bare_words(box.text()) else []
    return texts


@pytest.fixture
def editor(qtbot, pseudo, tmp_path):
    from isohold.ui.editor.routine_page import RoutineEditor

    page = RoutineEditor(RoutineStore(tmp_path / "routines"))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    return page


def every_place(editor) -> list[str]:
    """What is unwrapped with each drill of the open routine picked in turn."""
    found = []
    for row in range(editor.places.count()):
        editor.places.setCurrentRow(row)
        QApplication.processEvents()
        found += unwrapped(editor)
    return found


def test_every_built_in_routine_is_wrapped_read_only(editor):
    """The list (the built-in routines in the catalogue's words), the read-only note, each
    routine's name, description, drills, estimate and each drill's choices."""
    for row in range(editor.routine_list.count()):
        editor.routine_list.setCurrentRow(row)
        assert editor.opened.read_only
        assert unwrapped(editor) == [], row
        assert every_place(editor) == [], row


def test_editing_a_copy_is_wrapped(qtbot, editor, tmp_path):
    """A duplicated routine (its name made in the language), its choices, Save changes, Not
    saved, the delete question, Undo, a file changed on disk, export and print notices."""
    editor.routine_list.setCurrentRow(editor.routine_list.count() - 1)
    editor.duplicate()
    # the copy's name and description in the language, as the built-in one showed them
    assert editor.name_edit.text().startswith("[!!")
    assert editor.description_edit.text().startswith("[!!")
    assert unwrapped(editor) == [] and every_place(editor) == []
    editor.save()
    assert unwrapped(editor) == []  # Saved "..." (file)
    editor.name_edit.setText("")
    editor._change(name="")
    editor.save()  # Not saved: a name is needed
    assert editor.status.isVisible() and unwrapped(editor) == []
    editor._change(name="[!! Mine !!]")
    assert editor.save_button.text() == "[!! Save changes !!]"
    editor._ask_to_drop(lambda: None)
    assert unwrapped(editor.question) == []
    editor.question.done(0)
    # another program changes the file: not written over, said in the language
    file = editor.opened.own.file
    document = json.loads(file.read_text())
    document["routines"][0]["description"] = "[!! Changed elsewhere !!]"
    file.write_text(json.dumps(document))
    editor.save()
    assert editor.save_beside_button.isVisible()
    assert unwrapped(editor) == []
    editor.save_beside()
    assert unwrapped(editor) == []
    assert editor.export_to(tmp_path / "out.json") and unwrapped(editor) == []
    assert not editor.export_to(tmp_path / "no" / "such" / "out.json")
    assert unwrapped(editor) == []
    assert editor.print_to(tmp_path / "plan.pdf") and unwrapped(editor) == []
    editor.delete()
    assert unwrapped(editor.question) == []
    editor.question.yes_button.click()
    assert editor.undo_button.isVisible() and unwrapped(editor) == []
    editor.undo_delete()
    assert unwrapped(editor) == []


def test_a_new_routine_and_a_broken_file_are_wrapped(qtbot, pseudo, tmp_path):
    from isohold.ui.editor.routine_page import RoutineEditor

    folder = tmp_path / "routines"
    folder.mkdir()
    (folder / "broken.json").write_text("{")
    page = RoutineEditor(RoutineStore(folder))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    row = next(row for row in range(page.routine_list.count())
               if page.routine_list.item(row).text().startswith("[!!"))
    page.routine_list.setCurrentRow(row)
    # "broken.json cannot be opened:" then the loader's own lines (the core's words)
    said = page.status.text().split("\n")
    assert said[0].startswith("[!!") and not bare_words(said[0])
    page.new_routine()
    assert unwrapped(page) == []  # "No drills yet", Add at least one drill
    page.name_edit.setText("")
    page._change(name="")
    assert page.field_problems["name"].isVisible()
    assert unwrapped(page) == []
    page.leave()
    assert unwrapped(page.question) == []  # the unnamed routine's changes
    page.question.done(0)


@pytest.mark.parametrize("kind", ["hold", "user-paced", "cadence-paced"])
def test_the_drill_editor_is_wrapped(qtbot, editor, kind):
    """A new drill (its problems before anything is typed), of each kind and every way of
    working the legs, with a wrong number; a built-in drill's copy; the leave question."""
    editor.new_routine()
    editor.new_drill()
    page = editor.drill_page
    assert unwrapped(page) == []  # "Needed" beside the name and the cue; the fields to fix
    page.fields["kind"].setCurrentIndex(page.fields["kind"].findData(kind))
    for sides in ("both", "alternate", "left_then_right"):
        page.fields["sides"].setCurrentIndex(page.fields["sides"].findData(sides))
        assert unwrapped(page) == [], sides
    page.fields["reps.max"].setText("nine")  # expected a number
    page.fields["sets.default"].setText("2.5")  # expected a whole number
    page.fields["sets.min"].setText("")
    page.fields["cadence_s"].setText("x")
    assert page.problems["reps"].isVisible() and page.problems["sets"].isVisible()
    assert unwrapped(page) == []
    page.leave()
    assert unwrapped(page.question) == []
    page.question.yes_button.click()
    editor.library_box.setCurrentIndex(editor.library_box.findData("sprinter-press"))
    editor.add_drill()
    editor.edit_drill()  # a copy of a built-in drill, in the language
    page = editor.drill_page
    assert all(page.fields[name].text().startswith("[!!") for name in ("name", "cue", "how"))
    assert unwrapped(page) == []
    page.save()
    assert unwrapped(editor) == []  # "... is in this routine; save the routine to keep it"
