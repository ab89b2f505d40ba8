"""The main window driven from the keyboard alone: menu, setup, a whole session, back again."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from isohold.core.clock import FakeClock
from isohold.core.routines import Drill, DrillKind, Range, Routine, Sides
from isohold.core.settings import Settings
from isohold.ui.application import build_window, create_app
from isohold.ui.main_window import MainWindow
from isohold.ui.menu import HISTORY, SETTINGS
from isohold.ui.setup_page import SetupPage
from isohold.ui.settings_dialog import SettingsDialog
from isohold.ui.theme import DARK, LIGHT, apply_theme
from tests.ui.keys import press as press_key

PRESS = Drill("press", "Short press", DrillKind.HOLD, Sides.ALTERNATE, "Drive the knee up",
              equipment=("wall",), reps=Range(2, 4, 2), hold_s=Range(3, 5, 3),
              switch_s=Range.fixed(1))
HOPS = Drill("hops", "Short hops", DrillKind.PACED, Sides.BOTH, "Block the landing",
             equipment=("box",), reps=Range.fixed(2), sets=Range(1, 2, 2), cadence_s=2.0,
             rest_s=Range(5, 30, 5))
SHORT = Routine("short", "Short test", "Two tiny drills.", (PRESS, HOPS), get_ready_s=3,
                next_drill_s=2)
OTHER = Routine("other", "Other routine", "", (HOPS,), get_ready_s=3)


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def window(qtbot, clock):
    window = MainWindow([OTHER, SHORT], Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    if window.runner is not None and not window.runner.is_over:
        window.runner.stop()
    window.close()
    qtbot.wait(1)  # the event loop turns once: the closed window leaves the mouse's sight


def press(qtbot, window, key):
    """A key as the athlete types it: to whatever has the keyboard focus in the window."""
    target = QApplication.focusWidget() or window.current_page()
    press_key(target, key)


def run_until_over(qtbot, clock, runner, limit_s=600.0):
    with qtbot.waitSignal(runner.session_finished):
        waited = 0.0
        while not runner.is_over and waited < limit_s:
            clock.advance(0.5)
            waited += 0.5
            runner.tick()


def test_the_keyboard_alone_takes_an_athlete_through_a_whole_routine(qtbot, window, clock):
    assert window.current_page() is window.menu
    assert window.menu.current_entry().key == "other"
    press(qtbot, window, Qt.Key.Key_Down)
    assert window.menu.current_entry().key == "short"
    press(qtbot, window, Qt.Key.Key_Return)

    setup = window.current_page()
    assert isinstance(setup, SetupPage) and setup.routine is SHORT
    assert setup.findChild(type(window.menu.hint), "setupTitle").text() == "Short test"
    press(qtbot, window, Qt.Key.Key_Up)  # the first choice: the press's reps, 2 -> 4
    assert setup.panels[0].choice.reps == 4

    with qtbot.waitSignal(window.session_started) as started:
        press(qtbot, window, Qt.Key.Key_Return)
    runner = started.args[0]
    view = window.current_page()
    assert view is window.session_view
    assert view.title_label.text() == "GET READY"
    holds = [p for p in runner.timeline.phases if p.kind.value == "hold"]
    assert len(holds) == 4  # the choice made at setup reached the session

    run_until_over(qtbot, clock, runner)
    assert window.current_page() is view
    assert view.title_label.text() == "DONE" and "Well done" in view.drill_label.text()
    press(qtbot, window, Qt.Key.Key_Return)
    summary = window.current_page()
    assert summary.objectName() == "summary"  # done against planned, notes, RPE
    assert summary.record.status.value == "completed"
    press(qtbot, window, Qt.Key.Key_Return)  # Enter saves
    assert window.current_page() is window.menu
    [saved] = window.store.sessions()
    assert saved.routine_id == "short" and saved.status.value == "completed"


def test_escape_on_setup_goes_back_to_the_menu(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Return)
    assert isinstance(window.current_page(), SetupPage)
    press(qtbot, window, Qt.Key.Key_Escape)
    assert window.current_page() is window.menu


def test_f11_toggles_full_screen_on_every_page(qtbot, window, clock):
    window.settings.set("full_screen", False)  # F11 alone decides here
    press(qtbot, window, Qt.Key.Key_F11)
    assert window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_Return)  # the setup page
    press(qtbot, window, Qt.Key.Key_F11)
    assert not window.isFullScreen()
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    assert not window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_F11)  # the session view has the focus now
    assert window.isFullScreen()


def test_a_session_fills_the_screen_by_default_and_the_menu_gets_the_window_back(qtbot, window,
                                                                               clock):
    assert window.settings["full_screen"] is True  # the default: read from metres away
    press(qtbot, window, Qt.Key.Key_Return)  # the setup page: still a window
    assert not window.isFullScreen()
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    assert window.isFullScreen()
    window.runner.stop()
    press(qtbot, window, Qt.Key.Key_Return)  # the end screen -> the summary, still full
    assert window.isFullScreen()
    press(qtbot, window, Qt.Key.Key_Return)  # saved: back at the menu, as a window again
    assert window.pages.currentWidget() is window.menu
    assert not window.isFullScreen()


def test_history_and_settings_are_reached_from_the_keyboard(qtbot, window):
    press(qtbot, window, Qt.Key.Key_End)
    assert window.menu.current_entry().key == SETTINGS
    press(qtbot, window, Qt.Key.Key_Return)
    dialog = window.findChild(SettingsDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    press(qtbot, window, Qt.Key.Key_Up)
    assert window.menu.current_entry().key == HISTORY


def test_the_menu_shows_each_routines_duration_drills_and_equipment(window):
    card = next(entry for entry in window.menu.entries if entry.key == "short")
    text = card.text()
    assert "Short test" in text and "Short press" in text and "Short hops" in text
    assert "Needs: wall, box" in text
    assert card.figure.text().startswith("about ")


def test_a_card_is_opened_by_a_click_and_shows_a_hand_under_the_mouse(qtbot, window):
    card = next(entry for entry in window.menu.entries if entry.key == "short")
    QApplication.processEvents()  # what the windows of earlier tests left pending
    qtbot.mouseMove(window, window.rect().topLeft())  # from elsewhere...
    qtbot.mouseMove(card)  # ...onto the card
    assert card.cursor().shape() is Qt.CursorShape.PointingHandCursor
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert isinstance(window.current_page(), SetupPage)
    assert window.current_page().routine is SHORT


@pytest.fixture
def dark_afterwards():
    yield
    apply_theme(QApplication.instance(), "dark", 1.0)  # the app is shared by later tests


def test_settings_apply_to_the_next_session_and_to_the_looks_at_once(qtbot, window,
                                                                     dark_afterwards):
    app = QApplication.instance()
    title = window.menu.entries[0].title
    before = title.font().pointSizeF()
    window.open_settings()
    dialog = window.findChild(SettingsDialog)
    dialog.editors["get_ready_s"].setValue(7)
    dialog.editors["rest_between_sets_s"].setValue(20)
    dialog.editors["theme"].setCurrentIndex(dialog.editors["theme"].findData("light"))
    dialog.editors["text_scale"].setValue(1.5)
    dialog.accept()

    assert app.palette().window().color().name() == LIGHT.window
    title.ensurePolished()
    assert title.font().pointSizeF() == pytest.approx(before * 1.5, abs=1)
    window.open_routine("short")
    hops = window.setup_page.panels[1]
    assert hops.choice.rest_s == 20
    assert window.setup_page.plan().lead_in_s == 7
    assert Settings.load()["theme"] == "light"  # and it survives a restart


def test_open_routine_by_id_and_an_unknown_id_lists_the_known_ones(qtbot, window):
    assert not window.open_routine("nope")
    assert window.current_page() is window.menu
    message = window.messages[-1]
    assert "'nope'" in message.text() and "other, short" in message.text()
    assert window.open_routine("short")
    assert window.current_page().routine is SHORT


@pytest.fixture
def app_window(qtbot):
    """The window as `isohold` builds it, from the built-in routines and the settings file."""
    made = []

    def build(routine_id=None):
        window = build_window(routine_id, FakeClock, create_app())
        qtbot.addWidget(window)
        made.append(window)
        return window
    yield build
    for window in made:
        window.close()


def test_isohold_routine_id_opens_on_its_setup_page(app_window):
    window = app_window("iso-holds")
    assert isinstance(window.current_page(), SetupPage)
    assert window.current_page().routine.name == "Isometric holds"
    assert not window.messages


def test_isohold_with_an_unknown_routine_says_which_ids_exist(app_window):
    window = app_window("sprints")
    assert window.current_page() is window.menu
    text = window.messages[-1].text()
    assert "'sprints'" in text and "iso-holds, dynamic, full" in text
    assert window.messages[-1].isVisible()
    assert window.messages[-1].windowModality() is Qt.WindowModality.NonModal


def test_a_corrupt_settings_file_starts_with_defaults_and_a_message(app_window):
    file = Settings().file
    file.parent.mkdir(parents=True)
    file.write_text('{"values": {"theme": "light"', encoding="utf-8")

    window = app_window()

    assert QApplication.instance().palette().window().color().name() == DARK.window
    message = window.messages[-1]
    assert message.windowTitle() == "Settings reset" and "using the defaults" in message.text()
    kept = list(file.parent.glob("settings.corrupt-*.json"))
    assert len(kept) == 1 and str(kept[0]) in message.text()
    assert isinstance(message, QMessageBox)


def test_a_key_pressed_right_after_the_session_starts_is_not_dropped(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)  # the setup page of "Short test"
    press(qtbot, window, Qt.Key.Key_Return)  # start...
    press(qtbot, window, Qt.Key.Key_Space)  # ...and pause at once, before the loop turns
    assert window.runner.is_paused and window.runner.state_names() == {"paused"}
    press(qtbot, window, Qt.Key.Key_Space)
    press(qtbot, window, Qt.Key.Key_Right)
    assert window.runner.phase.kind.value == "hold"


def test_closing_the_window_mid_session_asks_and_stop_and_keep_shows_the_summary(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)
    press(qtbot, window, Qt.Key.Key_Return)
    runner = window.runner
    assert not window.close()  # refused: it asks first
    box = window.session_view.stop_box
    assert box.isVisible() and box.defaultButton().text() == "Stop and keep"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    assert runner.state_names() == {"stopped"}
    summary = window.current_page()
    assert summary.objectName() == "summary" and summary.notes.hasFocus()
    [kept] = window.store.sessions()
    assert kept.status.value == "stopped_early"
    assert window.close()  # nothing under way now


# -- remembered choices and last time on the setup page ---------------------------------------
def stop_and_save(qtbot, window):
    """Stop the session under way, Enter to the summary, Enter to save: back at the menu."""
    window.runner.stop()
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page().objectName() == "summary"
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page() is window.menu


def test_the_choices_of_a_session_come_back_per_drill_with_last_time(qtbot, window, clock):
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)  # "Short test": press reps 2, hops 2 sets
    setup = window.current_page()
    assert not setup.last_time.isVisible()  # no history of it yet
    press(qtbot, window, Qt.Key.Key_Up)  # the press: 4 reps
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Tab)
    press(qtbot, window, Qt.Key.Key_Down)  # the hops: 1 set
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    stop_and_save(qtbot, window)

    press(qtbot, window, Qt.Key.Key_Return)  # the same routine again
    again = window.current_page()
    assert isinstance(again, SetupPage) and again is not setup
    assert (again.panels[0].choice.reps, again.panels[1].choice.sets) == (4, 1)
    assert again.panels[0].boxes["reps"].value() == 4
    assert again.panels[1].boxes["sets"].value() == 1
    assert again.last_time.isVisible()
    assert again.last_time.text().startswith("Last time (today): stopped early: ")
    press(qtbot, window, Qt.Key.Key_Escape)
    press(qtbot, window, Qt.Key.Key_Up)
    press(qtbot, window, Qt.Key.Key_Return)  # the other routine keeps its own last time
    other = window.current_page()
    assert other.routine is OTHER and not other.last_time.isVisible()
    assert other.panels[0].choice.sets == 1  # the hops as last done, in any routine
    window.close()

    later = MainWindow([OTHER, SHORT], Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(later)
    later.open_routine("short")  # a new start (isohold --routine short): read from the files
    page = later.current_page()
    assert (page.panels[0].choice.reps, page.panels[1].choice.sets) == (4, 1)
    assert later.store is None and not page.last_time.isVisible()  # before the first paint
    later.settle_in()  # the window is on screen: the history opens, last time shows
    assert page.last_time.text().startswith("Last time (today): stopped early")
    page.put_defaults()
    assert (page.panels[0].choice.reps, page.panels[1].choice.sets) == (2, 2)


def test_choices_that_cannot_be_saved_are_said_and_the_session_runs(qtbot, window, tmp_path):
    (tmp_path / "config" / "choices.json").mkdir(parents=True)  # in the way of the file
    window.open_routine("short")
    assert "choices.json: is a folder, not a regular file" in window.current_page().notes.text()
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page() is window.session_view and not window.runner.is_over
    stop_and_save(qtbot, window)
    window.open_routine("short")
    notes = window.current_page().notes
    assert notes.isVisible()
    assert notes.text().startswith("Your choices last time could not be remembered: ")
    assert "not a regular file" in notes.text()


def test_r_opens_the_routine_editor_and_a_routine_saved_there_is_on_the_menu_after(qtbot, window):
    from isohold.core.loader import load_routines
    from isohold.core.routine_store import RoutineStore

    qtbot.keyClick(window.menu, Qt.Key.Key_R)
    editor = window.current_page()
    assert type(editor).__name__ == "RoutineEditor" and window.editor is editor
    built_in = next(r for r in load_routines().routines if r.id == "iso-holds")
    store = RoutineStore()
    copy = store.duplicate(built_in)
    store.save(copy.routine, copy)
    editor.routines_changed.emit()  # what the editor says after a save
    names = [entry.key for entry in window.menu.entries]
    assert copy.routine.id in names
    editor.closed.emit()  # Esc with nothing unsaved
    assert window.current_page() is window.menu and window.editor is None


def test_a_cards_estimate_is_its_setup_pages_with_the_remembered_choices(qtbot, window, clock):
    """Found in the second trial: the card said "about 7 min" and its setup page, opening on
    the choices of last time, "about 8 min"."""
    press(qtbot, window, Qt.Key.Key_Down)
    press(qtbot, window, Qt.Key.Key_Return)  # "Short test"
    setup = window.current_page()
    for _ in range(2):
        press(qtbot, window, Qt.Key.Key_Up)  # more reps of the press: a longer session
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    planned = setup.estimate.text()
    stop_and_save(qtbot, window)
    card = next(entry for entry in window.menu.entries if entry.key == "short")
    assert card.figure.text() == planned
    press(qtbot, window, Qt.Key.Key_Return)  # its setup page, on the choices of last time
    assert window.current_page().estimate.text() == card.figure.text()

    later = MainWindow([OTHER, SHORT], Settings.load(), clock_factory=lambda: clock)
    qtbot.addWidget(later)
    later.settle_in()  # a new start: once on screen, the cards read the remembered choices
    again = next(entry for entry in later.menu.entries if entry.key == "short")
    assert again.figure.text() == planned
    later.close()


def test_r_opens_the_editor_on_the_routine_chosen_on_the_menu(qtbot, app_window):
    window = app_window()
    press(qtbot, window, Qt.Key.Key_Down)  # the second card: "Dynamic drills"
    assert window.menu.current_entry().key == "dynamic"
    qtbot.keyClick(window.menu, Qt.Key.Key_R)
    assert window.editor.opened.draft.name == "Dynamic drills"  # read only: Duplicate to edit
