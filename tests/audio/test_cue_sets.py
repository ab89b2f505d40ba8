"""The beep sets (the `cue_set` setting): a high and a low set besides the standard one, louder
for noisy rooms and loudness-matched to each other; the player plays the chosen set's beeps, and
the standard beep where a set's file is lost."""

from __future__ import annotations

import array
import math
import statistics

import pytest

from isohold.audio.bank import SoundBank
from isohold.audio.player import CuePlayer
from isohold.core import cues
from isohold.core.cue_sounds import (BEEPS, CUE_SETS, HIGH, LOW, STANDARD, VOICE_AND_BEEPS,
                                     clip_for, in_set, standard_sounds)
from isohold.core.settings import Settings

from tests.audio.test_sounds import SOUNDS, make_sounds, read

STANDARD_BEEPS = sorted(make_sounds.STANDARD_BEEPS)


def _loudness(name: str) -> float:
    return make_sounds.loudness(read(SOUNDS / f"{name}.wav")[1])


LOUDNESS = {cue_set: {beep: _loudness(in_set(beep, cue_set)) for beep in STANDARD_BEEPS}
            for cue_set in CUE_SETS}


def test_each_set_has_every_beep_in_the_same_rhythm_as_the_standard_one():
    for cue_set in (HIGH, LOW):
        for beep in STANDARD_BEEPS:
            params, samples = read(SOUNDS / f"{in_set(beep, cue_set)}.wav")
            assert params.nframes == make_sounds.beep_frames(make_sounds.STANDARD_BEEPS[beep])
            assert samples.tobytes() != read(SOUNDS / f"{beep}.wav")[1].tobytes()


def test_the_louder_sets_match_each_other_within_1_db_and_are_louder_than_the_standard():
    """Loudness: BS.1770's K-weighted mean square over the whole sound (LUFS-like)."""
    high, low, standard = LOUDNESS[HIGH], LOUDNESS[LOW], LOUDNESS[STANDARD]
    for beep in STANDARD_BEEPS:  # cue by cue: the go beep is as loud in either set
        assert abs(high[beep] - low[beep]) <= 1.0, (beep, high[beep], low[beep])
        assert abs(high[beep] - make_sounds.LOUD_LUFS) <= 0.5
        assert abs(low[beep] - make_sounds.LOUD_LUFS) <= 0.5
    assert abs(statistics.fmean(high.values()) - statistics.fmean(low.values())) <= 1.0
    # and within each set, no beep stands out or hides
    assert max(high.values()) - min(high.values()) <= 1.0
    assert max(low.values()) - min(low.values()) <= 1.0
    # louder than the standard set: on average by 2 dB, and never quieter than its loudest but
    # by a rounding
    assert statistics.fmean(high.values()) >= statistics.fmean(standard.values()) + 2.0
    assert min(low.values()) >= max(standard.values()) - 0.5


@pytest.mark.parametrize("cue_set", (HIGH, LOW))
def test_the_louder_sets_do_not_clip(cue_set):
    for beep in STANDARD_BEEPS:
        _, samples = read(SOUNDS / f"{in_set(beep, cue_set)}.wav")
        peak = max(abs(value) for value in samples)
        # at most -1 dBFS: 1 dB of headroom, no sample near full scale (the buzz of the low
        # set is shaped by a tanh before it is scaled, never cut off at the top)
        assert peak <= make_sounds.PEAK < 32767
        assert peak >= make_sounds.PEAK * 10 ** (-6 / 20)  # and not quiet: within 6 dB of it


def test_the_loudness_measure_reads_a_known_tone_right():
    """A 1 kHz sine at full scale reads -3.01 dB of power, +0.69 for the K-weighting at 1 kHz
    (BS.1770's reference: -3.01 LUFS for a 0 dBFS 1 kHz sine in one channel, near enough)."""
    sine = [math.sin(2 * math.pi * 1000 * i / 44100) for i in range(44100)]
    assert make_sounds.loudness(sine) == pytest.approx(-3.01, abs=0.1)
    assert make_sounds.loudness([value / 10 for value in sine]) == pytest.approx(-23.01, abs=0.1)
    quieter = array.array("h", (round(value * 3276.7) for value in sine))
    assert make_sounds.loudness(quieter) == pytest.approx(-23.01, abs=0.1)


def test_a_clip_takes_the_chosen_sets_beeps_and_the_calls_are_the_same():
    everything = SoundBank().samples
    go = [cues.GO, cues.HOLD]
    assert clip_for(go, VOICE_AND_BEEPS, everything, HIGH) == ("beep_go_high", "voice_hold")
    assert clip_for(go, VOICE_AND_BEEPS, everything, LOW) == ("beep_go_low", "voice_hold")
    assert clip_for(go, VOICE_AND_BEEPS, everything) == ("beep_go", "voice_hold")
    assert clip_for([cues.COUNTDOWN[0]], VOICE_AND_BEEPS, everything, LOW) == \
        ("beep_count_low", "voice_three")
    with pytest.raises(KeyError, match="no beep set 'loud'"):
        clip_for(go, VOICE_AND_BEEPS, everything, "loud")


def test_a_sets_lost_beep_falls_back_to_the_standard_one():
    without = set(SoundBank().samples) - {"beep_go_high"}
    assert clip_for([cues.GO, cues.HOLD], VOICE_AND_BEEPS, without, HIGH) == \
        ("beep_go", "voice_hold")
    # both lost: the cue's call alone, as in the standard set
    assert clip_for([cues.GO, cues.HOLD], VOICE_AND_BEEPS, without - {"beep_go"}, HIGH) == \
        ("voice_hold",)
    # the standard beep lost, the set's there: the set's plays
    assert clip_for([cues.GO], BEEPS, without | {"beep_go_high"} - {"beep_go"}, HIGH) == \
        ("beep_go_high",)


def test_the_player_plays_the_chosen_set_at_the_device_and_the_standard_beep_for_a_lost_file(
        qapp, sounds_copy, alsa_file_sink):
    (sounds_copy / "beep_go_high.wav").unlink()
    bank = SoundBank(sounds_copy)
    [problem] = bank.problems
    assert problem.message.endswith("beep_go_high.wav is missing; the standard beep plays "
                                    "instead")
    settings = Settings.load()
    settings.set("cue_set", HIGH)
    settings.set("sound_mode", "beeps")
    settings.set("volume", 1.0)
    player = CuePlayer(bank, order=("simpleaudio",), mode="beeps", volume=1.0,
                       cue_set=STANDARD)
    player.apply_settings(settings)
    assert player.off_reason == "" and player.sound_problems == []  # every cue is heard
    player.output.wait_done()
    for group in ([cues.COUNTDOWN[0]], [cues.GO, cues.HOLD], [cues.RELEASE]):
        player.play_now(group)
        player.output.wait_done()
    want = array.array("h")
    for name in ("beep_count_high", "beep_go", "beep_release_high"):
        want += bank.samples[name]
    assert alsa_file_sink.after_probe(want) == want
    player.close()


def test_the_player_takes_its_set_from_the_settings():
    settings = Settings.load()
    assert settings["cue_set"] == STANDARD
    settings.set("cue_set", LOW)
    player = CuePlayer.for_settings(settings)
    assert player.cue_set == LOW
    with pytest.raises(ValueError, match="beep set 'loud'"):
        player.set_cue_set("loud")
    player.close()


def test_every_set_lists_each_standard_sound_once():
    standard = standard_sounds()
    assert {in_set(sound, HIGH) for sound in standard} - standard == \
        {f"{beep}_high" for beep in STANDARD_BEEPS}
