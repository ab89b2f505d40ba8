"""An athlete's own drills named aloud: espeak-ng speaks each name once, off the GUI thread,
into a cache keyed by the words and the voice; with no engine, or an engine that fails, the
lead-ins sound their beeps as before and the log says why."""

from __future__ import annotations

import array
import logging
import os
import shutil
import stat
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from isohold.audio import player as player_module
from isohold.audio import speech
from isohold.audio.bank import RATE, SoundBank
from isohold.audio.outputs import SilentOutput
from isohold.audio.player import CuePlayer
from isohold.audio.speech import SpeechCache, SpeechFailed
from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.cue_schedule import NAME_CALL_S
from isohold.core.cue_sounds import BEEPS, GAP_S, NEXT_SOUND, VOICE_AND_BEEPS, drill_sound
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner

from tests.audio.conftest import BUILTIN
from tests.audio.test_drill_names import Timed, _own

needs_espeak = pytest.mark.skipif(shutil.which("espeak-ng") is None,
                                  reason="espeak-ng is not installed (tools/bootstrap.sh)")
ISO = next(routine for routine in BUILTIN if routine.id == "iso-holds")
LONGEST = NAME_CALL_S - GAP_S - SoundBank(names={NEXT_SOUND}).seconds(NEXT_SOUND)


def _no_engine(monkeypatch, tmp_path) -> None:
    monkeypatch.setenv("PATH", str(tmp_path / "empty-bin"))
    assert shutil.which("espeak-ng") is None


def _failing_engine(monkeypatch, tmp_path) -> Path:
    """An espeak-ng on PATH that says it cannot and exits 1, and counts its runs."""
    folder = tmp_path / "bin"
    folder.mkdir()
    program = folder / "espeak-ng"
    program.write_text("#!/bin/sh\necho run >> \"$0.runs\"\n"
                       "echo 'Failed to read voice en-us' >&2\nexit 1\n")
    program.chmod(program.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(folder))
    return program


def _samples(path: Path) -> array.array:
    return SoundBank(path.parent, names={path.stem}).samples[path.stem]


# -- the cache ---------------------------------------------------------------------------------
@needs_espeak
def test_a_name_is_spoken_once_then_read_from_the_cache(monkeypatch, tmp_path):
    cache = SpeechCache()
    assert cache.folder == tmp_path / "cache" / "speech"  # ISOHOLD_CACHE_DIR (conftest)
    first = cache.speak("single leg pogo hops", LONGEST)  # a miss: the engine speaks
    assert first.parent == cache.folder and first.suffix == ".wav"
    samples = _samples(first)  # read as the bank reads every cue: 16-bit mono 44.1 kHz
    assert 0.4 <= len(samples) / RATE <= LONGEST
    assert max(abs(value) for value in samples) == speech.PEAK  # -1 dBFS, as the shipped calls
    assert samples[0] == 0 and abs(samples[-1]) <= 2  # faded: no click
    made = first.stat().st_mtime_ns
    _no_engine(monkeypatch, tmp_path)  # a hit needs no engine at all
    again = cache.speak("  single leg   pogo hops ", LONGEST)
    assert again == first and again.stat().st_mtime_ns == made
    assert sorted(path.name for path in cache.folder.iterdir()) == [first.name]  # no temp left


def test_the_cache_is_keyed_by_the_words_and_the_voice(monkeypatch):
    cache = SpeechCache()
    one = cache.file_for("Pogo hops")
    assert cache.file_for(" Pogo  hops ") == one
    assert cache.file_for("Pogo hop") != one
    assert cache.file_for("pogo hops") != one  # the words as written (an engine may stress)
    monkeypatch.setattr(speech, "VOICE", "en-gb")
    assert cache.file_for("Pogo hops") != one


def test_no_engine_is_said_and_nothing_is_kept(monkeypatch, tmp_path):
    _no_engine(monkeypatch, tmp_path)
    with pytest.raises(SpeechFailed, match=r"no speech engine \(espeak-ng is not on PATH\)"):
        SpeechCache().speak("pogo hops", LONGEST)
    assert not SpeechCache().folder.exists()


