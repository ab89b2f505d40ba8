"""Which sounds a cue plays, for each sound mode (the `sound_mode` setting).

A cue is a name from `isohold.core.cues`; a sound is the stem of a WAV in resources/sounds/ (made by
tools/make_sounds.py). Cues that fall due together (say `go` and `hold` as a hold starts) are
played as one clip, their sounds back to back in the order the cues came, so a beep and a
spoken call never talk over each other.

The built-in drills have their names spoken ("next: drop and block jumps"), from clips made
ahead like the other calls; `DRILL_CALLS` says which drills and in what words. A drill without
a clip (an athlete's own) gets no name cue: its lead-in sounds its beeps as before.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from isohold.core import cues

VOICE_AND_BEEPS = "voice_and_beeps"
BEEPS = "beeps"
SILENT = "silent"
MODES = (VOICE_AND_BEEPS, BEEPS, SILENT)

GAP_S = 0.03  # silence between two sounds of one clip

# The built-in drills' names as spoken (drills.json's id -> words): short enough to hear at a
# glance, close enough to the name on the screen to know it. tools/make_sounds.py makes a clip
# of each, and one of "next".
DRILL_CALLS: dict[str, str] = {
    "wall-press-straight": "straight leg wall press",
    "wall-press-bent": "bent knee wall press",
    "sprinter-press": "sprinter press",
    "forefoot-jumps": "forefoot hold jumps",
    "downhill-sprints": "downhill sprints",
    "drop-jumps": "drop and block jumps",
}
NEXT_SOUND = "voice_next"


def drill_sound(drill_id: str) -> str:
    """The stem of the clip that says this drill's name."""
    return "voice_drill_" + drill_id.replace("-", "_")


def has_call(drill_id: str) -> bool:
    """Whether this drill's name can be spoken (a built-in drill with its clip)."""
    return drill_id in DRILL_CALLS

_BEEPS: dict[str, tuple[str, ...]] = {
    cues.COUNTDOWN[0]: ("beep_count",),
    cues.COUNTDOWN[1]: ("beep_count",),
    cues.COUNTDOWN[2]: ("beep_count",),
    cues.GO: ("beep_go",),
    cues.HOLD: (),  # the go beep says it
    cues.LAST_REP: (),
    cues.RELEASE: ("beep_release",),
    cues.SWITCH: ("beep_switch",),
    cues.SIDE_LEFT: (),  # no beep can say which leg: the screen shows it
    cues.SIDE_RIGHT: (),
    cues.REST: ("beep_rest",),
    cues.TICK: ("beep_tick",),
    cues.SET_DONE: ("beep_set_done",),
    cues.SESSION_DONE: ("beep_session_done",),
}

_VOICE_AND_BEEPS: dict[str, tuple[str, ...]] = {
    **_BEEPS,
    cues.COUNTDOWN[0]: ("beep_count", "voice_three"),
    cues.COUNTDOWN[1]: ("beep_count", "voice_two"),
    cues.COUNTDOWN[2]: ("beep_count", "voice_one"),
    cues.HOLD: ("voice_hold",),
    cues.LAST_REP: ("voice_last_rep",),
    cues.SWITCH: ("voice_switch_legs",),  # the call says it; a warble too would crowd it
    cues.SIDE_LEFT: ("voice_left_leg",),
    cues.SIDE_RIGHT: ("voice_right_leg",),
    cues.REST: ("beep_rest", "voice_rest"),
}

SOUNDS: dict[str, dict[str, tuple[str, ...]]] = {
    VOICE_AND_BEEPS: _VOICE_AND_BEEPS,
    BEEPS: _BEEPS,
    SILENT: {name: () for name in cues.ALL},
}


def sounds_for(cue: str, mode: str) -> tuple[str, ...]:
    """The sounds `cue` plays in `mode`, in order; raises KeyError for an unknown name."""
    if mode not in SOUNDS:
        raise KeyError(f"no sound mode {mode!r}; expected one of {', '.join(MODES)}")
    drill_id = cues.named_drill(cue)
    if drill_id is not None:  # a drill's name: spoken only, and only when it has a clip
        if mode != VOICE_AND_BEEPS or not has_call(drill_id):
            return ()
        name = (drill_sound(drill_id),)
        return (NEXT_SOUND, *name) if cue.startswith(cues.NEXT_DRILL_NAME) else name
    if cue not in SOUNDS[mode]:
        raise KeyError(f"no cue named {cue!r}")
    return SOUNDS[mode][cue]


def clip_for(cue_names: Iterable[str], mode: str,
             playable: Container[str] | None = None) -> tuple[str, ...]:
    """The sounds of cues that fall due together, back to back in the order given.

    With `playable` (the sounds that can be played), a sound that cannot is left out, and a
    cue whose spoken call cannot be played sounds its beeps instead, as in the beeps mode.
    """
    if playable is None:
        return tuple(sound for cue in cue_names for sound in sounds_for(cue, mode))
    return tuple(sound for cue in cue_names for sound in _playable(cue, mode, playable))


def _playable(cue: str, mode: str, playable: Container[str]) -> tuple[str, ...]:
    sounds = sounds_for(cue, mode)
    if cues.named_drill(cue) is not None:  # "next" without the name says nothing: whole or none
        return sounds if all(sound in playable for sound in sounds) else ()
    kept = tuple(sound for sound in sounds if sound in playable)
    beeps = sounds_for(cue, BEEPS)
    if all(sound in kept or sound in beeps for sound in sounds):  # no call was lost
        return kept
    return tuple(dict.fromkeys(sound for sound in beeps + kept if sound in playable))


def every_sound() -> set[str]:
    """Every sound any cue plays in any mode: the files the sound bank must find."""
    named = {NEXT_SOUND} | {drill_sound(drill_id) for drill_id in DRILL_CALLS}
    return named | {sound for table in SOUNDS.values() for names in table.values()
                    for sound in names}
