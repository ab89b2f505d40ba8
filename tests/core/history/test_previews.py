"""Previews (`isohold --speed 10`): kept, marked as previews everywhere, never counted as
training (no Qt, no real time)."""

from __future__ import annotations

import csv
import json
import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore, SessionRecord, Status, schema
from isohold.core.history.export import CSV_COLUMNS, csv_text, json_text
from isohold.core.history.progress import box_heights, streak, weekly_totals
from isohold.core.routines import SessionPlan
from tests.core.history.conftest import ROUTINE
from tests.core.history.test_file_safety import file_at_version

TZ = timezone(timedelta(hours=2))
MONDAY = datetime(2025, 6, 2, 9, 39, 34, tzinfo=TZ)
TODAY = MONDAY.date() + timedelta(days=2)


def session(started_at: datetime, clock_speed: float = 1.0, status=Status.STOPPED_EARLY,
            box: float | None = None) -> SessionRecord:
    """A finished session with 80 s of holds and a drop-jump set, as the store gets it."""
    record = SessionRecord.new(SessionPlan(ROUTINE), started_at=started_at,
                               clock_speed=clock_speed)
    record.active_s, record.paused_s = 292.9, 0.0
    record.ended_at = started_at + timedelta(seconds=record.total_s / clock_speed)
    wall = record.drill("wall")
    wall.reps_both, wall.hold_both_s = 8, 80.0
    if box is not None:
        drops = record.drill("drops")
        drops.reps_both, drops.box_height_cm = 3, box
    record.status = status
    return record


def test_a_preview_keeps_its_clock_speed_and_true_times_through_a_reopened_file(tmp_path):
    path = tmp_path / "history.sqlite3"
    preview = session(MONDAY, clock_speed=10.0)
    with HistoryStore(path) as store:
        store.finish(preview, Status.STOPPED_EARLY)
    with HistoryStore(path) as store:
        saved = store.session(preview.uuid)
        [line] = store.lines()
    assert saved.clock_speed == 10.0 and saved.is_preview
    # wall-clock times stay true; the totals are session-clock seconds, and say so
    assert saved.started_at == MONDAY
    assert saved.ended_at == MONDAY + timedelta(seconds=29.29)
    assert saved.total_s == pytest.approx(292.9) and saved.real_s == pytest.approx(29.29)
    assert saved.status is Status.STOPPED_EARLY
    assert line.clock_speed == 10.0 and line.is_preview and not line.is_training
    assert line.clock_speed == 10.0 and line.is_preview  # the list calls it "Preview (×10)"


def test_a_real_session_has_clock_speed_one_and_its_status_as_before(store):
    real = session(MONDAY)
    store.finish(real, Status.COMPLETED)
    [line] = store.lines()
    assert store.session(real.uuid).clock_speed == 1.0
    assert line.is_training and not line.is_preview and line.status is Status.COMPLETED


def test_weekly_totals_streak_and_box_heights_leave_previews_out(store):
    store.add_finished([session(MONDAY, box=45.0),  # real, this week
                        session(MONDAY + timedelta(days=1), clock_speed=10.0, box=60.0),
                        session(MONDAY + timedelta(days=2), clock_speed=20.0, box=60.0)])
    lines = store.lines()
    assert len(lines) == 3  # the previews are kept and listed
    [this_week] = weekly_totals(lines, 1, TODAY)
    assert (this_week.sessions, this_week.tut_s, this_week.active_s) == (1, 80.0, 292.9)
    assert streak(lines, TODAY).days == 0  # Monday alone, and today is Wednesday
    assert streak(lines, MONDAY.date() + timedelta(days=1)).days == 1
    assert [height for _, height in box_heights(lines)] == [45.0]


def test_last_time_on_the_setup_page_is_the_last_training_not_a_preview(store):
    real = session(MONDAY)
    store.add_finished([real, session(MONDAY + timedelta(days=1), clock_speed=10.0)])
    assert store.last_session("test").uuid == real.uuid


def test_the_export_carries_clock_speed_in_a_new_column_after_the_old_ones_unchanged():
    preview, real = session(MONDAY, clock_speed=10.0), session(MONDAY - timedelta(days=1))
    text = csv_text([preview, real])
    header = text.splitlines()[0].split(",")
    assert header == list(CSV_COLUMNS)
    assert header[:9] == ["session_uuid", "routine_id", "routine_name", "started_at",
                          "ended_at", "status", "active_s", "paused_s", "total_s"]
    # version 5's columns, then version 7's clock_speed, then only what version 8 added
    at = header.index("clock_speed")
    assert header[at - 3:at] == ["tut_s", "ground_contacts", "reached_end"]
    assert header[at + 1:] == ["pain_during", "pain_next_morning", "pain_before",
                               "knees_held", "heels_off"]
    rows = list(csv.DictReader(text.splitlines()))
    by_session = {row["session_uuid"]: row for row in rows if row["drill_position"] == "1"}
    assert by_session[preview.uuid]["clock_speed"] == "10"
    assert by_session[real.uuid]["clock_speed"] == "1"
    assert by_session[preview.uuid]["total_s"] == "292.9"  # session-clock seconds
    assert by_session[preview.uuid]["ended_at"] == "2025-06-02T09:40:03.290000+02:00"
    assert by_session[preview.uuid]["status"] == "stopped_early"
    data = json.loads(json_text([preview, real]))
    assert [s["clock_speed"] for s in data["sessions"]] == [10.0, 1.0]


def test_a_session_without_drills_still_says_its_clock_speed():
    bare = session(MONDAY, clock_speed=20.0)
    bare.drills = []
    [row] = csv.DictReader(csv_text([bare]).splitlines())
    assert row["clock_speed"] == "20" and row["drill_id"] == "" and row["reached_end"] == "0"


