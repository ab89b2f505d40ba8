"""Make the cue sounds in resources/sounds/: synthesized beeps and spoken calls.

    .venv/bin/python tools/make_sounds.py            # rewrite resources/sounds/
    .venv/bin/python tools/make_sounds.py --out DIR  # somewhere else (the tests do this)

Every file is 16-bit PCM mono WAV at 44.1 kHz, peak-normalised to -1 dBFS, faded in and out so
it starts and ends on silence (no clicks). The beeps are sums of a few harmonics, which carry
over gym noise better than a pure sine. The spoken calls are rendered by espeak-ng at
generation time (the app needs no speech engine), resampled to 44.1 kHz, trimmed, gently
compressed and normalised here. The built-in drills' names ("next", then each name) are calls
too: their words are app/core/cue_sounds.py's DRILL_CALLS, the one list the app plays them
from. Only the standard library; the output is the same byte for byte on every run (the calls,
for the same espeak-ng version: recorded in voices.json).
"""

from __future__ import annotations

import argparse
import array
import json
import math
import shutil
import subprocess
import sys
import tempfile
import wave
from dataclasses import dataclass
from pathlib import Path

RATE = 44100
PEAK_DBFS = -1.0
PEAK = round(32767 * 10 ** (PEAK_DBFS / 20))  # 29204
FADE_IN_S = 0.005
FADE_OUT_S = 0.02
HARMONICS = ((1, 1.0), (2, 0.35), (3, 0.2), (4, 0.08))
ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "resources" / "sounds"
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from isohold.core.cue_sounds import DRILL_CALLS, NEXT_SOUND, drill_sound  # noqa: E402  (plain Python)

ESPEAK_VOICE = "en-us"
ESPEAK_SPEED = 165  # words per minute
ESPEAK_PITCH = 40
VOICE_DRIVE = 2.5  # soft compression of the calls: louder over noise at the same peak


@dataclass(frozen=True)
class Note:
    hz: float
    seconds: float
    to_hz: float | None = None  # a glide from hz to to_hz
    gap_s: float = 0.0  # silence after it


