"""The leg tests' running screen read from a few metres: the beat and time line and the test's
name at least as large as the session screen's drill line (0.034 of the height; the keys-only
trial could not read "Takt 16 · 0:15 · ..." at 0.03 from 4 m), and whole on a narrow window."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtGui import QFontInfo, QFontMetricsF

from isohold.core.clock import FakeClock
from isohold.core.leg_tests import GET_READY_S, HEEL_RISE
from isohold.ui.language import install
from isohold.ui.leg_test_page import LegTestPage
from isohold.ui.session.style import drill_share
from tests.ui.test_language_fit import compiled  # noqa: F401 - the module's catalogues


@pytest.fixture(params=["de", "en"])
def language(request, qapp, compiled):  # noqa: F811 - the imported fixture
    install(qapp, request.param, compiled)
    yield request.param
    install(qapp, "en", compiled)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (960, 600)])
def test_the_running_lines_are_far_read_and_whole(qtbot, language, size):
    clock = FakeClock(start=1000.0)
    page = LegTestPage(clock, None, now=lambda: datetime(2025, 6, 18, 9, 0))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    page.choose_test(HEEL_RISE)
    page.start_leg()
    clock.advance(GET_READY_S + 15.3)
    page.tick()
    screen = page.run_screen
    for label in (screen.info, screen.test_name):
        shown = QFontInfo(label.font()).pixelSize()
        wide = QFontMetricsF(label.font()).horizontalAdvance(label.text())
        assert wide <= label.contentsRect().width() + 1, (label.text(), wide)
        if size[0] >= 1280:  # room enough: the full far-read size
            assert shown >= round(screen.height() * drill_share() * 1.2), (label.objectName(),
                                                                           shown)
