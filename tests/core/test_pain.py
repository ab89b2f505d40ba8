"""The pain-monitoring rules (Silbernagel 2007), one row per rule and threshold edge, as
docs/training.md states them."""

from __future__ import annotations

import pytest

from isohold.core.history.records import SessionRecord, now_local
from isohold.core.pain import (PAIN_LIMIT, RPE_KEEP_AT, SETTLED_MAX, PainWhy, Readiness,
                               pain_check, session_pain_check)

UP, KEEP, BACK = Readiness.STEP_UP, Readiness.KEEP, Readiness.STEP_BACK

# (during, next morning, before the session, RPE) -> (readiness, why)
RULES = {
    "nothing said: the record decides": ((None, None, None, None), (UP, PainWhy.NO_REPORT)),
    # 1. pain during: 5/10 is allowed, 6 is over the limit
    "during 5, morning settled": ((5, 1, None, None), (UP, PainWhy.SETTLED)),
    "during 6": ((6, None, None, None), (BACK, PainWhy.PAIN_OVER_LIMIT)),
    "during 6 though the morning settled": ((6, 0, 0, None), (BACK, PainWhy.PAIN_OVER_LIMIT)),
    "during 10": ((10, None, None, None), (BACK, PainWhy.PAIN_OVER_LIMIT)),
    # 2. the next morning over the limit
    "morning 6": ((2, 6, None, None), (BACK, PainWhy.MORNING_OVER_LIMIT)),
    "morning 6, as bad before": ((2, 6, 6, None), (BACK, PainWhy.MORNING_OVER_LIMIT)),
    # 3. worse the next morning than before the session
    "morning 3 after 2 before": ((3, 3, 2, None), (BACK, PainWhy.WORSE_NEXT_MORNING)),
    "morning 1 after 0 before": ((0, 1, 0, None), (BACK, PainWhy.WORSE_NEXT_MORNING)),
    # 5. settled: no worse than before, or at most 2/10 with no baseline
    "morning 2 after 2 before": ((3, 2, 2, None), (UP, PainWhy.SETTLED)),
    "morning 4 after 5 before": ((4, 4, 5, None), (UP, PainWhy.SETTLED)),
    "morning 5 after 5 before": ((4, 5, 5, None), (UP, PainWhy.SETTLED)),
    "morning 2, no baseline": ((4, 2, None, None), (UP, PainWhy.SETTLED)),
    "morning 0, nothing said during": ((None, 0, None, None), (UP, PainWhy.SETTLED)),
    # 6. no baseline and the morning over the safe zone
    "morning 3, no baseline": ((4, 3, None, None), (KEEP, PainWhy.NOT_SETTLED)),
    "morning 5, no baseline": ((None, 5, None, None), (KEEP, PainWhy.NOT_SETTLED)),
    # 7./8. no morning answer: pain during in the safe zone, or over it
    "during 2, no morning": ((2, None, None, None), (UP, PainWhy.LOW_DURING)),
    "during 0, no morning": ((0, None, None, None), (UP, PainWhy.LOW_DURING)),
    "during 3, no morning": ((3, None, None, None), (KEEP, PainWhy.MORNING_UNKNOWN)),
    "during 5, no morning": ((5, None, 1, None), (KEEP, PainWhy.MORNING_UNKNOWN)),
    # 4. effort: RPE 9 is the high intensity meant; 10 keeps the step
    "RPE 9, settled": ((2, 1, 1, 9), (UP, PainWhy.SETTLED)),
    "RPE 10, settled": ((2, 1, 1, 10), (KEEP, PainWhy.EFFORT_MAXIMAL)),
    "RPE 10, nothing else said": ((None, None, None, 10), (KEEP, PainWhy.EFFORT_MAXIMAL)),
    "RPE 10 and pain 6: pain first": ((6, None, None, 10), (BACK, PainWhy.PAIN_OVER_LIMIT)),
    "RPE 10 and worse morning": ((1, 2, 1, 10), (BACK, PainWhy.WORSE_NEXT_MORNING)),
    "RPE 1": ((None, None, None, 1), (UP, PainWhy.NO_REPORT)),
}


@pytest.mark.parametrize("answers, verdict", RULES.values(), ids=RULES.keys())
def test_each_rule_and_edge(answers, verdict):
    during, morning, before, rpe = answers
    found = pain_check(during, morning, before, rpe)
    assert (found.readiness, found.why) == verdict
    assert (found.during, found.next_morning, found.before, found.rpe) == answers
    assert found.allows_step_up is (verdict[0] is UP)


def test_the_thresholds_are_the_documented_ones():
    assert (PAIN_LIMIT, SETTLED_MAX, RPE_KEEP_AT) == (5, 2, 10)


@pytest.mark.parametrize("answers", [
    (11, None, None, None), (-1, None, None, None), (None, 11, None, None),
    (None, None, -2, None), (None, None, None, 0), (None, None, None, 11),
    (2.5, None, None, None), (True, None, None, None), ("3", None, None, None)])
def test_a_value_off_its_scale_is_refused(answers):
    with pytest.raises(ValueError, match="whole number from"):
        pain_check(*answers)


def test_a_session_records_answers_are_checked():
    session = SessionRecord(uuid="u", routine_id="iso-holds", routine_name="Isometric holds",
                            started_at=now_local(), rpe=7)
    assert session_pain_check(session).why is PainWhy.NO_REPORT
    session.pain_during, session.pain_next_morning, session.pain_before = 4, 3, 2
    found = session_pain_check(session)
    assert (found.readiness, found.why, found.rpe) == (BACK, PainWhy.WORSE_NEXT_MORNING, 7)
