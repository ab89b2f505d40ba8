"""ProgramChanges, the window side of programs: following and stopping from the program view
are kept (and read back by the next start), where the athlete is follows the history and the
day, a followed program that is gone or a file that cannot be written is said."""

from __future__ import annotations

import os
from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from isohold.core.loader import load_routines
from isohold.core.program_standing import Today
from isohold.core.programs import Following, read_following
from isohold.ui.program_changes import ProgramChanges
from isohold.ui.program_view import ProgramView
from tests.core.test_programs_standing import START, at, line
from tests.ui.keys import press

ROUTINES = load_routines().routines
NAMES = {routine.id: routine.name for routine in ROUTINES}


class Clock:
    def __init__(self, day: int) -> None:
        self.moment = at(day, 12)

    def __call__(self):
        return self.moment


@pytest.fixture
def history():
    return []


def changes_for(tmp_path, history, clock):
    return ProgramChanges(ROUTINES, lambda: list(history), clock,
                          file=tmp_path / "program.json", config_dir=tmp_path)


def make_view(qtbot, changes):
    view = ProgramView(changes.found().programs, NAMES, changes.standing(), changes.problems)
    changes.serve(view)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    return view


def test_following_from_the_view_is_kept_and_read_back(qtbot, tmp_path, history):
    clock = Clock(0)
    changes = changes_for(tmp_path, history, clock)
    view = make_view(qtbot, changes)
    assert view.choosing()  # nothing followed yet
    with qtbot.waitSignal(changes.standing_changed) as signal:
        press(view.programs, Qt.Key.Key_Return)
    found = signal.args[0]
    assert (found.program.id, found.today, found.week) == ("lower-leg-6-weeks", Today.DUE, 1)
    assert not view.choosing() and view.today.text() == "Today: Isometric holds"
    assert read_following(tmp_path / "program.json") == (
        Following("lower-leg-6-weeks", START), [])
    # the next start reads it back, and the history moves the athlete on
    history.append(line(0))
    clock.moment = at(2, 9)
    again = changes_for(tmp_path, history, clock)
    assert again.standing().done == 1 and again.standing().next.number == 2


def test_stopping_forgets_the_program_and_the_view_offers_the_programs(qtbot, tmp_path,
                                                                      history):
    changes = changes_for(tmp_path, history, Clock(0))
    changes.follow("holds-6-weeks")
    view = make_view(qtbot, changes)
    with qtbot.waitSignal(changes.standing_changed) as signal:
        press(view.start_button, Qt.Key.Key_X)
        press(view.start_button, Qt.Key.Key_X)
    assert signal.args == [None]
    assert view.choosing()
    assert not (tmp_path / "program.json").exists()


def test_a_day_later_the_standing_follows_the_clock(tmp_path, history):
    clock = Clock(0)
    changes = changes_for(tmp_path, history, clock)
    changes.follow("lower-leg-6-weeks")
    history.append(line(0))
    assert changes.standing().today is Today.DONE_TODAY
    clock.moment += timedelta(days=2)
    assert changes.standing().today is Today.DUE


def test_a_followed_program_that_is_gone_is_said_and_nothing_followed(tmp_path, history):
    (tmp_path / "program.json").write_text(
        '{"version": 1, "program": "my-old-block", "started": "2026-11-02"}', encoding="utf-8")
    changes = changes_for(tmp_path, history, Clock(0))
    assert changes.standing() is None
    assert any("'my-old-block'" in problem for problem in changes.problems)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root writes anywhere")
def test_a_program_that_cannot_be_kept_is_followed_for_now_and_said(qtbot, tmp_path, history):
    folder = tmp_path / "locked"
    folder.mkdir()
    changes = ProgramChanges(ROUTINES, lambda: list(history), Clock(0),
                             file=folder / "program.json", config_dir=tmp_path)
    view = make_view(qtbot, changes)
    folder.chmod(0o500)
    try:
        press(view.programs, Qt.Key.Key_Return)
    finally:
        folder.chmod(0o700)
    assert view.standing is not None and view.standing.program.id == "lower-leg-6-weeks"
    assert view.said.isVisible() and "could not be kept for next time" in view.said.text()


def test_a_program_that_cannot_be_kept_returns_why(tmp_path, history):
    target = tmp_path / "program.json"
    target.mkdir()  # a folder where the file should be: os.replace fails
    changes = ProgramChanges(ROUTINES, lambda: list(history), Clock(0), file=target,
                             config_dir=tmp_path)
    said = changes.follow("lower-leg-6-weeks")
    assert said.startswith("This could not be kept for next time")
    assert changes.standing() is not None  # followed for now all the same
