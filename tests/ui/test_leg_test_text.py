"""How the leg tests' results and the left/right difference read (the history's
LegDifference gives the values, these words say them)."""

from __future__ import annotations

import pytest

from isohold.core.leg_tests import HEEL_RISE_TEST, MAX_HOLD_TEST
from isohold.ui.leg_test_text import legs_text, problem_text, value_text
from isohold.core.phases import Side


@pytest.mark.parametrize("left, right, said", [
    (24, 18, "Left 24 \u00b7 Right 18 \u00b7 25% weaker right"),  # 6 of the stronger 24
    (18, 24, "Left 18 \u00b7 Right 24 \u00b7 25% weaker left"),
    (20, 20, "Left 20 \u00b7 Right 20 \u00b7 even"),
    (0, 0, "Left 0 \u00b7 Right 0 \u00b7 even"),  # nothing either side: no division by zero
    (10, 0, "Left 10 \u00b7 Right 0 \u00b7 100% weaker right"),
    (200, 199, "Left 200 \u00b7 Right 199 \u00b7 1% weaker right"),  # 0.5% rounds half up
    (1000, 999, "Left 1000 \u00b7 Right 999 \u00b7 1% weaker right"),  # 0.1%: never "0%"
    (24, None, "Left 24 \u00b7 Right not done"),
])
def test_heel_rises_read_with_the_weaker_leg_as_a_share_of_the_stronger(left, right, said):
    assert legs_text(HEEL_RISE_TEST, left, right) == said


def test_holds_read_in_seconds_to_the_tenth():
    assert legs_text(MAX_HOLD_TEST, 42.3, 35.0) == \
        "Left 42.3 s \u00b7 Right 35.0 s \u00b7 17% weaker right"
    assert value_text(MAX_HOLD_TEST, 42.26) == "42.3 s"
    assert value_text(HEEL_RISE_TEST, 1) == "1 rise"


def test_a_bad_number_says_which_leg_and_what_is_wrong():
    assert problem_text(HEEL_RISE_TEST, Side.RIGHT, "negative") == \
        "The right leg's result cannot be below 0."
    assert problem_text(MAX_HOLD_TEST, Side.LEFT, "too_many") == \
        "The left leg's result is more than 3600 seconds: check the number."
