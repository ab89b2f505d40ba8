"""Every cue sound, read and decoded once at start-up: 16-bit mono samples by name."""

from __future__ import annotations

import array
import sys
import wave
from pathlib import Path

from app import assets
from app.core.cue_sounds import GAP_S, every_sound

RATE = 44100


class SoundBank:
    """The shipped WAVs (or those of `folder`), decoded: `samples[name]` is an array('h')."""

    def __init__(self, folder: Path | None = None, names: set[str] | None = None) -> None:
        self.samples: dict[str, array.array] = {}
        self.files: dict[str, Path] = {}
        for name in sorted(names if names is not None else every_sound()):
            path = folder / f"{name}.wav" if folder else assets.path(f"sounds/{name}.wav")
            self.samples[name] = _read(path)
            self.files[name] = path
        self.gap = array.array("h", bytes(2 * round(GAP_S * RATE)))

    def seconds(self, name: str) -> float:
        return len(self.samples[name]) / RATE

    def clip(self, sounds: tuple[str, ...]) -> array.array:
        """The sounds back to back, a short gap between them, as one run of samples."""
        out = array.array("h")
        for number, name in enumerate(sounds):
            if number:
                out += self.gap
            out += self.samples[name]
        return out

    def offsets(self, sounds: tuple[str, ...]) -> list[float]:
        """When each sound of a clip starts, in seconds from the clip's start."""
        starts, at = [], 0.0
        for name in sounds:
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


def _read(path: Path) -> array.array:
    with wave.open(str(path), "rb") as source:
        shape = (source.getnchannels(), source.getsampwidth(), source.getframerate())
        if shape != (1, 2, RATE):
            raise ValueError(f"{path}: expected 16-bit mono at {RATE} Hz, got "
                             f"{shape[0]} channel(s), {8 * shape[1]}-bit, {shape[2]} Hz")
        samples = array.array("h")
        samples.frombytes(source.readframes(source.getnframes()))
    if sys.byteorder == "big":
        samples.byteswap()
    return samples