def test_an_engine_that_fails_is_said_in_its_own_words_and_nothing_is_kept(monkeypatch, tmp_path):
    program = _failing_engine(monkeypatch, tmp_path)
    with pytest.raises(SpeechFailed, match=r"espeak-ng failed \(exit 1: Failed to read voice "
                                           r"en-us\)"):
        SpeechCache().speak("pogo hops", LONGEST)
    assert Path(f"{program}.runs").read_text() == "run\n"
    assert not SpeechCache().folder.exists() or not any(SpeechCache().folder.iterdir())


@needs_espeak
def test_a_long_name_is_said_faster_to_fit_its_lead_in_and_one_too_long_is_refused():
    cache = SpeechCache()
    long_name = "single leg eccentric heel drops"  # 1.9 s at 165 words a minute
    fitted = cache.speak(long_name, LONGEST)
    assert len(_samples(fitted)) / RATE <= LONGEST
    at_its_pace = SpeechCache(cache.folder / "unhurried").speak(long_name)
    assert len(_samples(at_its_pace)) / RATE > LONGEST  # it did need saying faster
    with pytest.raises(SpeechFailed, match=r"the name takes \d\.\d s to say even at 260 words a "
                                           r"minute; its lead-in has room for 1\.0 s"):
        cache.speak("the slow and careful single leg calf raise with a pause at the top", 1.0)


# -- in a session ------------------------------------------------------------------------------
def _player(monkeypatch, mode=VOICE_AND_BEEPS) -> CuePlayer:
    clock = FakeClock()
    Timed.clock = clock
    monkeypatch.setattr(player_module, "open_output",
                        lambda kind, bank, volume, parent=None: (
                            Timed() if kind == "qt" else SilentOutput()))
    player = CuePlayer(order=("qt", "silent"), mode=mode)
    player.clock = clock
    return player


def _run(player: CuePlayer, routine) -> tuple:
    """The routine's session on the player's fake clock: each clip and when it played."""
    clock = player.clock
    runner = SessionRunner(compile_timeline(SessionPlan(routine)), clock)
    player.follow(runner)
    player.names.wait()  # the worker is done; its signals wait in the event queue
    QCoreApplication.processEvents()
    runner.start()
    QCoreApplication.processEvents()
    start = clock.now()
    while not runner.is_over:
        clock.advance(max(0.0, runner.next_due_at() - clock.now()) + 1e-9)
        runner.tick()
        QCoreApplication.processEvents()
    return runner.timeline, [(round(at - start, 1), sounds) for at, sounds in player.output.clips]


@needs_espeak
def test_the_athletes_own_drills_are_named_at_the_built_in_ones_moments(qtbot, monkeypatch):
    own = _own(ISO)
    player = _player(monkeypatch)
    _, clips = _run(player, own)
    _, built_in = _run(_player(monkeypatch), ISO)
    names = {drill_sound(drill.id) for drill in own.drills}
    assert names <= set(player.bank.samples)
    ours = [(at, tuple(s.replace("voice_drill_my_", "voice_drill_") for s in sounds))
            for at, sounds in clips]
    assert ours == built_in  # the same calls at the same moments: only the words differ
    spoken = [sounds for _, sounds in clips if any(s in names for s in sounds)]
    assert spoken[0] == ("voice_drill_my_wall_press_straight",)
    assert spoken[1] == ("beep_release", NEXT_SOUND, "voice_drill_my_wall_press_bent")
    # and the clips are in the cache: the next session speaks nothing anew
    assert len(list(SpeechCache().folder.glob("*.wav"))) == len(own.drills)
    before = {path: path.stat().st_mtime_ns for path in SpeechCache().folder.glob("*.wav")}
    _run(_player(monkeypatch), own)
    assert {path: path.stat().st_mtime_ns for path in SpeechCache().folder.glob("*.wav")} == \
        before


def _beeps_as_before(clips, own_clips) -> None:
    assert not any(s.startswith("voice_drill_") or s == NEXT_SOUND
                   for _, sounds in own_clips for s in sounds)
    plain = [(at, tuple(s for s in sounds if not s.startswith("voice_drill_") and
                        s != NEXT_SOUND)) for at, sounds in clips]
    assert own_clips == [(at, sounds) for at, sounds in plain if sounds]


