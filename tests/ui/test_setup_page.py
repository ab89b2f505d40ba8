"""The setup page: choices within the drill's ranges, a live estimate, plain coaching text."""

from __future__ import annotations

import errno
import os
from datetime import date, datetime

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from isohold.core.history import HistoryStore, SessionLine, SessionRecord, Status
from isohold.core.routines import (Drill, DrillChoice, DrillKind, Range, Routine, SessionPlan,
                               Sides)
from isohold.core.timeline import compile_timeline
from isohold.ui.last_time import last_time_text
from isohold.ui.plan_file import paper_for
from isohold.ui.setup_page import PAPER_FILTERS, SetupPage

WALL = Drill("wall", "Wall press", DrillKind.HOLD, Sides.BOTH, "Lean in",
             targets="The <b>gastrocnemius</b>", how="Hands on the wall.",
             tips=("Keep the body straight.",), cautions=("Stop if it hurts.",),
             notes="Reset is our choice.", reps=Range(8, 10, 8), hold_s=Range.fixed(10),
             reset_s=Range(5, 30, 10))
PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Knee up",
              reps=Range(8, 10, 8), hold_s=Range(8, 10, 8), switch_s=Range(3, 15, 5))
DROPS = Drill("drops", "Drop jumps", DrillKind.PACED, Sides.BOTH, "Block",
              reps=Range.fixed(6), sets=Range(3, 4, 3), rest_s=Range(30, 300, 90),
              box_height_cm=Range(40, 60, 40))
ROUTINE = Routine("r", "Test routine", "Three drills.", (WALL, PRESS, DROPS))


@pytest.fixture
def page(qtbot):
    page = SetupPage(ROUTINE)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def box(page, drill_no, field):
    return page.panels[drill_no].boxes[field]


def test_choices_start_from_the_defaults_and_only_ranges_are_editable(page):
    assert box(page, 0, "reps").value() == 8
    assert box(page, 2, "box_height_cm").value() == 40 and box(page, 2, "sets").value() == 3
    assert "hold_s" not in page.panels[0].boxes  # fixed at 10 s: shown, not editable
    shown = [label.text() for label in page.panels[0].findChildren(QLabel, "fixedValue")]
    assert "10 s" in shown
    assert "reps" not in page.panels[2].boxes  # drop jumps: 6 reps, fixed
    assert page.plan().choice_for(PRESS).switch_s == 5


def test_the_estimate_follows_the_choices(qtbot, page):
    before = page.estimated_s()
    text_before = page.estimate.text()
    box(page, 2, "sets").setFocus()
    qtbot.keyClick(box(page, 2, "sets"), Qt.Key.Key_Up)  # 3 -> 4 sets of drop jumps
    assert page.plan().choice_for(DROPS).sets == 4
    after = page.estimated_s()
    assert after > before
    assert after == compile_timeline(page.plan()).estimated_s
    box(page, 2, "rest_s").setValue(300)
    assert page.estimate.text() != text_before


def test_spin_boxes_clamp_to_the_range(page):
    box(page, 0, "reps").setValue(99)
    box(page, 0, "reset_s").setValue(1)
    choice = page.plan().choice_for(WALL)
    assert (choice.reps, choice.reset_s) == (10, 5)


def test_one_leg_at_a_time_steps_reps_by_two_so_both_legs_get_equal_work(qtbot, page):
    reps = box(page, 1, "reps")
    reps.setFocus()
    qtbot.keyClick(reps, Qt.Key.Key_Up)
    assert reps.value() == 10 and page.plan().choice_for(PRESS).reps == 10
    reps.setValue(9)
    assert page.plan().choice_for(PRESS).reps % 2 == 0


def test_enter_starts_with_the_plan_and_escape_goes_back(qtbot, page):
    box(page, 0, "reps").setFocus()
    with qtbot.waitSignal(page.start_requested) as started:
        qtbot.keyClick(box(page, 0, "reps"), Qt.Key.Key_Return)
    plan = started.args[0]
    assert plan.routine is ROUTINE and plan.choice_for(WALL).reps == 8
    with qtbot.waitSignal(page.back_requested):
        qtbot.keyClick(box(page, 0, "reps"), Qt.Key.Key_Escape)


