"""The drills' names, spoken in their lead-in ("next: drop and block jumps"): in the voice mode
only, at the get-ready and between drills, never over the 3-2-1 count; an athlete's own drill
whose name has no clip (no speech engine) gets its beeps as before."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from isohold.audio import player as player_module
from isohold.audio.bank import SoundBank
from isohold.audio.outputs import SilentOutput
from isohold.audio.player import CuePlayer
from isohold.core import cues
from isohold.core.clock import FakeClock
from isohold.core.cue_schedule import NAME_CALL_S
from isohold.core.cue_sounds import (BEEPS, DRILL_CALLS, GAP_S, NEXT_SOUND, VOICE_AND_BEEPS,
                                 clip_for, drill_sound)
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind
from isohold.core.routines import Routine, SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.session.runner import SessionRunner

from tests.audio.conftest import BUILTIN

FULL = next(routine for routine in BUILTIN if routine.id == "full")
LEAD_INS = (PhaseKind.GET_READY, PhaseKind.NEXT_DRILL)


def _own(routine: Routine) -> Routine:
    """The same drills as the athlete's own: the same numbers under ids of their own."""
    drills = tuple(drill._replace(id=f"my-{drill.id}", name=f"My {drill.name}")
                   for drill in routine.drills)
    return routine._replace(id="my-" + routine.id, drills=drills)


def _names_in(phase) -> list[tuple[float, str]]:
    return [(cue.at_s, cue.name) for cue in phase.cues if cues.named_drill(cue.name)]


# -- when -------------------------------------------------------------------------------------
def test_the_first_drill_is_named_a_second_into_the_get_ready_and_the_others_as_next():
    timeline = compile_timeline(SessionPlan(FULL))
    lead_ins = [phase for phase in timeline.phases if phase.kind in LEAD_INS]
    assert [phase.drill.id for phase in lead_ins] == [drill.id for drill in FULL.drills]
    get_ready, *between = lead_ins
    assert _names_in(get_ready) == [(1.0, cues.drill_name("wall-press-straight"))]
    for phase in between:
        assert _names_in(phase) == [(0.0, cues.next_drill_name(phase.drill.id))]
        opening = [cue.name for cue in phase.cues if cue.at_s == 0.0]
        # after the sound that ends the drill before, before the leg of a one-legged drill
        assert opening[0] in (cues.RELEASE, cues.SET_DONE)
        assert opening[1] == cues.next_drill_name(phase.drill.id)
        assert opening[2:] in ([], [cues.SIDE_LEFT])
        # the whole 3-2-1 count still sounds, after the name
        count = [cue.at_s for cue in phase.cues if cue.name in cues.COUNTDOWN]
        assert count == [phase.duration_s - 3, phase.duration_s - 2, phase.duration_s - 1]
        assert count[0] >= NAME_CALL_S


def test_what_each_lead_in_says_in_each_mode():
    timeline = compile_timeline(SessionPlan(FULL))
    sprinter = next(phase for phase in timeline.phases
                    if phase.kind is PhaseKind.NEXT_DRILL and phase.drill.id == "sprinter-press")
    opening = [cue.name for cue in sprinter.cues if cue.at_s == 0.0]
    assert clip_for(opening, VOICE_AND_BEEPS) == (
        "beep_release", "voice_next", "voice_drill_sprinter_press", "voice_left_leg")
    assert clip_for(opening, BEEPS) == ("beep_release",)
    get_ready = timeline.phases[0]
    first = [cue.name for cue in get_ready.cues if cue.at_s == 1.0]
    assert clip_for(first, VOICE_AND_BEEPS) == ("voice_drill_wall_press_straight",)
    assert clip_for(first, BEEPS) == ()


@pytest.mark.parametrize("routine", BUILTIN, ids=[routine.id for routine in BUILTIN])
def test_the_athletes_own_drills_are_named_where_the_built_in_ones_are_and_without_a_clip_sound_as_before(
        routine):
    """Their lead-ins call their names at the built-in ones' moments; with no clip for a name
    (no speech engine), they sound exactly what the built-in ones sound without the name."""
    built_in = compile_timeline(SessionPlan(routine))
    own = compile_timeline(SessionPlan(_own(routine)))
    shipped = SoundBank().samples  # the shipped clips: none says an athlete's own drill
    assert len(own.phases) == len(built_in.phases)
    for mine, theirs in zip(own.phases, built_in.phases):
        assert [(at, name.replace(":my-", ":")) for at, name in _names_in(mine)] == \
            _names_in(theirs)
        assert [(cue.at_s, cue.name) for cue in mine.cues if not cues.named_drill(cue.name)] == \
            [(cue.at_s, cue.name) for cue in theirs.cues if not cues.named_drill(cue.name)]
        for mode in (VOICE_AND_BEEPS, BEEPS):
            names = [cue.name for cue in mine.cues]
            sounds = clip_for(names, mode, shipped)
            assert not any(sound.startswith(("voice_drill_", NEXT_SOUND)) for sound in sounds)
            plain = [cue.name for cue in theirs.cues if not cues.named_drill(cue.name)]
            assert sounds == clip_for(plain, mode, shipped)


def test_a_short_get_ready_keeps_its_count_and_leaves_the_name_to_the_screen():
    timeline = compile_timeline(SessionPlan(FULL, get_ready_s=4.0))
    get_ready = timeline.phases[0]
    assert _names_in(get_ready) == []
    assert [cue.name for cue in get_ready.cues] == list(cues.COUNTDOWN)
    roomy = compile_timeline(SessionPlan(FULL, get_ready_s=7.0)).phases[0]
    assert _names_in(roomy) == [(1.0, cues.drill_name("wall-press-straight"))]
    assert [cue.name for cue in roomy.cues if cue.name in cues.COUNTDOWN] == list(cues.COUNTDOWN)


