"""What the record says for a routine's next session, gathered for the setup page (no Qt).

`progress_for` reads the history once when the setup page opens: the routine's last training
session (its pain and effort give the pain check, its counts and box reports the suggestion per
drill) and the sessions of the last days (the week's ground contacts, the hours since the last
intense jump session). `Progress.load` works the load out again for the plan as it is chosen
now, so the contacts follow the choices. Values only: progress_text words them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from isohold.core.history.records import SessionLine, SessionRecord
from isohold.core.load import LoadCheck, Level, contacts_in, load_check
from isohold.core.pain import PainCheck, session_pain_check
from isohold.core.progression import Suggestion, suggest_plan
from isohold.core.routines import DrillChoice, Routine, SessionPlan
from isohold.core.session_defaults import SessionDefaults

RECENT_DAYS = 8  # the week's contacts and the 48 h since the last jump session, with room


@dataclass(frozen=True)
class Progress:
    """The suggestions for a routine's drills and what the load is worked out from."""

    now: datetime
    suggestions: tuple[Suggestion | None, ...] = ()  # by the drill's position in the routine
    last: SessionRecord | None = None  # the routine's last training session
    pain: PainCheck | None = None
    # the sessions of the last days (SessionLine or SessionRecord), for the load
    recent: tuple[SessionLine | SessionRecord, ...] = field(default=(), repr=False)
    level: str = Level.BEGINNER.value

    def suggestion_at(self, position: int) -> Suggestion | None:
        """The suggestion for the drill at `position` when there is one to offer: the drill
        has a record to step from (never the first time, nor after a preview)."""
        found = self.suggestions[position] if position < len(self.suggestions) else None
        return found if found is not None and found.last is not None else None

    def last_drill_at(self, position: int, drill_id: str):
        """The last session's record of the drill at `position` (None: not in it)."""
        drills = self.last.drills if self.last is not None else []
        if position < len(drills) and drills[position].drill_id == drill_id:
            return drills[position]
        return next((d for d in drills if d.drill_id == drill_id), None)

    def load(self, plan: SessionPlan) -> LoadCheck:
        """The plan's ground contacts against the level's guide, the week's contacts and the
        hours since the last intense jump session."""
        return load_check(contacts_in(plan), self.recent, self.now, _level(self.level))


def starting_choices(routine: Routine, remembered: Sequence[DrillChoice | None],
                     defaults: SessionDefaults, progress: Progress | None = None,
                     plan_first: bool = False) -> tuple[DrillChoice, ...]:
    """What the setup page starts from, drill by drill (the menu's estimate too): the step
    suggested from the record, else the choice remembered, else the defaults (with the
    settings' rests); each within the drill's ranges. `plan_first`: the choices given are a
    program's plan for today, and come before the suggestions (which stay on offer)."""
    picked = []
    for position, drill in enumerate(routine.drills):
        suggestion = progress.suggestion_at(position) if progress is not None else None
        last = remembered[position] if position < len(remembered) else None
        if suggestion is not None and not (plan_first and last is not None):
            picked.append(suggestion.choice.within(drill))
        elif last is not None:
            picked.append(last.within(drill))
        else:
            picked.append(defaults.choice(drill))
    return tuple(picked)


def _level(level: str) -> Level:
    try:
        return Level(level)
    except ValueError:
        return Level.BEGINNER


def progress_for(routine: Routine, last: SessionRecord | None,
                 sessions: Sequence[SessionLine | SessionRecord], now: datetime,
                 level: str = Level.BEGINNER.value) -> Progress:
    """The progress for `routine` from its last training session (with its drills; None: no
    record) and the history's sessions (lines or records, any order, any routine)."""
    if last is not None and not last.is_training:
        last = None  # a preview or an unfinished session says nothing of training
    pain = session_pain_check(last) if last is not None else None
    suggestions = tuple(suggest_plan(routine, last, pain))
    since = now - timedelta(days=RECENT_DAYS)
    recent = tuple(s for s in sessions if s.is_training and s.started_at >= since)
    return Progress(now, suggestions, last, pain, recent, _level(level).value)


def progress_from_store(routine: Routine, store, now: datetime,
                        level: str = Level.BEGINNER.value,
                        lines: Sequence[SessionLine] | None = None) -> Progress:
    """`progress_for` from a HistoryStore: the routine's last training session and the
    history's lines (one added-up line a session: cheap to read; `lines` when read already,
    for several routines at once)."""
    return progress_for(routine, store.last_record(routine.id),
                        store.lines() if lines is None else lines, now, level)
