"""What a session starts from before the athlete changes anything: the settings' lead-in and
rests laid over each drill's defaults.

The one rule for it, so that the menu's estimate and the setup page's agree: the menu asks
`SessionDefaults.estimate_s(routine)`, the setup page starts its choices from `choice(drill)`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, NamedTuple

from isohold.core.routines import Drill, DrillChoice, Routine, SessionPlan
from isohold.core.timeline import estimate_s


class SessionDefaults(NamedTuple):
    """The settings a session's plan starts from (0 or None: the drill's or routine's own)."""

    get_ready_s: float | None = None  # None: the routine's own lead-in
    rest_s: float = 0.0  # between sets; 0: each drill's default
    reset_s: float = 0.0  # between reps of a hold; 0: each drill's default

    @classmethod
    def from_settings(cls, settings: Mapping[str, Any] | Any) -> "SessionDefaults":
        return cls(get_ready_s=settings["get_ready_s"], rest_s=settings["rest_between_sets_s"],
                   reset_s=settings["reset_between_reps_s"])

    def choice(self, drill: Drill) -> DrillChoice:
        """The drill's defaults, with the rest and reset set here where they are set."""
        choice = DrillChoice.defaults(drill)
        if self.rest_s > 0:
            choice = choice._replace(rest_s=self.rest_s)
        if self.reset_s > 0:
            choice = choice._replace(reset_s=self.reset_s)
        return choice.within(drill)

    def plan(self, routine: Routine) -> SessionPlan:
        return SessionPlan(routine, tuple(self.choice(drill) for drill in routine.drills),
                           get_ready_s=self.get_ready_s)

    def estimate_s(self, routine: Routine) -> float:
        """How long `routine` takes with these defaults."""
        return estimate_s(self.plan(routine))
