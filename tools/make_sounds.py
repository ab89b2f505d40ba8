"""Make the cue sounds in resources/sounds/: synthesized beeps and spoken calls.

    .venv/bin/python tools/make_sounds.py            # rewrite resources/sounds/
    .venv/bin/python tools/make_sounds.py --out DIR  # somewhere else (the tests do this)
    .venv/bin/python tools/make_sounds.py --languages de   # the beeps and the German calls

Every file is 16-bit PCM mono WAV at 44.1 kHz, faded in and out so it starts and ends on
silence (no clicks). The standard beeps are sums of a few harmonics, which carry over gym noise
better than a pure sine, peak-normalised to -1 dBFS. The high and the low set (the `cue_set`
setting) play the same rhythm and melody an octave up or down with a denser, soft-clipped sound,
each beep scaled to one loudness (LOUD_LUFS, K-weighted as BS.1770, `loudness`), none over
-1 dBFS. The spoken calls are rendered by espeak-ng at generation time (the app ships them),
then shaped by app/audio/speech.py (resampled to 44.1 kHz, trimmed, gently compressed,
normalised to -1 dBFS), as the names of an athlete's own drills are in the app. The built-in drills' names ("next", then each name) are calls
too: their words are app/core/cue_sounds.py's DRILL_CALLS, the one list the app plays them
from. Only the standard library; the output is the same byte for byte on every run (the calls,
for the same espeak-ng version: recorded in voices.json).

The calls in other languages (LANGUAGES) go in a folder each, under the English file names
(resources/sounds/de/voice_hold.wav), spoken in the language's espeak-ng voice (speech.VOICES)
and recorded in the folder's own voices.json. Their words are CALLS here, as a coach calls them
(the session screen says the same words: tests/audio/test_languages.py reads the catalogues);
a built-in drill's name is the catalogue's ("drills" context, "<id> name": the one translation
of it), or, where that is too long to call, a shorter form made of its words (SHORTER, checked
against the catalogue by `shortens`). A call that would not fit its room (SPOKEN_CALL_S; a name:
NAME_CALL_S after "next") is said faster, by speech.say's rule, and voices.json says so.
A new language: its espeak-ng voice in speech.VOICES, its words in CALLS (and SHORTER for a
name too long to call), its drill names translated in its catalogue, then run this tool; until
its folder is there the app sounds the beeps in its place and says so on Settings' output line.
"""

from __future__ import annotations

import argparse
import array
import json
import math
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ElementTree
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sounds"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from isohold.audio import speech  # noqa: E402  (plain Python)
from isohold.audio.speech import PEAK, RATE, fade, normalise, say  # noqa: E402
from isohold.audio.speech import VOICES as ESPEAK_VOICES  # noqa: E402
from isohold.core.cue_schedule import NAME_CALL_S, SPOKEN_CALL_S  # noqa: E402
from isohold.core.cue_sounds import (CUE_SETS, DRILL_CALLS, GAP_S, NEXT_SOUND,  # noqa: E402
                                     STANDARD, calls_folder, drill_sound, in_set)

CATALOGUES = ROOT / "translations"

ESPEAK_VOICE = speech.VOICE
ESPEAK_SPEED = speech.SPEED_WPM  # words per minute
ESPEAK_PITCH = speech.PITCH
HARMONICS = ((1, 1.0), (2, 0.35), (3, 0.2), (4, 0.08))


@dataclass(frozen=True)
class Note:
    hz: float
    seconds: float
    to_hz: float | None = None  # a glide from hz to to_hz
    gap_s: float = 0.0  # silence after it


