"""The simpleaudio output playing into an ALSA file PCM: the bytes that reach the device are
the cue's samples, in order, at the volume set.

ALSA reads ALSA_CONFIG_PATH once per process, so each case runs in a fresh Python: its default
PCM is a `file` plugin over a `null` slave that appends every frame it is given to a file
(conftest's `alsa_file_sink`).
"""

from __future__ import annotations

import array
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from isohold.audio.bank import Scalable, SoundBank
from isohold.core import cues
from isohold.core.cue_sounds import BEEPS, VOICE_AND_BEEPS, clip_for

pytest.importorskip("simpleaudio", reason="the simpleaudio extra is not installed "
                                          "(pip install -e '.[simpleaudio]'; needs libasound2-dev)")

ROOT = Path(__file__).resolve().parents[2]

PLAY = textwrap.dedent("""
    import json, sys
    from PySide6.QtCore import QCoreApplication
    from isohold.audio.player import CuePlayer
    app = QCoreApplication([])
    groups, mode, volume = json.loads(sys.argv[1]), sys.argv[2], float(sys.argv[3])
    player = CuePlayer(order=("simpleaudio",), mode=mode, volume=volume)
    print(json.dumps({"backend": player.backend_name, "latency": player.latency_s,
                      "problems": player.problems}), flush=True)
    player.output.wait_done()  # the opening probe has left the device
    for group in groups:
        player.play_now(group)
        player.output.wait_done()
""")


def play_into_file(sink, groups, mode=VOICE_AND_BEEPS, volume=1.0):
    env = dict(os.environ, ISOHOLD_AUDIO="")  # ALSA_CONFIG_PATH: the sink's
    result = subprocess.run([sys.executable, "-c", PLAY, json.dumps(groups), mode, str(volume)],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[0])


def expected(bank: SoundBank, groups, mode=VOICE_AND_BEEPS, volume=1.0) -> bytes:
    return b"".join(Scalable(bank.clip(clip_for(group, mode))).at(volume) for group in groups)


def test_the_device_gets_the_cue_samples_in_order(alsa_file_sink):
    groups = [[cues.COUNTDOWN[0]], [cues.COUNTDOWN[1]], [cues.COUNTDOWN[2]],
              [cues.GO, cues.HOLD], [cues.RELEASE, cues.SWITCH, cues.SIDE_RIGHT]]
    about = play_into_file(alsa_file_sink, groups)
    assert about["backend"] == "simpleaudio (ALSA)" and about["latency"] >= 0.0
    bank = SoundBank()
    want = array.array("h")
    want.frombytes(expected(bank, groups))
    played = alsa_file_sink.after_probe(want)
    assert played == want  # each clip, whole and in order
    first = bank.samples["beep_count"]
    assert played[:len(first)] == first  # "three" starts with the count beep


def test_volume_scales_the_samples_that_reach_the_device(alsa_file_sink):
    groups = [[cues.GO], [cues.TICK]]
    play_into_file(alsa_file_sink, groups, mode=BEEPS, volume=0.5)
    bank = SoundBank()
    want = array.array("h")
    want.frombytes(expected(bank, groups, BEEPS, 0.5))
    assert alsa_file_sink.after_probe(want) == want
    loudest = max(abs(value) for value in alsa_file_sink.samples())
    assert loudest == max(abs(value) for value in bank.samples["beep_go"]) // 2


def test_without_a_device_simpleaudio_is_passed_over(tmp_path):
    config = tmp_path / "asound.conf"
    config.write_text('pcm.!default { type hw card 97 }\n')  # no such card
    env = dict(os.environ, ALSA_CONFIG_PATH=str(config), ISOHOLD_AUDIO="")
    result = subprocess.run([sys.executable, "-c", PLAY.replace('("simpleaudio",)',
                                                                '("simpleaudio", "silent")'),
                             json.dumps([[cues.GO]]), BEEPS, "1"],
                            cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    about = json.loads(result.stdout.splitlines()[0])
    assert about["backend"].startswith("silent")
    assert "Error opening PCM device" in about["problems"][0]


def test_scaling_is_exact_at_every_volume():
    samples = array.array("h", [-32768, -32767, -12345, -1, 0, 1, 2, 12345, 32766, 32767])
    for volume in (0.0, 0.01, 0.25, 0.5, 0.9, 1.0):
        k = round(volume * 32768)
        want = array.array("h", [(value * k) >> 15 for value in samples])
        assert Scalable(samples).at(volume) == want.tobytes(), volume
