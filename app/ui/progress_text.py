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
from isohold.ui.shared.labels import Words, counted, filled, number


class ProgressText(Words):
    """The setup page's suggestion, pain and load lines."""

ARROW = "\u2192"
# what each change is called, and its unit
_NAMES = {Change.REPS: lambda: ProgressText.tr("Reps %1 \u2192 %2"),
          Change.HOLD_S: lambda: ProgressText.tr("Hold %1 \u2192 %2 s"),
          Change.SETS: lambda: ProgressText.tr("Sets %1 \u2192 %2"),
          Change.BOX_HEIGHT_CM: lambda: ProgressText.tr("Box %1 \u2192 %2 cm")}
# the same after "One step back, " (English writes them small there)
_AFTER_COMMA = {Change.REPS: lambda: ProgressText.tr("reps %1 \u2192 %2"),
                Change.HOLD_S: lambda: ProgressText.tr("hold %1 \u2192 %2 s"),
                Change.SETS: lambda: ProgressText.tr("sets %1 \u2192 %2"),
                Change.BOX_HEIGHT_CM: lambda: ProgressText.tr("box %1 \u2192 %2 cm")}
_FIELDS = {Change.REPS: "reps", Change.HOLD_S: "hold_s", Change.SETS: "sets",
           Change.BOX_HEIGHT_CM: "box_height_cm"}


def _number(value: float | None) -> str:
    return "?" if value is None else number(value)


def step_text(change: Change, before: DrillChoice | None, after: DrillChoice,
              after_comma: bool = False) -> str:
    """ "Reps 9 \u2192 10", "Box 45 \u2192 40 cm", "Hold 10 \u2192 12 s"; "" for no change."""
    if change not in _NAMES or before is None:
        return ""
    field = _FIELDS[change]
    return filled((_AFTER_COMMA if after_comma else _NAMES)[change](), _number(getattr(before, field)),
                  _number(getattr(after, field)))


def done_text(last: DrillRecord | None) -> str:
    """ "all 9 done", "all 3 sets of 9 done", "2 of 3 sets done", "7 of 8 reps done"."""
    if last is None:
        return ""
    if last.reps_done >= last.reps_planned_total > 0:
        if last.sets_planned > 1:
            return filled(ProgressText.tr("all %n sets of %1 done", "", last.sets_planned),
                          last.reps_planned)
        return ProgressText.tr("all %n done", "reps", last.reps_planned)
    if last.sets_planned > 1:
        return filled(ProgressText.tr("%1 of %n set(s) done", "", last.sets_planned),
                      last.sets_done)
    return filled(ProgressText.tr("%1 of %n rep(s) done", "", last.reps_planned_total),
                  last.reps_done)


def pain_text(pain: PainCheck | None) -> str:
    """Why the pain (or effort) of last time holds the step or takes one back."""
    if pain is None:
        return ""
    morning = pain.next_morning
    words = {
        PainWhy.PAIN_OVER_LIMIT: lambda: filled(
            ProgressText.tr("pain %1/10 during the last session"), pain.during),
        PainWhy.MORNING_OVER_LIMIT: lambda: filled(
            ProgressText.tr("pain %1/10 the morning after the last session"), morning),
        PainWhy.WORSE_NEXT_MORNING: lambda: filled(
            ProgressText.tr("your legs were worse the next morning (%1/10, %2/10 before)"),
            morning, pain.before),
        PainWhy.EFFORT_MAXIMAL: lambda: filled(
            ProgressText.tr("effort %1/10 last time, nothing left"), pain.rpe),
        PainWhy.NOT_SETTLED: lambda: filled(
            ProgressText.tr("pain %1/10 the next morning had not settled"), morning),
        PainWhy.MORNING_UNKNOWN: lambda: filled(ProgressText.tr(
            "pain %1/10 during the last session, and the next morning not said"), pain.during),
    }
    return words[pain.why]() if pain.why in words else ""


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
            return filled(ProgressText.tr("One step back, %1: %2", "step, reason"),
                          step_text(suggestion.change, suggestion.last, suggestion.choice,
                                    after_comma=True), reason)
        if suggestion.at_limit:  # a step back wanted, every choice at its lowest already
            return filled(ProgressText.tr("Same as last time, the lowest this drill allows: %1"),
                          reason)
        return filled(ProgressText.tr("Same as last time: %1"), reason)
    if why is Why.KNEES_YIELDED and suggestion.at_limit:
        box = _number(suggestion.choice.box_height_cm)
        return filled(ProgressText.tr("Box stays at %1 cm, its lowest: your knees yielded "
                                      "last time"), box)
    reasons = {
        Why.ALL_DONE_STEP_UP: lambda: filled(ProgressText.tr("%1 last time", "what was done"),
                                             done_text(last) or ProgressText.tr("all done")),
        Why.NOT_ALL_DONE: lambda: done_text(last) or ProgressText.tr("not every set was done"),
        Why.AT_TOP_OF_RANGE: lambda: ProgressText.tr("already at the top of this drill's ranges"),
        Why.KNEES_YIELDED: lambda: ProgressText.tr("your knees yielded last time"),
        Why.HEELS_TOUCHED: lambda: ProgressText.tr("your heels touched the ground last time"),
        Why.KNEES_HELD_HEELS_OFF: lambda: ProgressText.tr(
            "every set done, knees held and heels stayed off"),
        Why.NO_BOX_REPORT: lambda: ProgressText.tr(
            "say on the summary whether your knees held and heels stayed off"),
        Why.PREVIEW_IGNORED: lambda: ProgressText.tr("the last run was a preview, not training"),
    }
    reason = reasons[why]() if why in reasons else ""
    if suggestion.direction == 0 or not step:
        if reason:
            return filled(ProgressText.tr("Same as last time: %1"), reason)
        return ProgressText.tr("Same as last time")
    return filled(ProgressText.tr("%1: %2", "step: reason"), step, reason) if reason else step


def contacts_text(check: LoadCheck) -> str:
    """ "Ground contacts: 72 planned (beginner guide: 80-100 a session)  ·  150 in the last 7
    days"; over the guide, it says so first."""
    low, high = check.guide
    level = {"beginner": ProgressText.tr("beginner"),
             "intermediate": ProgressText.tr("intermediate"),
             "advanced": ProgressText.tr("advanced")}.get(check.level.value, check.level.value)
    if check.over:
        planned = filled(ProgressText.tr("Ground contacts: %1 planned, over the %2 guide of "
                                         "%3-%4 a session"),
                         check.planned_contacts, level, low, high)
    else:
        planned = filled(ProgressText.tr("Ground contacts: %1 planned (%2 guide: %3-%4 a "
                                         "session)"), check.planned_contacts, level, low, high)
    week = filled(ProgressText.tr("%1\u00a0in the last 7\u00a0days"), check.week_contacts)
    return planned + "\u00a0\u00a0\u00b7  " + week


def recovery_warning(check: LoadCheck) -> str:
    """The 48 h warning: "" when the last intense jump session was long enough ago."""
    if not check.too_soon or check.hours_since_intense is None:
        return ""
    hours = int(check.hours_since_intense)
    if hours >= 1:
        ago = ProgressText.tr("Last jump session %n hour(s) ago", "", hours)
    else:
        ago = ProgressText.tr("Last jump session less than an hour ago")
    return filled(ProgressText.tr("%1: allow %2 hours between intense jump sessions. Holds "
                                  "are fine today."), ago, f"{MIN_RECOVERY_H:g}")
