"""The longer words of German and Spanish (and English's) on the session screen: every
one-line text fits its width, in every phase, at 1280x720, 960x600 and 1366x768, text scale 1
and 1.25 (nothing cut)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontMetricsF

from isohold.core.clock import FakeClock
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind
from isohold.core.routines import DrillChoice, SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.platform.screensaver import ScreenAwake
from isohold.session.runner import SessionRunner
from isohold.ui.language import install
from isohold.ui.theme import apply_theme
from tests.ui.test_session_view import FakeInhibitor
from tools import translations


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture(params=["en", "de", "es"])
def language(request, qapp, compiled):
    install(qapp, request.param, compiled)
    yield request.param
    install(qapp, "en", compiled)
    qapp.setStyleSheet("")


def cut_texts(view) -> list[str]:
    """The one-line texts of the screen wider than the room they have."""
    cut = []
    for label in (view.title_label, view.counter_label, view.time_left_label,
                  view.side_label, view.box_label):
        if label.isVisibleTo(view) and label.text():
            wide = QFontMetricsF(label.font()).horizontalAdvance(label.text())
            if wide > label.contentsRect().width() + 1:
                cut.append(f"{label.objectName()}: {label.text()!r} {wide:.0f} > "
                           f"{label.contentsRect().width()}")
    for button in (view.back_button, view.pause_button, view.next_button, view.stop_button,
                   view.mute_button):
        wide = QFontMetricsF(button.font()).horizontalAdvance(button.text())
        if wide > button.width() - 22:  # its padding (8 px) and border (3 px) each side
            cut.append(f"button {button.text()!r} {wide:.0f} > {button.width() - 22}")
    countdown = view.countdown
    font = countdown.caption_font()
    for (_, caption), part_w in zip(countdown.parts, countdown._widths()):
        if QFontMetricsF(font).horizontalAdvance(caption) > part_w:
            cut.append(f"caption {caption!r} > {part_w:.0f}")
    return cut


@pytest.mark.parametrize("size, scale", [((1280, 720), 1.0), ((960, 600), 1.0),
                                         ((1366, 768), 1.25), ((960, 600), 1.25)])
def test_every_phase_fits_in_the_language(qtbot, qapp, language, size, scale):
    from isohold.ui.session.view import SessionView

    apply_theme(qapp, "dark", scale)
    routine = next(r for r in load_routines().routines if r.id == "full")
    choices = [DrillChoice.defaults(d)._replace(box_height_cm=50) if d.box_height_cm else None
               for d in routine.drills]
    runner = SessionRunner(compile_timeline(SessionPlan(routine, choices)), FakeClock())
    view = SessionView(runner, screen_awake=ScreenAwake(FakeInhibitor()))
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    runner.start()
    try:
        for phase in runner.timeline.phases:
            assert cut_texts(view) == [], (phase.kind, size, scale)
            if phase.kind is PhaseKind.DONE:
                break
            if phase.user_paced and not phase.cadence_s:
                runner.next()
                runner.end_set()
            else:
                runner.next()
        view.set_muted(True)
        assert cut_texts(view) == []
    finally:
        runner.stop()
    assert cut_texts(view) == []  # the end screen


def _no_wider_than(widget, width: int) -> list[str]:
    """The page's own minimum width, when it is more than the window's."""
    needed = widget.minimumSizeHint().width()
    return [f"page needs {needed} > {width}"] if needed > width else []


@pytest.mark.parametrize("size, scale", [((1280, 720), 1.0), ((960, 600), 1.25)])
def test_the_setup_page_and_summary_fit_in_every_language(qtbot, qapp, language, size, scale):
    """Every shipped routine's setup page (with the record's lines) and summaries of made-up
    sessions: never wider than the window (no sideways scrolling)."""
    from datetime import date, timedelta

    from PySide6.QtWidgets import QWidget

    from isohold.core.history import HistoryStore
    from isohold.core.history.sample import made_up_sessions
    from isohold.ui.setup_page import SetupPage
    from isohold.ui.setup_progress import progress_from_store
    from isohold.ui.summary import SummaryView

    apply_theme(qapp, "dark", scale)
    with HistoryStore() as store:
        store.add_finished(made_up_sessions(12, date(2025, 6, 18), seed=4))
        lines = store.lines()
        now = max(line.started_at for line in lines) + timedelta(hours=3)
        for routine in load_routines().routines:
            last = next((line for line in lines if line.routine_id == routine.id), None)
            page = SetupPage(routine, last_time=last, today=now.date(),
                             progress=progress_from_store(routine, store, now, "beginner"))
            qtbot.addWidget(page)
            page.resize(*size)
            page.show()
            qtbot.waitExposed(page)
            assert _no_wider_than(page, size[0]) == [], (language, routine.id)
            page.close()
        for line in lines[:6]:
            view = SummaryView(store.session(line.uuid))
            qtbot.addWidget(view)
            view.resize(*size)
            view.show()
            qtbot.waitExposed(view)
            inner = view.findChild(QWidget, "summaryPage")
            room = size[0] - view.findChild(QWidget, "summaryScroll").verticalScrollBar().width()
            assert _no_wider_than(inner, room) == [], (language, line.routine_id)
            view.close()
