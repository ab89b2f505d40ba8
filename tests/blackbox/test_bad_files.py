"""No session lost to a bad file: the real `isohold` started with a broken file in its config
folder still opens its window, runs a built-in session by keys and keeps it in the history.

Each case puts one bad file in place in a fresh config folder, starts the binary in a real X
window (Xvfb + openbox), answers a message about the file if one shows (a screenshot is kept:
look at it), runs iso-holds at 20x by keys (Enter, a few Rights, Esc, "Yes, stop", Enter to
the summary, Enter to save, Alt+F4), and reads `isohold --export-history` afterwards: one
session, stopped early, and no traceback in anything the app printed.

(A damaged cue sound is not tested here: it would need a copy of the app's resources.)
"""

from __future__ import annotations

import os
import time
from pathlib import Path
from typing import Callable

import pytest

from tests.blackbox.xwindow import ENDED, Isohold, XError, enter_starts_a_session, sessions_in

WINDOW_WITHIN_S = 10.0  # a file that blocks (a FIFO) must not hold the window back


# -- the bad files --------------------------------------------------------------------------
def surrogate_routine(config: Path) -> None:
    """A user routine whose name holds a lone surrogate, as the 6-character JSON escape
    `\\udcff` (valid JSON, not valid Unicode text)."""
    folder = config / "routines"
    folder.mkdir(parents=True)
    text = ('{"version": 1, "routines": [{"id": "mine", "name": "Routine \\udcff y", '
            '"drills": ["wall-press-straight"]}]}')
    assert "\\udcff" in text and len(text.encode("ascii")) == len(text)  # the escape, no byte
    (folder / "mine.json").write_text(text, encoding="ascii")


def fifo_routine(config: Path) -> None:
    """A named pipe called p.json among the routines: opening it to read would block."""
    folder = config / "routines"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "p.json")


def settings_values_null(config: Path) -> None:
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"version": 1, "values": null}', encoding="utf-8")


def settings_text_scale_nan(config: Path) -> None:
    config.mkdir(parents=True)
    (config / "settings.json").write_text('{"version": 1, "values": {"text_scale": NaN}}',
                                          encoding="utf-8")


CASES: dict[str, Callable[[Path], None]] = {
    "surrogate-routine-name": surrogate_routine,
    "fifo-routine-file": fifo_routine,
    "settings-values-null": settings_values_null,
    "settings-text-scale-nan": settings_text_scale_nan,
}


# -- the session by keys --------------------------------------------------------------------
def answer_any_message(app: Isohold, name: str) -> str:
    """A message about the bad file may show at start-up: screenshot it, Return on it; its
    title ("" if none showed within 3 s)."""
    wid = app.wait_for_dialog(".", timeout_s=3.0)
    if wid is None:
        app.snap(f"{name}-no-message")
        return ""
    time.sleep(0.4)  # painted
    title = app.display.window_name(wid)
    app.snap(f"{name}-message")
    app.dismiss(wid, "Return")
    time.sleep(0.3)
    return title


def run_a_session_by_keys(app: Isohold, name: str) -> None:
    """Enter on the setup page, three Rights, Esc, "Yes, stop", Enter (the summary), Enter
    (save), Alt+F4 (nothing under way: it closes)."""
    enter_starts_a_session(app)
    time.sleep(0.8)
    for _ in range(3):
        app.key("Right")
        time.sleep(0.35)  # apart by more than the 250 ms debounce
    app.snap(f"{name}-in-session")
    app.stop_by_keys()  # Esc, then Enter on "Yes, stop"
    status = app.wait_for_status(ENDED, timeout_s=8)
    assert status == "stopped_early", f"answering 'Yes, stop' left the session {status!r}"
    app.focus_window(app.wid)  # the question is gone: the end screen has the keys again
    time.sleep(0.3)
    app.snap(f"{name}-end-screen")
    app.key("Return")  # the summary
    time.sleep(0.5)
    app.snap(f"{name}-summary")
    app.key("Return")  # save
    time.sleep(0.5)
    app.close_window()
    code = app.wait_exit(10)
    assert code == 0, f"isohold exited with {code}; its output ends:\n{app.output()}"


@pytest.mark.parametrize("case", list(CASES))
def test_a_bad_file_loses_no_session(isohold, case):
    began = time.monotonic()
    CASES[case](isohold.home / "config")
    try:
        isohold.start("--routine", "iso-holds", "--speed", "20", timeout_s=WINDOW_WITHIN_S)
    except XError as error:
        isohold.snap(f"{case}-no-window")
        raise AssertionError(
            f"{case}: no Isohold window within {WINDOW_WITHIN_S} s ({error}); isohold "
            f"{'still runs (a hang?)' if isohold.alive else 'has exited'}; its output ends:\n"
            f"{isohold.output()}") from None
    shown_s = time.monotonic() - began
    isohold.display.park_pointer()
    isohold.settle_main_window()  # a message may have shown under the plain title at first
    message = answer_any_message(isohold, case)
    isohold.focus_window(isohold.wid)
    time.sleep(0.3)
    isohold.snap(f"{case}-setup")
    run_a_session_by_keys(isohold, case)

    output = isohold.full_output()
    assert "Traceback" not in output, f"{case}: isohold printed a traceback:\n{output[-3000:]}"
    sessions = sessions_in(isohold.history_rows())
    assert len(sessions) == 1, (
        f"{case}: the export holds {len(sessions)} sessions, not the one run by keys "
        f"(message at start-up: {message!r})")
    rows = next(iter(sessions.values()))
    statuses = {row["status"] for row in rows}
    assert statuses == {"stopped_early"}, f"{case}: session status {sorted(statuses)}"
    print(f"\n{case}: window in {shown_s:.1f} s, message {message!r}, "
          f"{time.monotonic() - began:.1f} s in all")
