"""Spoken calls from espeak-ng: how a call is shaped, and a cache of the names it has spoken.

The shipped calls (tools/make_sounds.py) and the names of an athlete's own drills, spoken when
a session starts, go through the same `shape`: espeak-ng's 22.05 kHz speech resampled to
44.1 kHz, its silence trimmed, gently compressed (louder over noise at the same peak), faded
in and out and peak-normalised to -1 dBFS. Plain Python, no Qt: the player runs `SpeechCache.
speak` on a worker thread (app/audio/names.py).

Each language speaks with its own espeak-ng voice (`VOICES`: English en-us, German de, Spanish
es): the shipped calls of a language are made in it, and an athlete's own drill names are
spoken in the voice of the language in use. `say` is the one rule for a call that must fit its
room: said at SPEED_WPM, and faster (up to FASTEST_WPM) when it would not fit.

The cache is a folder of WAVs (`cache_dir()`: platformdirs' user cache, `ISOHOLD_CACHE_DIR`
overrides), one per text and voice: the file's name is a hash of the words, the voice, the
speed, the pitch and this module's shaping version, so a name spoken once is never spoken
again, and a change of any of them makes a new file. A file is written beside and put in place
whole. No engine on PATH, an engine that fails, or a name too long to say in its lead-in raise
`SpeechFailed` saying why, in words.
"""

from __future__ import annotations

import array
import hashlib
import math
import os
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

import platformdirs

RATE = 44100
PEAK_DBFS = -1.0
PEAK = round(32767 * 10 ** (PEAK_DBFS / 20))  # 29204
FADE_IN_S = 0.005
FADE_OUT_S = 0.02

ENGINE = "espeak-ng"
# The espeak-ng voice of each language that has spoken calls (resources/sounds/, made by
# tools/make_sounds.py, which records it in each folder's voices.json).
VOICES = {"en": "en-us", "de": "de", "es": "es"}
VOICE = VOICES["en"]  # the voice when none is named
SPEED_WPM = 165
FASTEST_WPM = 260  # a long name is said faster, up to this, to fit its lead-in
PITCH = 40
DRIVE = 2.5  # soft compression of the calls
SHAPING = 1  # raise when `shape` changes: the cached names are made again
TIMEOUT_S = 10.0


class SpeechFailed(Exception):
    """A name could not be spoken: the message says why, in words."""


def cache_dir() -> Path:
    """Where spoken names are kept: ISOHOLD_CACHE_DIR, or the user cache folder's speech/."""
    override = os.environ.get("ISOHOLD_CACHE_DIR")
    base = Path(override) if override else Path(platformdirs.user_cache_dir("isohold", False))
    return base / "speech"


def engine() -> str | None:
    """The speech engine's path, or None when espeak-ng is not on PATH."""
    return shutil.which(ENGINE)


