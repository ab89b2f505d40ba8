"""Which cue sounds when, for every built-in routine: from the timeline, through the session.

No Qt and no real time: the session is stepped from one deadline to the next.
"""

from __future__ import annotations

import wave

import pytest

from isohold import assets
from isohold.core import cues
from isohold.core.cue_sounds import BEEPS, GAP_S, MODES, VOICE_AND_BEEPS, clip_for
from isohold.core.phases import PhaseKind, Side
from isohold.core.routines import SessionPlan
from isohold.core import session
from isohold.core.session import CueDue
from isohold.core.timeline import compile_timeline

WORK = (PhaseKind.HOLD, PhaseKind.SET)


def planned(timeline) -> list[tuple[float, str]]:
    """Every cue of the timeline at its planned time from the session start."""
    return [(phase.planned_start_s + cue.at_s, cue.name) for phase in timeline.phases
            for cue in phase.cues]


def heard(timeline, lead_s: float = 0.0) -> list[tuple[float, str]]:
    """Run a session deadline to deadline; a user-paced set is counted out on its estimate."""
    got = []
    now = 0.0
    cursor, events = session.enter(timeline, 0, now)
    while True:
        got += [(round(now, 6), event.cue.name) for event in events if isinstance(event, CueDue)]
        if timeline[cursor.index].kind is PhaseKind.DONE:
            return got
        due = session.next_due_at(timeline, cursor, lead_s)
        if due is None:  # a set without cadence: the athlete counts its reps
            now += timeline[cursor.index].estimate_s
            while not session.set_complete(timeline, cursor):
                cursor, _ = session.count_rep(timeline, cursor)
            cursor, events = session.move(timeline, cursor, session.Ending.COMPLETED,
                                          cursor.index + 1, now)
            step = session.due(timeline, cursor, now, lead_s)  # as the runner does
            cursor, events = step.cursor, events + step.events
        else:
            # A hair past the deadline: due() compares `now - started_at` with the cue's
            # offset, which float rounding can put a hair short of next_due_at().
            now = due + 1e-9
            cursor, events = session.due(timeline, cursor, now, lead_s)


def test_every_hold_and_set_is_counted_in_on_the_seconds_the_display_shows(routine):
    timeline = compile_timeline(SessionPlan(routine))
    for phase in timeline.phases:
        if phase.kind not in WORK:
            continue
        lead_in = timeline[phase.index - 1]
        countdown = [(lead_in.duration_s - cue.at_s, cue.name) for cue in lead_in.cues
                     if cue.name in cues.COUNTDOWN]
        # remaining time 3, 2, 1: the whole seconds the display shows as the cue sounds
        assert countdown == [(3.0, "countdown_3"), (2.0, "countdown_2"), (1.0, "countdown_1")]
        opening = [cue.name for cue in phase.cues if cue.at_s == 0.0]
        assert opening[:1] == [cues.GO]


def test_holds_call_hold_or_last_rep_and_end_with_release(routine):
    timeline = compile_timeline(SessionPlan(routine))
    for phase in timeline.phases:
        if phase.kind is PhaseKind.HOLD:
            call = cues.LAST_REP if phase.rep == phase.reps else cues.HOLD
            assert [c.name for c in phase.cues if c.at_s == 0] == [cues.GO, call]
            after = timeline[phase.index + 1]
            assert after.cues[0] == cues.Cue(0.0, cues.RELEASE)


def test_one_legged_holds_are_called_by_side_after_switch_legs(routine):
    timeline = compile_timeline(SessionPlan(routine))
    one_legged = [p for p in timeline.phases if p.kind is PhaseKind.HOLD and p.side is not Side.BOTH]
    if not any(drill.sides.value == "alternate" for drill in routine.drills):
        assert one_legged == []
        return
    assert one_legged, "a routine with the sprinter press has one-legged holds"
    for hold in one_legged:
        lead_in = timeline[hold.index - 1]
        call = cues.SIDE_LEFT if hold.side is Side.LEFT else cues.SIDE_RIGHT
        assert call in [cue.name for cue in lead_in.cues]
        if lead_in.kind is PhaseKind.SWITCH:
            assert [c.name for c in lead_in.cues if c.at_s == 0] == [cues.RELEASE, cues.SWITCH,
                                                                     call]
    sides = [hold.side for hold in one_legged]
    assert sides.count(Side.LEFT) == sides.count(Side.RIGHT)


def test_paced_sets_tick_every_rep_but_the_last_and_end_with_set_done(routine):
    timeline = compile_timeline(SessionPlan(routine))
    for phase in timeline.phases:
        if phase.kind is not PhaseKind.SET:
            continue
        ticks = [cue.at_s for cue in phase.cues if cue.name == cues.TICK]
        if phase.cadence_s:
            assert ticks == [phase.cadence_s * rep for rep in range(1, phase.target_reps)]
        else:
            assert ticks == []
        assert cues.SET_DONE in [c.name for c in timeline[phase.index + 1].cues if c.at_s == 0]


def test_the_session_ends_with_one_session_done(routine):
    timeline = compile_timeline(SessionPlan(routine))
    names = [name for _, name in planned(timeline)]
    assert names.count(cues.SESSION_DONE) == 1
    assert names[-1] == cues.SESSION_DONE


@pytest.mark.parametrize("lead_s", [0.0, 0.1])
def test_a_session_sounds_every_planned_cue_on_time_or_lead_s_early(routine, lead_s):
    """With an output latency, every cue starts that much early, so it is heard on time;
    except the cues that open a phase after a user-paced set: nobody knows when it ends."""
    timeline = compile_timeline(SessionPlan(routine))
    expected = []
    for phase in timeline.phases:
        before = timeline[phase.index - 1] if phase.index else None
        for cue in phase.cues:
            early = lead_s if cue.at_s > 0 or (before is not None and before.timed) else 0.0
            expected.append((round(phase.planned_start_s + cue.at_s - early, 6), cue.name))
    assert heard(timeline, lead_s) == expected


def _seconds(sound: str) -> float:
    with wave.open(str(assets.path(f"sounds/{sound}.wav"))) as source:
        return source.getnframes() / source.getframerate()


@pytest.mark.parametrize("mode", MODES)
def test_no_cue_sounds_over_the_one_before(routine, mode):
    """Cues due together play as one clip; each clip ends before the next one starts."""
    timeline = compile_timeline(SessionPlan(routine))
    groups: dict[float, list[str]] = {}
    for at, name in planned(timeline):
        groups.setdefault(round(at, 6), []).append(name)
    busy_until, busy_with = 0.0, None
    for at in sorted(groups):
        sounds = clip_for(groups[at], mode)
        if not sounds:
            continue
        assert at >= busy_until, f"{groups[at]} at {at:.1f} s starts during {busy_with}"
        length = sum(_seconds(sound) for sound in sounds) + GAP_S * (len(sounds) - 1)
        busy_until, busy_with = at + length, groups[at]


def test_each_mode_plays_what_it_says():
    assert clip_for([cues.GO, cues.HOLD], VOICE_AND_BEEPS) == ("beep_go", "voice_hold")
    assert clip_for([cues.GO, cues.HOLD], BEEPS) == ("beep_go",)
    assert clip_for([cues.COUNTDOWN[0]], VOICE_AND_BEEPS) == ("beep_count", "voice_three")
    assert clip_for([cues.SIDE_LEFT], BEEPS) == ()
    assert clip_for(cues.ALL, "silent") == ()
    with pytest.raises(KeyError, match="no cue named"):
        clip_for(["gong"], BEEPS)
