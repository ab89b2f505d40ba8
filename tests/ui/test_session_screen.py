"""The session screen as an athlete 4 m away sees it, at the window sizes and text scales a
laptop gives: every phase readable, nothing cut or overlapping, and what each screen says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontMetricsF
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from isohold.core.clock import FakeClock
from isohold.core.history.shortfall import Shortfall
from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind, Side
from isohold.core.routines import DrillChoice, SessionPlan
from isohold.core.timeline import compile_timeline
from isohold.platform.screensaver import ScreenAwake
from isohold.session.runner import SessionRunner
from isohold.ui.session.style import MIN_CAP_SHARE
from isohold.ui.theme import DARK, apply_theme
from tests.ui.keys import press
from tests.ui.test_session_view import FakeInhibitor, run_for

BOX_CM = 50.0


@pytest.fixture(scope="module")
def full_routine():
    return next(r for r in load_routines().routines if r.id == "full")


@pytest.fixture
def make_view(qtbot, qapp, full_routine):
    """A session of the shipped full routine (drop jumps from a 50 cm box), at a size and text
    scale, on a clock that says how fast it runs."""
    made = []

    def make(size=(1280, 720), scale=1.0, speed=1.0, awake=None, at=None):
        """`at`: start at the first phase it picks (a skip restyles the whole screen)."""
        from isohold.ui.session.view import SessionView

        apply_theme(qapp, "dark", scale)
        clock = FakeClock()
        clock.speed = speed
        choices = [DrillChoice.defaults(d)._replace(box_height_cm=BOX_CM) if d.box_height_cm
                   else None for d in full_routine.drills]
        timeline = compile_timeline(SessionPlan(full_routine, choices))
        runner = SessionRunner(timeline, clock)
        view = SessionView(runner, screen_awake=awake or ScreenAwake(FakeInhibitor()))
        qtbot.addWidget(view)
        view.resize(*size)
        view.show()
        qtbot.waitExposed(view)
        runner.start(at_index=next(p.index for p in timeline.phases if at(p)) if at else 0)
        made.append(runner)
        return view, runner, clock

    yield make
    for runner in made:
        runner.stop()
    qapp.setStyleSheet("")


def drops(phase) -> bool:
    return bool(phase.drill and phase.drill.box_height_cm)


def hold_left(phase) -> bool:
    return phase.kind is PhaseKind.HOLD and phase.side is Side.LEFT


# name -> the phase to start at, and what happens there
PHASES = {
    "get ready": (None, lambda r, c: None),
    "hold left": (hold_left, lambda r, c: None),
    "switch legs": (lambda p: p.kind is PhaseKind.SWITCH, lambda r, c: None),
    "rest": (lambda p: p.kind is PhaseKind.REST, lambda r, c: None),
    "set with cadence": (lambda p: p.kind is PhaseKind.SET and p.cadence_s,
                         lambda r, c: run_for(c, r, 13)),
    "next drill with box": (lambda p: p.kind is PhaseKind.NEXT_DRILL and drops(p),
                            lambda r, c: None),
    "user-paced set": (lambda p: p.kind is PhaseKind.SET and drops(p),
                       lambda r, c: [r.next() for _ in range(4)]),
    "rest with box": (lambda p: p.kind is PhaseKind.REST and drops(p), lambda r, c: None),
    "paused": (hold_left, lambda r, c: (run_for(c, r, 2), r.pause())),
    "stopped": (hold_left, lambda r, c: r.stop()),
    "done": (lambda p: p.kind is PhaseKind.SET and drops(p) and p.set_no == p.sets,
             lambda r, c: _to(r, lambda p: False)),
}


def _to(runner, wanted) -> None:
    while not runner.is_over and not wanted(runner.phase):
        runner.skip()


def far_read(view) -> list[QLabel]:
    """The words an athlete reads from across the room, where shown."""
    return [label for label in (view.title_label, view.side_label, view.box_label,
                                view.counter_label) if label.isVisibleTo(view) and label.text()]


def shown(view) -> dict[str, object]:
    parts = {"title": view.title_label, "side": view.side_label, "box": view.box_label,
             "drill": view.drill_label, "plan": view.plan_label, "countdown": view.countdown,
             "counter": view.counter_label, "next": view.next_label,
             "time left": view.time_left_label, "bar": view.bar, "status": view.status_label}
    parts.update({f"button {b.text()}": b for b in (view.back_button, view.pause_button,
                                                      view.next_button, view.stop_button,
                                                      view.mute_button)})
    return {name: widget for name, widget in parts.items() if widget.isVisibleTo(view)
            and (not isinstance(widget, QLabel) or widget.text())}


def cut(label: QLabel) -> bool:
    """Whether some of the label's text falls outside it."""
    room = label.contentsRect()
    if label.wordWrap():
        return label.heightForWidth(label.width()) > label.height() + 1
    return QFontMetricsF(label.font()).horizontalAdvance(label.text()) > room.width() + 1


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600)])
@pytest.mark.parametrize("phase", list(PHASES))
def test_every_phase_reads_from_4_m_and_nothing_is_cut_or_overlaps(make_view, phase, size,
                                                                    scale):
    at, then = PHASES[phase]
    view, runner, clock = make_view(size, scale, awake=ScreenAwake(FakeInhibitor("no bus")),
                                    at=at)
    view.show_sound_off("simpleaudio: Error opening PCM device")  # the longest status there is
    then(runner, clock)
    if phase == "done":
        view.show_result(True, Shortfall(0, 0, False))
    QApplication.processEvents()
    height = view.height()
    # The countdown: its digits at least 40% of the height; a set's two numbers share a row
    # with their captions, and the whole countdown is still 40% of the height.
    if phase in ("set with cadence", "user-paced set"):
        assert view.countdown.height() >= 0.4 * height
        assert view.countdown.digit_height() >= MIN_CAP_SHARE * height * 3
    elif phase == "paused":  # PAUSED on top, the frozen time left still large under it
        assert view.countdown.digit_height() >= 0.25 * height
    else:
        assert view.countdown.digit_height() >= 0.4 * height, view.countdown.text
    for label in far_read(view):
        cap = QFontMetricsF(label.font()).capHeight()
        assert cap >= MIN_CAP_SHARE * height, (label.objectName(), label.text(), cap)
    parts = shown(view)
    for name, widget in parts.items():
        box = widget.geometry()
        assert view.rect().contains(box), (name, box)
        if isinstance(widget, QLabel):
            assert not cut(widget), (name, widget.text())
    names = list(parts)
    for i, first in enumerate(names):
        for second in names[i + 1:]:
            assert not parts[first].geometry().intersects(parts[second].geometry()), \
                (first, second)


