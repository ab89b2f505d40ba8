"""The history file's tables, and the migrations that bring an older file up to date in place.

The version lives in `PRAGMA user_version`. Each step runs in its own transaction with the
version bump, so a file is always at one whole version, never half-way. Never edit a shipped
step: add a new one.

- 1: sessions and their drills.
- 2: resuming an interrupted session (the phase reached and the setup choices), and the box
     height the athlete confirmed after a session of drop jumps.
- 3: deleting with undo (`deleted_at`), and indexes for the history view.
- 4: each session's totals over its drills, kept on the session row (written with it), so the
     history list reads one table: 3,650 sessions in a few milliseconds instead of a join.
- 5: an honest record: the reps done in each hold and set (`work`, so a resumed session knows
     what was skipped), whether the session reached its end, clock time under tension (`tut_s`:
     a two-legged hold counts once) and ground contacts of jump drills. A box height is kept
     only for a drill with a rep done (a drill never reached says nothing of the box).
- 6: the file's identity: `PRAGMA application_id` = APPLICATION_ID (0x49534F48, "ISOH" in
     ASCII), so another program's SQLite file found at the history path is never taken for
     Isohold's and written into. Files of versions 1-5 have application_id 0 and Isohold's tables;
     they get the identity with this step, as part of opening.
- 7: previews told apart from training: `clock_speed`, the session clock's speed (1 for a real
     session; 10 for `isohold --speed 10`). Times on the row (active_s, paused_s, the holds) are
     session-clock seconds; started_at and ended_at are wall-clock time. Rows written before
     this step are given 1, except a session whose session-clock time is more than twice its
     wall-clock time (plus 5 s for the whole seconds of the times): only a fast clock does that,
     and its speed is taken as the whole-number ratio of the two (PREVIEW_SPEED_GUESS).
- 8: what the athlete reports and measures. On a session, pain on a 0-10 scale: during it
     (`pain_during`, asked on the summary), the morning after (`pain_next_morning`, asked at the
     next start) and before it (`pain_before`); on a box drill, whether the knees held and the
     heels stayed off the ground (`knees_held`, `heels_off`: 1, 0 or NULL). And a new table of
     leg-test results (`test_results`: one row per leg of each test taken, undoable delete like
     sessions). Every value is NULL on older rows: not asked then.
"""

from __future__ import annotations

import sqlite3

from isohold.core.words import Message

V1 = """
CREATE TABLE sessions (
    uuid TEXT PRIMARY KEY,
    routine_id TEXT NOT NULL,
    routine_name TEXT NOT NULL,
    started_at TEXT NOT NULL,        -- ISO 8601 with offset, e.g. 2025-03-04T07:12:09+01:00
    started_ts REAL NOT NULL,        -- the same instant as Unix seconds, for ordering
    ended_at TEXT,                   -- NULL while in progress
    updated_at TEXT NOT NULL,
    active_s REAL NOT NULL DEFAULT 0,
    paused_s REAL NOT NULL DEFAULT 0,
    planned_s REAL NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN
        ('completed', 'stopped_early', 'interrupted', 'in_progress')),
    notes TEXT NOT NULL DEFAULT '',
    rpe INTEGER CHECK (rpe IS NULL OR rpe BETWEEN 1 AND 10)
);
CREATE TABLE session_drills (
    session_uuid TEXT NOT NULL REFERENCES sessions(uuid) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    drill_id TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    sides TEXT NOT NULL,
    sets_planned INTEGER NOT NULL DEFAULT 0,
    reps_planned INTEGER NOT NULL DEFAULT 0,
    sets_done INTEGER NOT NULL DEFAULT 0,
    reps_left INTEGER NOT NULL DEFAULT 0,
    reps_right INTEGER NOT NULL DEFAULT 0,
    reps_both INTEGER NOT NULL DEFAULT 0,
    hold_left_s REAL NOT NULL DEFAULT 0,
    hold_right_s REAL NOT NULL DEFAULT 0,
    hold_both_s REAL NOT NULL DEFAULT 0,
    set_s REAL NOT NULL DEFAULT 0,
    choices TEXT NOT NULL DEFAULT '{}',   -- JSON: the DrillChoice made at setup
    PRIMARY KEY (session_uuid, position)
);
"""

