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
from datetime import datetime
from typing import Literal

from isohold.ui.shared.labels import ClockWords, filled

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


def length_text(seconds: float) -> str:
    """How long, rounded as an athlete says it: "14 min", "50 s"."""
    if seconds < 60:
        return filled(ClockWords.tr("%1 s"), round(seconds))
    return filled(ClockWords.tr("%1 min"), round(seconds / 60))


def duration_text(seconds: float) -> str:
    """How long a session will take, as an athlete says it: "about 14 min", "about 50 s"."""
    return filled(ClockWords.tr("about %1", "about 14 min"), length_text(seconds))


def when_text(moment: datetime, between: str = ", ") -> str:
    """A moment as the language writes a day and a time: "Mon 30 Nov 2026, 11:40",
    "Mo. 30 Nov. 2026, 11:40" (its own wall-clock time, whatever its offset)."""
    from PySide6.QtCore import QDate, QLocale, QTime

    locale = QLocale()
    day = locale.toString(QDate(moment.year, moment.month, moment.day), "ddd d MMM yyyy")
    return f"{day}{between}{locale.toString(QTime(moment.hour, moment.minute), 'HH:mm')}"
