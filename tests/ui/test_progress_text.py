"""The one wording of the core's suggestions, pain checks and load for the screens: a line per
rule, from the core's own values (suggest on real records, pain_check, load_check)."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from isohold.core.history.records import DrillRecord
from isohold.core.load import load_check
from isohold.core.pain import pain_check
from isohold.core.progression import suggest
from isohold.core.routines import Drill, DrillChoice, DrillKind, Range, Sides
from isohold.ui.progress_text import contacts_text, recovery_warning, suggestion_text

HOLD = Drill("iso", "Isometric hold", DrillKind.HOLD, Sides.BOTH, "Push",
             reps=Range(6, 10, 8), sets=Range(1, 3, 1), hold_s=Range(10, 14, 10))
BOX = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block",
            reps=Range.fixed(6), sets=Range(3, 4, 3), box_height_cm=Range(40, 60, 45),
            contacts_per_rep=1)


def done(drill, choice: DrillChoice, sets_done=None, knees=None, heels=None) -> DrillRecord:
    record = DrillRecord.planned(drill, choice)
    record.sets_done = record.sets_planned if sets_done is None else sets_done
    record.reps_both = record.sets_done * record.reps_planned
    if drill.box_height_cm is not None:
        record.box_height_cm = choice.box_height_cm
        record.knees_held, record.heels_off = knees, heels
    return record


def line(drill, record, pain=None) -> str:
    return suggestion_text(suggest(drill, 0, record, pain), record)


def hold(reps=8, sets=1, hold_s=10.0) -> DrillChoice:
    return DrillChoice(reps=reps, sets=sets, hold_s=hold_s)


def box(cm=45.0, sets=3) -> DrillChoice:
    return DrillChoice(reps=6, sets=sets, box_height_cm=cm)


@pytest.mark.parametrize("drill, record, pain, said", [
    (HOLD, done(HOLD, hold(reps=9)), None, "Reps 9 \u2192 10: all 9 done last time"),
    (HOLD, done(HOLD, hold(reps=9, sets=2)), None,
     "Reps 9 \u2192 10: all 2 sets of 9 done last time"),
    (HOLD, done(HOLD, hold(reps=10)), None, "Hold 10 \u2192 12 s: all 10 done last time"),
    (HOLD, done(HOLD, hold(reps=9, sets=3), sets_done=2), None,
     "Same as last time: 2 of 3 sets done"),
    (HOLD, done(HOLD, hold(reps=10, sets=3, hold_s=14)), None,
     "Same as last time: already at the top of this drill's ranges"),
    (HOLD, done(HOLD, hold(reps=10)), pain_check(6, None),
     "One step back, reps 10 \u2192 9: pain 6/10 during the last session"),
    (HOLD, done(HOLD, hold(reps=9)), pain_check(2, 7),
     "One step back, reps 9 \u2192 8: pain 7/10 the morning after the last session"),
    (HOLD, done(HOLD, hold(reps=9)), pain_check(2, 3, before_session=1),
     "One step back, reps 9 \u2192 8: your legs were worse the next morning (3/10, 1/10 "
     "before)"),
    (HOLD, done(HOLD, hold(reps=6)), pain_check(6, None),
     "Same as last time, the lowest this drill allows: pain 6/10 during the last session"),
    (HOLD, done(HOLD, hold(reps=9)), pain_check(None, None, rpe=10),
     "Same as last time: effort 10/10 last time, nothing left"),
    (HOLD, done(HOLD, hold(reps=9)), pain_check(None, 4),
     "Same as last time: pain 4/10 the next morning had not settled"),
    (BOX, done(BOX, box(45), knees=False, heels=True), None,
     "Box 45 \u2192 40 cm: your knees yielded last time"),
    (BOX, done(BOX, box(40), knees=False, heels=True), None,
     "Box stays at 40 cm, its lowest: your knees yielded last time"),
    (BOX, done(BOX, box(45), knees=True, heels=True), None,
     "Box 45 \u2192 50 cm: every set done, knees held and heels stayed off"),
    (BOX, done(BOX, box(45), knees=True, heels=False), None,
     "Same as last time: your heels touched the ground last time"),
    (BOX, done(BOX, box(45)), None,
     "Same as last time: say on the summary whether your knees held and heels stayed off"),
], ids=["reps-up", "reps-up-sets", "hold-up", "not-all-done", "at-top", "pain-during",
        "pain-morning", "worse-morning", "pain-at-lowest", "rpe-10", "not-settled",
        "knees-yielded", "knees-yielded-lowest", "box-up", "heels-touched", "no-box-report"])
def test_each_rule_has_its_line(drill, record, pain, said):
    assert line(drill, record, pain) == said


def test_no_record_has_no_line():
    assert line(HOLD, None) == ""


ZONE = timezone(timedelta(hours=1))
NOW = datetime(2025, 6, 20, 7, 0, tzinfo=ZONE)


def test_the_recovery_warning_says_the_hours_and_the_48():
    class Jumps:  # a training session with contacts, as the load module reads one
        is_training, ground_contacts = True, 18
        started_at = NOW - timedelta(hours=47, minutes=30)
        ended_at = NOW - timedelta(hours=47)
    warned = recovery_warning(load_check(18, [Jumps()], NOW))
    assert warned == ("Last jump session 47 hours ago: allow 48 hours between intense jump "
                      "sessions. Holds are fine today.")
    Jumps.ended_at = NOW - timedelta(hours=49)
    assert recovery_warning(load_check(18, [Jumps()], NOW)) == ""
    assert recovery_warning(load_check(0, [], NOW)) == ""


def test_contacts_over_the_guide_say_so_at_the_level():
    assert contacts_text(load_check(130, [], NOW, "intermediate")) == (
        "Ground contacts: 130 planned, over the intermediate guide of 100-120 a session"
        "\u00a0\u00a0\u00b7  0\u00a0in the last 7\u00a0days")
