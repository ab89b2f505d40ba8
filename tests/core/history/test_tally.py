"""Adding up a session from its phase outcomes, driven by the core Session (no Qt)."""

from __future__ import annotations

import pytest

from isohold.core.history import SessionRecord, SessionTally
from isohold.core.phases import PhaseKind
from isohold.core import session
from isohold.core.session import Ending, PhaseFinished, PhaseStarted
from isohold.core.timeline import compile_timeline


class Walk:
    """The core arithmetic stepped by hand, as the runner steps it (no Qt)."""

    def __init__(self, timeline):
        self.timeline = timeline
        self.cursor = None
        self.over = False

    @property
    def index(self):
        return self.cursor.index


def run(plan, steps):
    """Walk a session through `steps` ("due:<s>", "skip", "back", "stop", "done": count the
    set's reps) into a tally."""
    timeline = compile_timeline(plan)
    walk = Walk(timeline)
    tally = SessionTally(SessionRecord.new(plan, planned_s=timeline.estimated_s), timeline)
    now = 0.0

    def fold(step):
        walk.cursor = step.cursor
        for event in step.events:
            if isinstance(event, PhaseFinished):
                tally.add(event.outcome)
            if isinstance(event, PhaseStarted):
                tally.record.phase_index = event.phase.index

    fold(session.enter(timeline, 0, now))
    for step in steps:
        if step.startswith("due:"):
            now += float(step[4:])
            fold(session.due(timeline, walk.cursor, now))
        elif step == "skip":
            fold(session.move(timeline, walk.cursor, Ending.SKIPPED, walk.index + 1, now))
        elif step == "back":
            fold(session.move(timeline, walk.cursor, Ending.SKIPPED, walk.index - 1, now))
        elif step == "done":
            while not session.set_complete(timeline, walk.cursor):
                fold(session.count_rep(timeline, walk.cursor))
            fold(session.move(timeline, walk.cursor, Ending.COMPLETED, walk.index + 1, now))
        elif step == "stop":
            tally.add(session.outcome(timeline, walk.cursor, Ending.STOPPED, now))
            walk.over = True
    walk.over = walk.over or timeline[walk.index].kind is PhaseKind.DONE
    return tally.record, walk


def test_a_whole_session_counts_every_hold_per_side_and_every_set(plan):
    record, session = run(plan, ["due:10000", "done", "due:100", "done"])
    assert session.over
    wall, press, drops = record.drills
    assert (wall.sets_done, wall.reps_both, wall.hold_both_s) == (2, 4, 40.0)
    assert (wall.tut_left_s, wall.tut_right_s) == (40.0, 40.0)  # both legs under tension
    assert wall.tut_s == 40.0  # clock time: a two-legged hold counts once
    assert (press.reps_left, press.reps_right, press.sets_done) == (2, 2, 1)
    assert (press.hold_left_s, press.hold_right_s) == (16.0, 16.0)
    assert (drops.sets_done, drops.reps_both) == (2, 6)
    assert record.active_s == pytest.approx(10100.0)  # every second of it, no pauses
    assert record.paused_s == 0.0
    assert record.phase_index == len(compile_timeline(plan)) - 1  # at DONE


def test_a_skipped_hold_is_no_rep_but_its_seconds_under_tension_count(plan):
    # get ready (10 s), then 4 s into the first wall hold the athlete skips it
    record, _ = run(plan, ["due:14", "skip", "stop"])
    wall = record.drill("wall")
    assert wall.reps_both == 0
    assert wall.hold_both_s == pytest.approx(4.0)
    assert wall.sets_done == 0


def test_going_back_and_doing_a_hold_again_counts_the_work_but_the_set_once(plan):
    timeline = compile_timeline(plan)
    last_hold_of_set_1 = next(p for p in timeline.phases
                              if p.kind is PhaseKind.HOLD and p.rep == 2 and p.set_no == 1)
    # run to the end of set 1's last hold, step back into it, and hold it once more
    until = last_hold_of_set_1.planned_start_s + 10
    record, session = run(plan, [f"due:{until}", "back", "due:10", "stop"])
    wall = record.drill("wall")
    assert wall.reps_both == 2 and wall.sets_done == 1  # each planned hold counts once
    assert wall.hold_both_s == pytest.approx(30.0)  # but the seconds were held three times


def test_stopping_keeps_reps_counted_so_far_in_a_user_paced_set(plan):
    timeline = compile_timeline(plan)
    first_set = next(p for p in timeline.phases if p.kind is PhaseKind.SET)
    record, session = run(plan, [f"due:{first_set.planned_start_s + 3}", "stop"])
    drops = record.drill("drops")
    assert drops.reps_both == 0 and drops.sets_done == 0 and drops.set_s == pytest.approx(3)
    assert record.phase_index == first_set.index


def test_resume_index_is_where_the_session_stood(plan):
    record, session = run(plan, ["due:25"])
    assert record.phase_index == session.index > 0
