"""Which sounds a cue plays, for each sound mode (the `sound_mode` setting).

A cue is a name from `isohold.core.cues`; a sound is the stem of a WAV in resources/sounds/ (made by
tools/make_sounds.py). Cues that fall due together (say `go` and `hold` as a hold starts) are
played as one clip, their sounds back to back in the order the cues came, so a beep and a
spoken call never talk over each other.

The beeps come in sets (the `cue_set` setting): the standard set, and a high and a low set
made louder for noisy rooms (loudness-matched to each other, tools/make_sounds.py). A set's beep
is the standard beep's stem with the set's name after it (`beep_go_high`); where a set's file
cannot be played the standard beep sounds instead (`clip_for`). The spoken calls are the same
in every set.

The drills have their names spoken ("next: drop and block jumps"): the built-in ones from clips
made ahead like the other calls (`DRILL_CALLS` says which drills and in what words), an
athlete's own from a clip the speech engine makes when the session starts (app/audio/speech.py).
A drill whose clip cannot be played gets no name: its lead-in sounds its beeps as before.

The calls are spoken in the athlete's language: English's at the top of resources/sounds/,
every other language's in a folder of its own under the same names (`calls_folder`:
resources/sounds/de/voice_hold.wav says "halten"). The beeps are the same in every language. A
call missing in the language sounds its beeps (`clip_for`), never another language's voice.
"""

from __future__ import annotations

from collections.abc import Container, Iterable

from isohold.core import cues

VOICE_AND_BEEPS = "voice_and_beeps"
BEEPS = "beeps"
SILENT = "silent"
MODES = (VOICE_AND_BEEPS, BEEPS, SILENT)

GAP_S = 0.03  # silence between two sounds of one clip

STANDARD = "standard"
HIGH = "high"  # an octave above the standard beeps, louder: cuts through low gym noise
LOW = "low"  # an octave below, buzzing, louder: distinct from music's highs
CUE_SETS = (STANDARD, HIGH, LOW)

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


def calls_folder(language: str) -> str:
    """The folder of a language's spoken calls under resources/sounds/: "" for English (at the
    top; the pseudo-language's words are English too), else the language's code ("de")."""
    return "" if language in ("en", "pseudo") else language


def is_call(sound: str) -> bool:
    """Whether a sound is a spoken call (in a language's words), not a beep."""
    return sound.startswith("voice_")


def drill_sound(drill_id: str) -> str:
    """The stem of the clip that says this drill's name."""
    return "voice_drill_" + drill_id.replace("-", "_")


def has_call(drill_id: str) -> bool:
    """Whether this drill's name is spoken from a shipped clip (a built-in drill)."""
    return drill_id in DRILL_CALLS


def in_set(sound: str, cue_set: str) -> str:
    """The stem of `sound` in a beep set: `beep_go` -> `beep_go_high`; calls are in every set."""
    if cue_set not in CUE_SETS:
        raise KeyError(f"no beep set {cue_set!r}; expected one of {', '.join(CUE_SETS)}")
    if cue_set == STANDARD or not sound.startswith("beep_"):
        return sound
    return f"{sound}_{cue_set}"

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
    if drill_id is not None:  # a drill's name: spoken only (`clip_for` leaves out a lost clip)
        if mode != VOICE_AND_BEEPS:
            return ()
        name = (drill_sound(drill_id),)
        return (NEXT_SOUND, *name) if cue.startswith(cues.NEXT_DRILL_NAME) else name
    if cue not in SOUNDS[mode]:
        raise KeyError(f"no cue named {cue!r}")
    return SOUNDS[mode][cue]


def clip_for(cue_names: Iterable[str], mode: str, playable: Container[str] | None = None,
             cue_set: str = STANDARD) -> tuple[str, ...]:
    """The sounds of cues that fall due together, back to back in the order given, with the
    beeps of `cue_set`.

    With `playable` (the sounds that can be played), a sound that cannot is left out, a beep
    whose file in `cue_set` cannot be played is the standard one, and a cue whose spoken call
    cannot be played sounds its beeps instead, as in the beeps mode. A drill's name is whole or
    left out ("next" alone says nothing).
    """
    def pick(sound: str) -> str:
        variant = in_set(sound, cue_set)
        return variant if playable is None or variant in playable else sound

    if playable is None:
        return tuple(pick(sound) for cue in cue_names for sound in sounds_for(cue, mode))
    either = _Picked(playable, pick)
    return tuple(pick(sound) for cue in cue_names for sound in _playable(cue, mode, either))


class _Picked:
    """The sounds that can be played as picked from a set (a set's beep or its stand-in)."""

    def __init__(self, playable: Container[str], pick) -> None:
        self.playable, self.pick = playable, pick

    def __contains__(self, sound: object) -> bool:
        return isinstance(sound, str) and self.pick(sound) in self.playable


def _playable(cue: str, mode: str, playable: Container[str]) -> tuple[str, ...]:
    sounds = sounds_for(cue, mode)
    if cues.named_drill(cue) is not None:  # "next" without the name says nothing: whole or none
        return sounds if all(sound in playable for sound in sounds) else ()
    kept = tuple(sound for sound in sounds if sound in playable)
    beeps = sounds_for(cue, BEEPS)
    if all(sound in kept or sound in beeps for sound in sounds):  # no call was lost
        return kept
    return tuple(dict.fromkeys(sound for sound in beeps + kept if sound in playable))


def standard_sounds() -> set[str]:
    """Every sound any cue plays in any mode with the standard beeps and the built-in drills."""
    named = {NEXT_SOUND} | {drill_sound(drill_id) for drill_id in DRILL_CALLS}
    return named | {sound for table in SOUNDS.values() for names in table.values()
                    for sound in names}


def call_sounds() -> set[str]:
    """The spoken calls: the files each language's folder holds."""
    return {sound for sound in standard_sounds() if is_call(sound)}


def every_sound() -> set[str]:
    """Every shipped sound, every beep set's too: the files the sound bank must find."""
    standard = standard_sounds()
    return {in_set(sound, cue_set) for sound in standard for cue_set in CUE_SETS}
