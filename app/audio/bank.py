"""Every cue sound, read and decoded once at start-up: 16-bit mono samples by name.

Loading never raises: a sound whose file is missing, unreadable, too big or not a 16-bit mono
44.1 kHz WAV is left out of `samples` and recorded in `problems` (the file and what is wrong,
in words); the cues that use it play without it (see `cue_sounds.clip_for`), or, for a beep of
the high or low set, with the standard beep. Sounds made while the app runs (an athlete's own
drill's name, spoken by app/audio/speech.py) join the bank with `add`.

A bank is in one language: its spoken calls are read from that language's folder
(resources/sounds/de/ for German, `cue_sounds.calls_folder`), its beeps from resources/sounds/.
A call missing there is a problem like any other (its cue sounds its beeps); a language with
no calls at all (no folder: a catalogue a volunteer has just begun) loads no call and says so
in `no_calls`, and every cue sounds its beeps.
"""

from __future__ import annotations

import array
import io
import os
import stat
import sys
import wave
from pathlib import Path
from typing import NamedTuple

from isohold import assets
from isohold.core.cue_sounds import CUE_SETS, GAP_S, calls_folder, every_sound, is_call

RATE = 44100
MAX_BYTES = 1 << 20  # a cue lasts a second or two; 1 MiB is ~12 s of 16-bit mono 44.1 kHz


class SoundProblem(NamedTuple):
    """A sound that cannot be played: its name, its file as shown to people, what is wrong."""

    name: str
    file: str
    what: str  # "missing", "damaged (truncated: 0.10 s of 0.60 s)", ...

    @property
    def stands_in(self) -> bool:
        """Whether another sound plays in its place (a set's beep: the standard one)."""
        return self.name.startswith("beep_") and self.name.rpartition("_")[2] in CUE_SETS

    @property
    def message(self) -> str:
        left_out = ("that call is left out, the beeps still sound" if self.name.startswith("voice_")
                    else "the standard beep plays instead" if self.stands_in
                    else "that beep is silent")
        return f"the file {self.file} is {self.what}; {left_out}"


