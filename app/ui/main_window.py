"""The main window: routine menu -> setup page -> session view, plus history and settings.

Pages live in one QStackedWidget. Starting a session compiles the timeline from the setup
page's plan, creates a SessionRunner on an injected clock and the SessionView, then calls
`_connect_session`: the one place where the listeners of a session (cue player, history
recorder) are attached. The setup page opens on the athlete's remembered choices for the
routine (`Choices`, loaded on first use) and the routine's last session from the history; a
session started from it remembers its choices (a failure to save them is said on the next setup
page and logged, and never stops the session). Heavy modules (the runner's QtStateMachine, the session view) are
imported when the first session starts, not at start-up.

Settings apply at once, but for the language: the one installed at start-up stays (half the
pages would change, half not), and OK says that the new one comes at the next start. F11
toggles full screen and Ctrl+Q quits from every page, as closing the window does (a session
under way asks first).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QPaintEvent, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QStackedWidget, QWidget

from isohold.core.clock import Clock, SystemClock
from isohold.core.routines import Routine, SessionPlan
from isohold.core.session_defaults import SessionDefaults
from isohold.core.settings import Settings
from isohold.core.timeline import compile_timeline
from isohold.ui.menu import RoutineMenu
from isohold.ui.shared.labels import Words, filled
from isohold.ui.shared.said import error_text, said, said_lines
from isohold.ui.theme import apply_theme
from isohold.ui.window_progress import ProgressPages

if TYPE_CHECKING:  # imported where first used, to keep them out of start-up
    from PySide6.QtWidgets import QMessageBox

    from isohold.ui.setup_page import SetupPage

log = logging.getLogger(__name__)


class WindowWords(Words):
    """The main window's messages and their titles."""


def resume_point(timeline, index: int) -> int:
    """Where an interrupted session picks up: the phase it had reached, or, when that is a hold
    or a set, the short lead-in before it (get ready, reset, switch legs, next drill), so the
    work starts on its 3-2-1 and not cold on the key that resumes."""
    from isohold.core.phases import PhaseKind

    if not 0 < index < len(timeline):
        return index
    lead_ins = (PhaseKind.GET_READY, PhaseKind.RESET, PhaseKind.SWITCH, PhaseKind.NEXT_DRILL)
    if timeline[index].kind in (PhaseKind.HOLD, PhaseKind.SET) and \
            timeline[index - 1].kind in lead_ins:
        return index - 1
    return index


