"""The setup page's "Last time": what the athlete did the last time they did this routine.

One plain line from the history's list line of that session: the day, what was done (completed,
or stopped early and what was not done), the effort and the pain given (during, and the next
morning), the box height jumped from.
"""

from __future__ import annotations

from datetime import date, timedelta

from isohold.core.history.records import SessionLine, Status
from isohold.ui.shared.labels import plural


def day_text(day: date, today: date) -> str:
    """ "today", "yesterday", "Tue 3 Jun", or "Tue 3 Jun 2024" for another year."""
    if day == today:
        return "today"
    if day == today - timedelta(days=1):
        return "yesterday"
    text = f"{day:%a} {day.day} {day:%b}"
    return text if day.year == today.year else f"{text} {day.year}"


def done_text(line: SessionLine) -> str:
    """ "completed", "stopped early: 3 of 24 reps not done", "stopped early: no rep done",
    "stopped early" (every rep done, stopped in the last rest)."""
    if line.status is Status.COMPLETED:
        return "completed"
    if line.reps_planned > 0 and line.reps_done == 0:
        return "stopped early: no rep done"
    short = line.reps_planned - line.reps_done
    if short > 0:
        return f"stopped early: {short} of {plural(line.reps_planned, 'rep')} not done"
    return "stopped early"


def last_time_text(line: SessionLine | None, today: date) -> str:
    """ "Last time (Tue 3 Jun): completed  ·  RPE 7  ·  pain 3/10  ·  next morning 1/10  ·
    box 50 cm" (each only when given); "" without a session."""
    if line is None:
        return ""
    parts = [done_text(line)]
    if line.rpe is not None:
        parts.append(f"RPE\u00a0{line.rpe}")
    if line.pain_during is not None:
        parts.append(f"pain\u00a0{line.pain_during}/10")
    if line.pain_next_morning is not None:
        parts.append(f"next\u00a0morning\u00a0{line.pain_next_morning}/10")
    if line.box_height_cm is not None:
        parts.append(f"box\u00a0{line.box_height_cm:g}\u00a0cm")
    # a line may break after a "\u00b7", never just before one
    return f"Last time ({day_text(line.started_at.date(), today)}): " + \
        "\u00a0\u00a0\u00b7  ".join(parts)
