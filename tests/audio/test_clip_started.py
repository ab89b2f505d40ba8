"""The cue player says when a clip sounds, how long until it has been heard, and whether it
speaks: what the music ducker lowers or pauses the music for."""

from __future__ import annotations

import pytest

from isohold.audio.bank import RATE
from isohold.audio.player import CuePlayer
from isohold.core import cues
from isohold.core.cue_sounds import BEEPS, GAP_S, VOICE_AND_BEEPS


@pytest.mark.parametrize("mode, sounds, spoken", [
    (VOICE_AND_BEEPS, ("beep_rest", "voice_rest"), True),
    (BEEPS, ("beep_rest",), False)])
def test_a_clip_says_its_length_and_whether_it_speaks(qtbot, mode, sounds, spoken):
    player = CuePlayer(order=("silent",), mode=mode)
    with qtbot.waitSignal(player.clip_started) as started:
        player.play_now((cues.REST,))
    seconds, said = started.args
    frames = sum(len(player.bank.samples[sound]) for sound in sounds)
    assert seconds == pytest.approx(frames / RATE + GAP_S * (len(sounds) - 1))
    assert seconds > 0.1 and said is spoken


def test_muted_nothing_sounds_and_nothing_is_said(qtbot):
    player = CuePlayer(order=("silent",), muted=True)
    with qtbot.assertNotEmitted(player.clip_started):
        player.play_now((cues.REST,))