# -- shaping -----------------------------------------------------------------------------------
def fade(samples: list[float], in_s: float = FADE_IN_S, out_s: float = FADE_OUT_S) -> None:
    """Raised-cosine fades in place: the sound starts and ends at zero."""
    n_in = min(len(samples) // 2, max(1, round(in_s * RATE)))
    n_out = min(len(samples) // 2, max(1, round(out_s * RATE)))
    for i in range(n_in):
        samples[i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_in)
    last = len(samples) - 1
    for i in range(n_out):
        samples[last - i] *= 0.5 - 0.5 * math.cos(math.pi * i / n_out)


def normalise(samples: list[float], peak: int = PEAK) -> array.array:
    """16-bit samples whose loudest is exactly `peak` (-1 dBFS by default)."""
    top = max(abs(value) for value in samples)
    if top == 0:
        raise ValueError("a silent sound")
    scale = peak / top
    return array.array("h", (round(value * scale) for value in samples))


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


def trim(samples: list[float], threshold: float = 0.02) -> list[float]:
    """Cut the silence espeak-ng leaves around a call (keeping a few ms of margin)."""
    top = max(abs(value) for value in samples)
    loud = [i for i, value in enumerate(samples) if abs(value) > threshold * top]
    start = max(0, loud[0] - round(0.005 * RATE))
    end = min(len(samples), loud[-1] + round(0.03 * RATE))
    return samples[start:end]


def shape(samples: array.array, rate: int) -> array.array:
    """espeak-ng's 16-bit samples at `rate` as a call: 44.1 kHz, trimmed, compressed, faded,
    at -1 dBFS. Raises ValueError for silence."""
    floats = resample([value / 32768 for value in samples], rate)
    if not floats or not any(floats):
        raise ValueError("a silent sound")
    floats = trim(floats)
    top = max(abs(value) for value in floats)
    squash = math.tanh(DRIVE)
    floats = [math.tanh(DRIVE * value / top) / squash for value in floats]
    fade(floats)
    return normalise(floats)


# -- files -------------------------------------------------------------------------------------
def read_wav(path: Path) -> tuple[array.array, int]:
    """16-bit mono samples and their rate."""
    with wave.open(str(path), "rb") as source:
        if source.getsampwidth() != 2 or source.getnchannels() != 1:
            raise ValueError(f"{path}: expected 16-bit mono")
        samples = array.array("h")
        samples.frombytes(source.readframes(source.getnframes()))
        if sys.byteorder == "big":
            samples.byteswap()
        return samples, source.getframerate()


def wav_bytes(samples: array.array) -> bytes:
    """A 16-bit mono 44.1 kHz WAV file's bytes."""
    import io

    data = array.array("h", samples)
    if sys.byteorder == "big":
        data.byteswap()
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(data.tobytes())
    return buffer.getvalue()


def run_engine(text: str, out: Path, speed_wpm: int = SPEED_WPM, program: str | None = None,
               timeout_s: float = TIMEOUT_S, voice: str | None = None) -> None:
    """espeak-ng says `text` into the WAV `out` in `voice` (VOICE by default); raises
    SpeechFailed saying why not."""
    program = program or engine()
    if program is None:
        raise SpeechFailed(f"no speech engine ({ENGINE} is not on PATH)")
    command = [program, "-v", voice or VOICE, "-s", str(speed_wpm), "-p", str(PITCH), "-a", "200",
               "-w", str(out), "--", text]
    try:
        done = subprocess.run(command, capture_output=True, timeout=timeout_s)
    except subprocess.TimeoutExpired:
        raise SpeechFailed(f"{ENGINE} took over {timeout_s:g} s") from None
    except OSError as error:
        raise SpeechFailed(f"{ENGINE} could not be run ({error.strerror or error})") from None
    if done.returncode != 0:
        said = done.stderr.decode("utf-8", "replace").strip().splitlines()
        raise SpeechFailed(f"{ENGINE} failed (exit {done.returncode}"
                           f"{': ' + said[-1] if said else ''})")


def say(text: str, workdir: Path, longest_s: float | None = None, voice: str | None = None,
        program: str | None = None) -> tuple[array.array, int]:
    """`text` spoken and shaped as a call, and the words a minute it was said at: SPEED_WPM,
    or faster where that would not fit in `longest_s` (up to FASTEST_WPM). Raises SpeechFailed
    (no engine, the engine failed, no usable sound, too long even at FASTEST_WPM)."""
    raw = Path(workdir) / "speech.wav"
    speed = SPEED_WPM
    while True:
        run_engine(text, raw, speed, program, voice=voice)
        try:
            samples = shape(*read_wav(raw))
        except (OSError, EOFError, ValueError, wave.Error) as error:
            raise SpeechFailed(f"{ENGINE} gave no usable sound ({error})") from None
        seconds = len(samples) / RATE
        if longest_s is None or seconds <= longest_s:
            return samples, speed
        if speed >= FASTEST_WPM:
            raise SpeechFailed(f"the name takes {seconds:.1f} s to say even at "
                               f"{speed} words a minute; its lead-in has room for "
                               f"{longest_s:.1f} s")
        speed = min(FASTEST_WPM, round(speed * seconds / longest_s) + 5)


# -- the cache ---------------------------------------------------------------------------------
class SpeechCache:
    """Names spoken once in `voice` (VOICE by default), kept as WAVs in `folder`
    (`cache_dir()` by default)."""

    def __init__(self, folder: Path | None = None, voice: str | None = None) -> None:
        self.folder = Path(folder) if folder is not None else cache_dir()
        self.voice = voice

    def file_for(self, text: str) -> Path:
        """Where the clip of `text` in this voice is (or will be) kept."""
        key = "\n".join((ENGINE, self.voice or VOICE, str(SPEED_WPM), str(PITCH), str(SHAPING),
                         " ".join(text.split())))
        return self.folder / f"{hashlib.sha256(key.encode('utf-8')).hexdigest()[:24]}.wav"

    def cached(self, text: str) -> Path | None:
        file = self.file_for(text)
        return file if file.is_file() else None

    def speak(self, text: str, longest_s: float | None = None) -> Path:
        """The clip of `text`: from the cache, or spoken now and kept. Raises SpeechFailed
        (no engine, the engine failed, a name that cannot be said within `longest_s`)."""
        words = " ".join(text.split())
        if not words:
            raise SpeechFailed("the name is empty")
        found = self.cached(words)
        if found is not None:
            return found
        program = engine()
        if program is None:
            raise SpeechFailed(f"no speech engine ({ENGINE} is not on PATH)")
        with tempfile.TemporaryDirectory(prefix="isohold-speech-") as work:
            samples, _speed = say(words, Path(work), longest_s, self.voice, program)
        return self._keep(words, samples)

    def _keep(self, words: str, samples: array.array) -> Path:
        from isohold.core.files import write_atomically

        file = self.file_for(words)
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(file, wav_bytes(samples), prefix="")
        except OSError as error:
            raise SpeechFailed(f"the clip could not be kept in {file.parent} "
                               f"({error.strerror or error})") from None
        return file
