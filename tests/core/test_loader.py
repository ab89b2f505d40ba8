"""Loading routine files: the built-in drills, user files, and a plain message for every fault."""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest
from jsonschema import Draft202012Validator

from isohold import assets
from isohold.core.loader import check_file, load_routines
from isohold.core.routines import DrillKind, Range, Sides


def built_in_doc() -> dict:
    return json.loads(assets.path("drills.json").read_text(encoding="utf-8"))


def hold_drill(**fields) -> dict:
    drill = {"id": "wall-press", "name": "Wall press", "kind": "hold", "sides": "both",
             "cue": "Lean in", "reps": {"min": 8, "max": 10, "default": 8}, "hold_s": 10}
    drill.update(fields)
    return drill


def paced_drill(**fields) -> dict:
    drill = {"id": "hops", "name": "Hops", "kind": "paced", "sides": "both", "cue": "Block",
             "reps": 8, "sets": 3, "cadence_s": 4}
    drill.update(fields)
    return drill


def document(drills=(), routines=(), **top) -> dict:
    return {"version": 1, "drills": list(drills), "routines": list(routines), **top}


def unlined(problems: list[str]) -> list[str]:
    """The messages without their ", line N" (the lines are tested on their own)."""
    return [re.sub(r"^(.*?), line \d+: ", r"\1: ", problem) for problem in problems]


def write(folder: Path, name: str, content) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    file = folder / name
    if isinstance(content, bytes):
        file.write_bytes(content)
    else:
        file.write_text(content if isinstance(content, str) else json.dumps(content), "utf-8")
    return file


@pytest.fixture
def user_dir(tmp_path) -> Path:
    """The routines folder of the config dir the autouse fixture set up."""
    return tmp_path / "config" / "routines"