def test_typed_numbers_count_even_when_enter_comes_straight_after(qtbot, page):
    reps = box(page, 0, "reps")
    reps.setFocus()
    reps.selectAll()
    qtbot.keyClicks(reps, "9")
    with qtbot.waitSignal(page.start_requested) as started:
        qtbot.keyClick(reps, Qt.Key.Key_Enter)
    assert started.args[0].choice_for(WALL).reps == 9


def test_coaching_text_is_plain_text_never_markup(page):
    coaching = page.panels[0].findChild(QLabel, "coaching")
    assert coaching.textFormat() is Qt.TextFormat.PlainText
    text = coaching.text()
    assert "The <b>gastrocnemius</b>" in text
    assert "Tip: Keep the body straight." in text and "Caution: Stop if it hurts." in text
    assert "Note: Reset is our choice." in text
    assert all(label.textFormat() is Qt.TextFormat.PlainText
               for label in page.findChildren(QLabel))


def test_settings_overrides_set_the_starting_rests_within_the_range(qtbot):
    page = SetupPage(ROUTINE, get_ready_s=5, rest_s=120, reset_s=50)
    qtbot.addWidget(page)
    plan = page.plan()
    assert plan.choice_for(DROPS).rest_s == 120
    assert plan.choice_for(WALL).reset_s == 30  # 50 asked, the drill allows up to 30
    assert plan.lead_in_s == 5


def test_a_drill_listed_twice_keeps_each_panels_choices_through_the_session(qtbot):
    """A circuit: the wall press, the drops, the wall press again, each done its own way."""
    from isohold.core.clock import FakeClock
    from isohold.core.history import SessionRecord
    from isohold.core.phases import PhaseKind
    from isohold.session.runner import SessionRunner
    from isohold.ui.session.text import counter_text

    circuit = Routine("c", "Circuit", "", (WALL, DROPS, WALL))
    page = SetupPage(circuit)
    qtbot.addWidget(page)
    box(page, 0, "reps").setValue(9)
    box(page, 2, "reps").setValue(10)
    plan = page.plan()
    assert (plan.choice_at(0).reps, plan.choice_at(2).reps) == (9, 10)
    timeline = compile_timeline(plan)
    holds = [p for p in timeline.phases if p.kind is PhaseKind.HOLD]
    assert [p.drill_no for p in holds].count(1) == 9 and [p.drill_no for p in holds].count(3) == 10
    last_lead_in = next(p for p in timeline.phases
                        if p.kind is PhaseKind.NEXT_DRILL and p.drill_no == 3)
    assert counter_text(last_lead_in, 0, 3) == "Drill 3 of 3"
    record = SessionRecord.new(plan)
    assert [d.reps_planned for d in record.drills] == [9, 6, 10]
    runner = SessionRunner(timeline, FakeClock())
    runner.start()
    while not (runner.phase.drill_no == 3 and runner.phase.kind is PhaseKind.HOLD):
        runner.skip()
    assert runner.phase.drill is WALL and runner.phase.reps == 10
    runner.stop()


# -- keys, focus and the - and + buttons -----------------------------------------------------
def test_enter_on_a_focused_back_goes_back_and_does_not_start(qtbot, page):
    page.back_button.setFocus()
    with qtbot.assertNotEmitted(page.start_requested):
        with qtbot.waitSignal(page.back_requested):
            qtbot.keyClick(page.back_button, Qt.Key.Key_Return)


def test_tab_goes_through_every_choice_then_defaults_print_back_and_start(qtbot, page):
    page.focus_first_choice()
    boxes = [box for panel in page.panels for box in panel.boxes.values()]
    visited = []
    for _ in range(len(boxes) + 5):
        widget = page.focusWidget()
        visited.append(widget)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert visited == [*boxes, page.defaults_button, page.print_button, page.back_button,
                       page.start_button, boxes[0]]


