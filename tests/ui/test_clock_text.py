"""The one clock-text rule: a countdown, a time left, a stopwatch and a recorded duration."""

from __future__ import annotations

import pytest

from isohold.ui.shared.clock_text import clock_text, duration_text


@pytest.mark.parametrize("seconds, shown", [
    (10.0, "10"), (9.2, "10"), (9.0, "9"), (0.4, "1"), (0.0, "0"), (-1.0, "0"),
    (59.5, "1:00"), (60.0, "1:00"), (60.2, "1:01"), (89.9, "1:30"), (3600.0, "1:00:00"),
])
def test_a_countdown_shows_the_second_still_running(seconds, shown):
    assert clock_text(seconds) == shown


@pytest.mark.parametrize("seconds", [x / 10 for x in range(580, 620)])
def test_a_time_left_near_a_minute_never_reads_with_three_parts(seconds):
    text = clock_text(seconds, minutes=True)
    assert text.count(":") == 1 and text in ("0:58", "0:59", "1:00", "1:01", "1:02")


@pytest.mark.parametrize("seconds, counting, shown", [
    (0.99, "up", "0:00"), (1.0, "up", "0:01"), (61.7, "up", "1:01"),
    (9.9999, "spent", "0:10"), (10.4, "spent", "0:10"), (3725.0, "spent", "1:02:05"),
])
def test_stopwatches_round_down_and_spent_durations_to_the_nearest_second(seconds, counting,
                                                                           shown):
    assert clock_text(seconds, counting) == shown


def test_estimates_are_said_as_an_athlete_says_them():
    assert duration_text(50) == "about 50 s"
    assert duration_text(14 * 60 + 20) == "about 14 min"
