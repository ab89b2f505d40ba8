"""The Qt Multimedia output: silent with a reason when there is no audio device; on a
PulseAudio null sink it plays, rebuilds its effects when a device comes, and falls back to
silent (saying so) when told the last device went away.

Qt Multimedia connects to PulseAudio once per process, so each case runs in a fresh Python
with its own PulseAudio address (or none at all).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.audio.qt_child import PRELUDE

ROOT = Path(__file__).resolve().parents[2]

# Runs in the child, after the shared prelude (a QApplication, CuePlayer, `until`).
CHILD = PRELUDE + textwrap.dedent("""
    def say(**facts):
        print(json.dumps(facts), flush=True)

    player = CuePlayer(order=("qt", "silent"))
    offs, changes = [], []
    player.sound_off.connect(offs.append)
    player.output_changed.connect(changes.append)
    say(backend=player.backend_name, off_reason=player.off_reason, problems=player.problems)
    if player.output.kind == "qt":
        effects = player.output._effects
        say(loaded=until(lambda: all(e.isLoaded() for e in effects.values())))
        player.play_now(["go", "hold"])
        say(go_playing=effects["beep_go"].isPlaying(),
            hold_waiting=not effects["voice_hold"].isPlaying())
        say(hold_playing=until(lambda: effects["voice_hold"].isPlaying()))
        player.set_muted(True)
        say(muted_stops=not effects["voice_hold"].isPlaying())
        player.set_muted(False)
        subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=second"],
                       check=True, capture_output=True)
        say(rebuilt=until(lambda: player.output._effects is not effects),
            backend=player.backend_name)
        # The last device going away: Qt signals it (QtOutput.failed). Unloading the sinks
        # here does not always show it: Qt 6.11 sometimes keeps listing a removed PulseAudio
        # sink, so the signal is sent as QtOutput sends it when the list comes up empty.
        player.output.failed.emit("the audio device went away")
        say(fell_back=bool(offs), offs=offs, changes=changes, backend=player.backend_name)
    player.play_now(["countdown_3"])  # silent now: nothing to hear, nothing breaks
    say(done=True)
""")


def run_child(env: dict) -> list[dict]:
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env=dict(os.environ, ISOHOLD_AUDIO="", **env))
    assert result.returncode == 0, result.stderr
    facts = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert facts[-1] == {"done": True}
    return facts


def test_with_no_audio_device_sound_is_off_and_says_why(tmp_path):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    facts = run_child({"XDG_RUNTIME_DIR": str(runtime), "HOME": str(tmp_path),
                       "PULSE_SERVER": f"unix:{runtime}/no-such-server"})
    assert facts[0]["backend"] == "silent (no audio output device (Qt Multimedia lists none))"
    assert facts[0]["off_reason"] == "no audio output device (Qt Multimedia lists none)"


def test_qt_multimedia_plays_follows_device_changes_and_falls_back(pulse_null_sink):
    facts = run_child(pulse_null_sink)
    assert facts[0]["backend"] == "Qt Multimedia" and facts[0]["off_reason"] == ""
    merged = {key: value for fact in facts[1:] for key, value in fact.items()}
    assert merged["loaded"]
    assert merged["go_playing"] and merged["hold_waiting"]  # the call comes after the beep
    assert merged["hold_playing"]
    assert merged["muted_stops"]
    rebuilt = next(fact for fact in facts if "rebuilt" in fact)
    assert rebuilt["rebuilt"] and rebuilt["backend"] == "Qt Multimedia"
    assert merged["fell_back"]
    assert merged["offs"] == ["Qt Multimedia: the audio device went away"]
    assert merged["changes"] == ["silent"]
    assert merged["backend"] == "silent (Qt Multimedia: the audio device went away)"
