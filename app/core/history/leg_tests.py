"""Leg tests in the history: what each test measured on each leg, and the difference between
the legs, kept beside the sessions in the same file (table `test_results`, history version 8).

Two tests (`TestKind`): the single-leg heel-rise endurance test (rises to a 60 bpm metronome
until the athlete stops; a count) and the maximal hold test (seconds one leg held). Each taking
of a test writes one row per leg it measured, all with the same `taken_at`. Deleting a taking
can be undone until the app closes, like a session. `LegTestRecords` is the part of
HistoryStore that reads and writes them; `leg_differences` is the left/right comparison per
test day, values only (the screens word them).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from isohold.core.history import inputs
from isohold.core.history.file_checks import HistoryError, HistoryValueError
from isohold.core.history.records import now_local
from isohold.core.phases import Side


class TestKind(str, Enum):
    HEEL_RISE = "heel_rise"  # single-leg heel rises to a 60 bpm metronome: a count
    MAX_HOLD = "max_hold"  # the longest one leg held: seconds

    @property
    def counts(self) -> bool:
        """The result is a whole count (rises), not seconds."""
        return self is TestKind.HEEL_RISE


TestKind.__test__ = False  # not a pytest test class, whatever its name
LEGS = (Side.LEFT, Side.RIGHT)
MOST = {TestKind.HEEL_RISE: 1000, TestKind.MAX_HOLD: 3600}  # far beyond any athlete: a typo
_KINDS = {kind.value: kind for kind in TestKind}
_SIDES = {side.value: side for side in LEGS}
_SAME_INSTANT = 0.0005  # seconds: taken_ts of one taking (floats of the same time)


@dataclass(frozen=True)
class TestResult:
    """One leg's result of one taking of a test."""

    __test__ = False  # not a pytest test class

    taken_at: datetime  # aware; both legs of one taking share it
    test: TestKind
    side: Side  # LEFT or RIGHT
    value: float  # heel rises counted, or seconds held
    notes: str = ""
    id: int | None = None  # the row, once stored


@dataclass(frozen=True)
class LegDifference:
    """One test on one day, both legs: each leg's best of the day (None: not tested)."""

    day: date  # local date of the taking
    test: TestKind
    left: float | None
    right: float | None

    @property
    def difference(self) -> float | None:
        """How far apart the legs are, in the test's unit (rises or seconds)."""
        if self.left is None or self.right is None:
            return None
        return abs(self.left - self.right)

    @property
    def difference_pct(self) -> float | None:
        """The difference as a percentage of the stronger leg's result (0 when both are 0)."""
        if self.difference is None:
            return None
        stronger = max(self.left, self.right)
        return 0.0 if stronger == 0 else 100.0 * self.difference / stronger

    @property
    def weaker(self) -> Side | None:
        """The leg with the lower result; None when equal or one leg was not tested."""
        if self.difference in (None, 0):
            return None
        return Side.LEFT if self.left < self.right else Side.RIGHT


def leg_differences(results: list[TestResult]) -> list[LegDifference]:
    """The left/right comparison per test and local day, oldest first. A test taken more than
    once on a day counts each leg's best of that day (the athlete's best effort)."""
    best: dict[tuple[date, TestKind], dict[Side, float]] = {}
    for result in results:
        day = result.taken_at.astimezone().date()
        legs = best.setdefault((day, result.test), {})
        legs[result.side] = max(result.value, legs.get(result.side, result.value))
    return [LegDifference(day, test, legs.get(Side.LEFT), legs.get(Side.RIGHT))
            for (day, test), legs in sorted(best.items(), key=lambda item: (item[0][0],
                                                                            item[0][1].value))]


def checked_kind(test) -> TestKind:
    try:
        return TestKind(test)
    except ValueError:
        known = ", ".join(repr(kind.value) for kind in TestKind)
        raise HistoryValueError(f"There is no leg test {test!r}; the tests are {known}. "
                                f"{inputs.NOTHING_CHANGED}") from None


def checked_values(test: TestKind, values_per_side) -> dict[Side, float]:
    """{Side.LEFT: value, Side.RIGHT: value}, one leg or both; keys may be "left"/"right"."""
    if not isinstance(values_per_side, Mapping) or not values_per_side:
        raise HistoryValueError(f"A leg test needs a result for the left leg, the right leg or "
                                f"both, not {values_per_side!r}. {inputs.NOTHING_CHANGED}")
    checked = {}
    for side, value in values_per_side.items():
        leg = _SIDES.get(side.value if isinstance(side, Side) else side)
        if leg is None:
            raise HistoryValueError(f"A leg test is taken on the left or the right leg, not "
                                    f"{side!r}. {inputs.NOTHING_CHANGED}")
        what = f"the {leg.value} leg's {_unit(test)}"
        checked[leg] = inputs.measure(value, what, whole=test.counts, most=MOST[test])
    return {leg: checked[leg] for leg in LEGS if leg in checked}  # left, then right