# What each beep is for, and how it sounds.
BEEPS: dict[str, tuple[Note, ...]] = {
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

# The spoken calls: file stem -> words.
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


def beep_frames(notes: tuple[Note, ...]) -> int:
    """How many frames a beep lasts (the tests check the files against this)."""
    return sum(round(note.seconds * RATE) + round(note.gap_s * RATE) for note in notes)


# -- synthesis ---------------------------------------------------------------------------------
def _tone(note: Note) -> list[float]:
    count = round(note.seconds * RATE)
    end_hz = note.to_hz if note.to_hz is not None else note.hz
    out = []
    phase = 0.0
    for i in range(count):
        hz = note.hz + (end_hz - note.hz) * i / count
        phase += 2 * math.pi * hz / RATE
        out.append(sum(level * math.sin(k * phase) for k, level in HARMONICS
                       if k * hz < RATE / 2 - 2000))
    _fade(out, FADE_IN_S, FADE_OUT_S)
    return out + [0.0] * round(note.gap_s * RATE)


def _fade(samples: list[float], in_s: float, out_s: float) -> None:
    """Raised-cosine fades in place: the sound starts and ends at zero."""
    n_in = min(len(samples) // 2, max(1, round(in_s * RATE)))
    n_out = min(len(samples) // 2, max(1, round(out_s * RATE)))
    for i in range(n_in):
        samples[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    last = len(samples) - 1
    for i in range(n_out):
        samples[last - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)


def normalise(samples: list[float]) -> array.array:
    """16-bit samples whose loudest is exactly PEAK (-1 dBFS)."""
    top = max(abs(value) for value in samples)
    if top == 0:
        raise ValueError("a silent sound")
    scale = PEAK / top
    return array.array("h", (round(value * scale) for value in samples))


def beep(notes: tuple[Note, ...]) -> array.array:
    samples: list[float] = []
    for note in notes:
        samples += _tone(note)
    return normalise(samples)


# -- spoken calls ------------------------------------------------------------------------------
def espeak_version() -> str | None:
    if shutil.which("espeak-ng") is None:
        return None
    result = subprocess.run(["espeak-ng", "--version"], capture_output=True, text=True)
    words = result.stdout.split()
    return words[words.index("text-to-speech:") + 1] if "text-to-speech:" in words else \
        result.stdout.strip()


def _read_wav(path: Path) -> tuple[array.array, int]:
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != 2 or source.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono from espeak-ng")
        samples = array.array("h")
        samples.frombytes(source.readframes(source.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        return samples, source.getframerate()


def resample(samples: list[float], rate: int, to_rate: int = RATE) -> list[float]:
    """Linear interpolation on exact integer positions: deterministic everywhere."""
    if rate == to_rate:
        return list(samples)
    count = len(samples) * to_rate // rate
    out = []
    last = len(samples) - 1
    for j in range(count):
        i, rest = divmod(j * rate, to_rate)
        frac = rest / to_rate
        nxt = samples[i + 1] if i < last else 0.0
        out.append(samples[i] + (nxt - samples[i]) * frac)
    return out


def _trim(samples: list[float], threshold: float = 0.02) -> list[float]:
    """Cut the silence espeak-ng leaves around a call (keeping a few ms of margin)."""
    top = max(abs(value) for value in samples)
    loud = [i for i, value in enumerate(samples) if abs(value) > threshold * top]
    start = max(0, loud[0] - round(0.005 * RATE))
    end = min(len(samples), loud[-1] + round(0.03 * RATE))
    return samples[start:end]


def speak(text: str, workdir: Path) -> array.array:
    raw = workdir / "speech.wav"
    subprocess.run(["espeak-ng", "-v", ESPEAK_VOICE, "-s", str(ESPEAK_SPEED), "-p",
                    str(ESPEAK_PITCH), "-a", "200", "-w", str(raw), text], check=True)
    samples, rate = _read_wav(raw)
    floats = resample([value / 32768 for value in samples], rate)
    floats = _trim(floats)
    top = max(abs(value) for value in floats)
    squash = math.tanh(VOICE_DRIVE)
    floats = [math.tanh(VOICE_DRIVE * value / top) / squash for value in floats]
    _fade(floats, FADE_IN_S, FADE_OUT_S)
    return normalise(floats)


# -- files -------------------------------------------------------------------------------------
def write_wav(path: Path, samples: array.array) -> None:
    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    with wave.open(str(path), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())


def make(out: Path, voices: bool = True) -> list[Path]:
    """Write every sound into `out`; the calls too when `voices` and espeak-ng is there."""
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, notes in BEEPS.items():
        write_wav(out / f"{name}.wav", beep(notes))
        written.append(out / f"{name}.wav")
    version = espeak_version()
    if not voices:
        return written
    if version is None:
        raise SystemExit("make_sounds: espeak-ng is not installed (apt-get install espeak-ng); "
                         "the spoken calls need it. --no-voices makes the beeps alone.")
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in VOICES.items():
            write_wav(out / f"{name}.wav", speak(text, Path(tmp)))
            written.append(out / f"{name}.wav")
    about = {"espeak_ng": version, "voice": ESPEAK_VOICE, "speed_wpm": ESPEAK_SPEED,
             "pitch": ESPEAK_PITCH, "calls": VOICES}
    (out / "voices.json").write_text(json.dumps(about, indent=2) + "\n", encoding="utf-8")
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=OUT, help="folder to write (default: %(default)s)")
    parser.add_argument("--no-voices", action="store_true", help="only the beeps")
    args = parser.parse_args(argv)
    written = make(args.out, voices=not args.no_voices)
    total = sum(path.stat().st_size for path in written)
    print(f"make_sounds: {len(written)} files, {total / 1024:.0f} KiB in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
