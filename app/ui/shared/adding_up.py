"""Whole seconds that add up: parts rounded so that the shown parts sum to the shown total.

Each part rounded on its own (0:32 + 0:27 under a total of 1:00) reads as a mistake. Largest
remainder rounding gives each part its whole seconds, then hands the seconds still missing from
the rounded total to the parts that lost the most in rounding down (ties: the earlier part).
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from isohold.ui.shared.clock_text import whole_seconds


def whole_parts(parts: Sequence[float], total: int | None = None) -> list[int]:
    """`parts` (seconds, >= 0) as whole seconds summing to `total` (by default the total of
    the parts rounded as a spent time is: to the nearest second)."""
    parts = [max(0.0, part) for part in parts]
    if total is None:
        total = whole_seconds(sum(parts), "spent")
    floors = [math.floor(part + 1e-9) for part in parts]
    missing = total - sum(floors)
    by_remainder = sorted(range(len(parts)), key=lambda i: (-(parts[i] - floors[i]), i))
    shares = list(floors)
    for i in by_remainder[:max(0, missing)]:
        shares[i] += 1
    return shares