def test_with_no_engine_the_own_drills_get_their_beeps_and_the_log_says_why(
        qtbot, monkeypatch, tmp_path, caplog):
    _, built_in = _run(_player(monkeypatch), ISO)
    _no_engine(monkeypatch, tmp_path)
    caplog.set_level(logging.INFO, logger="isohold.audio.names")
    _, clips = _run(_player(monkeypatch), _own(ISO))
    _beeps_as_before(built_in, clips)
    assert "no speech engine (espeak-ng is not on PATH): the athlete's own drills are not " \
           "named, their beeps sound" in caplog.text


def test_an_engine_that_fails_leaves_the_beeps_and_says_so_once_per_drill(
        qtbot, monkeypatch, tmp_path, caplog):
    _, built_in = _run(_player(monkeypatch), ISO)
    program = _failing_engine(monkeypatch, tmp_path)
    caplog.set_level(logging.WARNING, logger="isohold.audio.names")
    player = _player(monkeypatch)
    _, clips = _run(player, _own(ISO))
    _beeps_as_before(built_in, clips)
    warned = [record.getMessage() for record in caplog.records]
    assert len(warned) == len(ISO.drills) == len(Path(f"{program}.runs").read_text().split())
    assert warned[0] == (f"the drill 'My {ISO.drills[0].name}' is not named aloud: espeak-ng "
                         f"failed (exit 1: Failed to read voice en-us); its beeps sound")
    assert all(": espeak-ng failed (exit 1" in line for line in warned)
    player.speak_names()  # the same session again: not asked twice
    player.names.wait()
    assert len(Path(f"{program}.runs").read_text().split()) == len(ISO.drills)


def test_beeps_mode_and_a_silent_output_ask_the_engine_nothing(qtbot, monkeypatch, tmp_path):
    program = _failing_engine(monkeypatch, tmp_path)
    _run(_player(monkeypatch, mode=BEEPS), _own(ISO))
    silent = CuePlayer(order=("silent",))
    assert silent.speak_names(compile_timeline(SessionPlan(_own(ISO)))) == 0
    assert not Path(f"{program}.runs").exists()


@needs_espeak
def test_a_damaged_clip_in_the_cache_is_dropped_and_spoken_anew_next_time(
        qtbot, monkeypatch, caplog):
    own = _own(ISO)
    first = own.drills[0]
    file = SpeechCache().file_for(first.name)
    file.parent.mkdir(parents=True)
    file.write_bytes(b"RIFF\x00\x00")  # cut short
    player = _player(monkeypatch)
    _, clips = _run(player, own)
    assert drill_sound(first.id) not in player.bank.samples
    assert not file.exists()
    assert "its beeps sound" in caplog.text
    player2 = _player(monkeypatch)
    _run(player2, own)
    assert drill_sound(first.id) in player2.bank.samples and file.is_file()


@needs_espeak
def test_a_spoken_name_reaches_the_device_through_simpleaudio(qapp, alsa_file_sink):
    own = _own(ISO)
    player = CuePlayer(order=("simpleaudio",), volume=1.0)
    timeline = compile_timeline(SessionPlan(own))
    assert player.speak_names(timeline) == len(own.drills)
    player.names.wait()
    QCoreApplication.processEvents()
    name = drill_sound(own.drills[1].id)
    player.output.wait_done()
    player.play_now([cues.next_drill_name(own.drills[1].id)])
    player.output.wait_done()
    want = player.bank.clip((NEXT_SOUND, name))
    assert alsa_file_sink.after_probe(want) == want
    player.close()


@needs_espeak
def test_a_drill_renamed_since_is_called_by_its_new_name(qtbot, monkeypatch):
    own = _own(ISO)
    player = _player(monkeypatch)
    _run(player, own)
    first = own.drills[0]
    old = player.bank.samples[drill_sound(first.id)]
    renamed = own._replace(drills=(first._replace(name="Pogo hops"), *own.drills[1:]))
    player.clock = FakeClock()
    Timed.clock = player.clock
    player.output.clips.clear()
    _, clips = _run(player, renamed)
    now = player.bank.samples[drill_sound(first.id)]
    assert now != old and now == _samples(SpeechCache().file_for("Pogo hops"))
    assert clips[0] == (1.0, (drill_sound(first.id),))  # called, by the new name's clip