def test_the_status_line_says_plainly_what_is_off_and_is_never_cut(make_view):
    view, runner, _ = make_view((960, 600), 1.25,
                                awake=ScreenAwake(FakeInhibitor(
                                    "no D-Bus session bus (/usr/bin/dbus-launch terminated "
                                    "abnormally without any error message)")))
    view.show_sound_off("no audio output device (Qt Multimedia lists none)")
    view.show_not_saved("the disk is full")
    QApplication.processEvents()
    text = view.status_label.text()
    assert text.startswith("No sound: no audio output found. Cues show on screen only.")
    assert "The screen may dim" in text and "screen blanking" in text
    assert "Not being saved: the disk is full." in text
    assert "D-Bus" not in text and "Qt Multimedia" not in text  # jargon stays in the log
    assert view.status_label.wordWrap() and not cut(view.status_label)
    assert view.rect().contains(view.status_label.geometry())
    # the first words are where a reader starts: inside the window, not left of it
    assert view.status_label.geometry().left() >= 0
    view.show_sound_off("the file beep_go.wav is missing; that beep is silent", everything=False)
    assert "Some cues are silent: the file beep_go.wav is missing" in view.status_label.text()


def test_the_clicker_asks_to_stop_and_its_next_stops(qtbot, make_view):
    view, runner, _ = make_view()
    press(view, Qt.Key.Key_F5, at_ms=50_000)  # the clicker's slideshow button
    box = view.stop_box
    assert box is not None and runner.is_paused
    assert "clicker's next" in box.text() and "clicker's back" in box.text()
    press(box.focusWidget(), Qt.Key.Key_F5, at_ms=50_080)  # its bounce: no answer
    assert view.stop_box is box
    press(box.focusWidget(), Qt.Key.Key_PageUp, at_ms=51_000)  # back: go on
    assert view.stop_box is None and not runner.is_paused and not runner.is_over
    press(view, Qt.Key.Key_F5, at_ms=52_000)
    with qtbot.waitSignal(runner.session_stopped):
        press(view.stop_box.focusWidget(), Qt.Key.Key_PageDown, at_ms=53_000)  # next: stop
    assert view.title_label.text() == "STOPPED"


def test_a_bouncing_esc_does_not_answer_the_question_it_opened(make_view):
    view, runner, _ = make_view()
    press(view, Qt.Key.Key_Escape, at_ms=60_000)
    press(view.stop_box.focusWidget(), Qt.Key.Key_Escape, at_ms=60_050)
    assert view.stop_box is not None and runner.is_paused
    press(view.stop_box.focusWidget(), Qt.Key.Key_Escape, at_ms=61_000)  # a real second press
    assert view.stop_box is None and not runner.is_paused


