"""The one rule for a session's status: completed only when all its planned work was done.

The end screen, the summary, the history and the export all ask this, of the same record, so
they cannot disagree. It reads the record's counts, so a count the athlete corrected on the
summary counts too.
"""

from __future__ import annotations

from typing import NamedTuple

from isohold.core.history.records import SessionRecord, Status


class Shortfall(NamedTuple):
    """What of the plan was not done: the reason a session is not completed."""

    holds: int  # planned holds that did not run their time
    reps: int  # planned reps of user-paced sets not counted
    stopped: bool  # the athlete stopped the session before its end

    def __bool__(self) -> bool:
        return bool(self.holds or self.reps or self.stopped)


def shortfall(record: SessionRecord) -> Shortfall:
    holds = sum(drill.reps_short for drill in record.drills if drill.is_hold)
    reps = sum(drill.reps_short for drill in record.drills if not drill.is_hold)
    return Shortfall(holds, reps, not record.reached_end)


def status_of(record: SessionRecord) -> Status:
    """COMPLETED when the session reached its end with every hold held and every rep done;
    otherwise STOPPED_EARLY."""
    return Status.STOPPED_EARLY if shortfall(record) else Status.COMPLETED
