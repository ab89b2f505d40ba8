"""The one way Isohold writes a time, so a countdown, a time left, a stopwatch and a recorded
duration never disagree about the same seconds.

- A countdown (`"down"`, the default) rounds up: 10, 9 ... 1, and 0 only when time is up; so
  the whole second shown is the one still running, and 59.5 s left reads "1:00", never "0:60".
- A stopwatch counting up (`"up"`) rounds down: it reads 0:01 once a full second has passed.
- A duration already spent (`"spent"`, the summary and history) rounds to the nearest second.

Under a minute a countdown shows bare seconds ("10"); with `minutes` (a time left beside
other text) or at a minute or more it reads m:ss, and from an hour h:mm:ss.
"""

from __future__ import annotations

import math
from typing import Literal

Counting = Literal["down", "up", "spent"]


def whole_seconds(seconds: float, counting: Counting = "down") -> int:
    """The whole seconds a clock shows for `seconds` (never below 0)."""
    seconds = max(0.0, seconds)
    if counting == "down":
        return math.ceil(seconds - 1e-9)
    if counting == "up":
        return int(seconds + 1e-9)
    return int(math.floor(seconds + 0.5))


def clock_text(seconds: float, counting: Counting = "down", *, minutes: bool = False) -> str:
    """`seconds` as a clock reads them: "10", "1:30", "0:45" (minutes), "1:02:09"."""
    whole = whole_seconds(seconds, counting)
    if whole >= 3600:
        return f"{whole // 3600}:{whole % 3600 // 60:02d}:{whole % 60:02d}"
    if whole >= 60 or minutes or counting != "down":
        return f"{whole // 60}:{whole % 60:02d}"
    return str(whole)


def duration_text(seconds: float) -> str:
    """How long a session will take, as an athlete says it: "about 14 min", "about 50 s"."""
    if seconds < 60:
        return f"about {round(seconds)} s"
    return f"about {round(seconds / 60)} min"
