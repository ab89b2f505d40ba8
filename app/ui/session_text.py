"""The words on the session screen, from a phase: plain strings, no Qt, easy to test."""

from __future__ import annotations

from app.core.phases import Phase, PhaseKind, Side
from app.core.routines import Routine

LEFT = "◀ LEFT"
RIGHT = "RIGHT ▶"
GAP = "   ·   "


def title_text(phase: Phase) -> str:
    return phase.title.upper()


def side_text(phase: Phase, following: Phase | None) -> str:
    """The leg in large type: the one working, or during a switch the one to switch to."""
    if phase.kind is PhaseKind.HOLD:
        side = phase.side
    elif phase.kind is PhaseKind.SWITCH and following is not None:
        side = following.side
    else:
        return ""
    return {Side.LEFT: LEFT, Side.RIGHT: RIGHT}.get(side, "")


def drill_text(phase: Phase) -> str:
    if phase.kind is PhaseKind.DONE:
        return "Session complete. Well done."
    if phase.drill is None:
        return ""
    drill = phase.drill
    return f"{drill.name}  —  {drill.cue}" if drill.cue else drill.name


def next_text(following: Phase | None) -> str:
    if following is None:
        return ""
    if following.kind is PhaseKind.DONE:
        return "next: finish"
    return f"next: {following.describe()}"


def counter_text(phase: Phase, reps_counted: int, routine: Routine) -> str:
    """Rep x of y and set x of y, or where in the routine the athlete is."""
    sets = f"Set {phase.set_no} of {phase.sets}"
    if phase.kind is PhaseKind.HOLD:
        return f"Rep {phase.rep} of {phase.reps}{GAP}{sets}"
    if phase.kind in (PhaseKind.RESET, PhaseKind.SWITCH):
        return f"Rep {phase.rep} of {phase.reps} done{GAP}{sets}"
    if phase.kind is PhaseKind.REST:
        return f"Set {phase.set_no} of {phase.sets} done"
    if phase.kind is PhaseKind.SET:
        if phase.cadence_s:
            return f"Rep {reps_counted} of {phase.target_reps}{GAP}{sets}"
        return f"{sets}{GAP}Next when the set is done"
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL) and phase.drill is not None:
        ids = [drill.id for drill in routine.drills]
        number = ids.index(phase.drill.id) + 1 if phase.drill.id in ids else 1
        return f"Drill {number} of {len(ids)}"
    return ""


def set_parts(phase: Phase, reps_counted: int, elapsed_s: str) -> list[tuple[str, str]]:
    """A user-paced set's big numbers: the reps (counted, or to do) and the set's own clock."""
    if phase.cadence_s:
        reps = (str(reps_counted), f"of {phase.target_reps} reps")
    else:
        reps = (str(phase.target_reps), "reps to do")
    return [reps, (elapsed_s, "time in set")]