TO_V2 = """
ALTER TABLE sessions ADD COLUMN phase_index INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN plan TEXT NOT NULL DEFAULT '{}';
ALTER TABLE session_drills ADD COLUMN box_height_cm REAL;
UPDATE session_drills SET box_height_cm = json_extract(choices, '$.box_height_cm')
    WHERE json_valid(choices);
"""

TO_V3 = """
ALTER TABLE sessions ADD COLUMN deleted_at TEXT;
CREATE INDEX sessions_by_start ON sessions(started_ts);
CREATE INDEX sessions_by_routine ON sessions(routine_id, started_ts);
CREATE INDEX sessions_by_status ON sessions(status);
"""

_TOTALS = {  # column on sessions: its value over the session's drills
    "sets_done": "COALESCE(SUM(sets_done), 0)",
    "sets_planned": "COALESCE(SUM(sets_planned), 0)",
    "reps_done": "COALESCE(SUM(reps_left + reps_right + reps_both), 0)",
    "reps_planned": "COALESCE(SUM(sets_planned * reps_planned), 0)",
    "tut_left_s": "COALESCE(SUM(hold_left_s + hold_both_s), 0)",
    "tut_right_s": "COALESCE(SUM(hold_right_s + hold_both_s), 0)",
    "box_height_cm": "MAX(box_height_cm)",
}
TO_V4 = """
ALTER TABLE sessions ADD COLUMN sets_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN sets_planned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN reps_done INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN reps_planned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN tut_left_s REAL NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN tut_right_s REAL NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN box_height_cm REAL;
UPDATE sessions SET """ + ", ".join(
    f"{column} = (SELECT {total} FROM session_drills d WHERE d.session_uuid = sessions.uuid)"
    for column, total in _TOTALS.items()) + ";\n"

TO_V5 = """
ALTER TABLE sessions ADD COLUMN work TEXT NOT NULL DEFAULT '{}';
ALTER TABLE sessions ADD COLUMN reached_end INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN tut_s REAL NOT NULL DEFAULT 0;
ALTER TABLE sessions ADD COLUMN ground_contacts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE session_drills ADD COLUMN contacts_per_rep INTEGER NOT NULL DEFAULT 0;
UPDATE session_drills SET contacts_per_rep = 1
    WHERE kind = 'paced' AND drill_id IN ('forefoot-jumps', 'drop-jumps');
UPDATE session_drills SET box_height_cm = NULL WHERE reps_left + reps_right + reps_both = 0;
UPDATE sessions SET reached_end = 1 WHERE status = 'completed';
UPDATE sessions SET
    tut_s = (SELECT COALESCE(SUM(hold_left_s + hold_right_s + hold_both_s), 0)
             FROM session_drills d WHERE d.session_uuid = sessions.uuid),
    ground_contacts = (SELECT COALESCE(SUM((reps_left + reps_right + reps_both) * contacts_per_rep), 0)
                       FROM session_drills d WHERE d.session_uuid = sessions.uuid),
    box_height_cm = (SELECT MAX(box_height_cm) FROM session_drills d
                     WHERE d.session_uuid = sessions.uuid);
"""

APPLICATION_ID = 0x49534F48  # "ISOH": this SQLite file is Isohold's history
TABLES = frozenset({"sessions", "session_drills"})  # what a file of versions 1-5 holds

TO_V6 = f"""
PRAGMA application_id = {APPLICATION_ID};
"""

_SESSION_S = "(active_s + paused_s)"
_WALL_S = "((julianday(COALESCE(ended_at, updated_at)) - julianday(started_at)) * 86400.0)"
# A session of a file from before version 7 that can only have run on a fast clock: its
# session-clock time is more than twice the wall-clock time it took (the NULL of a time that
# cannot be read leaves the row at 1).
PREVIEW_LOOKS = (f"(typeof(active_s) IN ('integer', 'real') AND typeof(paused_s) IN "
                 f"('integer', 'real') AND {_SESSION_S} > 2 * {_WALL_S} + 5)")
PREVIEW_SPEED_GUESS = f"MAX(2.0, ROUND({_SESSION_S} / MAX({_WALL_S}, 1.0)))"

TO_V7 = f"""
ALTER TABLE sessions ADD COLUMN clock_speed REAL NOT NULL DEFAULT 1;
UPDATE sessions SET clock_speed = {PREVIEW_SPEED_GUESS} WHERE {PREVIEW_LOOKS};
"""

