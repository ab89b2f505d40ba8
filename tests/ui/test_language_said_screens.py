"""A core message (isohold.core.words.Message) reaching one of these screens is said in the
athlete's language: the setup page's notes on remembered choices, a program file's problem on
the programs to choose, the summary's saving error, the leg tests' saving error. Under the
pseudo-language each is wrapped."""

from __future__ import annotations

from isohold.core.loader import load_routines
from isohold.core.programs import load_programs
from isohold.core.words import Message
from tests.ui.test_language_pseudo import (bare_words, pseudo, pseudo_catalogue,  # noqa: F401
                                           unwrapped_texts)

ROUTINES = load_routines().routines
CHOICE = Message("'%1' is %2, not an object; ignored.", "full", "a list")  # core/choices.py


def test_the_setup_pages_notes_are_said(qtbot, pseudo):
    from isohold.ui.setup_page import SetupPage

    page = SetupPage(ROUTINES[0], notes=[CHOICE])
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    assert page.notes.isVisible() and "'full'" in page.notes.text()
    assert not bare_words(page.notes.text())


def test_a_program_files_problem_is_said(qtbot, pseudo, tmp_path):
    from isohold.ui.program_view import ProgramView

    folder = tmp_path / "programs"
    folder.mkdir()
    (folder / "mine.json").write_text("{", encoding="utf-8")  # not JSON: a problem said
    found = load_programs(ROUTINES, tmp_path)
    assert found.problems and all(isinstance(p, Message) for p in found.problems)
    view = ProgramView(found.programs, {r.id: r.name for r in ROUTINES}, None, found.problems)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert view.programs.problems.isVisible() and "mine.json" in view.programs.problems.text()
    assert unwrapped_texts(view) == []


def test_the_summarys_saving_error_is_said(qtbot, pseudo):
    from isohold.core.history import SessionRecord
    from isohold.core.routines import SessionPlan
    from isohold.ui.summary import SummaryView

    view = SummaryView(SessionRecord.new(SessionPlan(ROUTINES[0])))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    view.show_error(CHOICE)
    assert "'full'" in view.message.text() and not bare_words(view.message.text())


def test_the_leg_tests_saving_error_is_said(qtbot, pseudo):
    from datetime import datetime

    from isohold.core.clock import FakeClock
    from isohold.core.leg_tests import MAX_HOLD
    from isohold.ui.leg_test_page import LegTestPage

    page = LegTestPage(FakeClock(start=1000.0), None, now=lambda: datetime(2025, 6, 18, 9, 0))
    qtbot.addWidget(page)
    page.resize(1280, 720)
    page.show()
    page.choose_test(MAX_HOLD)
    page.saved(CHOICE)
    assert not bare_words(page.result.message.text()), page.result.message.text()
