"""CSV and JSON exports, the documented header, and `isohold --export-history FILE`."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest

from isohold.cli import main as isohold
from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.history.export import (CSV_COLUMNS, TEST_CSV_COLUMNS, csv_text,
                                         export_history_file)
from isohold.core.history.sample import made_up_sessions

DOC = Path(__file__).resolve().parents[3] / "docs" / "history-csv.md"


@pytest.fixture
def history():
    sessions = made_up_sessions(60, date(2025, 3, 31), seed=3)
    with HistoryStore() as store:
        store.add_finished(sessions)
    return sorted(sessions, key=lambda s: s.started_at, reverse=True)


def documented_columns(section: str) -> tuple[str, ...]:
    text = DOC.read_text().split(f"\n## {section}\n", 1)[1].split("\n## ", 1)[0]
    return tuple(re.findall(r"^\| `([a-z_]+)` \|", text, flags=re.MULTILINE))


def test_every_csv_column_is_documented_in_order():
    assert documented_columns("Columns") == CSV_COLUMNS
    assert documented_columns("Leg tests") == TEST_CSV_COLUMNS


def test_csv_has_one_row_per_drill_of_each_session_newest_first(history, tmp_path):
    out = tmp_path / "history.csv"
    assert export_history_file(out) == 0
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == sum(len(s.drills) for s in history)
    assert [r["session_uuid"] for r in rows if r["drill_position"] == "1"] == \
        [s.uuid for s in history]
    first, drill = history[0], history[0].drills[0]
    row = rows[0]
    assert row["started_at"] == first.started_at.isoformat()
    assert row["status"] == first.status.value
    assert row["drill_name"] == drill.name
    assert float(row["tut_left_s"]) == pytest.approx(drill.tut_left_s, abs=0.05)
    assert int(row["reps_done"]) == drill.reps_done


def test_free_text_that_looks_like_a_formula_is_defused(plan):
    record = SessionRecord.new(plan)
    record.notes = "=HYPERLINK(\"http://x\")"
    row = next(csv.DictReader(csv_text([record]).splitlines()))
    assert row["notes"] == "'=HYPERLINK(\"http://x\")"


def test_json_holds_every_session_with_its_drills(history, tmp_path, capsys):
    out = tmp_path / "history.JSON"
    assert isohold(["--export-history", str(out)]) == 0
    assert f"Wrote {len(history)} sessions" in capsys.readouterr().out
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["format"] == "isohold-history" and data["version"] == 1
    assert [s["uuid"] for s in data["sessions"]] == [s.uuid for s in history]
    assert data["sessions"][0]["drills"][0]["name"] == history[0].drills[0].name


def test_an_unknown_suffix_or_a_missing_folder_exits_1_with_a_message(history, tmp_path, capsys):
    assert export_history_file(tmp_path / "history.xlsx") == 1
    assert ".csv or .json" in capsys.readouterr().err
    assert export_history_file(tmp_path / "nowhere" / "history.csv") == 1
    err = capsys.readouterr().err
    assert "cannot write" in err and "nowhere" in err and "Traceback" not in err
    assert export_history_file(tmp_path) == 1  # a folder, and no suffix
    assert list(tmp_path.glob("*.part")) == []


def test_exporting_onto_a_folder_named_like_a_file_fails_cleanly(history, tmp_path, capsys):
    target = tmp_path / "taken.csv"
    target.mkdir()
    assert export_history_file(target) == 1
    assert "cannot write" in capsys.readouterr().err
    assert list(tmp_path.glob(".taken.csv.*")) == []


def test_with_no_history_yet_the_export_has_just_the_header(tmp_path, capsys):
    out = tmp_path / "empty.csv"
    assert export_history_file(out) == 0
    assert out.read_text().splitlines() == [",".join(CSV_COLUMNS)]
    assert "Wrote 0 sessions" in capsys.readouterr().out
    assert not (tmp_path / "data").exists()  # exporting created no history


def test_the_session_in_progress_is_exported_too(plan, tmp_path):
    record = SessionRecord.new(plan)
    with HistoryStore() as store:
        store.begin(record)
    out = tmp_path / "h.csv"
    assert export_history_file(out) == 0
    rows = list(csv.DictReader(out.open()))
    assert {r["status"] for r in rows} == {Status.INTERRUPTED.value}  # found on reopening


def test_a_pause_a_drill_does_not_have_is_left_empty():
    import csv as csv_module
    import io

    from isohold.core.history.export import csv_text
    from isohold.core.history.records import DrillRecord, SessionRecord, Status, now_local

    record = SessionRecord("u", "r", "R", now_local(), status=Status.COMPLETED, drills=[
        DrillRecord("wall", "Wall", "hold", "both", 1, 8,
                    choices={"reset_s": 10, "rest_s": 90, "switch_s": 5}),
        DrillRecord("press", "Press", "hold", "alternate", 1, 8,
                    choices={"reset_s": 10, "rest_s": 90, "switch_s": 5}),
        DrillRecord("drops", "Drops", "paced", "both", 3, 6,
                    choices={"reset_s": 10, "rest_s": 120, "switch_s": 5})])
    rows = list(csv_module.DictReader(io.StringIO(csv_text([record]))))
    cells = [(r["reset_s_chosen"], r["rest_s_chosen"], r["switch_s_chosen"]) for r in rows]
    assert cells == [("10", "", ""), ("", "", "5"), ("", "120", "")]
