"""Remembered choices in a real X window: what the athlete set up last time comes back.

The real `isohold`, keys only: open the dynamic drills, set the drop jumps to 4 sets from a
50 cm box (their defaults are 3 sets from 40 cm), start, stop (Esc, Enter), save the summary
(Enter), quit. Start again and open the same routine: Enter starts at once, and the session
the app records (read from its own export, `isohold --export-history`) is planned with 4 sets
from 50 cm again. "Last time" is the routine's last finished session in the history (the query
the page shows) and is looked at in the screenshot of the setup page.
"""

from __future__ import annotations

import time

from isohold.core.history import HistoryStore
from tests.blackbox.xwindow import ENDED, STARTED, Isohold, enter_starts_a_session

ROUTINE = "dynamic"  # forefoot jumps, downhill sprints, drop and block jumps


def open_setup(app: Isohold, name: str) -> None:
    app.start("--routine", ROUTINE)  # real time: a preview (--speed) is no "last time"
    app.display.park_pointer()
    app.settle_main_window()
    time.sleep(0.6)  # painted, the history opened, the first choice focused
    app.snap(f"{name}-setup")


def stop_save_and_quit(app: Isohold, name: str) -> None:
    app.stop_by_keys()
    status = app.wait_for_status(ENDED, timeout_s=8)
    assert status == "stopped_early", f"answering 'Yes, stop' left the session {status!r}"
    app.focus_window(app.wid)
    app.key("Return")  # the end screen -> the summary
    time.sleep(0.5)
    app.key("Return")  # save
    time.sleep(0.5)
    app.snap(f"{name}-saved")
    app.close_window()
    code = app.wait_exit(10)
    assert code == 0, f"isohold exited with {code}; its output ends:\n{app.output()}"


def drops_planned(app: Isohold) -> tuple[str, str]:
    """The newest session's drop jumps: sets planned and box height planned, from the export."""
    rows = app.history_rows()
    newest = rows[0]["session_uuid"]
    [drops] = [row for row in rows
               if row["session_uuid"] == newest and row["drill_id"] == "drop-jumps"]
    return drops["sets_planned"], drops["box_height_planned_cm"]


def test_changed_choices_come_back_after_a_restart(isohold):
    open_setup(isohold, "remembered-first")
    # Tab order: forefoot rest, sprint reps, drop sets, drop box, drop rest
    isohold.key("Tab", "Tab", "Up", "Tab", "Up", "Up")  # 4 sets; 40 -> 45 -> 50 cm
    time.sleep(0.3)
    isohold.snap("remembered-first-changed")
    enter_starts_a_session(isohold)
    assert drops_planned(isohold) == ("4", "50"), (
        f"the keys on the setup page did not set 4 sets from 50 cm: {drops_planned(isohold)}")
    time.sleep(1.0)
    stop_save_and_quit(isohold, "remembered-first")

    with HistoryStore(isohold.home / "data" / "history.sqlite3") as store:
        last = store.last_session(ROUTINE)
    assert last is not None and last.status.value == "stopped_early", (
        f"the history has no finished session of {ROUTINE!r} to show as last time: {last}")

    open_setup(isohold, "remembered-again")  # the screenshot shows "Last time (today): ..."
    output = isohold.full_output()
    assert "could not remember" not in output, f"the choices were not saved:\n{output[-2000:]}"
    isohold.key("Return")  # start at once: no key changed anything this time
    status = isohold.wait_for_status(STARTED | ENDED, timeout_s=8)
    assert status in STARTED, f"Enter did not start the session (status {status!r})"
    sets, box = drops_planned(isohold)
    assert (sets, box) == ("4", "50"), (
        f"after a restart the drop jumps are planned with {sets} sets from {box} cm, not the 4 "
        "sets from 50 cm chosen last time (the defaults are 3 from 40 cm)")
    stop_save_and_quit(isohold, "remembered-again")
    assert "Traceback" not in isohold.full_output(), isohold.full_output()[-3000:]
