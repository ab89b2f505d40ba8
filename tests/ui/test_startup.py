"""Start-up as the `isohold` command runs it, in a child process: what is left until after
the first frame (benchmarks/startup.py measures how long it takes)."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

# Runs `isohold.cli.main` and reports, when start-up hands over to `_settle_in` (the first zero-time
# timer after the first frame): the collector's state; then, after settling in, the
# collector's state and the page on screen.
CHILD = """
import gc, sys
import isohold.ui.application as application
from PySide6 import QtCore

settle_in = application._settle_in

def reporting_settle_in(window):
    print("collector on before:", gc.isenabled())
    settle_in(window)
    print("collector on after:", gc.isenabled(), "frozen:", gc.get_freeze_count() > 0)
    print("page:", type(window.current_page()).__name__)
    print("history open:", window.store is not None)
    application.QApplication.quit()

application._settle_in = reporting_settle_in
QtCore.QTimer.singleShot(20000, application.QApplication.quit)
from isohold.cli import main
sys.exit(main(sys.argv[1:]))
"""


def start(*args: str) -> list[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISOHOLD_AUDIO="silent")
    env.pop("ISOHOLD_QUIT_WHEN_SHOWN", None)
    done = subprocess.run([sys.executable, "-c", CHILD, *args], env=env, capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.splitlines()


@pytest.mark.parametrize("args, page", [((), "RoutineMenu"), (("--routine", "full"), "SetupPage")])
def test_after_the_first_frame_the_collector_is_back_and_the_history_opens(args, page):
    # Also when the window opens on a setup page and the menu is never painted.
    assert start(*args) == [
        "collector on before: False",
        "collector on after: True frozen: True",
        f"page: {page}",
        "history open: True",
    ]
