"""An output's latency (what the runner leads cues by) is what the sound server reports for the
default sink, not a constant: simpleaudio's 100 ms ALSA buffer taken as its delay made every
cue ~96 ms early through PulseAudio (benchmarks/acoustic.py, BENCHMARKS.md issue 16).

The server is asked through `pactl`; here a stand-in `pactl` on PATH answers as PulseAudio 16
does, so nothing waits and no server is needed.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from isohold.audio.bank import SoundBank
from isohold.audio.outputs import (SimpleaudioOutput, reported_latency_s, sink_latency_s,
                               stream_latency_s)
from isohold.audio.player import CuePlayer
from tests.audio.qt_child import PRELUDE

LISTING = textwrap.dedent("""\
    Sink #0
    \tState: SUSPENDED
    \tName: hdmi
    \tDescription: HDMI
    \tLatency: 0 usec, configured 0 usec
    \tFlags: HARDWARE DECIBEL_VOLUME LATENCY
    Sink #1
    \tState: RUNNING
    \tName: speakers
    \tDescription: Built-in Audio Analog Stereo
    \tDriver: module-alsa-card.c
    \tLatency: 23456 usec, configured 25000 usec
    \tFlags: HARDWARE HW_MUTE_CTRL HW_VOLUME_CTRL DECIBEL_VOLUME LATENCY
""")


@pytest.fixture
def fake_pactl(tmp_path, monkeypatch):
    """A `pactl` first on PATH: `answer(default, listing)` sets what it says; exit 1 for None."""
    folder = tmp_path / "bin"
    folder.mkdir()
    script = folder / "pactl"
    monkeypatch.setenv("PATH", f"{folder}:{os.environ['PATH']}")

    def answer(default: str | None, listing: str = LISTING) -> None:
        if default is None:
            body = 'echo "Connection failure: Connection refused" >&2\nexit 1\n'
        else:
            (folder / "listing.txt").write_text(listing)
            body = (f'case "$1" in\n  get-default-sink) echo {default} ;;\n'
                    f'  list) cat "{folder}/listing.txt" ;;\n  *) exit 1 ;;\nesac\n')
        script.write_text("#!/bin/sh\n" + body)
        script.chmod(0o755)

    return answer


def test_the_default_sinks_latency_is_read_from_the_listing():
    assert sink_latency_s(LISTING, "speakers") == pytest.approx(0.023456)
    assert sink_latency_s(LISTING, "hdmi") == 0.0
    assert sink_latency_s(LISTING, "gone") is None


def test_the_latency_is_the_one_the_server_reports(fake_pactl):
    fake_pactl("speakers")
    assert reported_latency_s() == pytest.approx(0.023456)
    fake_pactl("hdmi")
    assert reported_latency_s() == 0.0


def test_with_no_server_to_ask_nothing_is_taken_to_delay_a_cue(fake_pactl):
    fake_pactl(None)
    assert reported_latency_s() == 0.0


def test_simpleaudio_leads_cues_by_the_reported_latency_not_its_buffer(alsa_file_sink,
                                                                        fake_pactl):
    fake_pactl("speakers")
    output = SimpleaudioOutput(SoundBank(), 1.0)
    try:
        assert output.latency_s == pytest.approx(0.023456)  # was 0.1: cues ~96 ms early
    finally:
        output.close()
    fake_pactl(None)
    player = CuePlayer(order=("simpleaudio",))
    try:
        assert player.output.kind == "simpleaudio"
        assert player.latency_s == 0.0  # the runner's lead: cues on their deadline
    finally:
        player.close()


SINK_INPUTS = textwrap.dedent("""\
    Sink Input #7
    \tDriver: protocol-native.c
    \tBuffer Latency: 200000 usec
    \tSink Latency: 1000 usec
    \tProperties:
    \t\tapplication.name = "music"
    \t\tapplication.process.id = "99"
    Sink Input #8
    \tDriver: protocol-native.c
    \tBuffer Latency: 15442 usec
    \tSink Latency: 1129 usec
    \tProperties:
    \t\tapplication.name = "isohold"
    \t\tapplication.process.id = "4242"
""")


def test_the_stream_latency_is_this_process_streams_buffer_and_sink_latency():
    assert stream_latency_s(SINK_INPUTS, 4242) == pytest.approx(0.015442 + 0.001129)
    assert stream_latency_s(SINK_INPUTS, 1) is None  # nothing of ours playing


# Runs in a child on the private PulseAudio server: once its sounds are loaded the Qt output
# plays one muted and learns its stream's latency from the server, before any cue; the player
# moves the lead of the runner it follows, and the cues after it are not muted.
QT_CHILD = PRELUDE + textwrap.dedent("""
    from isohold.core.clock import FakeClock
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import compile_timeline
    from isohold.session.runner import SessionRunner

    player = CuePlayer(order=("qt",))
    changes = []
    player.output.latency_changed.connect(changes.append)
    effects = player.output._effects
    until(lambda: all(e.isLoaded() for e in effects.values()))
    timeline = compile_timeline(SessionPlan(load_routines().routine("iso-holds")))
    runner = SessionRunner(timeline, FakeClock(), lead_s=player.latency_s)
    player.follow(runner)
    at_open = player.latency_s
    runner.start()
    until(lambda: changes)  # before any cue: the output probes its stream, muted
    player.play_now(["countdown_3"])  # cuts the probe short if it still plays
    print(json.dumps({"backend": player.backend_name, "at_open": at_open, "changes": changes,
                      "latency": player.latency_s, "lead": runner.lead_s,
                      "muted": sorted(name for name, e in effects.items() if e.isMuted()),
                      "count_playing": effects["beep_count"].isPlaying()}), flush=True)
""")


def test_qt_learns_its_streams_latency_and_the_runner_leads_by_it(pulse_null_sink):
    result = subprocess.run([sys.executable, "-c", QT_CHILD], capture_output=True, text=True,
                            cwd=Path(__file__).resolve().parents[2], timeout=120,
                            env=dict(os.environ, ISOHOLD_AUDIO="", **pulse_null_sink))
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.splitlines()[-1])
    assert facts["backend"] == "Qt Multimedia"
    assert facts["changes"], "the server's figure for the stream never came"
    # QSoundEffect's stream buffers ~10-20 ms, on top of the sink's own latency
    assert facts["latency"] > 0.005 and facts["latency"] == facts["changes"][-1]
    assert facts["lead"] == facts["latency"]  # the runner leads cues by it
    assert facts["muted"] == [] and facts["count_playing"]  # the probe left nothing muted
