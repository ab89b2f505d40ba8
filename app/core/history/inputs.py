"""What the athlete reports, checked before anything is written: pain on a 0-10 scale, the
effort (RPE 1-10), the knees and heels of a box drill, the results of a leg test.

Each check returns the value to store or raises HistoryValueError with a sentence that says
what is wrong and where; the store calls them before its transaction, so a bad value never
writes half of anything.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from datetime import datetime

from isohold.core.history.file_checks import HistoryValueError
from isohold.core.history.records import DrillRecord, SessionRecord

PAIN_MIN, PAIN_MAX = 0, 10  # 0: no pain; 10: the worst imaginable
NOTHING_CHANGED = "Nothing was changed."


def pain(value, what: str) -> int | None:
    """A pain score 0-10 (a whole number; None: not given). `what`: "the pain during the
    session", for the sentence."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int) or not PAIN_MIN <= value <= PAIN_MAX:
        raise HistoryValueError(f"{_first_up(what)} should be a whole number from {PAIN_MIN} "
                                f"to {PAIN_MAX}, not {value!r}. {NOTHING_CHANGED}")
    return value


def rpe(value) -> int | None:
    """The effort, 1 (very easy) to 10 (maximal); None: not given."""
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                              or not 1 <= value <= 10):
        raise HistoryValueError(f"The effort (RPE) should be a whole number from 1 to 10, "
                                f"not {value!r}. {NOTHING_CHANGED}")
    return value


def yes_no(value, what: str) -> bool | None:
    """A yes/no report (True, False, or None: not said)."""
    if value is not None and not isinstance(value, bool):
        raise HistoryValueError(f"{_first_up(what)} should be yes (True), no (False) or not "
                                f"said (None), not {value!r}. {NOTHING_CHANGED}")
    return value


def box_reports(drills: list[DrillRecord], reports) -> dict[int, tuple[bool | None, bool | None]]:
    """{position: (knees_held, heels_off)} for the drills of a session, each position the
    drill's index in the session (0 for the first, as in `record.drills`); only a drill done
    from a box takes a report."""
    if reports is None:
        return {}
    if not isinstance(reports, Mapping):
        raise HistoryValueError("The box reports should map each drill's position to (knees "
                                f"held, heels off), not {type(reports).__name__}. "
                                f"{NOTHING_CHANGED}")
    checked = {}
    for position, report in reports.items():
        if isinstance(position, bool) or not isinstance(position, int) \
                or not 0 <= position < len(drills):
            raise HistoryValueError(
                f"There is no drill at position {position!r} in this session (it has "
                f"{len(drills)}, from 0 to {len(drills) - 1}), so its box report was not "
                f"saved. {NOTHING_CHANGED}")
        drill = drills[position]
        if not drill.uses_box:
            raise HistoryValueError(
                f"The drill at position {position} ({drill.name}) is not done from a box, so "
                f"it takes no report of knees and heels. {NOTHING_CHANGED}")
        if not isinstance(report, (tuple, list)) or len(report) != 2:
            raise HistoryValueError(
                f"The box report of {drill.name} (position {position}) should be (knees held, "
                f"heels off), not {report!r}. {NOTHING_CHANGED}")
        checked[position] = (yes_no(report[0], f"whether the knees held in {drill.name}"),
                             yes_no(report[1], f"whether the heels stayed off in {drill.name}"))
    return checked


def record(session: SessionRecord) -> None:
    """The reports a whole session carries when it is saved (finish, add_finished)."""
    pain(session.pain_during, "the pain during the session")
    pain(session.pain_next_morning, "the pain the next morning")
    pain(session.pain_before, "the pain before the session")
    for position, drill in enumerate(session.drills):
        if drill.knees_held is not None or drill.heels_off is not None:
            box_reports(session.drills, {position: (drill.knees_held, drill.heels_off)})


def moment(value, what: str) -> datetime:
    """A time with its offset; one without is taken as local time."""
    if not isinstance(value, datetime):
        raise HistoryValueError(f"{_first_up(what)} should be a date and time, not {value!r}. "
                                f"{NOTHING_CHANGED}")
    return value if value.tzinfo is not None else value.astimezone()


def notes(value) -> str:
    if not isinstance(value, str):
        raise HistoryValueError(f"The notes should be text, not {type(value).__name__}. "
                                f"{NOTHING_CHANGED}")
    if any(0xD800 <= ord(char) <= 0xDFFF for char in value):
        raise HistoryValueError("The notes hold text that is not valid Unicode (shown as "
                                f"\ufffd). {NOTHING_CHANGED}")
    return value


def measure(value, what: str, *, whole: bool, most: float) -> float:
    """A test result: a count (whole) or seconds, from 0 to `most`."""
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value) \
            or not 0 <= value <= most or (whole and value != int(value)):
        kind = "a whole number" if whole else "a number"
        raise HistoryValueError(f"{_first_up(what)} should be {kind} from 0 to {most:g}, "
                                f"not {value!r}. {NOTHING_CHANGED}")
    return float(value)


def _first_up(text: str) -> str:
    return text[:1].upper() + text[1:]
