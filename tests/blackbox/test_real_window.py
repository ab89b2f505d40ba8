"""The real `isohold` in a real X window (Xvfb + openbox), driven by keys as an athlete would,
judged by the app's own history export.

Each test starts the binary with fresh config and data folders, presses keys through XTEST,
and reads `isohold --export-history` afterwards (and in between, to know where the session
is: the history is written after every phase, and exporting while the app runs is safe).
These tests wait in real time; `--speed` keeps each one short.
"""

from __future__ import annotations

import time

from tests.blackbox.xwindow import ENDED, Isohold, enter_starts_a_session, sessions_in



def start_session(app: Isohold, name: str, routine: str, speed: float) -> None:
    """Open the routine's setup page and press Enter: the session must be under way."""
    app.start("--routine", routine, "--speed", str(speed))
    time.sleep(0.4)  # the setup page is painted and has the focus
    app.snap(f"{name}-setup")
    enter_starts_a_session(app)


def leave_and_save(app: Isohold, name: str) -> None:
    """The end screen: Enter to the summary, Enter to save; then close the window."""
    app.key("Return")
    time.sleep(0.5)
    app.snap(f"{name}-summary")
    app.key("Return")
    time.sleep(0.5)
    app.snap(f"{name}-saved")
    app.close_window()
    code = app.wait_exit(10)
    assert code == 0, f"isohold exited with {code}; its output ends:\n{app.output()}"


def drill(rows: list[dict[str, str]], drill_id: str) -> dict[str, str]:
    found = [row for row in rows if row["drill_id"] == drill_id]
    assert len(found) == 1, f"expected one {drill_id} row, got {len(found)}: {rows}"
    return found[0]


def test_tapping_through_the_dynamic_drills_records_only_what_was_done(isohold):
    """Next every 0.3 s through the whole routine: the record holds the beats that passed and
    the reps that were counted, not the plan."""
    start_session(isohold, "dynamic", "dynamic", speed=20)
    presses = 0
    for presses in range(1, 61):  # ~32 are needed; the rest land on the end screen
        isohold.key("Right", delay_ms=0)
        time.sleep(0.3)
        if presses == 3:
            isohold.snap("dynamic-in-a-set")
    status = isohold.wait_for_status(ENDED, timeout_s=8)
    isohold.snap("dynamic-end-screen")
    assert status in ENDED, f"{presses} presses of Next did not reach the end (status {status!r})"
    leave_and_save(isohold, "dynamic")

    sessions = sessions_in(isohold.history_rows())
    assert len(sessions) == 1, f"one session expected, found {len(sessions)}"
    rows = next(iter(sessions.values()))
    wrong = []  # every finding at once: they tell apart what is still to be done
    status = rows[0]["status"]
    if status != "stopped_early":
        wrong.append(f"status {status!r}, not 'stopped_early': sets were cut short by Next "
                     "and rests skipped, so the session was not done as planned")

    jumps = drill(rows, "forefoot-jumps")
    reps, set_s = int(jumps["reps_done"]), float(jumps["set_s"])
    sets_planned = int(jumps["sets_planned"])
    if reps >= 24:
        wrong.append(f"forefoot jumps: {reps} of 24 reps in {set_s} s of sets, tapped through")
    # One rep per 4 s beat that passed (and at most one beat started in each set).
    if reps > set_s / 4 + sets_planned:
        wrong.append(f"forefoot jumps: {reps} reps in {set_s} s of sets is more beats (4 s) "
                     "than passed")

    drops = drill(rows, "drop-jumps")
    reps, sets = int(drops["reps_done"]), int(drops["sets_done"])
    if reps > 18:
        wrong.append(f"drop jumps: {reps} reps, more than 3 sets of 6 presses")
    if sets * 6 > reps:
        wrong.append(f"drop jumps: {sets} sets done with only {reps} reps counted")
    assert not wrong, "\n".join(wrong)


def test_a_held_key_does_one_thing(isohold, x_display):
    """Right held down for 1.5 s (the X server auto-repeats it): one skip, not twenty."""
    assert x_display.auto_repeat_on(), "the X server's auto-repeat is off: the test means nothing"
    start_session(isohold, "held-key", "iso-holds", speed=1)
    time.sleep(0.6)  # well inside the 10 s get-ready
    isohold.snap("held-key-get-ready")
    isohold.hold("Right", 1.5)
    time.sleep(0.3)
    isohold.snap("held-key-after-held-key")
    isohold.key("Escape")
    isohold.display.wait_for_window("Stop", isohold.process.pid, timeout_s=5)
    isohold.snap("held-key-stop-question")
    # "Yes, stop" is the default: Enter answers it (Esc or N would go on).
    isohold.key("Return")
    status = isohold.wait_for_status(ENDED, timeout_s=8)
    isohold.snap("held-key-stopped")
    assert status == "stopped_early", f"answering 'Yes, stop' left the session {status!r}"
    leave_and_save(isohold, "held-key")

    history = isohold.history_json()
    assert len(history["sessions"]) == 1
    session = history["sessions"][0]
    assert session["status"] == "stopped_early"
    # Get ready is phase 0, the first hold 1: one press passes one phase; auto-repeat went on.
    assert session["phase_index"] <= 2, (
        f"a 1.5 s held Right moved the session to phase {session['phase_index']}: "
        "each auto-repeat skipped another phase")


def test_closing_the_window_mid_session_asks_first(isohold):
    """The window manager's close (Alt+F4) during a session asks; stop-and-keep leads to the
    summary; once saved, closing closes."""
    start_session(isohold, "close", "iso-holds", speed=1)
    time.sleep(1.5)
    isohold.snap("close-before")
    isohold.close_window()
    time.sleep(1.5)
    if not isohold.alive:
        isohold.snap("close-app-gone")
        rows = isohold.history_rows()
        raise AssertionError(
            f"Alt+F4 mid-session closed the app at once (exit {isohold.process.returncode}, "
            f"history status {rows[0]['status'] if rows else 'none'!r}) instead of asking")
    isohold.snap("close-question")
    questions = isohold.dialogs("Stop")
    assert questions, "the app is still open, but no 'Stop the session?' question shows"
    isohold.key("Return")  # "Stop and keep"
    status = isohold.wait_for_status(ENDED, timeout_s=8)
    assert status == "stopped_early", f"'Stop and keep' left the session {status!r}"
    time.sleep(0.4)
    isohold.snap("close-summary")
    isohold.key("Return")  # save
    time.sleep(0.5)
    isohold.close_window()  # nothing under way now: it closes without asking
    code = isohold.wait_exit(10)
    assert code == 0, f"isohold exited with {code}; its output ends:\n{isohold.output()}"

    sessions = sessions_in(isohold.history_rows())
    assert len(sessions) == 1, f"one session expected, found {len(sessions)}"
    rows = next(iter(sessions.values()))
    assert {row["status"] for row in rows} == {"stopped_early"}