def test_a_step_button_at_its_limit_is_disabled_and_looks_it(qtbot, qapp, page):
    from isohold.ui.theme import DARK, apply_theme

    apply_theme(qapp, "dark")
    reps = box(page, 0, "reps")  # 8 to 10
    minus, plus = reps.minus_button, reps.plus_button
    assert not minus.isEnabled() and plus.isEnabled()  # at 8: only up
    enabled_fill = plus.grab().toImage().pixelColor(6, plus.height() // 2)
    disabled_fill = minus.grab().toImage().pixelColor(6, minus.height() // 2)
    assert enabled_fill != disabled_fill
    assert enabled_fill.name() == DARK.button
    assert disabled_fill.name() == DARK.window  # greyed: no button face
    minus.click()
    assert reps.value() == 8  # not pressable
    plus.click()
    plus.click()
    assert reps.value() == 10 and not plus.isEnabled() and minus.isEnabled()


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_it_fits_with_last_time_the_notes_and_the_keys_row_whole_and_no_sideways_scrolling(qtbot, qapp, size, scale):
    from isohold.ui.theme import apply_theme

    apply_theme(qapp, "dark", scale)
    try:
        line = SessionLine("u", "r", "R", datetime(2025, 6, 3, 7, 0), Status.STOPPED_EARLY, 600,
                           0, 3, 4, 21, 40, 0, 0, 10, 50.0, "")
        page = SetupPage(ROUTINE, remembered=(None, None, FIFTY), last_time=line,
                         today=date(2025, 6, 5), notes=[
                             "Drop and block jumps: the box height remembered, 70 cm, is now "
                             "60 cm (this drill allows 40 to 60 cm now)."])
        page.say("Plan printed on Letter paper to /home/athlete/Documents/Test routine plan.pdf")
        qtbot.addWidget(page)
        page.resize(*size)
        page.show()
        qapp.processEvents()
        assert page.scroll.horizontalScrollBar().maximum() == 0
        hint = page.findChild(QLabel, "setupHint")
        assert hint.geometry().bottom() < page.height()  # the bottom row is on screen
        lines = hint.height() // hint.fontMetrics().lineSpacing()
        assert lines * hint.contentsRect().width() >= hint.fontMetrics().horizontalAdvance(
            hint.text())
        for button in (page.back_button, page.start_button, page.defaults_button,
                       page.print_button):
            assert button.mapTo(page, button.rect().topRight()).x() < page.width()
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
        for label in (page.last_time, page.notes, page.status):  # whole, wrapped if need be
            assert label.isVisible() and label.mapTo(page, label.rect().topRight()).x() < \
                page.width()
            lines = label.height() // label.fontMetrics().lineSpacing()
            assert lines * label.contentsRect().width() >= \
                label.fontMetrics().horizontalAdvance(label.text()), label.text()
        assert page.scroll.height() >= 150  # room for the drills, not only the header
        viewport = page.scroll.viewport()
        for label in page.findChildren(QLabel):
            if label.isVisible() and label.text() and page.scroll.isAncestorOf(label):
                right = label.mapTo(viewport, label.rect().topRight()).x()
                assert right <= viewport.width(), label.text()
    finally:
        apply_theme(qapp, "dark", 1.0)


# -- remembered choices, last time, defaults, print ------------------------------------------
FIFTY = DrillChoice(reps=6, sets=4, rest_s=90, box_height_cm=50)


def remembered_page(qtbot, **more):
    page = SetupPage(ROUTINE, remembered=(None, None, FIFTY), **more)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_page_starts_from_the_remembered_choices_and_says_what_was_changed(qtbot):
    page = remembered_page(qtbot, notes=["Drop and block jumps: the box height remembered, "
                                         "70 cm, is now 60 cm."])
    assert box(page, 2, "box_height_cm").value() == 50 and box(page, 2, "sets").value() == 4
    assert page.plan().choice_for(DROPS) == FIFTY
    assert box(page, 0, "reps").value() == 8  # nothing remembered: the defaults
    assert page.notes.isVisible() and "is now 60 cm" in page.notes.text()
    assert not box(page, 2, "sets").plus_button.isEnabled()  # 4 is the most: + greyed


def test_d_puts_the_routines_defaults_back_even_from_a_choice_box(qtbot):
    page = remembered_page(qtbot, notes=["Something was changed."])
    before = page.estimate.text()
    sets = box(page, 2, "sets")
    sets.setFocus()
    qtbot.keyClick(sets, Qt.Key.Key_D)
    choice = page.plan().choice_for(DROPS)
    assert (choice.box_height_cm, choice.sets) == (40, 3)
    assert (box(page, 2, "box_height_cm").value(), sets.value()) == (40, 3)
    assert sets.plus_button.isEnabled() and not sets.minus_button.isEnabled()
    assert page.estimate.text() != before  # one set fewer
    assert not page.notes.isVisible()
    assert page.status.isVisible() and page.status.text() == "Back to the routine's defaults."


def test_enter_on_a_focused_defaults_button_presses_it_and_does_not_start(qtbot):
    page = remembered_page(qtbot)
    page.defaults_button.setFocus()
    with qtbot.assertNotEmitted(page.start_requested):
        qtbot.keyClick(page.defaults_button, Qt.Key.Key_Return)
    assert page.plan().choice_for(DROPS).box_height_cm == 40


def finished_session(store, plan, started_at, status, rpe, reps_done):
    record = SessionRecord.new(plan, started_at=started_at)
    drops = record.drill("drops")
    drops.sets_done, drops.reps_both = 2, reps_done
    drops.box_height_cm = plan.choice_for(DROPS).box_height_cm
    record.rpe = rpe
    store.finish(record, status)


def test_last_time_comes_from_the_history(qtbot, tmp_path):
    today = date(2025, 6, 5)
    with HistoryStore(tmp_path / "history.sqlite3") as store:
        finished_session(store, SessionPlan(ROUTINE, (None, None, FIFTY)),
                         datetime(2025, 6, 3, 7, 0).astimezone(), Status.STOPPED_EARLY, 8,
                         reps_done=21)
        line = store.last_session("r")
    page = remembered_page(qtbot, last_time=line, today=today)
    planned = 8 + 8 + 24  # wall 8, press 8, drops 4 x 6
    assert page.last_time.isVisible()
    assert page.last_time.text() == (
        f"Last time (Tue 3 Jun): stopped early: {planned - 21} of {planned} reps not done"
        "\u00a0\u00a0\u00b7  RPE\u00a08\u00a0\u00a0\u00b7  box\u00a050\u00a0cm")
    assert page.last_time.textFormat() is Qt.TextFormat.PlainText


def test_last_time_says_completed_today_and_leaves_out_what_was_not_given():
    today = date(2025, 6, 5)
    line = SessionLine("u", "r", "R", datetime(2025, 6, 5, 7, 0), Status.COMPLETED, 600, 0, 3,
                       3, 24, 24, 0, 0, None, None, "")
    assert last_time_text(line, today) == "Last time (today): completed"
    earlier = line._replace(started_at=datetime(2024, 12, 30, 7, 0), rpe=6)
    assert last_time_text(earlier, today) == "Last time (Mon 30 Dec 2024): completed\u00a0\u00a0\u00b7  RPE\u00a06"
    assert last_time_text(None, today) == ""
    stopped = line._replace(status=Status.STOPPED_EARLY, reps_done=0)
    assert last_time_text(stopped, today) == "Last time (today): stopped early: no rep done"
    in_last_rest = line._replace(status=Status.STOPPED_EARLY)
    assert last_time_text(in_last_rest, today) == "Last time (today): stopped early"


def test_no_history_shows_no_last_time(qtbot):
    page = remembered_page(qtbot)
    assert not page.last_time.isVisible() and not page.notes.isVisible()
    assert not page.status.isVisible()


def read_pdf(path):
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    pages, size = document.pageCount(), document.pagePointSize(0)
    text = " ".join(document.getAllText(0).text().split())
    document.close()
    return pages, (round(size.width()), round(size.height())), text


def test_p_prints_the_plan_as_chosen_to_a_one_page_pdf(qtbot, tmp_path, monkeypatch):
    page = remembered_page(qtbot, export_folder=str(tmp_path))
    box(page, 2, "box_height_cm").setValue(55)
    asked = []

    def save_dialog(parent, title, start, filters, selected):
        asked.append((start, filters.split(";;"), selected))
        return str(tmp_path / "out" / "wall plan"), "PDF on US Letter paper (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_dialog)
    (tmp_path / "out").mkdir()
    sets = box(page, 2, "sets")
    sets.setFocus()
    with qtbot.waitSignal(page.export_folder_changed) as folder:
        qtbot.keyClick(sets, Qt.Key.Key_P)
    [(start, filters, selected)] = asked
    assert start == str(tmp_path / "Test routine plan.pdf")  # the folder used last
    assert sorted(filters) == sorted(PAPER_FILTERS.values()) and selected == filters[0]
    written = tmp_path / "out" / "wall plan.pdf"
    pages, size, text = read_pdf(written)
    assert pages == 1 and size == (612, 792)  # Letter, as chosen in the dialog
    assert "Test routine" in text and "4 sets × 6 reps · box 55 cm" in text
    assert folder.args == [str(tmp_path / "out")]
    assert page.status.text() == f"Plan printed on Letter paper to {written}"
    assert sets.value() == 4  # the P went to the page, not into the number
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["wall plan.pdf"]  # no temp left
    assert page.focusWidget() is page.start_button  # printed: Enter now starts, as said


def test_a_plan_that_cannot_be_written_is_said_in_words_and_nothing_else_changes(qtbot,
                                                                                 tmp_path):
    page = remembered_page(qtbot)
    gone = tmp_path / "unplugged" / "plan.pdf"
    assert page.print_to(gone, "A4") is False
    assert page.status.isVisible()
    why = os.strerror(errno.ENOENT)  # the system's words, in its language at this moment
    assert page.status.text() == (f"The plan could not be printed to {gone}: {why}. "
                                  "Nothing was written; choose another folder.")
    assert page.plan().choice_for(DROPS) == FIFTY


def test_cancelling_the_print_dialog_writes_nothing_and_keeps_the_focus_on_print(qtbot,
                                                                                 monkeypatch):
    page = remembered_page(qtbot)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    page.print_button.setFocus()
    with qtbot.assertNotEmitted(page.start_requested):
        qtbot.keyClick(page.print_button, Qt.Key.Key_Return)  # Enter presses Print plan
    assert not page.status.isVisible()
    assert page.focusWidget() is page.print_button


@pytest.mark.parametrize("country, paper", [(QLocale.Country.UnitedStates, "Letter"),
                                            (QLocale.Country.Canada, "Letter"),
                                            (QLocale.Country.Germany, "A4"),
                                            (QLocale.Country.UnitedKingdom, "A4")])
def test_the_paper_offered_first_is_the_countrys(country, paper):
    assert paper_for(QLocale(QLocale.Language.English, country)) == paper


def test_last_time_says_the_pain_given_during_and_the_next_morning():
    today = date(2025, 6, 5)
    line = SessionLine("u", "r", "R", datetime(2025, 6, 4, 7, 0), Status.COMPLETED, 600, 0, 3,
                       3, 24, 24, 0, 0, 7, None, "", pain_during=3, pain_next_morning=1)
    assert last_time_text(line, today) == (
        "Last time (yesterday): completed\u00a0\u00a0\u00b7  RPE\u00a07\u00a0\u00a0\u00b7  "
        "pain\u00a03/10\u00a0\u00a0\u00b7  next\u00a0morning\u00a01/10")
    assert "pain" not in last_time_text(line._replace(pain_during=None, pain_next_morning=None),
                                        today)
