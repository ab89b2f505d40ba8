"""Under the pseudo-language every translated text reads "[!! ... !!]": on each screen here,
every visible word is wrapped, so a text that does not go through translation shows at once.
(A screen's numbers and punctuation may stand outside; no letter may.)"""

from __future__ import annotations

import re
from datetime import date

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel, QLineEdit, QMessageBox, QWidget

from isohold.core.clock import FakeClock
from isohold.core.history import HistoryStore, SessionRecord
from isohold.core.history.sample import made_up_sessions
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind
from isohold.core.routines import DrillChoice, SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.platform.screensaver import ScreenAwake
from isohold.session.runner import SessionRunner
from isohold.ui.language import install
from isohold.ui.print_plan import plan_lines
from isohold.ui.theme import apply_theme
from tests.ui.test_session_view import FakeInhibitor
from tools import translations

INNERMOST = re.compile(r"\[!!(?:(?!\[!!).)*?!!\]", re.DOTALL)  # a wrapped part with none inside
LETTER = re.compile(r"[^\W\d_]")


def bare_words(text: str) -> str:
    """What is left of `text` once every wrapped part (nested ones too, innermost first) and
    the locale's own day and month names (QLocale's, not the catalogue's) are taken out."""
    before = None
    while before != text:
        before, text = text, INNERMOST.sub("", text)
    locale = QLocale()
    names = [locale.dayName(day, QLocale.FormatType.ShortFormat) for day in range(1, 8)]
    names += [locale.monthName(month, QLocale.FormatType.ShortFormat) for month in range(1, 13)]
    text = re.sub(r"\b(" + "|".join(map(re.escape, names)) + r")\b", "", text)
    return text if LETTER.search(text) else ""


def unwrapped_texts(root: QWidget) -> list[str]:
    """Every visible label, button, placeholder and window title under `root` with a word
    outside the pseudo-language's marks."""
    texts = [root.windowTitle()] if root.isWindow() else []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, QLineEdit):
            texts += [widget.placeholderText(), widget.toolTip()]
    return [text for text in texts if bare_words(text)]


