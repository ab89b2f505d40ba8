"""The end-of-session summary: what it shows, Enter saves, a failed save keeps it with Export."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt

from isohold.core.history import HistoryStore, SessionRecord, Status
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.ui.summary import KEYS_HINT, NO_RPE, SummaryView, keys_hint
from isohold.ui.theme import apply_theme

PRESS = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "",
              reps=Range.fixed(8), hold_s=Range.fixed(8))
DROPS = Drill("drops", "Drop and block jumps", DrillKind.PACED, Sides.BOTH, "",
              reps=Range.fixed(6), sets=Range(3, 4, 3), box_height_cm=Range(40, 60, 45),
              contacts_per_rep=1)
PLAN = SessionPlan(Routine("full", "Full session", "", (PRESS, DROPS)))


def finished_record() -> SessionRecord:
    record = SessionRecord.new(PLAN, planned_s=600, started_at=datetime(
        2025, 6, 18, 7, 5, tzinfo=timezone(timedelta(hours=2))))
    record.status, record.active_s, record.paused_s = Status.COMPLETED, 590.0, 65.0
    record.reached_end = True
    press, drops = record.drills
    press.reps_left, press.reps_right, press.hold_left_s, press.hold_right_s = 4, 3, 32.0, 27.5
    drops.sets_done, drops.reps_both, drops.set_s = 2, 12, 50.0
    return record


@pytest.fixture
def store():
    with HistoryStore() as opened:
        yield opened


def texts(widget) -> list[str]:
    from PySide6.QtWidgets import QLabel

    return [label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)]


def make(qtbot, record, store, error=""):
    """The summary, with the window's part played here: saving asks the store."""
    view = SummaryView(record, error)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()

    def save(record):
        try:
            store.finish(record, record.status)
        except Exception as failure:  # noqa: BLE001 - as the window does
            view.show_error(str(failure))
            return
        view.mark_saved()
        view.saved_records.append(record)
    view.saved_records = []
    view.save_requested.connect(save)
    return view


def test_it_shows_done_against_planned_clock_time_under_tension_and_each_leg(qtbot, store):
    record = finished_record()
    view = make(qtbot, record, store)
    shown = texts(view)
    assert "Session stopped early" in shown  # 1 hold and 6 jumps short: the one rule says so
    assert any("Full session" in text and "18 Jun 2025" in text for text in shown)
    assert view.figures["Total time"].text() == "10:55"  # 590 s active + 65 s paused
    assert view.figures["Under tension"].text() == "1:00"  # clock time: 32 + 27.5 s
    assert view.figures["Left leg alone"].text() == "0:32"
    assert view.figures["Right leg alone"].text() == "0:28"
    assert view.figures["Ground contacts"].text() == "12"
    press_row, drops_row = ([label.text() for label in row] for row in view.drill_rows)
    assert press_row == ["Sprinter press", "0 / 1", "7 / 8  (L 4 \u00b7 R 3)",
                         "1:00 under tension  (L\u00a00:32 \u00b7 R\u00a00:28)"]  # never "R" alone
    assert drops_row == ["Drop and block jumps", "2 / 3", "12 contacts, 0:50 in sets"]
    assert view.rep_inputs[1].value() == 12 and view.rep_inputs[1].suffix() == " / 18"
    assert view.rpe.text() == NO_RPE
    assert view.box_inputs[1].value() == 45  # the height chosen at setup


def test_a_corrected_count_is_saved_and_the_status_follows_the_one_rule(qtbot, store):
    record = finished_record()
    press = record.drills[0]
    press.reps_right, press.hold_right_s, press.sets_done = 4, 32.0, 1  # every hold held
    view = make(qtbot, record, store)
    assert view.title.text() == "Session stopped early"  # 6 jumps not counted
    view.rep_inputs[1].setValue(18)  # the athlete did them: two presses were missed
    assert view.title.text() == "Session complete"
    drops_row = [label.text() for label in view.drill_rows[1]]  # the figures follow at once
    assert drops_row[1] == "3 / 3" and drops_row[-1].startswith("18 contacts")
    assert view.figures["Ground contacts"].text() == "18"
    view.save()
    [saved] = store.sessions()
    assert saved.status is Status.COMPLETED
    assert (saved.drills[1].reps_both, saved.drills[1].sets_done) == (18, 3)


def test_discarding_asks_first_and_keep_it_is_the_default(qtbot, store):
    from PySide6.QtWidgets import QMessageBox

    view = make(qtbot, finished_record(), store)
    view.discard_button.click()
    box = view.discard_box
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    with qtbot.assertNotEmitted(view.discard_requested):
        qtbot.keyClick(box, Qt.Key.Key_Return)
    view.discard_button.click()
    with qtbot.waitSignal(view.discard_requested) as discarded:
        view.discard_box.button(QMessageBox.StandardButton.Yes).click()
    assert discarded.args[0] is view.record


