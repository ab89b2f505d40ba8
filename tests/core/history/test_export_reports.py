"""The exports carry what version 8 keeps: pain, the box drills' knees and heels, and the
leg-test results (JSON: `tests`; CSV: a file beside it) - no Qt, no real time."""

from __future__ import annotations

import csv
import json
from datetime import datetime, timedelta, timezone

from isohold.core.history import HistoryStore, SessionRecord, Status, TestKind
from isohold.core.history.export import (TEST_CSV_COLUMNS, csv_text, export_history_file,
                                         json_text, leg_tests_csv_text, leg_tests_path,
                                         write_sessions)
from isohold.core.routines import SessionPlan
from tests.core.history.conftest import ROUTINE

TZ = timezone(timedelta(hours=2))
STARTED = datetime(2025, 6, 2, 7, 0, tzinfo=TZ)


def reported() -> SessionRecord:
    record = SessionRecord.new(SessionPlan(ROUTINE), started_at=STARTED)
    record.ended_at = STARTED + timedelta(minutes=20)
    record.drills[2].reps_both, record.drills[2].box_height_cm = 6, 40.0
    record.pain_during, record.pain_next_morning, record.pain_before = 4, 0, 2
    record.drills[2].knees_held, record.drills[2].heels_off = False, True
    record.status = Status.COMPLETED
    return record


def test_the_csv_has_the_pain_on_every_row_and_the_box_report_on_its_drill():
    plain = SessionRecord.new(SessionPlan(ROUTINE), started_at=STARTED - timedelta(days=1))
    plain.ended_at, plain.status = plain.started_at + timedelta(minutes=5), Status.STOPPED_EARLY
    rows = list(csv.DictReader(csv_text([reported(), plain]).splitlines()))
    cells = [(r["pain_during"], r["pain_next_morning"], r["pain_before"], r["knees_held"],
              r["heels_off"]) for r in rows]
    assert cells == [("4", "0", "2", "", ""), ("4", "0", "2", "", ""), ("4", "0", "2", "0", "1"),
                     ("", "", "", "", ""), ("", "", "", "", ""), ("", "", "", "", "")]


def test_the_json_has_the_pain_the_box_report_and_the_tests():
    record = reported()
    with HistoryStore() as store:
        store.finish(record, Status.COMPLETED)
        store.add_test(STARTED, TestKind.HEEL_RISE, {"left": 25, "right": 22}, "=fresh legs")
        document = json.loads(json_text(store.sessions(), store.tests()))
    [session] = document["sessions"]
    assert (session["pain_during"], session["pain_next_morning"], session["pain_before"]) == (
        4, 0, 2)
    assert [(d["knees_held"], d["heels_off"]) for d in session["drills"]] == [
        (None, None), (None, None), (False, True)]
    assert document["tests"] == [
        {"taken_at": "2025-06-02T07:00:00+02:00", "test": "heel_rise", "side": "left",
         "value": 25.0, "notes": "=fresh legs"},
        {"taken_at": "2025-06-02T07:00:00+02:00", "test": "heel_rise", "side": "right",
         "value": 22.0, "notes": "=fresh legs"}]
    assert json.loads(json_text([]))["tests"] == []


def test_the_leg_tests_csv_has_one_row_per_leg_oldest_first():
    with HistoryStore() as store:
        store.add_test(STARTED + timedelta(days=7), TestKind.MAX_HOLD, {"right": 41.5})
        store.add_test(STARTED, TestKind.HEEL_RISE, {"left": 25, "right": 22}, "=fresh legs")
        text = leg_tests_csv_text(store.tests())
    lines = list(csv.reader(text.splitlines()))
    assert tuple(lines[0]) == TEST_CSV_COLUMNS
    assert lines[1:] == [
        ["2025-06-02T07:00:00+02:00", "heel_rise", "left", "25", "'=fresh legs"],
        ["2025-06-02T07:00:00+02:00", "heel_rise", "right", "22", "'=fresh legs"],
        ["2025-06-09T07:00:00+02:00", "max_hold", "right", "41.5", ""]]


def test_export_history_writes_the_tests_beside_a_csv_and_into_a_json(tmp_path, capsys):
    with HistoryStore() as store:
        store.finish(reported(), Status.COMPLETED)
        store.add_test(STARTED, TestKind.HEEL_RISE, {"left": 25, "right": 22})
    out = tmp_path / "history.csv"
    assert export_history_file(out) == 0
    beside = tmp_path / "history-leg-tests.csv"
    assert leg_tests_path(out) == beside
    said = capsys.readouterr().out
    assert f"Wrote 1 session to {out}" in said
    assert f"Wrote 2 leg-test results to {beside}" in said
    assert [r["value"] for r in csv.DictReader(beside.open(encoding="utf-8"))] == ["25", "22"]
    assert [r["knees_held"] for r in csv.DictReader(out.open(encoding="utf-8"))] == ["", "",
                                                                                     "0"]
    out_json = tmp_path / "history.json"
    assert export_history_file(out_json) == 0
    assert len(json.loads(out_json.read_text(encoding="utf-8"))["tests"]) == 2
    assert not (tmp_path / "history-leg-tests.json").exists()


def test_no_leg_tests_file_is_written_when_there_are_none(tmp_path, capsys):
    with HistoryStore() as store:
        store.finish(reported(), Status.COMPLETED)
    out = tmp_path / "history.csv"
    assert export_history_file(out) == 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "history.csv"]
    assert "leg-test" not in capsys.readouterr().out
    assert write_sessions([reported()], tmp_path / "other.csv") == [tmp_path / "other.csv"]