# What each beep is for, and how it sounds (the standard set).
STANDARD_BEEPS: dict[str, tuple[Note, ...]] = {
    "beep_count": (Note(880, 0.15),),  # 3-2-1 before a hold or set
    "beep_go": (Note(1760, 0.40),),  # a hold or set starts: higher and longer
    "beep_release": (Note(1320, 0.28, to_hz=660),),  # a hold ends: a falling glide
    "beep_switch": (Note(1319, 0.10, gap_s=0.03), Note(988, 0.10, gap_s=0.03),
                    Note(1319, 0.10)),  # switch legs: a two-tone warble
    "beep_rest": (Note(523, 0.25, gap_s=0.04), Note(392, 0.35)),  # low and falling, calm
    "beep_tick": (Note(2093, 0.06),),  # the cadence of a paced set: short and bright
    "beep_set_done": (Note(784, 0.10, gap_s=0.02), Note(988, 0.10, gap_s=0.02),
                      Note(1175, 0.18)),  # rising
    "beep_session_done": (Note(784, 0.12, gap_s=0.02), Note(988, 0.12, gap_s=0.02),
                          Note(1175, 0.12, gap_s=0.02), Note(1568, 0.45)),
}


@dataclass(frozen=True)
class Timbre:
    """How a louder set's beeps sound: the standard notes moved by `transpose`, these
    harmonics, then driven into a soft clip (tanh) so more of the sound sits near its peak."""

    transpose: float
    harmonics: tuple[tuple[int, float], ...]
    drive: float


# The louder sets for noisy rooms: each beep the standard one's rhythm and melody (so it means
# the same), an octave up or down, with a denser sound; every beep of both sets at the same
# loudness (LOUD_LUFS, measured by `loudness`), none clipped.
TIMBRES: dict[str, Timbre] = {
    # 1.5-4.2 kHz, where ears are keenest and gym noise (bass, voices, clanks) is thinner
    "high": Timbre(2.0, ((1, 1.0), (2, 0.25), (3, 0.3)), drive=4.0),
    # a buzzer: a low note with odd harmonics, driven near to a square wave
    "low": Timbre(0.5, ((1, 1.0), (3, 0.33), (5, 0.2), (7, 0.14), (9, 0.11), (11, 0.09)),
                  drive=6.0),
}
# The loudness of every beep of the louder sets (LUFS-like, see `loudness`): as loud as the
# quietest of them can be at -1 dBFS (the low set's switch warble, -2.45), with a little room.
# The standard beeps measure -6.0 to -3.0 (their peaks at -1 dBFS, their loudness as it falls).
LOUD_LUFS = -2.6


def set_beeps(cue_set: str) -> dict[str, tuple[Note, ...]]:
    """The notes of each beep of a set, by file stem."""
    if cue_set == STANDARD:
        return dict(STANDARD_BEEPS)
    move = TIMBRES[cue_set].transpose
    return {in_set(name, cue_set): tuple(
        Note(note.hz * move, note.seconds, None if note.to_hz is None else note.to_hz * move,
             note.gap_s) for note in notes) for name, notes in STANDARD_BEEPS.items()}


# Every beep file: the standard ones and each louder set's.
BEEPS: dict[str, tuple[Note, ...]] = {name: notes for cue_set in CUE_SETS
                                      for name, notes in set_beeps(cue_set).items()}
SET_OF: dict[str, str] = {name: cue_set for cue_set in CUE_SETS for name in set_beeps(cue_set)}

# The spoken calls (English): file stem -> words.
VOICES: dict[str, str] = {
    "voice_left_leg": "left leg",
    "voice_right_leg": "right leg",
    "voice_switch_legs": "switch legs",
    "voice_hold": "hold",
    "voice_rest": "rest",
    "voice_last_rep": "last rep",
    "voice_three": "three",
    "voice_two": "two",
    "voice_one": "one",
    NEXT_SOUND: "next",
    **{drill_sound(drill_id): words for drill_id, words in DRILL_CALLS.items()},
}


# The calls in the other languages, as a coach calls them in the gym. The session screen's
# words for the same moments agree (its catalogue's "SessionText": Halten, Pause, Beinwechsel,
# "%1, linkes Bein", "als Nächstes: %1"; tests/audio/test_languages.py).
CALLS: dict[str, dict[str, str]] = {
    "de": {
        "voice_left_leg": "linkes Bein",
        "voice_right_leg": "rechtes Bein",
        "voice_switch_legs": "Beinwechsel",
        "voice_hold": "halten",
        "voice_rest": "Pause",
        "voice_last_rep": "letzte Wiederholung",
        "voice_three": "drei",
        "voice_two": "zwei",
        "voice_one": "eins",
        NEXT_SOUND: "als Nächstes",
    },
    "es": {
        "voice_left_leg": "pierna izquierda",
        "voice_right_leg": "pierna derecha",
        "voice_switch_legs": "cambia de pierna",
        "voice_hold": "mantén",
        "voice_rest": "descanso",
        "voice_last_rep": "última repetición",
        "voice_three": "tres",
        "voice_two": "dos",
        "voice_one": "uno",
        NEXT_SOUND: "siguiente",
    },
}
LANGUAGES = ("en", *CALLS)