@pytest.mark.parametrize("stored", ["0", "-10", "'fast'", "1e300"])
def test_a_row_with_a_clock_speed_that_makes_no_sense_is_left_out_and_said(tmp_path, stored):
    path = tmp_path / "history.sqlite3"
    good, bad = session(MONDAY), session(MONDAY + timedelta(days=1), clock_speed=10.0)
    with HistoryStore(path) as store:
        store.add_finished([good, bad])
    with sqlite3.connect(path) as db:  # another program wrote it
        db.execute(f"UPDATE sessions SET clock_speed = {stored} WHERE uuid = ?", (bad.uuid,))
    db.close()
    with HistoryStore(path) as store:
        assert [line.uuid for line in store.lines()] == [good.uuid]
        assert bad.uuid in store.left_out_notice
        assert [record.uuid for record in store.sessions()] == [good.uuid]


# -- files from before version 7 ------------------------------------------------------------
PREVIEW_V6 = ("INSERT INTO sessions (uuid, routine_id, routine_name, started_at, started_ts, "
              "ended_at, updated_at, active_s, paused_s, planned_s, status, notes, phase_index, "
              "plan, work, reached_end, tut_s) VALUES ('preview', 'iso-holds', 'Isometric holds', "
              "'2025-06-02T09:39:34+02:00', 1748849974, '2025-06-02T09:40:03+02:00', "
              "'2025-06-02T09:40:03+02:00', 292.9, 0, 600, 'stopped_early', '', 20, '{}', '{}', "
              "0, 80)")
# interrupted (no end): its last write is the wall-clock time it reached
PREVIEW_V6_INTERRUPTED = PREVIEW_V6.replace("'preview'", "'cut'").replace(
    "'2025-06-02T09:40:03+02:00', '2025-06-02T09:40:03+02:00'",
    "NULL, '2025-06-02T09:39:49+02:00'").replace("292.9, 0,", "295, 5,").replace(
    "'stopped_early'", "'interrupted'")
# a real session resumed the next day: far more wall-clock than session-clock time
RESUMED_V6 = PREVIEW_V6.replace("'preview'", "'resumed'").replace(
    "'2025-06-02T09:40:03+02:00', '2025-06-02T09:40:03+02:00'",
    "'2025-06-03T08:00:00+02:00', '2025-06-03T08:00:00+02:00'")


def file_of_version_6_with_a_preview(path: Path) -> None:
    file_at_version(path, 6)  # one real session of 40 minutes ('old'), as version 6 wrote it
    with sqlite3.connect(path, isolation_level=None) as db:
        for insert in (PREVIEW_V6, PREVIEW_V6_INTERRUPTED, RESUMED_V6):
            db.execute(insert)
    db.close()


def test_a_version_6_file_is_upgraded_and_its_previews_are_found_by_their_times(tmp_path):
    path = tmp_path / "history.sqlite3"
    file_of_version_6_with_a_preview(path)
    with HistoryStore(path) as store:
        assert schema.version_of(store._db) == schema.VERSION >= 7
        assert store._db.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATION_ID
        speeds = {record.uuid: record.clock_speed for record in store.sessions()}
        lines = {line.uuid: line for line in store.lines()}
    # 292.9 s of session clock in 29 s of wall clock: a preview at about x10
    assert speeds == {"old": 1.0, "preview": 10.0, "cut": 20.0, "resumed": 1.0}
    assert lines["preview"].is_preview and lines["preview"].clock_speed == 10.0
    assert not lines["preview"].is_training and lines["resumed"].is_training
    # written on, the upgraded file keeps its sessions and takes new ones
    with HistoryStore(path) as store:
        store.finish(session(MONDAY + timedelta(days=3), clock_speed=5.0))
        assert len(store.sessions()) == 5


def test_a_read_only_version_6_file_is_read_as_the_upgrade_would_and_left_as_it_is(
        tmp_path, monkeypatch):
    path = tmp_path / "history.sqlite3"
    file_of_version_6_with_a_preview(path)
    before = path.read_bytes()
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):
        if Path(file) == path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore(path) as store:
        assert store.read_only and schema.version_of(store._db) == 6
        speeds = {line.uuid: line.clock_speed for line in store.lines()}
        exported = {row["session_uuid"]: row["clock_speed"]
                    for row in csv.DictReader(csv_text(store.sessions()).splitlines())}
    assert speeds == {"old": 1.0, "preview": 10.0, "cut": 20.0, "resumed": 1.0}
    assert exported == {"old": "1", "preview": "10", "cut": "20", "resumed": "1"}
    assert path.read_bytes() == before
    with sqlite3.connect(path) as db:
        assert schema.version_of(db) == 6
        assert "clock_speed" not in {row[1] for row in db.execute("PRAGMA table_info(sessions)")}


def test_the_migration_to_version_7_is_whole_or_not_at_all(tmp_path):
    """The column is added, then the previews marked: when marking fails, the column goes too."""
    path = tmp_path / "history.sqlite3"
    file_of_version_6_with_a_preview(path)
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("CREATE TRIGGER refuse BEFORE UPDATE ON sessions "
               "BEGIN SELECT RAISE(ABORT, 'refused'); END")
    with pytest.raises(sqlite3.IntegrityError, match="refused"):
        schema.migrate(db)
    assert schema.version_of(db) == 6
    assert "clock_speed" not in {row[1] for row in db.execute("PRAGMA table_info(sessions)")}
    db.execute("DROP TRIGGER refuse")
    assert schema.migrate(db, target=7) == [7]
    assert dict(db.execute("SELECT uuid, clock_speed FROM sessions")) == {
        "old": 1.0, "preview": 10.0, "cut": 20.0, "resumed": 1.0}
    db.close()
