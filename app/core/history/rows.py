"""Between SessionRecord and the rows of the history file (the SQL lives here)."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime

from isohold.core.history.records import DrillRecord, SessionLine, SessionRecord, Status
from isohold.core.words import Message

_SESSION_COLUMNS = ("uuid, routine_id, routine_name, started_at, started_ts, ended_at, updated_at, "
                    "active_s, paused_s, planned_s, status, notes, rpe, phase_index, plan, work, "
                    "reached_end, clock_speed, pain_during, pain_next_morning, pain_before")
_TOTAL_COLUMNS = ("sets_done, sets_planned, reps_done, reps_planned, tut_left_s, tut_right_s, "
                  "box_height_cm, tut_s, ground_contacts")
_DRILL_COLUMNS = ("session_uuid, position, drill_id, name, kind, sides, sets_planned, "
                  "reps_planned, sets_done, reps_left, reps_right, reps_both, hold_left_s, hold_right_s, "
                  "hold_both_s, set_s, choices, box_height_cm, contacts_per_rep, knees_held, "
                  "heels_off")
_UPSERT_SESSION = (
    f"INSERT INTO sessions ({_SESSION_COLUMNS}, {_TOTAL_COLUMNS}) VALUES ({', '.join('?' * 30)}) "
    "ON CONFLICT(uuid) DO UPDATE SET routine_id = excluded.routine_id, "
    "routine_name = excluded.routine_name, started_at = excluded.started_at, "
    "started_ts = excluded.started_ts, ended_at = excluded.ended_at, "
    "updated_at = excluded.updated_at, active_s = excluded.active_s, "
    "paused_s = excluded.paused_s, planned_s = excluded.planned_s, status = excluded.status, "
    "notes = excluded.notes, rpe = excluded.rpe, phase_index = excluded.phase_index, "
    "plan = excluded.plan, work = excluded.work, reached_end = excluded.reached_end, "
    "clock_speed = excluded.clock_speed, pain_during = excluded.pain_during, "
    "pain_before = excluded.pain_before, "
    # the next morning is asked hours after the session was saved: a session saved again
    # (its summary) never loses an answer it does not carry (set_next_morning changes it)
    "pain_next_morning = COALESCE(excluded.pain_next_morning, sessions.pain_next_morning), "
    "sets_done = excluded.sets_done, tut_s = excluded.tut_s, "
    "ground_contacts = excluded.ground_contacts, "
    "sets_planned = excluded.sets_planned, reps_done = excluded.reps_done, "
    "reps_planned = excluded.reps_planned, tut_left_s = excluded.tut_left_s, "
    "tut_right_s = excluded.tut_right_s, box_height_cm = excluded.box_height_cm")

# Reading: every row is checked in SQL before Python touches it (types, a known status, JSON
# that is valid and bounded), so a row another program or a bad disk changed is left out
# alone. `sound` is the first column of each read.
MAX_JSON_CHARS = 64 * 1024  # plan, work and choices are a few hundred characters
_STATUS = {status.value: status for status in Status}


def _number(column: str) -> str:
    return f"(typeof({column}) IN ('integer', 'real') AND abs({column}) < 1e12)"


def _count(column: str) -> str:
    return f"(typeof({column}) = 'integer' AND abs({column}) < 1e12)"


def _text(column: str) -> str:
    return f"typeof({column}) = 'text'"


def _pain(column: str) -> str:
    return f"({column} IS NULL OR ({_count(column)} AND {column} BETWEEN 0 AND 10))"


def _yes_no(column: str) -> str:
    return f"({column} IS NULL OR ({_count(column)} AND {column} IN (0, 1)))"


def _json_object(column: str) -> str:
    return (f"(typeof({column}) = 'text' AND length({column}) <= {MAX_JSON_CHARS} "
            f"AND CASE WHEN json_valid({column}) THEN json_type({column}) = 'object' END)")


_SESSION_SOUND = "(" + " AND ".join([
    *map(_text, ("uuid", "routine_id", "routine_name", "started_at", "notes")),
    "length(started_at) <= 64", "(ended_at IS NULL OR (typeof(ended_at) = 'text' "
    "AND length(ended_at) <= 64))",
    "status IN (" + ", ".join(f"'{status.value}'" for status in Status) + ")",
    *map(_number, ("active_s", "paused_s", "planned_s", "tut_left_s", "tut_right_s", "tut_s")),
    *map(_count, ("phase_index", "reached_end", "sets_done", "sets_planned", "reps_done",
                  "reps_planned", "ground_contacts")),
    f"(rpe IS NULL OR {_count('rpe')})", f"(box_height_cm IS NULL OR {_number('box_height_cm')})",
    f"({_number('clock_speed')} AND clock_speed > 0)",
    *map(_pain, ("pain_during", "pain_next_morning", "pain_before")),
    _json_object("plan"), _json_object("work")]) + ")"
_SESSION_READ = (f"{_SESSION_SOUND}, uuid, routine_id, routine_name, started_at, ended_at, "
                 "active_s, paused_s, planned_s, status, notes, rpe, phase_index, "
                 f"substr(plan, 1, {MAX_JSON_CHARS}), substr(work, 1, {MAX_JSON_CHARS}), "
                 "reached_end, clock_speed, pain_during, pain_next_morning, pain_before")
_DRILL_SOUND = "(" + " AND ".join([
    *map(_text, ("drill_id", "name", "kind", "sides")),
    *map(_count, ("sets_planned", "reps_planned", "sets_done", "reps_left", "reps_right",
                  "reps_both", "contacts_per_rep")),
    *map(_number, ("hold_left_s", "hold_right_s", "hold_both_s", "set_s")),
    f"(box_height_cm IS NULL OR {_number('box_height_cm')})", _json_object("choices"),
    _yes_no("knees_held"), _yes_no("heels_off")]) + ")"
_DRILL_READ = (f"{_DRILL_SOUND}, session_uuid, drill_id, name, kind, sides, sets_planned, "
               "reps_planned, sets_done, reps_left, reps_right, reps_both, hold_left_s, "
               "hold_right_s, hold_both_s, set_s, "
               f"substr(choices, 1, {MAX_JSON_CHARS}), box_height_cm, contacts_per_rep, "
               "knees_held, heels_off")


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
        int(record.reached_end), float(record.clock_speed), record.pain_during,
        record.pain_next_morning, record.pain_before, *_totals(record)))
    db.execute("DELETE FROM session_drills WHERE session_uuid = ?", (record.uuid,))
    db.executemany(
        f"INSERT INTO session_drills ({_DRILL_COLUMNS}) VALUES ({', '.join('?' * 21)})",
        [(record.uuid, position, d.drill_id, d.name, d.kind, d.sides, d.sets_planned,
          d.reps_planned, d.sets_done, d.reps_left, d.reps_right, d.reps_both, d.hold_left_s,
          d.hold_right_s, d.hold_both_s, d.set_s, json.dumps(d.choices, sort_keys=True),
          d.box_height_cm, d.contacts_per_rep, yes_no_value(d.knees_held),
          yes_no_value(d.heels_off))
         for position, d in enumerate(record.drills, start=1)])


def read_records(db: sqlite3.Connection, where: str, args: tuple = (),
                 left_out: list[str] | None = None) -> list[SessionRecord]:
    """Sessions matching `where` (not deleted), newest first, with their drills.

    A session whose row, or one of whose drills, cannot be read is left out, its UUID added to
    `left_out`: one bad row never hides the rest of the history.
    """
    left_out = [] if left_out is None else left_out
    sessions = _fetch(db, f"SELECT {_SESSION_READ} FROM sessions WHERE deleted_at IS NULL AND "
                          f"({where}) ORDER BY started_ts DESC", args)
    records: dict[str, SessionRecord] = {}
    for (sound, uuid, routine_id, routine_name, started_at, ended_at, active_s, paused_s,
         planned_s, status, notes, rpe, phase_index, plan, work, reached_end,
         clock_speed, pain_during, pain_next_morning, pain_before) in sessions:
        try:
            if not sound:
                raise ValueError("a field of the wrong type, an unknown status or too long")
            records[uuid] = SessionRecord(
                uuid=uuid, routine_id=routine_id, routine_name=routine_name,
                started_at=_instant(started_at),
                ended_at=_instant(ended_at) if ended_at is not None else None,
                active_s=active_s, paused_s=paused_s, status=_STATUS[status], notes=notes,
                rpe=rpe, phase_index=phase_index, planned_s=planned_s, plan=_json(plan),
                work=_work(work), reached_end=bool(reached_end), clock_speed=clock_speed,
                pain_during=pain_during, pain_next_morning=pain_next_morning,
                pain_before=pain_before)
        except ValueError:
            left_out.append(_name(uuid))
    if not records:
        return []
    drills = _fetch(db,
        f"SELECT {_DRILL_READ} FROM session_drills WHERE session_uuid IN "
        f"(SELECT uuid FROM sessions WHERE deleted_at IS NULL AND ({where})) "
        "ORDER BY session_uuid, position", args)
    broken = set()
    for (sound, uuid, drill_id, name, kind, sides, sets_planned, reps_planned, sets_done,
         reps_left, reps_right, reps_both, hold_left_s, hold_right_s, hold_both_s, set_s, choices,
         box_height_cm, contacts_per_rep, knees_held, heels_off) in drills:
        record = records.get(uuid) if isinstance(uuid, str) else None
        if record is None:
            continue  # the drill of a session left out already
        try:
            if not sound:
                raise ValueError("a drill field of the wrong type or too long")
            record.drills.append(DrillRecord(
                drill_id=drill_id, name=name, kind=kind, sides=sides,
                sets_planned=sets_planned, reps_planned=reps_planned, sets_done=sets_done,
                reps_left=reps_left, reps_right=reps_right, reps_both=reps_both,
                hold_left_s=hold_left_s, hold_right_s=hold_right_s, hold_both_s=hold_both_s,
                set_s=set_s, choices=_json(choices), box_height_cm=box_height_cm,
                contacts_per_rep=contacts_per_rep, knees_held=_yes_no_read(knees_held),
                heels_off=_yes_no_read(heels_off)))
        except ValueError:
            broken.add(uuid)  # half a session would tell a wrong story: leave it all out
    for uuid in broken:
        del records[uuid]
        left_out.append(uuid)
    return list(records.values())


def read_lines(db: sqlite3.Connection, routine_id: str | None,
               left_out: list[str] | None = None, finished_only: bool = False,
               limit: int | None = None) -> list[SessionLine]:
    """The history list, newest first; a row that cannot be read is left out (see read_records).
    `finished_only`: training that ended (completed or stopped early, no preview); `limit`: at
    most that many rows are read."""
    left_out = [] if left_out is None else left_out
    where, args = ("AND routine_id = ?", (routine_id,)) if routine_id else ("", ())
    if finished_only:
        where += " AND status IN ('completed', 'stopped_early') AND clock_speed = 1"
    if limit is not None:
        where, args = where + " ORDER BY started_ts DESC LIMIT ?", (*args, limit)
    else:
        where += " ORDER BY started_ts DESC"
    found = _fetch(db,
        f"SELECT {_SESSION_SOUND}, uuid, routine_id, routine_name, started_at, status, active_s, "
        "paused_s, sets_done, sets_planned, reps_done, reps_planned, tut_left_s, tut_right_s, "
        "rpe, box_height_cm, notes, tut_s, ground_contacts, clock_speed, pain_during, "
        "pain_next_morning FROM sessions "
        f"WHERE deleted_at IS NULL {where}", args)
    make = SessionLine._make  # tuple.__new__: the cheapest way to build thousands of lines
    lines = []
    for row in found:
        try:
            if not row[0]:
                raise ValueError("a field of the wrong type, an unknown status or too long")
            lines.append(make((row[1], row[2], row[3], _instant(row[4]), _STATUS[row[5]],
                               *row[6:])))
        except ValueError:
            left_out.append(_name(row[1]))
    return lines


def left_out_text(left_out: list[str], path) -> str:
    """What to tell the athlete about sessions a read left out (a Message), or ""."""
    if not left_out:
        return ""
    shown = ", ".join(left_out[:3])
    if len(left_out) > 3:
        shown = Message("%1 and %n more", shown, count=len(left_out) - 3)
    if len(left_out) == 1:
        return Message("1 session in the history could not be read and was left out (row uuid "
                       "%1 in %2).", shown, str(path))
    return Message("%n sessions in the history could not be read and were left out (rows uuid "
                   "%1 in %2).", shown, str(path), count=len(left_out))


def _totals(record: SessionRecord) -> tuple:
    """The session's totals over its drills, kept on its row for the history list."""
    drills = record.drills
    return (sum(d.sets_done for d in drills), sum(d.sets_planned for d in drills),
            sum(d.reps_done for d in drills), sum(d.reps_planned_total for d in drills),
            record.tut_left_s, record.tut_right_s, record.box_height_cm, record.tut_s,
            record.ground_contacts)


