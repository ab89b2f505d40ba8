"""A preview (`isohold --speed 20`) in a real X window: the export marks it with its clock speed
and keeps its wall-clock times true, so nothing reads it as training.

Judged by the app's own export, as the other black-box tests are.
"""

from __future__ import annotations

from datetime import datetime

from tests.blackbox.test_summary_keys import start_and_stop
from tests.blackbox.xwindow import sessions_in


def test_a_preview_is_exported_with_its_clock_speed_and_true_wall_clock_times(isohold):
    start_and_stop(isohold, "preview")  # iso-holds at --speed 20, ~1.5 s, stopped
    isohold.key("Return")  # the end screen -> the summary
    isohold.key("Return")  # save
    sessions = sessions_in(isohold.history_rows())
    assert len(sessions) == 1, f"one session expected, found {len(sessions)}"
    rows = next(iter(sessions.values()))
    assert {row["clock_speed"] for row in rows} == {"20"}, (
        f"clock_speed {sorted({row['clock_speed'] for row in rows})}, not 20: the preview is "
        "not marked as one")
    row = rows[0]
    assert row["status"] == "stopped_early"
    wall_s = (datetime.fromisoformat(row["ended_at"])
              - datetime.fromisoformat(row["started_at"])).total_seconds()
    session_s = float(row["total_s"])
    # total_s is on the session clock: at 20x, ~1.5 s of real time is ~30 s of it
    assert session_s / 20 <= wall_s + 2, (
        f"total_s {session_s} at clock_speed 20 is {session_s / 20:.1f} s of real time, more "
        f"than the {wall_s:.0f} s from started_at to ended_at")
    assert session_s > wall_s, f"total_s {session_s} is not session-clock time ({wall_s} s wall)"
    isohold.close_window()
    assert isohold.wait_exit(10) == 0
