"""The shipped cue sounds: valid WAV, the right length, normalised, no clipping, no clicks, and
exactly what tools/make_sounds.py makes from scratch."""

from __future__ import annotations

import array
import importlib.util
import json
import math
import statistics
import shutil
import sys
import wave
from pathlib import Path

import pytest

from isohold.core.cue_sounds import DRILL_CALLS, drill_sound, every_sound

ROOT = Path(__file__).resolve().parents[2]
SOUNDS = ROOT / "resources" / "sounds"


def _load_tool():
    spec = importlib.util.spec_from_file_location("make_sounds", ROOT / "tools" / "make_sounds.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_sounds"] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


make_sounds = _load_tool()
SHIPPED = sorted(path.stem for path in SOUNDS.glob("*.wav"))


def read(path: Path) -> tuple[wave._wave_params, array.array]:
    with wave.open(str(path), "rb") as source:
        params = source.getparams()
        samples = array.array("h")
        samples.frombytes(source.readframes(params.nframes))
    if sys.byteorder == "big":
        samples.byteswap()
    return params, samples


def test_every_sound_a_cue_plays_is_shipped_and_nothing_else():
    assert set(SHIPPED) == every_sound()
    assert set(SHIPPED) == set(make_sounds.BEEPS) | set(make_sounds.VOICES)


DRILL_NAMES = {drill_sound(drill_id) for drill_id in DRILL_CALLS}


def test_the_sounds_stay_small():
    sizes = {path.stem: path.stat().st_size for path in SOUNDS.glob("*.wav")}
    assert sum(sizes.values()) < 2_100_000  # 1.47 MB before the high and low beep sets
    assert max(sizes[name] for name in DRILL_NAMES) < 150_000  # ~1.7 s: a name, not a sentence
    assert max(size for name, size in sizes.items() if name not in DRILL_NAMES) < 80_000


def _rms_db(samples: array.array) -> float:
    return 20 * math.log10(math.sqrt(sum(value * value for value in samples) / len(samples))
                           / 32768)


def test_the_spoken_calls_are_about_as_loud_as_each_other():
    """Same peak is not same loudness: no call (a drill's name neither) stands out or hides."""
    levels = {name: _rms_db(read(SOUNDS / f"{name}.wav")[1]) for name in SHIPPED
              if name.startswith("voice_")}
    middle = statistics.median(levels.values())
    assert all(abs(level - middle) <= 3.0 for level in levels.values()), levels


@pytest.mark.parametrize("name", SHIPPED)
def test_each_sound_is_16_bit_mono_44k_normalised_unclipped_and_faded(name):
    params, samples = read(SOUNDS / f"{name}.wav")
    assert (params.nchannels, params.sampwidth, params.framerate, params.comptype) == \
        (1, 2, 44100, "NONE")
    assert params.nframes == len(samples)
    if name in make_sounds.BEEPS:
        assert params.nframes == make_sounds.beep_frames(make_sounds.BEEPS[name])
        assert 0.05 <= params.nframes / 44100 <= 1.0
    elif name in DRILL_NAMES:
        assert 0.5 <= params.nframes / 44100 <= 1.7  # a drill's name, silence trimmed
    else:
        assert 0.25 <= params.nframes / 44100 <= 1.0  # a short call, silence trimmed
    peak = max(abs(value) for value in samples)
    if make_sounds.SET_OF.get(name, "standard") == "standard":
        assert peak == make_sounds.PEAK == round(32767 * 10 ** (-1 / 20))  # -1 dBFS
    else:  # a louder set's beep: scaled to its loudness, at most -1 dBFS (test_cue_sets)
        assert peak <= make_sounds.PEAK
    assert peak < 32767  # no sample at full scale: nothing clipped
    # Faded in and out: starts and ends at silence, no click.
    assert samples[0] == 0 and abs(samples[-1]) <= 2
    assert max(abs(value) for value in samples[:20]) < peak * 0.05
    assert max(abs(value) for value in samples[-20:]) < peak * 0.05


def test_beeps_are_distinct():
    seen = {}
    for name in make_sounds.BEEPS:
        _, samples = read(SOUNDS / f"{name}.wav")
        seen[samples.tobytes()] = name
    assert len(seen) == len(make_sounds.BEEPS)


def test_regenerating_the_beeps_reproduces_the_shipped_files(tmp_path):
    make_sounds.make(tmp_path, voices=False)
    for name in make_sounds.BEEPS:
        assert (tmp_path / f"{name}.wav").read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), name


def test_regenerating_the_spoken_calls_reproduces_the_shipped_files(tmp_path):
    if shutil.which("espeak-ng") is None:
        pytest.skip("espeak-ng is not installed (tools/bootstrap.sh installs it): "
                    "cannot regenerate the spoken calls")
    made_with = json.loads((SOUNDS / "voices.json").read_text())["espeak_ng"]
    here = make_sounds.espeak_version()
    if here != made_with:
        pytest.skip(f"espeak-ng {here} here, the calls were made with {made_with}: "
                    "its speech differs between versions")
    make_sounds.make(tmp_path)
    for name in make_sounds.VOICES:
        assert (tmp_path / f"{name}.wav").read_bytes() == (SOUNDS / f"{name}.wav").read_bytes(), name
    assert (tmp_path / "voices.json").read_text() == (SOUNDS / "voices.json").read_text()
