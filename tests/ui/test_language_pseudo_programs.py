"""The programs in the athlete's language: a built-in program's name, description and week notes
come from the catalogue (context "programs") at display time, on the program view, the programs
to choose, the menu's card and the setup page's note; an athlete's own program, or a built-in
text changed since it was translated, keeps its own words. Under the pseudo-language every word
of the program screens is wrapped, the programs' own texts too, and so are the messages of
following a program (a followed program gone, a choice that cannot be kept)."""

from __future__ import annotations

import json

import pytest

from isohold.core.loader import load_routines
from isohold.core.program_standing import standing
from isohold.core.programs import BUILT_IN, load_programs
from isohold.ui.language import install, program_text
from isohold.ui.menu import RoutineMenu
from isohold.ui.program_changes import ProgramChanges
from isohold.ui.program_text import menu_text, setup_note
from isohold.ui.program_view import ProgramView
from tests.core.test_programs_standing import START, at, line
from tests.ui.test_language_pseudo import pseudo, pseudo_catalogue, unwrapped_texts  # noqa: F401
from tools import translations

ROUTINES = load_routines().routines
NAMES = {routine.id: routine.name for routine in ROUTINES}
PROGRAMS = load_programs(ROUTINES).programs
BLOCK = PROGRAMS[0]
WEEK_1 = [line(0), line(2), line(4)]


def shipped_texts() -> dict[str, str]:
    """resources/programs.json's own words, by the catalogue's disambiguation."""
    data = json.loads(translations.PROGRAMS_JSON.read_text("utf-8"))
    return {where: text for _, text, where in translations.program_texts(data)}


@pytest.fixture
def german(qapp, pseudo_catalogue):
    assert install(qapp, "de", pseudo_catalogue).problem == ""
    yield
    install(qapp, "en", pseudo_catalogue)


def test_every_built_in_program_text_is_looked_up_in_german(german):
    """Name, description and each week's note of every built-in program: each is the
    catalogue's German, not the English of programs.json."""
    english = shipped_texts()
    looked_up = 0
    for program in PROGRAMS:
        assert program.source.endswith(BUILT_IN)
        assert program_text(program, "name") != english[f"{program.id} name"]
        assert program_text(program, "description") != english[f"{program.id} description"]
        for week, note in enumerate(program.notes, start=1):
            if note:
                assert program_text(program, "note", week) != \
                    english[f"{program.id} week {week} note"], (program.id, week)
                looked_up += 1
    assert looked_up == len([key for key in english if key.endswith(" note")])


def test_an_own_program_and_a_changed_text_keep_their_words(german):
    own = BLOCK._replace(source="/home/athlete/.config/isohold/programs/mine.json")
    assert program_text(own, "name") == BLOCK.name
    assert program_text(own, "note", 2) == BLOCK.notes[1]
    changed = BLOCK._replace(name="Lower-leg block, 7 weeks")  # not what was translated
    assert program_text(changed, "name") == "Lower-leg block, 7 weeks"
    assert program_text(BLOCK, "note", 99) == ""  # no such week: no note


def test_english_reads_the_file_as_it_is(qapp, pseudo_catalogue):
    install(qapp, "en", pseudo_catalogue)
    for program in PROGRAMS:
        assert program_text(program, "name") == program.name
        assert program_text(program, "description") == program.description


def test_the_program_screens_show_the_german_texts(qtbot, german):
    view = ProgramView(PROGRAMS, NAMES, standing(BLOCK, START, WEEK_1, at(7, 12)))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    name, note = program_text(BLOCK, "name"), program_text(BLOCK, "note", 2)
    assert view.title.text() == name
    assert note in view.note.text() and BLOCK.notes[1] not in view.note.text()
    view.ask_to_stop()
    assert name in view.said.text() and BLOCK.name not in view.said.text()
    view.show_programs()
    card = view.programs.cards[0]
    assert card.title.text().startswith(name)  # with "(aktiv)": followed
    shown = "\n".join(label.text() for label in card.findChildren(type(card.title)))
    assert program_text(BLOCK, "description") in shown and BLOCK.description not in shown
    title, line_text = menu_text(view.standing, NAMES)
    assert line_text.startswith(name)
    assert setup_note(view.standing).startswith(name)


def test_the_program_view_is_wrapped_with_the_programs_own_texts(qtbot, pseudo):
    """As test_language_pseudo's test of the view, but nothing taken out: the programs' names,
    descriptions and notes are wrapped too; on every program's plan, in every week."""
    for program in PROGRAMS:
        view = ProgramView(PROGRAMS, NAMES, None)
        qtbot.addWidget(view)
        view.resize(1280, 720)
        view.show()
        qtbot.waitExposed(view)
        assert unwrapped_texts(view) == []  # the programs to choose
        for day in (0, 7, 14, 21, 28, 35, 60):
            view.show_standing(standing(program, START, [], at(day, 12)))
            assert unwrapped_texts(view) == [], (program.id, day)
        view.show_standing(standing(program, START, WEEK_1, at(7, 12)))
        assert view.note.isVisible()
        assert unwrapped_texts(view) == [], program.id
        view.ask_to_stop()
        assert unwrapped_texts(view) == [], program.id
        view.close()


def test_the_menus_program_card_is_wrapped(qtbot, pseudo):
    menu = RoutineMenu(list(ROUTINES))
    qtbot.addWidget(menu)
    menu.resize(1280, 720)
    menu.show()
    qtbot.waitExposed(menu)
    for day, history in ((7, WEEK_1), (3, WEEK_1[:2]), (5, WEEK_1), (15, WEEK_1)):
        menu.show_program(standing(BLOCK, START, history, at(day, 12)), NAMES)
        assert [text for text in unwrapped_texts(menu) if text != "Isohold"] == [], day


def test_a_followed_program_that_is_gone_is_said_in_the_language(qtbot, pseudo, tmp_path):
    (tmp_path / "program.json").write_text(
        '{"version": 1, "program": "my-old-block", "started": "2026-11-02"}', encoding="utf-8")
    changes = ProgramChanges(ROUTINES, lambda: [], lambda: at(0, 12),
                             file=tmp_path / "program.json", config_dir=tmp_path)
    view = ProgramView(changes.found().programs, NAMES, changes.standing(), changes.problems)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    assert view.programs.problems.isVisible()
    assert "my-old-block" in view.programs.problems.text()
    assert unwrapped_texts(view) == []


def test_a_choice_that_cannot_be_kept_is_said_in_the_language(qtbot, pseudo, tmp_path):
    target = tmp_path / "program.json"
    changes = ProgramChanges(ROUTINES, lambda: [], lambda: at(0, 12), file=target,
                             config_dir=tmp_path)
    view = ProgramView(changes.found().programs, NAMES, changes.standing(), changes.problems)
    changes.serve(view)
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    target.mkdir()  # a folder where the file should be: it cannot be written
    view.programs.follow()
    assert view.said.isVisible() and str(target) in view.said.text()
    assert unwrapped_texts(view) == []
