"""Pieces both editor pages use: a question that does not block, the problem line beside a
field, a scroll area that never scrolls sideways, and the pages' looks."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtWidgets import (QApplication, QFrame, QGridLayout, QLabel, QListWidget,
                               QMessageBox, QScrollArea, QWidget)

from isohold.ui.shared.labels import plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size


def ask(parent: QWidget, title: str, text: str, yes: str, no: str,
        on_yes: Callable[[], None]) -> QMessageBox:
    """A question with two buttons, in plain text. Every question here is about losing
    something (edits, a routine), so `no`, the safe answer, is the default (Enter) and what Esc
    does: a quick Esc, Enter never throws work away. It does not block: `on_yes` runs when the
    athlete says yes (`box.yes_button`)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no, QMessageBox.ButtonRole.RejectRole)
    box.yes_button = yes_button
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.setObjectName("editorQuestion")

    def answered() -> None:
        if box.clickedButton() is yes_button:
            on_yes()

    box.finished.connect(answered)
    box.open()
    no_button.setFocus()
    return box


def keys_line(*pairs: str) -> str:
    """The keys line: each key with what it does kept on one line (no-break spaces), a line
    breaking only after a "\u00b7"."""
    return "\u00a0\u00a0\u00a0\u00b7   ".join(pair.replace(" ", "\u00a0") for pair in pairs)


def problem_label() -> QLabel:
    """The line beside a field that says what is wrong with it (hidden while nothing is)."""
    label = plain_label("", "problem")
    label.hide()
    return label


def show_problem(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


class UpAndDown(QScrollArea):
    """A scroll area for a form: it scrolls up and down, never sideways (its content takes
    its width), and takes no Tab stop of its own."""

    def __init__(self, content: QWidget) -> None:
        super().__init__(frameShape=QFrame.Shape.NoFrame, widgetResizable=True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(content)
        # Focus given by the page (after Duplicate, Add drill...) as well as by Tab: the
        # focused field is always in sight, never scrolled away under the athlete's keys.
        QApplication.instance().focusChanged.connect(self._show_focus)

    def _show_focus(self, _old: QWidget | None, new: QWidget | None) -> None:
        content = self.widget()
        if new is not None and content is not None and content.isAncestorOf(new):
            self.ensureWidgetVisible(new, 20, 20)


def page_style() -> str:
    theme, scale = current_theme(), current_text_scale()
    return f"""
#editorTitle {{ font-size: {point_size(scale, 1.7)}pt; font-weight: bold; color: {theme.text}; }}
#editorHint, #fieldNote {{ color: {theme.soft_text}; }}
#sectionTitle {{ font-size: {point_size(scale, 1.2)}pt; font-weight: bold; color: {theme.text}; }}
#estimate {{ font-size: {point_size(scale, 1.2)}pt; font-weight: bold; color: {theme.accent}; }}
#problem {{ color: {_problem_colour(theme)}; font-weight: bold; }}
#status {{ color: {theme.text}; background: {theme.panel}; border-radius: 6px; padding: 6px; }}
#readOnly {{ color: {theme.soft_text}; font-style: italic; }}
QScrollArea, #editorBody {{ background: transparent; }}
"""


def _problem_colour(theme) -> str:
    """A colour for problems that reads on the theme's window (its light text if none)."""
    from isohold.ui.theme import contrast_ratio

    for colour in ("#ff8a80", "#c62828"):
        if contrast_ratio(colour, theme.window) >= 4.5:
            return colour
    return theme.text


class ButtonRow(QWidget):
    """Buttons side by side where the width allows, else in two columns, else one under the
    other (never wider than the widest button): a narrow window, or a language's longer
    words, wrap them rather than cutting them."""

    def __init__(self, widgets: list[QWidget], stretch_first: bool = False) -> None:
        super().__init__()
        self.widgets = widgets
        self.stretch_first = stretch_first  # the first widget takes the room left (a list)
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.grid.setSpacing(8)
        self.columns = 0
        self._arrange(len(widgets))

    def _arrange(self, columns: int) -> None:
        if columns == self.columns:
            return
        self.columns = columns
        for widget in self.widgets:
            self.grid.removeWidget(widget)
        for column in range(len(self.widgets) + 1):
            self.grid.setColumnStretch(column, 0)
        for index, widget in enumerate(self.widgets):
            self.grid.addWidget(widget, index // columns, index % columns)
        if self.stretch_first:
            self.grid.setColumnStretch(0, 1)
        elif columns == len(self.widgets):
            self.grid.setColumnStretch(columns, 1)  # the room left, at the right

    def _width(self, columns: int) -> int:
        shown = [widget for widget in self.widgets]
        widths = [0] * columns
        for index, widget in enumerate(shown):
            widths[index % columns] = max(widths[index % columns], widget.sizeHint().width())
        return sum(widths) + self.grid.spacing() * (columns - 1)

    def minimumSizeHint(self) -> QSize:
        height = super().minimumSizeHint().height()
        return QSize(self._width(1), height)

    def resizeEvent(self, event) -> None:
        choices = (len(self.widgets), min(2, len(self.widgets)), 1)
        self._arrange(next((columns for columns in choices
                            if self._width(columns) <= event.size().width()), 1))
        super().resizeEvent(event)


def fit_items(view: QListWidget) -> None:
    """Each item of `view` as tall as its text wrapped at the view's width, so no item is
    shortened with "..." or cut through a line (the list's own wrapping guesses the height
    before the width is known)."""
    padding = 10  # QListView::item's padding in the theme
    width = view.viewport().width() - 2 * padding - 8  # the text's margins inside the item
    if width <= 0:
        return
    metrics = view.fontMetrics()
    for row in range(view.count()):
        item = view.item(row)
        text = metrics.boundingRect(QRect(0, 0, width, 100000),
                                    Qt.TextFlag.TextWordWrap, item.text())
        item.setSizeHint(QSize(width, text.height() + 2 * padding + 4))