# Built-in drills whose name in the catalogue is too long to call after "next" (NAME_CALL_S):
# the words called instead, a shortening of the catalogue's name (`shortens`). Every other
# drill is called by the catalogue's name as it stands.
SHORTER: dict[str, dict[str, str]] = {
    "de": {
        "wall-press-straight": "Wadendrücken gestreckt",  # ... an der Wand (gestrecktes Bein)
        "wall-press-bent": "Wadendrücken gebeugt",  # ... an der Wand (gebeugtes Knie)
        "forefoot-jumps": "Sprung in den Vorfußstand",  # Beidbeiniger Sprung in den Vorfußstand
        "downhill-sprints": "Bergab-Sprints",  # Bergab-Sprints und Laufübungen
    },
    "es": {
        "wall-press-straight": "Empuje pierna estirada",  # Empuje de gemelos en la pared (...)
        "wall-press-bent": "Empuje rodilla flexionada",  # Empuje de gemelos en la pared (...)
        "forefoot-jumps": "Salto hasta apoyo en antepié",  # Salto a pies juntos hasta apoyo ...
        "downhill-sprints": "Sprints cuesta abajo",  # Sprints y ejercicios cuesta abajo
    },
}


def _words(text: str) -> list[str]:
    return "".join(char if char.isalnum() or char == "-" else " " for char in text).split()


def shortens(short: str, name: str) -> bool:
    """Whether `short` is `name` with words left out or cut at their end ("gestreckt" of
    "gestrecktes"), the words it keeps in their order: so it says the same drill."""
    theirs = iter(word.casefold() for word in _words(name))
    return all(any(word.startswith(mine) for word in theirs)
               for mine in (word.casefold() for word in _words(short)))


def catalogue_names(language: str, catalogues: Path = CATALOGUES) -> dict[str, str]:
    """The built-in drills' names in `language` (drill id -> name), as its catalogue
    translations/isohold_<language>.ts has them ("drills" context, "<id> name"); a name not
    translated yet is left out."""
    root = ElementTree.parse(catalogues / f"isohold_{language}.ts").getroot()
    names = {}
    for context in root.iter("context"):
        if context.findtext("name") != "drills":
            continue
        for message in context.iter("message"):
            comment = message.findtext("comment") or ""
            translation = message.find("translation")
            if not comment.endswith(" name") or translation is None or \
                    translation.get("type") is not None or not (translation.text or "").strip():
                continue
            names[comment[:-len(" name")]] = translation.text.strip()
    return names


def language_calls(language: str, catalogues: Path = CATALOGUES) -> dict[str, str]:
    """Every call of `language`: file stem -> words (the drills' names too). Raises SystemExit
    for a drill whose name the catalogue does not have or a short form that does not shorten
    it (a drill renamed in the catalogue: say its SHORTER form anew)."""
    if language == "en":
        return dict(VOICES)
    calls = dict(CALLS[language])
    names = catalogue_names(language, catalogues)
    shorter = SHORTER.get(language, {})
    for drill_id in DRILL_CALLS:
        if drill_id not in names:
            raise SystemExit(f"make_sounds: translations/isohold_{language}.ts has no finished "
                             f"name for the drill {drill_id!r} (context drills, "
                             f"'{drill_id} name'): translate it first")
        words = shorter.get(drill_id, names[drill_id])
        if not shortens(words, names[drill_id]):
            raise SystemExit(f"make_sounds: SHORTER[{language!r}][{drill_id!r}] = {words!r} is "
                             f"not a shortening of the catalogue's name {names[drill_id]!r}: "
                             "call it anew from that name")
        calls[drill_sound(drill_id)] = words
    return calls


