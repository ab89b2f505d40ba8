"""The language chosen in Settings comes at the next start (and OK says so, in the language
spoken now); Ctrl+Q quits from every page as closing the window does."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLabel

from isohold.core.settings import Settings
from isohold.ui.language import install
from tests.ui.test_main_window import clock, press, window  # noqa: F401 (fixtures)


@pytest.fixture
def german(qapp):
    install(qapp, "de")
    yield
    install(qapp, "en")


def page_texts(window) -> str:
    page = window.current_page()
    return "\n".join(label.text() for label in page.findChildren(QLabel)
                     if label.isVisibleTo(page))


def told(window) -> list[str]:
    return [box.text() for box in window.messages if box.isVisible()]


def choose_language(window, language: str) -> None:
    window.open_settings()
    dialog = window.settings_dialog
    languages = dialog.editors["language"]
    languages.setCurrentIndex(languages.findData(language))
    dialog.accept()


def test_choosing_spanish_keeps_german_until_the_next_start_and_says_so_in_german(
        qtbot, german, window):
    before = page_texts(window)
    assert "etwa" in before  # the menu in German
    choose_language(window, "es")
    assert window.settings["language"] == "es"
    assert page_texts(window) == before  # nothing in Spanish, nothing back in English
    assert told(window) == ["Isohold spricht ab dem nächsten Start Español."]
    assert Settings.load()["language"] == "es"  # kept for the next start
    window.messages[0].close()
    press(qtbot, window, Qt.Key.Key_Return)  # the setup page: German too
    assert "etwa" in page_texts(window) and "Sätze" in page_texts(window)


def test_back_to_the_systems_language_names_it(qtbot, german, window, monkeypatch):
    monkeypatch.setenv("LANGUAGE", "de")
    window.settings.set("language", "es")
    choose_language(window, "system")
    assert told(window) == ["Isohold spricht ab dem nächsten Start Deutsch."]


def test_ok_without_a_new_language_says_nothing_of_languages(qtbot, window):
    window.open_settings()
    window.settings_dialog.accept()
    assert told(window) == []


def ctrl_q(window) -> None:
    target = QApplication.focusWidget() or window.current_page()
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(target, QKeyEvent(kind, Qt.Key.Key_Q,
                                                 Qt.KeyboardModifier.ControlModifier, "q"))


def test_ctrl_q_quits_from_the_menu(qtbot, window):
    ctrl_q(window)
    assert not window.isVisible()


def test_ctrl_q_quits_from_the_setup_page(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Return)
    assert window.current_page() is window.setup_page
    ctrl_q(window)
    assert not window.isVisible()


def test_ctrl_q_in_a_session_asks_the_stop_question_as_closing_does(qtbot, window):
    press(qtbot, window, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    runner = window.runner
    ctrl_q(window)
    assert window.isVisible() and not runner.is_over  # nothing lost: it asks first
    box = window.session_view.stop_box
    assert box.isVisible() and box.defaultButton().text() == "Stop and keep"
    qtbot.keyClick(box, Qt.Key.Key_Return)
    [kept] = window.store.sessions()
    assert kept.status.value == "stopped_early"


def test_in_german_a_silent_output_tells_the_session_that_all_sound_is_off(
        qtbot, german, window, monkeypatch):
    """Whether every cue is off hangs on the output, not on its name's words ("stumm")."""
    from PySide6.QtMultimedia import QMediaDevices

    monkeypatch.setattr(QMediaDevices, "audioOutputs", staticmethod(lambda: []))
    monkeypatch.setenv("ISOHOLD_AUDIO", "qt,silent")
    window.start_sound()
    assert window.cue_player.backend_name.startswith("stumm (")
    press(qtbot, window, Qt.Key.Key_Return)
    with qtbot.waitSignal(window.session_started):
        press(qtbot, window, Qt.Key.Key_Return)
    view = window.session_view
    assert view.sound_off == window.cue_player.off_reason and view.sound_off_all
