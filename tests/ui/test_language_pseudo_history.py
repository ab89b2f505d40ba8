"""The history under the pseudo-language: every word a person reads there is wrapped "[!! ... !!]",
so a text that does not go through translation shows at once. The list (headings, cells, the
filter, totals and streak, keys lines, what a delete, an undo and an export say, the delete
question, the export dialog), the charts page, the legs page (with results and without), the
messages of the one place that changes the history, and the session's window (a preview, a
read-only history, a bad RPE, the discard question). The athlete's own notes stay as typed."""

from __future__ import annotations

from copy import deepcopy
from datetime import date, datetime, timedelta
from uuid import uuid4

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QMessageBox

from isohold.core.history import HistoryStore
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.table import NOTES
from isohold.ui.history.view import HistoryView
from tests.ui.keys import press
from tests.ui.test_language_pseudo import (bare_words, pseudo, pseudo_catalogue,  # noqa: F401
                                           unwrapped_texts)

TODAY = date(2025, 6, 18)
FIRST_TEST = datetime(2025, 5, 1, 9, 0).astimezone()


def with_previews(sessions):
    """The sessions and two previews of the newest one, today (x10) and a week back (x2.5)."""
    newest = sessions[-1]
    previews = []
    for speed, days_back in ((10.0, 0), (2.5, 7)):
        preview = deepcopy(newest)
        preview.uuid = str(uuid4())
        preview.clock_speed = speed
        preview.started_at = datetime.combine(TODAY - timedelta(days=days_back),
                                              newest.started_at.time(), newest.started_at.tzinfo)
        previews.append(preview)
    return sessions + previews


@pytest.fixture
def store():
    with HistoryStore() as opened:
        opened.add_finished(with_previews(made_up_sessions(90, TODAY, seed=4)))
        for days, left, right in ((0, 22, 16), (10, 24, None), (20, 29, 24)):
            values = {"left": left} | ({"right": right} if right is not None else {})
            opened.add_test(FIRST_TEST + timedelta(days=days), "heel_rise", values)
        yield opened


def shown(qtbot, store, width=1280, height=720) -> HistoryView:
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def table_words(view) -> list[str]:
    """The headings and cells of the shown columns with a word outside the marks (the notes
    are the athlete's own words; the date's day and month names are QLocale's)."""
    model, table = view.table.model(), view.table
    texts = [model.headerData(column, Qt.Orientation.Horizontal) for column in table.shown]
    for row in range(model.rowCount()):
        texts += [model.index(row, column).data() for column in table.shown
                  if column != NOTES]
    return [text for text in texts if bare_words(text)]


def combo_words(view) -> list[str]:
    texts = []
    for combo in view.findChildren(QComboBox):
        texts += [combo.itemText(i) for i in range(combo.count())] + [combo.accessibleName()]
    return [text for text in texts if bare_words(text)]


def chart_words(view, charts) -> list[str]:
    """The charts' titles, empty lines, keys and the dates on their axes."""
    texts = unwrapped_texts(view)
    for card in charts.values():
        texts += [label for label in card.view.shown_labels if bare_words(label)]
    return texts


def test_the_list_is_wrapped(qtbot, pseudo, store):  # noqa: F811
    view = shown(qtbot, store)
    assert view.lines and any(line.is_preview for line in view.lines)
    assert "[!!" in view.totals.text() and "[!!" in view.keys.text()
    assert unwrapped_texts(view) == []
    assert table_words(view) == []  # statuses, previews, routine names, headings
    assert combo_words(view) == []
    view.select_routine("iso-holds")
    assert unwrapped_texts(view) == [] and table_words(view) == []


def test_delete_undo_and_their_question_are_wrapped(qtbot, pseudo, store):  # noqa: F811
    view = shown(qtbot, store)
    asked = []

    def answer(delete: bool):
        box = view.delete_box
        asked.append(unwrapped_texts(box) + ([box.windowTitle()] if bare_words(
            box.windowTitle()) else []))
        button = next(b for b in box.buttons()
                      if (box.buttonRole(b) == box.ButtonRole.DestructiveRole) == delete)
        button.click()

    QTimer.singleShot(0, lambda: answer(False))
    press(view.table, Qt.Key.Key_Delete)
    assert asked == [[]] and len(view.lines) == len(store.lines())  # kept
    for _ in range(2):
        QTimer.singleShot(0, lambda: answer(True))
        press(view.table, Qt.Key.Key_Delete)
        assert unwrapped_texts(view) == []  # "deleted ... Undo brings back ..."
    assert asked == [[], [], []] and view.undo_button.isVisible()
    view.undo()
    assert "[!!" in view.status.text() and unwrapped_texts(view) == []


