"""The history view: newest first, routine filter, totals, streak, charts, delete and undo.

The window a row opens is tested in test_history_session_window.py, the layout at small screens
and the charts in test_history_layout.py.
"""

from __future__ import annotations

import csv
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel

from isohold.core.history import HistoryStore, Status
from isohold.core.history.progress import streak
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.table import NOTES
from isohold.ui.history.view import CHART_WEEKS, HistoryView, all_routines, cell_text
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.labels import plural as plural_of
from isohold.ui.theme import apply_theme

TODAY = date(2025, 6, 18)  # a Wednesday
STATUS_WORDS = {Status.COMPLETED: "Completed", Status.STOPPED_EARLY: "Stopped early"}  # English


@pytest.fixture
def sessions():
    return made_up_sessions(120, TODAY, seed=5)


@pytest.fixture
def store(sessions):
    with HistoryStore() as opened:
        opened.add_finished(sessions)
        yield opened


def make(qtbot, store):
    """The history list, served by the window's one place for history changes."""
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    return view


def seen(label) -> str:
    """A label's text as read (no-break spaces keep phrases on one line)."""
    return label.text().replace("\u00a0", " ")


def day_text(moment) -> str:
    """A day of the list in English: "Sat 7 Jun  09:05" (no zero before the day)."""
    return f"{moment:%a} {moment.day} {moment:%b  %H:%M}"


def rows(view) -> list[list[str]]:
    model = view.table.model()
    return [[model.index(r, c).data() for c in range(model.columnCount())]
            for r in range(model.rowCount())]


def test_sessions_are_listed_newest_first_with_what_was_done(qtbot, store, sessions):
    view = make(qtbot, store)
    shown = rows(view)
    assert len(shown) == len(sessions)
    newest = max(sessions, key=lambda s: s.started_at)
    assert shown[0][0] == day_text(newest.started_at)  # all of this year
    assert shown[0][1] == newest.routine_name
    assert shown[0][2] == STATUS_WORDS[newest.status]
    starts = [s.started_at for s in sorted(sessions, key=lambda s: s.started_at, reverse=True)]
    assert [row[0] for row in shown] == [day_text(d) for d in starts]
    assert view.selected_line().uuid == newest.uuid  # the newest is selected, ready for keys


def test_the_routine_filter_lists_only_that_routine_and_redraws_the_charts(qtbot, store, sessions):
    view = make(qtbot, store)
    names = [view.filter.itemText(i) for i in range(view.filter.count())]
    assert names == [all_routines(), "Dynamic drills", "Full session", "Isometric holds"]
    view.filter.setCurrentIndex(names.index("Isometric holds"))
    assert {row[1] for row in rows(view)} == {"Isometric holds"}
    assert len(rows(view)) == sum(s.routine_id == "iso-holds" for s in sessions)
    assert view.charts["box"].values == []  # no drop jumps in the holds routine
    assert "No drop jumps yet" in view.charts["box"].empty_text
    view.filter.setCurrentIndex(0)
    assert len(rows(view)) == len(sessions)


def test_weekly_totals_streak_and_charts_agree_with_the_sessions(qtbot, store, sessions):
    view = make(qtbot, store)
    monday = TODAY - timedelta(days=TODAY.weekday())
    this_week = [s for s in sessions if s.started_at.date() >= monday and s.status in
                 (Status.COMPLETED, Status.STOPPED_EARLY)]
    text = seen(view.totals)
    plural = "" if len(this_week) == 1 else "s"
    assert f"This week: {len(this_week)} session{plural}" in text
    assert "Streak:" in text
    per_week = view.charts["sessions"].values
    assert len(per_week) == CHART_WEEKS and per_week[-1] == len(this_week)
    tut = view.charts["tut"].values
    assert tut[-1] == pytest.approx(sum(s.tut_s for s in this_week) / 60)  # clock time
    boxes = [s.box_height_cm for s in sorted(sessions, key=lambda s: s.started_at)
             if s.box_height_cm is not None]
    assert view.charts["box"].values == boxes


