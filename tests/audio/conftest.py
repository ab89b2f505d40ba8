"""Shared by the audio tests: the built-in routines, and the sounds as shipped."""

from __future__ import annotations

import pytest

from app.core.routines import Drill, DrillKind, Range, Routine, Sides


def _seed_routines() -> list[Routine]:
    """The seed's routines as drills.json encodes them (used until the loader exists)."""
    reset, rest, switch = Range(5, 30, 10), Range(30, 300, 90), Range(3, 15, 5)
    straight = Drill("wall-press-straight", "Wall calf press (straight leg)", DrillKind.HOLD,
                     Sides.BOTH, "Extend", reps=Range(8, 10, 8), hold_s=Range.fixed(10),
                     reset_s=reset, rest_s=rest, switch_s=switch)
    bent = Drill("wall-press-bent", "Wall calf press (bent knee)", DrillKind.HOLD, Sides.BOTH,
                 "Bend", reps=Range(8, 10, 8), hold_s=Range.fixed(10), reset_s=reset,
                 rest_s=rest, switch_s=switch)
    press = Drill("sprinter-press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive",
                  reps=Range(8, 10, 8), hold_s=Range(8, 10, 8), reset_s=reset, rest_s=rest,
                  switch_s=switch)
    jumps = Drill("forefoot-jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block",
                  reps=Range.fixed(8), sets=Range.fixed(3), cadence_s=4, rest_s=rest)
    sprints = Drill("downhill-sprints", "Downhill sprints", DrillKind.PACED, Sides.BOTH, "Run",
                    reps=Range(2, 6, 4), rep_estimate_s=60, rest_s=rest)
    drops = Drill("drop-jumps", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block",
                  reps=Range.fixed(6), sets=Range(3, 4, 3), rest_s=Range(60, 300, 120),
                  rep_estimate_s=10)
    iso, dynamic = (straight, bent, press), (jumps, sprints, drops)
    return [Routine("iso-holds", "Isometric holds", "", iso),
            Routine("dynamic", "Dynamic drills", "", dynamic),
            Routine("full", "Full session", "", iso + dynamic)]


def builtin_routines() -> list[Routine]:
    try:
        from app.core.loader import load_routines
    except ImportError:
        return _seed_routines()
    routines = load_routines().routines
    routines = list(routines.values()) if isinstance(routines, dict) else list(routines)
    return [routine for routine in routines if not routine.source or
            "drills.json" in str(routine.source)] or _seed_routines()


BUILTIN = builtin_routines()


@pytest.fixture(params=BUILTIN, ids=[routine.id for routine in BUILTIN])
def routine(request) -> Routine:
    return request.param
