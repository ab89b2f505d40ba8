"""The routine editor: the athlete's routines (and the built-in ones, read only), one open at a
time, with its name, description, drills in order and the choices for each.

On the left, the routines: the athlete's own first, then the built-in ones, which open read
only with "Duplicate to edit". On the right, the open routine: its name and description, the
time it takes (following every change, by the menu's rule), its drills (reorder with
Alt+Up/Alt+Down, Ctrl+Up/Ctrl+Down or by dragging; Delete removes one; a drill may be listed
twice), drills to add from the library, and the picked drill's choices. Along the foot: Back,
Delete, Export, Print and Save (Ctrl+S).

Saving goes through `RoutineStore` (checked by the loader's rules, written atomically); a file
that changed on disk since it was opened is never written over: the page says so in words
and offers to save the athlete's version beside it. Deleting asks, and Undo (Ctrl+Z) puts
the routine back. Leaving, or opening another routine, with changes not saved asks first.

The page emits `closed` (back to the menu) and `routines_changed` (a routine was saved,
deleted, imported or brought back: the menu reloads).

Its words are in the athlete's language (context `RoutineEditor`); a built-in routine's and
drill's name and description come from the catalogue, as the menu shows them, and a copy of
one is named in that language. What the loader says of a file (a routine file's problems, by
line) comes from the core as it is.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QFileDialog, QGridLayout, QHBoxLayout, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QStackedWidget,
                               QVBoxLayout, QWidget)

from isohold.core.loader import built_in_file
from isohold.core.routine_file import file_label
from isohold.core.routine_store import (ChangedOnDisk, OwnRoutine, RoutineProblems, RoutineStore,
                                    Trashed, built_in_drills, numbered_name, routine_bytes)
from isohold.core.routines import Drill, DrillKind, Range, Routine, Sides
from isohold.core.session_defaults import SessionDefaults
from isohold.ui.editor.draft import RoutineDraft, library
from isohold.ui.editor.parts import (ButtonRow, UpAndDown, ask, fit_items, keys_line,
                                     page_style, problem_label, show_problem)
from isohold.ui.editor.places import ChoicesForm, PlacesList, shown_name
from isohold.ui.language import routine_text, translated_drill
from isohold.ui.shared.clock_text import duration_text
from isohold.ui.shared.labels import Translated, counted, filled, plain_label
from isohold.ui.shared.said import error_text, said_lines


class Opened:
    """The routine open on the right: where it comes from and what it was when opened."""

    def __init__(self, draft: RoutineDraft, own: OwnRoutine | None = None,
                 read_only: bool = False) -> None:
        self.own = own  # None: not saved yet (new, duplicated or imported)
        self.read_only = read_only  # a built-in routine
        self.draft = draft
        self.saved = draft

    @property
    def edited(self) -> bool:
        return not self.read_only and (self.own is None or self.draft != self.saved)


class RoutineEditor(Translated, QWidget):
    closed = Signal()
    routines_changed = Signal()

    def __init__(self, store: RoutineStore | None = None,
                 defaults: SessionDefaults = SessionDefaults(),
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="routineEditor")
        self.routine_store = store or RoutineStore()
        self.defaults = defaults
        self.built_in = built_in_file()
        self.shipped = built_in_drills()
        self.own: list[OwnRoutine] = []
        self.unreadable: list[tuple[Path, str]] = []
        self.opened: Opened | None = None
        self.trashed: Trashed | None = None
        self.question = None
        self.drill_page = None
        self.setStyleSheet(page_style())
        self.stack = QStackedWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)
        self.main = QWidget(objectName="routinesPage")
        self.stack.addWidget(self.main)
        self._build(self.main)
        for keys, action in ((QKeySequence.StandardKey.Save, self.save),
                             (QKeySequence.StandardKey.Undo, self.undo_delete),
                             (QKeySequence.StandardKey.New, self.new_routine)):
            QShortcut(keys, self.main, activated=action,
                      context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reload()
        self.routine_list.setCurrentRow(0)

    # -- building ---------------------------------------------------------------------------
    def _build(self, page: QWidget) -> None:
        outer = QVBoxLayout(page)
        outer.setContentsMargins(28, 14, 28, 14)
        outer.setSpacing(10)
        top = QHBoxLayout()
        top.addWidget(plain_label(self.tr("Your routines"), "editorTitle"), 0,
                      Qt.AlignmentFlag.AlignTop)
        keys = keys_line(self.tr("Tab next"), self.tr("Alt+\u2191 \u2193 move drill"),
                         self.tr("Ctrl+S save"), self.tr("Esc back"))
        self.hint = plain_label(keys, "editorHint")  # wraps beside the title if need be
        self.hint.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        top.addWidget(self.hint, 1)
        outer.addLayout(top)
        middle = QHBoxLayout()
        middle.setSpacing(20)
        outer.addLayout(middle, 1)
        left = QVBoxLayout()
        self.routine_list = QListWidget(objectName="routineList")
        self.routine_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.routine_list.setWordWrap(True)
        self.routine_list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.routine_list.setResizeMode(QListWidget.ResizeMode.Adjust)  # long names wrap
        self.routine_list.currentRowChanged.connect(self._routine_picked)
        self.routine_list.viewport().installEventFilter(self)  # items fit its width: fit_items
        left.addWidget(self.routine_list, 1)
        self.new_button = self._button(self.tr("New routine"), "newRoutine", self.new_routine, left)
        self.import_button = self._button(self.tr("Import\u2026"), "importRoutine", self.import_dialog,
                                          left)
        middle.addLayout(left, 3)

        body = QWidget(objectName="editorBody")
        form = QVBoxLayout(body)
        form.setContentsMargins(0, 0, 12, 0)
        form.setSpacing(6)
        self.read_only_note = plain_label(self.tr("A built-in routine: read only. Duplicate "
                                                  "it to edit a copy of your own."), "readOnly")
        form.addWidget(self.read_only_note)
        self.duplicate_button = self._button(self.tr("Duplicate to edit"), "duplicate", self.duplicate,
                                             form, Qt.AlignmentFlag.AlignLeft)
        fields = QGridLayout()
        fields.setHorizontalSpacing(16)
        fields.setVerticalSpacing(4)
        fields.setColumnStretch(1, 1)
        self.name_edit = QLineEdit(objectName="routineName")
        self.name_edit.setAccessibleName(self.tr("Routine name"))
        self.name_edit.textEdited.connect(lambda text: self._change(name=text))
        self.description_edit = QLineEdit(objectName="routineDescription")
        self.description_edit.setAccessibleName(self.tr("Description"))
        self.description_edit.textEdited.connect(lambda text: self._change(description=text))
        self.field_problems = {}
        for row, (name, label, edit) in enumerate((("name", self.tr("Name"), self.name_edit),
                                                   ("description", self.tr("Description"),
                                                    self.description_edit))):
            title = plain_label(label, "fieldLabel")
            title.setBuddy(edit)
            fields.addWidget(title, row * 2, 0)
            fields.addWidget(edit, row * 2, 1)
            self.field_problems[name] = problem_label()
            fields.addWidget(self.field_problems[name], row * 2 + 1, 1)
        form.addLayout(fields)
        self.estimate = plain_label("", "estimate")
        form.addWidget(self.estimate)
        form.addWidget(plain_label(self.tr("Drills"), "sectionTitle"))
        self.places = PlacesList()
        self.places.currentRowChanged.connect(self._place_picked)
        self.places.move_requested.connect(self.move_place)
        self.places.remove_requested.connect(self.remove_place)
        form.addWidget(self.places)
        self.field_problems["drills"] = problem_label()
        form.addWidget(self.field_problems["drills"])
        self.up_button = self._button(self.tr("Move up"), "moveUp", lambda: self._move_by(-1))
        self.down_button = self._button(self.tr("Move down"), "moveDown", lambda: self._move_by(1))
        self.remove_button = self._button(self.tr("Remove"), "removeDrill",
                                          lambda: self.remove_place(self.places.currentRow()))
        self.edit_drill_button = self._button(self.tr("Copy drill to edit"), "editDrill",
                                              self.edit_drill)
        form.addWidget(ButtonRow([self.up_button, self.down_button, self.remove_button,
                                  self.edit_drill_button]))
        self.choices_title = plain_label("", "sectionTitle")
        form.addWidget(self.choices_title)
        self.choices = ChoicesForm()
        self.choices.chosen.connect(self.choose)
        form.addWidget(self.choices)
        form.addWidget(plain_label(self.tr("Add a drill"), "sectionTitle"))
        self.library_box = QComboBox(objectName="library")
        self.library_box.setAccessibleName(self.tr("Drill to add"))
        self.library_box.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.library_box.setMinimumContentsLength(12)
        self.add_button = self._button(self.tr("Add drill"), "addDrill", self.add_drill)
        self.new_drill_button = self._button(self.tr("New drill"), "newDrill", self.new_drill)
        form.addWidget(ButtonRow([self.library_box, self.add_button, self.new_drill_button],
                                 stretch_first=True))
        self.choices.tab_before, self.choices.tab_after = self.edit_drill_button, self.library_box
        form.addStretch(1)
        self.scroll = UpAndDown(body)
        middle.addWidget(self.scroll, 7)

        self.status = plain_label("", "status")
        self.status.hide()
        status_row = QHBoxLayout()
        status_row.addWidget(self.status, 1)
        self.save_beside_button = self._button(self.tr("Save mine beside it"), "saveBeside",
                                               self.save_beside, status_row)
        self.undo_button = self._button(self.tr("Undo delete"), "undoDelete", self.undo_delete,
                                        status_row)
        self.save_beside_button.hide()
        self.undo_button.hide()
        outer.addLayout(status_row)
        foot = QHBoxLayout()
        self.back_button = self._button(self.tr("Back"), "back", self.leave, foot)
        foot.addStretch(1)
        self.delete_button = self._button(self.tr("Delete"), "deleteRoutine", self.delete, foot)
        self.export_button = self._button(self.tr("Export\u2026"), "exportRoutine", self.export_dialog,
                                          foot)
        self.print_button = self._button(self.tr("Print\u2026"), "printRoutine", self.print_dialog, foot)
        self.save_button = self._button(self.tr("Save"), "saveRoutine", self.save, foot)
        outer.addLayout(foot)

    def _button(self, text: str, name: str, action, layout=None, align=None) -> QPushButton:
        button = QPushButton(text, objectName=name)
        button.clicked.connect(action)
        if layout is None:
            return button
        if align is None:
            layout.addWidget(button)
        else:
            layout.addWidget(button, 0, align)
        return button

    # -- the list of routines ---------------------------------------------------------------
    def reload(self, pick: Path | str | None = None) -> None:
        """Read the folder again; pick the routine of file `pick` (or a built-in id)."""
        self.own, self.unreadable = [], []
        try:
            files = sorted(self.routine_store.folder.glob("*.json"))
        except OSError:
            files = []
        for file in files:
            if file.name.startswith("."):
                continue
            try:
                self.own.append(self.routine_store.read(file))
            except RoutineProblems as error:
                self.unreadable.append((file, said_lines(error.problems)))
        self.routine_list.blockSignals(True)
        self.routine_list.clear()
        for own in self.own:
            self._list_item(own.routine.name, ("own", str(own.file)))
        for file, _ in self.unreadable:
            self._list_item(filled(self.tr("%1 (cannot be opened)", "a file name"), file.name),
                            ("broken", str(file)))
        for routine in self.built_in.routines:
            self._list_item(filled(self.tr("%1 (built-in)", "a routine's name"),
                                   routine_text(routine.id, "name", routine.name)),
                            ("built-in", routine.id))
        self.routine_list.blockSignals(False)
        fit_items(self.routine_list)
        self._fill_library()
        if pick is not None:
            for row in range(self.routine_list.count()):
                if self.routine_list.item(row).data(Qt.ItemDataRole.UserRole)[1] == str(pick):
                    self.routine_list.blockSignals(True)
                    self.routine_list.setCurrentRow(row)
                    self.routine_list.blockSignals(False)

    def show_routine(self, routine: Routine) -> bool:
        """Open `routine` (from the menu: one of the athlete's by its file, a built-in one by
        its id); False when it is neither."""
        for row in range(self.routine_list.count()):
            kind, key = self.routine_list.item(row).data(Qt.ItemDataRole.UserRole)
            if (kind == "own" and routine.source and Path(key) == Path(routine.source)) or \
                    (kind == "built-in" and key == routine.id and not self._is_own(routine)):
                self._open_row(row)
                return True
        return False

    def _is_own(self, routine: Routine) -> bool:
        return bool(routine.source) and Path(routine.source).parent == self.routine_store.folder

    def _list_item(self, text: str, key: tuple[str, str]) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, key)
        self.routine_list.addItem(item)

    def _fill_library(self) -> None:
        own_drills = [drill for own in self.own
                      for drill in (*own.routine.drills, *own.spare_drills)]
        self.library = library(self.built_in.drills, own_drills)
        self.library_box.clear()
        for drill in self.library:
            name = shown_name(drill)
            self.library_box.addItem(name if drill.id in self.shipped else
                                     filled(self.tr("%1  (yours)", "a drill's name"), name),
                                     drill.id)

    def _routine_picked(self, row: int) -> None:
        if row < 0:
            return
        if self.opened is not None and self.opened.edited and self._picked_row() != row:
            previous = self._picked_row()
            self.routine_list.blockSignals(True)
            self.routine_list.setCurrentRow(previous)
            self.routine_list.blockSignals(False)
            self._ask_to_drop(lambda: self._open_row(row))
            return
        self._open_row(row)

    def _picked_row(self) -> int:
        return getattr(self, "_row", -1)

    def _open_row(self, row: int) -> None:
        kind, key = self.routine_list.item(row).data(Qt.ItemDataRole.UserRole)
        self.routine_list.blockSignals(True)
        self.routine_list.setCurrentRow(row)
        self.routine_list.blockSignals(False)
        self._row = row
        if kind == "own":
            own = next(own for own in self.own if str(own.file) == key)
            self.open(Opened(RoutineDraft.of(own.routine), own))
        elif kind == "built-in":
            routine = next(r for r in self.built_in.routines if r.id == key)
            shown = RoutineDraft.of(routine)._replace(  # its words in the athlete's language
                name=routine_text(routine.id, "name", routine.name),
                description=routine_text(routine.id, "description", routine.description))
            self.open(Opened(shown, read_only=True))
        else:
            problems = next(text for file, text in self.unreadable if str(file) == key)
            self.opened = None
            self._show_nothing()
            self.say(filled(self.tr("%1 cannot be opened:", "a file name"), Path(key).name)
                     + "\n" + problems)

    # -- the open routine -------------------------------------------------------------------
    def open(self, opened: Opened, current_place: int = 0) -> None:
        self.opened = opened
        self.save_beside_button.hide()
        self.say("")
        self.name_edit.setText(opened.draft.name)
        self.description_edit.setText(opened.draft.description)
        for edit in (self.name_edit, self.description_edit):
            edit.setCursorPosition(0)  # the start of the text in view
        read_only = opened.read_only
        self.read_only_note.setVisible(read_only)
        self.duplicate_button.setVisible(read_only)
        for widget in (self.name_edit, self.description_edit):
            widget.setReadOnly(read_only)
        for widget in (self.up_button, self.down_button, self.remove_button,
                       self.library_box, self.add_button, self.new_drill_button,
                       self.save_button, self.delete_button, self.choices):
            widget.setEnabled(not read_only)
        self.delete_button.setEnabled(not read_only and opened.own is not None)
        self.places.setEnabled(True)
        self.places.setDragDropMode(PlacesList.DragDropMode.NoDragDrop if read_only else
                                    PlacesList.DragDropMode.InternalMove)
        self.show_draft(current_place)

    def _show_nothing(self) -> None:
        for widget in (self.name_edit, self.description_edit):
            widget.clear()
        self.places.show_places((), 0)
        self.choices.show_place(None)
        self.estimate.clear()
        for widget in (self.save_button, self.delete_button, self.export_button,
                       self.print_button, self.edit_drill_button):
            widget.setEnabled(False)

    def show_draft(self, current_place: int | None = None) -> None:
        """Show the draft as it now is: the drills, the estimate, the problems."""
        draft = self.opened.draft
        if current_place is None:
            current_place = max(0, self.places.currentRow())
        self.places.show_places(draft.places, current_place)
        self._place_picked(self.places.currentRow())
        problems = {} if self.opened.read_only else draft.problems()
        for name, label in self.field_problems.items():
            show_problem(label, problems.get(name, ""))
        if draft.places:
            time = duration_text(self.defaults.estimate_s(draft.routine(self.shipped)))
            self.estimate.setText(f"{counted('drill', len(draft.places))}  \u00b7  {time}")
        else:
            self.estimate.setText(self.tr("No drills yet"))
        self.export_button.setEnabled(not problems)
        self.print_button.setEnabled(not problems)
        self._show_edited()

    def _show_edited(self) -> None:
        edited = self.opened is not None and self.opened.edited
        self.save_button.setText(self.tr("Save") if not edited else self.tr("Save changes"))

    def _place_picked(self, row: int) -> None:
        places = self.opened.draft.places if self.opened else ()
        place = places[row] if 0 <= row < len(places) else None
        self.choices.show_place(place)
        self.choices.setEnabled(place is not None and not self.opened.read_only)
        self.choices_title.setText(filled(self.tr("Choices for %1. %2", "place, drill name"),
                                          row + 1, shown_name(place.drill)) if place else "")
        mine = place is not None and place.drill.id not in self.shipped
        self.edit_drill_button.setText(self.tr("Edit drill") if mine else
                                       self.tr("Copy drill to edit"))
        self.edit_drill_button.setEnabled(place is not None and not self.opened.read_only)
        self.up_button.setEnabled(place is not None and row > 0 and not self.opened.read_only)
        self.down_button.setEnabled(place is not None and row < len(places) - 1
                                    and not self.opened.read_only)
        self.remove_button.setEnabled(place is not None and not self.opened.read_only)

    def _change(self, **fields) -> None:
        if self.opened is None or self.opened.read_only:
            return
        self.opened.draft = self.opened.draft._replace(**fields)
        self.show_draft()

    # -- drills -----------------------------------------------------------------------------
    def add_drill(self) -> None:
        if self.opened is None or self.opened.read_only:
            return
        drill = self.library[self.library_box.currentIndex()]
        self._add(drill)

    def _add(self, drill: Drill) -> None:
        self.opened.draft = self.opened.draft.add(drill)
        self.show_draft(len(self.opened.draft.places) - 1)

    def move_place(self, at: int, to: int) -> None:
        if self.opened is None or self.opened.read_only:
            return
        draft = self.opened.draft.move(at, to)
        if draft is self.opened.draft:
            return
        self.opened.draft = draft
        self.show_draft(to)

    def _move_by(self, step: int) -> None:
        row = self.places.currentRow()
        self.move_place(row, row + step)
        self._keep_focus()

    def remove_place(self, at: int) -> None:
        if self.opened is None or self.opened.read_only or not \
                0 <= at < len(self.opened.draft.places):
            return
        self.opened.draft = self.opened.draft.remove(at)
        self.show_draft(min(at, len(self.opened.draft.places) - 1))
        self._keep_focus()

    def _keep_focus(self) -> None:
        """A button that has just been disabled would drop the focus: hand it to the list."""
        focused = self.focusWidget()
        if focused is None or not focused.isEnabled():
            self.places.setFocus()

    def choose(self, field: str, value: float) -> None:
        if self.opened is None or self.opened.read_only:
            return
        row = self.places.currentRow()
        if field in ("reps", "sets"):
            value = int(round(value))
        self.opened.draft = self.opened.draft.choose(row, **{field: value})
        self.show_draft(row)

    def new_drill(self) -> None:
        from isohold.ui.editor.drill_check import new_id

        blank = Drill(id="", name="", kind=DrillKind.HOLD, sides=Sides.BOTH, cue="",
                      reps=Range(1, 10, 5), sets=Range(1, 5, 3), hold_s=Range(10, 60, 30),
                      reset_s=Range(0, 30, 10), rest_s=Range(0, 300, 60))
        self._open_drill(blank, new_id("my-drill", self._drill_ids()), self.tr("New drill"),
                         None)

    def edit_drill(self) -> None:
        row = self.places.currentRow()
        if self.opened is None or not 0 <= row < len(self.opened.draft.places):
            return
        from isohold.ui.editor.drill_check import new_id

        drill = self.opened.draft.places[row].drill
        if drill.id in self.shipped:  # a built-in drill: a copy of it, of the athlete's own,
            shown = translated_drill(drill)  # in the athlete's language
            copy = shown._replace(name=numbered_name(shown.name, self.tr("mine", "a copy")))
            self._open_drill(copy, new_id(f"{drill.id}-mine", self._drill_ids()),
                             filled(self.tr("Copy of %1", "a drill's name"), shown.name),
                             drill.id)
        else:
            self._open_drill(drill, drill.id, filled(self.tr("Edit drill: %1"), drill.name),
                             drill.id)

    def _drill_ids(self) -> set[str]:
        ids = set(self.shipped) | {drill.id for drill in self.library}
        if self.opened is not None:
            ids |= {place.drill.id for place in self.opened.draft.places}
        return ids

    def _open_drill(self, drill: Drill, drill_id: str, title: str, replaces: str | None) -> None:
        from isohold.ui.editor.drill_page import DrillPage

        page = DrillPage(drill, drill_id, title)
        page.saved.connect(lambda new: self._drill_saved(new, replaces))
        page.closed.connect(self._drill_closed)
        self.drill_page = page
        self.stack.addWidget(page)
        self.stack.setCurrentWidget(page)
        page.focus_first()

    def _drill_saved(self, drill: Drill, replaces: str | None) -> None:
        at = self.places.currentRow()
        if replaces is None:
            self.opened.draft = self.opened.draft.add(drill)
            at = len(self.opened.draft.places) - 1
        elif replaces in self.shipped:  # the copy takes the built-in drill's place here
            places = list(self.opened.draft.places)
            places[at] = places[at].redrilled(drill)
            self.opened.draft = self.opened.draft._replace(places=tuple(places))
        else:
            self.opened.draft = self.opened.draft.with_drill(replaces, drill)
        self._drill_closed()
        self.show_draft(at)
        self.say(filled(self.tr('"%1" is in this routine; save the routine to keep it.'),
                        drill.name))

    def _drill_closed(self) -> None:
        page, self.drill_page = self.drill_page, None
        self.stack.setCurrentWidget(self.main)
        if page is not None:
            self.stack.removeWidget(page)
            page.deleteLater()
        self.edit_drill_button.setFocus()

    # -- routines ---------------------------------------------------------------------------
    def new_routine(self) -> None:
        def start() -> None:
            routine = Routine(id="new", name=self.tr("New routine"), description="", drills=())
            self._open_new(routine)

        self._unless_edited(start)

    def duplicate(self) -> None:
        if self.opened is None:
            return
        routine = self.opened.draft.routine(self.shipped)
        copy = routine._replace(name=numbered_name(routine.name, self.tr("copy", "a copy")),
                                source="")
        self._open_new(copy, RoutineDraft.of(self.opened.draft.base)._replace(
            name=copy.name, description=copy.description, places=self.opened.draft.places))

    def _open_new(self, routine: Routine, draft: RoutineDraft | None = None) -> None:
        self.routine_list.blockSignals(True)
        self.routine_list.clearSelection()
        self.routine_list.setCurrentRow(-1)
        self.routine_list.blockSignals(False)
        self._row = -1
        self.open(Opened(draft or RoutineDraft.of(routine)))
        self.say(self.tr("A new routine: name it, add drills, then save."))
        self.name_edit.setFocus()
        self.name_edit.selectAll()

    def save(self) -> None:
        opened = self.opened
        if opened is None or opened.read_only or self.drill_page is not None:
            return
        problems = opened.draft.problems()
        if problems:
            self.show_draft()
            self.say(filled(self.tr("Not saved: %1"), " ".join(problems.values())))
            return
        routine = opened.draft.routine(self.shipped)
        try:
            if opened.own is None:
                fresh = self.routine_store.new(routine)
                saved = self.routine_store.save(fresh.routine, fresh)
            else:
                saved = self.routine_store.save(routine, opened.own)
        except ChangedOnDisk as error:
            self.say(self._changed_on_disk(error))
            self.save_beside_button.show()
            self.save_beside_button.setFocus()
            return
        except RoutineProblems as error:
            self.say(self.tr("Not saved:") + "\n" + said_lines(error.problems))
            return
        except OSError as error:
            self.say(self._not_written(self.tr("Not saved: %1"), error))
            return
        self._saved(saved, filled(self.tr('Saved "%1" (%2).', "routine name, file name"),
                                  saved.routine.name, saved.file.name))

    def save_beside(self) -> None:
        if self.opened is None:
            return
        try:
            saved = self.routine_store.save_beside(self.opened.draft.routine(self.shipped))
        except RoutineProblems as error:
            self.say(self.tr("Not saved:") + "\n" + said_lines(error.problems))
            return
        except OSError as error:
            self.say(self._not_written(self.tr("Not saved: %1"), error))
            return
        self._saved(saved, filled(self.tr('Saved yours beside it as "%1" (%2); the other '
                                          "version is unchanged.", "routine name, file name"),
                                  saved.routine.name, saved.file.name))

    def _saved(self, saved: OwnRoutine, message: str) -> None:
        at = max(0, self.places.currentRow())
        self.reload(pick=saved.file)
        self._row = self.routine_list.currentRow()
        self.open(Opened(RoutineDraft.of(saved.routine), saved), at)
        self.say(message)
        self.routines_changed.emit()

    def delete(self) -> None:
        opened = self.opened
        if opened is None or opened.own is None:
            return
        own = opened.own

        def delete_it() -> None:
            try:
                self.trashed = self.routine_store.delete(own)
            except OSError as error:
                self.say(filled(self.tr("Not deleted: %1"), error.strerror or error))
                return
            self.opened = None
            self.reload()
            self.routine_list.setCurrentRow(0)
            self.say(filled(self.tr('Deleted "%1". Undo (Ctrl+Z) puts it back.'),
                            own.routine.name))
            self.undo_button.show()
            self.undo_button.setFocus()
            self.routines_changed.emit()

        self.question = ask(self, self.tr("Delete the routine?"),
                            filled(self.tr('Delete "%1"? Undo puts it back afterwards.'),
                                   own.routine.name),
                            self.tr("Delete"), self.tr("Keep it"), delete_it)

    def undo_delete(self) -> None:
        if self.trashed is None:
            return
        try:
            own = self.routine_store.undo_delete(self.trashed)
        except RoutineProblems as error:
            self.say(self.tr("Not put back:") + "\n" + said_lines(error.problems))
            return
        except OSError as error:
            self.say(self._not_written(self.tr("Not put back: %1"), error))
            return
        self.trashed = None
        self.undo_button.hide()
        self.reload(pick=own.file)
        self._row = self.routine_list.currentRow()
        self.open(Opened(RoutineDraft.of(own.routine), own))
        self.say(filled(self.tr('"%1" is back.'), own.routine.name))
        self.routines_changed.emit()

    # -- files ------------------------------------------------------------------------------
    def import_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import a routine file"),
                                              str(Path.home()),
                                              self.tr("Routine files (*.json)"))
        if path:
            self._unless_edited(lambda: self.import_file(Path(path)))

    def import_file(self, path: Path) -> bool:
        """Check a routine file by the loader's rules; a good one is saved into the routines
        folder as a routine of the athlete's own, a bad one is told on screen, line by line."""
        try:
            found = self.routine_store.read(Path(path))
        except RoutineProblems as error:
            self.say(filled(self.tr("%1 was not imported:", "a file name"), Path(path).name)
                     + "\n" + said_lines(error.problems))
            return False
        try:
            fresh = self.routine_store.new(found.routine._replace(source=""))
            saved = self.routine_store.save(fresh.routine, fresh)
        except ChangedOnDisk as error:
            self.say(filled(self.tr("%1 was not imported: %2", "a file name, why"),
                            Path(path).name, self._changed_on_disk(error)))
            return False
        except (RoutineProblems, OSError) as error:
            self.say(filled(self.tr("%1 was not imported: %2", "a file name, why"),
                            Path(path).name, error_text(error)))
            return False
        self._saved(saved, filled(self.tr('Imported "%1" from %2.', "routine name, file name"),
                                  saved.routine.name, Path(path).name))
        return True

    def export_dialog(self) -> None:
        if self.opened is None:
            return
        name = self.opened.draft.name.strip() or self.tr("routine", "a file name")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export the routine"),
                                              str(Path.home() / f"{name}.json"),
                                              self.tr("Routine files (*.json)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> bool:
        routine = self.opened.draft.routine(self.shipped)
        try:
            path.write_bytes(routine_bytes(routine))
        except OSError as error:
            self.say(filled(self.tr("Not exported: %1: %2", "file, why"), file_label(path),
                            error.strerror or error))
            return False
        self.say(filled(self.tr("Exported to %1."), file_label(path)))
        return True

    def print_dialog(self) -> None:
        if self.opened is None:
            return
        name = self.opened.draft.name.strip() or self.tr("routine", "a file name")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Print the plan to a PDF"),
                                              str(Path.home() / f"{name}.pdf"),
                                              self.tr("PDF (*.pdf)"))
        if path:
            self.print_to(Path(path))

    def print_to(self, path: Path) -> bool:
        from isohold.ui.print_plan import write_plan_pdf

        try:
            write_plan_pdf(self.plan(), path)
        except OSError as error:
            self.say(filled(self.tr("Not printed: %1: %2", "file, why"), file_label(path),
                            error.strerror or error))
            return False
        self.say(filled(self.tr("The plan is in %1, ready to print."), file_label(path)))
        return True

    def plan(self):
        """The session the open routine describes, with the settings' lead-in."""
        return self.opened.draft.plan(self.defaults.get_ready_s)

    @staticmethod
    def _not_written(template: str, error: OSError) -> str:
        """What the system said, with the file it said it of."""
        why = error.strerror or str(error)
        if error.filename:
            why = f"{file_label(error.filename)}: {why}"
        return filled(template, why)

    def _changed_on_disk(self, error: ChangedOnDisk) -> str:
        """Why a save was not written, in the athlete's language: the file was changed,
        removed or made by someone else since it was opened (the core's phrase says which)."""
        said = str(error)
        if f"{file_label(error.file)} was removed " in said:
            template = self.tr("%1 was removed since you opened it (another program or "
                               "window), so your changes were not written over it. Save yours "
                               'beside it as "%2", or open the file again to see the other '
                               "version.")
        elif f"{file_label(error.file)} was created by someone else " in said:
            template = self.tr("%1 was created by someone else since you opened it (another "
                               "program or window), so your changes were not written over it. "
                               'Save yours beside it as "%2", or open the file again to see '
                               "the other version.")
        else:
            template = self.tr("%1 changed on disk since you opened it (another program or "
                               "window), so your changes were not written over it. Save yours "
                               'beside it as "%2", or open the file again to see the other '
                               "version.")
        return filled(template, file_label(error.file), error.beside_name)

    # -- leaving ----------------------------------------------------------------------------
    def say(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))
        if not text:
            self.undo_button.setVisible(self.trashed is not None and self.undo_button.isVisible())

    def _unless_edited(self, then) -> None:
        if self.opened is not None and self.opened.edited:
            self._ask_to_drop(then)
        else:
            then()

    def _ask_to_drop(self, then) -> None:
        name = self.opened.draft.name.strip()
        text = (filled(self.tr('"%1" has changes that are not saved. Leave without them?'), name)
                if name else self.tr("This routine has changes that are not saved. "
                                     "Leave without them?"))
        self.question = ask(self, self.tr("Leave without saving?"), text,
                            self.tr("Leave without saving"), self.tr("Stay"), then)

    def leave(self) -> None:
        if self.drill_page is not None:
            self.drill_page.leave()
            return
        self._unless_edited(self.closed.emit)

    def eventFilter(self, watched, event) -> bool:
        if watched is self.routine_list.viewport() and event.type() == QEvent.Type.Resize:
            fit_items(self.routine_list)
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.routine_list.setFocus()
