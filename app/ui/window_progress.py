"""The main window's pages that read the record (issue 13): the setup page's suggestions, pain
check and load, the next-morning question before it, the program followed, and the leg tests.

A mixin of `MainWindow` (it uses the window's pages, store, settings, clock and cue player), kept
apart so the window's own file stays about pages, sessions and settings.
"""

from __future__ import annotations

import logging

from isohold.core.clock import SystemClock
from isohold.core.routines import Routine
from isohold.ui.shared.labels import Words, filled
from isohold.ui.shared.said import said

log = logging.getLogger(__name__)


class ProgressWords(Words):
    """The messages of the pages that read the record."""


class ProgressPages:
    """Opens the pages that follow the athlete's record; see the module's docstring."""

    # -- what the record says: suggestions, the next morning --------------------------------
    def progress_for(self, routine: Routine, lines=None):
        """What the record says for the routine's next session (setup_progress.Progress: the
        suggestions, the pain check, the load), or None with no history open to ask."""
        from isohold.core.history.records import now_local
        from isohold.core.history.store import HistoryError
        from isohold.ui.setup_progress import progress_from_store

        if self.store is None:
            return None
        try:
            return progress_from_store(routine, self.store, now_local(), self.settings["level"],
                                       lines)
        except HistoryError as error:
            log.warning("no suggestions for %s: %s", routine.id, error)
            return None

    def _ask_next_morning(self, routine: Routine, program_choices: dict | None = None) -> bool:
        """The next-morning question before the setup page, when the last session awaits it
        (8-36 h after it ended, no answer yet) and it was not asked in this run (a skip is not
        asked again). Never blocks training: Esc goes on to the setup page."""
        from isohold.core.history.records import now_local
        from isohold.core.history.store import HistoryError
        from isohold.ui.morning_check import MorningCheck

        if self.store is None:
            return False
        try:
            waiting = self.store.awaiting_next_morning(now_local())
        except HistoryError as error:
            log.warning("no next-morning question: %s", error)
            return False
        if waiting is None or waiting.uuid in self.morning_asked:
            return False
        self.morning_asked.add(waiting.uuid)
        from isohold.ui.language import routine_text

        name = routine_text(waiting.routine_id, "name", waiting.routine_name)  # the language's
        page = MorningCheck(waiting.uuid, name, waiting.started_at, parent=self.pages)

        def go_on(error: str = "") -> None:
            self.open_setup(routine, program_choices, ask_morning=False)
            self._drop_page(page)
            if error:
                self.setup_page.say(filled(ProgressWords.tr(
                    "Your answer about this morning was not saved: %1"), said(error)))

        page.answered.connect(lambda uuid, pain: go_on(self.changes().set_next_morning(uuid,
                                                                                    pain)))
        page.skipped.connect(lambda _uuid: go_on())
        self._show_page(page, page.pain)
        return True

    # -- programs ---------------------------------------------------------------------------
    def programs(self):
        """ProgramChanges: the programs and the one followed, read on first use."""
        from isohold.ui.program_changes import ProgramChanges

        if self.program_changes is None:
            self.program_changes = ProgramChanges(self.routines, self._history_lines, parent=self)
            self.program_changes.standing_changed.connect(self._show_program_on_menu)
        return self.program_changes

    def _history_lines(self) -> list:
        """The history's lines for where the athlete is in the program; none without one."""
        from isohold.core.history.store import HistoryError

        if self.store is None:
            return []
        try:
            return self.store.lines()
        except HistoryError as error:
            log.warning("no history for the program: %s", error)
            return []

    def _routine_names(self) -> dict[str, str]:
        return {routine.id: routine.name for routine in self.routines}

    def _show_program_on_menu(self, standing) -> None:
        self.menu.show_program(standing, self._routine_names())

    def open_program(self) -> None:
        """P on the menu: the program followed, week by week, or the programs to follow."""
        from isohold.ui.program_view import ProgramView

        programs = self.programs()
        view = ProgramView(programs.found().programs, self._routine_names(),
                           programs.standing(), [said(problem) for problem in programs.problems],
                           parent=self.pages)
        programs.serve(view)
        view.start_session.connect(lambda routine_id, choices: (
            self.open_program_session(routine_id, choices), self._drop_page(view)))
        view.back_requested.connect(lambda: (self.show_menu(), self._drop_page(view)))
        self._show_page(view, view.first_focus())

    def open_program_session(self, routine_id: str, choices: dict) -> None:
        """Today's session of the program: its routine's setup page with the plan's numbers."""
        routine = self.routine(routine_id)
        if routine is None:
            self.tell(ProgressWords.tr("No such routine"), filled(ProgressWords.tr(
                "The program's session needs the routine %1, which is not there any more."),
                repr(routine_id)))
            return
        self.open_setup(routine, program_choices=choices)

    # -- leg tests --------------------------------------------------------------------------
    def open_leg_tests(self) -> None:
        """T on the menu: the heel-rise and hold tests; results saved through HistoryChanges."""
        from isohold.ui.leg_test_page import LegTestPage

        self.start_sound()
        clock = self.clock_factory()
        if getattr(clock, "speed", 1.0) != 1.0:
            # A preview's fast clock (--speed) makes no measurement: a hold of 15 s in 1.5 s
            # and a 60 bpm metronome at 600 would be saved as results. Tests run in real time.
            clock = SystemClock()
        page = LegTestPage(clock, self.cue_player, parent=self.pages)

        def save(kind, values, taken_at) -> None:
            _kept, error = self.changes().add_test(taken_at, kind, values)
            page.saved(error)

        page.test_done.connect(save)
        page.back_requested.connect(lambda: (self.show_menu(), self._drop_page(page),
                                             setattr(self, "leg_test_page", None)))
        self.leg_test_page = page
        self._show_page(page)
        self._go_full_screen_for_session()  # read from metres away, as a session is