_PAIN = "INTEGER CHECK ({0} IS NULL OR {0} BETWEEN 0 AND 10)"
_YES_NO = "INTEGER CHECK ({0} IS NULL OR {0} IN (0, 1))"
PAIN_COLUMNS = ("pain_during", "pain_next_morning", "pain_before")
BOX_REPORT_COLUMNS = ("knees_held", "heels_off")
TEST_RESULTS = """
CREATE TABLE test_results (
    id INTEGER PRIMARY KEY,
    taken_at TEXT NOT NULL,          -- ISO 8601 with offset; both legs of one test share it
    taken_ts REAL NOT NULL,          -- the same instant as Unix seconds, for ordering
    test TEXT NOT NULL,              -- TestKind value: 'heel_rise' or 'max_hold'
    side TEXT NOT NULL CHECK (side IN ('left', 'right')),
    value REAL NOT NULL,             -- heel rises counted, or seconds held
    notes TEXT NOT NULL DEFAULT '',
    deleted_at TEXT                  -- deleted, undoable until the app closes
)"""
TO_V8 = "\n".join([
    *(f"ALTER TABLE sessions ADD COLUMN {column} {_PAIN.format(column)};"
      for column in PAIN_COLUMNS),
    *(f"ALTER TABLE session_drills ADD COLUMN {column} {_YES_NO.format(column)};"
      for column in BOX_REPORT_COLUMNS),
    TEST_RESULTS + ";",
    "CREATE INDEX test_results_by_test ON test_results(test, taken_ts);",
])

STEPS = {1: V1, 2: TO_V2, 3: TO_V3, 4: TO_V4, 5: TO_V5, 6: TO_V6, 7: TO_V7, 8: TO_V8}
VERSION = max(STEPS)


class NewerFileError(Exception):
    """The file was written by a newer Isohold; we do not guess at its tables."""


def version_of(connection: sqlite3.Connection) -> int:
    return connection.execute("PRAGMA user_version").fetchone()[0]


def migrate(connection: sqlite3.Connection, target: int = VERSION) -> list[int]:
    """Run the steps from the file's version up to `target`; returns the versions reached."""
    current = version_of(connection)
    if current > VERSION:
        raise NewerFileError(Message("the history file is at version %1; this Isohold knows up "
                                     "to version %2", current, VERSION))
    reached = []
    for version in range(current + 1, target + 1):
        connection.execute("BEGIN IMMEDIATE")
        try:
            for statement in _statements(STEPS[version]):
                connection.execute(statement)
            connection.execute(f"PRAGMA user_version = {version}")
            connection.execute("COMMIT")
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        reached.append(version)
    return reached


def read_as_current(connection: sqlite3.Connection) -> None:
    """Let the reads of this version see an older file that cannot be upgraded (read-only) as
    if it were: a temporary view (in memory, never written to the file) stands in for the
    columns added since, with the values the migration would give them."""
    version = version_of(connection)
    if version >= VERSION:
        return
    added = [] if version >= 7 else [
        f"CASE WHEN {PREVIEW_LOOKS} THEN {PREVIEW_SPEED_GUESS} ELSE 1.0 END AS clock_speed"]
    added += [f"NULL AS {column}" for column in PAIN_COLUMNS]
    connection.execute(f"CREATE TEMP VIEW IF NOT EXISTS sessions AS SELECT *, "
                       f"{', '.join(added)} FROM main.sessions")
    connection.execute("CREATE TEMP VIEW IF NOT EXISTS session_drills AS SELECT *, "
                       + ", ".join(f"NULL AS {column}" for column in BOX_REPORT_COLUMNS)
                       + " FROM main.session_drills")
    connection.execute(  # no tests were kept before version 8
        "CREATE TEMP VIEW IF NOT EXISTS test_results AS SELECT NULL AS id, '' AS taken_at, "
        "0.0 AS taken_ts, '' AS test, '' AS side, 0.0 AS value, '' AS notes, "
        "NULL AS deleted_at WHERE 0")


def _statements(script: str) -> list[str]:
    """Split a script into statements (none of ours has a semicolon inside a string)."""
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [part.strip() for part in "\n".join(lines).split(";") if part.strip()]
