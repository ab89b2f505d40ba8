"""Where the athlete is in the program they follow, read from the history: values, no words.

The rules (docs/training.md, "Programs"):
- The plan's sessions are done in order. A history session counts for the next one when it is
  training (finished, completed or stopped early, not a preview run on a fast clock) with at
  least one rep done (stopped early: at least half of its planned reps), on that session's
  routine, on or after the day it was due. A session of
  another routine, a preview, one stopped before any rep, or one done before its day is extra
  training: it does not count.
- A session is due from the first day of its week (the start date, then every 7 days) and not
  before `rest_days` after the last one counted; one counts a day at most.
- Nothing is skipped: a missed week leaves its sessions next, and the athlete is told how many
  weeks behind the calendar they are (`weeks_behind`) rather than moved on.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import Enum
from typing import Any

from isohold.core.history.records import FINISHED, Status
from isohold.core.programs import Program, ProgramSession


class Today(str, Enum):
    """What today is in the plan."""

    NOT_STARTED = "not_started"  # the start date is still ahead
    DUE = "due"  # the next session can be done today
    DONE_TODAY = "done_today"  # a session of the plan was done today; the next is on next_due
    RESTING = "resting"  # the rest days since the last session are not over
    WEEK_DONE = "week_done"  # this week's sessions are done; the next week starts on next_due
    FINISHED = "finished"  # every session is done


class Mark(str, Enum):
    """A session of the plan, as the program view marks it."""

    DONE = "done"
    TODAY = "today"  # the next one, and due today
    NEXT = "next"  # the next one, due later
    TO_COME = "to_come"


@dataclass(frozen=True)
class SessionStanding:
    session: ProgramSession
    mark: Mark
    done_on: date | None = None
    uuid: str = ""  # the history session that counted for it


@dataclass(frozen=True)
class Standing:
    """Where the athlete is. `week` is the plan's week of the next session (the last week once
    finished); `calendar_week` the week the calendar is in since the start (0 before it)."""

    program: Program
    started: date
    today: Today
    sessions: tuple[SessionStanding, ...]
    next: ProgramSession | None
    next_due: date | None
    week: int
    calendar_week: int
    done_in_week: int  # sessions of `week` done
    sessions_in_week: int
    weeks_behind: int  # calendar weeks past the next session's week (0: on time)

    @property
    def done(self) -> int:
        return sum(1 for item in self.sessions if item.mark is Mark.DONE)

    @property
    def weeks(self) -> int:
        return len(self.program.weeks)


ENOUGH_OF_A_STOPPED_SESSION = 0.5  # of its planned reps, for a session stopped early to count


def counts_as_training(entry: Any) -> bool:
    """A history entry (SessionLine or SessionRecord) that is training with a rep done; one
    stopped early counts only with at least half of its planned reps done (the keys-only trial
    stopped a plan's session after 59 s, 2 of 24 reps, and the plan marked it done)."""
    if entry.status not in FINISHED or entry.is_preview:
        return False
    reps = getattr(entry, "reps_done", None)
    planned = getattr(entry, "reps_planned", None)
    if reps is None:
        reps = sum(drill.reps_done for drill in entry.drills)
        planned = sum(drill.reps_planned_total for drill in entry.drills)
    if entry.status == Status.STOPPED_EARLY and planned:
        return reps >= ENOUGH_OF_A_STOPPED_SESSION * planned
    return reps > 0


def day_of(moment: datetime, now: datetime) -> date:
    """The calendar day of `moment` where `now` is (its time zone)."""
    if moment.tzinfo is not None and now.tzinfo is not None:
        return moment.astimezone(now.tzinfo).date()
    return moment.date()


def standing(program: Program, started: date, history: Iterable[Any], now: datetime) -> Standing:
    """Where the athlete is on `now`'s day, in `program` followed from `started`, from the
    history's entries (SessionLine or SessionRecord, any order)."""
    today = now.date()
    plan = program.sessions
    entries = sorted((entry for entry in history if counts_as_training(entry)),
                     key=lambda entry: entry.started_at)
    done: list[tuple[date, str]] = []
    last: date | None = None
    for entry in entries:
        if len(done) == len(plan):
            break
        day = day_of(entry.started_at, now)
        if day > today or entry.routine_id != plan[len(done)].routine_id:
            continue
        if day < _due(program, started, plan[len(done)], last):
            continue
        done.append((day, getattr(entry, "uuid", "")))
        last = day
    calendar_week = (today - started).days // 7 + 1 if today >= started else 0
    marks = []
    following = plan[len(done)] if len(done) < len(plan) else None
    next_due = _due(program, started, following, last) if following else None
    for index, session in enumerate(plan):
        if index < len(done):
            marks.append(SessionStanding(session, Mark.DONE, *done[index]))
        elif index == len(done):
            marks.append(SessionStanding(session, Mark.TODAY if next_due <= today and
                                         last != today else Mark.NEXT))
        else:
            marks.append(SessionStanding(session, Mark.TO_COME))
    if following is None:
        state, week = Today.FINISHED, len(program.weeks)
    else:
        week = following.week
        if started > today:
            state = Today.NOT_STARTED
        elif last == today:
            state = Today.DONE_TODAY
        elif next_due <= today:
            state = Today.DUE
        elif next_due == _week_start(started, week) and (last is None or
                                                           next_due > last + _rest(program)):
            state = Today.WEEK_DONE
        else:
            state = Today.RESTING
    in_week = program.weeks[week - 1]
    return Standing(
        program=program, started=started, today=state, sessions=tuple(marks), next=following,
        next_due=next_due, week=week, calendar_week=calendar_week,
        done_in_week=sum(1 for item in marks
                         if item.session.week == week and item.mark is Mark.DONE),
        sessions_in_week=len(in_week),
        weeks_behind=max(0, calendar_week - week) if following is not None else 0)


def _week_start(started: date, week: int) -> date:
    return started + timedelta(days=7 * (week - 1))


def _rest(program: Program) -> timedelta:
    return timedelta(days=program.rest_days)


def _due(program: Program, started: date, session: ProgramSession, last: date | None) -> date:
    """The first day `session` may be done: its week's first day, and `rest_days` after the
    last session counted."""
    due = _week_start(started, session.week)
    return max(due, last + _rest(program)) if last is not None else due
