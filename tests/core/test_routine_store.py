"""The athlete's own routine files: written in the loader's format, atomically, never over a
file that changed on disk, deleted into a trash that can be undone."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from isohold.core import routine_store
from isohold.core.loader import load_routines
from isohold.core.routine_store import (ChangedOnDisk, RoutineProblems, RoutineStore, make_id,
                                    routine_document)
from isohold.core.routines import DrillChoice, Range, Routine, SessionPlan
from isohold.core.timeline import compile_timeline

BUILT_IN_IDS = ("iso-holds", "dynamic", "full")


@pytest.fixture
def config(tmp_path) -> Path:
    return tmp_path / "config"


@pytest.fixture
def store(config) -> RoutineStore:
    return RoutineStore(config / "routines")


def built_in(routine_id: str) -> Routine:
    return load_routines(Path("/nonexistent")).routine(routine_id)


def loaded(config: Path, routine_id: str) -> Routine:
    found = load_routines(config)
    assert found.problems == []
    routine = found.routine(routine_id)
    assert routine is not None, f"{routine_id} not offered"
    return routine


def plans(routine: Routine) -> list[SessionPlan]:
    """The routine at its defaults, and with every drill at the top of its ranges."""
    top = [DrillChoice(reps=int(d.reps.max), sets=int(d.sets.max),
                       hold_s=d.hold_s.max if d.hold_s else None, reset_s=d.reset_s.max,
                       rest_s=d.rest_s.max, switch_s=d.switch_s.max,
                       box_height_cm=d.box_height_cm.max if d.box_height_cm else None)
           for d in routine.drills]
    return [SessionPlan(routine), SessionPlan(routine, top, get_ready_s=5)]


def same_session(first: Routine, second: Routine) -> None:
    for plan_a, plan_b in zip(plans(first), plans(second)):
        assert compile_timeline(plan_a).phases == compile_timeline(plan_b).phases


@pytest.mark.parametrize("routine_id", BUILT_IN_IDS)
def test_a_built_in_routine_duplicated_loads_back_the_same(store, config, routine_id):
    original = built_in(routine_id)
    copy = store.duplicate(original)
    assert copy.routine.name == f"{original.name} (copy)"
    assert copy.routine.id not in BUILT_IN_IDS
    saved = store.save(copy.routine, copy)

    back = loaded(config, copy.routine.id)
    assert back == saved.routine
    assert back == original._replace(id=copy.routine.id, name=copy.routine.name,
                                     source=str(copy.file))
    same_session(back, original)


@pytest.mark.parametrize("routine_id", BUILT_IN_IDS)
def test_drills_of_its_own_are_written_in_the_file_and_load_back_the_same(store, config,
                                                                          routine_id):
    """Every built-in drill as a drill of the athlete's (another id): each field written out."""
    original = built_in(routine_id)
    mine = original._replace(name="Mine", drills=tuple(
        drill._replace(id=f"{drill.id}-mine", name=f"{drill.name} (mine)")
        for drill in original.drills), get_ready_s=7.5, next_drill_s=0)
    new = store.new(mine)
    store.save(new.routine, new)

    on_disk = json.loads(new.file.read_text(encoding="utf-8"))
    assert [d["id"] for d in on_disk["drills"]] == [d.id for d in mine.drills]
    back = loaded(config, new.routine.id)
    assert back == mine._replace(id=new.routine.id, source=str(new.file))
    same_session(back, mine)


def test_a_drill_listed_twice_is_defined_once(store, config):
    original = built_in("iso-holds")
    hold = original.drills[0]._replace(id="long-hold", hold_s=Range(10, 60, 30))
    new = store.new(original._replace(name="Twice", drills=(hold, original.drills[1], hold)))
    store.save(new.routine, new)
    assert [d["id"] for d in json.loads(new.file.read_text())["drills"]] == ["long-hold"]
    assert loaded(config, new.routine.id).drills == (hold, original.drills[1], hold)


