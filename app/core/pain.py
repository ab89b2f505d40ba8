"""Pain monitoring (Silbernagel et al. 2007): may the next session step up, keep, or step back?

The athlete rates pain on a 0-10 scale (0: none, 10: worst imaginable): during the session
(asked on the summary), the next morning (asked at the next start) and, when asked, before
the session (the baseline the next morning is compared with). Effort is the session's RPE
(1-10). Every answer is optional. The rules, in order (docs/training.md says why):

1. pain during the session above PAIN_LIMIT (5/10)              -> STEP_BACK (PAIN_OVER_LIMIT)
2. pain the next morning above PAIN_LIMIT                        -> STEP_BACK (MORNING_OVER_LIMIT)
3. pain the next morning worse than before the session           -> STEP_BACK (WORSE_NEXT_MORNING)
4. effort at RPE_KEEP_AT (10: maximal, nothing left) or above    -> KEEP (EFFORT_MAXIMAL)
5. the next morning settled: no worse than before the session,
   or, with no baseline, at most SETTLED_MAX (2/10)              -> STEP_UP (SETTLED)
6. the next morning above SETTLED_MAX with no baseline           -> KEEP (NOT_SETTLED)
7. no next-morning answer, pain during at most SETTLED_MAX       -> STEP_UP (LOW_DURING)
8. no next-morning answer, pain during 3-5                       -> KEEP (MORNING_UNKNOWN)
9. nothing said about pain                                       -> STEP_UP (NO_REPORT): the
   record alone decides (progression.py)

Values only: the screens say them in words.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

PAIN_LIMIT = 5  # Silbernagel 2007: pain during loading may reach 5/10, not more
SETTLED_MAX = 2  # Silbernagel 2007's "safe zone" (0-2/10): pain at most this has settled
RPE_KEEP_AT = 10  # an effort this high (maximal: no rep or second left) keeps the step
PAIN_SCALE = (0, 10)
RPE_SCALE = (1, 10)


class Readiness(str, Enum):
    """What the pain and effort of last time allow this time."""

    STEP_BACK = "step_back"
    KEEP = "keep"
    STEP_UP = "step_up"


class PainWhy(str, Enum):
    """Which rule decided (the numbered rules of this module's docstring)."""

    PAIN_OVER_LIMIT = "pain_over_limit"  # during the session, above 5/10
    MORNING_OVER_LIMIT = "morning_over_limit"  # the next morning, above 5/10
    WORSE_NEXT_MORNING = "worse_next_morning"  # the next morning worse than before
    EFFORT_MAXIMAL = "effort_maximal"  # RPE 10
    SETTLED = "settled"  # the next morning no worse than before (or at most 2/10)
    NOT_SETTLED = "not_settled"  # the next morning 3-5/10 with no baseline to compare
    LOW_DURING = "low_during"  # no next-morning answer; pain during at most 2/10
    MORNING_UNKNOWN = "morning_unknown"  # no next-morning answer; pain during 3-5/10
    NO_REPORT = "no_report"  # no pain answer at all


@dataclass(frozen=True)
class PainCheck:
    """The verdict and the numbers it came from (None: not said)."""

    readiness: Readiness
    why: PainWhy
    during: int | None = None
    next_morning: int | None = None
    rpe: int | None = None
    before: int | None = None

    @property
    def allows_step_up(self) -> bool:
        return self.readiness is Readiness.STEP_UP


def pain_check(during: int | None, next_morning: int | None, before_session: int | None = None,
               rpe: int | None = None) -> PainCheck:
    """The verdict of the module's rules on last session's answers. Raises ValueError for a
    pain outside 0-10 or an RPE outside 1-10 (the store never keeps one)."""
    for name, value, (low, high) in (("pain during", during, PAIN_SCALE),
                                     ("pain the next morning", next_morning, PAIN_SCALE),
                                     ("pain before", before_session, PAIN_SCALE),
                                     ("RPE", rpe, RPE_SCALE)):
        if value is not None and (isinstance(value, bool) or not isinstance(value, int)
                                  or not low <= value <= high):
            raise ValueError(f"{name} should be a whole number from {low} to {high}, "
                             f"not {value!r}")

    def verdict(readiness: Readiness, why: PainWhy) -> PainCheck:
        return PainCheck(readiness, why, during, next_morning, rpe, before_session)

    if during is not None and during > PAIN_LIMIT:
        return verdict(Readiness.STEP_BACK, PainWhy.PAIN_OVER_LIMIT)
    if next_morning is not None and next_morning > PAIN_LIMIT:
        return verdict(Readiness.STEP_BACK, PainWhy.MORNING_OVER_LIMIT)
    if next_morning is not None and before_session is not None and next_morning > before_session:
        return verdict(Readiness.STEP_BACK, PainWhy.WORSE_NEXT_MORNING)
    if rpe is not None and rpe >= RPE_KEEP_AT:
        return verdict(Readiness.KEEP, PainWhy.EFFORT_MAXIMAL)
    if next_morning is not None:
        if before_session is not None or next_morning <= SETTLED_MAX:
            return verdict(Readiness.STEP_UP, PainWhy.SETTLED)
        return verdict(Readiness.KEEP, PainWhy.NOT_SETTLED)
    if during is not None:
        if during <= SETTLED_MAX:
            return verdict(Readiness.STEP_UP, PainWhy.LOW_DURING)
        return verdict(Readiness.KEEP, PainWhy.MORNING_UNKNOWN)
    return verdict(Readiness.STEP_UP, PainWhy.NO_REPORT)


def session_pain_check(session: object) -> PainCheck:
    """pain_check on a SessionRecord's (or SessionLine's) answers; a field it lacks is None."""
    return pain_check(getattr(session, "pain_during", None),
                      getattr(session, "pain_next_morning", None),
                      getattr(session, "pain_before", None),
                      getattr(session, "rpe", None))