def test_the_stop_button_of_the_question_is_drawn_as_the_default(make_view):
    view, runner, _ = make_view()
    press(view, Qt.Key.Key_Escape)
    box = view.stop_box
    QApplication.processEvents()
    yes, no = (box.button(b) for b in (QMessageBox.StandardButton.Yes,
                                       QMessageBox.StandardButton.No))

    def fill(button) -> str:
        return button.grab().toImage().pixelColor(button.width() // 2, 8).name()

    colours = DARK.phase(PhaseKind.GET_READY)
    assert fill(yes) == QColor(colours.text).name()  # filled: the answer Enter gives
    assert fill(no) == QColor(colours.background).name()


def test_drop_jumps_show_the_chosen_box_and_the_next_drill_its_work(make_view):
    view, runner, clock = make_view()
    assert view.plan_label.isVisible()
    assert view.plan_label.text().startswith("8 reps × 10 s")  # the first drill's work
    assert "You need: wall" in view.plan_label.text()
    _to(runner, lambda p: p.kind is PhaseKind.NEXT_DRILL and drops(p))
    assert view.box_label.isVisible() and view.box_label.text() == "BOX 50 cm"
    assert view.plan_label.text() == "3 sets of 6 reps  ·  box 50 cm"
    runner.skip()
    assert runner.phase.kind is PhaseKind.SET
    assert view.box_label.isVisible() and view.box_label.text() == "BOX 50 cm"
    assert not view.plan_label.isVisible()  # the counter says the set now
    runner.end_set()
    assert runner.phase.kind is PhaseKind.REST and view.box_label.text() == "BOX 50 cm"
    _to(runner, lambda p: p.kind is PhaseKind.HOLD)  # none after drop jumps: the end
    assert not view.box_label.isVisible()


def test_a_hold_drill_on_one_leg_at_a_time_says_so_before_it_starts(make_view):
    view, runner, _ = make_view()
    _to(runner, lambda p: p.kind is PhaseKind.NEXT_DRILL and p.drill.id == "sprinter-press")
    plan = view.plan_label.text()
    assert "reps ×" in plan and "legs in turn" in plan and "Smith machine" in plan


def test_mute_shows_on_the_button_itself(make_view):
    view, _, _ = make_view()
    colours = DARK.phase(PhaseKind.GET_READY)
    button = view.mute_button

    def fill() -> str:
        QApplication.processEvents()
        return button.grab().toImage().pixelColor(button.width() // 2, 8).name()

    assert fill() == QColor(colours.background).name()
    view.set_muted(True)
    assert button.text() == "Muted (M)" and fill() == QColor(colours.text).name()
    assert view.status_label.text().startswith("Muted: press M to hear the cues.")
    view.set_muted(False)
    assert fill() == QColor(colours.background).name() and not view.status_label.isVisible()


def test_a_preview_says_how_fast_its_clock_runs(make_view):
    view, _, _ = make_view(speed=20)
    assert view.status_label.isVisible()
    assert view.status_label.text().startswith("Preview: the clock runs 20× fast")
    real, _, _ = make_view()
    assert "Preview" not in real.status_label.text()


def test_stopped_shows_no_stale_counts_and_says_what_next(make_view):
    view, runner, clock = make_view(at=hold_left)
    run_for(clock, runner, 2)
    runner.stop()
    assert view.title_label.text() == "STOPPED"
    assert not view.side_label.isVisible() and not view.box_label.isVisible()
    assert view.counter_label.text() == "Enter: summary" and view.next_label.text() == ""
    assert view.countdown.text == ""  # no frozen hold time, no symbol
    assert view.time_left_label.text() == ""  # no time left of a stopped session, none stale


def test_a_session_stopped_short_keeps_its_bar_where_it_stopped(make_view):
    """The keys-only trial saw a full bar beside "6 % of the planned work done"."""
    view, runner, clock = make_view(at=hold_left)
    run_for(clock, runner, 2)
    reached = view.bar.fraction
    runner.stop()
    assert 0.0 < view.bar.fraction == reached < 0.5


def test_done_says_enter_for_the_summary(qtbot, make_view):
    view, runner, _ = make_view()
    with qtbot.waitSignal(runner.session_finished):
        _to(runner, lambda p: p.kind is PhaseKind.DONE)
        runner.skip()
    view.show_result(True, Shortfall(0, 0, False))
    assert view.title_label.text() == "DONE" and view.counter_label.text() == "Enter: summary"
    with qtbot.waitSignal(view.leave_requested):
        press(view, Qt.Key.Key_Return)


@pytest.mark.parametrize("left", [59.2, 59.5, 59.999, 60.0])
def test_no_time_on_the_screen_reads_0_1_00(make_view, left):
    view, runner, clock = make_view()
    runner.pause()
    view._on_time(left, 1.0, left)
    texts = [view.time_left_label.text(), view.countdown.text, view.pause_band.detail]
    assert not any("0:1:00" in text or "0:60" in text for text in texts), texts
    assert view.time_left_label.text() == "1:00 left"