@pytest.fixture(scope="module")
def pseudo_catalogue(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture
def pseudo(qapp, pseudo_catalogue):
    assert install(qapp, "pseudo", pseudo_catalogue).problem == ""
    apply_theme(qapp, "dark", 1.0)
    yield
    install(qapp, "en", pseudo_catalogue)
    qapp.setStyleSheet("")


@pytest.fixture
def session(qtbot, pseudo):
    """The shipped full routine on a fake clock, its screen at 1280x720."""
    from isohold.ui.session.view import SessionView

    routine = next(r for r in load_routines().routines if r.id == "full")
    choices = [DrillChoice.defaults(d)._replace(box_height_cm=50) if d.box_height_cm else None
               for d in routine.drills]
    runner = SessionRunner(compile_timeline(SessionPlan(routine, choices)), FakeClock())
    view = SessionView(runner, screen_awake=ScreenAwake(FakeInhibitor()))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    runner.start()
    yield view, runner
    runner.stop()


def painted_words(view) -> list[str]:
    """The words the session screen paints rather than shows in labels."""
    words = [caption for _, caption in view.countdown.parts]
    if view.pause_band.isVisible():
        words += [view.pause_band.title, view.pause_band.detail]
    return [text for text in words if bare_words(text)]


def test_every_phase_of_the_session_screen_is_wrapped(session):
    view, runner = session
    seen = set()
    for phase in runner.timeline.phases:  # Next through the whole routine
        assert view.phase.index == phase.index
        seen.add(phase.kind)
        assert unwrapped_texts(view) == [], phase.kind
        assert painted_words(view) == [], phase.kind
        if phase.user_paced and not phase.cadence_s:
            runner.next()  # a rep counted by hand
            assert unwrapped_texts(view) == [] and painted_words(view) == []
            runner.end_set()
        elif phase.kind is not PhaseKind.DONE:
            runner.next()
    assert seen >= {PhaseKind.GET_READY, PhaseKind.HOLD, PhaseKind.RESET, PhaseKind.SWITCH,
                    PhaseKind.SET, PhaseKind.REST, PhaseKind.NEXT_DRILL, PhaseKind.DONE}


def test_the_paused_stopped_and_ended_screens_are_wrapped(session, qtbot):
    view, runner = session
    runner.start(at_index=next(p.index for p in runner.timeline.phases
                               if p.kind is PhaseKind.HOLD))
    view.set_muted(True)
    view.show_sound_off("damaged.wav", everything=False)
    runner.pause()
    assert view.pause_band.isVisible()
    assert unwrapped_texts(view) == [] and painted_words(view) == []
    runner.resume()
    runner.stop()
    assert unwrapped_texts(view) == [] and painted_words(view) == []
    from isohold.core.history.shortfall import Shortfall

    view.show_result(False, Shortfall(holds=2, reps=1, stopped=True))
    assert unwrapped_texts(view) == [] and painted_words(view) == []


@pytest.mark.parametrize("closing", [False, True])
def test_the_stop_question_is_wrapped(session, qtbot, closing):
    view, runner = session
    view.ask_to_stop(closing=closing)
    box = view.stop_box
    assert box is not None and box.isVisible()
    assert unwrapped_texts(box) == []
    box.done(QMessageBox.StandardButton.No)


def test_the_interrupted_page_is_wrapped(qtbot, pseudo):
    from isohold.ui.interrupted import InterruptedSessionPage

    routine = next(r for r in load_routines().routines if r.id == "iso-holds")
    record = SessionRecord.new(SessionPlan(routine))
    page = InterruptedSessionPage(record)
    qtbot.addWidget(page)
    page.show()
    page.show_error("")  # the message label stays hidden when empty
    assert unwrapped_texts(page) == []


def test_the_session_window_is_wrapped(qtbot, pseudo):
    from isohold.ui.history.session_window import SessionWindow

    with HistoryStore() as store:
        store.add_finished(made_up_sessions(12, date(2025, 6, 18), seed=4))
        lines = store.lines()
        for line in lines[:6]:
            window = SessionWindow(line, store.session(line.uuid))
            qtbot.addWidget(window)
            window.show()
            assert unwrapped_texts(window) == [], line.routine_name
            window.show_message("")
            window.notes.setText(line.notes)  # unedited: Esc closes without a question
            window.close()


def test_the_printed_plan_is_wrapped(pseudo):
    for routine in load_routines().routines:
        for line in plan_lines(SessionPlan(routine)):
            assert not bare_words(line.text), line.text


def test_the_setup_page_is_wrapped(qtbot, pseudo):
    """Every shipped routine's setup page over a made-up record: the suggestions and why,
    last time, the ground contacts and the 48 h warning, the keys line, what D and S say."""
    from datetime import timedelta

    from isohold.ui.setup_page import SetupPage
    from isohold.ui.setup_progress import progress_from_store

    with HistoryStore() as store:
        store.add_finished(made_up_sessions(30, date(2025, 6, 18), seed=4))
        lines = store.lines()
        now = max(line.started_at for line in lines) + timedelta(hours=3)
        shown_suggestion = shown_load = False
        for routine in load_routines().routines:
            last = next((line for line in lines if line.routine_id == routine.id), None)
            page = SetupPage(routine, last_time=last, today=now.date(),
                             progress=progress_from_store(routine, store, now, "beginner"))
            qtbot.addWidget(page)
            page.resize(1280, 720)
            page.show()
            assert unwrapped_texts(page) == [], routine.id
            shown_suggestion |= page.has_suggestions
            shown_load |= page.contacts.isVisible()
            page.put_defaults()
            assert unwrapped_texts(page) == [], routine.id
            if page.has_suggestions:
                page.take_suggestions()
                assert unwrapped_texts(page) == [], routine.id
            page.close()
    assert shown_suggestion and shown_load


def test_the_summary_is_wrapped(qtbot, pseudo):
    """Summaries of made-up sessions of the shipped routines (holds, one leg at a time, box
    jumps with their questions), also with a saving error and the Esc warning."""
    from isohold.ui.summary import SummaryView

    with HistoryStore() as store:
        store.add_finished(made_up_sessions(12, date(2025, 6, 18), seed=4))
        records = [store.session(line.uuid) for line in store.lines()]
    seen_box = False
    for record in records[:8]:
        view = SummaryView(record)
        qtbot.addWidget(view)
        view.resize(1280, 720)
        view.show()
        seen_box |= bool(view.box_answers)
        assert unwrapped_texts(view) == [], record.routine_id
        view.show_error("[!! Disk full !!]")
        view.kept = False
        view.leave()  # the warning before leaving an unkept session
        assert unwrapped_texts(view) == [], record.routine_id
        view.close()
    assert seen_box


def test_the_morning_question_is_wrapped(qtbot, pseudo):
    from datetime import datetime

    from isohold.ui.morning_check import MorningCheck

    check = MorningCheck("uuid", "[!! Full session !!]", datetime(2025, 6, 17, 18, 5),
                         today=date(2025, 6, 18))
    qtbot.addWidget(check)
    check.show()
    assert unwrapped_texts(check) == []
    check.pain.set_answer(3)
    assert unwrapped_texts(check) == []


def test_the_menu_is_wrapped(qtbot, pseudo):
    """The routines' cards (names, drills, equipment from the catalogue's drills and routines),
    the program's card, the row below and the keys line; the app's own name stays."""
    from isohold.ui.menu import RoutineMenu

    menu = RoutineMenu(load_routines().routines)
    qtbot.addWidget(menu)
    menu.resize(1280, 720)
    menu.show()
    qtbot.waitExposed(menu)
    assert [text for text in unwrapped_texts(menu) if text != "Isohold"] == []
    menu.resize(960, 400)  # the list scrolls: "1 more routine below"
    qtbot.wait(1)
    assert [text for text in unwrapped_texts(menu) if text != "Isohold"] == []


@pytest.mark.parametrize("day", [0, 1, 9, 60])
def test_the_program_view_is_wrapped(qtbot, pseudo, day):
    """The plan (where, today, the weeks, the buttons, the stop question) and the programs to
    choose; the built-in program's name, description and week notes come from the catalogue
    too (tests/ui/test_language_pseudo_programs.py looks at every program)."""
    from isohold.core.program_standing import standing
    from isohold.core.programs import load_programs
    from isohold.ui.program_view import ProgramView
    from tests.core.test_programs_standing import START, at, line

    routines = load_routines().routines
    programs = load_programs(routines).programs
    view = ProgramView(programs, {r.id: r.name for r in routines}, None)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    assert unwrapped_texts(view) == []  # the programs to choose
    view.show_standing(standing(programs[0], START, [line(0), line(2), line(4)], at(day, 12)))
    assert unwrapped_texts(view) == [], day
    view.ask_to_stop()
    assert unwrapped_texts(view) == [], day


@pytest.mark.parametrize("kind", ["heel_rise", "max_hold"])
def test_the_leg_tests_are_wrapped(qtbot, pseudo, kind):
    """Choosing, each leg's ready, get-ready, going and stopped screens, the results with a
    bad number, and the question before leaving unsaved results."""
    from datetime import datetime

    from isohold.core.leg_tests import HEEL_RISE, MAX_HOLD
    from isohold.core.phases import Side
    from isohold.ui.leg_test_page import LegTestPage

    clock = FakeClock(start=1000.0)
    page = LegTestPage(clock, None, now=lambda: datetime(2025, 6, 18, 9, 0))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    qtbot.waitExposed(page)
    assert unwrapped_texts(page) == []
    page.choose_test(HEEL_RISE if kind == "heel_rise" else MAX_HOLD)
    for _side in (Side.LEFT, Side.RIGHT):
        assert unwrapped_texts(page) == []  # ready
        page.start_leg()
        page.tick()
        assert unwrapped_texts(page) == []  # get ready
        clock.advance(8.0)
        page.tick()
        assert unwrapped_texts(page) == []  # going
        clock.advance(3.0)
        page.stop_leg()
        assert unwrapped_texts(page) == []  # the results
        page.result.primary.click()  # the other leg, then Save
    page.result.show_message("")
    page._ask_to_leave()
    assert unwrapped_texts(page.leave_box) == []
    page.leave_box.done(0)


def test_every_settings_option_is_in_the_catalogue():
    """An option's label is translated at display time from the list lupdate reads: a new
    option left out of it would show in English."""
    from isohold.core.settings import OPTIONS
    from isohold.ui.settings_dialog import OPTION_LABELS

    assert [o.label for o in OPTIONS if o.label not in OPTION_LABELS] == []


def test_the_settings_dialog_is_wrapped(qtbot, pseudo, tmp_path, monkeypatch):
    """The options' labels and choices, the keys, Test sound and what it says; the audio
    backend's own name and the language choices (each in its own name) stay as they are."""
    from PySide6.QtWidgets import QComboBox

    from isohold.core.settings import Settings
    from isohold.ui.settings_dialog import SettingsDialog

    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    dialog = SettingsDialog(Settings(), "[!! simpleaudio !!]")
    qtbot.addWidget(dialog)
    dialog.show()
    qt_own = {"OK", "Cancel"}  # QDialogButtonBox's: Qt's own catalogue (qtbase) words them
    assert [text for text in unwrapped_texts(dialog) if text not in qt_own] == []
    for name, combo in dialog.editors.items():
        if isinstance(combo, QComboBox) and name != "language":
            words = [combo.itemText(i) for i in range(combo.count())]
            assert [w for w in words if bare_words(w)] == [], name
    dialog.editors["muted"].setChecked(True)
    dialog.test_sound()  # the note says to untick Mute
    assert [text for text in unwrapped_texts(dialog) if text not in qt_own] == []
    dialog.reject()
