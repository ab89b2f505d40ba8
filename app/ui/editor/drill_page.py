"""The drill editor: one of the athlete's own drills, field by field.

Every field is checked as it is typed, by the loader's rules (`drill_check`); a field in
error says what is wrong beside it, in words, and Save stays disabled while anything is wrong.
Nothing typed is changed or lost: a wrong number stays in its field until it is put right.
Fields that do not apply to the drill's kind (a hold time for paced reps, switching legs for
a drill worked with both legs) are hidden, and keep what they hold. Ctrl+S saves; Esc goes
back, asking first when something was changed.

Its words are in the athlete's language (context `DrillPage`; the choices, range titles and
the check's sentences `DrillCheckWords`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (QComboBox, QGridLayout, QHBoxLayout, QLabel, QLineEdit,
                               QPlainTextEdit, QPushButton, QVBoxLayout, QWidget)

from isohold.core.routines import Drill
from isohold.ui.editor import drill_check
from isohold.ui.editor.drill_check import (PARTS, RANGES, applies, kinds, part_titles,
                                           range_titles, sides)
from isohold.ui.editor.parts import (UpAndDown, ask, keys_line, page_style, problem_label,
                                     show_problem)
from isohold.ui.shared.labels import Translated, plain_label


class PlainTextBox(QPlainTextEdit):
    """A few lines of plain text; Tab moves on (it types no tab)."""

    def __init__(self, name: str) -> None:
        super().__init__(objectName=name)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 16)

    def text(self) -> str:
        return self.toPlainText()

    def setText(self, text: str) -> None:
        self.setPlainText(text)


class DrillPage(Translated, QWidget):
    """Edit one drill; `saved` carries the checked Drill, `closed` leaves without it."""

    saved = Signal(object)  # Drill
    closed = Signal()

    def __init__(self, drill: Drill, drill_id: str, title: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="drillPage")
        self.drill_id = drill_id
        self.base = drill
        self.setStyleSheet(page_style())
        self.fields: dict[str, QLineEdit | QComboBox | PlainTextBox] = {}
        self.problems: dict[str, QLabel] = {}
        self.rows: dict[str, list[QWidget]] = {}  # what to hide when a field does not apply
        self.question = None
        outer = QVBoxLayout(self)
        outer.setContentsMargins(28, 14, 28, 14)
        outer.setSpacing(8)
        top = QHBoxLayout()
        top.addWidget(plain_label(title or self.tr("Edit drill"), "editorTitle"), 1)
        keys = keys_line(self.tr("Tab next field"), self.tr("Ctrl+S save"),
                         self.tr("Esc back"))
        top.addWidget(plain_label(keys, "editorHint", wrap=False), 0,
                      Qt.AlignmentFlag.AlignBottom)
        outer.addLayout(top)
        body = QWidget(objectName="editorBody")
        self.form = form = QGridLayout(body)
        form.setContentsMargins(0, 0, 12, 0)
        form.setHorizontalSpacing(16)
        form.setVerticalSpacing(4)
        form.setColumnStretch(1, 1)
        self._row = 0
        for name, label in (("name", self.tr("Name")),
                            ("cue", self.tr("Cue line (shown during the drill)"))):
            self._field(name, label, QLineEdit(objectName=name))
        kind = QComboBox(objectName="kind")
        for key, text in kinds().items():
            kind.addItem(text, key)
        self._field("kind", self.tr("Kind"), kind)
        legs = QComboBox(objectName="sides")
        for key, text in sides().items():
            legs.addItem(text, key)
        self._field("sides", self.tr("Legs"), legs)
        self._ranges()
        for name, label in (("cadence_s", self.tr("Seconds a rep (one beep each)")),
                            ("rep_estimate_s",
                             self.tr("Seconds a rep takes (for the time estimate)"))):
            self._field(name, label, QLineEdit(objectName=name))
        for name, label in (("how", self.tr("How to do it")),
                            ("tips", self.tr("Tips, one a line")),
                            ("cautions", self.tr("Cautions, one a line"))):
            self._field(name, label, PlainTextBox(name))
        self._field("equipment", self.tr("Equipment, with commas between"),
                    QLineEdit(objectName="equipment"))
        self.general = problem_label()
        form.addWidget(self.general, self._row, 0, 1, 2)
        form.setRowStretch(self._row + 1, 1)
        outer.addWidget(UpAndDown(body), 1)
        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"), objectName="back")
        self.back_button.clicked.connect(self.leave)
        self.save_button = QPushButton(self.tr("Save drill"), objectName="saveDrill")
        self.save_button.clicked.connect(self.save)
        self.verdict = plain_label("", "fieldNote")
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.verdict, 1)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        self.fill(drill_check.texts_of(drill))
        self.opened_with = self.texts()
        for field in self.fields.values():
            signal = (field.currentIndexChanged if isinstance(field, QComboBox)
                      else field.textChanged)
            signal.connect(self.recheck)
        QShortcut(QKeySequence.StandardKey.Save, self, activated=self.save,
                  context=Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.recheck()

    # -- building ---------------------------------------------------------------------------
    def _field(self, name: str, label: str, field: QWidget) -> None:
        title = plain_label(label, "fieldLabel")
        title.setBuddy(field)
        problem = problem_label()
        tall = isinstance(field, PlainTextBox)  # a title beside its first line, or its middle
        self.form.addWidget(title, self._row, 0, Qt.AlignmentFlag.AlignTop if tall else
                            Qt.AlignmentFlag.AlignVCenter)
        self.form.addWidget(field, self._row, 1)
        self.form.addWidget(problem, self._row + 1, 1)
        self._row += 2
        self.fields[name] = field
        self.problems[name] = problem
        self.rows[name] = [title, field]

    def _ranges(self) -> None:
        self.form.addWidget(plain_label(self.tr("Numbers: lowest, highest and the default a "
                                                "session starts from (one number alone: fixed)"),
                                        "fieldNote"), self._row, 0, 1, 2)
        self._row += 1
        heads = QWidget()
        heads_row = QHBoxLayout(heads)
        heads_row.setContentsMargins(0, 0, 0, 0)
        heads_row.setSpacing(8)
        part_names = part_titles()
        for part in PARTS:
            heads_row.addWidget(plain_label(part_names[part], "fieldNote"), 1)
        self.form.addWidget(heads, self._row, 1)
        self._row += 1
        titles = range_titles()
        for name in RANGES:
            row = QWidget()
            layout = QHBoxLayout(row)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.setSpacing(8)
            edits = []
            for part in PARTS:
                edit = QLineEdit(objectName=f"{name}.{part}")
                edit.setPlaceholderText(part_names[part])
                edit.setAccessibleName(f"{titles[name]}, {part_names[part]}")
                layout.addWidget(edit, 1)
                self.fields[f"{name}.{part}"] = edit
                edits.append(edit)
            title = plain_label(titles[name], "fieldLabel")
            title.setBuddy(edits[0])
            problem = problem_label()
            self.form.addWidget(title, self._row, 0, Qt.AlignmentFlag.AlignVCenter)
            self.form.addWidget(row, self._row, 1)
            self.form.addWidget(problem, self._row + 1, 1)
            self._row += 2
            self.problems[name] = problem
            self.rows[name] = [title, row]

    # -- the texts --------------------------------------------------------------------------
    def texts(self) -> dict[str, str]:
        found = {}
        for name, field in self.fields.items():
            found[name] = field.currentData() if isinstance(field, QComboBox) else field.text()
        return found

    def fill(self, texts: dict[str, str]) -> None:
        for name, field in self.fields.items():
            if isinstance(field, QComboBox):
                field.setCurrentIndex(max(0, field.findData(texts.get(name))))
            else:
                field.setText(texts.get(name, ""))
                if isinstance(field, QLineEdit):
                    field.setCursorPosition(0)  # the start of the text in view

    def edited(self) -> bool:
        return self.texts() != self.opened_with

    def recheck(self) -> drill_check.Checked:
        texts = self.texts()
        checked = drill_check.check(texts, self.drill_id, self.base)
        for name, widgets in self.rows.items():
            shown = applies(name, texts["kind"], texts["sides"])
            for widget in widgets:
                widget.setVisible(shown)
        for name, label in self.problems.items():
            show_problem(label, checked.problems.get(name, "") if not
                         self.rows[name][0].isHidden() else "")
        show_problem(self.general, checked.problems.get("", ""))
        count = len(checked.problems)
        self.save_button.setEnabled(checked.drill is not None)
        self.verdict.setText(self.tr("%n field(s) to fix before you can save", "",
                                     count) if count else "")
        self.checked = checked
        return checked

    # -- actions ----------------------------------------------------------------------------
    def save(self) -> None:
        checked = self.recheck()
        if checked.drill is not None:
            self.opened_with = self.texts()
            self.saved.emit(checked.drill)

    def leave(self) -> None:
        if not self.edited():
            self.closed.emit()
            return
        self.question = ask(self, self.tr("Leave the drill?"),
                            self.tr("This drill has changes that are not saved. "
                                    "Leave without them?"),
                            self.tr("Leave without saving"), self.tr("Stay"), self.closed.emit)

    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.leave()
        else:
            super().keyPressEvent(event)

    def focus_first(self) -> None:
        self.fields["name"].setFocus()