def test_the_export_dialog_and_what_an_export_says_are_wrapped(qtbot, pseudo, store,  # noqa: F811
                                                               monkeypatch, tmp_path):
    view = shown(qtbot, store)
    asked = []
    written = tmp_path / "out.csv"

    def dialog(parent, caption, start, filters):
        asked.append((caption, filters))
        return str(written), filters.split(";;")[0]

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    press(view.table, Qt.Key.Key_X)
    [(caption, filters)] = asked
    assert not bare_words(caption)
    assert [f for f in filters.split(";;") if bare_words(f)] == []
    assert written.exists() and unwrapped_texts(view) == []  # "Exported ... to ..."
    view.export_to(tmp_path / "missing" / "folder" / "out.csv")
    assert view.message.isVisible() and unwrapped_texts(view) == []  # "Could not export ..."


def test_the_charts_page_is_wrapped(qtbot, pseudo, store):  # noqa: F811
    view = shown(qtbot, store)
    press(view.table, Qt.Key.Key_C)
    assert view.showing_charts()
    assert all(card.view.shown_labels for card in view.charts.values())  # dates on each
    assert chart_words(view, view.charts) == []


def test_an_empty_history_and_its_empty_charts_are_wrapped(qtbot, pseudo):  # noqa: F811
    with HistoryStore() as empty:
        view = shown(qtbot, empty)
        assert view.empty_note.isVisible() and unwrapped_texts(view) == []
        for key in (Qt.Key.Key_C, Qt.Key.Key_L):
            press(view.table if view.showing_list() else view, key)
            assert unwrapped_texts(view) == []
        assert view.charts["box"].empty_text and view.leg_charts["heel_rise"].empty_text


def test_the_legs_page_is_wrapped(qtbot, pseudo, store):  # noqa: F811
    view = shown(qtbot, store)
    press(view.table, Qt.Key.Key_L)
    assert view.showing_legs()
    heel_rise, hold = view.leg_charts["heel_rise"], view.leg_charts["max_hold"]
    assert heel_rise.latest.text() and not heel_rise.empty_text  # results, the last difference
    assert hold.empty_text  # never taken
    assert chart_words(view, view.leg_charts) == []


def test_what_the_changes_say_is_wrapped(qtbot, pseudo, store):  # noqa: F811
    from isohold.core.history.leg_tests import TestKind

    missing = HistoryChanges(lambda: None)
    assert not bare_words(missing.delete("x"))
    assert not bare_words(missing.add_test(FIRST_TEST, TestKind.MAX_HOLD, {"left": 30})[1])

    def explode(*args):
        raise RuntimeError("disk on fire")

    changes = HistoryChanges(lambda: store)
    store_delete = store.delete
    store.delete = explode
    try:
        said = changes.delete(store.lines()[0].uuid)
    finally:
        store.delete = store_delete
    assert "disk on fire" in said and not bare_words(said.replace("disk on fire", ""))


def test_the_session_window_of_a_preview_is_wrapped(qtbot, pseudo, store):  # noqa: F811
    from isohold.ui.history.session_window import SessionWindow

    previews = [line for line in store.lines() if line.is_preview]
    assert previews
    for line in previews:
        for read_only in (False, True):
            window = SessionWindow(line, store.session(line.uuid), read_only)
            qtbot.addWidget(window)
            window.show()
            assert unwrapped_texts(window) == [], (line.clock_speed, read_only)
            window.close()


def test_the_session_windows_questions_and_problems_are_wrapped(qtbot, pseudo, store):  # noqa: F811
    from isohold.ui.history.session_window import SessionWindow

    line = store.lines()[0]
    window = SessionWindow(line, None)  # the drills could not be read
    qtbot.addWidget(window)
    window.show()
    assert unwrapped_texts(window) == []
    window.rpe.setText("eleven")
    window.save()
    assert window.message.isVisible() and not bare_words(
        window.message.text().replace("eleven", ""))
    window.failed("the disk is full")
    assert not bare_words(window.message.text().replace("the disk is full", ""))
    seen = []

    def answer():
        box = next(w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QMessageBox) and w.isVisible())
        seen.append(unwrapped_texts(box))
        keep = next(b for b in box.buttons()
                    if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
        keep.click()

    window.rpe.setText("7")
    QTimer.singleShot(0, answer)
    window.reject()  # changed: the question, kept editing
    assert seen == [[]] and window.isVisible()
    window.notes.setText(line.notes)
    window.rpe.setText("" if line.rpe is None else str(line.rpe))
    window.close()



def test_a_leg_test_row_left_out_is_said_wrapped(qtbot, pseudo, store):  # noqa: F811
    import sqlite3

    from isohold.core.history import default_path

    db = sqlite3.connect(default_path(), isolation_level=None)  # another program's doing
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("UPDATE test_results SET value = 'lots' WHERE id = (SELECT min(id) "
               "FROM test_results WHERE test = 'heel_rise')")
    db.close()
    view = shown(qtbot, store)
    assert view.message.isVisible() and "[!!" in view.message.text()
    assert unwrapped_texts(view) == []
