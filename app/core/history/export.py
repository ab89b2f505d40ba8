"""Export the history as CSV (one row per drill of each session) or JSON, with the leg-test
results: in the JSON document (`tests`), and beside a CSV in a file of their own
(`FILE-leg-tests.csv`, one row per leg of each test taken), written only when there are some.

The CSV headers are documented column by column in docs/history-csv.md; keep the two in step.
Files are written to a temporary file beside the target and moved into place, so a failed
export never leaves half a file where a good one was.
"""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path
from typing import Callable

from isohold.core.files import write_atomically
from isohold.core.history.leg_tests import TestResult
from isohold.core.history.records import DrillRecord, SessionRecord, now_local
from isohold.core.words import Message

FORMAT_VERSION = 1
CSV_COLUMNS = (
    "session_uuid", "routine_id", "routine_name", "started_at", "ended_at", "status",
    "active_s", "paused_s", "total_s", "rpe", "notes",
    "drill_position", "drill_id", "drill_name", "kind", "sides",
    "sets_planned", "sets_done", "reps_planned", "reps_done", "reps_left", "reps_right",
    "reps_both", "hold_left_s", "hold_right_s", "hold_both_s", "tut_left_s", "tut_right_s",
    "set_s", "hold_s_chosen", "reset_s_chosen", "rest_s_chosen", "switch_s_chosen",
    "box_height_planned_cm", "box_height_cm",
    # added with history version 5: clock time under tension, landings, how the session ended
    "tut_s", "ground_contacts", "reached_end",
    # added with history version 7: the session clock's speed (1 real; more: a preview)
    "clock_speed",
    # added with history version 8: pain 0-10, and the box drills' knees and heels
    "pain_during", "pain_next_morning", "pain_before", "knees_held", "heels_off",
)
_ADDED = 9  # the columns after box_height_cm (_added_cells)
TEST_CSV_COLUMNS = ("taken_at", "test", "side", "value", "notes")
TESTS_SUFFIX = "-leg-tests.csv"  # FILE.csv's leg tests go to FILE-leg-tests.csv
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")  # text from a bad file name, say


