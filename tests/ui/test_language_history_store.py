"""The history store's notices and errors, and the session recorder's, said in the athlete's
language where they are shown (they were English sentences among German ones)."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt

from isohold.core.history import HistoryStore, rows
from isohold.core.history.store import READ_ONLY_NOTICE
from isohold.core.words import Message
from isohold.ui.language import install
from isohold.ui.shared.said import error_text, said
from tests.ui.test_main_window import clock, press, window  # noqa: F401 (fixtures)


@pytest.fixture
def german(qapp):
    install(qapp, "de")
    yield
    install(qapp, "en")


def test_rows_left_out_are_said_in_german_with_their_count(german):
    text = rows.left_out_text(["a", "b", "c", "d", "e"], "/h.sqlite3")
    assert text == ("5 sessions in the history could not be read and were left out (rows uuid "
                    "a, b, c and 2 more in /h.sqlite3).")  # the English value as before
    assert said(text) == ("5 Einheiten im Verlauf waren nicht lesbar und fehlen (Zeilen uuid "
                          "a, b, c und 2 weitere in /h.sqlite3).")
    assert said(rows.left_out_text(["a"], "/h.sqlite3")) == (
        "1 Einheit im Verlauf war nicht lesbar und fehlt (Zeile uuid a in /h.sqlite3).")


def test_several_notices_are_each_said_in_german(german, tmp_path):
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store._notices += [Message("%1 (%2 cannot be written: %3).", READ_ONLY_NOTICE,
                                   "/h.sqlite3", "read-only file system"),
                           rows.left_out_text(["a"], "/h.sqlite3")]
        notice = store.notice
    assert notice == (f"{READ_ONLY_NOTICE} (/h.sqlite3 cannot be written: read-only file "
                      "system).\n\n1 session in the history could not be read and was left "
                      "out (row uuid a in /h.sqlite3).")
    assert said(notice) == (
        "Der Verlauf ist schreibgeschützt: Einheiten lassen sich ansehen und exportieren, neue "
        "werden aber nicht gespeichert (/h.sqlite3 kann nicht geschrieben werden: read-only "
        "file system).\n\n1 Einheit im Verlauf war nicht lesbar und fehlt (Zeile uuid a in "
        "/h.sqlite3).")


def test_a_full_disk_is_said_in_german(german, tmp_path):
    error = sqlite3.OperationalError("database or disk is full")
    error.sqlite_errorcode = sqlite3.SQLITE_FULL
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        explained = store._explain(error, "save")
    where = tmp_path / "h.sqlite3"
    assert explained == (f"The disk is full: Isohold could not save the history in {where}. "
                         "Free some space; the session can still be exported.")
    assert said(explained) == (
        f"Der Datenträger ist voll: Isohold konnte den Verlauf in {where} nicht speichern. "
        "Schaffe etwas Platz; die Einheit lässt sich trotzdem exportieren.")


def test_a_session_the_history_cannot_take_says_why_in_german(qtbot, german, window, clock):
    """A read-only history: the session runs on, and its screen says in German why it is
    not saved (the recorder's error, a Message said by the window)."""
    press(qtbot, window, Qt.Key.Key_Return)
    window.history_store().read_only = True
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    runner, view = window.runner, window.session_view
    while not view.not_saved and not runner.is_over:
        clock.advance(1.0)
        runner.tick()
    assert view.not_saved.startswith("Der Verlauf ist schreibgeschützt"), view.not_saved
    assert "Isohold kann nicht in" in view.not_saved
    assert error_text(Exception(window.recorder.error)) == view.not_saved
