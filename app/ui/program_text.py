"""What the program view and the menu say of where the athlete is: words from the core's values
(`isohold.core.program_standing`), one place for both screens."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale

from isohold.core.program_standing import Mark, SessionStanding, Standing, Today
from isohold.ui.shared.labels import plural

DOT = "  \u00b7  "


def plan_choices(choices: Mapping[str, Mapping[str, float]]) -> dict:
    """A session's choices as plain dicts, as the signals carry them: {drill id: {"reps": 9}}."""
    return {drill_id: dict(fields) for drill_id, fields in choices.items()}


def day_text(day: date) -> str:
    """ "Wed 4 Dec", in the language's day and month names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def name_of(routine_id: str, names: Mapping[str, str]) -> str:
    return names.get(routine_id, routine_id)


def where_text(standing: Standing) -> str:
    """ "Week 2 of 6  ·  session 1 of 3 this week"."""
    weeks = standing.weeks
    if standing.today is Today.FINISHED:
        return f"All {plural(weeks, 'week')} done{DOT}{plural(standing.done, 'session')}"
    number = standing.next.number
    return (f"Week {standing.week} of {weeks}{DOT}session {number} of "
            f"{standing.sessions_in_week} this week")


def today_text(standing: Standing, names: Mapping[str, str]) -> str:
    """What today is: the session to do, or why not today and when."""
    state, following = standing.today, standing.next
    if state is Today.FINISHED:
        return "Program finished: every session is done."
    name = name_of(following.routine_id, names)
    when = day_text(standing.next_due)
    said = {
        Today.DUE: f"Today: {name}",
        Today.DONE_TODAY: f"Done for today. Next: {name}, {when}",
        Today.RESTING: f"Rest day. Next: {name}, {when}",
        Today.WEEK_DONE: f"Week {standing.week - 1} done. Week {standing.week} starts {when} "
                         f"with {name}",
        Today.NOT_STARTED: f"Starts {when} with {name}",
    }[state]
    return said


def behind_text(standing: Standing) -> str:
    """ "" on time; else how far behind the calendar, and that nothing was skipped."""
    if standing.weeks_behind <= 0:
        return ""
    return (f"{plural(standing.weeks_behind, 'week')} behind the calendar: week "
            f"{standing.week}'s sessions come next, none is skipped.")


def mark_text(item: SessionStanding, standing: Standing) -> str:
    """A session's line in the plan: "Done Mon 2 Nov", "Today", "From Wed 4 Dec", ""."""
    if item.mark is Mark.DONE:
        return f"\u2713 Done {day_text(item.done_on)}"
    if item.mark is Mark.TODAY:
        return "\u25b6 Today"
    if item.mark is Mark.NEXT:
        return f"Next, from {day_text(standing.next_due)}"
    return ""


def menu_text(standing: Standing, names: Mapping[str, str]) -> tuple[str, str]:
    """The menu card's title and line for the program followed."""
    if standing.today is Today.DUE:
        title = f"Today: {name_of(standing.next.routine_id, names)}"
    else:
        title = today_text(standing, names)
    line = f"{standing.program.name}{DOT}{where_text(standing)}"
    behind = behind_text(standing)
    return title, f"{line}{DOT}{plural(standing.weeks_behind, 'week')} behind" if behind else line


def setup_note(standing: Standing) -> str:
    """The setup page's line for a session started from the program: whose numbers it shows."""
    session = standing.next
    return (f"{standing.program.name}, week {session.week}, session {session.number}: the "
            "plan's numbers are filled in.")
