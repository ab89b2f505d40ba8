"""The leg tests' screens, which show what `LegTestPage` gives them and decide nothing:
the choice of test, a leg's run (read from across the room, like the session screen), and the
results to correct and save.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QKeyEvent
from PySide6.QtWidgets import (QDoubleSpinBox, QGridLayout, QHBoxLayout, QLabel, QMessageBox,
                               QPushButton, QSizePolicy, QVBoxLayout, QWidget)

from isohold.core.leg_tests import HEEL_RISE, MAX_HOLD, SIDES, LegTest, Measure
from isohold.core.phases import PhaseKind, Side
from isohold.ui.leg_test_text import (LegTestText, leg_name, leg_title, test_name, units_text,
                                      what_text)
from isohold.ui.session.countdown import BigDigits
from isohold.ui.session.style import big_px
from isohold.ui.shared.labels import filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size

ENTRY_MOST = 9999  # what the number field takes; the test's own limit is checked on Save
# The run screen's lines as shares of its height (at text scale 1), read from a few metres:
# larger than the session screen's drill line (0.034) for the beat and time, which the athlete
# follows during the test (0.03 was hard to read at 4 m in the keys-only trial)
LINE_SHARES = {"runTest": 0.042, "runHow": 0.042, "runInfo": 0.052, "runNote": 0.036}


def _far_label(name: str) -> QLabel:
    """A label read from across the room: one line, never widening the window."""
    label = plain_label("", name, wrap=False)
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
    return label


class ChooseScreen(QWidget):
    """Which test: a button each (1, 2), with what it measures."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="legChoose")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 28, 48, 20)
        layout.setSpacing(14)
        title = plain_label(LegTestText.tr("Leg tests"), "legTitle")
        title.setProperty("role", "title")
        layout.addWidget(title)
        layout.addWidget(plain_label(LegTestText.tr(
            "Each test is done on the left leg, then the right; the history shows both over "
            "time and how far apart they are."), "legIntro"))
        self.buttons: dict[str, QPushButton] = {}
        for number, kind in enumerate((HEEL_RISE, MAX_HOLD), start=1):
            button = QPushButton(f"{test_name(kind)}  ({number})",
                                 objectName=f"choose_{kind.value}")
            button.setAutoDefault(True)
            button.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
            self.buttons[kind] = button
            row = QHBoxLayout()
            row.addWidget(button)
            row.addStretch(1)
            layout.addLayout(row)
            layout.addWidget(plain_label(what_text(kind), "legWhat"))
        layout.addStretch(1)
        bottom = QHBoxLayout()
        self.back_button = QPushButton(LegTestText.tr("Back"), objectName="legBack")
        self.back_button.setAutoDefault(True)
        bottom.addWidget(self.back_button)
        keys = plain_label(LegTestText.tr("1 heel rises \u00b7 2 hold \u00b7 Enter choose \u00b7 "
                                          "Esc back"), "legKeys")
        keys.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        bottom.addWidget(keys, 1)
        layout.addLayout(bottom)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        """On a short window (960x600, large text, a long language) the space between the
        parts shrinks so that every line is there whole."""
        super().resizeEvent(event)
        layout = self.layout()
        for spacing, top in ((14, 28), (6, 12)):
            layout.setSpacing(spacing)
            margins = layout.contentsMargins()
            layout.setContentsMargins(margins.left(), top, margins.right(), margins.bottom())
            if layout.totalHeightForWidth(self.width()) <= self.height():
                break


