"""A session opened from its row of the history: its drills, and its notes and RPE, corrected
and saved through the window's one place for history changes."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.history import HistoryStore, Status
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.table import NOTES, RPE
from isohold.ui.history.view import HistoryView
from isohold.ui.theme import apply_theme

TODAY = date(2025, 6, 18)


@pytest.fixture(autouse=True)
def themed(qapp):
    """The app's theme, which makes Enter press a focused button; the default one after."""
    apply_theme(qapp, "dark", 1.0)
    yield
    apply_theme(qapp, "dark", 1.0)


@pytest.fixture
def sessions():
    return made_up_sessions(30, TODAY, seed=4)


@pytest.fixture
def store(sessions):
    with HistoryStore() as opened:
        opened.add_finished(sessions)
        yield opened


def make(qtbot, store):
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    return view


def opened(qtbot, view, row: int = 0):
    """Enter on a row: the session's window, open."""
    view.select_row(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    window = view.session_window
    assert window is not None and window.isVisible()
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.focusWidget() is not None
                    and window.focusWidget().hasFocus())
    return window


def type_into(qtbot, field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)


def test_enter_on_a_row_opens_the_session_with_each_drill(qtbot, store, sessions):
    view = make(qtbot, store)
    full = max((s for s in sessions if s.routine_id == "full"), key=lambda s: s.started_at)
    row = next(i for i, line in enumerate(view.lines) if line.uuid == full.uuid)
    window = opened(qtbot, view, row)
    assert window.line.uuid == full.uuid
    assert [texts[0] for texts in window.drill_rows] == [d.name for d in full.drills]
    press = next(texts for texts in window.drill_rows if texts[0] == "Sprinter press")
    drill = full.drill("sprinter-press")
    assert press[1] == f"{drill.sets_done} of {drill.sets_planned}"
    assert press[2].startswith(f"{drill.reps_done} of {drill.reps_planned_total} holds")
    assert f"{drill.reps_left} left, {drill.reps_right} right" in press[2]
    drops = next(texts for texts in window.drill_rows if texts[0] == "Drop and block jumps")
    assert "18\u00a0contacts" in drops[3] and f"box {full.drill('drop-jumps').box_height_cm:g}" \
        in drops[3]
    facts = window.findChild(type(window.message), "sessionFacts").text().replace("\u00a0", " ")
    status = {Status.COMPLETED: "Completed", Status.STOPPED_EARLY: "Stopped early"}[full.status]
    assert status in facts and "under tension" in facts
    assert window.notes.text() == full.notes and window.notes.hasFocus()
    assert not window.notes.hasSelectedText()  # typing adds to the notes, never replaces them


def test_a_double_click_opens_the_session_too(qtbot, store):
    view = make(qtbot, store)
    rect = view.table.visualRect(view.table.model().index(2, 1))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.session_window is not None and view.session_window.line == view.lines[2]


def test_notes_and_rpe_are_saved_with_enter_in_the_notes(qtbot, store, sessions):
    view = make(qtbot, store)
    window = opened(qtbot, view, 1)
    uuid = window.line.uuid
    type_into(qtbot, window.rpe, "9")
    type_into(qtbot, window.notes, "Left calf tight")
    with qtbot.waitSignal(view.changed):
        qtbot.keyClick(window.notes, Qt.Key.Key_Return)
    assert not window.isVisible()
    saved = store.session(uuid)
    assert (saved.notes, saved.rpe) == ("Left calf tight", 9)
    before = next(s for s in sessions if s.uuid == uuid)
    assert saved.drills == before.drills and saved.status is before.status
    assert view.selected_line().uuid == uuid  # the list shows it, still selected
    assert view.table.model().index(1, NOTES).data() == "Left calf tight"
    assert view.table.model().index(1, RPE).data() == "9"


def test_an_empty_rpe_is_saved_as_not_given(qtbot, store):
    view = make(qtbot, store)
    row = next(i for i, line in enumerate(view.lines) if line.rpe is not None)
    window = opened(qtbot, view, row)
    type_into(qtbot, window.rpe, "")
    window.rpe.clear()
    qtbot.keyClick(window.rpe, Qt.Key.Key_Return)
    assert store.session(view.lines[row].uuid).rpe is None