def test_enter_saves_notes_rpe_and_box_height(qtbot, store):
    record = finished_record()
    store.finish(record)  # the recorder wrote it when the session ended
    view = make(qtbot, record, store)
    qtbot.keyClicks(view.notes, "Knees held")
    view.rpe.setValue(8)
    view.box_inputs[1].setValue(50)
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(view.notes, Qt.Key.Key_Return)
    [saved] = store.sessions()
    assert (saved.notes, saved.rpe, saved.drill("drops").box_height_cm) == ("Knees held", 8, 50.0)
    assert store.count() == 1 and view.is_saved


def test_enter_in_the_rpe_box_saves_too(qtbot, store):
    view = make(qtbot, finished_record(), store)
    view.rpe.setFocus(Qt.FocusReason.TabFocusReason)
    view.rpe.selectAll()  # as Tab into it does
    qtbot.keyClicks(view.rpe, "6")
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(view.rpe, Qt.Key.Key_Enter)
    assert store.sessions()[0].rpe == 6


def test_a_failed_save_keeps_the_summary_with_the_message_and_an_export(qtbot, store, tmp_path):
    record = finished_record()
    view = make(qtbot, record, store)
    assert not view.export_button.isVisible()
    store._db.execute("PRAGMA query_only = 1")  # the disk turned read-only
    view.notes.setText("Strong day")
    qtbot.keyClick(view.notes, Qt.Key.Key_Return)
    assert view.saved_records == [] and not view.is_saved
    assert view.message.isVisible() and "read-only" in view.message.text()
    assert view.export_button.isVisible() and view.save_button.text() == "Try saving again"
    assert view.isVisible() and view.notes.text() == "Strong day"
    out = tmp_path / "session.json"
    assert view.export_to(out)
    exported = json.loads(out.read_text())["sessions"][0]
    assert exported["uuid"] == record.uuid and exported["notes"] == "Strong day"
    assert "Exported to" in view.message.text()


