"""Programs: the built-in block against the training facts, user program files (every problem
said on its line, the good programs kept), the program followed, a session's choices."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from isohold.core.loader import load_routines
from isohold.core.programs import (Following, ProgramSession, load_programs, read_following,
                                   session_choices, user_programs_dir, write_following)
from isohold.core.routines import DrillChoice

ROUTINES = load_routines().routines
BY_ID = {routine.id: routine for routine in ROUTINES}
BLOCK = "lower-leg-6-weeks"


BUILT_IN = load_programs(ROUTINES)


def block():
    assert BUILT_IN.problems == ()
    return BUILT_IN.program(BLOCK)


every_built_in = pytest.mark.parametrize("program", BUILT_IN.programs, ids=lambda p: p.id)


# -- the built-in block ------------------------------------------------------------------------


@every_built_in
def test_a_built_in_program_is_six_weeks_of_two_or_three_sessions(program):
    assert len(program.weeks) == 6
    assert all(2 <= len(week) <= 3 for week in program.weeks)
    assert program.rest_days >= 2  # 48-72 h between intense plyometric sessions


@every_built_in
def test_every_week_has_isometric_calf_work_at_least_twice(program):
    """Burgess 2007: isometric calf training 2-3 times a week for 6 weeks."""
    for week in program.weeks:
        holds = [s for s in week if any(d.kind.value == "hold"
                                        for d in BY_ID[s.routine_id].drills)]
        assert len(holds) >= 2


@every_built_in
def test_a_built_in_program_builds_up_and_never_steps_back(program):
    """Each drill's numbers are the same or more from one session to the next, within its
    range (a drill not set by a session is at its default, the low end)."""
    highest: dict[tuple[str, str], float] = {}
    for session in program.sessions:
        routine = BY_ID[session.routine_id]
        for drill, choice in zip(routine.drills, session_choices(routine, session.choices)):
            choice = choice or DrillChoice.defaults(drill)
            for name in ("reps", "sets", "hold_s"):
                value = getattr(choice, name)
                if value is None:
                    continue
                assert value >= highest.get((drill.id, name), 0), (session, drill.id, name)
                highest[(drill.id, name)] = value


def test_jumps_come_in_after_two_weeks_of_holds_and_at_most_twice_a_week():
    jumps = [[s for s in week if any(d.contacts_per_rep for d in BY_ID[s.routine_id].drills)]
             for week in block().weeks]
    assert jumps[0] == jumps[1] == []
    assert all(len(week) <= 2 for week in jumps)


def test_the_block_sets_no_box_height_the_knees_decide_it():
    assert all("box_height_cm" not in fields for s in block().sessions
               for fields in s.choices.values())


# -- user program files ------------------------------------------------------------------------


def write(config: Path, name: str, text: str) -> Path:
    folder = user_programs_dir(config)
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / name
    file.write_text(text, encoding="utf-8")
    return file


def program_text(sessions: str, extra: str = "", program_id: str = "mine") -> str:
    return ('{\n "version": 1,\n "programs": [\n  {\n   "id": "' + program_id + '",\n'
            '   "name": "Mine",' + extra + '\n   "weeks": [\n    {"sessions": [\n'
            + sessions + '\n    ]}\n   ]\n  }\n ]\n}\n')


GOOD = '     {"routine": "iso-holds", "choices": {"sprinter-press": {"reps": 10}}}'


@pytest.mark.parametrize("text, said, line", [
    ('{"version": 1, "programs": [}', "expected a value", 1),
    ('{"version": 1\n "programs": []}', "a comma is missing", 1),
    ('{"version": 2, "programs": []}', "field version: expected 1, got 2", 1),
    ('[1, 2]', "expected a JSON object", None),
    ('{"version": 1, "programs": []}', "expected a list of programs", 1),
    (program_text('     {"routine": "iso-hold"}'),
     'program "mine" field weeks[0].sessions[0].routine: expected the id of a routine', 9),
    (program_text(GOOD + ',\n     {"routine": "dynamic", "choices": {"wall-press-bent": {}}}'),
     'routine "dynamic" has no drill "wall-press-bent"', 10),
    (program_text('     {"routine": "iso-holds", "choices": {"wall-press-bent": {"reps": 12}}}'),
     'field weeks[0].sessions[0].choices.wall-press-bent.reps: expected 8 to 10', 9),
    (program_text('     {"routine": "iso-holds", "choices": {"sprinter-press": {"reps": 9}}}'),
     "expected an even number", 9),
    (program_text('     {"routine": "iso-holds", "choices": {"wall-press-bent": {"sets": 1.5}}}'),
     "expected a whole number, got 1.5", 9),
    (program_text('     {"routine": "iso-holds", "choices": {"wall-press-bent": {"box_height_cm": 40}}}'),
     'drill "wall-press-bent" has no box_height_cm', 9),
    (program_text('     {"routine": "dynamic", "choices": {"drop-jumps": {"height": 40}}}'),
     "not a choice a program sets", 9),
    (program_text(GOOD, '\n   "rest_days": 0,'), "field rest_days: expected a whole number of "
     "days from 1 to 7, got 0", 7),
    (program_text("", ""), "expected a list of 1 to 7 sessions, got 0", 8),
    (program_text(GOOD, program_id=BLOCK), "the id is taken by", None),
])
def test_a_bad_program_file_is_said_with_its_line_and_skipped(tmp_path, text, said, line):
    file = write(tmp_path, "mine.json", text)
    found = load_programs(ROUTINES, tmp_path)
    assert [p.id for p in found.programs] == [p.id for p in BUILT_IN.programs]  # regardless
    matching = [problem for problem in found.problems if said in problem]
    assert matching, found.problems
    assert matching[0].startswith(f"{file}, line {line}:" if line else f"{file}:")


def test_a_good_program_loads_beside_a_bad_one_in_the_same_file(tmp_path):
    good = json.loads(program_text(GOOD, program_id="good"))["programs"][0]
    bad = json.loads(program_text('     {"routine": "nope"}', program_id="bad"))["programs"][0]
    write(tmp_path, "two.json", json.dumps({"version": 1, "programs": [bad, good]}, indent=1))
    found = load_programs(ROUTINES, tmp_path)
    assert [p.id for p in found.programs] == [p.id for p in BUILT_IN.programs] + ["good"]
    assert any('program "bad": skipped' in problem for problem in found.problems)
    session = found.program("good").sessions[0]
    assert session == ProgramSession(1, 1, "iso-holds", session.choices)
    assert dict(session.choices["sprinter-press"]) == {"reps": 10}


def test_a_program_may_follow_the_athletes_own_routine(tmp_path):
    own = BY_ID["iso-holds"]._replace(id="my-holds", name="My holds")
    write(tmp_path, "mine.json", program_text('     {"routine": "my-holds"}'))
    assert load_programs([*ROUTINES, own], tmp_path).program("mine") is not None
    assert load_programs(ROUTINES, tmp_path).program("mine") is None  # the routine was deleted


def test_files_that_are_no_program_files_never_stop_the_loading(tmp_path):
    (user_programs_dir(tmp_path) / "folder.json").mkdir(parents=True)
    (user_programs_dir(tmp_path) / "latin1.json").write_bytes(b'{"name": "\xe9"}')
    found = load_programs(ROUTINES, tmp_path)
    assert [p.id for p in found.programs] == [p.id for p in BUILT_IN.programs]
    assert any("folder.json: is a folder" in problem for problem in found.problems)
    assert any("latin1.json, line 1: a character that is not UTF-8" in p for p in found.problems)


# -- the program followed ----------------------------------------------------------------------


def test_the_program_followed_is_kept_and_read_back(tmp_path):
    file = tmp_path / "program.json"
    assert read_following(file) == (None, [])
    write_following(Following(BLOCK, date(2026, 11, 30)), file)
    assert read_following(file) == (Following(BLOCK, date(2026, 11, 30)), [])
    write_following(None, file)
    assert not file.exists()


@pytest.mark.parametrize("text, said", [
    ("{not json", "is not valid JSON"),
    ('{"version": 1, "program": "x", "started": "30/11/2026"}', "expected a date like"),
    ('{"version": 3, "program": "x", "started": "2026-11-30"}', "'version' of 3"),
    ('{"version": 1, "started": "2026-11-30"}', "expected a program id"),
])
def test_a_bad_program_followed_file_is_kept_aside_and_nothing_followed(tmp_path, text, said):
    file = tmp_path / "program.json"
    file.write_text(text, encoding="utf-8")
    following, problems = read_following(file)
    assert following is None
    assert len(problems) == 1 and said in problems[0] and "kept as" in problems[0]
    kept = list(tmp_path.glob("program.corrupt-*.json"))
    assert [path.read_text(encoding="utf-8") for path in kept] == [text]  # nothing lost
    assert not file.exists()


# -- a session's choices -----------------------------------------------------------------------


def test_a_sessions_choices_go_over_the_remembered_ones_and_leave_the_rest():
    routine = BY_ID["iso-holds"]
    straight = routine.drills[0]
    remembered = (DrillChoice.defaults(straight)._replace(reps=10, reset_s=15.0), None, None)
    picked = session_choices(routine, {"wall-press-straight": {"reps": 9},
                                       "sprinter-press": {"hold_s": 9}}, remembered)
    assert picked[0] == remembered[0]._replace(reps=9)  # the reset remembered is kept
    assert picked[1] is None  # the plan says nothing: the setup page's own default
    sprinter = routine.drills[2]
    assert picked[2] == DrillChoice.defaults(sprinter)._replace(hold_s=9.0)