def test_delete_asks_first_and_no_keeps_the_session(qtbot, store, monkeypatch):
    view = make(qtbot, store)
    asked = []
    monkeypatch.setattr(view, "confirm_delete", lambda line: asked.append(line) or False)
    before = rows(view)
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(asked) == 1 and rows(view) == before


def test_delete_then_undo_brings_the_session_back(qtbot, store, monkeypatch, sessions):
    view = make(qtbot, store)
    monkeypatch.setattr(view, "confirm_delete", lambda line: True)
    view.table.selectRow(1)
    doomed = view.selected_line()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert doomed.uuid not in {line.uuid for line in view.lines}
    assert len(rows(view)) == len(sessions) - 1
    assert view.undo_button.isVisible() and "Deleted the session of" in view.status.text()
    assert store.session(doomed.uuid) is None
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(rows(view)) == len(sessions) and not view.undo_button.isVisible()
    assert view.selected_line().uuid == doomed.uuid


def test_export_buttons_write_the_sessions_shown(qtbot, store, monkeypatch, tmp_path, sessions):
    view = make(qtbot, store)
    target = tmp_path / "mine"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV, for spreadsheets (*.csv)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    written = tmp_path / "mine.csv"  # the suffix of the format chosen is added
    data = list(csv.DictReader(written.open()))
    assert {row["session_uuid"] for row in data} == {s.uuid for s in sessions}
    assert f"Exported {len(sessions)} sessions to {written}." == view.status.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "again"), "JSON (*.json)"))
    qtbot.mouseClick(view.export_button, Qt.MouseButton.LeftButton)
    assert (tmp_path / "again.json").read_text(encoding="utf-8").lstrip().startswith(("{", "["))


def test_x_exports_from_the_list_by_keys_alone(qtbot, store, monkeypatch, tmp_path, sessions):
    """Tab stays in the list (it moves between its rows), so the export has a key: X."""
    view = make(qtbot, store)
    qtbot.waitExposed(view)  # a shortcut reaches a window on screen
    QApplication.processEvents()
    assert "X\u00a0export" in view.keys.text()
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(tmp_path / "keys"), "JSON (*.json)"))
    qtbot.keyClick(view.table, Qt.Key.Key_X)
    assert (tmp_path / "keys.json").exists()
    assert view.status.text() == f"Exported {len(sessions)} sessions to {tmp_path / 'keys.json'}."


def test_esc_and_back_ask_to_go_back(qtbot, store):
    view = make(qtbot, store)
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.table, Qt.Key.Key_Escape)
    with qtbot.waitSignal(view.back_requested):
        qtbot.mouseClick(view.back_button, Qt.MouseButton.LeftButton)


def test_an_empty_history_shows_no_rows_and_empty_charts(qtbot):
    with HistoryStore() as empty:
        view = make(qtbot, empty)
        assert rows(view) == [] and view.selected_line() is None
        assert view.empty_note.isVisible() and seen(view.empty_note).startswith("No sessions yet")
        assert not view.delete_button.isEnabled() and not view.open_button.isEnabled()
        assert "This week: 0 sessions" in seen(view.totals)
        assert view.charts["sessions"].values == [0.0] * CHART_WEEKS


def test_notes_show_as_plain_text(qtbot, store, sessions):
    victim = sessions[-1]
    victim.notes = "<b>not bold</b>"
    store.add_finished([victim])
    view = make(qtbot, store)
    line = next(line for line in view.lines if line.uuid == victim.uuid)
    assert cell_text(line, NOTES) == "<b>not bold</b>"
    assert view.totals.textFormat() == Qt.TextFormat.PlainText


def test_a_row_that_cannot_be_read_is_left_out_and_said_and_the_rest_shows(
        qtbot, sessions, tmp_path):
    import sqlite3

    from isohold.core.history import default_path

    with HistoryStore() as writer:
        writer.add_finished(sessions)
    db = sqlite3.connect(default_path(), isolation_level=None)  # another program's doing
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("UPDATE sessions SET started_at = 'x', status = 'exploded' WHERE uuid = ?",
               (sessions[0].uuid,))
    db.close()
    with HistoryStore() as store:
        view = make(qtbot, store)
        shown = rows(view)
        assert len(shown) == len(sessions) - 1
        assert view.message.isVisible()
        assert view.message.text() == (
            "1 session in the history could not be read and was left out (row uuid "
            f"{sessions[0].uuid} in {default_path()}).")
        assert seen(view.totals).startswith("This week:")
        out = tmp_path / "out.csv"
        assert view.export_to(out) == len(sessions) - 1  # the rest is exported, and it says so
        assert view.message.isVisible() and sessions[0].uuid in view.message.text()
        assert sessions[0].uuid not in out.read_text(encoding="utf-8")


