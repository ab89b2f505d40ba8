"""Leg-test results in the history: kept per leg, read oldest first, deleted with undo, and
the left/right difference per test day (no Qt, no real time)."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone

import pytest

from isohold.core.history import (HistoryError, HistoryStore, HistoryValueError, LegDifference,
                                  TestKind, TestResult, leg_differences)
from isohold.core.phases import Side

TZ = timezone(timedelta(hours=2))
MONDAY = datetime(2025, 6, 2, 7, 15, tzinfo=TZ)


def test_a_test_is_kept_per_leg_and_read_back_oldest_first_from_a_reopened_file(tmp_path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        later = store.add_test(MONDAY + timedelta(days=7), TestKind.HEEL_RISE,
                               {Side.LEFT: 27, Side.RIGHT: 24}, notes="after the block")
        store.add_test(MONDAY, "heel_rise", {"right": 22, "left": 25})
        store.add_test(MONDAY + timedelta(hours=1), TestKind.MAX_HOLD, {"left": 41.5})
    assert [(r.side, r.value) for r in later] == [(Side.LEFT, 27.0), (Side.RIGHT, 24.0)]
    with HistoryStore(path) as store:
        rises = store.tests(TestKind.HEEL_RISE)
        holds = store.tests("max_hold")
        everything = store.tests()
    assert [(r.taken_at, r.side, r.value, r.notes) for r in rises] == [
        (MONDAY, Side.LEFT, 25.0, ""), (MONDAY, Side.RIGHT, 22.0, ""),
        (MONDAY + timedelta(days=7), Side.LEFT, 27.0, "after the block"),
        (MONDAY + timedelta(days=7), Side.RIGHT, 24.0, "after the block")]
    assert rises[0].taken_at.utcoffset() == timedelta(hours=2)
    assert all(isinstance(r, TestResult) and r.test is TestKind.HEEL_RISE for r in rises)
    assert [(h.test, h.side, h.value) for h in holds] == [(TestKind.MAX_HOLD, Side.LEFT, 41.5)]
    assert len(everything) == 5


BAD_TESTS = [  # (test, values per side, notes, the words of the refusal)
    ("sprint", {"left": 3}, "", "There is no leg test 'sprint'"),
    (TestKind.HEEL_RISE, {}, "", "needs a result for the left leg, the right leg or both"),
    (TestKind.HEEL_RISE, [25, 22], "", "needs a result for the left leg"),
    (TestKind.HEEL_RISE, {"both": 25}, "", "left or the right leg, not 'both'"),
    (TestKind.HEEL_RISE, {Side.BOTH: 25}, "", "left or the right leg"),
    (TestKind.HEEL_RISE, {"left": 24.5}, "",
     "left leg's heel rises should be a whole number"),
    (TestKind.HEEL_RISE, {"left": -1}, "", "from 0 to 1000, not -1"),
    (TestKind.HEEL_RISE, {"left": 25, "right": True}, "", "right leg's heel rises"),
    (TestKind.HEEL_RISE, {"left": "25"}, "", "not '25'"),
    (TestKind.MAX_HOLD, {"right": float("nan")}, "", "right leg's seconds held should be a "
                                                     "number from 0 to 3600"),
    (TestKind.MAX_HOLD, {"right": 3600.5}, "", "not 3600.5"),
    (TestKind.MAX_HOLD, {"right": 30}, None, "notes should be text"),
]


@pytest.mark.parametrize("test, values, notes, words", BAD_TESTS)
def test_a_bad_result_is_refused_in_a_sentence_and_nothing_is_written(store, test, values,
                                                                      notes, words):
    with pytest.raises(HistoryValueError, match=re.escape(words)) as refused:
        store.add_test(MONDAY, test, values, notes)
    assert isinstance(refused.value, ValueError)
    assert str(refused.value).endswith("Nothing was changed.")
    assert store.tests() == []
    assert store._db.execute("SELECT COUNT(*) FROM test_results").fetchone()[0] == 0


def test_the_time_taken_must_be_a_time(store):
    with pytest.raises(HistoryValueError, match="time the test was taken should be a date"):
        store.add_test("today", TestKind.HEEL_RISE, {"left": 20})


def test_the_legs_of_one_test_may_be_kept_one_at_a_time_but_not_twice(store):
    store.add_test(MONDAY, TestKind.HEEL_RISE, {"left": 25})
    store.add_test(MONDAY, TestKind.HEEL_RISE, {"right": 21})
    with pytest.raises(HistoryValueError, match="already has a result for the left and the right legs"):
        store.add_test(MONDAY, TestKind.HEEL_RISE, {"right": 30, "left": 26})
    with pytest.raises(HistoryValueError, match="already has a result for the right leg "):
        store.add_test(MONDAY, TestKind.HEEL_RISE, {"right": 30})
    assert [(r.side, r.value) for r in store.tests()] == [(Side.LEFT, 25.0),
                                                           (Side.RIGHT, 21.0)]
    store.add_test(MONDAY, TestKind.MAX_HOLD, {"right": 30})  # another test: its own
    [day] = leg_differences(store.tests(TestKind.HEEL_RISE))
    assert (day.left, day.right, day.difference) == (25.0, 21.0, 4.0)


def test_a_deleted_test_comes_back_with_undo_until_the_app_closes(tmp_path):
    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.add_test(MONDAY, TestKind.HEEL_RISE, {"left": 25, "right": 22})
        store.add_test(MONDAY + timedelta(days=1), TestKind.HEEL_RISE, {"left": 26})
        store.delete_test(TestKind.HEEL_RISE, MONDAY)
        assert [r.taken_at for r in store.tests()] == [MONDAY + timedelta(days=1)]
        with pytest.raises(HistoryError, match="no heel rises test taken at .* to be deleted"):
            store.delete_test(TestKind.HEEL_RISE, MONDAY)
        store.undo_delete_test("heel_rise", MONDAY)
        assert len(store.tests()) == 3
        with pytest.raises(HistoryError, match="to be brought back"):
            store.undo_delete_test("heel_rise", MONDAY)
        store.delete_test(TestKind.HEEL_RISE, MONDAY.astimezone(timezone.utc))  # same instant
    with HistoryStore(path) as store:  # the undo ended with that run: purged
        assert len(store.tests()) == 1
        assert store._db.execute("SELECT COUNT(*) FROM test_results").fetchone()[0] == 1


def test_a_row_another_program_damaged_is_left_out_and_named(store):
    store.add_test(MONDAY, TestKind.HEEL_RISE, {"left": 25, "right": 22})
    store._db.execute("UPDATE test_results SET value = 'lots' WHERE side = 'right'")
    store._db.execute("INSERT INTO test_results (taken_at, taken_ts, test, side, value) "
                      "VALUES ('2025-06-03T07:00:00+02:00', 1748926800, 'hop', 'left', 3)")
    assert [(r.side, r.value) for r in store.tests()] == [(Side.LEFT, 25.0)]
    assert store.left_out == ["test result 2", "test result 3"]


def test_a_read_only_history_keeps_no_test(tmp_path, monkeypatch):
    import os
    from pathlib import Path

    path = tmp_path / "history.sqlite3"
    with HistoryStore(path) as store:
        store.add_test(MONDAY, TestKind.MAX_HOLD, {"left": 30, "right": 28})
    real_open = os.open

    def refuse_writing(file, flags, *args, **kwargs):
        if Path(file) == path and flags & (os.O_RDWR | os.O_WRONLY):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", refuse_writing)
    with HistoryStore(path) as store:
        assert store.read_only and len(store.tests()) == 2
        with pytest.raises(HistoryError, match="read-only"):
            store.add_test(MONDAY + timedelta(days=1), TestKind.MAX_HOLD, {"left": 31})


# -- the difference between the legs --------------------------------------------------------
def result(taken_at, side, value, test=TestKind.HEEL_RISE) -> TestResult:
    return TestResult(taken_at, test, side, value)


@pytest.mark.parametrize("left, right, difference, percent, weaker", [
    (25, 20, 5, 20.0, Side.RIGHT),  # 5 of the stronger leg's 25
    (20, 25, 5, 20.0, Side.LEFT),
    (24, 24, 0, 0.0, None),
    (0, 0, 0, 0.0, None),
    (30, 0, 30, 100.0, Side.RIGHT),
    (40.0, 36.5, 3.5, 8.75, Side.RIGHT),
    (25, None, None, None, None),  # one leg not tested: no difference
    (None, 18, None, None, None),
])
def test_the_left_right_difference_is_absolute_and_a_share_of_the_stronger_leg(
        left, right, difference, percent, weaker):
    results = [result(MONDAY, side, value) for side, value in ((Side.LEFT, left),
                                                               (Side.RIGHT, right))
               if value is not None]
    [day] = leg_differences(results)
    assert (day.day, day.test, day.left, day.right) == (MONDAY.date(), TestKind.HEEL_RISE,
                                                         left, right)
    assert day.difference == difference and day.weaker == weaker
    assert day.difference_pct == (pytest.approx(percent) if percent is not None else None)


def test_each_day_and_test_is_compared_apart_with_each_legs_best_of_the_day():
    evening = MONDAY.replace(hour=19)
    results = [
        result(MONDAY + timedelta(days=2), Side.LEFT, 28), result(MONDAY, Side.LEFT, 22),
        result(MONDAY, Side.RIGHT, 20), result(evening, Side.LEFT, 25),  # retaken: 25 counts
        result(evening, Side.RIGHT, 19),
        result(MONDAY, Side.LEFT, 40.0, TestKind.MAX_HOLD),
        result(MONDAY, Side.RIGHT, 44.0, TestKind.MAX_HOLD),
    ]
    assert leg_differences(results) == [
        LegDifference(date(2025, 6, 2), TestKind.HEEL_RISE, 25, 20),
        LegDifference(date(2025, 6, 2), TestKind.MAX_HOLD, 40.0, 44.0),
        LegDifference(date(2025, 6, 4), TestKind.HEEL_RISE, 28, None),
    ]
    assert leg_differences([]) == []


def test_the_day_is_the_local_day_of_the_taking():
    """A test at 23:30 in UTC+2 is on that day in UTC+2, whatever zone it was kept in."""
    late = datetime(2025, 6, 2, 23, 30, tzinfo=TZ)
    [day] = leg_differences([result(late.astimezone(timezone.utc), Side.LEFT, 20)])
    assert day.day == late.astimezone().date()
