"""Routine format version 2: a drill's progression in the file, its problems in the loader's
words, version-1 files still read, and the athlete's own version-1 files rewritten in place."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from isohold import assets
from isohold.core import loader
from isohold.core.loader import (V1_FOLDER, check_file, load_routines, migrate_file,
                                 migrated_bytes)
from isohold.core.progression import HOLD_DEFAULT, steps_of
from isohold.core.routine_file import FORMAT_VERSION, read_routine_file
from isohold.core.routine_store import RoutineStore
from isohold.core.routines import Change, Range, Step


def hold_drill(**fields) -> dict:
    drill = {"id": "own-press", "name": "Own press", "kind": "hold", "sides": "both",
             "cue": "Lean in", "reps": {"min": 8, "max": 10, "default": 8},
             "hold_s": {"min": 10, "max": 20, "default": 10}}
    drill.update(fields)
    return drill


def paced_drill(**fields) -> dict:
    drill = {"id": "own-hops", "name": "Own hops", "kind": "paced", "sides": "both",
             "cue": "Block", "reps": {"min": 6, "max": 8, "default": 6}, "sets": 3}
    drill.update(fields)
    return drill


def document(*drills, version: int = 2) -> dict:
    return {"version": version, "drills": list(drills),
            "routines": [{"id": "own", "name": "Own", "drills": [d["id"] for d in drills]}]}


@pytest.fixture
def user_dir(tmp_path) -> Path:
    """The routines folder of the config dir the autouse fixture set up."""
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    return folder


def read(tmp_path: Path, doc: dict | str, name: str = "my.json"):
    file = tmp_path / name
    file.write_text(doc if isinstance(doc, str) else json.dumps(doc, indent=2), "utf-8")
    return read_routine_file(file, name)


# -- the built-in file ----------------------------------------------------------------------------


def test_the_built_in_file_is_version_2_with_a_progression_for_every_drill():
    doc = json.loads(assets.path("drills.json").read_text(encoding="utf-8"))
    assert doc["version"] == FORMAT_VERSION == 2
    assert all(entry.get("progression") for entry in doc["drills"])
    drills = {drill.id: drill for drill in loader.built_in_file().drills}
    assert drills["wall-press-straight"].progression == (
        Step(Change.REPS, 1), Step(Change.HOLD_S, 2, 15))
    assert drills["sprinter-press"].progression == (Step(Change.REPS, 2), Step(Change.HOLD_S, 1))
    assert drills["drop-jumps"].progression == (Step(Change.BOX_HEIGHT_CM, 5),
                                                Step(Change.SETS, 1))
    assert drills["drop-jumps"].box_height_cm == Range(40, 60, 40)  # the article's box
    assert (drills["drop-jumps"].sets.min, drills["drop-jumps"].sets.max) == (3, 4)


def test_the_built_in_file_in_its_version_1_shape_is_read_with_default_progressions(tmp_path):
    doc = json.loads(assets.path("drills.json").read_text(encoding="utf-8"))
    doc["version"] = 1
    for entry in doc["drills"]:
        del entry["progression"]
    found = read(tmp_path, doc, "drills-v1.json")
    assert found.ok and found.version == 1
    assert [r.id for r in found.routines] == ["iso-holds", "dynamic", "full"]
    assert all(drill.progression == () for drill in found.drills)
    press = found.drills[0]
    assert steps_of(press) == HOLD_DEFAULT
    current = {drill.id: drill for drill in loader.built_in_file().drills}
    for drill in found.drills:  # nothing else differs from today's file
        assert drill._replace(progression=current[drill.id].progression, notes="",
                              hold_s=current[drill.id].hold_s) == current[drill.id]._replace(
            notes="")


# -- version 2 in the file -----------------------------------------------------------------------


def test_a_progression_loads_as_steps(tmp_path):
    found = read(tmp_path, document(hold_drill(progression=[
        {"change": "hold_s", "by": 5, "max": 20}, {"change": "reps", "by": 1}])))
    assert found.ok, found.problems
    assert found.drills[0].progression == (Step(Change.HOLD_S, 5, 20), Step(Change.REPS, 1))


PROBLEMS = {
    "a progression in a version 1 file": (
        document(hold_drill(progression=[{"change": "reps", "by": 1}]), version=1),
        'my.json: drill "own-press" field progression: only version 2 files declare a '
        'progression; set "version": 2 at the top of the file'),
    "a hold step on a paced drill": (
        document(paced_drill(progression=[{"change": "hold_s", "by": 2}])),
        'my.json: drill "own-hops" field progression[0].change: only hold drills have '
        'a hold time to step; remove this step or set "kind": "hold"'),
    "a box step without a box": (
        document(paced_drill(progression=[{"change": "reps", "by": 1},
                                          {"change": "box_height_cm", "by": 5}])),
        'my.json: drill "own-hops" field progression[1].change: the drill has no '
        "box_height_cm to step; remove this step or give the drill a box height"),
    "the same choice twice": (
        document(hold_drill(progression=[{"change": "reps", "by": 1},
                                         {"change": "reps", "by": 2}])),
        'my.json: drill "own-press" field progression[1].change: expected each choice '
        'once in a progression, got "reps" again'),
    "half a rep": (
        document(hold_drill(progression=[{"change": "reps", "by": 1.5}])),
        'my.json: drill "own-press" field progression[0].by: expected a whole number '
        "of reps, got 1.5"),
    "an odd step on an alternating drill": (
        document(hold_drill(sides="alternate", progression=[{"change": "reps", "by": 1}])),
        'my.json: drill "own-press" field progression[0].by: expected an even number '
        "(one leg at a time: one rep more for each leg), got 1"),
    "a cap under the range": (
        document(hold_drill(progression=[{"change": "hold_s", "by": 2, "max": 8}])),
        'my.json: drill "own-press" field progression[0].max: expected at least the '
        "drill's lowest hold_s, 10 (the step could never go up), got 8"),
    "an unknown choice": (
        document(hold_drill(progression=[{"change": "rest_s", "by": 10}])),
        'my.json: drill "own-press" field progression[0].change: expected one of '
        '"reps", "hold_s", "sets", "box_height_cm", got "rest_s"'),
    "a step of nothing": (
        document(hold_drill(progression=[{"change": "reps", "by": 0}])),
        'my.json: drill "own-press" field progression[0].by: expected a number '
        "greater than 0, got 0"),
    "a misspelt field": (
        document(hold_drill(progression=[{"change": "reps", "step": 1}])),
        'my.json: drill "own-press" field progression[0].by: required, but missing'),
    "an empty progression": (
        document(hold_drill(progression=[])),
        'my.json: drill "own-press" field progression: expected at least 1 item, '
        "got 0"),
}


# The text on the line each message names
LINES = {"a progression in a version 1 file": '"progression"',
         "a hold step on a paced drill": '"change": "hold_s"',
         "a box step without a box": '"change": "box_height_cm"',
         "the same choice twice": '"change": "reps"', "half a rep": '"by": 1.5',
         "an odd step on an alternating drill": '"by": 1', "a cap under the range": '"max": 8',
         "an unknown choice": '"change": "rest_s"', "a step of nothing": '"by": 0',
         "a misspelt field": "{", "an empty progression": '"progression"'}


@pytest.mark.parametrize("case", PROBLEMS)
def test_a_wrong_progression_is_said_per_file_line_and_field(tmp_path, case):
    doc, expected = PROBLEMS[case]
    found = read(tmp_path, doc)
    assert not found.ok
    lines = (tmp_path / "my.json").read_text("utf-8").splitlines()
    for problem in found.problems:
        where, _, what = problem.partition(": ")
        if what and expected == f"my.json: {what}":
            number = int(where.removeprefix("my.json, line "))
            assert LINES[case] in lines[number - 1], (number, lines)
            if case == "the same choice twice":  # the second one
                assert lines[:number - 1].count(lines[number - 1]) == 1
            break
    else:
        pytest.fail(f"{expected!r} not in {found.problems}")


def test_the_version_numbers_read_and_refused(tmp_path):
    assert read(tmp_path, document(hold_drill(), version=1)).version == 1
    assert read(tmp_path, document(hold_drill(), version=2)).version == 2
    refused = read(tmp_path, document(hold_drill(), version=3))
    assert refused.problems == ("my.json: field version: expected 2, got 3 (this Isohold "
                                "reads version 1 and 2 files)",)


def test_a_saved_routine_writes_its_drills_progression_and_reads_it_back(tmp_path):
    store = RoutineStore(tmp_path / "config" / "routines")
    found = read(tmp_path, document(hold_drill(progression=[
        {"change": "hold_s", "by": 5, "max": 20}, {"change": "reps", "by": 1}])))
    fresh = store.new(found.routines[0])
    saved = store.save(fresh.routine, fresh)
    written = json.loads(saved.file.read_text("utf-8"))
    assert written["version"] == 2
    assert written["drills"][0]["progression"] == [{"change": "hold_s", "by": 5, "max": 20},
                                                   {"change": "reps", "by": 1}]
    assert store.read(saved.file).routine.drills[0].progression == found.drills[0].progression


# -- the athlete's version-1 files -----------------------------------------------------------------

V1_TEXT = """{
    "version": 1,
    "drills": [{"id": "own-press", "name": "Own press", "kind": "hold", "sides": "both",
                "cue": "Lean in", "reps": 8, "hold_s": 12,
                "notes": "My \\"version\\": 1 of the press"}],
    "routines": [{"id": "own", "name": "Own", "drills": ["own-press", "drop-jumps"]}]
}
"""


def test_a_version_1_file_is_rewritten_as_version_2_in_place_and_its_bytes_kept(user_dir):
    file = user_dir / "own.json"
    file.write_text(V1_TEXT, "utf-8")
    result = load_routines()
    assert result.problems == []
    own = result.routine("own")
    assert [d.id for d in own.drills] == ["own-press", "drop-jumps"]
    assert file.read_text("utf-8") == V1_TEXT.replace('"version": 1,', '"version": 2,')
    assert (user_dir / V1_FOLDER / "own.json").read_text("utf-8") == V1_TEXT
    assert check_file(file) == []
    assert json.loads(file.read_text("utf-8"))["version"] == 2
    assert load_routines().routine("own") == own  # the same routine, now from version 2


def test_the_version_1_bytes_are_kept_once(user_dir):
    kept = user_dir / V1_FOLDER / "own.json"
    kept.parent.mkdir()
    kept.write_text("the first version-1 file kept", "utf-8")
    (user_dir / "own.json").write_text(V1_TEXT, "utf-8")
    assert load_routines().problems == []
    assert kept.read_text("utf-8") == "the first version-1 file kept"
    assert json.loads((user_dir / "own.json").read_text("utf-8"))["version"] == 2


def test_a_version_1_file_that_does_not_load_is_left_untouched_and_said(user_dir):
    file = user_dir / "broken.json"
    text = V1_TEXT.replace('"reps": 8', '"reps": "eight"')
    file.write_text(text, "utf-8")
    result = load_routines()
    assert result.routine("own") is None
    assert any('field reps: expected a whole number like 8' in p for p in result.problems)
    assert file.read_text("utf-8") == text
    assert not (user_dir / V1_FOLDER).exists()


def test_a_file_that_cannot_be_rewritten_is_left_untouched_its_routines_offered(
        user_dir, monkeypatch):
    file = user_dir / "own.json"
    file.write_text(V1_TEXT, "utf-8")

    def refused(path, data, **_):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(loader, "write_atomically", refused)
    result = load_routines()
    assert result.routine("own") is not None
    assert result.problems == [
        f"{file}: still version 1: could not rewrite it as version 2 (Permission denied); its "
        "routines are offered as they are, and Isohold tries again at the next start"]
    assert result.by_file == {str(file): tuple(result.problems)}
    assert file.read_text("utf-8") == V1_TEXT


def test_a_file_changed_while_being_rewritten_is_not_written_over(user_dir, monkeypatch):
    file = user_dir / "own.json"
    file.write_text(V1_TEXT, "utf-8")
    theirs = V1_TEXT.replace('"Own"', '"Theirs"')
    real = loader.write_atomically

    def another_program_writes_first(path, data, **options):
        if path == file:
            file.write_text(theirs, "utf-8")
        real(path, data, **options)

    monkeypatch.setattr(loader, "write_atomically", another_program_writes_first)
    result = load_routines()
    assert file.read_text("utf-8") == theirs
    assert result.problems == [f"{file}: still version 1, not rewritten as version 2: it "
                               "changed while Isohold read it; its routines are offered as they "
                               "are"]
    assert [name for name in os.listdir(user_dir) if name.endswith(".tmp")] == []


def test_a_folder_where_the_kept_copy_goes_is_said(user_dir):
    (user_dir / V1_FOLDER).write_text("a file, not a folder", "utf-8")
    (user_dir / "own.json").write_text(V1_TEXT, "utf-8")
    result = load_routines()
    assert result.routine("own") is not None
    assert len(result.problems) == 1 and "still version 1: could not rewrite" in \
        result.problems[0]
    assert (user_dir / "own.json").read_text("utf-8") == V1_TEXT


def test_checking_a_file_never_rewrites_it(user_dir):
    file = user_dir / "own.json"
    file.write_text(V1_TEXT, "utf-8")
    assert check_file(file) == []
    assert load_routines(migrate=False).routine("own") is not None
    assert file.read_text("utf-8") == V1_TEXT
    assert migrate_file(file) == ""
    assert json.loads(file.read_text("utf-8"))["version"] == 2
    assert migrate_file(file) == ""  # already version 2: nothing to do


@pytest.mark.parametrize("raw, expected", [
    (b'{"version": 1}', b'{"version": 2}'),
    (b'\xef\xbb\xbf{ "version" :1 , "routines": []}', b'\xef\xbb\xbf{ "version" :2 , '
                                                      b'"routines": []}'),
    (b'{"version": 1.0}', b'{\n  "version": 2\n}\n'),  # not written plainly: written anew
    (b'{"about": "\\"version\\": 1", "version": 1}', b'{"about": "\\"version\\": 1", '
                                                      b'"version": 2}'),
    (b'{"version": 2}', None), (b'{"version": 1', None), (b'[1]', None),
])
def test_the_version_2_bytes_change_only_the_version(raw, expected):
    assert migrated_bytes(raw) == expected
