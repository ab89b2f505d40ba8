"""No routine file stops the app: each is read within bounds, and what is wrong becomes a message
naming the file, while the built-in routines load regardless."""

from __future__ import annotations

import copy
import json
import os
import tempfile
import threading
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from isohold import assets
from isohold.core import loader
from isohold.core.loader import check_file, load_routines
from isohold.core.routine_file import MAX_BYTES, MAX_DEPTH, MAX_DRILLS, MAX_ROUTINES

BUILT_IN_IDS = ["iso-holds", "dynamic", "full"]


def built_in_doc() -> dict:
    return json.loads(assets.path("drills.json").read_text(encoding="utf-8"))


def routine(routine_id: str = "mine", **fields) -> dict:
    return {"id": routine_id, "name": "Mine", "drills": ["drop-jumps"], **fields}


def dump(doc) -> str:
    """As an editor would save it: non-ASCII as `\\u` escapes (a lone surrogate can only be
    written so)."""
    return json.dumps(doc, ensure_ascii=True)


@pytest.fixture
def folder(tmp_path) -> Path:
    """The routines folder of the config dir the autouse fixture set up."""
    made = tmp_path / "config" / "routines"
    made.mkdir(parents=True)
    return made


def skipped(found, file: Path) -> bool:
    return f"{file}: skipped (the other routines are unaffected)" in found.problems


def nested_name(depth: int) -> str:
    """A drill whose name is a list nested `depth` deep."""
    return ('{"version": 1, "drills": [{"id": "deep", "name": ' + "[" * depth + "]" * depth
            + ', "kind": "hold", "sides": "both", "cue": "c", "hold_s": 5}]}')


# Nesting ---------------------------------------------------------------------------------------

def test_a_list_nested_984_deep_in_a_name_is_reported_not_a_recursion_error(folder):
    file = folder / "deep.json"
    file.write_text(nested_name(984))
    assert check_file(file) == [
        f"{file}, line 1: expected at most {MAX_DEPTH} levels of nested lists and "
        "objects (a routine file needs 4), got more"]
    found = load_routines()
    assert [found_.id for found_ in found.routines] == BUILT_IN_IDS and skipped(found, file)


def test_nesting_at_the_limit_is_checked_as_usual_and_past_it_refused(tmp_path):
    file = tmp_path / "my.json"
    file.write_text(nested_name(MAX_DEPTH - 3))  # document, drills, the drill: 3 levels
    assert check_file(file) == [f'{file}, line 1: drill "deep" field name: expected text, got {"[" * 13}{"]" * 13}']
    file.write_text(nested_name(MAX_DEPTH - 2))
    assert "levels of nested lists" in check_file(file)[0]


# Files that are not files ----------------------------------------------------------------------

@pytest.fixture
def fifo(folder):
    """A named pipe in the routines folder. Should a reader block on it, a writer comes after
    10 s and closes at once: the reader gets an end of file, and the test fails on its clock
    instead of hanging the run."""
    path = folder / "pipe.json"
    os.mkfifo(path)
    done = threading.Event()

    def rescue():
        while not done.wait(10):
            try:
                os.close(os.open(path, os.O_WRONLY | os.O_NONBLOCK))
            except OSError:  # nobody reading: nothing to rescue
                pass

    threading.Thread(target=rescue, daemon=True).start()
    yield path
    done.set()


def test_a_named_pipe_is_never_opened_for_reading(fifo):
    started = time.monotonic()
    assert check_file(fifo) == [f"{fifo}: is a named pipe (FIFO), expected a routine file (a "
                                "regular .json file); not read"]
    found = load_routines()
    assert time.monotonic() - started < 5
    assert [found_.id for found_ in found.routines] == BUILT_IN_IDS and skipped(found, fifo)


def test_a_link_to_a_device_is_not_read(folder):
    link = folder / "zero.json"
    link.symlink_to("/dev/zero")
    assert check_file(link) == [f"{link}: is a device, expected a routine file (a regular .json "
                                "file); not read"]
    assert skipped(load_routines(), link)