class RunScreen(QWidget):
    """One leg: ready, get ready, going (the count or the stopwatch, and the beat), stopped.
    Ready, Start and Back take the focus (Start first; Tab between them, the focused one drawn
    filled) and Enter or Space press the one focused; from the get-ready on, the keys go to the
    page (Space counts a rise): the buttons take no focus then, as on the session screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="legRun")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.kind = PhaseKind.GET_READY
        self._title_px = 0  # the title's size as styled: the far-read size, or what fits
        self._line_px: dict[str, int] = {}  # the one-line labels' sizes as styled (_line_sizes)
        self.title = _far_label("runTitle")
        self.side = _far_label("runSide")
        self.side.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.test_name = _far_label("runTest")
        self.how = plain_label("", "runHow")
        self.how.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.digits = BigDigits(self)
        self.beat = _far_label("runBeat")  # UP / DOWN: the beat, seen when it cannot be heard
        self.info = _far_label("runInfo")
        self.note = plain_label("", "runNote")
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.keys = plain_label("", "runKeys")
        self.keys.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.start_button = self._button(LegTestText.tr("Start"), "runStart")
        self.stop_button = self._button(LegTestText.tr("Stop"), "runStop")
        self.back_button = self._button(LegTestText.tr("Back"), "runBack")
        self.top_row = top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(self.title, 1)
        top.addWidget(self.side)
        buttons = QHBoxLayout()
        for button in (self.start_button, self.stop_button, self.back_button):
            buttons.addWidget(button, 1)
        column = QVBoxLayout(self)
        column.setContentsMargins(12, 6, 12, 6)
        column.setSpacing(4)
        column.addLayout(top)
        column.addWidget(self.test_name)
        column.addWidget(self.how, 1)
        column.addWidget(self.digits, 3)
        column.addWidget(self.beat)
        column.addWidget(self.info)
        column.addWidget(self.note)
        column.addLayout(buttons)
        column.addWidget(self.keys)

    def _button(self, text: str, name: str) -> QPushButton:
        button = QPushButton(text, self, objectName=name)
        button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # until ready(): keys go to the screen
        button.setAutoDefault(True)  # Enter presses it when it has the focus (ready_focus)
        button.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        return button

    def ready_focus(self, ready: bool) -> QWidget:
        """Who takes the keys, and the widget to focus: ready, Start (Tab to Back); from the
        get-ready on, the screen (the page reads Space as a rise, S or Esc as stop)."""
        for button in (self.start_button, self.back_button):
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus if ready
                                  else Qt.FocusPolicy.NoFocus)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus if ready else Qt.FocusPolicy.StrongFocus)
        return self.start_button if ready else self

    def show_kind(self, kind: PhaseKind) -> None:
        """The session screen's colours for the like moment: amber to get ready, red for the
        heel rises (a set), green for a hold, slate when stopped."""
        if kind is not self.kind:
            self.kind = kind
            self.restyle()

    def _room(self) -> float:
        margins = self.layout().contentsMargins()
        return self.width() - margins.left() - margins.right() - 4

    def _fitting_px(self, text: str, px: int, bold: bool, room: float) -> int:
        """`px`, or less so that the one line `text` fits `room` whole (never below 12)."""
        font = QFont(self.font())
        font.setBold(bold)
        size = px
        while size > 12:
            font.setPixelSize(size)
            if QFontMetricsF(font).horizontalAdvance(text) <= room:
                break
            size -= 1
        return size

    def _title_size(self) -> int:
        """The title's pixel size: the far-read one, or less so that the title and the side's
        badge share their row whole (a long word, "Elevaciones de talón", is never cut)."""
        height = max(self.height(), 400)
        big = big_px(height)
        title, side = self.title.text(), self.side.text()
        if not title:
            return big
        badge = 0.0
        if side:
            font = QFont(self.title.font())
            font.setBold(True)
            font.setPixelSize(big)
            badge = QFontMetricsF(font).horizontalAdvance(side) + 2 * round(height * 0.016) + \
                self.top_row.spacing()  # the badge with its padding, and the row's spacing
        return self._fitting_px(title, big, True, self._room() - badge)

    def _line_sizes(self) -> dict[str, int]:
        """The pixel size of each one-line label under the title, read from a few metres away
        (the session screen's drill line is 0.034 of the height; the beat and time here 0.05),
        or less so that its line fits the width whole."""
        height = max(self.height(), 400)
        scale = min(max(current_text_scale(), 0.75), 1.4)
        sizes = {}
        for label, share, bold in ((self.test_name, LINE_SHARES["runTest"], False),
                                   (self.info, LINE_SHARES["runInfo"], True)):
            px = max(12, round(height * share * scale))
            sizes[label.objectName()] = self._fitting_px(label.text(), px, bold, self._room()) \
                if label.text() else px
        return sizes

    def fit_title(self) -> None:
        """After the title, the side or a line changed: their sizes again, if they must
        change (a new style only then: the stopwatch's line changes every tick)."""
        if self._title_size() != self._title_px or self._line_sizes() != self._line_px:
            self.restyle()

    def restyle(self) -> None:
        colours = current_theme().phase(self.kind)
        height = max(self.height(), 400)
        big = big_px(height)
        self._title_px = self._title_size()
        self._line_px = lines = self._line_sizes()
        scale = min(max(current_text_scale(), 0.75), 1.4)

        def px(share: float) -> int:
            return max(12, round(height * share * scale))

        self.digits.set_colour(colours.text, colours.soft)
        bg, text, soft = colours.background, colours.text, colours.soft
        self.setStyleSheet(f"""
            #legRun {{ background: {bg}; }}
            #legRun QLabel {{ color: {text}; background: transparent; }}
            #legRun QLabel#runTitle {{ font-size: {self._title_px}px; font-weight: bold; }}
            #legRun QLabel#runSide {{ font-size: {big}px; font-weight: bold; color: {bg};
                background: {text}; border-radius: {round(height * 0.014)}px;
                padding: 0px {round(height * 0.016)}px; }}
            #legRun QLabel#runBeat {{ font-size: {round(big * 0.8)}px; font-weight: bold; }}
            #legRun QLabel#runTest {{ font-size: {lines["runTest"]}px; }}
            #legRun QLabel#runHow {{ font-size: {px(LINE_SHARES["runHow"])}px; }}
            #legRun QLabel#runInfo {{ font-size: {lines["runInfo"]}px; font-weight: bold; }}
            #legRun QLabel#runNote {{ font-size: {px(LINE_SHARES["runNote"])}px;
                font-weight: bold; }}
            #legRun QLabel#runKeys {{ font-size: {px(0.026)}px; color: {soft}; }}
            #legRun QPushButton {{ background: {bg}; color: {text}; border: 3px solid {text};
                border-radius: 12px; font-size: {px(0.03)}px; font-weight: bold;
                padding: 2px 8px; min-height: {max(34, round(height * 0.05))}px; }}
            #legRun QPushButton:pressed {{ background: {colours.track}; }}
            #legRun QPushButton:focus {{ background: {text}; color: {bg}; }}
        """)

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        self.restyle()


class CountBox(QDoubleSpinBox):
    """A leg's result, typed or stepped with Up/Down. A clicker's Page Up/Down are the page's
    (next, save), never a jump of ten, and so are letters (R: again), which no number holds."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() in (Qt.Key.Key_PageUp, Qt.Key.Key_PageDown) or event.text().isalpha():
            event.ignore()
            return
        super().keyPressEvent(event)


class ResultScreen(QWidget):
    """Both legs' results, each correctable; the difference once both are in; then Save."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="legResult")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 24, 48, 16)
        layout.setSpacing(12)
        self.title = plain_label("", "legTitle")
        self.title.setProperty("role", "title")
        layout.addWidget(self.title)
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(10)
        self.boxes: dict[Side, CountBox] = {}
        self.units: dict[Side, QLabel] = {}
        self.not_done: dict[Side, QLabel] = {}
        for row, side in enumerate(SIDES):
            grid.addWidget(plain_label(leg_name(side), "legSide",
                                       wrap=False), row, 0)
            box = CountBox(objectName=f"count_{side.value}")
            box.setAccessibleName(filled(LegTestText.tr("%1: result"), leg_name(side)))
            box.setRange(0, ENTRY_MOST)
            box.setMinimumWidth(150)
            self.boxes[side] = box
            grid.addWidget(box, row, 1)
            self.units[side] = plain_label("", "legUnit", wrap=False)
            grid.addWidget(self.units[side], row, 2)
            self.not_done[side] = plain_label(LegTestText.tr("not done yet"), "legNotDone", wrap=False)
            grid.addWidget(self.not_done[side], row, 1, 1, 2)
        grid.setColumnStretch(3, 1)
        layout.addLayout(grid)
        self.legs = plain_label("", "legDifference")
        layout.addWidget(self.legs)
        self.message = plain_label("", "legMessage")
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.note = plain_label("", "legNote")
        layout.addWidget(self.note)
        layout.addStretch(1)
        row = QHBoxLayout()
        self.primary = QPushButton("", objectName="legPrimary")
        self.again = QPushButton("", objectName="legAgain")
        self.leave = QPushButton(LegTestText.tr("Leave"), objectName="legLeave")
        for button in (self.primary, self.again, self.leave):
            button.setAutoDefault(True)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.keys = plain_label("", "legKeys")  # a line of its own: it never squeezes a button
        layout.addWidget(self.keys)

    def set_test(self, test: LegTest) -> None:
        for side, box in self.boxes.items():
            box.setDecimals(0 if test.measure is Measure.RISES else 1)
            box.setSingleStep(1)
            self.units[side].setText(units_text(test.measure))

    def show_legs(self, values: dict[Side, float]) -> None:
        """The legs done so far; a leg not done shows so, and takes no focus."""
        for side in SIDES:
            done = side in values
            self.boxes[side].setVisible(done)
            self.units[side].setVisible(done)
            self.not_done[side].setVisible(not done)
            if done:
                self.boxes[side].setValue(values[side])

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


class LeaveQuestion(QMessageBox):
    """"Leave without saving?" Stay is the default and the escape (Enter or Esc stay); L, or
    its own button, leaves."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(QMessageBox.Icon.Question, LegTestText.tr("Leave the test?"), text,
                         QMessageBox.StandardButton.NoButton, parent)
        self.setObjectName("leaveQuestion")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.stay = self.addButton(LegTestText.tr("Stay"), QMessageBox.ButtonRole.RejectRole)
        self.leave = self.addButton(LegTestText.tr("Leave without saving"),
                                    QMessageBox.ButtonRole.DestructiveRole)
        self.setDefaultButton(self.stay)
        self.setEscapeButton(self.stay)

    def leaving(self) -> bool:
        return self.clickedButton() is self.leave

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt's name
        if event.key() == Qt.Key.Key_L and not event.isAutoRepeat():
            event.accept()
            self.leave.click()
            return
        super().keyPressEvent(event)


def page_stylesheet() -> str:
    """The choice and result screens: the app's colours, large type."""
    theme, scale = current_theme(), current_text_scale()
    return f"""
        QWidget#legChoose, QWidget#legResult {{ background: {theme.window}; }}
        QLabel#legTitle {{ font-size: {point_size(scale, 1.6)}pt; font-weight: bold; }}
        QLabel#legWhat {{ color: {theme.soft_text}; padding-left: 8px; }}
        QLabel#legKeys, QLabel#legNotDone {{ color: {theme.soft_text}; }}
        QLabel#legUnit {{ padding-left: 10px; }}
        QLabel#legSide {{ font-size: {point_size(scale, 1.3)}pt; font-weight: bold; }}
        QLabel#legDifference {{ font-size: {point_size(scale, 1.3)}pt; font-weight: bold; }}
        QDoubleSpinBox {{ font-size: {point_size(scale, 1.5)}pt; font-weight: bold; }}
        QLabel#legMessage {{ background: #5c1a14; color: #ffffff; border: 2px solid #ff8a7a;
            border-radius: 6px; padding: 8px; }}
    """
