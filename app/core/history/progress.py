"""Progress over time from the history list: totals per week, streaks, box height.

Only training counts: finished sessions (completed or stopped early) that were no preview
(`SessionLine.is_training`); a preview run on a fast clock stays in the list, marked, and out
of every figure here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from isohold.core.history.records import SessionLine


@dataclass(frozen=True)
class WeekTotal:
    monday: date
    sessions: int  # finished training sessions (completed or stopped early; no preview)
    tut_s: float  # clock time under tension (a two-legged hold counts once)
    active_s: float


def monday_of(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _monday(ordinal: int) -> int:
    return ordinal - (ordinal + 6) % 7  # day 1 of the proleptic calendar was a Monday


def _finished_days(lines: list[SessionLine]):
    """(calendar day as an ordinal, line) of finished training sessions: the athlete's own
    day, in the offset recorded with the session. Ordinals keep this cheap for ten years of
    sessions."""
    return ((line.started_at.toordinal(), line) for line in lines if line.is_training)


def weekly_totals(lines: list[SessionLine], weeks: int, today: date) -> list[WeekTotal]:
    """The last `weeks` weeks up to this one, oldest first, empty weeks included."""
    first = monday_of(today) - timedelta(weeks=weeks - 1)
    start = first.toordinal()
    sessions = [0] * weeks
    tut = [0.0] * weeks
    active = [0.0] * weeks
    for day, line in _finished_days(lines):
        slot = (day - start) // 7
        if 0 <= slot < weeks:
            sessions[slot] += 1
            tut[slot] += line.tut_s
            active[slot] += line.active_s
    return [WeekTotal(first + timedelta(weeks=i), sessions[i], tut[i], active[i])
            for i in range(weeks)]


@dataclass(frozen=True)
class Streak:
    days: int  # consecutive days with a finished session, ending today or yesterday
    weeks: int  # consecutive weeks with one, ending this week or last week


def streak(lines: list[SessionLine], today: date) -> Streak:
    days = {day for day, _ in _finished_days(lines)}
    now = today.toordinal()
    return Streak(_run(days, now, 1), _run({_monday(day) for day in days}, _monday(now), 7))


def _run(marked: set[int], current: int, step: int) -> int:
    """How many steps back from `current` (or the one before, still open) are all marked."""
    if current not in marked:
        current -= step  # today (this week) may still come; the streak is not broken yet
    count = 0
    while current in marked:
        count += 1
        current -= step
    return count


def box_heights(lines: list[SessionLine]) -> list[tuple[datetime, float]]:
    """(start, box height) of every finished training session that used a box, oldest
    first."""
    return sorted((line.started_at, line.box_height_cm) for line in lines
                  if line.box_height_cm is not None and line.is_training)


__all__ = ["Streak", "WeekTotal", "box_heights", "monday_of", "streak",
           "weekly_totals"]