def test_a_file_that_grows_past_its_size_is_read_only_to_the_limit(tmp_path, monkeypatch):
    # The size on disk is not trusted (0 for special files, and a file can grow): at most the
    # limit and one byte are read, whatever stat says.
    file = tmp_path / "my.json"
    file.write_bytes(b'{"version": 1, "about": "' + b"x" * MAX_BYTES + b'"}')
    reads = []
    real_read = os.read

    def spy(*args):
        reads.append(args)
        return real_read(*args)

    monkeypatch.setattr(os, "read", spy)
    assert check_file(file) == [f"{file}: expected a routine file of at most 256 KiB, got a "
                                "larger one (a routine file is a few KiB; split it into files)"]
    assert all(size <= MAX_BYTES + 1 for _, size in reads)


# Text ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("where, doc, field", [
    ("a routine's name", {"version": 1, "routines": [routine(name="Routine \udcff y")]},
     'routine "mine" field name: expected text in valid Unicode, got a lone surrogate \\udcff '
     "at character 9"),
    ("a tip", {"version": 1, "drills": [{"id": "d", "tips": ["ok", "\ud800"]}]},
     'drill "d" field tips[1]: expected text in valid Unicode, got a lone surrogate \\ud800 at '
     "character 1"),
    ("a field name", {"version": 1, "routines": [{"id": "r", "na\udfffme": "x"}]},
     'routine "r" field na\\udfffme: expected a field name in valid Unicode, got a lone '
     "surrogate \\udfff at character 3"),
    ("an id", {"version": 1, "routines": [routine(routine_id="r\udcff")]},
     'routine "r\\udcff" field id: expected text in valid Unicode'),
])
def test_a_lone_surrogate_anywhere_is_refused_naming_file_and_field(folder, where, doc, field):
    file = folder / "mine.json"
    file.write_text(dump(doc))
    problems = check_file(file)
    assert problems[0].startswith(f"{file}: {field}"), problems
    for problem in problems:
        problem.encode("utf-8")  # every message can be printed and stored
    found = load_routines()
    assert found.routine("mine") is None and skipped(found, file)


def test_a_surrogate_pair_written_as_escapes_is_one_character_and_fine(folder):
    (folder / "mine.json").write_text(dump({"version": 1, "routines": [routine(name="Run 🏃")]}))
    assert load_routines().routine("mine").name == "Run 🏃"


def test_a_file_name_that_is_not_utf8_is_shown_with_its_byte_escaped(tmp_path):
    folder = os.fsencode(tmp_path / "config" / "routines")
    os.makedirs(folder)
    with open(os.path.join(folder, b"caf\xe9.json"), "wb") as file:
        file.write(b"{")
    found = load_routines()
    shown = [problem for problem in found.problems if "caf" in problem]
    assert shown and all("caf\\xe9.json" in problem for problem in shown)
    for problem in found.problems:
        problem.encode("utf-8")


# The folder --------------------------------------------------------------------------------------

def test_a_folder_that_cannot_be_listed_is_reported_and_the_built_in_routines_load(
        folder, monkeypatch):
    # Tests run as root, where `chmod 000` does not stop a listing: refuse it the way the
    # kernel would.
    real_scandir = os.scandir

    def refuse(path="."):
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", refuse)
    (folder / "mine.json").write_text(dump({"version": 1, "routines": [routine()]}))
    found = load_routines()
    assert [found_.id for found_ in found.routines] == BUILT_IN_IDS
    assert found.problems == [f"{folder}: cannot list your routine files (Permission denied); "
                              "only the built-in routines are offered"]


def test_no_routines_folder_is_no_routines_and_no_message(tmp_path):
    assert load_routines().problems == []