class MainWindow(ProgressPages, QMainWindow):
    session_started = Signal(object)  # SessionRunner, once its view is on screen
    settings_applied = Signal()
    first_painted = Signal()  # once: the window's first frame, whichever page it shows

    def __init__(self, routines: list[Routine] | tuple[Routine, ...], settings: Settings,
                 clock_factory: Callable[[], Clock] = SystemClock,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent, objectName="mainWindow")
        self.setWindowTitle("Isohold")
        self.setMinimumSize(800, 480)  # a maximised window on a 960x600 screen, frame and all
        self.routines = tuple(routines)
        self.settings = settings
        self.clock_factory = clock_factory
        self.runner = None  # the session under way (SessionRunner), if any
        self.session_view: QWidget | None = None
        self.setup_page: SetupPage | None = None
        self.cue_player = None  # CuePlayer, made after the first paint (start_sound)
        self.language = "en"  # the language installed (application.build_window sets it)
        self.ducker = None  # MusicDucker: other players' music lowered under the cues
        self.store = None  # HistoryStore, opened after the first paint (open_history_store)
        self.recorder = None  # the HistoryRecorder of the session under way
        self.history_problem = ""  # why the history could not be opened, if it could not
        self.messages: list[QMessageBox] = []
        self.summary = None  # the SummaryView on screen, if any
        self._changes = None  # HistoryChanges, made on first use
        self._painted = False
        self._state_before_session = None  # the window state a full-screen session left
        self.choices = None  # the remembered setup choices (Choices), loaded on first use
        self.choices_not_saved = ""  # why the last session's choices could not be remembered
        self.program_changes = None  # ProgramChanges: the programs and the one followed
        self.leg_test_page = None  # the LegTestPage on screen, if any
        self.morning_asked: set[str] = set()  # sessions asked about the next morning this run

        self.pages = QStackedWidget(objectName="pages")
        self.setCentralWidget(self.pages)
        self.editor = None  # the routine editor (RoutineEditor), while it is open
        self.menu = self._make_menu()
        self.pages.addWidget(self.menu)
        self.full_screen_key = QShortcut(QKeySequence("F11"), self)
        self.full_screen_key.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.full_screen_key.activated.connect(self.toggle_full_screen)
        # Ctrl+Q quits from every page as closing the window does (a session under way asks)
        self.quit_key = QShortcut(QKeySequence("Ctrl+Q"), self)
        self.quit_key.activated.connect(self.close)
        self.show_menu()

    def _make_menu(self) -> RoutineMenu:
        menu = RoutineMenu(self.routines, self.pages,  # parented now: styled once
                           SessionDefaults.from_settings(self.settings))
        menu.routine_chosen.connect(self.open_setup)
        menu.history_requested.connect(self.open_history)
        menu.settings_requested.connect(self.open_settings)
        menu.editor_requested.connect(lambda: self.open_editor(self._routine_on_menu()))
        menu.edit_requested.connect(self.open_editor)
        menu.program_requested.connect(self.open_program)
        menu.program_session_chosen.connect(self.open_program_session)
        menu.leg_tests_requested.connect(self.open_leg_tests)
        return menu

    # -- pages ------------------------------------------------------------------------------
    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _show_page(self, page: QWidget, focus: QWidget | None = None) -> None:
        if self.pages.indexOf(page) < 0:
            self.pages.addWidget(page)
        self.pages.setCurrentWidget(page)
        (focus or page).setFocus()

    def _drop_page(self, page: QWidget | None) -> None:
        if page is not None and page is not self.menu:
            self.pages.removeWidget(page)
            page.deleteLater()

    def show_menu(self) -> None:
        self._leave_full_screen_of_session()
        self._show_page(self.menu)
        if self.store is not None:  # the menu's card: a session may have moved the athlete on
            self.programs().refresh()

    def routine(self, routine_id: str) -> Routine | None:
        return next((routine for routine in self.routines if routine.id == routine_id), None)

    def open_editor(self, routine: Routine | None = None) -> None:
        """The routine editor (R on the menu), on `routine` when one is named (E on a card)."""
        from isohold.ui.editor.routine_page import RoutineEditor

        if self.editor is None:
            self.editor = RoutineEditor(defaults=SessionDefaults.from_settings(self.settings))
            self.editor.closed.connect(self.close_editor)
            self.editor.routines_changed.connect(self.reload_routines)
        if routine is not None:
            self.editor.show_routine(routine)
        self._show_page(self.editor, self.editor.routine_list)

    def _routine_on_menu(self) -> Routine | None:
        """The routine whose card is chosen on the menu (None: History or Settings is)."""
        return self.routine(self.menu.current_entry().key)

    def close_editor(self) -> None:
        editor, self.editor = self.editor, None
        self.show_menu()
        self._drop_page(editor)

    def reload_routines(self) -> None:
        """A routine was saved, deleted, imported or brought back: the menu lists them anew
        (a file that no longer loads is said, as at start-up)."""
        from isohold.core.loader import load_routines

        found = load_routines()
        self.routines = tuple(found.routines)
        old, current = self.menu, self.menu.current_entry().key
        self.menu = self._make_menu()
        self.pages.insertWidget(0, self.menu)
        if self.pages.currentWidget() is old:
            self.pages.setCurrentWidget(self.menu)
        self.pages.removeWidget(old)
        old.deleteLater()
        self.menu.select_routine(current)
        if self.choices is not None:
            self.show_remembered_plans()
        if self.program_changes is not None:  # a program may name a routine gone or new
            self.program_changes.set_routines(self.routines)
        if found.problems:
            self.tell(WindowWords.tr("Some routines were skipped"),
                      said_lines(found.summary_lines()))

    def open_routine(self, routine_id: str) -> bool:
        """Open a routine's setup page by id; an unknown id says which ids exist."""
        routine = self.routine(routine_id)
        if routine is None:
            known = ", ".join(r.id for r in self.routines) or WindowWords.tr("none")
            self.tell(WindowWords.tr("No such routine"),
                      filled(WindowWords.tr("There is no routine with the id %1.\nKnown ids: %2"),
                             repr(routine_id), known))
            return False
        self.menu.select_routine(routine_id)
        self.open_setup(routine)
        return True

    def open_setup(self, routine: Routine, program_choices: dict | None = None,
                   ask_morning: bool = True) -> None:
        """The routine's setup page, on the remembered choices; a session of the program
        followed (`program_choices`: {drill id: {"reps": 9}}) has the plan's numbers over them.
        First, when the last session awaits it, the next-morning question (the setup page
        follows the answer or the skip)."""
        from isohold.ui.setup_page import SetupPage

        if ask_morning and self._ask_next_morning(routine, program_choices):
            return
        old = self.setup_page
        defaults = SessionDefaults.from_settings(self.settings)  # as the menu's estimates
        choices = self.remembered_choices()
        recalled = choices.recall(routine)
        notes = [said(note) for note in (*choices.problems, *recalled.notes)]
        remembered = recalled.plan.choices
        if program_choices:
            from isohold.core.programs import session_choices
            from isohold.ui.program_text import setup_note

            remembered = session_choices(routine, program_choices, remembered, defaults.choice)
            standing = self.programs().standing()
            if standing is not None and standing.next is not None:
                notes.insert(0, setup_note(standing))
        if self.choices_not_saved:
            notes.insert(0, filled(WindowWords.tr(
                "Your choices last time could not be remembered: %1."), self.choices_not_saved))
        self.setup_page = SetupPage(routine, get_ready_s=defaults.get_ready_s,
                                    rest_s=defaults.rest_s, reset_s=defaults.reset_s,
                                    remembered=remembered, notes=notes,
                                    last_time=self.last_session(routine.id),
                                    export_folder=self.settings["export_folder"],
                                    plan_first=bool(program_choices),
                                    progress=self.progress_for(routine))
        self.setup_page.start_requested.connect(self.start_from_setup)
        self.setup_page.back_requested.connect(self.show_menu)
        self.setup_page.export_folder_changed.connect(self._remember_export_folder)
        self._show_page(self.setup_page)
        self.setup_page.focus_first_choice()
        self._drop_page(old)

    def open_history(self) -> None:
        from isohold.ui.history.view import HistoryView

        if self.history_store() is None:
            self.tell(WindowWords.tr("History"), filled(
                WindowWords.tr("The history is not available: %1"), self.history_problem))
            return
        view = HistoryView(self.store, parent=self.pages,
                           export_folder=self.settings["export_folder"])
        view.export_folder_changed.connect(self._remember_export_folder)
        self.changes().serve_list(view)
        view.back_requested.connect(lambda: (self.show_menu(), self._drop_page(view)))
        self._show_page(view)

    def settle_in(self) -> None:
        """What start-up leaves until the menu is on screen: the history (and with it the setup
        page's "Last time", when `--routine` opened one) and the sounds."""
        self.open_history_store()
        if self.setup_page is not None:
            routine = self.setup_page.routine
            self.setup_page.show_last_time(self.last_session(routine.id))
            self.setup_page.show_progress(self.progress_for(routine))
        self.start_sound()
        self.ducker.restore_left_over()  # music an Isohold that died mid-cue left lowered
        self.show_remembered_plans()
        self.programs().refresh()  # the menu's card: today's session of the program followed

    # -- history ----------------------------------------------------------------------------
    def history_store(self):
        """The HistoryStore, opened on first use; None (and `history_problem`) if it cannot be."""
        if self.store is None and not self.history_problem:
            self.open_history_store()
        return self.store

    def open_history_store(self) -> None:
        """Open the history; say where an unreadable old file was put; offer interrupted ones."""
        from isohold.core.history.store import HistoryError, HistoryStore

        if self.store is not None:
            return
        try:
            self.store = HistoryStore()
        except HistoryError as error:
            self.history_problem = error_text(error)
            self.tell(WindowWords.tr("History not available"), filled(
                WindowWords.tr("%1\n\nSessions will not be saved."), self.history_problem))
            return
        if self.store.notice:
            self.tell(WindowWords.tr("History"), said(self.store.notice))
        self.offer_interrupted()

    def offer_interrupted(self) -> None:
        """A session the app died in: resume it, keep it as stopped early, or discard it."""
        from isohold.ui.interrupted import InterruptedSessionPage

        if self.store is None or self.runner is not None:
            return
        waiting = self.store.interrupted()
        if not waiting:
            return
        page = InterruptedSessionPage(waiting[0], parent=self.pages)
        self.changes().serve_interrupted(
            page, resumed=lambda info: (self._resume(info), self._drop_page(page)),
            settled=lambda: (self.show_menu(), self._drop_page(page), self.offer_interrupted()))
        self._show_page(page)

    def _resume(self, info) -> None:
        routine = self.routine(info.routine_id)
        if routine is None:
            self.changes().keep_stopped_early(info.record.uuid)
            self.tell(WindowWords.tr("Routine gone"), filled(WindowWords.tr(
                "The routine %1 no longer exists; the interrupted session was kept as stopped "
                "early."), repr(info.routine_id)))
            self.show_menu()
            return
        self.start_session(info.plan_for(routine), resume=info)

    def open_settings(self) -> None:

        from isohold.ui.settings_dialog import SettingsDialog

        dialog = SettingsDialog(self.settings, self.audio_backend(), self,
                                cue_player=self.cue_player)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        language = self.settings["language"]
        dialog.accepted.connect(self.apply_settings)
        dialog.accepted.connect(lambda: self._say_language_comes_next_start(language))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.settings_dialog = dialog

    # -- settings ---------------------------------------------------------------------------
    def audio_backend(self) -> str:
        return getattr(self.cue_player, "backend_name", None) or \
            WindowWords.tr("none (sound not set up yet)")

    def apply_settings(self) -> None:
        """Theme and text scale at once; lead-in and rests reach the menu's estimates and the
        next setup page."""
        app = QApplication.instance()
        apply_theme(app, self.settings["theme"], self.settings["text_scale"])
        self.menu.restyle()
        self.menu.set_defaults(SessionDefaults.from_settings(self.settings))
        if self.choices is not None:  # read already (after the first paint): keep agreeing
            self.show_remembered_plans()
        if self.setup_page is not None and self.current_page() is self.setup_page:
            self.open_setup(self.setup_page.routine, ask_morning=False)  # the new defaults
        elif self.setup_page is not None:
            self.setup_page.restyle()
        if self.session_view is not None and hasattr(self.session_view, "restyle"):
            self.session_view.restyle()
            self.session_view.set_flash(self.settings["flash"])
        self._apply_sound_settings()
        self.settings_applied.emit()

    def _say_language_comes_next_start(self, before: str) -> None:
        """A new language is not installed in the running app (half its pages would change,
        half not): it is said, in the language spoken now, that it comes at the next start."""
        if self.settings["language"] == before:
            return
        from isohold.ui.language import NAMES, chosen_language

        language = chosen_language(self.settings)  # "as the system": the system's language
        name = NAMES.get(language, language)
        self.tell(WindowWords.tr("Language"), filled(WindowWords.tr(
            "Isohold speaks %1 from its next start."), name))

    def _apply_sound_settings(self) -> None:
        if self.cue_player is not None:
            self.cue_player.apply_settings(self.settings)
        if self.ducker is not None:
            self.ducker.set_enabled(self.settings["duck_music"])

    def start_sound(self) -> None:
        """Load every cue sound and open an output: after the first paint, off the start-up."""
        from isohold.audio.player import CuePlayer

        if self.cue_player is None:
            self.cue_player = CuePlayer.for_settings(self.settings, parent=self,
                                                     language=self.language)
            self.cue_player.output_changed.connect(self._output_changed)
            from isohold.platform.ducking import MusicDucker

            self.ducker = MusicDucker(parent=self)
            self.ducker.set_enabled(self.settings["duck_music"])
            self.ducker.follow(self.cue_player)

    def _output_changed(self, _name: str) -> None:
        """After a fallback to another output, cues lead by that output's latency instead."""
        if self.runner is not None and not self.runner.is_over:
            self.runner.set_lead(self.cue_player.latency_s)

    def show_remembered_plans(self) -> None:
        """The menu's estimates from the plans the setup pages will open on (the remembered
        choices over the settings' defaults), so a card and its setup page agree."""
        from isohold.core.history.store import HistoryError
        from isohold.ui.setup_progress import starting_choices

        choices, defaults = self.remembered_choices(), SessionDefaults.from_settings(self.settings)
        try:  # the history's lines read once for every routine
            lines = self.store.lines() if self.store is not None else None
        except HistoryError:
            lines = None
        plans = {}
        for routine in self.routines:  # as the setup page fills them in (`SetupPage`)
            recalled = choices.recall(routine).plan.choices
            progress = self.progress_for(routine, lines) if lines is not None else None
            picked = starting_choices(routine, recalled, defaults, progress)
            plans[routine.id] = SessionPlan(routine, picked, get_ready_s=defaults.get_ready_s)
        self.menu.show_plans(plans)

    def remembered_choices(self):
        """The athlete's last setup choices (Choices), read from their file on first use."""
        from isohold.core.choices import Choices

        if self.choices is None:
            self.choices = Choices.load()
            for problem in self.choices.problems:
                log.warning("remembered choices: %s", problem)
        return self.choices

    def last_session(self, routine_id: str):
        """The routine's latest finished session (a SessionLine), or None: no history of it,
        or no history open to ask (the setup page then shows no "Last time"). The history is
        not opened for it: start-up opens it once the window is on screen (`settle_in`)."""
        from isohold.core.history.store import HistoryError

        store = self.store
        if store is None:
            return None
        try:
            return store.last_session(routine_id)
        except HistoryError as error:
            log.warning("no last time for %s: %s", routine_id, error)
            return None

    # -- sessions ---------------------------------------------------------------------------
    def start_from_setup(self, plan: SessionPlan) -> None:
        """Enter on the setup page: keep its choices for next time, then run the session."""
        choices = self.remembered_choices()
        choices.remember(plan)
        try:
            choices.save()
        except OSError as error:  # the session runs all the same
            self.choices_not_saved = error.strerror or error_text(error)
            if error.filename:
                self.choices_not_saved += f" ({error.filename})"
            log.warning("could not remember the setup choices: %s", error)
        else:
            self.choices_not_saved = ""
        self.show_remembered_plans()
        self.start_session(plan)

    def start_session(self, plan: SessionPlan, resume=None) -> None:
        """Run `plan` (from phase `resume.phase_index` when resuming an interrupted session)."""
        from isohold.session.runner import SessionRunner
        from isohold.ui.session.view import SessionView

        self._end_previous_session()
        self.start_sound()
        timeline = compile_timeline(plan)
        lead_s = float(getattr(self.cue_player, "latency_s", 0.0) or 0.0)
        runner = SessionRunner(timeline, self.clock_factory(), parent=self, lead_s=lead_s)
        view = SessionView(runner, muted=self.cue_player.muted, flash=self.settings["flash"])
        self.runner, self.session_view = runner, view
        view.leave_requested.connect(lambda: self._leave_session(runner))
        view.mute_requested.connect(self.set_muted)
        self._connect_session(runner, plan, timeline, view, resume)
        self._show_page(view)
        self._go_full_screen_for_session()
        self.session_started.emit(runner)
        if resume is None:
            runner.start()
        else:  # back where it stopped, paused until the athlete is ready
            runner.start(at_index=resume_point(timeline, resume.phase_index), paused=True)

    def _connect_session(self, runner, plan: SessionPlan, timeline, view, resume=None) -> None:
        """Everything that listens to a session is attached here, before it starts."""
        from isohold.core.history.records import Status
        from isohold.session.recorder import HistoryRecorder

        self.cue_player.follow(runner)
        self.cue_player.muted_changed.connect(view.set_muted)
        # all sound is off (a silent output), or only some cues cannot be heard (a bad file)
        self.cue_player.sound_off.connect(lambda reason: view.show_sound_off(
            reason, everything=self.cue_player.is_silent))
        if self.cue_player.off_reason:
            view.show_sound_off(self.cue_player.off_reason,
                                everything=self.cue_player.is_silent)
        self.recorder = HistoryRecorder(runner, self.history_store(), plan, timeline,
                                        parent=runner, resume=resume)
        recorder = self.recorder  # its error is a Message, said here (a signal carries a str)
        recorder.write_failed.connect(lambda _reason: view.show_not_saved(said(recorder.error)))
        self.recorder.ended.connect(
            lambda record, short: view.show_result(record.status is Status.COMPLETED, short))
        if self.store is None:
            view.show_not_saved(self.history_problem
                                or WindowWords.tr("the history is not available"))
        # media keys and headset buttons: Isohold is an MPRIS player while the session runs
        from isohold.platform.mpris import MediaRemote, Words
        from isohold.ui.language import routine_text
        from isohold.ui.session.text import drill_name, phase_word

        remote = MediaRemote(parent=runner, words=Words(  # leaves the bus when the session ends
            phase=phase_word, drill=drill_name,
            routine=lambda routine: routine_text(routine.id, "name", routine.name)))
        remote.follow(runner)
        remote.command.connect(view.media_command)
        remote.publish()  # False where there is no session bus: the session runs on

    def _leave_session(self, runner) -> None:
        """The session is over and the athlete pressed Enter or Esc: the summary page."""
        from isohold.ui.summary import SummaryView

        if runner is not self.runner:
            return
        recorder = self.recorder
        summary = SummaryView(recorder.record, recorder.error, parent=self.pages)
        summary.save_requested.connect(lambda record: self._save_summary(summary, record))
        summary.discard_requested.connect(lambda record: self._discard_summary(summary, record))
        summary.dismissed.connect(lambda: self._close_summary(summary))
        self.summary = summary
        self._show_page(summary, summary.notes)
        self._end_previous_session()

    def changes(self):
        """HistoryChanges: the one window-side place that changes the history (made on first
        use: it brings the history code, which start-up does not need)."""
        if self._changes is None:
            from isohold.ui.history.changes import HistoryChanges

            self._changes = HistoryChanges(self.history_store, self)
        return self._changes

    def _save_summary(self, summary, record) -> None:
        """Save the summary's record (notes, effort, corrected counts), its status by the rule."""
        error = self.changes().save(record)
        if error:
            summary.show_error(error)
            return
        summary.mark_saved()
        self._close_summary(summary)

    def _discard_summary(self, summary, record) -> None:
        """The athlete confirmed: the session is not to be kept."""
        if self.store is not None:
            error = self.changes().delete(record.uuid)
            if error:
                summary.show_error(error)
                return
        self._close_summary(summary)

    def _close_summary(self, summary) -> None:
        if getattr(self, "summary", None) is summary:
            self.summary = None
        self.show_menu()
        self._drop_page(summary)

    def set_muted(self, muted: bool) -> None:
        """M in a session: the cue player (mute's owner) follows, and the setting keeps it."""
        self.settings.set("muted", bool(muted))
        self._apply_sound_settings()

    def _end_previous_session(self) -> None:
        if self.runner is not None and not self.runner.is_over:
            self.runner.stop()
        self._drop_page(self.session_view)
        if self.runner is not None:
            self.runner.deleteLater()
        self.runner, self.session_view, self.recorder = None, None, None

    def _remember_export_folder(self, folder: str) -> None:
        """Where the last export went: the next export dialog starts there."""
        self.settings.set("export_folder", folder)
        try:
            self.settings.save()
        except OSError as error:  # a convenience: the export itself was written
            log.info("could not remember the export folder: %s", error)

    # -- window -----------------------------------------------------------------------------
    def _go_full_screen_for_session(self) -> None:
        """With the `full_screen` setting, a session fills the screen (read from metres away);
        the window goes back as it was when the athlete is back at the menu."""
        if self.settings["full_screen"] and not self.isFullScreen():
            self._state_before_session = self.windowState()
            self.showFullScreen()

    def _leave_full_screen_of_session(self) -> None:
        state, self._state_before_session = self._state_before_session, None
        if state is not None and self.isFullScreen():
            self.setWindowState(state)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()

    def tell(self, title: str, text: str) -> QMessageBox:
        """A message that does not block: the window stays usable behind it. A long text shows
        as many of its first lines as fit the screen, and the whole of it in a scrolling
        "Show Details..."."""
        from PySide6.QtWidgets import QMessageBox

        shown, budget = [], 600  # characters: a first cut, ~10 lines as the box wraps them
        for line in text.splitlines()[:16]:
            shown.append(line if len(line) <= budget else line[:max(budget - 3, 0)] + "...")
            budget -= len(shown[-1])
            if budget <= 0:
                break
        note = "\n\n" + WindowWords.tr("(Show Details... has the whole message.)")
        cut = "\n".join(shown) != text.rstrip("\n")
        box = QMessageBox(QMessageBox.Icon.Information, title,
                          "\n".join(shown) + (note if cut else ""),
                          QMessageBox.StandardButton.Ok, self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        if cut:
            box.setDetailedText(text)
        box.setWindowModality(Qt.WindowModality.NonModal)
        box.finished.connect(lambda _: self.messages.remove(box) if box in self.messages else None)
        self.messages.append(box)
        box.show()  # its size is known once shown: drop lines until it fits, details open too
        room = box.screen().availableGeometry().height() - 150  # the details, once opened
        while box.frameGeometry().height() > room and len(shown) > 1:
            shown.pop()
            box.setDetailedText(text)
            box.setText("\n".join(shown) + note)
        return box

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            self.first_painted.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.runner is not None and not self.runner.is_over and self.session_view is not None:
            # Closing mid-session asks first: stop and keep it (then the summary), or go on.
            event.ignore()
            self.session_view.ask_to_stop(closing=True)
            return
        summary = getattr(self, "summary", None)
        if summary is not None and self.store is not None and not summary.is_saved:
            # Closing on the summary keeps what was typed there, as Save would.
            self.changes().save(summary.apply_inputs())
        tests = getattr(self, "leg_test_page", None)
        if tests is not None and self.store is not None and tests.values and not tests.saved_ok:
            # Closing on a leg test keeps the legs measured so far, as Enter would.
            self.changes().add_test(tests.taken_at, tests.test.kind,
                                    {side.value: value for side, value in tests.values.items()})
        if self.runner is not None and not self.runner.is_over:
            self.runner.stop()
        if self.ducker is not None:
            self.ducker.restore()
        if self.cue_player is not None:
            self.cue_player.close()
        if self.store is not None:
            self.store.close()
        super().closeEvent(event)
