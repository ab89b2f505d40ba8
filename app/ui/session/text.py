"""The words on the session screen, from a phase: strings, easy to test.

Every word goes through translation under the context "SessionText" (see
`isohold.ui.shared.labels.Words`); a number goes into its sentence ("Rep %1 of %2") so a
language can put it where its grammar wants it. The phase words are the screen's: the core
names a phase by its kind.
"""

from __future__ import annotations

from isohold.core.history.shortfall import Shortfall
from isohold.core.phases import Phase, PhaseKind, Side
from isohold.core.routines import Drill, DrillChoice, DrillKind, Sides
from isohold.ui.language import drill_text as translated
from isohold.ui.shared.clock_text import clock_text
from isohold.ui.shared.labels import Words, filled, number

GAP = "  ·  "


class SessionText(Words):
    """The session screen's words."""


def phase_word(kind: PhaseKind) -> str:
    """What a phase is called: "Get ready", "Hold", "Rest"..."""
    words = {
        PhaseKind.GET_READY: SessionText.tr("Get ready"),
        PhaseKind.HOLD: SessionText.tr("Hold"),
        PhaseKind.RESET: SessionText.tr("Reset"),
        PhaseKind.SWITCH: SessionText.tr("Switch legs"),
        PhaseKind.SET: SessionText.tr("Go"),
        PhaseKind.REST: SessionText.tr("Rest"),
        PhaseKind.NEXT_DRILL: SessionText.tr("Next drill"),
        PhaseKind.DONE: SessionText.tr("Done"),
    }
    return words[kind]


def no_sound() -> str:
    return SessionText.tr("No sound: no audio output found. Cues show on screen only.")


def drill_name(drill: Drill) -> str:
    return translated(drill.id, "name", drill.name)


def describe(phase: Phase) -> str:
    """A short line for "next:", e.g. "Hold, left leg - Sprinter press"."""
    if phase.kind is PhaseKind.SET:
        text = filled(SessionText.tr("Set %1 of %2"), phase.set_no, phase.sets)
    else:
        text = phase_word(phase.kind)
    if phase.side is Side.LEFT:
        text = filled(SessionText.tr("%1, left leg"), text)
    elif phase.side is Side.RIGHT:
        text = filled(SessionText.tr("%1, right leg"), text)
    if phase.drill is not None and phase.kind in (PhaseKind.HOLD, PhaseKind.SET,
                                                  PhaseKind.NEXT_DRILL):
        text = filled(SessionText.tr("%1 - %2"), text, drill_name(phase.drill))
    return text


def title_text(phase: Phase) -> str:
    return phase_word(phase.kind).upper()


def side_shown(phase: Phase, following: Phase | None) -> Side | None:
    """The leg in large type: the one working, or during a switch the one to switch to."""
    if phase.kind is PhaseKind.HOLD:
        side = phase.side
    elif phase.kind is PhaseKind.SWITCH and following is not None:
        side = following.side
    else:
        return None
    return side if side in (Side.LEFT, Side.RIGHT) else None


def side_word(side: Side | None) -> str:
    """The side badge: "◀ LEFT", "RIGHT ▶", or "" for no leg."""
    if side is Side.LEFT:
        return SessionText.tr("◀ LEFT")
    if side is Side.RIGHT:
        return SessionText.tr("RIGHT ▶")
    return ""


def side_text(phase: Phase, following: Phase | None) -> str:
    """The leg in large type: the one working, or during a switch the one to switch to."""
    return side_word(side_shown(phase, following))


def drill_text(phase: Phase) -> str:
    if phase.kind is PhaseKind.DONE or phase.drill is None:
        return ""
    drill = phase.drill
    cue = translated(drill.id, "cue", drill.cue)
    return f"{drill_name(drill)}  —  {cue}" if cue else drill_name(drill)


def box_text(phase: Phase, choice: DrillChoice | None) -> str:
    """The box to jump from, in large type on a box drill's screens: "BOX 50 cm"."""
    if phase.kind is PhaseKind.DONE or choice is None or choice.box_height_cm is None:
        return ""
    return filled(SessionText.tr("BOX %1 cm"), number(choice.box_height_cm))


def plan_text(drill: Drill | None, choice: DrillChoice | None) -> str:
    """What the drill coming up asks for, said before it starts: the work and what to fetch,
    e.g. "3 sets of 6 reps  ·  box 50 cm  ·  You need: clear floor space"."""
    if drill is None or choice is None:
        return ""
    reps = SessionText.tr("%n rep(s)", "", choice.reps)
    if drill.kind is DrillKind.HOLD:
        seconds = choice.hold_s or 0.0
        if clock_text(seconds) == clock_text(seconds, minutes=True):  # "1:30": a minute or more
            hold = clock_text(seconds)
        else:
            hold = filled(SessionText.tr("%1 s"), clock_text(seconds))
        work = filled(SessionText.tr("%1 × %2", "reps times hold"), reps, hold)
    else:
        work = reps
    if choice.sets > 1:
        work = filled(SessionText.tr("%n set(s) of %1", "", choice.sets), work)
    if drill.kind is DrillKind.HOLD:
        if drill.sides is Sides.ALTERNATE:
            work = filled(SessionText.tr("%1, legs in turn"), work)
        elif drill.sides is Sides.LEFT_THEN_RIGHT:
            work = filled(SessionText.tr("%1, left leg then right"), work)
    elif drill.cadence_s:
        work = filled(SessionText.tr("%1, one every %2 s"), work, number(drill.cadence_s))
    parts = [work]
    equipment = list(drill.equipment)
    if choice.box_height_cm is not None:
        parts.append(filled(SessionText.tr("box %1 cm"), number(choice.box_height_cm)))
        # the chosen height says which box: not the range the drill allows
        equipment = [item for item in equipment if not item.lower().startswith("box")]
    if equipment:
        things = ", ".join(translated(drill.id, "equipment", item) for item in equipment)
        parts.append(filled(SessionText.tr("You need: %1"), things))
    return GAP.join(parts)


