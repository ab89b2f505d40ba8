"""ProgramChanges: the one place on the window side where the program followed is changed, and
where the athlete is in it is worked out for the screens.

The program view and the menu ask (follow this program, stop following); this writes the
program followed (`isohold.core.programs.write_following`) and says where the athlete is now
through `standing_changed` (a `Standing`, or None when none is followed), read from the
history's lines on the injected clock. Reading never stops the app: a program file or the
followed-program file that cannot be used is in `problems`, in words.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from isohold.core.history.records import now_local
from isohold.core.program_standing import Standing, standing
from isohold.core.programs import (Following, ProgramsFound, load_programs, read_following,
                                   write_following)
from isohold.core.routines import Routine
from isohold.ui.program_text import ProgramText
from isohold.ui.shared.labels import filled

log = logging.getLogger(__name__)


class ProgramChanges(QObject):
    standing_changed = Signal(object)  # Standing | None: where the athlete is now

    def __init__(self, routines: Iterable[Routine], lines: Callable[[], Sequence],
                 now: Callable[[], datetime] = now_local, *, file: Path | None = None,
                 config_dir: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.routines = tuple(routines)
        self._lines = lines  # the history's lines (SessionLine), newest first; [] without one
        self._now = now
        self._file, self._config_dir = file, config_dir
        self._found: ProgramsFound | None = None
        self.following: Following | None = None
        self.problems: list[str] = []

    # -- reading ------------------------------------------------------------------------------
    def found(self) -> ProgramsFound:
        """The programs, read on first use (and again after `set_routines`)."""
        if self._found is None:
            self._found = load_programs(self.routines, self._config_dir)
            self.following, said = read_following(self._file)
            self.problems = [*self._found.problems, *said]
            if self.following is not None and \
                    self._found.program(self.following.program_id) is None:
                self.problems.append(filled(ProgramText.tr(
                    "The program you follow ('%1') is not among the programs now; choose one to "
                    "follow."), self.following.program_id))
            for problem in self.problems:
                log.warning("programs: %s", problem)
        return self._found

    def set_routines(self, routines: Iterable[Routine]) -> None:
        """The routines changed (saved, deleted, imported): the programs are read anew, and
        where the athlete is said again."""
        self.routines = tuple(routines)
        self._found = None
        self.refresh()

    def standing(self) -> Standing | None:
        """Where the athlete is today in the program followed; None when none is (or it is
        not there any more)."""
        found = self.found()
        program = found.program(self.following.program_id) if self.following else None
        if program is None:
            return None
        return standing(program, self.following.started, self._lines(), self._now())

    def refresh(self) -> None:
        """Say where the athlete is now (after a session, on a new day, at start-up)."""
        self.standing_changed.emit(self.standing())

    # -- changing -----------------------------------------------------------------------------
    def follow(self, program_id: str | None) -> str:
        """Follow `program_id` from today (None: stop following). Returns "" or, when it could
        not be kept for next time, why (it is followed for now all the same)."""
        self.found()
        self.following = Following(program_id, self._now().date()) if program_id else None
        said = ""
        try:
            write_following(self.following, self._file)
        except OSError as error:
            why = error.strerror or str(error)
            said = filled(ProgramText.tr("This could not be kept for next time: %1 (%2).",
                                         "why, file"), why, error.filename2 or error.filename) \
                if error.filename else \
                filled(ProgramText.tr("This could not be kept for next time: %1.", "why"), why)
            log.warning("program followed not kept: %s", error)
        self.refresh()
        return said

    def serve(self, view) -> None:
        """A ProgramView's asks are done here; it shows where the athlete is after each."""
        view.follow_requested.connect(lambda program_id: self._done(view, self.follow(program_id)))
        view.stop_requested.connect(lambda: self._done(view, self.follow(None)))

    def _done(self, view, said: str) -> None:
        view.show_standing(self.standing())
        if said:
            view.say(said)