def _unit(test: TestKind) -> str:
    return "heel rises" if test.counts else "seconds held"


_SOUND = ("(typeof(taken_at) = 'text' AND length(taken_at) <= 64 "
          "AND typeof(taken_ts) IN ('integer', 'real') "
          "AND typeof(value) IN ('integer', 'real') AND abs(value) < 1e12 "
          "AND typeof(notes) = 'text' AND side IN ('left', 'right'))")


class LegTestRecords:
    """The part of HistoryStore that keeps leg-test results."""

    left_out: list[str]

    def _writing(self, *records):  # HistoryStore's one transaction
        raise NotImplementedError

    def _read(self, query):  # HistoryStore's read, its errors in words
        raise NotImplementedError

    def add_test(self, taken_at: datetime, test: TestKind | str,
                 values_per_side: Mapping[Side | str, float], notes: str = "") -> list[TestResult]:
        """Keep one taking of `test`: a result per leg measured (heel rises: a whole count;
        max hold: seconds), in one transaction. A leg already kept for the same test at the
        same `taken_at` is refused (another taking needs another time). Returns what was
        kept; a bad value raises HistoryValueError and nothing is written."""
        test = checked_kind(test)
        taken_at = inputs.moment(taken_at, "the time the test was taken").replace(microsecond=0)
        values = checked_values(test, values_per_side)
        notes = inputs.notes(notes)
        kept = []
        with self._writing() as db:
            there = {row[0] for row in db.execute(
                "SELECT side FROM test_results WHERE test = ? AND abs(taken_ts - ?) < ? "
                "AND deleted_at IS NULL", (test.value, taken_at.timestamp(), _SAME_INSTANT))}
            twice = [side.value for side in values if side.value in there]
            if twice:
                raise HistoryValueError(
                    f"The {_unit(test)} test taken at {taken_at.isoformat()} already has a "
                    f"result for the {' and the '.join(twice)} leg{'s' * (len(twice) > 1)} "
                    f"(another taking needs another time). {inputs.NOTHING_CHANGED}")
            for side, value in values.items():
                row = db.execute(
                    "INSERT INTO test_results (taken_at, taken_ts, test, side, value, notes) "
                    "VALUES (?, ?, ?, ?, ?, ?)", (taken_at.isoformat(), taken_at.timestamp(),
                                                  test.value, side.value, value, notes))
                kept.append(TestResult(taken_at, test, side, value, notes, row.lastrowid))
        return kept

    def tests(self, test: TestKind | str | None = None) -> list[TestResult]:
        """The results of one test (or of all), oldest first, left before right. A row that
        cannot be read is left out and named in `left_out`."""
        where, args = ("", ()) if test is None else ("AND test = ?", (checked_kind(test).value,))
        found = self._read(lambda db: db.execute(
            f"SELECT {_SOUND}, id, taken_at, test, side, value, notes FROM test_results "
            f"WHERE deleted_at IS NULL {where} ORDER BY taken_ts, test, side, id",
            args).fetchall())
        results, left_out = [], []
        for sound, row_id, taken_at, kind, side, value, notes in found:
            try:
                if not sound or kind not in _KINDS:
                    raise ValueError("a field of the wrong type or an unknown test")
                moment = datetime.fromisoformat(taken_at)
                results.append(TestResult(
                    moment if moment.tzinfo else moment.astimezone(), _KINDS[kind],
                    _SIDES[side], float(value), notes, row_id))
            except ValueError:
                left_out.append(f"test result {row_id}")
        self.left_out = left_out
        return results

    def delete_test(self, test: TestKind | str, taken_at: datetime) -> None:
        """Delete one taking of a test (every leg of it); undo_delete_test brings it back
        until the app closes."""
        self._mark_deleted(test, taken_at, now_local().isoformat())

    def undo_delete_test(self, test: TestKind | str, taken_at: datetime) -> None:
        self._mark_deleted(test, taken_at, None)

    def _mark_deleted(self, test, taken_at: datetime, deleted_at: str | None) -> None:
        test = checked_kind(test)
        taken_at = inputs.moment(taken_at, "the time the test was taken")
        with self._writing() as db:
            changed = db.execute(
                "UPDATE test_results SET deleted_at = ? WHERE test = ? AND abs(taken_ts - ?) < ? "
                f"AND deleted_at IS {'NULL' if deleted_at else 'NOT NULL'}",
                (deleted_at, test.value, taken_at.timestamp(), _SAME_INSTANT)).rowcount
        if changed == 0:
            doing = "deleted" if deleted_at else "brought back"
            raise HistoryError(f"There is no {_unit(test)} test taken at {taken_at.isoformat()} "
                               f"to be {doing} (already {doing}, or never kept).")


def purge_deleted(db: sqlite3.Connection) -> None:
    """Deleted results whose undo ended with the last run (inside the caller's transaction)."""
    db.execute("DELETE FROM test_results WHERE deleted_at IS NOT NULL")
