"""The main window with its history: the history page, and a session the app died in."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.history.records import SessionRecord, Status
from isohold.core.history.store import HistoryStore
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline

from tests.ui.keys import press
from tests.ui.test_main_window import SHORT, clock, run_until_over, window  # noqa: F401 (fixtures)


def key(qtbot, window, which):
    press(QApplication.focusWidget() or window.current_page(), which)


def test_h_on_the_menu_opens_the_history_and_esc_comes_back(qtbot, window):
    qtbot.keyClick(window.menu, Qt.Key.Key_H)
    history = window.current_page()
    assert history.objectName() == "history"
    qtbot.keyClick(history, Qt.Key.Key_Escape)
    assert window.current_page() is window.menu


def test_an_interrupted_session_is_offered_and_resumed_where_it_stopped(qtbot, clock, window):
    plan = SessionPlan(SHORT)
    crashed = SessionRecord.new(plan, planned_s=compile_timeline(plan).estimated_s)
    crashed.phase_index = 3  # the left leg's hold ran its time before the app died
    crashed.work = {1: 1}
    crashed.drill("press").reps_left, crashed.drill("press").hold_left_s = 1, 3.0
    store = HistoryStore()
    store.begin(crashed)  # in progress when the app "died"
    store.close()

    window.open_history_store()
    assert window.current_page().objectName() == "interrupted"
    with qtbot.waitSignal(window.session_started) as started:
        key(qtbot, window, Qt.Key.Key_R)  # resume
    runner = started.args[0]
    qtbot.waitUntil(lambda: runner.started)
    # the right leg's hold (phase 3) is picked up at its lead-in, switch legs (phase 2), so it
    # starts on its 3-2-1 and not cold on the key that resumes; paused for the athlete
    assert runner.phase.index == 2 and runner.phase.kind.value == "switch" and runner.is_paused
    key(qtbot, window, Qt.Key.Key_Space)
    assert not runner.is_paused
    run_until_over(qtbot, clock, runner)
    key(qtbot, window, Qt.Key.Key_Return)  # leave the done screen: the summary
    key(qtbot, window, Qt.Key.Key_Return)  # save
    assert window.current_page() is window.menu
    [saved] = window.store.sessions()
    assert saved.uuid == crashed.uuid and saved.status is Status.COMPLETED


def test_an_interrupted_session_can_be_kept_as_stopped_early(qtbot, window):
    plan = SessionPlan(SHORT)
    crashed = SessionRecord.new(plan, planned_s=compile_timeline(plan).estimated_s)
    store = HistoryStore()
    store.begin(crashed)
    store.close()

    window.open_history_store()
    key(qtbot, window, Qt.Key.Key_K)
    assert window.current_page() is window.menu
    [kept] = window.store.sessions()
    assert kept.status is Status.STOPPED_EARLY


def test_an_unreadable_history_is_moved_aside_and_the_athlete_told_where(qtbot, window):
    store = HistoryStore()
    path = store.path
    store.close()
    path.write_bytes(b"this is not a database" * 100)
    window.open_history_store()
    assert window.store is not None and window.store.sessions() == []
    told = [box.text() for box in window.messages]
    assert any(str(window.store.moved_aside) in text for text in told)
    assert window.store.moved_aside.read_bytes().startswith(b"this is not a database")


def test_a_stopped_session_is_summed_up_and_kept_as_stopped_early(qtbot, clock, window):
    qtbot.keyClick(window.menu, Qt.Key.Key_Down)  # "Short test"
    qtbot.keyClick(window.menu, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.session_started) as started:
        qtbot.keyClick(window.current_page(), Qt.Key.Key_Return)
    runner = started.args[0]
    qtbot.waitUntil(lambda: runner.started)
    for _ in range(12):  # six seconds in: a hold on the left leg has been done
        clock.advance(0.5)
        runner.tick()
    view = window.session_view
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    view.stop_box.button(view.stop_box.StandardButton.Yes).click()
    assert runner.is_over and runner.state_names() == {"stopped"}
    qtbot.keyClick(view, Qt.Key.Key_Return)
    summary = window.current_page()
    assert summary.objectName() == "summary"
    assert summary.record.status is Status.STOPPED_EARLY
    qtbot.keyClick(summary, Qt.Key.Key_Return)
    [kept] = window.store.sessions()
    assert kept.status is Status.STOPPED_EARLY and kept.uuid == summary.record.uuid


def test_a_history_that_cannot_be_written_is_said_on_the_session_screen(
        qtbot, window, monkeypatch):
    from isohold.core.history.store import HistoryWriteError

    def full(_record):  # the store's own full-disk path is tested in test_store.py
        raise HistoryWriteError("The disk is full: this session could not be saved.")

    window.open_history_store()
    monkeypatch.setattr(window.store, "begin", full)
    monkeypatch.setattr(window.store, "record_phase", full)
    qtbot.keyClick(window.menu, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.session_started) as started:
        qtbot.keyClick(window.current_page(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: started.args[0].started)
    status = window.session_view.status_label
    assert status.isVisible() and "Not being saved" in status.text()
    started.args[0].stop()


def test_enter_on_a_history_row_opens_it_and_its_notes_are_saved_by_keys(qtbot, window):
    from datetime import date

    from isohold.core.history.sample import made_up_sessions

    window.open_history_store()
    window.store.add_finished(made_up_sessions(20, date.today(), seed=2))
    qtbot.keyClick(window.menu, Qt.Key.Key_H)
    history = window.current_page()
    assert history.objectName() == "history"
    qtbot.waitUntil(lambda: history.table.hasFocus())  # the list has the keys, first row chosen
    newest = history.lines[0]
    key(qtbot, window, Qt.Key.Key_Return)
    opened = history.session_window
    assert opened is not None and opened.line == newest
    qtbot.waitUntil(lambda: opened.notes.hasFocus())
    opened.notes.clear()
    qtbot.keyClicks(opened.notes, "Achilles fine")
    opened.rpe.setText("6")
    with qtbot.waitSignal(window.changes().changed) as told:
        key(qtbot, window, Qt.Key.Key_Return)
    assert told.args == ["notes", newest.uuid]
    saved = window.store.session(newest.uuid)
    assert (saved.notes, saved.rpe) == ("Achilles fine", 6)
    assert not opened.isVisible()
    assert window.focusWidget() is history.table  # back on the list once the window is active
    key(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_page() is window.menu


def test_the_history_export_starts_where_the_last_one_went_even_after_a_restart(
        qtbot, window, monkeypatch, tmp_path):
    from pathlib import Path

    from PySide6.QtWidgets import QFileDialog

    from isohold.core.settings import Settings

    window.open_history_store()
    starts = []

    def dialog(parent, caption, start, filters):
        starts.append(Path(start).parent)
        return str(tmp_path / "sessions.csv"), "CSV, for spreadsheets (*.csv)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", dialog)
    qtbot.keyClick(window.menu, Qt.Key.Key_H)
    window.current_page().export()
    qtbot.keyClick(window.current_page(), Qt.Key.Key_Escape)
    qtbot.keyClick(window.menu, Qt.Key.Key_H)
    window.current_page().export()
    assert starts[1] == tmp_path and starts[0] != tmp_path
    assert Settings.load()["export_folder"] == str(tmp_path)  # kept for the next start