@pytest.mark.parametrize("typed", ["11", "0", "seven", "7.5", "-2"])
def test_an_rpe_out_of_range_is_said_beside_the_field_and_nothing_is_lost(qtbot, store, typed):
    view = make(qtbot, store)
    window = opened(qtbot, view, 0)
    before = store.session(window.line.uuid)
    type_into(qtbot, window.notes, "Knees held")
    type_into(qtbot, window.rpe, typed)
    qtbot.keyClick(window.rpe, Qt.Key.Key_Return)
    assert window.isVisible()
    assert window.message.isVisible()
    assert window.message.text().startswith(f"RPE: \u201c{typed}\u201d is not an effort from 1 to 10")
    assert window.notes.text() == "Knees held" and window.rpe.text() == typed
    assert window.rpe.hasFocus()
    after = store.session(window.line.uuid)
    assert (after.notes, after.rpe) == (before.notes, before.rpe)
    type_into(qtbot, window.rpe, "8")  # put right, it saves
    assert not window.message.isVisible()
    qtbot.keyClick(window.rpe, Qt.Key.Key_Return)
    after = store.session(window.line.uuid)
    assert (after.notes, after.rpe) == ("Knees held", 8)


def test_esc_with_nothing_changed_closes_without_asking(qtbot, store, monkeypatch):
    view = make(qtbot, store)
    window = opened(qtbot, view, 0)
    monkeypatch.setattr(window, "confirm_discard", lambda: pytest.fail("asked"))
    qtbot.keyClick(window.notes, Qt.Key.Key_Escape)
    assert not window.isVisible() and view.session_window is None


def test_esc_after_an_edit_asks_and_keep_editing_keeps_the_text(qtbot, store, monkeypatch):
    view = make(qtbot, store)
    window = opened(qtbot, view, 0)
    uuid, notes = window.line.uuid, window.line.notes
    type_into(qtbot, window.notes, "Do not lose me")
    answers = [False, True]
    monkeypatch.setattr(window, "confirm_discard", lambda: answers.pop(0))
    qtbot.keyClick(window.notes, Qt.Key.Key_Escape)
    assert window.isVisible() and window.notes.text() == "Do not lose me"
    qtbot.keyClick(window.notes, Qt.Key.Key_Escape)  # discard, this time
    assert not window.isVisible() and answers == []
    assert store.session(uuid).notes == notes


def test_enter_on_the_focused_cancel_button_closes_and_on_save_saves(qtbot, store, monkeypatch):
    view = make(qtbot, store)
    window = opened(qtbot, view, 0)
    type_into(qtbot, window.notes, "typed")
    monkeypatch.setattr(window, "confirm_discard", lambda: True)
    window.close_button.setFocus()
    qtbot.keyClick(window.close_button, Qt.Key.Key_Return)
    assert not window.isVisible()
    assert store.session(window.line.uuid).notes != "typed"
    window = opened(qtbot, view, 0)
    type_into(qtbot, window.notes, "typed")
    window.save_button.setFocus()
    qtbot.keyClick(window.save_button, Qt.Key.Key_Return)
    assert not window.isVisible() and store.session(window.line.uuid).notes == "typed"


def test_a_save_that_fails_is_said_in_the_window_and_keeps_what_was_typed(qtbot, store):
    view = make(qtbot, store)
    window = opened(qtbot, view, 0)
    store.delete(window.line.uuid)  # gone behind the window's back (another Isohold)
    type_into(qtbot, window.notes, "Felt strong today")
    qtbot.keyClick(window.notes, Qt.Key.Key_Return)
    assert window.isVisible() and window.notes.text() == "Felt strong today"
    assert window.message.text().startswith("Not saved: The session")
    assert "no longer in the history" in window.message.text()


def test_a_read_only_history_shows_the_notes_but_offers_no_save(qtbot, store, monkeypatch):
    view = make(qtbot, store)
    monkeypatch.setattr(store, "read_only", True)  # as a file that cannot be written
    window = opened(qtbot, view, 0)
    assert window.notes.isReadOnly() and window.rpe.isReadOnly()
    assert not window.save_button.isVisible() and "read-only" in window.message.text()
    qtbot.keyClick(window.notes, Qt.Key.Key_Escape)
    assert not window.isVisible()
    QApplication.processEvents()