def test_a_changed_built_in_drill_gets_an_id_of_its_own(store, config):
    original = built_in("iso-holds")
    harder = original.drills[0]._replace(hold_s=Range(10, 30, 20))
    new = store.new(original._replace(name="Harder", drills=(harder,)))
    assert new.routine.drills[0].id != harder.id
    store.save(new.routine, new)
    back = loaded(config, new.routine.id)
    assert back.drills[0].hold_s == Range(10, 30, 20)
    assert built_in("iso-holds").drills[0].hold_s == Range(10, 15, 10)


def test_two_edits_racing_on_disk_lose_nothing(store, config):
    first = store.new(built_in("iso-holds")._replace(name="Calves"))
    first = store.save(first.routine, first)
    window_a = store.read(first.file)
    window_b = store.read(first.file)

    saved_a = store.save(window_a.routine._replace(description="Version A"), window_a)
    with pytest.raises(ChangedOnDisk) as raised:
        store.save(window_b.routine._replace(description="Version B"), window_b)
    message = str(raised.value)
    assert first.file.name in message and "changed on disk" in message
    assert "Calves (2)" in message
    assert store.read(first.file).routine.description == "Version A"  # A was not written over

    beside = store.save_beside(window_b.routine._replace(description="Version B"))
    assert beside.routine.name == "Calves (2)" and beside.file != first.file
    found = load_routines(config)
    assert found.problems == []
    by_name = {routine.name: routine.description for routine in found.routines}
    assert by_name["Calves"] == "Version A" and by_name["Calves (2)"] == "Version B"
    assert saved_a.routine.id != beside.routine.id


def test_a_copy_saved_beside_gives_its_own_drills_new_ids(store, config):
    original = built_in("iso-holds")
    mine = original._replace(name="Mine", drills=(original.drills[0]._replace(id="my-press"),))
    new = store.new(mine)
    opened = store.save(new.routine, new)
    new.file.write_text(new.file.read_text().replace("Mine", "Theirs"))
    with pytest.raises(ChangedOnDisk):
        store.save(opened.routine._replace(description="mine"), opened)
    store.save_beside(opened.routine)
    found = load_routines(config)
    assert found.problems == []
    assert sorted(r.name for r in found.routines[3:]) == ["Mine (2)", "Theirs"]


def test_a_file_removed_since_it_was_opened_is_not_written_again_silently(store):
    new = store.new(built_in("dynamic"))
    opened = store.save(new.routine, new)
    os.remove(opened.file)
    with pytest.raises(ChangedOnDisk, match="was removed"):
        store.save(opened.routine, opened)


def test_a_new_routine_is_never_saved_over_a_file_made_meanwhile(store):
    new = store.new(built_in("dynamic")._replace(name="Jumps"))
    new.file.parent.mkdir(parents=True)
    new.file.write_text("{}")
    with pytest.raises(ChangedOnDisk):
        store.save(new.routine, new)
    assert new.file.read_text() == "{}"


def test_a_routine_that_would_not_load_is_not_written(store, config):
    new = store.new(built_in("iso-holds")._replace(name="Calves"))
    press = built_in("iso-holds").drills[0]
    nameless = press._replace(id="x", name="")
    upside_down = press._replace(id="y", reps=Range(12, 8, 9))
    with pytest.raises(RoutineProblems) as raised:
        store.save(new.routine._replace(drills=(nameless, upside_down)), new)
    problems = raised.value.problems
    assert any('drill "x" field name: expected some text' in line for line in problems)
    assert any('drill "y" field reps: expected min <= max' in line for line in problems)
    assert all(line.startswith(new.file.name) or str(new.file) in line for line in problems)
    assert not new.file.exists()
    assert os.listdir(new.file.parent) == []  # no temp file left


def test_a_routine_id_taken_by_another_file_is_reported(store, config):
    first = store.new(built_in("dynamic")._replace(name="Jumps"))
    store.save(first.routine, first)
    clash = first._replace(file=first.file.with_name("other.json"))
    with pytest.raises(RoutineProblems, match='routine "jumps" field id.*jumps.json'):
        store.save(clash.routine, clash)


@pytest.mark.parametrize("failing", ["replace", "fsync"])
def test_a_failed_write_leaves_the_old_file_and_no_temp_file(store, monkeypatch, failing):
    new = store.new(built_in("iso-holds")._replace(name="Calves"))
    opened = store.save(new.routine, new)
    before = opened.file.read_bytes()

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(routine_store.os, failing, broken)
    with pytest.raises(OSError, match="calves.json: could not be saved .No space left on "
                                      "device.; the file on disk is unchanged"):
        store.save(opened.routine._replace(description="changed"), opened)
    monkeypatch.undo()
    assert opened.file.read_bytes() == before
    assert os.listdir(opened.file.parent) == ["calves.json"]


