"""The setup page from the record: each drill's suggested step pre-filled with one line saying
why, S takes the suggestions and L keeps last time's (keys only), and for jump drills the
ground contacts against the level's guide and the 48 h warning."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.routines import (Drill, DrillChoice, DrillKind, Range, Routine, SessionPlan,
                                   Sides)
from isohold.ui.setup_page import SUGGESTION_KEYS, SetupPage
from isohold.ui.setup_progress import progress_from_store

ZONE = timezone(timedelta(hours=2))
NOW = datetime(2025, 6, 20, 7, 0, tzinfo=ZONE)
HOLD = Drill("iso", "Isometric hold", DrillKind.HOLD, Sides.BOTH, "Push",
             reps=Range(6, 12, 8), sets=Range(1, 3, 1), hold_s=Range(10, 20, 10),
             reset_s=Range(5, 30, 10), rest_s=Range(30, 180, 60))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block",
              reps=Range.fixed(6), sets=Range(3, 4, 3), rest_s=Range(30, 300, 90),
              box_height_cm=Range(40, 60, 45), contacts_per_rep=1)
ROUTINE = Routine("legs", "Legs", "Holds and jumps.", (HOLD, DROPS))
HOLDS_ONLY = Routine("holds", "Holds", "", (HOLD,))


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "history.sqlite3") as opened:
        yield opened


def session(store, routine, choices, *, ended_h_ago: float = 30.0, sets_done=None,
            knees=None, heels=None, pain_during=None, rpe=None) -> SessionRecord:
    """A finished real session of `routine`, ended `ended_h_ago` hours before NOW; every
    planned rep done unless `sets_done` (by drill id) says fewer sets."""
    ended = NOW - timedelta(hours=ended_h_ago)
    plan = SessionPlan(routine, choices)
    record = SessionRecord.new(plan, planned_s=600, started_at=ended - timedelta(minutes=20))
    record.ended_at, record.active_s = ended, 1200.0
    record.reached_end = True
    for drill in record.drills:
        sets = (sets_done or {}).get(drill.drill_id, drill.sets_planned)
        drill.sets_done, drill.reps_both = sets, sets * drill.reps_planned
        if drill.is_hold:
            drill.hold_both_s = drill.reps_both * drill.choices["hold_s"]
        else:
            drill.set_s = 40.0 * sets
            drill.box_height_cm = drill.choices["box_height_cm"]
            drill.knees_held, drill.heels_off = knees, heels
    record.pain_during, record.rpe = pain_during, rpe
    record.status = Status.COMPLETED if sets_done is None else Status.STOPPED_EARLY
    store.finish(record, record.status)
    return record


def open_page(qtbot, store, routine=ROUTINE, now=NOW, level="beginner", size=(1366, 768)):
    page = SetupPage(routine, progress=progress_from_store(routine, store, now, level))
    qtbot.addWidget(page)
    page.resize(*size)
    page.show()
    qtbot.waitExposed(page)
    return page


def hold(reps=9, sets=1, hold_s=10) -> DrillChoice:
    return DrillChoice(reps=reps, sets=sets, hold_s=hold_s, reset_s=10, rest_s=60)


def drops(box=45, sets=3) -> DrillChoice:
    return DrillChoice(reps=6, sets=sets, rest_s=90, box_height_cm=box)


def line(page, position) -> str:
    label = page.panels[position].suggestion
    return label.text() if label.isVisible() else ""


def test_all_done_steps_the_reps_up_and_says_so(qtbot, store):
    session(store, ROUTINE, (hold(reps=9), drops()), knees=True, heels=True)
    page = open_page(qtbot, store)
    assert line(page, 0) == "Reps 9 \u2192 10: all 9 done last time"
    assert page.panels[0].boxes["reps"].value() == 10  # pre-filled
    assert line(page, 1) == ("Box 45 \u2192 50 cm: every set done, knees held and heels "
                             "stayed off")
    assert page.panels[1].boxes["box_height_cm"].value() == 50


def test_not_every_set_done_keeps_last_times_and_says_how_many(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=9, sets=3),), sets_done={"iso": 2})
    page = open_page(qtbot, store, HOLDS_ONLY)
    assert line(page, 0) == "Same as last time: 2 of 3 sets done"
    assert page.plan().choice_at(0) == hold(reps=9, sets=3)


def test_pain_over_five_during_the_last_session_steps_back(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=10),), pain_during=6)
    page = open_page(qtbot, store, HOLDS_ONLY)
    assert line(page, 0) == "One step back, reps 10 \u2192 9: pain 6/10 during the last session"
    assert page.plan().choice_at(0).reps == 9


def test_knees_that_yielded_lower_the_box(qtbot, store):
    session(store, ROUTINE, (hold(), drops(box=45)), knees=False, heels=True)
    page = open_page(qtbot, store)
    assert line(page, 1) == "Box 45 \u2192 40 cm: your knees yielded last time"
    assert page.plan().choice_at(1).box_height_cm == 40


def test_no_record_shows_no_suggestion_and_the_plain_keys(qtbot, store):
    page = open_page(qtbot, store)
    assert [line(page, 0), line(page, 1)] == ["", ""]
    assert page.keys_hint.text() != SUGGESTION_KEYS and "suggested" not in page.keys_hint.text()
    assert page.plan().choice_at(0) == DrillChoice.defaults(HOLD)  # as before: the defaults


def test_l_keeps_last_times_s_takes_the_suggestion_and_enter_starts_that_plan(qtbot, store):
    session(store, ROUTINE, (hold(reps=9), drops(box=45)), knees=True, heels=True)
    page = open_page(qtbot, store)
    assert page.keys_hint.text() == SUGGESTION_KEYS  # the keys are said
    assert "S\u00a0suggested" in SUGGESTION_KEYS and "L\u00a0last\u00a0time's" in SUGGESTION_KEYS
    page.focus_first_choice()
    started = []
    page.start_requested.connect(started.append)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_L)  # from a choice box: the page's key
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert started[-1].choices == (hold(reps=9), drops(box=45))
    assert "Last time's" in page.status.text()
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_S)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert started[-1].choices == (hold(reps=10), drops(box=50))
    # and anything else with the boxes: the suggestion is where the choosing starts
    qtbot.keyClick(page.panels[0].boxes["reps"], Qt.Key.Key_Up)
    qtbot.keyClick(page.focusWidget(), Qt.Key.Key_Return)
    assert started[-1].choice_at(0).reps == 11


def test_the_suggestion_is_the_default_enter_starts_it(qtbot, store):
    session(store, HOLDS_ONLY, (hold(reps=9),))
    page = open_page(qtbot, store, HOLDS_ONLY)
    with qtbot.waitSignal(page.start_requested) as started:
        qtbot.keyClick(page.start_button, Qt.Key.Key_Return)
    assert started.args[0].choice_at(0) == hold(reps=10)


@pytest.mark.parametrize("hours, warned", [(47, True), (49, False)])
def test_the_48_hour_warning_shows_at_47_hours_not_at_49(qtbot, store, hours, warned):
    session(store, ROUTINE, (hold(), drops()), ended_h_ago=hours, knees=True, heels=True)
    page = open_page(qtbot, store)
    assert page.recovery.isVisible() is warned
    if warned:
        assert page.recovery.text().startswith("Last jump session 47 hours ago")
        assert "48 hours" in page.recovery.text()


def test_contacts_planned_against_the_level_guide_and_the_week(qtbot, store):
    session(store, ROUTINE, (hold(), drops(sets=4)), ended_h_ago=60, knees=True, heels=True)
    page = open_page(qtbot, store, level="intermediate")
    # 4 x 6 = 24 done last time; planned now 4 x 6 (box up, sets kept)
    assert page.contacts.text() == ("Ground contacts: 24 planned (intermediate guide: 100-120 "
                                    "a session)\u00a0\u00a0\u00b7  24\u00a0in the last 7\u00a0days")
    page.panels[1].boxes["sets"].setValue(3)  # the contacts follow the choices
    assert page.contacts.text().startswith("Ground contacts: 18 planned")


def test_contacts_over_the_guide_are_said_first(qtbot, store):
    many = Drill("pogo", "Pogo jumps", DrillKind.PACED, Sides.BOTH, "Bounce",
                 reps=Range(20, 60, 60), sets=Range(1, 3, 2), contacts_per_rep=1)
    routine = Routine("pogo", "Pogo", "", (many,))
    page = open_page(qtbot, store, routine)
    assert page.contacts.text().startswith(
        "Ground contacts: 120 planned, over the beginner guide of 80-100 a session")


def test_a_routine_without_jumps_shows_no_contacts(qtbot, store):
    session(store, ROUTINE, (hold(), drops()), ended_h_ago=10, knees=True, heels=True)
    page = open_page(qtbot, store, HOLDS_ONLY)
    assert not page.contacts.isVisible() and not page.recovery.isVisible()


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_suggestions_and_the_warning_fit_whole(qtbot, qapp, store, size, scale):
    from isohold.ui.theme import apply_theme

    apply_theme(qapp, "dark", scale)
    try:
        session(store, ROUTINE, (hold(reps=9), drops(box=45)), ended_h_ago=30, knees=False,
                heels=True)
        page = open_page(qtbot, store, size=size)
        qapp.processEvents()
        assert page.scroll.horizontalScrollBar().maximum() == 0
        hint = page.keys_hint
        assert hint.geometry().bottom() < page.height()
        lines = hint.height() // hint.fontMetrics().lineSpacing()
        assert lines * hint.contentsRect().width() >= hint.fontMetrics().horizontalAdvance(
            hint.text())
        shown = [page.recovery, page.contacts, *(panel.suggestion for panel in page.panels)]
        viewport = page.scroll.viewport()
        for label in shown:
            assert label.isVisibleTo(page), label.objectName()
            inside = viewport if page.scroll.isAncestorOf(label) else page  # the warning: above
            assert label.mapTo(inside, label.rect().topRight()).x() <= inside.width()
            lines = label.contentsRect().height() // label.fontMetrics().lineSpacing()
            assert lines * label.contentsRect().width() >= \
                label.fontMetrics().horizontalAdvance(label.text()), label.text()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.text() and page.scroll.isAncestorOf(label):
                assert label.mapTo(viewport, label.rect().topRight()).x() <= viewport.width()
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_the_menu_can_start_from_what_the_page_starts_from(qtbot, store):
    """starting_choices is the page's rule: a card's estimate and its page agree."""
    from isohold.core.session_defaults import SessionDefaults
    from isohold.ui.setup_progress import starting_choices

    session(store, ROUTINE, (hold(reps=9), drops(box=45)), knees=True, heels=True)
    remembered = (hold(reps=7), drops(box=55))
    progress = progress_from_store(ROUTINE, store, NOW)
    page = SetupPage(ROUTINE, remembered=remembered, progress=progress)
    qtbot.addWidget(page)
    started = starting_choices(ROUTINE, remembered, SessionDefaults(), progress)
    assert started == page.plan().choices == (hold(reps=10), drops(box=50))
    # with no record the remembered choices stand, as before
    assert starting_choices(ROUTINE, remembered, SessionDefaults(), None) == remembered


def test_a_page_built_before_the_history_opened_takes_the_suggestions_later(qtbot, store):
    """isohold --routine opens the setup page before the history: once it is open, the window
    gives the page what the record says, and the page shows it as a new page would."""
    session(store, ROUTINE, (hold(reps=9), drops(box=45)), ended_h_ago=30, knees=True,
            heels=True)
    page = SetupPage(ROUTINE, remembered=(hold(reps=9), drops(box=45)))
    qtbot.addWidget(page)
    assert line(page, 0) == "" and page.keys_hint.text() != SUGGESTION_KEYS
    assert not page.contacts.isVisibleTo(page) and not page.recovery.isVisibleTo(page)
    page.show_progress(progress_from_store(ROUTINE, store, NOW))
    assert page.panels[0].suggestion.isVisibleTo(page)
    assert page.panels[0].suggestion.text() == "Reps 9 \u2192 10: all 9 done last time"
    assert page.plan().choices == (hold(reps=10), drops(box=50))
    assert page.keys_hint.text() == SUGGESTION_KEYS
    assert page.recovery.isVisibleTo(page) and page.contacts.isVisibleTo(page)
    page.keep_last_time()
    assert page.plan().choices == (hold(reps=9), drops(box=45))


def test_a_programs_plan_starts_first_and_the_suggestion_stays_on_offer(qtbot, store):
    """A session from a program opens on the plan's numbers for the day; the record's
    suggestion is said beside them and S takes it."""
    session(store, HOLDS_ONLY, (hold(reps=9),))
    plan = (hold(reps=8, sets=2),)
    page = SetupPage(HOLDS_ONLY, remembered=plan, plan_first=True,
                     progress=progress_from_store(HOLDS_ONLY, store, NOW))
    qtbot.addWidget(page)
    assert page.plan().choices == plan
    assert page.panels[0].suggestion.text() == "Reps 9 \u2192 10: all 9 done last time"
    assert page.keys_hint.text() == SUGGESTION_KEYS
    page.take_suggestions()
    assert page.plan().choices == (hold(reps=10),)
    page.keep_last_time()
    assert page.plan().choices == (hold(reps=9),)


@pytest.mark.parametrize("size", [(1280, 720), (960, 600)])
def test_the_48_hour_warning_is_in_sight_on_arrival(qtbot, store, size):
    """The trial found it scrolled out of sight above the first drill, which had the focus."""
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan

    dynamic = load_routines().routine("dynamic")
    session(store, dynamic, SessionPlan(dynamic).choices, ended_h_ago=10, pain_during=3, rpe=8)
    page = open_page(qtbot, store, dynamic, size=size)
    assert page.recovery.isVisible()
    page.focus_first_choice()
    qtbot.wait(20)  # the page puts its focus in sight once laid out
    seen = page.visibleRegion().boundingRect()
    assert page.recovery.isVisible() and not page.scroll.isAncestorOf(page.recovery)
    assert seen.contains(page.recovery.mapTo(page, page.recovery.rect().bottomRight()))
    viewport = page.scroll.viewport()
    focused = page.focusWidget()
    corner = focused.mapTo(viewport, focused.rect().topLeft())
    assert 0 <= corner.y() and corner.y() + focused.height() <= viewport.height()
