"""The setup page's "Last time": what the athlete did the last time they did this routine.

One plain line from the history's list line of that session: the day, what was done (completed,
or stopped early and what was not done), the effort and the pain given (during, and the next
morning), the box height jumped from.
"""

from __future__ import annotations

from datetime import date, timedelta

from isohold.core.history.records import SessionLine, Status
from PySide6.QtCore import QDate, QLocale

from isohold.ui.shared.labels import Words, filled


class LastTimeWords(Words):
    """The setup page's "Last time" line."""


def day_text(day: date, today: date) -> str:
    """ "today", "yesterday", "Tue 3 Jun", or "Tue 3 Jun 2024" for another year."""
    if day == today:
        return LastTimeWords.tr("today")
    if day == today - timedelta(days=1):
        return LastTimeWords.tr("yesterday")
    form = "ddd d MMM" if day.year == today.year else "ddd d MMM yyyy"
    return QLocale().toString(QDate(day.year, day.month, day.day), form)


def done_text(line: SessionLine) -> str:
    """ "completed", "stopped early: 3 of 24 reps not done", "stopped early: no rep done",
    "stopped early" (every rep done, stopped in the last rest)."""
    if line.status is Status.COMPLETED:
        return LastTimeWords.tr("completed")
    if line.reps_planned > 0 and line.reps_done == 0:
        return LastTimeWords.tr("stopped early: no rep done")
    short = line.reps_planned - line.reps_done
    if short > 0:
        return filled(LastTimeWords.tr("stopped early: %1 of %n rep(s) not done", "",
                                       line.reps_planned), short)
    return LastTimeWords.tr("stopped early")


def last_time_text(line: SessionLine | None, today: date) -> str:
    """ "Last time (Tue 3 Jun): completed  ·  RPE 7  ·  pain 3/10  ·  next morning 1/10  ·
    box 50 cm" (each only when given); "" without a session."""
    if line is None:
        return ""
    parts = [done_text(line)]
    if line.rpe is not None:
        parts.append(filled(LastTimeWords.tr("RPE\u00a0%1"), line.rpe))
    if line.pain_during is not None:
        parts.append(filled(LastTimeWords.tr("pain\u00a0%1/10"), line.pain_during))
    if line.pain_next_morning is not None:
        parts.append(filled(LastTimeWords.tr("next\u00a0morning\u00a0%1/10"),
                            line.pain_next_morning))
    if line.box_height_cm is not None:
        parts.append(filled(LastTimeWords.tr("box\u00a0%1\u00a0cm"), f"{line.box_height_cm:g}"))
    # a line may break after a "\u00b7", never just before one
    return filled(LastTimeWords.tr("Last time (%1): %2"), day_text(line.started_at.date(), today),
                  "\u00a0\u00a0\u00b7  ".join(parts))
