"""The summary in a real X window: what the athlete types on arriving there is kept.

The summary gives the Notes field the keyboard focus on arrival, so an athlete who stopped a
session, pressed Enter for the summary and starts typing writes a note: no Tab, no click. Enter
saves. Judged by the app's own export (`isohold --export-history`), as the other black-box
tests are.
"""

from __future__ import annotations

import time

from tests.blackbox.xwindow import ENDED, Isohold, enter_starts_a_session, sessions_in

NOTE = "Knees held, heels up"


def start_and_stop(app: Isohold, name: str) -> None:
    """A session of iso-holds at 20x: Enter, ~1.5 s, Esc, "Yes, stop" (Tab, space)."""
    app.start("--routine", "iso-holds", "--speed", "20")
    app.display.park_pointer()
    app.settle_main_window()  # the main window, focused (not a message under its title)
    time.sleep(0.4)  # the setup page is painted and has the focus
    enter_starts_a_session(app)
    time.sleep(1.5)
    app.stop_by_keys()  # Esc, then Tab (from "No, go on") and space on "Yes, stop"
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
