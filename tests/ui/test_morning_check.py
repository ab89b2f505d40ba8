"""The next-morning question: asked about the session that awaits it, by keys alone; the answer
is saved on that session and feeds the next suggestion; Esc skips and saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from isohold.core.history import HistoryStore
from isohold.ui.answer_boxes import NOT_GIVEN
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.morning_check import KEYS_HINT, QUESTION, MorningCheck
from isohold.ui.setup_page import SetupPage
from isohold.ui.setup_progress import progress_from_store
from tests.ui.test_setup_suggestion import HOLDS_ONLY, NOW, hold, session


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "history.sqlite3") as opened:
        yield opened


def asked(qtbot, store, size=(1366, 768)):
    """The question about the session awaiting it (as the window finds it), with the window's
    part played here: an answer is saved through HistoryChanges."""
    waiting = store.awaiting_next_morning(NOW)
    assert waiting is not None
    page = MorningCheck(waiting.uuid, waiting.routine_name, waiting.started_at,
                        today=NOW.date())
    qtbot.addWidget(page)
    changes = HistoryChanges(lambda: store)
    page.errors = []
    page.answered.connect(lambda uuid, pain: page.errors.append(
        changes.set_next_morning(uuid, pain)))
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page, waiting


def test_it_asks_about_that_session_and_the_pain_starts_not_given(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, waiting = asked(qtbot, store)
    shown = [label.text() for label in page.findChildren(QLabel) if label.isVisible()]
    assert QUESTION in shown and KEYS_HINT in shown
    assert f"After Holds, yesterday at {waiting.started_at:%H:%M}" in shown
    assert page.pain.text() == NOT_GIVEN and page.focusWidget() is page.pain


def test_a_digit_and_enter_save_it_on_that_session_and_it_is_asked_no_more(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, waiting = asked(qtbot, store)
    with qtbot.waitSignal(page.answered) as answer:
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_3)
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert answer.args == [waiting.uuid, 3] and page.errors == [""]
    assert store.session(waiting.uuid).pain_next_morning == 3
    assert store.awaiting_next_morning(NOW) is None


def test_worse_than_five_the_next_morning_makes_the_suggestion_a_step_back(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, _ = asked(qtbot, store)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_6)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    setup = SetupPage(HOLDS_ONLY, progress=progress_from_store(HOLDS_ONLY, store, NOW))
    qtbot.addWidget(setup)
    assert setup.panels[0].suggestion.text() == (
        "One step back, reps 10 \u2192 9: pain 6/10 the morning after the last session")
    assert setup.plan().choice_at(0).reps == 9


def test_esc_skips_saves_nothing_and_never_blocks(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, waiting = asked(qtbot, store)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_4)  # typed, then thought better of it
    with qtbot.waitSignal(page.skipped) as skipped:
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Escape)
    assert skipped.args == [waiting.uuid] and page.errors == []
    assert store.session(waiting.uuid).pain_next_morning is None


def test_enter_with_no_answer_goes_on_as_a_skip(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, waiting = asked(qtbot, store)
    assert page.save_button.text().startswith("Go on")
    with qtbot.waitSignal(page.skipped):
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert store.session(waiting.uuid).pain_next_morning is None


def test_a_zero_is_an_answer_no_pain(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, waiting = asked(qtbot, store)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_0)
    assert page.save_button.text().startswith("Save")
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert store.session(waiting.uuid).pain_next_morning == 0


def test_tab_goes_through_the_pain_save_and_skip(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
    page, _ = asked(qtbot, store)
    page.activateWindow()
    visited = []
    for _ in range(4):
        visited.append(page.focusWidget().objectName())
        qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Tab)
    assert visited == ["morningPain", "morningSave", "morningSkip", "morningPain"]


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_it_fits_whole(qtbot, qapp, store, size, scale):
    from isohold.ui.theme import apply_theme

    apply_theme(qapp, "dark", scale)
    try:
        session(store, HOLDS_ONLY, (hold(reps=10),), ended_h_ago=20)
        page, _ = asked(qtbot, store, size)
        qapp.processEvents()
        for label in page.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            assert label.mapTo(page, label.rect().bottomRight()).x() <= page.width()
            assert label.mapTo(page, label.rect().bottomRight()).y() <= page.height()
            lines = label.contentsRect().height() // label.fontMetrics().lineSpacing()
            assert lines * label.contentsRect().width() >= \
                label.fontMetrics().horizontalAdvance(label.text()), label.text()
        for button in (page.save_button, page.skip_button):
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        assert page.pain.fontMetrics().horizontalAdvance(NOT_GIVEN) < page.pain.lineEdit().width()
    finally:
        apply_theme(qapp, "dark", 1.0)