def test_a_read_only_history_is_shown_with_a_message_and_cannot_be_changed(
        qtbot, store, sessions, monkeypatch, tmp_path):
    import os

    from isohold.core.history import default_path
    from isohold.core.history.store import READ_ONLY_NOTICE

    store.close()
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):  # what a 0444 file does (root ignores it)
        if str(file) == str(default_path()) and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore() as read_only:
        view = make(qtbot, read_only)
        assert len(rows(view)) == len(sessions)
        assert view.message.isVisible() and READ_ONLY_NOTICE in view.message.text()
        assert not view.delete_button.isEnabled()
        assert view.export_to(tmp_path / "out.json") == len(sessions)


@pytest.fixture
def themed(qapp):
    """The app's theme, which makes Enter press the focused button; the default one after."""
    from isohold.ui.theme import apply_theme

    apply_theme(qapp, "dark", 1.0)
    yield
    apply_theme(qapp, "dark", 1.0)


def test_enter_presses_the_focused_button_on_the_history_page(qtbot, store, monkeypatch,
                                                              themed, tmp_path):
    view = make(qtbot, store)
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: asked.append(a) or ("", ""))
    view.export_button.setFocus()
    qtbot.keyClick(view.export_button, Qt.Key.Key_Return)
    assert len(asked) == 1  # the file dialog was asked for
    view.charts_button.setFocus()
    qtbot.keyClick(view.charts_button, Qt.Key.Key_Return)
    assert view.showing_charts()
    qtbot.keyClick(view.charts_button, Qt.Key.Key_Enter)  # the keypad's Enter too
    assert not view.showing_charts()
    deleting = []
    monkeypatch.setattr(view, "confirm_delete", lambda line: deleting.append(line) or False)
    view.delete_button.setFocus()
    qtbot.keyClick(view.delete_button, Qt.Key.Key_Return)
    assert deleting == [view.lines[0]]
    view.open_button.setFocus()
    qtbot.keyClick(view.open_button, Qt.Key.Key_Return)
    assert view.session_window is not None and view.session_window.line == view.lines[0]
    view.session_window.done(0)
    view.back_button.setFocus()
    with qtbot.waitSignal(view.back_requested):
        qtbot.keyClick(view.back_button, Qt.Key.Key_Return)


