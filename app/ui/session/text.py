"""The words on the session screen, from a phase: plain strings, no Qt, easy to test."""

from __future__ import annotations

from isohold.core.history.shortfall import Shortfall
from isohold.core.phases import Phase, PhaseKind, Side
from isohold.core.routines import Drill, DrillChoice, DrillKind, Sides
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.labels import plural

LEFT = "◀ LEFT"
RIGHT = "RIGHT ▶"
GAP = "  ·  "
NO_SOUND = "No sound: no audio output found. Cues show on screen only."


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


def box_text(phase: Phase, choice: DrillChoice | None) -> str:
    """The box to jump from, in large type on a box drill's screens: "BOX 50 cm"."""
    if phase.kind is PhaseKind.DONE or choice is None or choice.box_height_cm is None:
        return ""
    return f"BOX {choice.box_height_cm:g} cm"


def plan_text(drill: Drill | None, choice: DrillChoice | None) -> str:
    """What the drill coming up asks for, said before it starts: the work and what to fetch,
    e.g. "3 sets of 6 reps  ·  box 50 cm  ·  You need: clear floor space"."""
    if drill is None or choice is None:
        return ""
    sets = f"{choice.sets} sets of " if choice.sets > 1 else ""
    if drill.kind is DrillKind.HOLD:
        hold = clock_text(choice.hold_s or 0.0)  # "10" s, or "1:30"
        work = f"{sets}{plural(choice.reps, 'rep')} × {hold}" + ("" if ":" in hold else " s")
        if drill.sides is Sides.ALTERNATE:
            work += ", legs in turn"
        elif drill.sides is Sides.LEFT_THEN_RIGHT:
            work += ", left leg then right"
    else:
        work = f"{sets}{plural(choice.reps, 'rep')}"
        if drill.cadence_s:
            work += f", one every {drill.cadence_s:g} s"
    parts = [work]
    equipment = list(drill.equipment)
    if choice.box_height_cm is not None:
        parts.append(f"box {choice.box_height_cm:g} cm")
        # the chosen height says which box: not the range the drill allows
        equipment = [item for item in equipment if not item.lower().startswith("box")]
    if equipment:
        parts.append("You need: " + ", ".join(equipment))
    return GAP.join(parts)


def next_text(following: Phase | None) -> str:
    if following is None:
        return ""
    if following.kind is PhaseKind.DONE:
        return "next: finish"
    return f"next: {following.describe()}"


def counter_text(phase: Phase, reps_counted: int, drills: int) -> str:
    """Rep x of y and set x of y, or where in the routine the athlete is."""
    sets = f"Set {phase.set_no} of {phase.sets}"
    of_sets = f"{GAP}{sets}" if phase.sets > 1 else ""  # "Set 1 of 1" says nothing
    if phase.kind is PhaseKind.HOLD:
        return f"Rep {phase.rep} of {phase.reps}{of_sets}"
    # After a hold or a set, where the athlete is, not that it was done: a hold skipped or cut
    # short is not a rep done (the record counts it so; the screen claims nothing either way).
    if phase.kind in (PhaseKind.RESET, PhaseKind.SWITCH):
        return f"After rep {phase.rep} of {phase.reps}{of_sets}"
    if phase.kind is PhaseKind.REST:
        return f"After set {phase.set_no} of {phase.sets}"
    if phase.kind is PhaseKind.SET:
        return sets
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
    caption = f"of {phase.target_reps} reps" + ("" if phase.cadence_s else "  ·  Next: +1")
    ends = "Next ends the set" if phase.cadence_s else "Enter ends the set"
    return [(str(reps_counted), caption), (elapsed_s, f"time in set  ·  {ends}")]


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


def sound_text(reason: str, everything: bool) -> str:
    """The status note when cues cannot be heard. With `everything`, no output plays: the
    athlete needs to know that and what still works, not which library failed (the player
    logs that). Otherwise one or two sound files are at fault: named, the rest play."""
    if not reason:
        return ""
    if everything:
        return NO_SOUND
    return f"Some cues are silent: {reason}."


def status_notes(*, speed: float = 1.0, muted: bool = False, sound: str = "",
                 not_saved: str = "", screen: str = "") -> list[str]:
    """The small notes under the buttons, most urgent first, each a sentence that says what
    is off and what to do."""
    notes = []
    if speed != 1.0:
        notes.append(f"Preview: the clock runs {speed:g}× fast (--speed {speed:g}).")
    if muted:
        notes.append("Muted: press M to hear the cues.")
    if sound:
        notes.append(sound)
    if not_saved:
        notes.append(f"Not being saved: {not_saved}.")
    if screen:
        notes.append(screen)
    return notes
