"""A phase is one stretch of a session: a hold, a rest, a switch of legs, a set of jumps."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from isohold.core.cues import Cue
from isohold.core.routines import Drill


class PhaseKind(str, Enum):
    GET_READY = "get_ready"
    HOLD = "hold"
    RESET = "reset"  # between reps of a set
    SWITCH = "switch"  # between one leg's hold and the other's
    SET = "set"  # a set of user-paced reps
    REST = "rest"  # between sets
    NEXT_DRILL = "next_drill"
    DONE = "done"


class Side(str, Enum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


# English names, for logs and the media player's title (isohold.platform.mpris); the screens say
# a phase in the athlete's language from its kind (isohold.ui.session.text.phase_word).
TITLES = {
    PhaseKind.GET_READY: "Get ready",
    PhaseKind.HOLD: "Hold",
    PhaseKind.RESET: "Reset",
    PhaseKind.SWITCH: "Switch legs",
    PhaseKind.SET: "Go",
    PhaseKind.REST: "Rest",
    PhaseKind.NEXT_DRILL: "Next drill",
    PhaseKind.DONE: "Done",
}


@dataclass(frozen=True)
class Phase:
    """One stretch of a session, in its place in the timeline, with the cues it sounds."""

    index: int
    kind: PhaseKind
    drill: Drill | None
    duration_s: float | None  # None: user-paced, ends when the athlete says the set is done
    side: Side | None = None
    rep: int = 0  # HOLD: rep x of `reps` in this set (both legs counted)
    reps: int = 0
    set_no: int = 0
    sets: int = 0
    target_reps: int = 0  # SET: the reps the athlete aims for
    cadence_s: float | None = None  # SET: a tick every N seconds advances the rep count
    drill_no: int = 0  # 1-based position of the drill in the routine
    cues: tuple[Cue, ...] = ()
    planned_start_s: float = 0.0  # offset from the session start, as planned
    estimate_s: float = 0.0  # duration_s, or an estimate for a user-paced set

    @property
    def title(self) -> str:
        return TITLES[self.kind]

    @property
    def user_paced(self) -> bool:
        return self.kind is PhaseKind.SET

    @property
    def timed(self) -> bool:
        return self.duration_s is not None