def test_every_delete_of_the_visit_can_be_undone_the_last_first(qtbot, store, monkeypatch,
                                                                 sessions):
    view = make(qtbot, store)
    monkeypatch.setattr(view, "confirm_delete", lambda line: True)
    doomed = []
    for row in (3, 0, 5):
        view.select_row(row)
        doomed.append(view.selected_line())
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert len(rows(view)) == len(sessions) - 3
    assert all(store.session(line.uuid) is None for line in doomed)
    assert view.undo_button.isVisible() and view.undo_button.text() == "Undo delete (3)"
    assert "3 deleted sessions" in view.status.text()
    back = []
    for left in (2, 1, 0):
        qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
        back.append(view.selected_line().uuid)
        assert len(rows(view)) == len(sessions) - left
        assert view.undo_button.isVisible() == bool(left)
    assert back == [line.uuid for line in reversed(doomed)]
    assert all(store.session(line.uuid) is not None for line in doomed)
    qtbot.keyClick(view.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert len(rows(view)) == len(sessions)


def test_the_undo_button_brings_back_deletes_one_by_one(qtbot, store, monkeypatch, sessions):
    view = make(qtbot, store)
    monkeypatch.setattr(view, "confirm_delete", lambda line: True)
    for _ in range(2):
        view.select_row(0)
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert len(rows(view)) == len(sessions) - 1 and view.undo_button.text() == "Undo delete"
    qtbot.mouseClick(view.undo_button, Qt.MouseButton.LeftButton)
    assert len(rows(view)) == len(sessions) and not view.undo_button.isVisible()


def test_one_session_exported_is_said_in_the_singular(qtbot, sessions, tmp_path):
    with HistoryStore() as store:
        store.add_finished(sessions[:1])
        view = make(qtbot, store)
        out = tmp_path / "one.csv"
        assert view.export_to(out) == 1
        assert view.status.text() == f"Exported 1 session to {out}."


def test_the_export_carries_the_leg_tests_as_the_command_line_export_does(qtbot, sessions,
                                                                         tmp_path):
    import json

    from isohold.core.history import TestKind

    with HistoryStore() as store:
        store.add_finished(sessions[:1])
        taken = sessions[0].started_at + timedelta(days=1)
        store.add_test(taken, TestKind.HEEL_RISE, {"left": 24, "right": 19})
        view = make(qtbot, store)
        assert view.export_to(tmp_path / "all.json") == 1
        kept = json.loads((tmp_path / "all.json").read_text())["tests"]
        assert sorted((row["side"], row["value"]) for row in kept) == [("left", 24), ("right", 19)]
        view.export_to(tmp_path / "all.csv")
        assert (tmp_path / "all-leg-tests.csv").exists()


def test_export_starts_in_the_folder_used_last_and_says_a_new_one(qtbot, store, monkeypatch,
                                                                   tmp_path):
    first, second = tmp_path / "first", tmp_path / "second"
    first.mkdir()
    second.mkdir()
    view = HistoryView(store, today=TODAY, export_folder=str(first))
    qtbot.addWidget(view)
    starts = []

    def save_to(folder):
        def dialog(parent, caption, start, filters):
            starts.append(Path(start).parent)
            return str(folder / "mine.csv"), "CSV, for spreadsheets (*.csv)"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)

    save_to(second)
    with qtbot.waitSignal(view.export_folder_changed) as told:
        view.export()
    assert starts == [first] and told.args == [str(second)]
    assert (second / "mine.csv").is_file()
    view.export()  # the same folder again: nothing new to keep
    assert starts == [first, second]
    with qtbot.assertNotEmitted(view.export_folder_changed):
        view.export()


def test_an_export_folder_that_is_gone_starts_at_home(qtbot, store, monkeypatch, tmp_path):
    view = HistoryView(store, today=TODAY, export_folder=str(tmp_path / "unplugged"))
    qtbot.addWidget(view)
    starts = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda parent, caption, start, filters: starts.append(start) or ("", ""))
    view.export()
    assert Path(starts[0]).parent == Path.home()
    assert Path(starts[0]).name == f"isohold-history-{TODAY:%Y%m%d}.csv"


# -- previews (`isohold --speed 10`): listed and marked, counted nowhere ----------------------
def preview_of(session, speed: float, days_later: int):
    """The same session done again as a preview on a fast clock `days_later` days on, at
    23:55, after any training of that day."""
    from copy import deepcopy
    from uuid import uuid4

    preview = deepcopy(session)
    preview.uuid = str(uuid4())
    preview.started_at = (session.started_at + timedelta(days=days_later)).replace(
        hour=23, minute=55)
    preview.clock_speed = speed
    preview.ended_at = preview.started_at + timedelta(seconds=preview.total_s / speed)
    preview.notes = "Looking at the routine"
    return preview


@pytest.fixture
def with_previews(store, sessions):
    """Two previews today, of the newest iso-holds session (which used no box), and one at
    x2.5 on a day with no training three weeks back."""
    holds = max((s for s in sessions if s.routine_id == "iso-holds"), key=lambda s: s.started_at)
    today = (TODAY - holds.started_at.date()).days
    previews = [preview_of(holds, 10.0, today), preview_of(holds, 20.0, today)]
    trained = {s.started_at.date() for s in sessions}
    quiet = next(TODAY - timedelta(days=n) for n in range(21, 60)
                 if TODAY - timedelta(days=n) not in trained)
    previews.append(preview_of(holds, 2.5, (quiet - holds.started_at.date()).days))
    store.add_finished(previews)
    return previews