@pytest.fixture
def here(tmp_path, monkeypatch) -> Path:
    """Work in a temp folder so messages name files as the athlete typed them."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


# The built-in file -------------------------------------------------------------------------

def test_the_schema_is_valid_draft_2020_12_and_the_built_in_file_passes_it():
    schema = json.loads(assets.path("drills.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert list(Draft202012Validator(schema).iter_errors(built_in_doc())) == []


def test_the_built_in_file_passes_check_file():
    assert check_file(assets.path("drills.json")) == []


def test_the_built_in_file_documents_every_number_the_article_does_not_give():
    defaults = built_in_doc()["defaults"]
    assert set(defaults) == {"reset_s", "rest_s", "switch_s", "get_ready_s", "next_drill_s"}
    for name, entry in defaults.items():
        assert entry["min"] <= entry["default"] <= entry["max"], name
        assert len(entry["why"]) > 40, f"{name} needs a reason"


def test_built_in_routines_load_without_problems():
    found = load_routines()
    assert found.problems == []
    assert [routine.id for routine in found.routines] == ["iso-holds", "dynamic", "full"]
    assert [drill.id for drill in found.routine("full").drills] == [
        "wall-press-straight", "wall-press-bent", "sprinter-press",
        "forefoot-jumps", "downhill-sprints", "drop-jumps"]
    assert found.routine("nope") is None


def drills_by_id() -> dict:
    return {drill.id: drill for drill in load_routines().routine("full").drills}


def test_wall_presses_carry_the_articles_numbers_and_muscles():
    drills = drills_by_id()
    straight, bent = drills["wall-press-straight"], drills["wall-press-bent"]
    for drill in (straight, bent):
        assert drill.kind is DrillKind.HOLD and drill.sides is Sides.BOTH
        assert (drill.reps.min, drill.reps.max) == (8, 10)
        # The article's 10 s is where a session starts; the progression may grow it to 15 s
        assert drill.hold_s == Range(10, 15, 10)
        assert drill.reset_s == Range(5, 30, 10)  # from the documented defaults
    assert "gastrocnemius" in straight.targets
    assert "soleus" in bent.targets and "acceleration" in bent.targets


def test_sprinter_press_alternates_legs_with_an_even_default_and_both_variants():
    press = drills_by_id()["sprinter-press"]
    assert press.sides is Sides.ALTERNATE and press.kind is DrillKind.HOLD
    assert (press.reps.min, press.reps.max) == (8, 10) and press.reps.default % 2 == 0
    assert (press.hold_s.min, press.hold_s.max) == (8, 10)
    assert press.switch_s.default == 5
    assert "Smith" in press.how and "wall" in press.how
    assert any("pulling that up" in tip for tip in press.tips)


def test_dynamic_drills_carry_sets_cadence_box_and_the_articles_tips():
    drills = drills_by_id()
    jumps, downhill = drills["forefoot-jumps"], drills["downhill-sprints"]
    drops = drills["drop-jumps"]
    assert jumps.kind is DrillKind.PACED
    assert (jumps.sets, jumps.reps) == (Range.fixed(3), Range.fixed(8))
    assert jumps.cadence_s == 4 and "4 s" in jumps.notes
    assert downhill.kind is DrillKind.PACED and downhill.cadence_s is None
    assert "no rep count" in downhill.notes and downhill.reps.default == 4
    assert "1-2 degrees" in downhill.how and any("gradually" in c for c in downhill.cautions)
    assert drops.box_height_cm == Range(40, 60, 40)
    assert (drops.sets.min, drops.sets.max, drops.reps) == (3, 4, Range.fixed(6))
    assert any("reduce the height of the box" in tip for tip in drops.tips)


def test_every_drill_says_what_it_targets_how_to_do_it_and_a_cue():
    for drill in drills_by_id().values():
        assert drill.targets and drill.how and drill.cue and drill.equipment, drill.id
        assert len(drill.cue) <= 70, f"{drill.id}: the cue is one line"


# User files ---------------------------------------------------------------------------------

def test_a_user_file_adds_its_routine_using_its_own_and_built_in_drills(user_dir):
    file = write(user_dir, "mine.json", document(
        drills=[hold_drill(id="toe-press")],
        routines=[{"id": "quick", "name": "Quick", "drills": ["toe-press", "sprinter-press"]}]))
    found = load_routines()
    assert found.problems == []
    quick = found.routine("quick")
    assert [drill.id for drill in quick.drills] == ["toe-press", "sprinter-press"]
    assert quick.source == str(file)
    assert quick.get_ready_s == 10 and quick.next_drill_s == 20  # the built-in defaults
    assert quick.drills[0].reset_s == Range(5, 30, 10)
    assert found.routine("full") is not None


def test_a_user_file_may_set_its_own_defaults(user_dir):
    write(user_dir, "mine.json", document(
        drills=[hold_drill()], routines=[{"id": "mine", "name": "Mine", "drills": ["wall-press"]}],
        defaults={"reset_s": {"min": 2, "max": 8, "default": 4, "why": "short"},
                  "get_ready_s": {"min": 3, "max": 30, "default": 5, "why": "quick start"}}))
    routine = load_routines().routine("mine")
    assert routine.get_ready_s == 5 and routine.drills[0].reset_s == Range(2, 8, 4)


def test_a_broken_user_file_is_reported_and_skipped_while_the_rest_loads(user_dir):
    write(user_dir, "a-broken.json", '{"version": 1, "routines": [')
    write(user_dir, "b-good.json", document(
        routines=[{"id": "presses", "name": "Presses", "drills": ["wall-press-bent"]}]))
    found = load_routines()
    assert [routine.id for routine in found.routines] == ["iso-holds", "dynamic", "full", "presses"]
    assert any("a-broken.json, line 1: the file ends too soon" in problem
               for problem in found.problems)
    assert any("a-broken.json: skipped" in problem for problem in found.problems)


def test_a_user_file_with_a_bad_number_is_skipped_whole(user_dir):
    write(user_dir, "mine.json", document(
        drills=[hold_drill(hold_s=-3)],
        routines=[{"id": "mine", "name": "Mine", "drills": ["wall-press-straight"]}]))
    found = load_routines()
    assert found.routine("mine") is None
    assert any('drill "wall-press" field hold_s: expected a number greater than 0, got -3'
               in problem for problem in found.problems)


def test_an_id_taken_by_the_built_in_file_is_reported_and_the_later_one_skipped(user_dir):
    write(user_dir, "mine.json", document(
        drills=[hold_drill(id="sprinter-press", name="My press")],
        routines=[{"id": "full", "name": "My full", "drills": ["sprinter-press"]},
                  {"id": "press", "name": "Press", "drills": ["sprinter-press"]}]))
    found = load_routines()
    assert found.routine("full").name == "Full session"
    assert found.routine("press").drills[0].name == "Sprinter press"  # the built-in one
    assert any('mine.json: drill "sprinter-press" field id: expected an id not used before, but '
               "drills.json already defines it" in problem for problem in found.problems)
    assert any('mine.json: routine "full" field id' in problem for problem in found.problems)


def test_two_user_files_with_the_same_routine_id_keep_the_first_by_name(user_dir):
    for name, title in (("a.json", "First"), ("b.json", "Second")):
        write(user_dir, name, document(
            routines=[{"id": "mine", "name": title, "drills": ["wall-press-bent"]}]))
    found = load_routines()
    assert found.routine("mine").name == "First"
    assert any(problem.startswith(f"{user_dir / 'b.json'}: routine \"mine\"")
               and str(user_dir / "a.json") in problem for problem in found.problems)


def test_isohold_config_dir_is_respected(tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere"
    write(elsewhere / "routines", "mine.json", document(
        routines=[{"id": "mine", "name": "Mine", "drills": ["drop-jumps"]}]))
    assert load_routines().routine("mine") is None
    monkeypatch.setenv("ISOHOLD_CONFIG_DIR", str(elsewhere))
    assert load_routines().routine("mine") is not None


def test_an_explicit_config_dir_wins(tmp_path):
    folder = tmp_path / "given"
    write(folder / "routines", "mine.json", document(
        routines=[{"id": "mine", "name": "Mine", "drills": ["drop-jumps"]}]))
    assert load_routines(folder).routine("mine") is not None


def test_a_text_that_looks_like_code_stays_text(user_dir):
    code = "__import__('os').system('touch hacked')"
    write(user_dir, "mine.json", document(
        drills=[hold_drill(cue=code[:60], how=code)],
        routines=[{"id": "mine", "name": "Mine", "drills": ["wall-press"]}]))
    assert load_routines().routine("mine").drills[0].how == code
    assert not Path("hacked").exists()


# check_file: every fault gives one clear line --------------------------------------------------

BAD_DOCUMENTS = {
    "number out of range": (
        document(drills=[hold_drill(reps={"min": 8, "max": 10, "default": 12})]),
        'my.json: drill "wall-press" field reps.default: '
        "expected a number between 8 and 10, got 12"),
    "min above max": (
        document(drills=[hold_drill(hold_s={"min": 12, "max": 8, "default": 10})]),
        'my.json: drill "wall-press" field hold_s: expected min <= max, got min 12 and max 8'),
    "hold drill without hold time": (
        document(drills=[{k: v for k, v in hold_drill().items() if k != "hold_s"}]),
        'my.json: drill "wall-press" field hold_s: required for a hold drill'),
    "paced drill with hold time": (
        document(drills=[paced_drill(hold_s=5)]),
        'my.json: drill "hops" field hold_s: only hold drills have a hold time'),
    "hold drill with cadence": (
        document(drills=[hold_drill(cadence_s=3)]),
        'my.json: drill "wall-press" field cadence_s: only paced drills have a cadence'),
    "cadence not positive": (
        document(drills=[paced_drill(cadence_s=0)]),
        'my.json: drill "hops" field cadence_s: expected a number greater than 0, got 0'),
    "alternate paced": (
        document(drills=[paced_drill(sides="alternate")]),
        'my.json: drill "hops" field sides: expected "both" for a paced drill'),
    "alternate odd default": (
        document(drills=[hold_drill(sides="alternate", reps={"min": 8, "max": 10, "default": 9})]),
        'my.json: drill "wall-press" field reps.default: expected an even number (one leg at a '
        "time, equal reps per leg), got 9"),
    "alternate with a fixed odd count": (
        document(drills=[hold_drill(sides="alternate", reps=7)]),
        'my.json: drill "wall-press" field reps: expected an even number (one leg at a time, '
        "equal reps per leg), got 7"),
    "alternate with an odd count as a range of one": (
        document(drills=[hold_drill(sides="alternate", reps={"min": 7, "max": 7, "default": 7})]),
        'my.json: drill "wall-press" field reps: expected an even number (one leg at a time, '
        "equal reps per leg), got 7"),
    "unknown drill in routine": (
        document(routines=[{"id": "r", "name": "R", "drills": ["wall-press-straigth"]}]),
        'my.json: routine "r" field drills[0]: expected the id of a drill in this file or the '
        'built-in drills, got "wall-press-straigth" (did you mean "wall-press-straight"?)'),
    "routine without drills": (
        document(routines=[{"id": "r", "name": "R", "drills": []}]),
        'my.json: routine "r" field drills: expected at least 1 item, got 0'),
    "duplicate drill id": (
        document(drills=[hold_drill(), hold_drill(name="Again")]),
        'my.json: drill "wall-press" field id: expected a unique id, but drill #1 of this file '
        'already uses "wall-press"'),
    "duplicate routine id": (
        document(routines=[{"id": "r", "name": "R", "drills": ["drop-jumps"]}] * 2),
        'my.json: routine "r" field id: expected a unique id, but routine #1'),
    "missing field": (
        document(drills=[{k: v for k, v in hold_drill().items() if k != "cue"}]),
        'my.json: drill "wall-press" field cue: required, but missing'),
    "unknown field": (
        document(drills=[hold_drill(hold_sec=10)]),
        'my.json: drill "wall-press" field hold_sec: unknown field (did you mean "hold_s"?)'),
    "wrong type": (
        document(drills=[hold_drill(reps="ten")]),
        'my.json: drill "wall-press" field reps: expected a whole number like 8, or a range like '
        '{"min": 8, "max": 10, "default": 8}, got "ten"'),
    "a range written as a list": (
        document(drills=[hold_drill(reps=[8, 10])]),
        'my.json: drill "wall-press" field reps: expected a whole number like 8, or a range like '
        '{"min": 8, "max": 10, "default": 8}, got [8, 10]'),
    "a number in quotes": (
        document(drills=[hold_drill(hold_s="10")]),
        'my.json: drill "wall-press" field hold_s: expected a number like 10, or a range like '
        '{"min": 10, "max": 12, "default": 10}, got "10" (write the number without quotes)'),
    "wrong type inside a range": (
        document(drills=[hold_drill(reps={"min": 8, "max": 10, "default": 8.5})]),
        'my.json: drill "wall-press" field reps.default: expected a whole number, got 8.5'),
    "unknown kind": (
        document(drills=[hold_drill(kind="iso")]),
        'my.json: drill "wall-press" field kind: expected one of "hold", "paced", got "iso"'),
    "bad id": (
        document(drills=[hold_drill(id="Wall Press")]),
        'my.json: drill "Wall Press" field id: expected an id of lowercase letters'),
    "drill without an id": (
        document(drills=[{"name": "x"}]),
        "my.json: drill #1 field id: required, but missing"),
    "drills not a list": (
        {"version": 1, "drills": {}},
        "my.json: field drills: expected a list, got {}"),
    "too many sets": (
        document(drills=[paced_drill(sets=50)]),
        'my.json: drill "hops" field sets: expected a number at most 20, got 50'),
    "defaults out of range": (
        document(defaults={"rest_s": {"min": 30, "max": 60, "default": 90, "why": "x"}}),
        "my.json: defaults field rest_s.default: expected a number between 30 and 60, got 90"),
    "defaults without a reason": (
        document(defaults={"rest_s": {"min": 30, "max": 60, "default": 45}}),
        "my.json: defaults field rest_s.why: required, but missing"),
    "unknown top-level field": (
        document(routine=[]),
        'my.json: field routine: unknown field (did you mean "routines"?)'),
    "version missing": (
        {"drills": []}, "my.json: field version: required, but missing (expected 2)"),
    "unknown version": (
        {"version": 3}, "my.json: field version: expected 2, got 3 (this Isohold reads version 1 "
                        "and 2 files)"),
    "version as text": (
        {"version": "1"}, 'my.json: field version: expected 2, got "1"'),
    "top level a list": (
        [document()], "my.json: expected a JSON object {...} at the top level, got a list"),
    "a drill id taken by the built-in file": (
        document(drills=[hold_drill(id="drop-jumps")]),
        'my.json: drill "drop-jumps" field id: expected an id not used before, but drills.json '
        "already defines it"),
}


@pytest.mark.parametrize("case", list(BAD_DOCUMENTS))
def test_check_file_names_file_item_field_and_expectation(here, case):
    content, expected = BAD_DOCUMENTS[case]
    write(here, "my.json", content)
    problems = unlined(check_file("my.json"))
    assert any(problem.startswith(expected) for problem in problems), problems
    assert all(problem.startswith("my.json: ") for problem in problems)


BAD_BYTES = {
    "bad JSON": (b'{"version": 1,\n  "drills": [,]\n}',
                 'my.json, line 2: expected a value (a number, "text", true, false, [a list] '
                 "or {an object}), got ,]"),
    "not UTF-8": (b'{"version": 1,\n "about": "caf\xe9"}',
                  "my.json, line 2: a character that is not UTF-8 text (byte 0xe9): save the "
                  "file as UTF-8"),
    "not UTF-8 after a byte order mark": (b'\xef\xbb\xbf{"version": 1, "about": "caf\xe9"}',
                                          "my.json, line 1: a character that is not UTF-8 text "
                                          "(byte 0xe9)"),
    "NaN": (b'{"version": 1, "drills": [{"hold_s": NaN}]}',
            "my.json: not valid JSON: NaN is not a number JSON allows"),
    "overflowing number": (b'{"version": 1, "about": 1e999}',
                           "my.json: not valid JSON: 1e999 is not a number JSON allows"),
    "repeated key": (b'{"version": 1, "version": 1}',
                     'my.json: field "version" appears twice in one object'),
    "empty file": (b"", "my.json, line 1: the file ends too soon"),
    "too deep": (b"[" * 100_000, "my.json, line 1: expected at most 16 levels of "
                                 "nested lists and objects (a routine file needs 4), got more"),
    "too large": (b'{"version": 1, "about": "' + b"x" * 300_000 + b'"}',
                  "my.json: expected a routine file of at most 256 KiB, got a larger one"),
    "a number of too many digits": (b'{"version": 1, "about": ' + b"1" * 5000 + b"}",
                                    "my.json: expected a number of at most 100 digits, got one "
                                    "of 5000"),
}


@pytest.mark.parametrize("case", list(BAD_BYTES))
def test_check_file_explains_files_that_are_not_routine_json(here, case):
    content, expected = BAD_BYTES[case]
    write(here, "my.json", content)
    problems = check_file("my.json")
    assert len(problems) == 1 and problems[0].startswith(expected), problems


def test_check_file_accepts_a_byte_order_mark(here):
    write(here, "my.json", b"\xef\xbb\xbf" + json.dumps(document()).encode())
    assert check_file("my.json") == []


def test_check_file_on_a_missing_file_or_a_folder(here):
    (here / "folder").mkdir()
    assert check_file("nothere.json") == ["nothere.json: no such file"]
    assert check_file("folder") == ["folder: is a folder, expected a routine file (.json)"]


def test_check_file_accepts_a_good_user_file(here):
    write(here, "my.json", document(
        drills=[hold_drill(), paced_drill()],
        routines=[{"id": "r", "name": "R", "drills": ["wall-press", "hops", "sprinter-press"]}]))
    assert check_file("my.json") == []


JUNK = [None, True, -1, "x", [], {}]


def test_no_value_anywhere_in_a_drill_or_routine_raises(here):
    """Every field of a hold, a cadenced and a box drill, a routine and the defaults swapped for
    junk: each gives messages naming the file, never a traceback."""
    base = built_in_doc()
    base["drills"] = [drill for drill in base["drills"]
                      if drill["id"] in ("sprinter-press", "forefoot-jumps", "drop-jumps")]
    for drill in base["drills"]:
        drill["id"] = "my-" + drill["id"]  # not taken by the built-in file
    base["routines"] = [{"id": "r", "name": "R", "description": "d", "get_ready_s": 5,
                         "next_drill_s": 5, "drills": ["my-sprinter-press", "my-drop-jumps"]}]
    write(here, "my.json", base)
    assert check_file("my.json") == []
    targets = [("defaults", None)] + [(section, index) for section in ("drills", "routines")
                                      for index in range(len(base[section]))]
    accepted = set()
    for section, index in targets:
        for key in list(base[section] if index is None else base[section][index]):
            for junk in JUNK:
                doc = copy.deepcopy(base)
                (doc[section] if index is None else doc[section][index])[key] = junk
                write(here, "my.json", doc)
                problems = check_file("my.json")
                assert all(problem.startswith("my.json") for problem in problems)
                if not problems:
                    accepted.add((key, json.dumps(junk)))
    # Only what is fine: any text, an unreferenced id "x", and empty lists of tips.
    assert accepted == {("name", '"x"'), ("cue", '"x"'), ("targets", '"x"'), ("how", '"x"'),
                        ("notes", '"x"'), ("description", '"x"'), ("id", '"x"'),
                        ("tips", "[]"), ("cautions", "[]"), ("equipment", "[]")}


def test_jump_drills_count_one_ground_contact_a_rep_and_holds_none():
    drills = drills_by_id()
    assert drills["forefoot-jumps"].contacts_per_rep == drills["drop-jumps"].contacts_per_rep == 1
    assert drills["downhill-sprints"].contacts_per_rep == 0  # runs: not counted as landings
    assert all(drills[d].contacts_per_rep == 0 for d in ("wall-press-straight", "sprinter-press"))


def test_ground_contacts_on_a_hold_drill_are_refused_in_words(here):
    file = write(here, "mine.json", document(drills=[hold_drill(contacts_per_rep=1)]))
    problems = check_file(file)
    assert any("contacts_per_rep" in p and "only paced (jump) drills" in p for p in problems)


SYNTAX_SLIPS = {
    "a missing comma": ('{\n  "version": 1,\n  "drills": [{\n    "reps": 8\n    "hold_s": 10\n'
                        '  }]\n}', 'my.json, line 4: a comma is missing after "reps": 8'),
    "a comma too many in a list": ('{\n  "version": 1,\n  "drills": [1, 2,\n  ]\n}',
                                   "my.json, line 3: remove the comma after \"drills\": [1, 2: "
                                   "nothing follows it"),
    "a comma too many in an object": ('{\n  "version": 1,\n}',
                                      'my.json, line 2: remove the comma after "version": 1: '
                                      "nothing follows it in {...}"),
    "single quotes": ("{\n  'version': 1\n}", 'my.json, line 2: write field names in double '
                                             'quotes ("reps"), not single ones'),
    "a missing colon": ('{\n  "version" 1\n}',
                        'my.json, line 2: a colon (:) is missing after the field name "version"'),
    "text not closed": ('{\n  "version": 1,\n  "about": "calves\n}',
                        'my.json, line 3: text in quotes runs past the end of its line: a '
                        'closing " is missing'),
}


@pytest.mark.parametrize("case", list(SYNTAX_SLIPS))
def test_a_json_slip_is_told_in_plain_words_on_its_line(here, case):
    content, expected = SYNTAX_SLIPS[case]
    write(here, "my.json", content)
    problems = check_file("my.json")
    assert len(problems) == 1 and problems[0].startswith(expected), problems
    assert "Expecting" not in problems[0] and "delimiter" not in problems[0]


def test_every_problem_names_the_line_of_its_drill_field(here):
    drills = [hold_drill(id="one", reps={"min": 10, "max": 8, "default": 8}),
              hold_drill(id="two", sides="alternate", reps=7),
              hold_drill(id="three", hold_s=-1, kind="jump")]
    text = json.dumps(document(drills=drills), indent=2)
    write(here, "my.json", text)

    def line(drill_id: str, field: str) -> int:
        start = text.index(f'"id": "{drill_id}"')
        return text.count("\n", 0, text.index(f'"{field}"', start)) + 1

    problems = check_file("my.json")
    assert f"my.json, line {line('three', 'hold_s')}: drill \"three\" field hold_s: expected " \
           "a number greater than 0, got -1" in problems
    assert f"my.json, line {line('three', 'kind')}: drill \"three\" field kind: expected one " \
           'of "hold", "paced", got "jump"' in problems
    assert f"my.json, line {line('one', 'reps')}: drill \"one\" field reps: expected min <= " \
           "max, got min 10 and max 8" in problems
    # A single number is a fixed count (the format allows it): odd is wrong only one leg at a time
    assert f"my.json, line {line('two', 'reps')}: drill \"two\" field reps: expected an even " \
           "number (one leg at a time, equal reps per leg), got 7" in problems
    assert not any(" to 7" in problem for problem in problems)


def test_the_start_up_message_shows_each_problem_under_its_file_name_by_line(user_dir):
    write(user_dir, "my_routine.json", '{\n  "version": 1,\n  "drills": [{"reps": 8\n'
                                       '    "hold_s": 10}]\n}')
    summary = load_routines().summary()
    assert summary.splitlines()[:2] == [
        "my_routine.json (skipped):",
        '  line 3: a comma is missing after "drills": [{"reps": 8 (the file is checked further '
        "once this is fixed)"]
    assert "Expecting" not in summary and "jsonschema" not in summary