def yes_no_value(value: bool | None) -> int | None:
    return None if value is None else int(bool(value))


def _yes_no_read(value: int | None) -> bool | None:
    return None if value is None else bool(value)


def _work(text: str) -> dict[int, int]:
    """The reps done per work phase, as written by write_record; anything else is dropped."""
    work = {}
    for key, value in _json(text).items():
        if isinstance(key, str) and key.isdigit() and isinstance(value, int) and value >= 0:
            work[int(key)] = value
    return work


def _json(text: str) -> dict:
    """A JSON object the SQL check found valid (and at most MAX_JSON_CHARS long)."""
    value = json.loads(text or "{}")  # a JSONDecodeError is a ValueError: the row is left out
    if not isinstance(value, dict):
        raise ValueError("not a JSON object")
    return value


def _instant(text: str) -> datetime:
    """An ISO 8601 time as Isohold writes it; one without an offset is taken as local time."""
    moment = datetime.fromisoformat(text)  # ValueError for anything else
    return moment if moment.tzinfo is not None else moment.astimezone()


def _name(uuid) -> str:
    """A row's UUID for a message, whatever the row holds there."""
    text = uuid if isinstance(uuid, str) else repr(uuid)
    return text if len(text) <= 40 else text[:39] + "\u2026"


def _fetch(db: sqlite3.Connection, query: str, args: tuple) -> list[tuple]:
    """All rows of `query`; text that is not valid UTF-8 (another program wrote it) is read
    with U+FFFD for the bad bytes instead of failing the whole read."""
    try:
        return db.execute(query, args).fetchall()
    except sqlite3.OperationalError as error:
        if "decode" not in str(error):
            raise
    db.text_factory = lambda data: data.decode("utf-8", "replace")
    try:
        return db.execute(query, args).fetchall()
    finally:
        db.text_factory = str