def csv_text(sessions: list[SessionRecord]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for session in sessions:
        drills = session.drills or [None]
        for position, drill in enumerate(drills, start=1):
            writer.writerow(_session_cells(session) + _drill_cells(position, drill)
                        + _added_cells(session, drill))
    return out.getvalue()


def json_text(sessions: list[SessionRecord], tests: list[TestResult] = ()) -> str:
    return json.dumps({
        "format": "isohold-history", "version": FORMAT_VERSION,
        "exported_at": now_local().isoformat(),
        "sessions": [session_dict(session) for session in sessions],
        "tests": [leg_test_dict(result) for result in tests],
    }, indent=2, ensure_ascii=False) + "\n"


def leg_tests_csv_text(tests: list[TestResult]) -> str:
    """The leg-test results, one row per leg of each test taken, oldest first."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(TEST_CSV_COLUMNS)
    for result in tests:
        writer.writerow([result.taken_at.isoformat(), result.test.value, result.side.value,
                         _number(result.value), _text(result.notes)])
    return out.getvalue()


def leg_test_dict(result: TestResult) -> dict:
    return {"taken_at": result.taken_at.isoformat(), "test": result.test.value,
            "side": result.side.value, "value": result.value, "notes": result.notes}


def leg_tests_path(path: Path) -> Path:
    """Where a CSV export's leg tests go: beside it, FILE.csv -> FILE-leg-tests.csv."""
    path = Path(path)
    return path.with_name(path.stem + TESTS_SUFFIX)


def session_dict(session: SessionRecord) -> dict:
    return {
        "uuid": session.uuid, "routine_id": session.routine_id,
        "routine_name": session.routine_name, "started_at": session.started_at.isoformat(),
        "ended_at": session.ended_at.isoformat() if session.ended_at else None,
        "status": session.status.value, "active_s": round(session.active_s, 3),
        "paused_s": round(session.paused_s, 3), "planned_s": round(session.planned_s, 3),
        "notes": session.notes, "rpe": session.rpe, "phase_index": session.phase_index,
        "plan": session.plan, "reached_end": session.reached_end,
        "clock_speed": session.clock_speed,
        "pain_during": session.pain_during, "pain_next_morning": session.pain_next_morning,
        "pain_before": session.pain_before,
        "tut_s": round(session.tut_s, 3), "ground_contacts": session.ground_contacts,
        "drills": [{
            "drill_id": d.drill_id, "name": d.name, "kind": d.kind, "sides": d.sides,
            "sets_planned": d.sets_planned, "reps_planned": d.reps_planned,
            "sets_done": d.sets_done, "reps_left": d.reps_left, "reps_right": d.reps_right,
            "reps_both": d.reps_both, "hold_left_s": round(d.hold_left_s, 3),
            "hold_right_s": round(d.hold_right_s, 3), "hold_both_s": round(d.hold_both_s, 3),
            "set_s": round(d.set_s, 3), "choices": d.choices, "box_height_cm": d.box_height_cm,
            "tut_s": round(d.tut_s, 3), "ground_contacts": d.ground_contacts,
            "knees_held": d.knees_held, "heels_off": d.heels_off,
        } for d in session.drills],
    }


def write_sessions(sessions: list[SessionRecord], path: Path,
                   tests: list[TestResult] = ()) -> list[Path]:
    """Write `sessions` to `path` as CSV or JSON, by its suffix, with the leg-test results
    `tests` (in the JSON; beside a CSV in `leg_tests_path(path)`, only when there are any).
    Returns the files written. Raises ValueError or OSError."""
    path = Path(path)
    text = _render(sessions, path, tests)
    written = [path]
    if tests and path.suffix.lower() == ".csv":
        _write_text(leg_tests_path(path), leg_tests_csv_text(tests))
        written.append(leg_tests_path(path))
    _write_text(path, text)
    return written


def _write_text(path: Path, text: str) -> None:
    text = _LONE_SURROGATE.sub("\ufffd", text)  # UTF-8 cannot hold them
    write_atomically(path, text.encode("utf-8"), suffix=".part")


def export_history_file(path: Path | str, say: Callable[[str], str] = str) -> int:
    """`isohold --export-history FILE`: the exit code; says what happened on stdout/stderr,
    each message through `say` (the command line's: in the athlete's language)."""
    from isohold.core.history.store import HistoryError, HistoryStore, default_path

    def tell(text: str) -> None:
        print(f"isohold: {say(text)}", file=sys.stderr)

    path = Path(path)
    try:
        _render([], path)  # the suffix first: no reason to open the history for a bad name
        sessions: list[SessionRecord] = []
        tests: list[TestResult] = []
        if default_path().exists():
            with HistoryStore() as store:
                if store.notice:
                    print(say(store.notice), file=sys.stderr)
                sessions = store.sessions()
                if store.left_out:  # the rest is exported all the same
                    tell(store.left_out_notice)
                tests = store.tests()
                if len(store.left_out) == 1:
                    tell(Message("1 leg-test result could not be read and was left out."))
                elif store.left_out:
                    tell(Message("%n leg-test results could not be read and were left out.",
                                 count=len(store.left_out)))
        written = write_sessions(sessions, path, tests)
    except (ValueError, HistoryError) as error:
        tell(error.args[0] if len(error.args) == 1 and isinstance(error.args[0], str)
             else str(error))
        return 1
    except OSError as error:
        tell(Message("cannot write %1: %2", str(path), error.strerror or str(error)))
        return 1
    print(say(Message("Wrote %n session(s) to %1", str(path), count=len(sessions))))
    if tests:
        where = written[1] if len(written) > 1 else path
        print(say(Message("Wrote %n leg-test result(s) to %1", str(where), count=len(tests))))
    return 0


def _render(sessions: list[SessionRecord], path: Path, tests: list[TestResult] = ()) -> str:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        return csv_text(sessions)
    if suffix == ".json":
        return json_text(sessions, tests)
    raise ValueError(Message("cannot tell the format of %1: name it .csv or .json", str(path)))


def _session_cells(session: SessionRecord) -> list:
    return [session.uuid, session.routine_id, _text(session.routine_name),
            session.started_at.isoformat(),
            session.ended_at.isoformat() if session.ended_at else "", session.status.value,
            _seconds(session.active_s), _seconds(session.paused_s), _seconds(session.total_s),
            "" if session.rpe is None else session.rpe, _text(session.notes)]


def _drill_cells(position: int, drill: DrillRecord | None) -> list:
    if drill is None:
        return [""] * (len(CSV_COLUMNS) - 11 - _ADDED)
    chosen = drill.choices
    return [position, drill.drill_id, _text(drill.name), drill.kind, drill.sides,
            drill.sets_planned, drill.sets_done, drill.reps_planned_total, drill.reps_done,
            drill.reps_left, drill.reps_right, drill.reps_both, _seconds(drill.hold_left_s),
            _seconds(drill.hold_right_s), _seconds(drill.hold_both_s),
            _seconds(drill.tut_left_s), _seconds(drill.tut_right_s), _seconds(drill.set_s),
            _number(chosen.get("hold_s")), _number(_applies(chosen, "reset_s", drill)),
            _number(_applies(chosen, "rest_s", drill)), _number(_applies(chosen, "switch_s", drill)),
            _number(chosen.get("box_height_cm")), _number(drill.box_height_cm)]


def _added_cells(session: SessionRecord, drill: DrillRecord | None) -> list:
    ended = "1" if session.reached_end else "0"
    speed = _number(session.clock_speed)
    pains = [_number(session.pain_during), _number(session.pain_next_morning),
             _number(session.pain_before)]
    if drill is None:
        return ["", "", ended, speed, *pains, "", ""]
    return [_seconds(drill.tut_s), drill.ground_contacts, ended, speed, *pains,
            _yes_no(drill.knees_held), _yes_no(drill.heels_off)]


def _yes_no(value: bool | None) -> str:
    return "" if value is None else "1" if value else "0"


def _applies(chosen: dict, name: str, drill: DrillRecord):
    """A chosen pause only where the drill has it: a reset between the reps of a two-legged
    hold drill, a switch between the legs of an alternating one, a rest between sets. Empty
    (not applicable) elsewhere, as the CSV's documentation says."""
    if name == "reset_s" and not (drill.kind == "hold" and drill.sides in ("both", "left_then_right")
                                  and drill.reps_planned > 1):
        return None
    if name == "switch_s" and drill.sides not in ("alternate", "left_then_right"):
        return None
    if name == "rest_s" and drill.sets_planned <= 1:
        return None
    return chosen.get(name)


def _seconds(value: float) -> str:
    return f"{value:.1f}"


def _number(value) -> str:
    if value is None:
        return ""
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _text(value: str) -> str:
    """Free text: a leading =, +, - or @ would run as a formula in a spreadsheet; quote it."""
    return "'" + value if value.startswith(_FORMULA_START) else value
