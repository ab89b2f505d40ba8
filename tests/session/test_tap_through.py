"""Every built-in routine tapped through with Next at once, and other ways of cutting work
short, through the real runner and recorder into a real history file: the record holds what
happened, not the plan."""

from __future__ import annotations

import pytest

from isohold.core.clock import FakeClock
from isohold.core.history import HistoryStore, Status
from isohold.core.history.export import csv_text
from isohold.core.loader import load_routines
from isohold.core.routines import SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.session.recorder import HistoryRecorder
from isohold.session.runner import SessionRunner

ROUTINES = {routine.id: routine for routine in load_routines().routines}


@pytest.fixture
def store():
    with HistoryStore() as opened:
        yield opened


def session(store, routine_id):
    plan = SessionPlan(ROUTINES[routine_id])
    timeline = compile_timeline(plan)
    clock = FakeClock()
    runner = SessionRunner(timeline, clock)
    recorder = HistoryRecorder(runner, store, plan, timeline)
    runner.start()
    return runner, recorder, clock


# routine: per drill, (reps done, sets done) after Next pressed at once on every phase. A set
# the athlete counts takes one press per rep, so its reps are there; a hold or a beat is not.
TAPPED = {
    "iso-holds": {"wall-press-straight": (0, 0), "wall-press-bent": (0, 0),
                  "sprinter-press": (0, 0)},
    "dynamic": {"forefoot-jumps": (0, 0), "downhill-sprints": (4, 1), "drop-jumps": (18, 3)},
    "full": {"wall-press-straight": (0, 0), "wall-press-bent": (0, 0), "sprinter-press": (0, 0),
             "forefoot-jumps": (0, 0), "downhill-sprints": (4, 1), "drop-jumps": (18, 3)},
}


@pytest.mark.parametrize("routine_id", sorted(TAPPED))
def test_tapping_next_through_a_routine_records_no_hold_and_no_beat(qtbot, store, routine_id):
    runner, recorder, _ = session(store, routine_id)
    presses = 0
    while not runner.is_over and presses < 1000:
        runner.next()
        presses += 1
    assert runner.state_names() == {"finished"}
    [saved] = store.sessions()
    assert saved.status is Status.STOPPED_EARLY and saved.reached_end
    assert {d.drill_id: (d.reps_done, d.sets_done) for d in saved.drills} == TAPPED[routine_id]
    assert saved.tut_s == 0.0 and saved.active_s == 0.0
    jumps = [d for d in saved.drills if d.drill_id == "drop-jumps"]
    assert all(d.ground_contacts == 18 and d.box_height_cm == 40 for d in jumps)
    assert all(d.box_height_cm is None for d in saved.drills if d.drill_id != "drop-jumps")
    assert "stopped_early" in csv_text([saved])


def test_holds_cut_short_count_their_seconds_and_no_rep(qtbot, store):
    runner, recorder, clock = session(store, "iso-holds")
    for _ in range(20 * 4):  # get ready 10 s, then 10 s of the first hold... cut at 6 s
        clock.advance(0.2)
        runner.tick()
        if runner.phase.kind.value == "hold" and runner.elapsed() >= 6.0:
            break
    runner.skip()
    runner.stop()
    [saved] = store.sessions()
    wall = saved.drills[0]
    assert (wall.reps_done, wall.sets_done) == (0, 0)
    assert wall.hold_both_s == pytest.approx(6.0) and saved.tut_s == pytest.approx(6.0)
    assert wall.tut_left_s == wall.tut_right_s == pytest.approx(6.0)  # each leg, both at once
    assert saved.status is Status.STOPPED_EARLY and not saved.reached_end


def test_a_cadence_set_ended_early_counts_the_beats_that_passed(qtbot, store):
    runner, recorder, clock = session(store, "dynamic")
    runner.skip()  # past get ready, into set 1 of the forefoot jumps (a 4 s beat)
    for _ in range(50):  # 10 s: two beats
        clock.advance(0.2)
        runner.tick()
    runner.next()  # ends the set
    runner.stop()
    jumps = store.sessions()[0].drills[0]
    assert (jumps.reps_done, jumps.sets_done, jumps.ground_contacts) == (2, 0, 2)
    assert jumps.set_s == pytest.approx(10.0)


def test_the_end_screen_summary_history_and_export_agree(qtbot, store):
    runner, recorder, _ = session(store, "dynamic")
    ended = []
    recorder.ended.connect(lambda record, short: ended.append((record.status, short)))
    while not runner.is_over:
        runner.next()
    [(status, short)] = ended
    [saved] = store.sessions()
    assert status is saved.status is recorder.record.status is Status.STOPPED_EARLY
    assert short.reps == 24 and short.holds == 0 and not short.stopped  # forefoot jumps
    assert ",stopped_early," in csv_text([saved])


def test_back_after_the_last_counted_rep_takes_that_rep_back_on_screen_and_in_the_record(
        qtbot, store):
    """Downhill sprints, 4 reps counted by Next: the fourth press ends the set; Back then means
    "one too many": the set goes on at 3 of 4, and Enter ends it with 3, which the record keeps."""
    runner, recorder, clock = session(store, "dynamic")
    while runner.phase.drill is None or runner.phase.drill.id != "downhill-sprints" \
            or runner.phase.kind.value != "set":
        runner.next()
    shown = []
    runner.rep_counted.connect(shown.append)
    for _ in range(4):
        runner.next()
    assert shown == [1, 2, 3, 4] and runner.phase.kind.value != "set"  # the set ended
    runner.back()
    assert runner.phase.kind.value == "set" and runner.cursor.reps == 3 and shown[-1] == 3
    runner.back()  # and Back again takes another
    assert runner.cursor.reps == 2 and shown[-1] == 2
    runner.next()
    runner.end_set()  # Enter: the set ends with 3 counted
    runner.stop()
    [saved] = store.sessions()
    sprints = next(d for d in saved.drills if d.drill_id == "downhill-sprints")
    assert (sprints.reps_done, sprints.sets_done) == (3, 0)


def test_back_into_a_set_ended_early_goes_on_from_its_count(qtbot, store):
    runner, recorder, clock = session(store, "dynamic")
    while runner.phase.drill is None or runner.phase.drill.id != "downhill-sprints" \
            or runner.phase.kind.value != "set":
        runner.next()
    runner.next()
    runner.next()
    runner.end_set()  # 2 of 4, ended early
    runner.back()
    assert runner.phase.kind.value == "set" and runner.cursor.reps == 2
    runner.next()
    runner.next()  # 4 of 4: the set is done after all
    runner.stop()
    [saved] = store.sessions()
    sprints = next(d for d in saved.drills if d.drill_id == "downhill-sprints")
    assert (sprints.reps_done, sprints.sets_done) == (4, 1)