def beep_frames(notes: tuple[Note, ...]) -> int:
    """How many frames a beep lasts (the tests check the files against this)."""
    return sum(round(note.seconds * RATE) + round(note.gap_s * RATE) for note in notes)


# -- loudness ----------------------------------------------------------------------------------
def _biquad(samples: list[float], b: tuple[float, float, float],
            a: tuple[float, float, float]) -> list[float]:
    b0, b1, b2 = (value / a[0] for value in b)
    a1, a2 = a[1] / a[0], a[2] / a[0]
    out, x1, x2, y1, y2 = [], 0.0, 0.0, 0.0, 0.0
    for x in samples:
        y = b0 * x + b1 * x1 + b2 * x2 - a1 * y1 - a2 * y2
        out.append(y)
        x1, x2, y1, y2 = x, x1, y, y1
    return out


def k_weighted(samples: list[float], rate: int = RATE) -> list[float]:
    """ITU-R BS.1770's K-weighting (a +4 dB shelf above ~1.5 kHz, a high-pass at 38 Hz),
    designed for `rate` as pyloudnorm does (the standard's coefficients are for 48 kHz)."""
    gain, q, hz = 4.0, 1 / math.sqrt(2), 1500.0  # the head's shelf
    big_a = 10 ** (gain / 40)
    w0 = 2 * math.pi * hz / rate
    alpha, cos = math.sin(w0) / (2 * q), math.cos(w0)
    root = 2 * math.sqrt(big_a) * alpha
    shelf_b = (big_a * ((big_a + 1) + (big_a - 1) * cos + root),
               -2 * big_a * ((big_a - 1) + (big_a + 1) * cos),
               big_a * ((big_a + 1) + (big_a - 1) * cos - root))
    shelf_a = ((big_a + 1) - (big_a - 1) * cos + root, 2 * ((big_a - 1) - (big_a + 1) * cos),
               (big_a + 1) - (big_a - 1) * cos - root)
    w0 = 2 * math.pi * 38.0 / rate  # the high-pass
    alpha, cos = math.sin(w0) / (2 * 0.5), math.cos(w0)
    pass_b = ((1 + cos) / 2, -(1 + cos), (1 + cos) / 2)
    pass_a = (1 + alpha, -2 * cos, 1 - alpha)
    return _biquad(_biquad(samples, shelf_b, shelf_a), pass_b, pass_a)


def loudness(samples) -> float:
    """A sound's loudness, LUFS-like: BS.1770's K-weighted mean square over the whole sound,
    -0.691 + 10 log10 (one channel), without the standard's 400 ms gating blocks (a tick
    lasts 60 ms). Samples are 16-bit values or floats in -1..1 (anything with len)."""
    scale = 32768.0 if isinstance(samples, array.array) else 1.0
    weighted = k_weighted([value / scale for value in samples])
    power = sum(value * value for value in weighted) / len(weighted)
    return -0.691 + 10 * math.log10(power) if power > 0 else -math.inf


# -- synthesis ---------------------------------------------------------------------------------
def _tone(note: Note, harmonics=HARMONICS) -> list[float]:
    count = round(note.seconds * RATE)
    end_hz = note.to_hz if note.to_hz is not None else note.hz
    out = []
    phase = 0.0
    for i in range(count):
        hz = note.hz + (end_hz - note.hz) * i / count
        phase += 2 * math.pi * hz / RATE
        out.append(sum(level * math.sin(k * phase) for k, level in harmonics
                       if k * hz < RATE / 2 - 2000))
    return out


def beep(notes: tuple[Note, ...]) -> array.array:
    """A standard beep: the notes' harmonic sums, faded, at -1 dBFS."""
    samples: list[float] = []
    for note in notes:
        tone = _tone(note)
        fade(tone)
        samples += tone + [0.0] * round(note.gap_s * RATE)
    return normalise(samples)


