"""What the program view and the menu say of where the athlete is: words from the core's values
(`isohold.core.program_standing`), one place for both screens."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from PySide6.QtCore import QDate, QLocale

from isohold.core.program_standing import Mark, SessionStanding, Standing, Today
from isohold.ui.language import program_text, routine_text
from isohold.ui.shared.labels import Words, counted, filled


class ProgramText(Words):
    """Where the athlete is in the program followed."""

DOT = "  \u00b7  "


def plan_choices(choices: Mapping[str, Mapping[str, float]]) -> dict:
    """A session's choices as plain dicts, as the signals carry them: {drill id: {"reps": 9}}."""
    return {drill_id: dict(fields) for drill_id, fields in choices.items()}


def day_text(day: date) -> str:
    """ "Wed 4 Dec", in the language's day and month names."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd d MMM")


def name_of(routine_id: str, names: Mapping[str, str]) -> str:
    """A routine's name in the athlete's language (a built-in one's from the catalogue)."""
    return routine_text(routine_id, "name", names.get(routine_id, routine_id))


def where_text(standing: Standing) -> str:
    """ "Week 2 of 6  ·  session 1 of 3 this week"."""
    weeks = standing.weeks
    if standing.today is Today.FINISHED:
        return ProgramText.tr("All %n week(s) done", "", weeks) + DOT + \
            counted("session", standing.done)
    number = standing.next.number
    return filled(ProgramText.tr("Week %1 of %2"), standing.week, weeks) + DOT + \
        filled(ProgramText.tr("session %1 of %2 this week"), number, standing.sessions_in_week)


def today_text(standing: Standing, names: Mapping[str, str]) -> str:
    """What today is: the session to do, or why not today and when."""
    state, following = standing.today, standing.next
    if state is Today.FINISHED:
        return ProgramText.tr("Program finished: every session is done.")
    name = name_of(following.routine_id, names)
    when = day_text(standing.next_due)
    if state is Today.DUE:
        return filled(ProgramText.tr("Today: %1"), name)
    if state is Today.DONE_TODAY:
        return filled(ProgramText.tr("Done for today. Next: %1, %2", "routine, day"), name, when)
    if state is Today.RESTING:
        return filled(ProgramText.tr("Rest day. Next: %1, %2", "routine, day"), name, when)
    if state is Today.WEEK_DONE:
        return filled(ProgramText.tr("Week %1 done. Week %2 starts %3 with %4",
                                     "week, week, day, routine"),
                      standing.week - 1, standing.week, when, name)
    return filled(ProgramText.tr("Starts %1 with %2", "day, routine"), when, name)


def behind_text(standing: Standing) -> str:
    """ "" on time; else how far behind the calendar, and that nothing was skipped."""
    if standing.weeks_behind <= 0:
        return ""
    return filled(ProgramText.tr("%n week(s) behind the calendar: week %1's sessions come "
                                 "next, none is skipped.", "", standing.weeks_behind),
                  standing.week)


def mark_text(item: SessionStanding, standing: Standing) -> str:
    """A session's line in the plan: "Done Mon 2 Nov", "Today", "From Wed 4 Dec", ""."""
    if item.mark is Mark.DONE:
        return filled(ProgramText.tr("\u2713 Done %1"), day_text(item.done_on))
    if item.mark is Mark.TODAY:
        return ProgramText.tr("\u25b6 Today")
    if item.mark is Mark.NEXT:
        return filled(ProgramText.tr("Next, from %1"), day_text(standing.next_due))
    return ""


def menu_text(standing: Standing, names: Mapping[str, str]) -> tuple[str, str]:
    """The menu card's title and line for the program followed."""
    if standing.today is Today.DUE:
        title = filled(ProgramText.tr("Today: %1"), name_of(standing.next.routine_id, names))
    else:
        title = today_text(standing, names)
    line = f"{program_text(standing.program, 'name')}{DOT}{where_text(standing)}"
    behind = behind_text(standing)
    if not behind:
        return title, line
    return title, line + DOT + ProgramText.tr("%n week(s) behind", "", standing.weeks_behind)


def setup_note(standing: Standing) -> str:
    """The setup page's line for a session started from the program: whose numbers it shows."""
    session = standing.next
    return filled(ProgramText.tr("%1, week %2, session %3: the plan's numbers are filled in."),
                  program_text(standing.program, "name"), session.week, session.number)