# -- played by the session, at its moment -----------------------------------------------------
class Timed:
    """An output that keeps what it was asked to play and when, on the session's clock."""

    kind, name, latency_s = "qt", "timed", 0.0
    clock: FakeClock

    def __init__(self):
        self.clips = []

    def play(self, sounds):
        self.clips.append((round(self.clock.now(), 3), sounds))

    def set_volume(self, volume):
        pass

    def stop(self):
        pass

    def close(self):
        pass


def _run(qtbot, monkeypatch, routine, mode, bank=None):
    clock = FakeClock()
    Timed.clock = clock
    monkeypatch.setattr(player_module, "open_output",
                        lambda kind, bank, volume, parent=None: (
                            Timed() if kind == "qt" else SilentOutput()))
    player = CuePlayer(bank=bank, order=("qt", "silent"), mode=mode)
    runner = SessionRunner(compile_timeline(SessionPlan(routine)), clock)
    player.follow(runner)
    runner.start()
    QCoreApplication.processEvents()
    start = clock.now()
    while not runner.is_over:
        due = runner.next_due_at()
        if due is None:  # the athlete counts out a set without a cadence
            clock.advance(runner.phase.estimate_s)
            for _ in range(runner.phase.target_reps):
                runner.next()
        else:
            clock.advance(max(0.0, due - clock.now()) + 1e-9)
            runner.tick()
        QCoreApplication.processEvents()
    return runner.timeline, [(round(at - start, 1), sounds) for at, sounds in player.output.clips]


def test_a_session_says_each_drill_when_its_lead_in_begins(qtbot, monkeypatch):
    routine = next(routine for routine in BUILTIN if routine.id == "iso-holds")
    timeline, clips = _run(qtbot, monkeypatch, routine, VOICE_AND_BEEPS)
    named = [(at, sounds) for at, sounds in clips if any(s.startswith("voice_drill_")
                                                         for s in sounds)]
    second = next(phase for phase in timeline.phases if phase.kind is PhaseKind.NEXT_DRILL)
    assert named[0] == (1.0, ("voice_drill_wall_press_straight",))
    assert named[1] == (round(second.planned_start_s, 1),
                        ("beep_release", "voice_next", "voice_drill_wall_press_bent"))
    assert named[2][1] == ("beep_release", "voice_next", "voice_drill_sprinter_press",
                           "voice_left_leg")
    assert len(named) == 3


def test_beeps_mode_and_the_athletes_own_drills_with_no_speech_engine_never_speak_a_name(
        qtbot, monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path / "no-engine-here"))  # no espeak-ng on PATH
    routine = next(routine for routine in BUILTIN if routine.id == "iso-holds")
    for chosen, mode in ((routine, BEEPS), (_own(routine), VOICE_AND_BEEPS)):
        _, clips = _run(qtbot, monkeypatch, chosen, mode)
        spoken = {sound for _, sounds in clips for sound in sounds}
        assert not any(sound.startswith("voice_drill_") or sound == NEXT_SOUND
                       for sound in spoken)
        assert any(sounds[:1] == ("beep_release",) for _, sounds in clips)


def test_a_missing_name_clip_leaves_the_whole_call_out_and_the_beep_in(
        qtbot, monkeypatch, sounds_copy):
    (sounds_copy / "voice_drill_wall_press_bent.wav").unlink()
    bank = SoundBank(sounds_copy)
    assert [problem.name for problem in bank.problems] == ["voice_drill_wall_press_bent"]
    routine = next(routine for routine in BUILTIN if routine.id == "iso-holds")
    timeline, clips = _run(qtbot, monkeypatch, routine, VOICE_AND_BEEPS, bank=bank)
    second = next(phase for phase in timeline.phases if phase.kind is PhaseKind.NEXT_DRILL)
    assert (round(second.planned_start_s, 1), ("beep_release",)) in clips  # no lone "next"
    assert clip_for([cues.next_drill_name("wall-press-bent")], VOICE_AND_BEEPS,
                    bank.samples) == ()


# -- the clips --------------------------------------------------------------------------------
def test_every_built_in_drill_has_its_name_clip_and_the_bank_loads_them():
    built_in = {drill.id for routine in load_routines().routines
                if routine.source is None or "drills.json" in str(routine.source)
                for drill in routine.drills}
    assert built_in and built_in == set(DRILL_CALLS)
    bank = SoundBank()
    assert bank.problems == []
    for drill_id in built_in:
        assert drill_sound(drill_id) in bank.samples
    assert NEXT_SOUND in bank.samples


def test_next_and_the_longest_name_fit_the_time_the_schedule_leaves_them():
    bank = SoundBank()
    longest = max(bank.seconds(drill_sound(drill_id)) for drill_id in DRILL_CALLS)
    assert bank.seconds(NEXT_SOUND) + GAP_S + longest <= NAME_CALL_S


def test_the_clips_are_made_from_the_one_list_of_words():
    from tests.audio.test_sounds import make_sounds
    for drill_id, words in DRILL_CALLS.items():
        assert make_sounds.VOICES[drill_sound(drill_id)] == words
    assert make_sounds.VOICES[NEXT_SOUND] == "next"
    assert Path(make_sounds.OUT, "voice_next.wav").is_file()
