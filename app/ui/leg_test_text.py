"""The words of the leg tests, for the test screens and the history's per-leg charts alike:
the core (`isohold.core.leg_tests`) gives values, these word them."""

from __future__ import annotations

import math
from datetime import date

from isohold.core.history.leg_tests import LegDifference
from isohold.core.leg_tests import BPM, HEEL_RISE, MAX_HOLD, NORMAL_RISES, LegTest, Measure
from isohold.core.phases import Side
from isohold.ui.shared.labels import plural

NAMES = {HEEL_RISE: "Heel-rise test", MAX_HOLD: "Hold test"}
LONG_NAMES = {HEEL_RISE: "Single-leg heel-rise test", MAX_HOLD: "Single-leg maximal hold test"}
WHAT = {
    HEEL_RISE: f"Calf endurance: heel rises on one leg to a {BPM} bpm beat, up on one beat, "
               f"down on the next, until you can no longer keep the pace or the height. "
               f"About {NORMAL_RISES} is normal.",
    MAX_HOLD: "Calf strength: the sprinter press against the wall on one leg, held from go "
              "until you can hold it no longer.",
}
HOW = {
    HEEL_RISE: "Stand on the {leg} leg, fingertips on the wall. Up on one beat, down on the "
               "next, as high as you can each time. Tap each rise, or just stop when you "
               "can no longer keep up: without taps the beat counts.",
    MAX_HOLD: "Lean into the wall, arms out, on the {leg} leg's toes, the other thigh "
              "level. Hold it high and still; stop the clock when you can hold no longer.",
}
UNITS = {Measure.RISES: "rise", Measure.SECONDS: "second"}
SIDE_NAMES = {Side.LEFT: "left", Side.RIGHT: "right"}
PROBLEMS = {
    "negative": "cannot be below 0",
    "too_many": "is more than {most} {units}: check the number",
    "not_whole": "must be a whole number of rises",
}


def leg_title(side: Side) -> str:
    """The side badge, read from across the room."""
    return f"{SIDE_NAMES[side].upper()} LEG"


def number_text(test: LegTest, value: float) -> str:
    """A result's number alone: "24", "42.3"."""
    if test.measure is Measure.RISES:
        return str(int(round(value)))
    return f"{value:.1f}"


def value_text(test: LegTest, value: float) -> str:
    """A result with its unit: "24 rises", "1 rise", "42.3 s"."""
    if test.measure is Measure.RISES:
        return plural(int(round(value)), "rise")
    return f"{value:.1f} s"


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
        return "even"
    return f"{percent(found)}% weaker {SIDE_NAMES[found.weaker]}"


def legs_text(test: LegTest, left: float | None, right: float | None) -> str:
    """Both legs and their difference: "Left 24 \u00b7 Right 18 \u00b7 25% weaker right"; a
    leg not done reads "not done"."""
    def leg(name: str, value: float | None) -> str:
        if value is None:
            return f"{name} not done"
        shown = number_text(test, value)
        return f"{name} {shown} s" if test.measure is Measure.SECONDS else f"{name} {shown}"

    found = LegDifference(date.today(), test.kind, left, right)
    parts = [leg("Left", left), leg("Right", right), difference_words(found)]
    return " \u00b7 ".join(part for part in parts if part)


def problem_text(test: LegTest, side: Side, problem: str) -> str:
    """What is wrong with a value typed in, and where."""
    units = UNITS[test.measure] + "s"
    said = PROBLEMS[problem].format(most=f"{test.most:g}", units=units)
    return f"The {SIDE_NAMES[side]} leg's result {said}."