def test_a_session_the_recorder_could_not_write_warns_before_leaving(qtbot, store):
    view = make(qtbot, finished_record(), store, error="The disk is full: Isohold could not save")
    assert "The disk is full" in view.message.text() and view.export_button.isVisible()
    with qtbot.assertNotEmitted(view.dismissed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert "Press Esc again" in view.message.text()
    with qtbot.waitSignal(view.dismissed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_once_saved_esc_leaves_at_once_and_saving_again_updates_not_duplicates(qtbot, store):
    view = make(qtbot, finished_record(), store)
    view.save()
    view.save()
    assert store.count() == 1
    with qtbot.waitSignal(view.dismissed):
        qtbot.keyClick(view, Qt.Key.Key_Escape)


def test_notes_are_plain_text(qtbot, store):
    record = finished_record()
    record.routine_name = "<b>Bold</b> routine"
    view = make(qtbot, record, store)
    label = next(l for l in view.findChildren(type(view.message)) if "Bold" in l.text())
    assert label.textFormat() == Qt.TextFormat.PlainText


def test_esc_keeps_what_was_typed(qtbot, store):
    record = finished_record()
    store.finish(record)
    view = make(qtbot, record, store)
    qtbot.keyClicks(view.notes, "Heels stayed up")
    view.rpe.setValue(7)
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    [saved] = store.sessions()
    assert (saved.notes, saved.rpe) == ("Heels stayed up", 7) and view.is_saved


# -- keys on arrival, fitting the screen, times that add up ------------------------------------
def test_on_arrival_typing_goes_into_the_notes_and_enter_saves_them(qtbot, qapp, store):
    """No Tab, no click: the keys typed go to the focused widget, which is Notes; Enter saves."""
    from PySide6.QtWidgets import QApplication

    record = finished_record()
    store.finish(record)
    view = make(qtbot, record, store)
    view.activateWindow()
    qapp.processEvents()
    focused = QApplication.focusWidget()
    assert focused is view.notes and view.notes.hasFocus()
    assert view.notes.visibleRegion().boundingRect().height() == view.notes.height()  # in view
    qtbot.keyClicks(focused, "Knees held")
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)
    assert store.sessions()[0].notes == "Knees held" and view.is_saved


def test_the_keys_are_named_on_screen_and_tab_has_no_invisible_stops(qtbot, store):
    view = make(qtbot, finished_record(), store)
    view.activateWindow()
    qtbot.waitActive(view)
    # the drop jumps' reps and box can be fixed, their knees and heels answered
    assert keys_hint(counts=True, box=True) in texts(view)
    assert "Enter" in KEYS_HINT and "Esc" in KEYS_HINT and "one line" in KEYS_HINT
    assert "pain (0-10)" in KEYS_HINT and "(Y or N)" in keys_hint(counts=True, box=True)
    visited = []
    for _ in range(11):
        widget = view.focusWidget()  # the window's focus, whether or not the test window is active
        assert widget is not None, f"the focus went nowhere after {visited}"
        visited.append(widget.objectName())
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    # notes, effort, pain, the box answers, the buttons, then the counts and box heights:
    # every stop a control
    assert visited[:9] == ["notes", "rpe", "painDuring", "knees_1", "heels_1", "save", "discard",
                           "reps_1", "box_drops"]
    assert visited[9] == "notes"  # round again, past nothing invisible


@pytest.mark.parametrize("preview", [False, True], ids=["session", "preview"])
@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_it_fits_with_no_sideways_scrolling_and_no_cut_words(qtbot, qapp, store, size, scale,
                                                              preview):
    from PySide6.QtWidgets import QLabel

    apply_theme(qapp, "dark", scale)
    try:
        record = finished_record()
        record.clock_speed = 10.0 if preview else 1.0
        view = make(qtbot, record, store, error="The disk is full")  # the Export button too
        view.resize(*size)
        qapp.processEvents()
        assert view.scroll.horizontalScrollBar().maximum() == 0
        viewport = view.scroll.viewport()
        for label in view.findChildren(QLabel):
            if not label.isVisible() or not label.text():
                continue
            right = label.mapTo(viewport, label.rect().topRight()).x()
            assert right <= viewport.width(), f"{label.text()!r} runs off the right edge"
            if not label.wordWrap():
                widest = max(label.fontMetrics().horizontalAdvance(line)
                             for line in label.text().split("\n"))
                assert widest <= label.contentsRect().width(), f"{label.text()!r} is cut"
        for button in (view.save_button, view.export_button, view.discard_button):
            assert button.mapTo(viewport, button.rect().topRight()).x() <= viewport.width()
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width()
    finally:
        apply_theme(qapp, "dark", 1.0)


def clock_seconds(text: str) -> int:
    minutes, seconds = text.split(":")
    return int(minutes) * 60 + int(seconds)


def test_the_shown_times_add_up_to_the_shown_totals(qtbot, store):
    """Rounded one by one, 0:30.4 + 0:29.4 (L, R) show 0:30 + 0:29 under a total of 1:00;
    and three drills of 10.4 s show 0:10 each under a total of 0:31."""
    import re

    plan = SessionPlan(Routine("three", "Three", "", (
        Drill("a", "Wall press A", DrillKind.HOLD, Sides.BOTH, "", reps=Range.fixed(8),
              hold_s=Range.fixed(8)),
        Drill("b", "Wall press B", DrillKind.HOLD, Sides.BOTH, "", reps=Range.fixed(8),
              hold_s=Range.fixed(8)),
        PRESS)))
    record = SessionRecord.new(plan, planned_s=600, started_at=datetime(2025, 6, 18, 7, 5))
    record.status, record.active_s, record.reached_end = Status.COMPLETED, 300.0, True
    a, b, press = record.drills
    a.reps_both, a.hold_both_s = 2, 10.4
    b.reps_both, b.hold_both_s = 2, 10.4
    press.reps_left, press.reps_right, press.hold_left_s, press.hold_right_s = 4, 4, 30.4, 29.4
    view = make(qtbot, record, store)
    works = [row[-1].text() for row in view.drill_rows]
    drill_times = [clock_seconds(re.match(r"(\d+:\d\d)", work).group(1)) for work in works]
    legs = re.search(r"L\u00a0(\d+:\d\d) \u00b7 R\u00a0(\d+:\d\d)", works[2]).groups()
    total = clock_seconds(view.figures["Under tension"].text())
    assert total == round(10.4 + 10.4 + 30.4 + 29.4) == 81
    assert sum(drill_times) == total
    assert sum(clock_seconds(leg) for leg in legs) == drill_times[2] == 60
    assert clock_seconds(view.figures["Left leg alone"].text()) + \
        clock_seconds(view.figures["Right leg alone"].text()) == drill_times[2]


def test_the_keys_line_names_counts_only_when_there_are_counts_to_fix(qtbot, store):
    holds_only = SessionPlan(Routine("iso", "Isometric holds", "", (PRESS,)))
    record = SessionRecord.new(holds_only, planned_s=200)
    view = make(qtbot, record, store)
    shown = [text for text in texts(view) if text.startswith("Type your notes")]
    assert shown == [keys_hint(counts=False)] and "counts" not in shown[0]


def test_a_preview_says_it_is_one_and_that_its_times_are_on_the_session_clock(qtbot, store):
    """`--speed 10`: the summary is titled as a preview, says which clock its times are on and
    what they took in real time, and that it is not training; saving keeps the mark."""
    record = finished_record()
    record.clock_speed = 10.0
    view = make(qtbot, record, store)
    shown = texts(view)
    assert "Preview stopped early" in shown and "Session stopped early" not in shown
    note = view.preview_note.text()
    assert note in shown
    assert "ran 10\u00d7 fast" in note and "session-clock time" in note
    assert "10:55 took 1:06 of real time" in note  # 655 s of session clock at 10x: 65.5 s
    assert "preview, not counted as training" in note
    assert view.figures["Total time"].text() == "10:55"  # the session clock's figure, as saved
    qtbot.keyClick(view.notes, Qt.Key.Key_Return)
    [saved] = store.sessions()
    assert saved.clock_speed == 10.0 and saved.status is Status.STOPPED_EARLY


def test_a_real_session_has_no_preview_note(qtbot, store):
    view = make(qtbot, finished_record(), store)
    assert view.preview_note is None
    assert not any("Preview" in text for text in texts(view))
