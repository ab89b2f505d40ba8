"""Which output comes first: Qt Multimedia where a sound server runs (simpleaudio's per-clip
device open makes about one clip in forty late past 20 ms there: BENCHMARKS.md), simpleaudio
on a Linux without one; ISOHOLD_AUDIO still decides when set. And a spoken name joins the Qt
output while it runs."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap

import pytest

from isohold.audio.outputs import ORDER, default_order, order_from_env, sound_server_runs

from tests.audio.qt_child import PRELUDE
from tests.audio.test_qt_output import ROOT

QT_FIRST = ("qt", "simpleaudio", "silent")


@pytest.fixture
def no_server(tmp_path, monkeypatch):
    for name in ("PULSE_SERVER", "PULSE_RUNTIME_PATH", "ISOHOLD_AUDIO"):
        monkeypatch.delenv(name, raising=False)
    runtime = tmp_path / "run"
    (runtime / "pulse").mkdir(parents=True)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    return runtime


def test_with_no_sound_server_simpleaudio_comes_first(no_server):
    assert not sound_server_runs()
    assert default_order() == order_from_env() == ORDER == ("simpleaudio", "qt", "silent")


def test_with_a_sound_servers_socket_qt_multimedia_comes_first(no_server, monkeypatch):
    (no_server / "pulse" / "native").touch()  # where PulseAudio and PipeWire put theirs
    assert sound_server_runs() and order_from_env() == QT_FIRST
    monkeypatch.setenv("ISOHOLD_AUDIO", "simpleaudio,silent")  # said outright: as said
    assert order_from_env() == ("simpleaudio", "silent")


@pytest.mark.parametrize("server, runs", [
    ("unix:{run}/pulse/native", True), ("unix:{run}/gone", False), ("{run}/pulse/native", True),
    ("tcp:192.0.2.7:4713", True), ("unix:{run}/gone {{abc}}unix:{run}/pulse/native", True)])
def test_pulse_server_names_the_server(no_server, monkeypatch, server, runs):
    (no_server / "pulse" / "native").touch()
    monkeypatch.setenv("PULSE_SERVER", server.format(run=no_server))
    assert sound_server_runs() is runs
    assert default_order() == (QT_FIRST if runs else ORDER)


CHILD = PRELUDE + textwrap.dedent("""
    from isohold.audio.outputs import order_from_env
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import compile_timeline
    from isohold.core.cue_sounds import drill_sound
    from isohold.core import cues

    routine = load_routines().routine("iso-holds")
    drills = tuple(d._replace(id="my-" + d.id, name="My " + d.name) for d in routine.drills)
    own = routine._replace(id="my-iso", drills=drills)
    player = CuePlayer()  # the order as the app takes it
    print(json.dumps({"order": list(order_from_env()), "backend": player.backend_name}))
    asked = player.speak_names(compile_timeline(SessionPlan(own)))
    player.names.wait()
    name = drill_sound(drills[0].id)
    joined = until(lambda: name in player.output._effects)
    loaded = until(lambda: player.output._effects[name].isLoaded())
    player.play_now([cues.drill_name(drills[0].id)])
    playing = until(lambda: player.output._effects[name].isPlaying())
    print(json.dumps({"asked": asked, "joined": joined, "loaded": loaded, "playing": playing}))
""")


@pytest.mark.skipif(shutil.which("espeak-ng") is None, reason="espeak-ng is not installed")
def test_on_a_sound_server_the_app_takes_qt_multimedia_and_a_spoken_name_plays_there(
        pulse_null_sink, tmp_path):
    env = dict(os.environ, **pulse_null_sink, ISOHOLD_CACHE_DIR=str(tmp_path / "cache"))
    env.pop("ISOHOLD_AUDIO", None)
    env.pop("PULSE_SERVER", None)
    result = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                            text=True, timeout=120, env=env)
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in result.stdout.splitlines()
                     if line.startswith("{"))
    assert first == {"order": list(QT_FIRST), "backend": "Qt Multimedia"}
    assert second == {"asked": 3, "joined": True, "loaded": True, "playing": True}
