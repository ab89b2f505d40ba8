"""Remembered setup choices: the next session starts from the last one, within today's ranges,
and no file, however bad, stops a session from being set up."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from isohold.core import choices as choices_module
from isohold.core.choices import Choices
from isohold.core.loader import load_routines
from isohold.core.routines import DrillChoice, Range, Routine, SessionPlan


@pytest.fixture
def file(tmp_path) -> Path:
    return tmp_path / "config" / "choices.json"


def routine(routine_id: str) -> Routine:
    return load_routines(Path("/nonexistent")).routine(routine_id)


def drop_jumps(of: Routine) -> int:
    return next(i for i, drill in enumerate(of.drills) if drill.id == "drop-jumps")


def test_the_last_choices_come_back_for_the_routine(file):
    full = routine("full")
    at = drop_jumps(full)
    picked: list[DrillChoice | None] = [None] * len(full.drills)
    picked[at] = DrillChoice(reps=6, sets=4, rest_s=150, box_height_cm=50)
    picked[0] = DrillChoice(reps=10, sets=1, hold_s=10, reset_s=20)
    remembered = Choices.load(file)
    remembered.remember(SessionPlan(full, picked))
    remembered.save()

    recalled = Choices.load(file).recall(full)
    assert recalled.notes == ()
    assert recalled.plan.choice_at(at) == picked[at].within(full.drills[at])
    assert recalled.plan.choice_at(at).box_height_cm == 50
    assert recalled.plan.choice_at(0).reps == 10 and recalled.plan.choice_at(0).reset_s == 20
    assert recalled.plan.choice_at(1) == DrillChoice.defaults(full.drills[1])


def test_a_drill_chosen_in_one_routine_comes_back_in_another(file):
    dynamic, full = routine("dynamic"), routine("full")
    picked = [None] * len(dynamic.drills)
    picked[drop_jumps(dynamic)] = DrillChoice(reps=6, sets=4, box_height_cm=55)
    remembered = Choices.load(file)
    remembered.remember(SessionPlan(dynamic, picked))
    remembered.save()
    plan = Choices.load(file).recall(full).plan
    assert plan.choice_at(drop_jumps(full)).box_height_cm == 55
    assert plan.choice_at(drop_jumps(full)).sets == 4


def test_a_drill_listed_twice_keeps_both_choices(file):
    press = routine("iso-holds").drills[0]
    twice = routine("iso-holds")._replace(id="twice", drills=(press, press))
    remembered = Choices.load(file)
    remembered.remember(SessionPlan(twice, [DrillChoice(reps=8, sets=1, hold_s=10),
                                            DrillChoice(reps=10, sets=1, hold_s=10)]))
    plan = remembered.recall(twice).plan
    assert [plan.choice_at(0).reps, plan.choice_at(1).reps] == [8, 10]


def test_a_routine_reordered_since_finds_its_drills_by_id(file):
    iso = routine("iso-holds")
    remembered = Choices.load(file)
    remembered.remember(SessionPlan(iso, [DrillChoice(reps=9, sets=1, hold_s=10), None,
                                          DrillChoice(reps=10, sets=1, hold_s=9)]))
    reordered = iso._replace(drills=tuple(reversed(iso.drills)))
    plan = remembered.recall(reordered).plan
    assert plan.choice_at(0).reps == 10 and plan.choice_at(0).hold_s == 9
    assert plan.choice_at(2).reps == 9


def remembered_drop_jumps(file: Path, entry: dict) -> None:
    file.parent.mkdir(parents=True, exist_ok=True)
    file.write_text(json.dumps({"version": 1, "drills": {"drop-jumps": entry}}))


def test_a_choice_outside_the_drills_range_now_is_clamped_and_said(file):
    remembered_drop_jumps(file, {"reps": 6, "sets": 9, "box_height_cm": 75, "rest_s": 100})
    dynamic = routine("dynamic")
    recalled = Choices.load(file).recall(dynamic)
    choice = recalled.plan.choice_at(drop_jumps(dynamic))
    assert (choice.sets, choice.box_height_cm, choice.rest_s) == (4, 60, 100)
    assert recalled.notes == (
        "Drop and block jumps: the sets remembered, 9, is now 4 (this drill allows 3 to 4 now).",
        "Drop and block jumps: the box height remembered, 75 cm, is now 60 cm (this drill "
        "allows 40 to 60 cm now).",
    )


def test_an_odd_count_for_one_leg_at_a_time_is_made_even_and_said(file):
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"version": 1, "drills": {"sprinter-press": {"reps": 9}}}))
    recalled = Choices.load(file).recall(routine("iso-holds"))
    assert recalled.plan.choice_at(2).reps == 10
    assert recalled.notes == ("Sprinter press: the reps remembered, 9, is now 10 (one leg at a "
                              "time takes an even count).",)


def test_a_choice_the_drill_no_longer_has_or_not_a_number_is_dropped_and_said(file):
    remembered_drop_jumps(file, {"reps": 6, "sets": "four", "hold_s": 10, "rest_s": True,
                                 "box_height_cm": 50.5})
    dynamic = routine("dynamic")
    recalled = Choices.load(file).recall(dynamic)
    choice = recalled.plan.choice_at(drop_jumps(dynamic))
    defaults = DrillChoice.defaults(dynamic.drills[drop_jumps(dynamic)])
    assert choice == defaults._replace(box_height_cm=50.5)
    assert recalled.notes == (
        "Drop and block jumps: the sets remembered ('four') was dropped: it is not a number; "
        "using the default.",
        "Drop and block jumps: the hold time remembered (10) was dropped: this drill has no "
        "hold time now.",
        "Drop and block jumps: the rest time remembered (true) was dropped: it is not a number; "
        "using the default.",
    )


def test_a_drill_whose_range_narrowed_in_its_file_gets_the_new_range(file):
    dynamic = routine("dynamic")
    remembered = Choices.load(file)
    at = drop_jumps(dynamic)
    picked = [None] * len(dynamic.drills)
    picked[at] = DrillChoice(reps=6, sets=3, box_height_cm=60)
    remembered.remember(SessionPlan(dynamic, picked))
    narrower = dynamic.drills[at]._replace(box_height_cm=Range(30, 45, 30))
    edited = dynamic._replace(drills=(*dynamic.drills[:at], narrower, *dynamic.drills[at + 1:]))
    recalled = remembered.recall(edited)
    assert recalled.plan.choice_at(at).box_height_cm == 45
    assert len(recalled.notes) == 1 and "60 cm, is now 45 cm" in recalled.notes[0]


@pytest.mark.parametrize("content, said", [
    (b"{not json", "is not valid JSON"),
    (b"\xff\xfe", "is not UTF-8 text"),
    (b"[1, 2]", "is not a choices file (it holds a list, not an object)"),
    (b'{"version": "one"}', "has a 'version' of 'one'"),
    (b'{"version": 7}', "was written by a newer Isohold (choices version 7"),
    (b'{"version": 1, "drills": {"x": NaN}}', "is not a choices file Isohold can read"),
    (b"", "is not valid JSON"),
])
def test_a_bad_file_gives_the_defaults_a_sentence_and_is_kept_aside(file, content, said):
    file.parent.mkdir(parents=True)
    file.write_bytes(content)
    loaded = Choices.load(file)
    assert loaded.recall(routine("full")).plan.choices == (None,) * 6
    assert len(loaded.problems) == 1
    assert said in loaded.problems[0] and "starting from the defaults" in loaded.problems[0]
    kept = [name for name in os.listdir(file.parent) if name != file.name]
    assert len(kept) == 1 and (file.parent / kept[0]).read_bytes() == content
    assert f"kept as {file.parent / kept[0]}" in loaded.problems[0]
    loaded.save()
    assert json.loads(file.read_text())["version"] == 1


def test_a_bad_entry_is_dropped_alone(file):
    file.parent.mkdir(parents=True)
    file.write_text(json.dumps({"version": 1,
                                "routines": {"full": "every drill", "dynamic": []},
                                "drills": {"drop-jumps": {"sets": 4}, "sprinter-press": 8}}))
    loaded = Choices.load(file)
    assert loaded.problems == [
        f"{file}: the choices for routine 'full' are 'every drill', not a list of drills; "
        "dropped.",
        f"{file}: the choices for drill 'sprinter-press' are 8, not an object; dropped.",
    ]
    dynamic = routine("dynamic")
    assert loaded.recall(dynamic).plan.choice_at(drop_jumps(dynamic)).sets == 4


def test_no_file_is_no_choices_and_no_problem(file):
    loaded = Choices.load(file)
    assert loaded.problems == [] and loaded.recall(routine("iso-holds")).notes == ()


def test_a_folder_in_the_files_place_is_left_alone_and_not_saved_over(file):
    file.mkdir(parents=True)
    loaded = Choices.load(file)
    assert "is a folder, not a regular file" in loaded.problems[0]
    with pytest.raises(OSError, match="is a folder"):
        loaded.save()
    assert file.is_dir()


def test_a_failed_save_leaves_the_old_file_and_no_temp_file(file, monkeypatch):
    first = Choices.load(file)
    first.remember(SessionPlan(routine("iso-holds")))
    first.save()
    before = file.read_bytes()
    first.remember(SessionPlan(routine("dynamic")))

    def full_disk(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(choices_module.os, "replace", full_disk)
    with pytest.raises(OSError, match="No space left"):
        first.save()
    monkeypatch.undo()
    assert file.read_bytes() == before and os.listdir(file.parent) == [file.name]


def test_the_oldest_routines_are_let_go_past_the_limit(file, monkeypatch):
    monkeypatch.setattr(choices_module, "MAX_ROUTINES", 2)
    iso = routine("iso-holds")
    remembered = Choices.load(file)
    for routine_id in ("a", "b", "c", "a"):
        remembered.remember(SessionPlan(iso._replace(id=routine_id)))
    assert list(remembered.routines) == ["c", "a"]
