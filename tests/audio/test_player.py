"""CuePlayer following a SessionRunner driven by a fake clock: what reaches the output, the
settings applied at once, and a failing output replaced mid-session without stopping it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication

from isohold.audio import player as player_module
from isohold.audio.outputs import OutputFailed, SilentOutput
from isohold.audio.player import CuePlayer
from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.cue_sounds import BEEPS, SILENT, VOICE_AND_BEEPS, clip_for
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner


class Recording:
    """An output that keeps what it was asked to play."""

    kind, name, latency_s = "qt", "recording", 0.0

    def __init__(self):
        self.clips, self.volume, self.stops, self.closed = [], None, 0, False

    def play(self, sounds):
        self.clips.append(sounds)

    def set_volume(self, volume):
        self.volume = volume

    def stop(self):
        self.stops += 1

    def wait_done(self):
        pass

    def close(self):
        self.closed = True


class Breaking(Recording):
    """Plays `good` clips, then fails like a device that was unplugged."""

    kind, name = "simpleaudio", "breaking"

    def __init__(self, good=2, error=OutputFailed("simpleaudio: Error opening PCM device")):
        super().__init__()
        self.good, self.error = good, error

    def play(self, sounds):
        if len(self.clips) >= self.good:
            raise self.error
        super().play(sounds)


@pytest.fixture
def make_player(qtbot, monkeypatch):
    def make(outputs=None, **options):
        outputs = outputs or {"silent": Recording}
        monkeypatch.setattr(player_module, "open_output",
                            lambda kind, bank, volume, parent=None: (
                                outputs[kind]() if kind in outputs else SilentOutput()))
        return CuePlayer(order=tuple(outputs) + ("silent",), **options)
    return make


def run_whole(qtbot, runner):
    """From deadline to deadline as the runner's precise timer would; the athlete counts out
    the sets without a cadence."""
    runner.start()
    QCoreApplication.processEvents()
    clock = runner.clock
    while not runner.is_over:
        due = runner.next_due_at()
        if due is None:
            clock.advance(runner.phase.estimate_s)
            for _ in range(runner.phase.target_reps):
                runner.next()
        else:
            clock.advance(max(0.0, due - clock.now()) + 1e-9)
            runner.tick()
        QCoreApplication.processEvents()  # the player plays what fell due together


def expected_clips(timeline, mode):
    groups: dict[float, list[str]] = {}
    for phase in timeline.phases:
        for cue in phase.cues:
            groups.setdefault(round(phase.planned_start_s + cue.at_s, 6), []).append(cue.name)
    clips = [clip_for(groups[at], mode) for at in sorted(groups)]
    return [clip for clip in clips if clip]


@pytest.mark.parametrize("mode", [VOICE_AND_BEEPS, BEEPS])
def test_a_whole_routine_plays_each_moment_as_one_clip(qtbot, make_player, routine, mode):
    player = make_player(mode=mode)
    runner = SessionRunner(compile_timeline(SessionPlan(routine)), FakeClock())
    player.follow(runner)
    run_whole(qtbot, runner)
    assert player.output.clips == expected_clips(runner.timeline, mode)
    assert player.output.clips[-1][-1] == "beep_session_done"
    if mode == VOICE_AND_BEEPS and any(p.kind.value == "hold" for p in runner.timeline.phases):
        assert ("beep_go", "voice_hold") in player.output.clips


def test_silent_mode_and_mute_play_nothing_and_apply_at_once(qtbot, make_player):
    player = make_player(mode=SILENT)
    player.play_now([cues.GO, cues.HOLD])
    assert player.output.clips == []
    player.set_mode(VOICE_AND_BEEPS)
    player.set_muted(True)
    assert player.output.stops == 1  # what was sounding stops at once
    player.play_now([cues.GO])
    assert player.output.clips == []
    assert player.toggle_mute() is False
    player.play_now([cues.GO])
    assert player.output.clips == [("beep_go",)]


def test_volume_reaches_the_output_at_once(make_player):
    player = make_player(volume=0.9)
    player.set_volume(0.3)
    assert player.output.volume == 0.3


@pytest.mark.parametrize("error", [OutputFailed("simpleaudio: Error opening PCM device"),
                                   RuntimeError("segfault-adjacent surprise")])
def test_an_output_failing_mid_session_goes_silent_says_so_and_the_session_finishes(
        qtbot, make_player, routine, error):
    player = make_player({"simpleaudio": lambda: Breaking(2, error)})
    assert player.backend_name == "breaking"
    offs, changes = [], []
    player.sound_off.connect(offs.append)
    player.output_changed.connect(changes.append)
    runner = SessionRunner(compile_timeline(SessionPlan(routine)), FakeClock())
    player.follow(runner)
    with qtbot.waitSignal(runner.session_finished):
        run_whole(qtbot, runner)
    assert len(offs) == 1 and str(error) in offs[0]
    assert changes == ["silent"]
    assert player.backend_name.startswith("silent (") and player.off_reason == offs[0]


def test_an_output_failing_hands_over_to_the_next_and_replays_the_cue(make_player):
    player = make_player({"simpleaudio": lambda: Breaking(1), "qt": Recording})
    first = player.output
    offs, changes = [], []
    player.sound_off.connect(offs.append)
    player.output_changed.connect(changes.append)
    player.play_now([cues.COUNTDOWN[0]])
    player.play_now([cues.GO, cues.HOLD])  # the device goes away here
    assert first.closed
    assert changes == ["recording"] and offs == []
    assert player.output.clips == [("beep_go", "voice_hold")]  # nothing lost
    assert player.latency_s == 0.0


def test_following_a_new_runner_leaves_the_old_one(qtbot, make_player, routine):
    player = make_player()
    old = SessionRunner(compile_timeline(SessionPlan(routine)), FakeClock())
    new = SessionRunner(compile_timeline(SessionPlan(routine)), FakeClock())
    player.follow(old)
    player.follow(new)
    old.cues_due.emit((cues.TICK,))
    assert player.output.clips == []
    new.cues_due.emit((cues.TICK,))
    assert player.output.clips == [("beep_tick",)]