def test_fifty_broken_files_are_summed_up_in_a_few_lines_naming_each(folder):
    for number in range(50):
        (folder / f"broken-{number:02}.json").write_text('{"version": 1, "drills": [{}]}')
    found = load_routines()
    assert [found_.id for found_ in found.routines] == BUILT_IN_IDS
    summary = found.summary()
    assert len(summary.splitlines()) <= 20, summary
    assert summary.splitlines()[:2] == ["broken-00.json (skipped):", "  line 1: drill #1 field id: required, "
                                                           "but missing"]
    assert "and 1 more (isohold --check broken-00.json lists them all)" in summary
    assert ("And 47 more files: broken-03.json, broken-04.json" in summary
            and "broken-48.json, broken-49.json\n" in summary)
    assert summary.splitlines()[-1] == f"(in {folder})"
    assert len(found.problems) == 50 * 6  # every message is still there for --list-routines


# Size and counts -------------------------------------------------------------------------------

def many_routines(count: int) -> dict:
    return {"version": 1, "routines": [routine(f"r{number}", name=f"Routine {number}",
                                               description="Calves " * 6)
                                       for number in range(count)]}


def test_a_990_kb_file_of_9823_routines_is_refused_at_once(folder):
    file = folder / "huge.json"
    file.write_text(dump(many_routines(9823)))
    assert file.stat().st_size > 900_000
    started = time.monotonic()
    found = load_routines()
    assert time.monotonic() - started < 1
    assert skipped(found, file) and len(found.routines) == 3
    assert f"{file}: expected a routine file of at most 256 KiB" in found.problems[0]


def test_too_many_routines_or_drills_in_one_file_are_refused_saying_the_limit(tmp_path):
    file = tmp_path / "my.json"
    file.write_text(dump(many_routines(MAX_ROUTINES + 1)))
    assert check_file(file) == [
        f"{file}: field routines: expected at most {MAX_ROUTINES} routines in one file, got "
        f"{MAX_ROUTINES + 1} (split them into files); not checked further"]
    drills = [{"id": f"d{number}"} for number in range(MAX_DRILLS + 1)]
    file.write_text(dump({"version": 1, "drills": drills}))
    assert check_file(file)[0].startswith(f"{file}: field drills: expected at most {MAX_DRILLS} "
                                          "drills in one file")


def test_start_up_reads_a_bounded_number_of_files_and_offers_a_bounded_number_of_routines(
        folder, monkeypatch):
    monkeypatch.setattr(loader, "MAX_USER_FILES", 3)
    monkeypatch.setattr(loader, "MAX_USER_ROUTINES", 4)
    for number in range(5):
        (folder / f"f{number}.json").write_text(dump({"version": 1, "routines": [
            routine(f"r{number}-a"), routine(f"r{number}-b")]}))
    found = load_routines()
    assert [found_.id for found_ in found.routines][3:] == ["r0-a", "r0-b", "r1-a", "r1-b"]
    assert found.problems == [
        f"{folder}: 2 routine files not read: Isohold reads at most 3 files and 512 KiB of "
        "them, in name order (from f3.json on)",
        f"{folder / 'f2.json'}: 2 routines skipped: Isohold offers at most 4 routines of your "
        "own"]


def test_start_up_reads_a_bounded_number_of_bytes_in_all(folder, monkeypatch):
    monkeypatch.setattr(loader, "MAX_USER_BYTES", 400)  # two files of 152 bytes
    for name in ("a", "b", "c"):
        (folder / f"{name}.json").write_text(dump({"version": 1, "routines": [
            routine(name, description="x" * 50)]}))
    (folder / "0-huge.json").write_bytes(b" " * (MAX_BYTES + 1))  # refused unread: free
    found = load_routines()
    assert [found_.id for found_ in found.routines][3:] == ["a", "b"]
    assert found.problems[0].startswith(f"{folder}: 1 routine file not read")
    assert found.problems[0].endswith("(from c.json on)")


# One run reports every problem -----------------------------------------------------------------