def loud_beep(notes: tuple[Note, ...], timbre: Timbre, target: float = LOUD_LUFS) -> array.array:
    """A louder set's beep: each note's tone driven into a soft clip, faded, then scaled to
    `target` loudness; raises ValueError if that would take it over -1 dBFS."""
    samples: list[float] = []
    squash = math.tanh(timbre.drive)
    for note in notes:
        tone = _tone(note, timbre.harmonics)
        top = max(abs(value) for value in tone)
        tone = [math.tanh(timbre.drive * value / top) / squash for value in tone]
        fade(tone)
        samples += tone + [0.0] * round(note.gap_s * RATE)
    gain = 10 ** ((target - loudness(samples)) / 20)
    if max(abs(value) for value in samples) * gain * 32768 > PEAK:
        raise ValueError(f"{target} LUFS would clip this beep: lower LOUD_LUFS")
    return array.array("h", (round(value * gain * 32768) for value in samples))


# -- spoken calls ------------------------------------------------------------------------------
def espeak_version() -> str | None:
    if speech.engine() is None:
        return None
    result = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    words = result.stdout.split()
    return words[words.index("text-to-speech:") + 1] if "text-to-speech:" in words else \
        result.stdout.strip()


def speak(text: str, workdir: Path, voice: str = ESPEAK_VOICE,
          longest_s: float | None = None) -> tuple[array.array, int]:
    """`text` said as a call in `voice` (faster where it would not fit `longest_s`), and the
    words a minute it was said at."""
    return say(text, workdir, longest_s, voice)


def make_calls(out: Path, language: str, stems: set[str] | None = None) -> list[Path]:
    """Write the calls of `language` (only `stems`, if given) and their voices.json into `out`
    (the language's folder)."""
    version = espeak_version()
    if version is None:
        raise SystemExit("make_sounds: espeak-ng is not installed (apt-get install espeak-ng); "
                         "the spoken calls need it. --no-voices makes the beeps alone.")
    voice = ESPEAK_VOICES[language]
    calls = language_calls(language)
    out.mkdir(parents=True, exist_ok=True)
    written, faster = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        said_next, _ = speak(calls[NEXT_SOUND], Path(tmp), voice, SPOKEN_CALL_S)
        name_room = NAME_CALL_S - GAP_S - len(said_next) / RATE
        for name, text in calls.items():
            if stems is not None and name not in stems:
                continue
            room = name_room if name.startswith("voice_drill_") else SPOKEN_CALL_S
            samples, speed = speak(text, Path(tmp), voice, room)
            if speed != ESPEAK_SPEED:
                faster[name] = speed
            write_wav(out / f"{name}.wav", samples)
            written.append(out / f"{name}.wav")
    about = {"espeak_ng": version, "language": language, "voice": voice,
             "speed_wpm": ESPEAK_SPEED, "pitch": ESPEAK_PITCH,
             "calls": {name: text for name, text in calls.items()
                       if stems is None or name in stems}}
    if faster:
        about["faster_wpm"] = faster  # said faster to fit their room
    (out / "voices.json").write_text(json.dumps(about, indent=2, ensure_ascii=False) + "\n",
                                     encoding="utf-8")
    return written


# -- files -------------------------------------------------------------------------------------
def write_wav(path: Path, samples: array.array) -> None:
    path.write_bytes(speech.wav_bytes(samples))


def make(out: Path, voices: bool = True, languages: tuple[str, ...] = LANGUAGES) -> list[Path]:
    """Write every sound into `out`; the calls of `languages` too when `voices` (English's at
    the top, the others' in a folder each). Raises SystemExit without espeak-ng."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in BEEPS.items():
        cue_set = SET_OF[name]
        made = beep(notes) if cue_set == STANDARD else loud_beep(notes, TIMBRES[cue_set])
        write_wav(out / f"{name}.wav", made)
        written.append(out / f"{name}.wav")
    if not voices:
        return written
    for language in languages:
        folder = calls_folder(language)
        written += make_calls(out / folder if folder else out, language)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: %(default)s)")
    parser.add_argument("--no-voices", action="store_true", help="only the beeps")
    parser.add_argument("--languages", nargs="+", choices=LANGUAGES, default=LANGUAGES,
                        help="whose calls to make (default: all)")
    args = parser.parse_args(argv)
    written = make(args.out, voices=not args.no_voices, languages=tuple(args.languages))
    total = sum(path.stat().st_size for path in written)
    print(f"make_sounds: {len(written)} files, {total / 1024:.0f} KiB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
