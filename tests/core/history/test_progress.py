"""Weekly totals, streaks and box heights from the history list."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from isohold.core.history.progress import box_heights, streak, weekly_totals
from isohold.core.history.records import SessionLine, Status

TZ = timezone(timedelta(hours=2))
TODAY = date(2025, 3, 12)  # a Wednesday


def line(day: date, status=Status.COMPLETED, tut=100.0, box=None) -> SessionLine:
    return SessionLine("u" + day.isoformat(), "r", "R", datetime(day.year, day.month, day.day, 23,
                       30, tzinfo=TZ), status, 600.0, 0.0, 3, 3, 24, 24, tut, tut, 7,
                       box, "", tut_s=tut)  # a two-legged hold: each leg, and the clock


def test_weekly_totals_cover_empty_weeks_and_skip_unfinished_sessions():
    lines = [line(TODAY), line(TODAY - timedelta(days=2)),  # this week (Mon 10 March)
             line(TODAY - timedelta(days=15), tut=50.0),  # two weeks back
             line(TODAY - timedelta(days=1), Status.INTERRUPTED),
             line(TODAY - timedelta(days=70))]  # outside the window
    weeks = weekly_totals(lines, 4, TODAY)
    assert [w.monday for w in weeks] == [date(2025, 2, 17), date(2025, 2, 24), date(2025, 3, 3),
                                         date(2025, 3, 10)]
    assert [w.sessions for w in weeks] == [0, 1, 0, 2]
    assert [w.tut_s for w in weeks] == [0.0, 50.0, 0.0, 200.0]


def test_a_late_evening_session_counts_on_its_own_calendar_day():
    # 23:30 at +02:00 is 21:30 UTC: the day is the athlete's, not UTC's
    assert weekly_totals([line(date(2025, 3, 9))], 2, TODAY)[0].sessions == 1


def test_the_streak_counts_back_from_today_or_yesterday():
    days = [TODAY - timedelta(days=n) for n in (1, 2, 3, 5)]
    assert streak([line(d) for d in days], TODAY).days == 3  # today may still come
    assert streak([line(d) for d in days + [TODAY]], TODAY).days == 4
    assert streak([line(d) for d in days], TODAY + timedelta(days=2)).days == 0
    stopped = [line(TODAY, Status.STOPPED_EARLY),
               line(TODAY - timedelta(days=1), Status.INTERRUPTED)]
    assert streak(stopped, TODAY).days == 1  # stopped early is still training; interrupted no


def test_the_week_streak_allows_this_week_to_be_still_empty():
    days = [TODAY - timedelta(weeks=n) for n in (1, 2, 3)] + [TODAY - timedelta(weeks=5)]
    assert streak([line(d) for d in days], TODAY).weeks == 3
    assert streak([], TODAY).weeks == 0


def test_box_heights_are_the_finished_sessions_that_used_a_box_oldest_first():
    lines = [line(TODAY, box=55.0), line(TODAY - timedelta(days=3), box=50.0),
             line(TODAY - timedelta(days=4)), line(TODAY - timedelta(days=1), Status.INTERRUPTED,
                                                   box=60.0)]
    assert [h for _, h in box_heights(lines)] == [50.0, 55.0]
