"""Attach to every phase of a timeline the cues it sounds, at offsets from its start."""

from __future__ import annotations

from dataclasses import replace

from isohold.core import cues
from isohold.core.cues import Cue
from isohold.core.phases import Phase, PhaseKind, Side

_STARTS_WORK = (PhaseKind.HOLD, PhaseKind.SET)
# How long the calls that open a phase take, spoken one after the other (release, switch legs,
# left leg: about 1.9 s), and one spoken call: no 3-2-1 count starts on top of them.
OPENING_CALLS_S = 2.0
SPOKEN_CALL_S = 1.0
# How long "next" and a drill's name take at most (the tests check every shipped clip against
# it; a name the speech engine makes for an athlete's own drill is held to it too).
NAME_CALL_S = 2.1
_LEAD_INS = (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL)


def attach_cues(phases: list[Phase]) -> tuple[Phase, ...]:
    result = []
    for index, phase in enumerate(phases):
        before = phases[index - 1] if index > 0 else None
        after = phases[index + 1] if index + 1 < len(phases) else None
        result.append(replace(phase, cues=tuple(sorted(_cues(before, phase, after),
                                                       key=lambda cue: cue.at_s))))
    return tuple(result)


def _side_call(phase: Phase | None) -> list[str]:
    if phase is None or phase.side not in (Side.LEFT, Side.RIGHT):
        return []
    return [cues.SIDE_LEFT if phase.side is Side.LEFT else cues.SIDE_RIGHT]


def _name_call(phase: Phase) -> str | None:
    if phase.kind not in _LEAD_INS or phase.drill is None:
        return None
    if phase.kind is PhaseKind.NEXT_DRILL:
        return cues.next_drill_name(phase.drill.id)
    return cues.drill_name(phase.drill.id)


def _cues(before: Phase | None, phase: Phase, after: Phase | None) -> list[Cue]:
    at_start: list[str] = []
    if before is not None and before.kind is PhaseKind.HOLD:
        at_start.append(cues.RELEASE)
    if before is not None and before.kind is PhaseKind.SET:
        at_start.append(cues.SET_DONE)

    kind = phase.kind
    if kind is PhaseKind.HOLD:
        at_start.append(cues.GO)
        last = phase.rep == phase.reps and phase.reps > 1
        at_start.append(cues.LAST_REP if last else cues.HOLD)
    elif kind is PhaseKind.SET:
        at_start.append(cues.GO)
    elif kind is PhaseKind.SWITCH:
        at_start.append(cues.SWITCH)
    elif kind is PhaseKind.REST:
        at_start.append(cues.REST)
    elif kind is PhaseKind.DONE:
        at_start.append(cues.SESSION_DONE)
    found = [Cue(0.0, name) for name in at_start]

    # Which leg is next: called in the lead-in to a one-legged hold, right after the calls that
    # open the phase (played back to back with them), or a second in when there are none.
    free_from = SPOKEN_CALL_S + 0.5 if found else 0.5
    calls_at = 0.0
    if after is not None and kind is not PhaseKind.HOLD and phase.duration_s:
        calls_at = 0.0 if found else min(1.0, phase.duration_s / 2)
        side = [Cue(calls_at, name) for name in _side_call(after)]
        found += side
        if side:
            free_from = OPENING_CALLS_S if at_start else calls_at + SPOKEN_CALL_S

    # The drill's name in its lead-in ("next: ..." between drills), before the leg, when it
    # still leaves room for the whole 3-2-1 count (so the count never gives way to a name);
    # else the screen says it. A drill whose name has no clip to play (an athlete's own with
    # no speech engine) sounds nothing for it: the cue player leaves it out.
    name = _name_call(phase)
    if name and phase.duration_s:
        name_free_from = max(free_from, calls_at) + NAME_CALL_S
        if phase.duration_s - 3 >= name_free_from:
            found.insert(len(at_start), Cue(calls_at, name))
            free_from = name_free_from

    # A cadence tick for every rep of a paced set but the last, which ends the set.
    if kind is PhaseKind.SET and phase.cadence_s:
        found += [Cue(phase.cadence_s * rep, cues.TICK) for rep in range(1, phase.target_reps)]

    # 3-2-1 on the whole seconds the display shows before a hold or set begins.
    if after is not None and after.kind in _STARTS_WORK and phase.duration_s:
        for seconds_left, name in zip((3, 2, 1), cues.COUNTDOWN):
            at = phase.duration_s - seconds_left
            if at >= free_from:  # not on top of the calls that open the phase
                found.append(Cue(at, name))
    return found