class SoundBank:
    """The shipped WAVs (or those of `folder`, laid out as resources/sounds/), decoded, the
    calls in `language`: `samples[name]` is an array('h').

    Only the sounds that can be played are in `samples` and `files`; the others are in
    `problems`, one each, but for a language with no calls at all: then `no_calls` names the
    folder that is not there, and no call is loaded.
    """

    def __init__(self, folder: Path | None = None, names: set[str] | None = None,
                 language: str = "en") -> None:
        self.samples: dict[str, array.array] = {}
        self.files: dict[str, Path] = {}
        self.problems: list[SoundProblem] = []
        self.language = language
        self.no_calls = ""  # the folder of the language's calls, when there is none
        wanted = sorted(names if names is not None else every_sound())
        under = calls_folder(language)
        located = {name: self._locate(folder, f"{under}/{name}" if under and is_call(name)
                                      else name) for name in wanted}
        calls = [name for name in wanted if is_call(name)]
        if under and calls and all(located[name][0] is None for name in calls):
            self.no_calls = f"resources/sounds/{under}/" if folder is None else \
                str(Path(folder) / under) + "/"
            wanted = [name for name in wanted if not is_call(name)]
        for name in wanted:
            path, shown = located[name]
            if path is None:
                self.problems.append(SoundProblem(name, shown, "missing"))
                continue
            try:
                self.samples[name] = _read(path)
            except BadSound as error:
                self.problems.append(SoundProblem(name, shown, str(error)))
                continue
            except Exception as error:  # whatever else a file can do must not stop the app
                self.problems.append(SoundProblem(name, shown, f"unreadable ({type(error).__name__}"
                                                               f": {error})"))
                continue
            self.files[name] = path
        self.gap = array.array("h", bytes(2 * round(GAP_S * RATE)))

    @staticmethod
    def _locate(folder: Path | None, stem: str) -> tuple[Path | None, str]:
        """Where the sound `stem` ("voice_hold", "de/voice_hold") is, or None when it is not
        there, and its file as shown to people."""
        if folder is not None:
            path = Path(folder).joinpath(*f"{stem}.wav".split("/"))
            return (path if path.exists() or path.is_symlink() else None), str(path)
        try:
            return assets.path(f"sounds/{stem}.wav"), f"resources/sounds/{stem}.wav"
        except FileNotFoundError:
            return None, f"resources/sounds/{stem}.wav"

    @property
    def unheard(self) -> list[SoundProblem]:
        """The problems that leave a sound unheard (a set's lost beep has a stand-in)."""
        return [problem for problem in self.problems if not problem.stands_in]

    def add(self, name: str, path: Path) -> None:
        """One more sound (a name the speech engine made): read and checked as at start-up;
        raises BadSound saying what is wrong with it."""
        try:
            samples = _read(Path(path))
        except BadSound:
            raise
        except Exception as error:
            raise BadSound(f"unreadable ({type(error).__name__}: {error})") from None
        self.samples[name] = samples
        self.files[name] = Path(path)

    def summary(self) -> str:
        """The problems that leave a sound unheard, in one line for the screen ("" when every
        cue can be heard)."""
        problems = self.unheard
        if len(problems) <= 1:
            return problems[0].message if problems else ""
        named = [f"{problem.file} ({problem.what})" for problem in problems[:2]]
        more = len(problems) - len(named)
        listed = ", ".join(named) + (f" and {more} more" if more else "")
        return f"{len(problems)} sound files cannot be played: {listed}; those sounds are left out"

    def seconds(self, name: str) -> float:
        return len(self.samples[name]) / RATE

    def clip(self, sounds: tuple[str, ...]) -> array.array:
        """The sounds back to back, a short gap between them, as one run of samples (a sound
        that cannot be played is left out)."""
        out = array.array("h")
        for number, name in enumerate(name for name in sounds if name in self.samples):
            if number:
                out += self.gap
            out += self.samples[name]
        return out

    def offsets(self, sounds: tuple[str, ...]) -> list[float]:
        """When each sound of a clip starts, in seconds from the clip's start (the sounds that
        can be played, as `clip` puts them)."""
        starts, at = [], 0.0
        for name in sounds:
            if name in self.samples:
                starts.append(at)
                at += self.seconds(name) + GAP_S
        return starts


_FLIP_SIGN = bytes(byte ^ 0x80 for byte in range(256))


class Scalable:
    """Samples ready to be scaled by a volume quickly: `at(volume)` gives the bytes to play.

    Each result is `(x * k) >> 15` with k = volume * 32768, exactly, but computed in C rather
    than sample by sample in Python (0.1 s for the whole bank): every sample sits in its own
    32-bit lane of one big integer, offset to be non-negative; one multiplication and one
    addition scale all lanes at once (none overflows into the next), and a shift and two
    strided byte slices take the 16-bit results back out.
    """

    def __init__(self, samples: array.array) -> None:
        self.samples = samples
        self.count = count = len(samples)
        if sys.byteorder == "big":  # the byte slicing below reads little-endian samples
            return
        data = samples.tobytes()
        lanes = bytearray(4 * count)
        lanes[0::4] = data[0::2]
        lanes[1::4] = data[1::2].translate(_FLIP_SIGN)  # x + 32768: offset binary
        self._lanes = int.from_bytes(lanes, "little")
        self._ones = int.from_bytes(b"\x01\x00\x00\x00" * count, "little")

    def at(self, volume: float) -> bytes:
        k = round(max(0.0, min(1.0, volume)) * 32768)
        if sys.byteorder == "big":
            return array.array("h", [(value * k) >> 15 for value in self.samples]).tobytes()
        count = self.count
        # each lane: (x + 32768) * k + 32768 * (65536 - k) = x * k + 2**31, below 2**32
        total = (self._lanes * k + self._ones * (32768 * (65536 - k))) >> 15
        raw = total.to_bytes(4 * count + 4, "little")
        out = bytearray(2 * count)
        out[0::2] = raw[0:4 * count:4]  # low 16 bits of (x * k >> 15) + 2**16: two's complement
        out[1::2] = raw[1:4 * count:4]
        return bytes(out)


