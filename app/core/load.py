"""Plyometric load and recovery: ground contacts per session and per week against the volume
guide for the athlete's level, and the time since the last intense plyometric session.

Values only (numbers, enums, a dataclass); the screens word them. Sources and plain words in
docs/training.md ("Load and recovery"):

- VOLUME_GUIDE: foot contacts per session, NSCA guidance: 80-100 for a beginner, 100-120
  intermediate, 120-140 advanced. A planned session is `over` the guide above its top.
- MIN_RECOVERY_H: 48 h between intense plyometric sessions (the guidance gives 48-72 h; the
  lower end is the warning line). An intense plyometric session is one with ground contacts
  done (drop jumps, forefoot jumps...): a training session, never a preview.

A session counts (`counted`) when it is training: finished (completed or stopped early) and run
on a real clock. The week is the 7 days (168 h) before `now`: a session that started within
them counts, one that started exactly 168 h before does not. Hours since a session are from its
end (wall clock).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import Enum

from isohold.core.routines import SessionPlan


class Level(str, Enum):
    BEGINNER = "beginner"
    INTERMEDIATE = "intermediate"
    ADVANCED = "advanced"


VOLUME_GUIDE: dict[Level, tuple[int, int]] = {  # foot contacts per session (NSCA)
    Level.BEGINNER: (80, 100),
    Level.INTERMEDIATE: (100, 120),
    Level.ADVANCED: (120, 140),
}
MIN_RECOVERY_H = 48.0  # hours between intense plyometric sessions, at least
RECOVERY_GUIDE_H = (48.0, 72.0)  # what the guidance gives
WEEK = timedelta(days=7)


@dataclass(frozen=True)
class LoadCheck:
    """A planned session's load against the guide, and the recovery since the last one."""

    planned_contacts: int  # ground contacts the plan asks for
    guide: tuple[int, int]  # the level's contacts per session, (low, high)
    over: bool  # planned_contacts above the guide's high end
    hours_since_intense: float | None  # since the last intense plyometric session ended
    too_soon: bool  # a plan with contacts, under MIN_RECOVERY_H after an intense session
    week_contacts: int = 0  # ground contacts done in the 7 days before now
    level: Level = Level.BEGINNER


def contacts_in(session) -> int:
    """Ground contacts of a SessionPlan (planned: sets x reps x landings per rep of each
    drill, as chosen) or of a recorded session (SessionRecord, SessionLine: done)."""
    if isinstance(session, SessionPlan):
        total = 0
        for position, drill in enumerate(session.routine.drills):
            if drill.contacts_per_rep:
                choice = session.choice_at(position)
                total += choice.sets * choice.reps * drill.contacts_per_rep
        return total
    return int(session.ground_contacts)


def counted(session) -> bool:
    """Training: finished and run on a real clock (a preview never counts)."""
    return bool(session.is_training)


def ended_at(session) -> datetime:
    """When a recorded session ended (wall clock): its end as recorded, or for a history
    line its start plus the real time it took."""
    end = getattr(session, "ended_at", None)
    if end is not None:
        return end
    return session.started_at + timedelta(seconds=session.total_s / session.clock_speed)


def week_contacts(records: Iterable, now: datetime) -> int:
    """Ground contacts done in the 7 days before `now`, training sessions only."""
    now = _aware(now)
    return sum(contacts_in(session) for session in records
               if counted(session) and timedelta(0) <= now - session.started_at < WEEK)


def hours_since_intense(records: Iterable, now: datetime) -> float | None:
    """Hours from the end of the latest intense plyometric session (training with ground
    contacts done) to `now`; None when there is none before `now`."""
    now = _aware(now)
    ends = [ended_at(session) for session in records
            if counted(session) and contacts_in(session) > 0]
    past = [end for end in ends if end <= now]
    if not past:
        return None
    return (now - max(past)).total_seconds() / 3600.0


def load_check(planned_contacts: int, records: Iterable, now: datetime,
               level: Level | str = Level.BEGINNER) -> LoadCheck:
    """The planned session's contacts against `level`'s guide, and whether it comes too soon
    after the last intense plyometric session (only a plan with contacts is too soon)."""
    level = Level(level)
    records = list(records)
    guide = VOLUME_GUIDE[level]
    hours = hours_since_intense(records, now)
    return LoadCheck(
        planned_contacts=planned_contacts, guide=guide, over=planned_contacts > guide[1],
        hours_since_intense=hours,
        too_soon=planned_contacts > 0 and hours is not None and hours < MIN_RECOVERY_H,
        week_contacts=week_contacts(records, now), level=level)


def _aware(moment: datetime) -> datetime:
    return moment if moment.tzinfo is not None else moment.astimezone()