def test_delete_moves_the_file_to_the_trash_and_undo_brings_it_back(store, config):
    new = store.new(built_in("full")._replace(name="Sunday"))
    saved = store.save(new.routine, new)
    trashed = store.delete(saved)
    assert not saved.file.exists() and trashed.kept.is_file()
    assert trashed.kept.parent == config / "trash"
    assert load_routines(config).routine(saved.routine.id) is None

    back = store.undo_delete(trashed)
    assert back.routine == saved.routine
    assert not trashed.kept.exists()
    assert loaded(config, saved.routine.id) == saved.routine


def test_undo_never_overwrites_a_file_made_since(store):
    new = store.new(built_in("full")._replace(name="Sunday"))
    saved = store.save(new.routine, new)
    trashed = store.delete(saved)
    saved.file.write_text("{}")
    with pytest.raises(FileExistsError, match="sunday.json exists again"):
        store.undo_delete(trashed)
    assert trashed.kept.is_file() and saved.file.read_text() == "{}"


@pytest.mark.parametrize("name, expected", [
    ('Heavy day / 50 cm "box"', "heavy-day-50-cm-box"),
    ("../../etc/passwd", "etc-passwd"),
    ("C:\\Users\\me:*?<>|", "c-users-me"),
    ("Mollets à l'été", "mollets-a-l-ete"),
    ("腿の日", "routine"),
    ("CON", "con-routine"),
    ("   ", "routine"),
    ("x" * 100, "x" * 40),
])
def test_an_id_made_from_a_name_is_a_safe_file_name(name, expected):
    made = make_id(name)
    assert made == expected
    assert len(made) <= 40 and made[0].isalnum()
    assert all(char.isascii() and (char.isalnum() or char == "-") for char in made)


def test_an_odd_name_saves_and_loads_as_itself(store, config):
    name = 'Heavy / "wall" day: 腿 ✓'
    new = store.new(built_in("iso-holds")._replace(name=name))
    store.save(new.routine, new)
    assert new.file.parent == config / "routines"
    assert new.file.name == "heavy-wall-day.json"
    assert loaded(config, new.routine.id).name == name


def test_ids_already_taken_get_a_number():
    assert make_id("Full session", {"full-session"}) == "full-session-2"
    assert make_id("x" * 50, {"x" * 40}) == "x" * 38 + "-2"


def test_a_long_name_copied_stays_within_the_length_a_name_may_have(store, config):
    new = store.duplicate(built_in("full")._replace(name="N" * 80))
    assert len(new.routine.name) == 80 and new.routine.name.endswith(" (copy)")
    store.save(new.routine, new)
    assert loaded(config, new.routine.id).name == new.routine.name


def test_a_file_with_two_routines_is_not_opened_for_editing(store, config):
    folder = config / "routines"
    folder.mkdir(parents=True)
    doc = routine_document(built_in("iso-holds")._replace(id="a"))
    doc["routines"].append({**doc["routines"][0], "id": "b"})
    (folder / "two.json").write_text(json.dumps(doc))
    with pytest.raises(RoutineProblems, match="holds 2 routines"):
        store.read(folder / "two.json")


def test_drills_of_the_file_no_routine_uses_are_kept(store, config):
    folder = config / "routines"
    folder.mkdir(parents=True)
    own = routine_document(built_in("iso-holds")._replace(
        id="calves", drills=(built_in("iso-holds").drills[0]._replace(id="spare"),)))
    own["routines"][0]["drills"] = ["wall-press-bent"]
    (folder / "calves.json").write_text(json.dumps(own))
    opened = store.read(folder / "calves.json")
    assert [drill.id for drill in opened.spare_drills] == ["spare"]
    store.save(opened.routine._replace(name="Calves again"), opened)
    assert [d["id"] for d in json.loads((folder / "calves.json").read_text())["drills"]] == \
        ["spare"]
