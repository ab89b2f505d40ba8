"""The window started in German speaks German: its cue player plays the de calls (the window's
language is the one installed at start-up), not the English ones."""

from __future__ import annotations

from tests.ui.test_language_core import catalogues  # noqa: F401  (fixture)


def test_a_window_started_in_german_has_a_german_cue_player(qtbot, catalogues,  # noqa: F811
                                                            monkeypatch):
    from isohold.ui import application, language

    monkeypatch.setattr(language, "CATALOGUES", catalogues)
    monkeypatch.setenv("LANGUAGE", "de")
    try:
        window = application.build_window()
        qtbot.addWidget(window)
        window.start_sound()
        assert window.language == "de"
        assert window.cue_player.language == "de"
    finally:
        language.install(application.QApplication.instance(), "en", catalogues)
