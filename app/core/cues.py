"""Which cue sounds when: derived from the timeline, so sound and screen agree.

A cue is an event name and an offset from the start of the phase it belongs to. The audio layer
maps the name to a beep, a spoken call or both; the runner fires each cue on its deadline.
"""

from __future__ import annotations

from typing import NamedTuple

COUNTDOWN = ("countdown_3", "countdown_2", "countdown_1")
GO = "go"  # a hold or a set starts
HOLD = "hold"  # spoken: a two-legged hold starts
LAST_REP = "last_rep"  # spoken: the last rep of a set starts
RELEASE = "release"  # a hold ends
SWITCH = "switch"  # switch legs
SIDE_LEFT = "side_left"  # spoken: the next hold is on the left leg
SIDE_RIGHT = "side_right"
REST = "rest"
TICK = "tick"  # the cadence of a user-paced set; each tick is a rep
SET_DONE = "set_done"
SESSION_DONE = "session_done"

ALL = (*COUNTDOWN, GO, HOLD, LAST_REP, RELEASE, SWITCH, SIDE_LEFT, SIDE_RIGHT, REST, TICK,
       SET_DONE, SESSION_DONE)

# Spoken: a drill's name, in the lead-in to it ("drill:<id>" at the get-ready, "next:<id>" for
# "next: <name>" between drills). One name per drill, so these are made, not listed in ALL.
DRILL_NAME = "drill:"
NEXT_DRILL_NAME = "next:"


def drill_name(drill_id: str) -> str:
    """The cue that says a drill's name: at the get-ready, before the first drill."""
    return DRILL_NAME + drill_id


def next_drill_name(drill_id: str) -> str:
    """The cue that says "next:" and a drill's name: in the lead-in between two drills."""
    return NEXT_DRILL_NAME + drill_id


def named_drill(name: str) -> str | None:
    """The drill id a name cue says, or None for any other cue."""
    for prefix in (DRILL_NAME, NEXT_DRILL_NAME):
        if name.startswith(prefix):
            return name[len(prefix):]
    return None


class Cue(NamedTuple):
    at_s: float  # seconds after the start of its phase
    name: str
