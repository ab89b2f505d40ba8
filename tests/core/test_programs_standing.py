"""Where the athlete is in the built-in 6-week block, over histories (docs/training.md,
"Programs"): table-driven, on an injected `now`, with no clock and no Qt.

The block: weeks 1-2 three "iso-holds" sessions each; week 3 iso-holds, full, iso-holds; ...;
at least 2 days from one session to the next. Day 0 is the start date.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from isohold.core.history.records import SessionLine, Status
from isohold.core.loader import load_routines
from isohold.core.program_standing import Mark, Today, counts_as_training, standing
from isohold.core.programs import load_programs

START = date(2026, 11, 2)
ZONE = timezone(timedelta(hours=1))
BLOCK = load_programs(load_routines().routines).program("lower-leg-6-weeks")


def at(day: int, hour: int = 18) -> datetime:
    return datetime(START.year, START.month, START.day, hour, tzinfo=ZONE) + timedelta(days=day)


def line(day: int, routine: str = "iso-holds", status: Status = Status.COMPLETED,
         speed: float = 1.0, reps: int = 26, hour: int = 18) -> SessionLine:
    return SessionLine(f"uuid-{day}-{routine}-{hour}", routine, routine, at(day, hour), status,
                       600.0, 0.0, 3, 3, reps, 26, 200.0, 200.0, None, None, "", 300.0, 0, speed)


WEEK_1 = [line(0), line(2), line(4)]
WEEK_2 = [line(7), line(9), line(11)]

# name, history, today (day), what today is, week, done in week, sessions in week, weeks
# behind, the next session's routine, the day it is due (from the start)
CASES = [
    ("nothing done", [], 0, Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("one done today", [line(0)], 0, Today.DONE_TODAY, 1, 1, 3, 0, "iso-holds", 2),
    ("rest day after one", [line(0)], 1, Today.RESTING, 1, 1, 3, 0, "iso-holds", 2),
    ("two of week 1 done", WEEK_1[:2], 4, Today.DUE, 1, 2, 3, 0, "iso-holds", 4),
    ("two of week 1, on a rest day", WEEK_1[:2], 3, Today.RESTING, 1, 2, 3, 0, "iso-holds", 4),
    ("week 1 done early", WEEK_1, 5, Today.WEEK_DONE, 2, 0, 3, 0, "iso-holds", 7),
    ("week 1 done, week 2 begins", WEEK_1, 7, Today.DUE, 2, 0, 3, 0, "iso-holds", 7),
    ("a missed week: behind, nothing skipped", WEEK_1, 15, Today.DUE, 2, 0, 3, 1, "iso-holds", 7),
    ("two missed weeks", WEEK_1[:1], 22, Today.DUE, 1, 1, 3, 3, "iso-holds", 2),
    ("a preview does not count", [line(0, speed=10.0)], 1, Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("another routine does not count", [line(0, "dynamic")], 1, Today.DUE, 1, 0, 3, 0,
     "iso-holds", 0),
    ("stopped early with half the reps done counts",
     [line(0, status=Status.STOPPED_EARLY, reps=13)], 2, Today.DUE, 1, 1, 3, 0, "iso-holds", 2),
    ("stopped early short of half the reps does not count",
     [line(0, status=Status.STOPPED_EARLY, reps=12)], 2, Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("stopped before any rep does not count", [line(0, status=Status.STOPPED_EARLY, reps=0)], 1,
     Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("an interrupted session does not count", [line(0, status=Status.INTERRUPTED)], 1,
     Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("two on one day count once", [line(0, hour=8), line(0, hour=19)], 2, Today.DUE, 1, 1, 3, 0,
     "iso-holds", 2),
    ("one a day after the rest days only", [line(0), line(1)], 2, Today.DUE, 1, 1, 3, 0,
     "iso-holds", 2),
    ("before the start does not count", [line(-1)], 0, Today.DUE, 1, 0, 3, 0, "iso-holds", 0),
    ("week 2's session done in week 1 does not count", [*WEEK_1, line(6)], 7, Today.DUE, 2, 0, 3,
     0, "iso-holds", 7),
    ("week 3 asks for the full session next", [*WEEK_1, *WEEK_2, line(14), line(16)], 18,
     Today.DUE, 3, 1, 3, 0, "full", 16),
    ("the start is still ahead", [], -3, Today.NOT_STARTED, 1, 0, 3, 0, "iso-holds", 0),
]


@pytest.mark.parametrize("name, history, day, today, week, done, in_week, behind, routine, due",
                         CASES, ids=[case[0] for case in CASES])
def test_where_the_athlete_is(name, history, day, today, week, done, in_week, behind, routine,
                              due):
    found = standing(BLOCK, START, list(reversed(history)), at(day, 12))  # newest first
    assert (found.today, found.week, found.done_in_week, found.sessions_in_week,
            found.weeks_behind) == (today, week, done, in_week, behind)
    assert found.next.routine_id == routine
    assert found.next_due == START + timedelta(days=due)
    marks = [item.mark for item in found.sessions]
    assert marks.count(Mark.DONE) == found.done
    first_open = marks[found.done]
    assert first_open is (Mark.TODAY if today is Today.DUE else Mark.NEXT)
    assert set(marks[found.done + 1:]) <= {Mark.TO_COME}


def test_the_session_that_counted_is_named_with_its_day():
    found = standing(BLOCK, START, WEEK_1, at(5))
    assert [(item.done_on, item.uuid) for item in found.sessions[:3]] == \
        [(START + timedelta(days=d), f"uuid-{d}-iso-holds-18") for d in (0, 2, 4)]


def test_every_session_done_is_the_end_of_the_block():
    days = [0, 2, 4, 7, 9, 11, 14, 16, 18, 21, 23, 25, 28, 30, 32, 35, 37]
    history = [line(day, session.routine_id) for day, session in zip(days, BLOCK.sessions)]
    found = standing(BLOCK, START, history, at(40))
    assert found.today is Today.FINISHED and found.next is None and found.next_due is None
    assert found.done == len(BLOCK.sessions) == 17
    assert (found.week, found.weeks_behind) == (6, 0)


def test_a_session_late_in_the_evening_is_of_its_own_day_where_the_athlete_is():
    late = line(0, hour=23)  # 23:00 at +01:00 is 22:00 UTC the same day
    utc_now = at(0, 23).astimezone(timezone.utc)
    assert standing(BLOCK, START, [late], utc_now).today is Today.DONE_TODAY


def test_a_session_record_counts_by_its_drills_reps():
    from isohold.core.history.records import DrillRecord, SessionRecord

    record = SessionRecord("u", "iso-holds", "Isometric holds", at(0), at(0), 500.0,
                           status=Status.STOPPED_EARLY,
                           drills=[DrillRecord("wall-press-straight", "Wall", reps_both=0)])
    assert not counts_as_training(record)
    record.drills[0].reps_both = 3
    assert counts_as_training(record)
    record.drills[0].sets_planned, record.drills[0].reps_planned = 3, 8  # 3 of 24: too few
    assert not counts_as_training(record)
    record.drills[0].reps_both = 12
    assert counts_as_training(record)