class BadSound(Exception):
    """A sound file that cannot be played; the message says what is wrong, in words."""


def _read(path: Path) -> array.array:
    """The samples of one WAV: a regular file of at most MAX_BYTES, 16-bit mono at RATE."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        handle = os.open(path, flags)  # non-blocking: a named pipe must not hang the app
    except FileNotFoundError:
        raise BadSound("missing") from None
    except OSError as error:
        raise BadSound(f"unreadable ({error.strerror or error})") from None
    try:
        status = os.fstat(handle)
        if not stat.S_ISREG(status.st_mode):
            raise BadSound("not a regular file")
        if status.st_size > MAX_BYTES:
            raise BadSound(f"too big ({status.st_size:,} bytes; a cue sound is at most "
                           f"{MAX_BYTES:,})")
        chunks, left = [], MAX_BYTES + 1
        while left > 0:
            chunk = os.read(handle, left)
            if not chunk:
                break
            chunks.append(chunk)
            left -= len(chunk)
    except OSError as error:
        raise BadSound(f"unreadable ({error.strerror or error})") from None
    finally:
        os.close(handle)
    data = b"".join(chunks)
    if len(data) > MAX_BYTES:  # it grew while being read
        raise BadSound(f"too big (over {MAX_BYTES:,} bytes)")
    return _decode(data)


def _decode(data: bytes) -> array.array:
    if not data:
        raise BadSound("empty (0 bytes)")
    if not b"RIFF".startswith(data[:4]) or (len(data) >= 12 and data[8:12] != b"WAVE"):
        raise BadSound(f"not a WAV file{_looks_like(data)}")
    try:
        with wave.open(io.BytesIO(data), "rb") as source:
            shape = (source.getnchannels(), source.getsampwidth(), source.getframerate())
            frames = source.getnframes()
            if shape != (1, 2, RATE):
                channels = "mono" if shape[0] == 1 else f"{shape[0]} channels"
                raise BadSound(f"in the wrong format ({8 * shape[1]}-bit, {channels}, "
                               f"{shape[2]:,} Hz; a cue sound is 16-bit mono at {RATE:,} Hz)")
            raw = source.readframes(frames)
    except EOFError:
        raise BadSound("damaged (its header is cut short)") from None
    except wave.Error as error:
        text = str(error)
        if text.startswith("unknown format"):
            raise BadSound(f"not plain PCM audio (WAV {text})") from None
        if "chunk" in text and "missing" in text:
            raise BadSound("damaged (its header is cut short or broken)") from None
        raise BadSound(f"damaged ({text})") from None
    except BadSound:
        raise
    except Exception as error:  # struct.error, ValueError...: a header that lies
        raise BadSound(f"damaged ({type(error).__name__}: {error})") from None
    if frames == 0:
        raise BadSound("empty (no samples)")
    if len(raw) < 2 * frames:
        raise BadSound(f"damaged (truncated: {len(raw) // 2 / RATE:.2f} s of "
                       f"{frames / RATE:.2f} s)")
    samples = array.array("h")
    samples.frombytes(raw[:2 * frames])
    if sys.byteorder == "big":
        samples.byteswap()
    return samples


def _looks_like(data: bytes) -> str:
    if data[:3] == b"ID3" or (data[:1] == b"\xff" and len(data) > 1 and data[1] & 0xE0 == 0xE0):
        return " (it looks like an MP3)"
    if data[:4] in (b"OggS", b"fLaC"):
        return f" (it looks like {'an Ogg' if data[:4] == b'OggS' else 'a FLAC'} file)"
    text = data[:512].decode("utf-8", "replace")
    if "\x00" in text or text.count("\ufffd") > 1:
        return ""
    return " (it is text)"
