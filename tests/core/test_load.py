"""Plyometric load and recovery (isohold.core.load), table-driven from docs/training.md:
contacts against the NSCA guide per level, the last 7 days, 48 h between intense sessions,
previews and unfinished sessions never counted (no Qt, no real time)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.load import (MIN_RECOVERY_H, VOLUME_GUIDE, Level, LoadCheck, contacts_in,
                               hours_since_intense, load_check, week_contacts)
from isohold.core.routines import DrillChoice, Range, SessionPlan
from tests.core.history.conftest import DROPS, PRESS, ROUTINE, WALL

TZ = timezone(timedelta(hours=1))
NOW = datetime(2025, 6, 9, 18, 0, tzinfo=TZ)
JUMPS = DROPS._replace(contacts_per_rep=1)  # drop jumps: one landing a rep
HOPS = DROPS._replace(id="hops", name="Forefoot jumps", contacts_per_rep=2, box_height_cm=None,
                      reps=Range(10, 40, 20))
PLYO = ROUTINE._replace(drills=(WALL, JUMPS, HOPS))


def session(ended_hours_ago: float, contacts: int = 20, *, clock_speed: float = 1.0,
            status: Status = Status.COMPLETED) -> SessionRecord:
    """A session of PLYO that ended `ended_hours_ago` before NOW with `contacts` drop-jump
    landings done."""
    record = SessionRecord.new(SessionPlan(PLYO), clock_speed=clock_speed)
    record.ended_at = NOW - timedelta(hours=ended_hours_ago)
    record.active_s = 1200.0
    record.started_at = record.ended_at - timedelta(seconds=record.total_s / clock_speed)
    record.drills[1].reps_both = contacts
    record.status = status
    return record


def test_the_volume_guide_is_nscas_contacts_per_session():
    assert VOLUME_GUIDE == {Level.BEGINNER: (80, 100), Level.INTERMEDIATE: (100, 120),
                            Level.ADVANCED: (120, 140)}
    assert MIN_RECOVERY_H == 48
    assert [level.value for level in Level] == ["beginner", "intermediate", "advanced"]


def test_planned_contacts_are_sets_times_reps_times_landings_of_each_jump_drill():
    plan = SessionPlan(PLYO, (None, DrillChoice(reps=3, sets=4, box_height_cm=40),
                              DrillChoice(reps=25, sets=2)))
    assert contacts_in(plan) == 3 * 4 * 1 + 25 * 2 * 2  # holds land nowhere
    assert contacts_in(SessionPlan(ROUTINE)) == 0  # no drill declares landings
    assert contacts_in(SessionPlan(PLYO._replace(drills=(WALL, PRESS)))) == 0


def test_contacts_done_are_the_records_and_the_history_lines(tmp_path):
    record = session(3, contacts=17)
    record.drills[2].reps_both = 10  # 10 reps of a two-landing drill
    assert contacts_in(record) == 17 + 20
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store.finish(record, Status.COMPLETED)
        [line] = store.lines()
    assert contacts_in(line) == 37


GUIDE_EDGES = [  # (level, planned contacts, over the guide)
    (Level.BEGINNER, 0, False), (Level.BEGINNER, 80, False), (Level.BEGINNER, 100, False),
    (Level.BEGINNER, 101, True),
    (Level.INTERMEDIATE, 100, False), (Level.INTERMEDIATE, 120, False),
    (Level.INTERMEDIATE, 121, True),
    (Level.ADVANCED, 140, False), (Level.ADVANCED, 141, True),
    ("advanced", 139, False), ("beginner", 120, True),  # the setting's value works as is
]


@pytest.mark.parametrize("level, planned, over", GUIDE_EDGES)
def test_a_plan_is_over_the_guide_only_above_its_top(level, planned, over):
    check = load_check(planned, [], NOW, level)
    assert check.over is over
    assert check.guide == VOLUME_GUIDE[Level(level)] and check.level is Level(level)


def test_an_unknown_level_is_refused():
    with pytest.raises(ValueError):
        load_check(50, [], NOW, "elite")


RECOVERY_EDGES = [  # (hours since the last intense session ended, planned contacts, too soon)
    (47.9, 60, True), (48.0, 60, False), (48.1, 60, False), (1.0, 60, True),
    (72.0, 60, False),
    (47.9, 0, False),  # a session of holds only is no plyometric session: never too soon
]


@pytest.mark.parametrize("hours, planned, too_soon", RECOVERY_EDGES)
def test_a_jump_session_under_48_hours_after_the_last_intense_one_is_too_soon(hours, planned,
                                                                           too_soon):
    check = load_check(planned, [session(hours)], NOW, Level.BEGINNER)
    assert check.hours_since_intense == pytest.approx(hours)
    assert check.too_soon is too_soon


@pytest.mark.parametrize("not_intense", [
    session(10, contacts=0),  # holds only: no ground contacts done
    session(10, clock_speed=10.0),  # a preview
    session(10, status=Status.INTERRUPTED),  # not finished
    session(10, status=Status.IN_PROGRESS),
    session(-2),  # ends after now
])
def test_only_a_finished_real_session_with_contacts_done_is_intense(not_intense):
    check = load_check(60, [not_intense], NOW, Level.BEGINNER)
    assert check.hours_since_intense is None and not check.too_soon
    assert hours_since_intense([not_intense, session(50)], NOW) == pytest.approx(50)


def test_hours_are_from_the_latest_intense_session_whatever_the_order():
    records = [session(100), session(30), session(70), session(5, contacts=0)]
    assert hours_since_intense(records, NOW) == pytest.approx(30)
    assert hours_since_intense([], NOW) is None


def test_a_history_line_ends_at_its_start_plus_the_real_time_it_took(tmp_path):
    record = session(47.9)
    with HistoryStore(tmp_path / "h.sqlite3") as store:
        store.finish(record, Status.COMPLETED)
        lines = store.lines()
    assert hours_since_intense(lines, NOW) == pytest.approx(47.9)
    assert load_check(30, lines, NOW, "beginner").too_soon


WEEK_EDGES = [  # (hours before now the session started, counted in the week)
    (0.5, True), (24 * 6.9, True), (24 * 7 - 0.1, True), (24 * 7, False), (24 * 7 + 0.1, False),
    (-1, False),  # starts after now
]


@pytest.mark.parametrize("started_hours_ago, counted", WEEK_EDGES)
def test_the_week_is_the_168_hours_before_now(started_hours_ago, counted):
    record = session(0, contacts=25)
    record.started_at = NOW - timedelta(hours=started_hours_ago)
    assert week_contacts([record], NOW) == (25 if counted else 0)


def test_week_contacts_add_up_training_only():
    records = [session(10, 20), session(50, 30), session(100, 40),
               session(5, 50, clock_speed=10.0),  # a preview: not training
               session(5, 60, status=Status.INTERRUPTED),
               session(24 * 8, 70)]  # more than a week ago
    assert week_contacts(records, NOW) == 90
    check = load_check(80, records, NOW, Level.INTERMEDIATE)
    assert check == LoadCheck(planned_contacts=80, guide=(100, 120), over=False,
                              hours_since_intense=pytest.approx(10), too_soon=True,
                              week_contacts=90, level=Level.INTERMEDIATE)


def test_a_naive_now_is_taken_as_local_time():
    record = session(50)
    naive = NOW.astimezone().replace(tzinfo=None)
    assert hours_since_intense([record], naive) == pytest.approx(50)
