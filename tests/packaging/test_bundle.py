"""The one-folder bundle (`make bundle`: dist/isohold/isohold) run as an athlete runs it, from
`/`: its version and routines, its window opened with two cues played into a PulseAudio null
sink (recorded at the sink's monitor: the sound really came out), the sounds, routines and
Qt's LGPL notices inside, and a menu entry that starts the bundle.

Building takes minutes, so `make test` does not: `make bundle` builds it and then runs this file
with ISOHOLD_BUNDLE set to the folder. Without it (or with no bundle there) these tests skip.
"""

from __future__ import annotations

import array
import configparser
import os
import shutil
import subprocess
import time
from pathlib import Path

import pytest

from isohold import APP_ID, __version__

FOLDER = Path(os.environ.get("ISOHOLD_BUNDLE", "")) if os.environ.get("ISOHOLD_BUNDLE") else None
pytestmark = pytest.mark.skipif(
    FOLDER is None or not (FOLDER / "isohold").is_file(),
    reason="no bundle to test: `make bundle` builds one and runs these tests on it")


def run(*args: str, timeout: float = 120, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run([str((FOLDER / "isohold").resolve()), *args], cwd="/",
                          capture_output=True, text=True, timeout=timeout,
                          env=dict(os.environ, **env))


def test_the_bundle_answers_from_root():
    version = run("--version")
    assert (version.returncode, version.stdout) == (0, f"isohold {__version__}\n")
    routines = run("--list-routines")
    assert routines.returncode == 0, routines.stderr
    assert [line.split()[0] for line in routines.stdout.splitlines()][:3] == [
        "iso-holds", "dynamic", "full"]


def test_the_bundle_holds_the_sounds_routines_and_qts_lgpl_notices():
    inside = FOLDER / "_internal"
    resources = inside / "isohold" / "resources"
    assert (resources / "drills.json").is_file()
    assert len(list((resources / "sounds").glob("*.wav"))) >= 20
    assert (resources / "desktop" / f"{APP_ID}.svg").is_file()
    notices = inside / "LICENSES"
    for name in ("LGPL-3.0.txt", "GPL-3.0.txt", "LGPL-2.1.txt", "LICENSE-isohold.txt"):
        assert (notices / name).is_file(), name
    notice = " ".join((notices / "NOTICE.txt").read_text().split())
    assert "GNU Lesser General Public License version 3" in notice and "Qt 6." in notice
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in (notices / "LGPL-3.0.txt").read_text()
    # Qt as replaceable shared libraries, as the notice says
    assert list(inside.rglob("libQt6Core.so*"))


@pytest.fixture
def null_sink(tmp_path):
    """A private PulseAudio server with a null sink (as tests/audio do), and a recording of its
    monitor: the environment to run the bundle in, and the file being recorded."""
    if not (shutil.which("pulseaudio") and shutil.which("parec")):
        pytest.skip("pulseaudio is not installed (tools/bootstrap.sh installs it)")
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp_path))
    env.pop("PULSE_SERVER", None)
    started = subprocess.run(
        ["pulseaudio", "--start", "-n", "--exit-idle-time=-1", "--log-target=stderr",
         "--load=module-null-sink sink_name=isohold_null", "--load=module-native-protocol-unix"],
        env=env, capture_output=True, text=True, timeout=30)
    if started.returncode != 0:
        pytest.skip(f"could not start a PulseAudio server: {started.stderr.strip()[-300:]}")
    recording = tmp_path / "monitor.raw"
    with open(recording, "wb") as out:
        recorder = subprocess.Popen(["parec", "-d", "isohold_null.monitor", "--raw",
                                     "--format=s16le", "--rate=44100", "--channels=1"],
                                    stdout=out, env=env)
    time.sleep(0.3)  # the recorder is connected before anything plays
    yield env, recording
    recorder.terminate()
    recorder.wait(timeout=10)
    subprocess.run(["pulseaudio", "--kill"], env=env, capture_output=True, timeout=30)


def test_the_bundle_opens_its_window_and_its_cues_reach_the_speaker(null_sink):
    env, recording = null_sink
    smoke = subprocess.run([str((FOLDER / "isohold").resolve()), "--smoke-test"], cwd="/",
                           capture_output=True, text=True, timeout=120,
                           env=dict(env, QT_QPA_PLATFORM="offscreen", ISOHOLD_AUDIO="qt"))
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    [line] = [line for line in smoke.stdout.splitlines() if line.startswith("smoke test:")]
    assert f"isohold {__version__}: window shown" in line
    assert "sound: Qt Multimedia" in line and "played: beep_go, voice_hold" in line, line
    time.sleep(0.3)
    samples = array.array("h", recording.read_bytes()[: len(recording.read_bytes()) // 2 * 2])
    loud = sum(1 for sample in samples if abs(sample) > 1000)
    assert loud > 4410, f"{loud} loud samples of {len(samples)} at the sink: the cues were silent"


def test_the_bundles_menu_entry_starts_the_bundle(tmp_path):
    done = run("--install-desktop-entry", XDG_DATA_HOME=str(tmp_path / "share"),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"))
    assert done.returncode == 0, done.stderr
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(tmp_path / "share" / "applications" / f"{APP_ID}.desktop")
    assert parser["Desktop Entry"]["Exec"] == str((FOLDER / "isohold").resolve())
