"""An output's latency (what the runner leads cues by) is what the sound server reports for the
default sink, not a constant: simpleaudio's 100 ms ALSA buffer taken as its delay made every
cue ~96 ms early through PulseAudio (benchmarks/acoustic.py, BENCHMARKS.md issue 16).

The server is asked through `pactl`; here a stand-in `pactl` on PATH answers as PulseAudio 16
does, so nothing waits and no server is needed.
"""

from __future__ import annotations

import textwrap

import pytest

from app.audio.bank import SoundBank
from app.audio.outputs import SimpleaudioOutput, reported_latency_s, sink_latency_s
from app.audio.player import CuePlayer

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
    monkeypatch.setenv("PATH", f"{folder}:{__import__('os').environ['PATH']}")

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