def next_text(following: Phase | None) -> str:
    if following is None:
        return ""
    if following.kind is PhaseKind.DONE:
        return SessionText.tr("next: finish")
    return filled(SessionText.tr("next: %1"), describe(following))


def _of(source: str, x: int, y: int) -> str:
    return filled(source, x, y)


def counter_text(phase: Phase, reps_counted: int, drills: int) -> str:
    """Rep x of y and set x of y, or where in the routine the athlete is."""
    sets = _of(SessionText.tr("Set %1 of %2"), phase.set_no, phase.sets)
    of_sets = f"{GAP}{sets}" if phase.sets > 1 else ""  # "Set 1 of 1" says nothing
    if phase.kind is PhaseKind.HOLD:
        return _of(SessionText.tr("Rep %1 of %2"), phase.rep, phase.reps) + of_sets
    # After a hold or a set, where the athlete is, not that it was done: a hold skipped or cut
    # short is not a rep done (the record counts it so; the screen claims nothing either way).
    if phase.kind in (PhaseKind.RESET, PhaseKind.SWITCH):
        return _of(SessionText.tr("After rep %1 of %2"), phase.rep, phase.reps) + of_sets
    if phase.kind is PhaseKind.REST:
        return _of(SessionText.tr("After set %1 of %2"), phase.set_no, phase.sets)
    if phase.kind is PhaseKind.SET:
        return sets
    if phase.kind in (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL) and phase.drill_no:
        return _of(SessionText.tr("Drill %1 of %2"), phase.drill_no, drills)
    return ""


def next_button_text(phase: Phase) -> str:
    if phase.kind is PhaseKind.SET and not phase.cadence_s:
        return SessionText.tr("+1 rep  ▶")
    if phase.kind is PhaseKind.SET:
        return SessionText.tr("End set  ▶")
    return SessionText.tr("Next  ▶")


def set_parts(phase: Phase, reps_counted: int, elapsed_s: str) -> list[tuple[str, str]]:
    """A set's big numbers: the reps counted (beats passed, or the athlete's presses) of
    those planned, and the set's own clock."""
    # the beat counts them, or the athlete does: Next, one press, one rep
    if phase.cadence_s:
        caption = SessionText.tr("of %n rep(s)", "", phase.target_reps)
        ends = SessionText.tr("time in set  ·  Next ends the set")
    else:
        caption = SessionText.tr("of %n rep(s)  ·  Next: +1", "", phase.target_reps)
        ends = SessionText.tr("time in set  ·  Enter ends the set")
    return [(str(reps_counted), caption), (elapsed_s, ends)]


def result_text(completed: bool, short: Shortfall) -> str:
    """The end screen's line: well done, or what was left undone and why it is not complete."""
    if completed:
        return SessionText.tr("Session complete: every hold and rep done. Well done.")
    missing = []
    if short.stopped:
        missing.append(SessionText.tr("stopped before the end"))
    if short.holds:
        missing.append(SessionText.tr("%n hold(s) skipped or cut short", "", short.holds))
    if short.reps:
        missing.append(SessionText.tr("%n rep(s) not done", "", short.reps))
    return filled(SessionText.tr("Stopped early: %1. What you did is kept."),
                  ", ".join(missing))


def sound_text(reason: str, everything: bool) -> str:
    """The status note when cues cannot be heard. With `everything`, no output plays: the
    athlete needs to know that and what still works, not which library failed (the player
    logs that). Otherwise one or two sound files are at fault: named, the rest play."""
    if not reason:
        return ""
    if everything:
        return no_sound()
    return filled(SessionText.tr("Some cues are silent: %1."), reason)


def status_notes(*, speed: float = 1.0, muted: bool = False, sound: str = "",
                 not_saved: str = "", screen: str = "") -> list[str]:
    """The small notes under the buttons, most urgent first, each a sentence that says what
    is off and what to do."""
    notes = []
    if speed != 1.0:
        notes.append(filled(SessionText.tr("Preview: the clock runs %1× fast (--speed %2)."),
                            number(speed), f"{speed:g}"))
    if muted:
        notes.append(SessionText.tr("Muted: press M to hear the cues."))
    if sound:
        notes.append(sound)
    if not_saved:
        notes.append(filled(SessionText.tr("Not being saved: %1."), not_saved))
    if screen:
        notes.append(screen)
    return notes
