"""A bad sound file never stops the app: the bank names the file and what is wrong, once, and
every other cue still reaches the device (an ALSA file PCM: the samples it was given); a sound
Qt Multimedia cannot load is left out of its clip, said once, and the rest of the clip plays.

Each case damages a copy of the shipped sounds (conftest's `sounds_copy`), never resources/.
"""

from __future__ import annotations

import array
import json
import os
import subprocess
import sys
import textwrap
import wave
from pathlib import Path

import pytest

from isohold.audio.bank import MAX_BYTES, SoundBank
from isohold.audio.player import CuePlayer
from tests.audio.qt_child import PRELUDE
from isohold.core import cues
from isohold.core.cue_sounds import (BEEPS, SILENT, VOICE_AND_BEEPS, clip_for, every_sound,
                                     standard_sounds)

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = SoundBank()


def _rewrite(channels: int, width: int, rate: int):
    def damage(path: Path) -> None:
        with wave.open(str(path), "wb") as out:
            out.setnchannels(channels)
            out.setsampwidth(width)
            out.setframerate(rate)
            out.writeframes(bytes(channels * width * rate // 10))
    return damage


def _cut(size: int):
    def damage(path: Path) -> None:
        path.write_bytes(path.read_bytes()[:size])
    return damage


def _replace(data: bytes):
    def damage(path: Path) -> None:
        path.write_bytes(data)
    return damage


def _missing(path: Path) -> None:
    path.unlink()


def _folder(path: Path) -> None:
    path.unlink()
    path.mkdir()


def _pipe(path: Path) -> None:  # opened for reading, a pipe with no writer would hang
    path.unlink()
    os.mkfifo(path)


def _symlink_loop(path: Path) -> None:
    path.unlink()
    path.symlink_to(path.name)


def _no_permission(path: Path) -> None:
    if os.geteuid() == 0:
        pytest.skip("root reads a file whatever its permissions")
    path.chmod(0)


def _compressed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[20:22] = (0x55).to_bytes(2, "little")  # the fmt chunk's format tag: MPEG layer 3
    path.write_bytes(bytes(data))


def _huge(path: Path) -> None:
    with path.open("r+b") as file:
        file.truncate(64 * MAX_BYTES)  # sparse: no disk space used


# kind of damage -> how to do it to a file, and the words that say what is wrong
DAMAGES = {
    "missing": (_missing, "is missing"),
    "a folder": (_folder, "is not a regular file"),
    "a named pipe": (_pipe, "is not a regular file"),
    "a symlink loop": (_symlink_loop, "is unreadable (Too many levels of symbolic links)"),
    "no read permission": (_no_permission, "is unreadable (Permission denied)"),
    "zero-length": (_replace(b""), "is empty (0 bytes)"),
    "a text file": (_replace(b"This is not a sound.\n" * 20), "is not a WAV file (it is text)"),
    "an MP3 renamed": (_replace(b"ID3\x04\x00\x00\x00\x00\x00\x00" + b"\xff\xfb\x90\x00" * 400),
                       "is not a WAV file (it looks like an MP3)"),
    "compressed": (_compressed, "is not plain PCM audio"),
    "8-bit": (_rewrite(1, 1, 44100), "is in the wrong format (8-bit, mono, 44,100 Hz"),
    "24-bit": (_rewrite(1, 3, 44100), "is in the wrong format (24-bit, mono, 44,100 Hz"),
    "96 kHz": (_rewrite(1, 2, 96000), "is in the wrong format (16-bit, mono, 96,000 Hz"),
    "6 channels": (_rewrite(6, 2, 44100), "is in the wrong format (16-bit, 6 channels"),
    "a truncated header": (_cut(30), "is damaged (its header is cut short)"),
    "a header without its data chunk": (_cut(40), "is damaged (its header is cut short or broken)"),
    "truncated data": (_cut(1000), "is damaged (truncated: 0.01 s of 0.40 s)"),
    "huge": (_huge, f"is too big ({64 * MAX_BYTES:,} bytes"),
}

# Cues played through a session's moments: the damaged go beep leaves its clip's call alone.
GROUPS = [[cues.COUNTDOWN[0]], [cues.GO, cues.HOLD], [cues.RELEASE]]
PLAYED_WITHOUT_GO = [("beep_count", "voice_three"), ("voice_hold",), ("beep_release",)]


def samples_of(clips) -> array.array:
    out = array.array("h")
    for clip in clips:
        out += SHIPPED.clip(clip)
    return out


@pytest.mark.parametrize("kind", DAMAGES)
def test_a_bad_sound_file_is_named_once_and_every_other_cue_reaches_the_device(
        qapp, sounds_copy, alsa_file_sink, kind):
    damage, words = DAMAGES[kind]
    bad = sounds_copy / "beep_go.wav"
    damage(bad)

    bank = SoundBank(sounds_copy)
    [problem] = bank.problems
    assert problem.name == "beep_go" and problem.file == str(bad)
    assert problem.message.startswith(f"the file {bad} {words}")
    assert problem.message.endswith("; that beep is silent")
    assert set(bank.samples) == every_sound() - {"beep_go"}

    player = CuePlayer(bank, order=("simpleaudio",), volume=1.0)
    offs = []
    player.sound_off.connect(offs.append)
    assert player.backend_name == "simpleaudio (ALSA)"
    assert player.off_reason == problem.message  # the screen shows it at the session's start
    player.output.wait_done()
    for group in GROUPS:
        player.play_now(group)
        player.output.wait_done()

    want = samples_of(PLAYED_WITHOUT_GO)
    assert alsa_file_sink.after_probe(want) == want
    assert offs == []  # not again, cue after cue
    assert player.sound_problems == [problem.message] and player.problems == []
    player.close()


def test_a_broken_call_gives_way_to_its_cues_beep(qapp, sounds_copy, alsa_file_sink):
    _cut(500)(sounds_copy / "voice_switch_legs.wav")
    _missing(sounds_copy / "voice_three.wav")
    bank = SoundBank(sounds_copy)
    assert [problem.name for problem in bank.problems] == ["voice_switch_legs", "voice_three"]
    assert all(problem.message.endswith("that call is left out, the beeps still sound")
               for problem in bank.problems)
    player = CuePlayer(bank, order=("simpleaudio",), volume=1.0)
    summary = player.off_reason
    assert summary.startswith("2 sound files cannot be played: ")
    assert summary.count("voice_switch_legs.wav (damaged (truncated") == 1
    assert summary.count("voice_three.wav (missing)") == 1
    player.output.wait_done()
    for group in ([cues.COUNTDOWN[0]], [cues.COUNTDOWN[1]], [cues.RELEASE, cues.SWITCH]):
        player.play_now(group)
        player.output.wait_done()
    want = samples_of([("beep_count",), ("beep_count", "voice_two"),
                       ("beep_release", "beep_switch")])
    assert alsa_file_sink.after_probe(want) == want
    player.close()


def test_with_no_sounds_folder_at_all_the_player_is_built_and_plays_nothing(
        qapp, tmp_path, alsa_file_sink):
    bank = SoundBank(tmp_path / "no-such-folder")
    assert len(bank.problems) == len(every_sound()) and not bank.samples
    assert all(problem.what == "missing" for problem in bank.problems)
    player = CuePlayer(bank, order=("simpleaudio", "qt", "silent"), volume=1.0)
    played = []
    player.played.connect(played.append)
    summary = player.off_reason
    # the louder sets' beeps are not counted: each has the standard beep to stand in (had it
    # a file), so the sounds that cannot be heard are the standard ones
    unheard = len(standard_sounds())
    assert summary.startswith(f"{unheard} sound files cannot be played: ")
    assert summary.endswith(f"and {unheard - 2} more; those sounds are left out")
    player.output.wait_done()
    for name in cues.ALL:
        player.cue(name)
    assert played == [] and alsa_file_sink.after_probe(array.array("h")) == array.array("h")
    player.close()


def test_the_shipped_sounds_have_no_problems():
    assert SHIPPED.problems == [] and SHIPPED.summary() == ""
    assert set(SHIPPED.samples) == set(SHIPPED.files) == every_sound()


def test_a_clip_leaves_out_what_cannot_play_and_a_lost_call_falls_back_to_its_beep():
    everything = every_sound()
    without = lambda *names: everything - set(names)  # noqa: E731
    assert clip_for([cues.GO, cues.HOLD], VOICE_AND_BEEPS, without("beep_go")) == ("voice_hold",)
    assert clip_for([cues.GO, cues.HOLD], VOICE_AND_BEEPS, without("voice_hold")) == ("beep_go",)
    assert clip_for([cues.SWITCH], VOICE_AND_BEEPS, without("voice_switch_legs")) == \
        ("beep_switch",)
    assert clip_for([cues.REST], VOICE_AND_BEEPS, without("voice_rest")) == ("beep_rest",)
    assert clip_for([cues.REST], VOICE_AND_BEEPS, without("beep_rest")) == ("voice_rest",)
    assert clip_for([cues.COUNTDOWN[0]], VOICE_AND_BEEPS, without("voice_three")) == \
        ("beep_count",)
    assert clip_for([cues.SIDE_LEFT], VOICE_AND_BEEPS, without("voice_left_leg")) == ()
    assert clip_for([cues.REST], BEEPS, without("beep_rest")) == ()
    assert clip_for(cues.ALL, SILENT, set()) == ()
    for mode in (VOICE_AND_BEEPS, BEEPS):  # nothing lost: the clip as it always was
        assert clip_for(cues.ALL, mode, everything) == clip_for(cues.ALL, mode)


QT_CHILD = PRELUDE + textwrap.dedent("""
    from isohold.audio.bank import SoundBank

    folder = Path(sys.argv[1])
    bank = SoundBank(folder)
    (folder / "beep_go.wav").write_bytes(b"changed after the bank read it")
    player = CuePlayer(bank, order=("qt", "silent"))
    offs = []
    player.sound_off.connect(offs.append)
    effects = player.output._effects
    until(lambda: all(e.isLoaded() or e.status() == e.Status.Error for e in effects.values()))
    for _ in range(3):
        player.play_now(["go", "hold"])
    hold = until(lambda: effects["voice_hold"].isPlaying())
    print(json.dumps({"backend": player.backend_name, "offs": offs, "hold_playing": hold,
                      "go_playing": effects["beep_go"].isPlaying()}), flush=True)
""")


def test_a_sound_qt_cannot_load_is_left_out_of_its_clip_and_named_once(
        pulse_null_sink, sounds_copy):
    result = subprocess.run([sys.executable, "-c", QT_CHILD, str(sounds_copy)], cwd=ROOT,
                            capture_output=True, text=True, timeout=120,
                            env=dict(os.environ, ISOHOLD_AUDIO="", **pulse_null_sink))
    assert result.returncode == 0, result.stderr
    facts = json.loads(result.stdout.splitlines()[-1])
    assert facts["backend"] == "Qt Multimedia"  # the output plays on
    assert facts["hold_playing"] and not facts["go_playing"]
    assert facts["offs"] == [f"Qt Multimedia could not load the file "
                             f"{sounds_copy / 'beep_go.wav'}; that sound is left out"]
