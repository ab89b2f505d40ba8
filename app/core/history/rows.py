"""Between SessionRecord and the rows of the history file (the SQL lives here)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from app.core.history.records import DrillRecord, SessionLine, SessionRecord, Status

_SESSION_COLUMNS = ("uuid, routine_id, routine_name, started_at, started_ts, ended_at, updated_at, "
                    "active_s, paused_s, planned_s, status, notes, rpe, phase_index, plan, work, "
                    "reached_end")
_TOTAL_COLUMNS = ("sets_done, sets_planned, reps_done, reps_planned, tut_left_s, tut_right_s, "
                  "box_height_cm, tut_s, ground_contacts")
_DRILL_COLUMNS = ("session_uuid, position, drill_id, name, kind, sides, sets_planned, "
                  "reps_planned, sets_done, reps_left, reps_right, reps_both, hold_left_s, hold_right_s, "
                  "hold_both_s, set_s, choices, box_height_cm, contacts_per_rep")
_UPSERT_SESSION = (
    f"INSERT INTO sessions ({_SESSION_COLUMNS}, {_TOTAL_COLUMNS}) VALUES ({', '.join('?' * 26)}) "
    "ON CONFLICT(uuid) DO UPDATE SET routine_id = excluded.routine_id, "
    "routine_name = excluded.routine_name, started_at = excluded.started_at, "
    "started_ts = excluded.started_ts, ended_at = excluded.ended_at, "
    "updated_at = excluded.updated_at, active_s = excluded.active_s, "
    "paused_s = excluded.paused_s, planned_s = excluded.planned_s, status = excluded.status, "
    "notes = excluded.notes, rpe = excluded.rpe, phase_index = excluded.phase_index, "
    "plan = excluded.plan, work = excluded.work, reached_end = excluded.reached_end, "
    "sets_done = excluded.sets_done, tut_s = excluded.tut_s, "
    "ground_contacts = excluded.ground_contacts, "
    "sets_planned = excluded.sets_planned, reps_done = excluded.reps_done, "
    "reps_planned = excluded.reps_planned, tut_left_s = excluded.tut_left_s, "
    "tut_right_s = excluded.tut_right_s, box_height_cm = excluded.box_height_cm")


def write_record(db: sqlite3.Connection, record: SessionRecord, status: Status,
                 updated_at: datetime) -> None:
    """Insert or replace the session and its drills (inside the caller's transaction)."""
    rpe = record.rpe if record.rpe is None else max(1, min(10, int(record.rpe)))
    db.execute(_UPSERT_SESSION, (
        record.uuid, record.routine_id, record.routine_name, record.started_at.isoformat(),
        record.started_at.timestamp(),
        record.ended_at.isoformat() if record.ended_at else None, updated_at.isoformat(),
        record.active_s, record.paused_s, record.planned_s, status.value, record.notes, rpe,
        record.phase_index, json.dumps(record.plan, sort_keys=True),
        json.dumps({str(index): reps for index, reps in sorted(record.work.items())}),
        int(record.reached_end), *_totals(record)))
    db.execute("DELETE FROM session_drills WHERE session_uuid = ?", (record.uuid,))
    db.executemany(
        f"INSERT INTO session_drills ({_DRILL_COLUMNS}) VALUES ({', '.join('?' * 19)})",
        [(record.uuid, position, d.drill_id, d.name, d.kind, d.sides, d.sets_planned,
          d.reps_planned, d.sets_done, d.reps_left, d.reps_right, d.reps_both, d.hold_left_s,
          d.hold_right_s, d.hold_both_s, d.set_s, json.dumps(d.choices, sort_keys=True),
          d.box_height_cm, d.contacts_per_rep)
         for position, d in enumerate(record.drills, start=1)])


def read_records(db: sqlite3.Connection, where: str, args: tuple = ()) -> list[SessionRecord]:
    """Sessions matching `where` (not deleted), newest first, with their drills."""
    sessions = db.execute(
        f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE deleted_at IS NULL AND ({where}) "
        "ORDER BY started_ts DESC", args).fetchall()
    records: dict[str, SessionRecord] = {}
    for (uuid, routine_id, routine_name, started_at, _ts, ended_at, _updated, active_s, paused_s,
         planned_s, status, notes, rpe, phase_index, plan, work, reached_end) in sessions:
        records[uuid] = SessionRecord(
            uuid=uuid, routine_id=routine_id, routine_name=routine_name,
            started_at=datetime.fromisoformat(started_at),
            ended_at=datetime.fromisoformat(ended_at) if ended_at else None,
            active_s=active_s, paused_s=paused_s, status=Status(status), notes=notes, rpe=rpe,
            phase_index=phase_index, planned_s=planned_s, plan=_json(plan),
            work=_work(work), reached_end=bool(reached_end))
    if not records:
        return []
    drills = db.execute(
        f"SELECT {_DRILL_COLUMNS} FROM session_drills WHERE session_uuid IN "
        f"(SELECT uuid FROM sessions WHERE deleted_at IS NULL AND ({where})) "
        "ORDER BY session_uuid, position", args)
    for (uuid, _position, drill_id, name, kind, sides, sets_planned, reps_planned, sets_done,
         reps_left, reps_right, reps_both, hold_left_s, hold_right_s, hold_both_s, set_s, choices,
         box_height_cm, contacts_per_rep) in drills:
        records[uuid].drills.append(DrillRecord(
            drill_id=drill_id, name=name, kind=kind, sides=sides, sets_planned=sets_planned,
            reps_planned=reps_planned, sets_done=sets_done, reps_left=reps_left,
            reps_right=reps_right, reps_both=reps_both, hold_left_s=hold_left_s,
            hold_right_s=hold_right_s, hold_both_s=hold_both_s, set_s=set_s,
            choices=_json(choices), box_height_cm=box_height_cm,
            contacts_per_rep=contacts_per_rep))
    return list(records.values())


def read_lines(db: sqlite3.Connection, routine_id: str | None) -> list[SessionLine]:
    where, args = ("AND routine_id = ?", (routine_id,)) if routine_id else ("", ())
    found = db.execute(
        "SELECT uuid, routine_id, routine_name, started_at, status, active_s, paused_s, "
        "sets_done, sets_planned, reps_done, reps_planned, tut_left_s, tut_right_s, rpe, "
        f"box_height_cm, notes, tut_s, ground_contacts FROM sessions WHERE deleted_at IS NULL {where} "
        "ORDER BY started_ts DESC", args)
    parse, status_of = datetime.fromisoformat, {status.value: status for status in Status}
    make = SessionLine._make  # tuple.__new__: the cheapest way to build thousands of lines
    return [make((row[0], row[1], row[2], parse(row[3]), status_of[row[4]], *row[5:]))
            for row in found.fetchall()]


def _totals(record: SessionRecord) -> tuple:
    """The session's totals over its drills, kept on its row for the history list."""
    drills = record.drills
    return (sum(d.sets_done for d in drills), sum(d.sets_planned for d in drills),
            sum(d.reps_done for d in drills), sum(d.reps_planned_total for d in drills),
            record.tut_left_s, record.tut_right_s, record.box_height_cm, record.tut_s,
            record.ground_contacts)


def _work(text: str) -> dict[int, int]:
    """The reps done per work phase, as written by write_record; anything else is dropped."""
    work = {}
    for key, value in _json(text).items():
        if isinstance(key, str) and key.isdigit() and isinstance(value, int) and value >= 0:
            work[int(key)] = value
    return work


def _json(text: str) -> dict:
    try:
        value = json.loads(text or "{}")
    except json.JSONDecodeError:
        return {}
    return value if isinstance(value, dict) else {}
