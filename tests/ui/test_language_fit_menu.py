"""German and Spanish (and English) fit the menu and program screens: the menu with a followed
program's card, the programs to choose, the program view (today, a rest day, a week done,
behind the calendar, the stop question), the leg-test page through its screens and the
next-morning question, at 1280x720, 1366x768 and 960x600, text scale 1 and 1.25. Nothing wider
than the window (no sideways scrolling), no word cut or clipped (a one-line text wider than its
label, a wrapped label shorter than its lines, a word wider than its label, a button's words
wider than the button), and the focus on one widget in view. (The same approach as
tests/ui/test_language_fit.py, which covers the session screen, setup page and summary.)"""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import (QAbstractButton, QAbstractScrollArea, QApplication, QLabel,
                               QWidget)

from isohold.core.clock import FakeClock
from isohold.core.leg_tests import HEEL_RISE, MAX_HOLD
from isohold.core.loader import load_routines
from isohold.core.phases import Side
from isohold.core.program_standing import standing
from isohold.core.programs import load_programs
from isohold.ui.language import install
from isohold.ui.theme import apply_theme
from tests.core.test_programs_standing import START, at, line
from tests.ui.test_language_fit import compiled  # noqa: F401 - the module's catalogues

ROUTINES = load_routines().routines
NAMES = {routine.id: routine.name for routine in ROUTINES}
PROGRAMS = load_programs(ROUTINES).programs
BLOCK = PROGRAMS[0]
WEEK_1 = [line(0), line(2), line(4)]
# what today is: due, a rest day, a week done early, a week behind the calendar
DAYS = {"due": (7, WEEK_1), "rest": (3, WEEK_1[:2]), "week done": (5, WEEK_1),
        "behind": (15, WEEK_1)}
SIZES = [(1280, 720), (1366, 768), (960, 600)]
PADDING = 22  # a button's padding (8 px) and border (3 px) each side, as the theme draws it


@pytest.fixture(params=["de", "es", "en"])
def language(request, qapp, compiled):  # noqa: F811 - the imported fixture
    install(qapp, request.param, compiled)
    yield request.param
    install(qapp, "en", compiled)
    apply_theme(qapp, "dark", 1.0)


@pytest.fixture(params=[1.0, 1.25], ids=["scale1", "scale1.25"])
def scale(request, qapp):
    apply_theme(qapp, "dark", request.param)
    return request.param


