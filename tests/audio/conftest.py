"""Shared by the audio tests: the built-in routines, the sounds as shipped (and copies to
damage), an ALSA device that writes what it plays to a file, a private PulseAudio."""

from __future__ import annotations

import array
import os
import shutil
import subprocess
import textwrap
from pathlib import Path

import pytest

from isohold.core.routines import Drill, DrillKind, Range, Routine, Sides

SHIPPED_SOUNDS = Path(__file__).resolve().parents[2] / "resources" / "sounds"


def _seed_routines() -> list[Routine]:
    """The seed's routines as drills.json encodes them (used until the loader exists)."""
    reset, rest, switch = Range(5, 30, 10), Range(30, 300, 90), Range(3, 15, 5)
    straight = Drill("wall-press-straight", "Wall calf press (straight leg)", DrillKind.HOLD,
                     Sides.BOTH, "Extend", reps=Range(8, 10, 8), hold_s=Range.fixed(10),
                     reset_s=reset, rest_s=rest, switch_s=switch)
    bent = Drill("wall-press-bent", "Wall calf press (bent knee)", DrillKind.HOLD, Sides.BOTH,
                 "Bend", reps=Range(8, 10, 8), hold_s=Range.fixed(10), reset_s=reset,
                 rest_s=rest, switch_s=switch)
    press = Drill("sprinter-press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive",
                  reps=Range(8, 10, 8), hold_s=Range(8, 10, 8), reset_s=reset, rest_s=rest,
                  switch_s=switch)
    jumps = Drill("forefoot-jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block",
                  reps=Range.fixed(8), sets=Range.fixed(3), cadence_s=4, rest_s=rest)
    sprints = Drill("downhill-sprints", "Downhill sprints", DrillKind.PACED, Sides.BOTH, "Run",
                    reps=Range(2, 6, 4), rep_estimate_s=60, rest_s=rest)
    drops = Drill("drop-jumps", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block",
                  reps=Range.fixed(6), sets=Range(3, 4, 3), rest_s=Range(60, 300, 120),
                  rep_estimate_s=10)
    iso, dynamic = (straight, bent, press), (jumps, sprints, drops)
    return [Routine("iso-holds", "Isometric holds", "", iso),
            Routine("dynamic", "Dynamic drills", "", dynamic),
            Routine("full", "Full session", "", iso + dynamic)]


def builtin_routines() -> list[Routine]:
    try:
        from isohold.core.loader import load_routines
    except ImportError:
        return _seed_routines()
    routines = load_routines().routines
    routines = list(routines.values()) if isinstance(routines, dict) else list(routines)
    return [routine for routine in routines if not routine.source or
            "drills.json" in str(routine.source)] or _seed_routines()


BUILTIN = builtin_routines()


@pytest.fixture(autouse=True)
def _own_speech_cache(tmp_path, monkeypatch):
    """Names the speech engine makes go to the test's own folder, never the user's cache."""
    monkeypatch.setenv("ISOHOLD_CACHE_DIR", str(tmp_path / "cache"))


@pytest.fixture(params=BUILTIN, ids=[routine.id for routine in BUILTIN])
def routine(request) -> Routine:
    return request.param


@pytest.fixture
def sounds_copy(tmp_path) -> Path:
    """A folder of copies of the shipped cue sounds, to damage (never the real ones)."""
    folder = tmp_path / "sounds"
    folder.mkdir()
    for path in SHIPPED_SOUNDS.glob("*.wav"):
        shutil.copyfile(path, folder / path.name)
    return folder


class FileSink:
    """ALSA's default device as a file: `samples()` is every frame played so far."""

    def __init__(self, config: Path, out: Path) -> None:
        self.config, self.out = config, out

    def samples(self) -> array.array:
        device = array.array("h")
        if self.out.exists():
            device.frombytes(self.out.read_bytes())
        return device

    def after_probe(self, want: array.array) -> array.array:
        """What was played after the simpleaudio output's opening probe: up to 10 ms of
        silence, stopped at once (so some or none of it), reaches the device first."""
        device = self.samples()
        probe = len(device) - len(want)
        assert 0 <= probe <= 441, f"{len(device)} samples played, {len(want)} expected"
        assert device[:probe].tolist() == [0] * probe
        return device[probe:]


@pytest.fixture
def alsa_file_sink(tmp_path, monkeypatch) -> FileSink:
    """ALSA_CONFIG_PATH set (for this process and its children) to a default PCM that is a
    `file` plugin over a `null` slave, appending every frame it is given to a file. alsa-lib
    rereads its configuration when ALSA_CONFIG_PATH changes, so this works in-process too."""
    pytest.importorskip("simpleaudio", reason="the simpleaudio extra is not installed "
                        "(pip install -e '.[simpleaudio]'; needs libasound2-dev)")
    out = tmp_path / "device.raw"
    config = tmp_path / "asound.conf"
    config.write_text(textwrap.dedent(f"""
        pcm.!default {{
            type file
            slave.pcm "null"
            file "|cat >> {out}"
            format "raw"
        }}
        pcm.null {{ type null }}
    """))
    monkeypatch.setenv("ALSA_CONFIG_PATH", str(config))
    return FileSink(config, out)


@pytest.fixture
def pulse_null_sink(tmp_path):
    """A private PulseAudio server with one null sink; stopped afterwards."""
    if shutil.which("pulseaudio") is None or shutil.which("pactl") is None:
        pytest.skip("pulseaudio is not installed (tools/bootstrap.sh installs it)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = {"XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path)}
    child_env = dict(os.environ, **env)
    child_env.pop("PULSE_SERVER", None)
    started = subprocess.run(
        ["pulseaudio", "--start", "-n", "--exit-idle-time=-1", "--log-target=stderr",
         "--load=module-null-sink sink_name=isohold_null", "--load=module-native-protocol-unix"],
        env=child_env, capture_output=True, text=True, timeout=30)
    if started.returncode != 0:
        pytest.skip(f"could not start a PulseAudio server here: {started.stderr.strip()[-300:]}")
    yield env
    subprocess.run(["pulseaudio", "--kill"], env=child_env, capture_output=True, timeout=30)
