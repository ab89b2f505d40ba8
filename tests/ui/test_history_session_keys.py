"""The session window read by keys alone (the German keys-only trial could not reach the sixth
drill row): PageDown/PageUp scroll the drills from the notes, and the window says the pain and
the box answers the athlete gave on the summary."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from isohold.core.history import HistoryStore
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.view import HistoryView
from isohold.ui.theme import apply_theme

TODAY = date(2025, 6, 18)


@pytest.fixture(autouse=True)
def themed(qapp):
    apply_theme(qapp, "dark", 1.0)
    yield
    apply_theme(qapp, "dark", 1.0)


def full_session(pain_during=None, pain_next_morning=None, knees_held=None, heels_off=None):
    sessions = made_up_sessions(30, TODAY, seed=4)
    full = max((s for s in sessions if s.routine_id == "full"), key=lambda s: s.started_at)
    full.pain_during, full.pain_next_morning = pain_during, pain_next_morning
    drops = full.drill("drop-jumps")
    drops.knees_held, drops.heels_off = knees_held, heels_off
    return sessions, full


def open_window(qtbot, sessions, full):
    store = HistoryStore()
    store.add_finished(sessions)
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    row = next(i for i, line in enumerate(view.lines) if line.uuid == full.uuid)
    view.select_row(row)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    window = view.session_window
    qtbot.waitUntil(lambda: window.isActiveWindow() and window.notes.hasFocus())
    return store, window


def in_view(window, label) -> bool:
    viewport = window.drills_scroll.viewport()
    top = label.mapTo(viewport, QPoint(0, 0)).y()
    return top >= 0 and top + label.height() <= viewport.height()


def test_pagedown_from_the_notes_brings_every_drill_row_into_view_and_pageup_back(qtbot):
    sessions, full = full_session()
    store, window = open_window(qtbot, sessions, full)
    window.resize(1000, 430)  # short enough that the last rows are below the drills' area
    qtbot.waitUntil(lambda: window.drills_scroll.verticalScrollBar().maximum() > 0)
    cells = [label for label in window.findChildren(type(window.message), "drillCell")]
    last = max(cells, key=lambda label: label.mapTo(window, QPoint(0, 0)).y())
    first = min(cells, key=lambda label: label.mapTo(window, QPoint(0, 0)).y())
    assert not in_view(window, last)
    for _ in range(10):
        qtbot.keyClick(window.notes, Qt.Key.Key_PageDown)
        if in_view(window, last):
            break
    assert in_view(window, last) and window.notes.hasFocus()
    window.save_button.setFocus()
    for _ in range(10):
        qtbot.keyClick(window.save_button, Qt.Key.Key_PageUp)
    assert in_view(window, first) and window.isVisible()
    keys = window.findChild(type(window.message), "sessionKeys").text()
    assert "PgDn" in keys and "PgUp" in keys
    store.close()


def test_the_window_says_the_pain_and_the_box_answers(qtbot):
    sessions, full = full_session(pain_during=3, pain_next_morning=1, knees_held=True,
                                  heels_off=False)
    store, window = open_window(qtbot, sessions, full)
    pain = window.findChild(type(window.message), "sessionPain").text().replace("\u00a0", " ")
    assert "Pain during: 3 of 10" in pain and "next morning: 1 of 10" in pain
    drops = next(texts for texts in window.drill_rows if texts[0] == "Drop and block jumps")
    assert "knees held" in drops[3] and "heels touched down" in drops[3]
    store.close()


def test_pain_not_given_is_said_so_and_no_box_answer_is_made_up(qtbot):
    sessions, full = full_session()
    store, window = open_window(qtbot, sessions, full)
    pain = window.findChild(type(window.message), "sessionPain").text().replace("\u00a0", " ")
    assert "Pain during: not given" in pain and "next morning: not given" in pain
    drops = next(texts for texts in window.drill_rows if texts[0] == "Drop and block jumps")
    assert "knees" not in drops[3] and "heels" not in drops[3]
    store.close()
