"""The one place that words the core's progression, pain and load values for the screens.

The core (isohold.core.progression, .pain, .load) returns values: what to change, which way and
why, the pain verdict and the numbers it came from, the ground contacts against the guide.
Here they become the short plain sentences the setup page shows, one per drill:

    "Reps 9 \u2192 10: all 9 done last time"
    "Box 45 \u2192 40 cm: your knees yielded last time"
    "Same as last time: 2 of 3 sets done"
    "One step back, reps 10 \u2192 9: pain 6/10 during the last session"
"""

from __future__ import annotations

from isohold.core.history.records import DrillRecord
from isohold.core.load import MIN_RECOVERY_H, LoadCheck
from isohold.core.pain import PainCheck, PainWhy
from isohold.core.progression import Change, Suggestion, Why
from isohold.core.routines import DrillChoice
from isohold.ui.shared.labels import plural

ARROW = "\u2192"
# what each change is called, and its unit
_NAMES = {Change.REPS: ("Reps", ""), Change.HOLD_S: ("Hold", " s"), Change.SETS: ("Sets", ""),
          Change.BOX_HEIGHT_CM: ("Box", " cm")}
_FIELDS = {Change.REPS: "reps", Change.HOLD_S: "hold_s", Change.SETS: "sets",
           Change.BOX_HEIGHT_CM: "box_height_cm"}
SAME = "Same as last time"
STEP_BACK = "One step back"


def _number(value: float | None) -> str:
    return "?" if value is None else f"{value:g}"


def step_text(change: Change, before: DrillChoice | None, after: DrillChoice) -> str:
    """ "Reps 9 \u2192 10", "Box 45 \u2192 40 cm", "Hold 10 \u2192 12 s"; "" for no change."""
    if change not in _NAMES or before is None:
        return ""
    name, unit = _NAMES[change]
    field = _FIELDS[change]
    return f"{name} {_number(getattr(before, field))} {ARROW} {_number(getattr(after, field))}" \
        f"{unit}"


def done_text(last: DrillRecord | None) -> str:
    """ "all 9 done", "all 3 sets of 9 done", "2 of 3 sets done", "7 of 8 reps done"."""
    if last is None:
        return ""
    if last.reps_done >= last.reps_planned_total > 0:
        if last.sets_planned > 1:
            return f"all {last.sets_planned} sets of {last.reps_planned} done"
        return f"all {last.reps_planned} done"
    if last.sets_planned > 1:
        return f"{last.sets_done} of {plural(last.sets_planned, 'set')} done"
    return f"{last.reps_done} of {plural(last.reps_planned_total, 'rep')} done"


def pain_text(pain: PainCheck | None) -> str:
    """Why the pain (or effort) of last time holds the step or takes one back."""
    if pain is None:
        return ""
    morning = pain.next_morning
    return {
        PainWhy.PAIN_OVER_LIMIT: f"pain {pain.during}/10 during the last session",
        PainWhy.MORNING_OVER_LIMIT: f"pain {morning}/10 the morning after the last session",
        PainWhy.WORSE_NEXT_MORNING: f"your legs were worse the next morning ({morning}/10, "
                                    f"{pain.before}/10 before)",
        PainWhy.EFFORT_MAXIMAL: f"effort {pain.rpe}/10 last time, nothing left",
        PainWhy.NOT_SETTLED: f"pain {morning}/10 the next morning had not settled",
        PainWhy.MORNING_UNKNOWN: f"pain {pain.during}/10 during the last session, and the "
                                 "next morning not said",
    }.get(pain.why, "")


def suggestion_text(suggestion: Suggestion | None, last: DrillRecord | None = None) -> str:
    """The one line the setup page shows under a drill: the suggested step and why, in plain
    words; "" when there is nothing to suggest (the first time)."""
    if suggestion is None or suggestion.last is None or suggestion.why is Why.FIRST_TIME:
        return ""
    step = step_text(suggestion.change, suggestion.last, suggestion.choice)
    why = suggestion.why
    if why is Why.PAIN:
        reason = pain_text(suggestion.pain)
        if suggestion.direction < 0 and step:
            return f"{STEP_BACK}, {step[0].lower()}{step[1:]}: {reason}"
        if suggestion.at_limit:  # a step back wanted, every choice at its lowest already
            return f"{SAME}, the lowest this drill allows: {reason}"
        return f"{SAME}: {reason}"
    if why is Why.KNEES_YIELDED and suggestion.at_limit:
        box = _number(suggestion.choice.box_height_cm)
        return f"Box stays at {box} cm, its lowest: your knees yielded last time"
    reasons = {
        Why.ALL_DONE_STEP_UP: f"{done_text(last) or 'all done'} last time",
        Why.NOT_ALL_DONE: done_text(last) or "not every set was done",
        Why.AT_TOP_OF_RANGE: "already at the top of this drill's ranges",
        Why.KNEES_YIELDED: "your knees yielded last time",
        Why.HEELS_TOUCHED: "your heels touched the ground last time",
        Why.KNEES_HELD_HEELS_OFF: "every set done, knees held and heels stayed off",
        Why.NO_BOX_REPORT: "say on the summary whether your knees held and heels stayed off",
        Why.PREVIEW_IGNORED: "the last run was a preview, not training",
    }
    reason = reasons.get(why, "")
    if suggestion.direction == 0 or not step:
        return f"{SAME}: {reason}" if reason else SAME
    return f"{step}: {reason}" if reason else step


def contacts_text(check: LoadCheck) -> str:
    """ "Ground contacts: 72 planned (beginner guide: 80-100 a session)  ·  150 in the last 7
    days"; over the guide, it says so first."""
    low, high = check.guide
    level = check.level.value
    if check.over:
        planned = (f"Ground contacts: {check.planned_contacts} planned, over the {level} guide "
                   f"of {low}-{high} a session")
    else:
        planned = (f"Ground contacts: {check.planned_contacts} planned ({level} guide: "
                   f"{low}-{high} a session)")
    return planned + f"\u00a0\u00a0\u00b7  {check.week_contacts}\u00a0in the last 7\u00a0days"


def recovery_warning(check: LoadCheck) -> str:
    """The 48 h warning: "" when the last intense jump session was long enough ago."""
    if not check.too_soon or check.hours_since_intense is None:
        return ""
    hours = int(check.hours_since_intense)
    ago = plural(hours, "hour") if hours >= 1 else "less than an hour"
    return (f"Last jump session {ago} ago: allow {MIN_RECOVERY_H:g} hours between intense "
            "jump sessions. Holds are fine today.")