def test_check_reports_every_kind_of_problem_in_one_run(tmp_path):
    doc = built_in_doc()
    doc.pop("version")
    good = copy.deepcopy(doc["drills"][0])
    good["id"], good["reps"] = "mine", {"min": 9, "max": 8, "default": 8}  # a semantic fault
    bad = {**copy.deepcopy(good), "id": "broken", "hold_s": "long"}  # a schema fault
    doc["drills"] = [good, bad]
    doc["routines"] = [routine("r", drills=["mine", "broken", "nope"])]
    text = json.dumps(doc, indent=2).replace('"about":', '"about": "twice", "about":')
    file = tmp_path / "my.json"
    file.write_text(text)

    def line(after: str, needle: str) -> int:  # the line of `needle`, after `after`
        return text.count("\n", 0, text.index(needle, text.index(after))) + 1

    broken_line = line('"id": "broken"', '"hold_s"')
    mine_line = line('"id": "mine"', '"reps"')
    routine_line = line('"id": "r"', '"nope"')
    assert check_file(file) == [
        f'{file}: field "about" appears twice in one object; JSON would keep only the last, '
        "so remove one",
        f"{file}: field version: required, but missing (expected 2)",
        f'{file}, line {broken_line}: drill "broken" field hold_s: '
        'expected a number like 10, or a range like {"min": 10, "max": 12, "default": 10}, '
        'got "long"',
        f'{file}, line {mine_line}: drill "mine" field reps: expected '
        "min <= max, got min 9 and max 8",
        f'{file}, line {routine_line}: routine "r" field drills[2]: expected '
        'the id of a drill in this file or the built-in drills, got "nope"',
    ]


# Fuzz: whatever the file holds, check_file answers in messages naming it -----------------------

SPECIAL_TEXT = st.sampled_from(["", "\udcff", "a\ud800b", "x" * 2100, "wall-press-bent",
                                "drop-jumps", "hold", "paced", "alternate", "Wall press"])
LEAVES = (st.none() | st.booleans() | st.integers(-10**6, 10**6) | st.sampled_from([0, 1, 7, 8])
          | st.floats(allow_nan=False, allow_infinity=False) | st.text(max_size=12) | SPECIAL_TEXT)
VALUES = st.recursive(LEAVES, lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(st.text(max_size=8) | SPECIAL_TEXT, inner, max_size=4),
                      max_leaves=12)
DEEP = st.integers(1, 1500).map(lambda depth: json.loads("[" * min(depth, 900)
                                                         + "]" * min(depth, 900)))


@st.composite
def mutated_routine_files(draw) -> bytes:
    """The built-in file changed the way a person or a broken disk might change it."""
    doc = built_in_doc()
    for _ in range(draw(st.integers(1, 4))):
        parent, key = doc, None
        for _ in range(draw(st.integers(1, 5))):  # walk down to a random place
            keys = sorted(parent) if isinstance(parent, dict) else range(len(parent))
            if not keys:
                break
            key = draw(st.sampled_from(keys))
            child = parent[key]
            if not isinstance(child, (dict, list)) or not child or draw(st.booleans()):
                break
            parent, key = child, None
        if key is None:
            continue
        action = draw(st.sampled_from(["replace", "deep", "delete", "add"]))
        if action == "delete":
            del parent[key]
        elif action == "add" and isinstance(parent, dict):
            parent[draw(st.text(max_size=8) | SPECIAL_TEXT)] = draw(VALUES)
        else:
            parent[key] = draw(DEEP if action == "deep" else VALUES)
    raw = dump(doc).encode() if draw(st.booleans()) else json.dumps(doc).encode(
        "utf-8", "surrogatepass")
    form = draw(st.sampled_from(["as is", "as is", "cut", "flipped", "random"]))
    if form == "cut":
        raw = raw[:draw(st.integers(0, len(raw)))]
    elif form == "flipped":
        at = draw(st.integers(0, len(raw) - 1))
        raw = raw[:at] + bytes([draw(st.integers(0, 255))]) + raw[at + 1:]
    elif form == "random":
        raw = draw(st.binary(max_size=200))
    return raw


@settings(max_examples=150, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(mutated_routine_files())
def test_fuzz_every_routine_file_gives_messages_naming_it_never_an_exception(raw):
    with tempfile.TemporaryDirectory() as scratch:
        file = Path(scratch) / "fuzz.json"
        file.write_bytes(raw)
        problems = check_file(file)
    assert isinstance(problems, list)
    for problem in problems:
        assert problem.startswith((f"{file}: ", f"{file}, line ")), problem
        problem.encode("utf-8")  # printable, storable