def cut_texts(root: QWidget, width: int | None = None) -> list[str]:
    """What does not fit on `root` as laid out now: each text cut, clipped or beyond the
    window's right edge, a page wider than the window, a scroll area that scrolls sideways.
    (The events waiting are handled first: a new style's sizes are laid out then.)"""
    QApplication.processEvents()
    cut = []
    if root.width() != (width or root.width()):
        cut.append(f"the page grew to {root.width()} wide (the window: {width})")
    if root.minimumSizeHint().width() > root.width():
        cut.append(f"the page needs {root.minimumSizeHint().width()} > {root.width()}")
    for widget in root.findChildren(QWidget):
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QAbstractScrollArea) and \
                widget.horizontalScrollBar().maximum() > 0:
            cut.append(f"{widget.objectName()} scrolls sideways")
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if not text:
            continue
        name = f"{widget.objectName()} {text!r}"
        left = widget.mapTo(root, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > root.width() + 1:
            cut.append(f"{name}: beyond the window ({left}..{left + widget.width()})")
        metrics = QFontMetricsF(widget.font())
        if isinstance(widget, QAbstractButton):
            if metrics.horizontalAdvance(text) > widget.width() - PADDING:
                cut.append(f"{name}: wider than the button")
            continue
        room = widget.contentsRect().width()
        if not widget.wordWrap():
            wide = max(metrics.horizontalAdvance(part) for part in text.split("\n"))
            if wide > room + 1:
                cut.append(f"{name}: {wide:.0f} > {room}")
            continue
        words = [word for word in text.split() if metrics.horizontalAdvance(word) > room + 1]
        if words:
            cut.append(f"{name}: {words} wider than the label ({room})")
        if widget.heightForWidth(widget.width()) > widget.height() + 1:
            cut.append(f"{name}: clipped ({widget.height()} < "
                       f"{widget.heightForWidth(widget.width())} high)")
    return cut


def one_focus_in_view(root: QWidget) -> list[str]:
    focused = root.focusWidget()  # where the keys go once the window is active
    if focused is None or (focused is not root and not root.isAncestorOf(focused)):
        return [f"the focus is not on the page ({focused!r})"]
    if not focused.isVisible():
        return [f"the focus is on a hidden {focused.objectName()}"]
    top_left = focused.mapTo(root, focused.rect().topLeft())
    if not root.rect().contains(top_left) or focused.width() > root.width():
        return [f"the focus is out of view on {focused.objectName()}"]
    return []


def shown(qtbot, widget: QWidget, size: tuple[int, int]) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.setFocus()  # as the window does on showing a page
    return widget


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_menu_with_a_followed_program_fits(qtbot, language, scale, size):
    from isohold.ui.menu import RoutineMenu

    menu = shown(qtbot, RoutineMenu(list(ROUTINES)), size)
    assert cut_texts(menu, size[0]) == [], "no program followed"
    for what, (day, history) in DAYS.items():
        menu.show_program(standing(BLOCK, START, history, at(day, 12)), NAMES)
        for entry in (-1, 0, len(menu.entries) - 1):  # the program's card, a routine, Settings
            menu.select(entry)
            qtbot.wait(1)
            assert cut_texts(menu, size[0]) == [], (what, entry)
            menu.setFocus()
            assert one_focus_in_view(menu) == []
            assert menu.current_entry().isVisible(), (what, entry)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_program_view_fits(qtbot, language, scale, size):
    from isohold.ui.program_view import ProgramView

    view = shown(qtbot, ProgramView(PROGRAMS, NAMES, None), size)
    for index in range(len(view.programs.cards)):  # the programs to choose
        view.programs.choose(index)
        assert cut_texts(view, size[0]) == [], ("programs", index)
        assert one_focus_in_view(view) == []
    for program in PROGRAMS:
        for what, (day, history) in DAYS.items():
            view.show_standing(standing(program, START, history, at(day, 12)))
            qtbot.wait(1)
            assert cut_texts(view, size[0]) == [], (program.id, what)
            assert one_focus_in_view(view) == [], (program.id, what)
            view.ask_to_stop()  # "Press X again to stop following ...": a line more
            qtbot.wait(1)
            assert cut_texts(view, size[0]) == [], (program.id, what, "stop question")
            view.show_programs()
            assert cut_texts(view, size[0]) == [], (program.id, what, "programs")


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("kind", [HEEL_RISE, MAX_HOLD])
def test_the_leg_tests_fit(qtbot, language, scale, size, kind):
    """Choosing, each leg's ready, get-ready, going screens, the results (with a bad number)
    and the saved line."""
    from isohold.ui.leg_test_page import LegTestPage

    clock = FakeClock(start=1000.0)
    page = shown(qtbot, LegTestPage(clock, None, now=lambda: datetime(2025, 6, 18, 9, 0)), size)
    assert cut_texts(page, size[0]) == [] and one_focus_in_view(page) == [], "choosing"
    page.choose_test(kind)
    for side in (Side.LEFT, Side.RIGHT):
        assert cut_texts(page, size[0]) == [] and one_focus_in_view(page) == [], (side, "ready")
        page.start_leg()
        page.tick()
        assert cut_texts(page, size[0]) == [], (side, "get ready")
        clock.advance(8.0)
        page.tick()
        assert cut_texts(page, size[0]) == [], (side, "going")
        clock.advance(3.0)
        page.stop_leg()
        assert cut_texts(page, size[0]) == [] and one_focus_in_view(page) == [], (side, "results")
        page.result.primary.click()  # the other leg, then Save
    page.saved()
    assert cut_texts(page, size[0]) == [] and one_focus_in_view(page) == [], "saved"


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_morning_question_fits(qtbot, language, scale, size):
    from isohold.ui.morning_check import MorningCheck

    routine = next(r for r in ROUTINES if r.id == "full")
    check = shown(qtbot, MorningCheck("uuid", routine.name, datetime(2025, 6, 17, 18, 5),
                                      today=date(2025, 6, 18)), size)
    assert cut_texts(check, size[0]) == [] and one_focus_in_view(check) == []
    check.pain.set_answer(7)
    assert cut_texts(check, size[0]) == [] and one_focus_in_view(check) == []
