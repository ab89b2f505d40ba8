"""Music lowered during cues and given back exactly, over a real (private) session bus, with a
stand-in music player in a process of its own: a beep lowers it, a spoken call pauses it, and a
crash mid-cue leaves a note from which the next start gives the music back."""

from __future__ import annotations

import json
import os
import signal

import pytest

from isohold.platform.ducking import (DUCK_TO, LEDGER, RESUME_WITHIN_S, MusicDucker)
from tests.platform.private_bus import (nothing_more, read_line, session_bus, start, stop,
                                       tell)


@pytest.fixture
def bus():
    with session_bus() as address:
        yield address


@pytest.fixture
def music(bus):
    """A player on the bus, playing at a volume no ducker would pick: 0.73."""
    player = start(bus, "fake_music_player.py", "musicbox", "0.73")
    yield player
    stop(player)


def person_sets(player, line: str) -> None:
    """The athlete changes the player by hand (its volume or whether it plays)."""
    tell(player, line)
    assert read_line(player) == "ok"


def make_ducker(bus, tmp_path, **kwargs) -> MusicDucker:
    return MusicDucker(address=bus, ledger=tmp_path / LEDGER, **kwargs)


def test_a_beep_lowers_the_music_and_the_exact_volume_comes_back(qtbot, bus, music, tmp_path):
    ducker = make_ducker(bus, tmp_path)
    with qtbot.waitSignal(ducker.ducked) as ducked:
        ducker.cue_started(0.0, spoken=False)
    assert ducked.args == [["org.mpris.MediaPlayer2.musicbox"]]
    assert read_line(music) == f"volume {0.73 * DUCK_TO!r}"  # lowered, not paused
    note = json.loads((tmp_path / LEDGER).read_text())  # written before the music was touched
    assert note["players"] == [{"name": "org.mpris.MediaPlayer2.musicbox", "how": "lowered",
                                "volume": 0.73, "lowered_to": 0.73 * DUCK_TO}]
    with qtbot.waitSignal(ducker.restored, timeout=3000) as restored:
        pass  # the clip (0 s) and its tail go by on the ducker's own timer
    assert restored.args == [["org.mpris.MediaPlayer2.musicbox"]]
    assert read_line(music) == "volume 0.73"  # exactly as it was
    assert not (tmp_path / LEDGER).exists()


def test_a_spoken_call_pauses_the_music_and_resumes_it(qtbot, bus, music, tmp_path):
    ducker = make_ducker(bus, tmp_path)
    ducker.cue_started(1.5, spoken=True)
    assert read_line(music) == "pause"
    assert json.loads((tmp_path / LEDGER).read_text())["players"] == [
        {"name": "org.mpris.MediaPlayer2.musicbox", "how": "paused"}]
    assert ducker.restore() == ["org.mpris.MediaPlayer2.musicbox"]
    assert read_line(music) == "play"
    assert nothing_more(music)  # its volume never touched
    assert not (tmp_path / LEDGER).exists()


def test_cues_one_after_another_keep_the_first_volume(qtbot, bus, music, tmp_path):
    ducker = make_ducker(bus, tmp_path)
    ducker.cue_started(1.0, spoken=False)
    assert read_line(music) == f"volume {0.73 * DUCK_TO!r}"
    ducker.cue_started(1.0, spoken=False)  # "2" after "3": already lowered, not lowered again
    assert nothing_more(music)
    ducker.restore()
    assert read_line(music) == "volume 0.73"


def test_music_the_athlete_changed_meanwhile_is_left_as_set(qtbot, bus, music, tmp_path):
    ducker = make_ducker(bus, tmp_path)
    ducker.cue_started(2.0, spoken=False)
    assert read_line(music) == f"volume {0.73 * DUCK_TO!r}"
    person_sets(music, "volume 0.4")  # turned it up by hand during the cue
    assert ducker.restore() == []
    assert nothing_more(music)  # not set back over the athlete's choice


def test_music_not_playing_and_isohold_itself_are_left_alone(qtbot, bus, tmp_path):
    paused = start(bus, "fake_music_player.py", "paused", "0.6", "Paused")
    ours = start(bus, "fake_music_player.py", "isohold", "0.9")  # our own remote's name
    try:
        ducker = make_ducker(bus, tmp_path)
        with qtbot.assertNotEmitted(ducker.ducked):
            ducker.cue_started(1.0, spoken=False)
            ducker.cue_started(1.0, spoken=True)
        assert nothing_more(paused) and nothing_more(ours)
        assert not (tmp_path / LEDGER).exists()
    finally:
        stop(paused)
        stop(ours)


def test_switched_off_it_does_nothing_and_gives_back_what_it_held(qtbot, bus, music, tmp_path):
    ducker = make_ducker(bus, tmp_path)
    ducker.cue_started(5.0, spoken=False)
    assert read_line(music) == f"volume {0.73 * DUCK_TO!r}"
    ducker.set_enabled(False)  # the setting turned off mid-cue
    assert read_line(music) == "volume 0.73"
    ducker.cue_started(1.0, spoken=False)
    assert nothing_more(music)


@pytest.mark.parametrize("spoken", [False, True])
def test_a_crash_mid_cue_leaves_the_note_and_the_next_start_gives_the_music_back(
        qtbot, bus, music, tmp_path, spoken):
    ledger = tmp_path / LEDGER
    isohold = start(bus, "duck_and_hang.py", str(ledger), "spoken" if spoken else "beep")
    assert read_line(music) == ("pause" if spoken else f"volume {0.73 * DUCK_TO!r}")
    assert read_line(isohold) == "ducked org.mpris.MediaPlayer2.musicbox"
    os.kill(isohold.pid, signal.SIGKILL)  # dies mid-cue: nothing is given back
    isohold.wait(timeout=10)
    assert nothing_more(music)
    assert ledger.exists()

    restarted = make_ducker(bus, tmp_path)
    assert restarted.restore_left_over() == ["org.mpris.MediaPlayer2.musicbox"]
    assert read_line(music) == ("play" if spoken else "volume 0.73")
    assert not ledger.exists()
    assert restarted.restore_left_over() == []  # once only


def test_a_player_paused_long_before_the_restart_is_not_started_by_surprise(
        qtbot, bus, music, tmp_path):
    ledger = tmp_path / LEDGER
    isohold = start(bus, "duck_and_hang.py", str(ledger), "spoken")
    assert read_line(music) == "pause"
    os.kill(isohold.pid, signal.SIGKILL)
    isohold.wait(timeout=10)
    written = json.loads(ledger.read_text())["written"]
    later = make_ducker(bus, tmp_path, wall=lambda: written + RESUME_WITHIN_S + 3600)
    assert later.restore_left_over() == []
    assert nothing_more(music)  # still paused: music does not start by itself an hour later
    assert not ledger.exists()


def test_a_damaged_note_is_dropped_and_nothing_is_touched(qtbot, bus, music, tmp_path):
    (tmp_path / LEDGER).write_text("{not json")
    assert make_ducker(bus, tmp_path).restore_left_over() == []
    assert nothing_more(music)
    assert not (tmp_path / LEDGER).exists()


def test_without_a_session_bus_it_says_so_once_and_the_cue_goes_on(qtbot, tmp_path):
    ducker = MusicDucker(address="unix:path=/nonexistent/isohold-test-bus",
                         ledger=tmp_path / LEDGER)
    ducker.cue_started(1.0, spoken=False)
    assert ducker.problem.startswith("no D-Bus session bus")
    assert ducker.restore_left_over() == [] and ducker.restore() == []
