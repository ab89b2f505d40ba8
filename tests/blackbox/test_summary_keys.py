"""The summary in a real X window: what the athlete types on arriving there is kept.

The summary gives the Notes field the keyboard focus on arrival, so an athlete who stopped a
session, pressed Enter for the summary and starts typing writes a note: no Tab, no click. Enter
saves, at once: the notes are in the history before the window is closed (closing on the summary
would keep them too, so the export is read while the window is still open). Judged by the app's
own export (`isohold --export-history`), as the other black-box tests are.
"""

from __future__ import annotations

import time

from tests.blackbox.xwindow import ENDED, Isohold, enter_starts_a_session, sessions_in

NOTE = "Knees held, heels up"


def stop_by_enter(app: Isohold, timeout_s: float = 5.0) -> None:
    """Esc in the session, then Enter on the question: "Yes, stop" is its default button and
    holds the focus (app/ui/session/stop_question.py)."""
    app.focus_window(app.wid, timeout_s)
    app.key("Escape")
    question = app.wait_for_dialog("Stop", timeout_s)
    assert question is not None, f"Esc showed no 'Stop the session?' question in {timeout_s} s"
    app.focus_window(question, timeout_s)
    app.key("Return")


def start_and_stop(app: Isohold, name: str) -> None:
    """A session of iso-holds at 20x: Enter, ~1.5 s, Esc, Enter on "Yes, stop"."""
    app.start("--routine", "iso-holds", "--speed", "20")
    app.display.park_pointer()
    app.settle_main_window()  # the main window, focused (not a message under its title)
    time.sleep(0.4)  # the setup page is painted and has the focus
    enter_starts_a_session(app)
    time.sleep(1.5)
    stop_by_enter(app)
    status = app.wait_for_status(ENDED, timeout_s=8)
    assert status == "stopped_early", f"answering 'Yes, stop' left the session {status!r}"
    app.focus_window(app.wid)  # the question is gone: the end screen has the keys again
    time.sleep(0.3)
    app.snap(f"{name}-end-screen")


def test_typing_on_arrival_goes_to_the_notes(isohold):
    """Enter on the end screen, then type at once (no Tab): the words are the session's notes;
    Enter saves them; closing the window afterwards closes it."""
    began = time.monotonic()
    start_and_stop(isohold, "notes")
    isohold.key("Return")  # the end screen -> the summary
    isohold.type_text(NOTE)  # at once: the keys queue behind the Return, in order
    time.sleep(0.5)
    isohold.snap("notes-summary-typed")
    assert isohold.alive, f"isohold exited on the summary; its output ends:\n{isohold.output()}"
    isohold.key("Return")  # save
    time.sleep(0.5)
    isohold.snap("notes-saved")
    saved_by_enter = {row["notes"] for row in isohold.history_rows()}
    assert saved_by_enter == {NOTE}, (
        f"after Enter on the summary the notes column is {sorted(saved_by_enter)!r}, not "
        f"{NOTE!r}: Enter did not save what was typed on arrival")
    isohold.close_window()  # nothing under way: it closes without asking
    code = isohold.wait_exit(10)
    assert code == 0, f"isohold exited with {code}; its output ends:\n{isohold.output()}"
    output = isohold.full_output()
    assert "Traceback" not in output, f"isohold printed a traceback:\n{output[-3000:]}"

    sessions = sessions_in(isohold.history_rows())
    assert len(sessions) == 1, f"one session expected, found {len(sessions)}"
    rows = next(iter(sessions.values()))
    assert {row["status"] for row in rows} == {"stopped_early"}, (
        f"status {sorted({row['status'] for row in rows})}, not stopped_early")
    notes = {row["notes"] for row in rows}
    assert notes == {NOTE}, (
        f"the notes column is {sorted(notes)!r}, not {NOTE!r}: what was typed on arriving at "
        "the summary did not land in the Notes field (or Enter did not save it)")
    print(f"\ntyping-on-arrival: {time.monotonic() - began:.1f} s")
