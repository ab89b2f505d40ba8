"""The leg tests page at the screens athletes have (1280x720, 960x600, 1366x768, text scale 1
and 1.25): every screen of a test, no word cut short or squeezed, one focus."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from isohold.core.clock import FakeClock
from isohold.core.leg_tests import GET_READY_S
from isohold.ui.leg_test_page import LegTestPage
from isohold.ui.theme import apply_theme

SCREENS = [(1280, 720), (960, 600), (1366, 768)]
SCALES = [1.0, 1.25]


@pytest.fixture
def scaled(qapp):
    yield lambda scale: apply_theme(qapp, "dark", scale)
    apply_theme(qapp, "dark", 1.0)


def cut_words(page: LegTestPage) -> list[str]:
    """Every text on the screen shown that is narrower or lower than it needs."""
    cut = []
    screen = page.screen
    for widget in screen.findChildren(QLabel) + screen.findChildren(QAbstractButton):
        if not widget.isVisibleTo(page) or not widget.text():
            continue
        name = f"{widget.objectName()} {widget.text()!r}"
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(f"{name}: wrapped lower than it is")
            continue
        needs = widget.fontMetrics().horizontalAdvance(widget.text())
        if needs > widget.contentsRect().width():
            cut.append(f"{name}: {needs} px of text in {widget.contentsRect().width()}")
    return cut


def every_screen(page: LegTestPage, clock: FakeClock, kind: str):
    """The page through a whole test, yielding at each screen."""
    yield "choose"
    page.choose_test(kind)
    yield "ready"
    page.start_leg()
    clock.advance(2.2)
    page.tick()
    yield "get ready"
    clock.advance(GET_READY_S + 60.4)
    page.tick()
    yield "going"
    page.stop_leg()
    yield "first leg's result"
    page.go_on()
    page.start_leg()
    clock.advance(GET_READY_S + 100.2)
    page.tick()
    page.stop_leg()
    yield "both legs' results"
    page.saved("The history is read-only: another Isohold has it open for writing.")
    yield "not saved"
    page.saved("")
    yield "saved"


@pytest.mark.parametrize("kind", ["heel_rise", "max_hold"])
@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("width, height", SCREENS)
def test_every_screen_fits_with_no_word_cut(qtbot, scaled, kind, scale, width, height):
    scaled(scale)
    clock = FakeClock(500.0)
    page = LegTestPage(clock, None)
    qtbot.addWidget(page)
    page.resize(width, height)
    page.show()
    qtbot.waitExposed(page)
    problems = []
    for name in every_screen(page, clock, kind):
        QApplication.processEvents()
        problems += [f"{name}: {problem}" for problem in cut_words(page)]
        if page.screen.minimumSizeHint().height() > height:
            problems.append(f"{name}: needs {page.screen.minimumSizeHint().height()} px high")
        focused = QApplication.focusWidget()
        if focused is None or not (focused is page.screen or page.screen.isAncestorOf(focused)):
            problems.append(f"{name}: the focus is on {focused!r}, not on the screen shown")
    assert problems == []
