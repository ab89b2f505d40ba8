"""The words on the session screen, from a phase: plain strings, no Qt, easy to test."""

from __future__ import annotations

from app.core.history.shortfall import Shortfall
from app.core.phases import Phase, PhaseKind, Side
from app.ui.shared.labels import plural

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
    if phase.kind is PhaseKind.DONE or phase.drill is None:
        return ""
    drill = phase.drill
    return f"{drill.name}  —  {drill.cue}" if drill.cue else drill.name


def next_text(following: Phase | None) -> str:
    if following is None:
        return ""
    if following.kind is PhaseKind.DONE:
        return "next: finish"
    return f"next: {following.describe()}"


def counter_text(phase: Phase, reps_counted: int, drills: int) -> str:
    """Rep x of y and set x of y, or where in the routine the athlete is."""
    sets = f"Set {phase.set_no} of {phase.sets}"
    if phase.kind is PhaseKind.HOLD:
        return f"Rep {phase.rep} of {phase.reps}{GAP}{sets}"
    if phase.kind in (PhaseKind.RESET, PhaseKind.SWITCH):
        return f"Rep {phase.rep} of {phase.reps} done{GAP}{sets}"
    if phase.kind is PhaseKind.REST:
        return f"Set {phase.set_no} of {phase.sets} done"
    if phase.kind is PhaseKind.SET:
        return f"{sets}{GAP}" + ("Next ends it" if phase.cadence_s else "Enter ends it")
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL) and phase.drill_no:
        return f"Drill {phase.drill_no} of {drills}"
    return ""


def next_button_text(phase: Phase) -> str:
    if phase.kind is PhaseKind.SET and not phase.cadence_s:
        return "+1 rep  ▶"
    if phase.kind is PhaseKind.SET:
        return "End set  ▶"
    return "Next  ▶"


def set_parts(phase: Phase, reps_counted: int, elapsed_s: str) -> list[tuple[str, str]]:
    """A set's big numbers: the reps counted (beats passed, or the athlete's presses) of
    those planned, and the set's own clock."""
    # the beat counts them, or the athlete does: Next, one press, one rep
    caption = f"of {phase.target_reps} reps" + ("" if phase.cadence_s else "  ·  Next +1")
    return [(str(reps_counted), caption), (elapsed_s, "time in set")]


def result_text(completed: bool, short: Shortfall) -> str:
    """The end screen's line: well done, or what was left undone and why it is not complete."""
    if completed:
        return "Session complete: every hold and rep done. Well done."
    missing = []
    if short.holds:
        missing.append(f"{plural(short.holds, 'hold')} skipped or cut short")
    if short.reps:
        missing.append(f"{plural(short.reps, 'rep')} not done")
    if short.stopped:
        missing.insert(0, "stopped before the end")
    return "Stopped early: " + ", ".join(missing) + ". What you did is kept."
