"""The words of the leg tests, for the test screens and the history's per-leg charts alike:
the core (`isohold.core.leg_tests`) gives values, these word them."""

from __future__ import annotations

import math
from datetime import date

from PySide6.QtCore import QLocale

from isohold.core.history.leg_tests import LegDifference
from isohold.core.leg_tests import BPM, HEEL_RISE, MAX_HOLD, NORMAL_RISES, LegTest, Measure
from isohold.core.phases import Side
from isohold.ui.shared.labels import Words, filled


class LegTestText(Words):
    """The leg tests' names, results and problems."""


def test_name(kind) -> str:
    """ "Heel-rise test", "Hold test"."""
    return {HEEL_RISE: LegTestText.tr("Heel-rise test"),
            MAX_HOLD: LegTestText.tr("Hold test")}[kind]


def long_name(kind) -> str:
    return {HEEL_RISE: LegTestText.tr("Single-leg heel-rise test"),
            MAX_HOLD: LegTestText.tr("Single-leg maximal hold test")}[kind]


def chart_title(kind) -> str:
    """The title of a test's chart in the history, each leg over time."""
    return {HEEL_RISE: LegTestText.tr("Heel rises per leg"),
            MAX_HOLD: LegTestText.tr("Hold per leg (seconds)")}[kind]


def no_results_text(kind) -> str:
    """What a test's chart in the history says before the test was ever taken."""
    if kind == HEEL_RISE:
        return LegTestText.tr("No heel-rise tests yet: take one from Leg tests on the menu; "
                              "both legs show here over time.")
    return LegTestText.tr("No hold tests yet: take one from Leg tests on the menu; both legs "
                          "show here over time.")


def what_text(kind) -> str:
    """What the test measures and how it goes, in two lines' words."""
    if kind == HEEL_RISE:
        return filled(LegTestText.tr(
            "Calf endurance: heel rises on one leg to a %1 bpm beat, up on one beat, down on "
            "the next, until you can no longer keep the pace or the height. About %2 is "
            "normal."), BPM, NORMAL_RISES)
    return LegTestText.tr("Calf strength: the sprinter press against the wall on one leg, held "
                          "from go until you can hold it no longer.")


def how_text(kind, side: Side) -> str:
    """What to do on the leg being tested."""
    if kind == HEEL_RISE:
        if side is Side.LEFT:
            return LegTestText.tr(
                "Stand on the left leg, fingertips on the wall. Up on one beat, down on the "
                "next, as high as you can each time. Tap each rise, or just stop when you can "
                "no longer keep up: without taps the beat counts.")
        return LegTestText.tr(
            "Stand on the right leg, fingertips on the wall. Up on one beat, down on the "
            "next, as high as you can each time. Tap each rise, or just stop when you can no "
            "longer keep up: without taps the beat counts.")
    if side is Side.LEFT:
        return LegTestText.tr(
            "Lean into the wall, arms out, on the left leg's toes, the other thigh level. Hold "
            "it high and still; stop the clock when you can hold no longer.")
    return LegTestText.tr(
        "Lean into the wall, arms out, on the right leg's toes, the other thigh level. Hold it "
        "high and still; stop the clock when you can hold no longer.")


def units_text(measure: Measure) -> str:
    """The unit a result is typed in: "rises", "seconds"."""
    return {Measure.RISES: LegTestText.tr("rises"),
            Measure.SECONDS: LegTestText.tr("seconds")}[measure]


def leg_name(side: Side) -> str:
    """ "Left leg", "Right leg"."""
    return {Side.LEFT: LegTestText.tr("Left leg"), Side.RIGHT: LegTestText.tr("Right leg")}[side]


def leg_title(side: Side) -> str:
    """The side badge, read from across the room."""
    return {Side.LEFT: LegTestText.tr("LEFT LEG"), Side.RIGHT: LegTestText.tr("RIGHT LEG")}[side]


def number_text(test: LegTest, value: float) -> str:
    """A result's number alone: "24", "42.3"."""
    if test.measure is Measure.RISES:
        return QLocale().toString(int(round(value)))
    return QLocale().toString(float(value), "f", 1)


def value_text(test: LegTest, value: float) -> str:
    """A result with its unit: "24 rises", "1 rise", "42.3 s"."""
    if test.measure is Measure.RISES:
        return LegTestText.tr("%n rise(s)", "", int(round(value)))
    return filled(LegTestText.tr("%1 s"), number_text(test, value))


def percent(found: LegDifference) -> int:
    """The legs' difference in whole percent of the stronger leg, rounded half up; a
    difference never reads 0% (0.1% reads 1%)."""
    share = found.difference_pct
    if share is None or found.weaker is None:
        return 0
    return max(1, math.floor(share + 0.5))


def difference_words(found: LegDifference) -> str:
    """ "25% weaker right", "even", or "" when a leg is missing."""
    if found.difference is None:
        return ""
    if found.weaker is None:
        return LegTestText.tr("even")
    if found.weaker is Side.LEFT:
        return filled(LegTestText.tr("%1% weaker left"), percent(found))
    return filled(LegTestText.tr("%1% weaker right"), percent(found))


def side_word(side: Side) -> str:
    """ "Left", "Right": a leg where the leg is plain (a chart's key, a result's leg)."""
    return {Side.LEFT: LegTestText.tr("Left"), Side.RIGHT: LegTestText.tr("Right")}[side]


def legs_text(test: LegTest, left: float | None, right: float | None) -> str:
    """Both legs and their difference: "Left 24 \u00b7 Right 18 \u00b7 25% weaker right"; a
    leg not done reads "not done"."""
    def leg(name: str, value: float | None) -> str:
        if value is None:
            return filled(LegTestText.tr("%1 not done", "leg"), name)
        shown = number_text(test, value)
        if test.measure is Measure.SECONDS:
            return filled(LegTestText.tr("%1 %2 s", "leg, seconds"), name, shown)
        return filled(LegTestText.tr("%1 %2", "leg, rises"), name, shown)

    found = LegDifference(date.today(), test.kind, left, right)
    parts = [leg(side_word(Side.LEFT), left), leg(side_word(Side.RIGHT), right),
             difference_words(found)]
    return " \u00b7 ".join(part for part in parts if part)


def problem_text(test: LegTest, side: Side, problem: str) -> str:
    """What is wrong with a value typed in, and where."""
    left = side is Side.LEFT
    if problem == "negative":
        return (LegTestText.tr("The left leg's result cannot be below 0.") if left else
                LegTestText.tr("The right leg's result cannot be below 0."))
    if problem == "not_whole":
        return (LegTestText.tr("The left leg's result must be a whole number of rises.") if left
                else LegTestText.tr("The right leg's result must be a whole number of rises."))
    most = f"{test.most:g}"
    units = units_text(test.measure)
    return filled(LegTestText.tr("The left leg's result is more than %1 %2: check the number.")
                  if left else
                  LegTestText.tr("The right leg's result is more than %1 %2: check the number."),
                  most, units)
