"""The `isohold` command's answers about routines: --list-routines and --check."""

from __future__ import annotations

import json

import pytest

from app import assets
from app.cli import main


def test_list_routines_prints_each_routine_with_its_time_and_drills(capsys):
    assert main(["--list-routines"]) == 0
    out, err = capsys.readouterr()
    lines = out.splitlines()
    assert [line.split()[0] for line in lines] == ["iso-holds", "dynamic", "full"]
    assert "Isometric holds" in lines[0] and "~7 min" in lines[0] and "Sprinter press" in lines[0]
    assert "~24 min" in lines[2] and "Drop and block jumps" in lines[2]
    assert err == ""


def test_list_routines_adds_user_routines_and_reports_broken_files(tmp_path, capsys):
    folder = tmp_path / "config" / "routines"
    folder.mkdir(parents=True)
    (folder / "mine.json").write_text(json.dumps(
        {"version": 1, "routines": [{"id": "calves", "name": "Calves only",
                                     "drills": ["wall-press-straight", "wall-press-bent"]}]}))
    (folder / "broken.json").write_text("{not json")
    assert main(["--list-routines"]) == 0
    out, err = capsys.readouterr()
    assert "calves" in out and "Calves only" in out and "full" in out
    assert "broken.json: not valid JSON at line 1, column 2" in err


def test_check_accepts_the_built_in_file(capsys):
    assert main(["--check", str(assets.path("drills.json"))]) == 0
    assert capsys.readouterr().out.strip().endswith("drills.json: OK")


def test_check_exits_1_with_the_problems_of_a_broken_file(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "my.json").write_text(json.dumps({"version": 1, "drills": [
        {"id": "wall-press", "name": "Wall press", "kind": "hold", "sides": "both", "cue": "Lean",
         "reps": {"min": 8, "max": 10, "default": 12}, "hold_s": 10}]}))
    assert main(["--check", "my.json"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        'my.json: drill "wall-press" field reps.default: '
        "expected a number between 8 and 10, got 12"]


def test_check_on_a_missing_file_exits_1(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert main(["--check", "gone.json"]) == 1
    assert capsys.readouterr().err.strip() == "gone.json: no such file"


def test_no_arguments_mean_the_parsers_own_defaults():
    # The everyday start skips building the parser; what it answers must be what the parser
    # would have said.
    from app.cli import build_parser, parse_args

    assert vars(parse_args([])) == vars(build_parser().parse_args([]))


def test_a_speed_that_is_not_positive_is_refused(capsys):
    from app.cli import parse_args

    with pytest.raises(SystemExit):
        parse_args(["--speed", "0"])
    assert "--speed must be a positive number, got 0.0" in capsys.readouterr().err