def test_a_preview_is_listed_as_one_and_left_out_of_totals_streak_and_charts(
        qtbot, store, sessions, with_previews):
    view = make(qtbot, store)
    shown = rows(view)
    assert len(shown) == len(sessions) + 3  # kept and listed
    statuses = {line.uuid: row[2] for line, row in zip(view.lines, shown)}
    first, second, old = with_previews
    assert statuses[first.uuid] == "Preview (\u00d710)"
    assert statuses[second.uuid] == "Preview (\u00d720)"
    assert statuses[old.uuid] == "Preview (\u00d72.5)"
    assert all(statuses[s.uuid] == STATUS_WORDS[s.status] for s in sessions)  # real ones as before
    # the totals, the streak and the charts are those of the training alone
    monday = TODAY - timedelta(days=TODAY.weekday())
    this_week = [s for s in sessions if s.started_at.date() >= monday]
    text = seen(view.totals)
    plural = "" if len(this_week) == 1 else "s"
    assert f"This week: {len(this_week)} session{plural}," in text
    assert "2 previews not counted" in text
    assert view.charts["sessions"].values[-1] == len(this_week)
    assert view.charts["tut"].values[-1] == pytest.approx(
        sum(s.tut_s for s in this_week) / 60)
    assert sum(view.charts["sessions"].values) == sum(
        s.started_at.date() >= monday - timedelta(weeks=CHART_WEEKS - 1) for s in sessions)
    trained_only = [line for line in view.lines if not line.is_preview]
    assert f"Streak: {plural_of(streak(trained_only, TODAY).days, 'day')}" in text
    # and a preview today does not make today a training day
    assert streak(view.lines, TODAY) == streak(trained_only, TODAY)


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_the_list_with_previews_fits_with_no_sideways_scrolling_and_no_cut_words(
        qtbot, qapp, store, with_previews, size, scale):
    from tests.ui.test_history_layout import cut_words, shown

    apply_theme(qapp, "dark", scale)
    try:
        view = shown(qtbot, store, *size)
        assert rows(view)[0][2].startswith("Preview (")  # today's previews, at the top
        assert view.table.horizontalScrollBar().maximum() == 0
        assert cut_words(view) == []  # every status on screen whole, "Preview (x20)" too
        assert view.totals.heightForWidth(view.totals.width()) <= view.totals.height()
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_an_opened_preview_says_it_is_one_and_which_clock_its_times_are_on(
        qtbot, store, with_previews):
    view = make(qtbot, store)
    preview = with_previews[0]
    row = next(i for i, line in enumerate(view.lines) if line.uuid == preview.uuid)
    view.open_session(row)
    window = view.session_window
    facts = seen(window.findChild(QLabel, "sessionFacts"))
    total = preview.total_s
    assert facts.startswith("Preview (\u00d710), stopped early") or facts.startswith(
        "Preview (\u00d710), completed")
    assert f"{clock_text(total, 'spent')} on the session clock" in facts
    assert f"{clock_text(total / 10, 'spent')} real time" in facts
    note = window.preview_note.text()
    assert "10\u00d7" in note and "session-clock time" in note and "not counted" in note
    window.reject()
    real = next(i for i, line in enumerate(view.lines) if not line.is_preview)
    view.open_session(real)
    assert view.session_window.preview_note is None
    assert "Preview" not in view.session_window.findChild(QLabel, "sessionFacts").text()


def test_the_export_marks_each_preview_with_its_clock_speed(qtbot, store, sessions,
                                                            with_previews, tmp_path):
    view = make(qtbot, store)
    assert view.export_to(tmp_path / "history.csv") == len(sessions) + 3
    speeds = {row["session_uuid"]: row["clock_speed"]
              for row in csv.DictReader((tmp_path / "history.csv").open(encoding="utf-8"))}
    assert {speeds[p.uuid] for p in with_previews} == {"10", "20", "2.5"}
    assert {speeds[s.uuid] for s in sessions} == {"1"}
