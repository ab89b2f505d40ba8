"""The language Isohold speaks: chosen from the settings or the system, Isohold's catalogue and
Qt's loaded, numbers and dates in the language, plurals in its forms, the drills' texts
translated beside drills.json; English unchanged without any catalogue."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from isohold.core.loader import load_routines
from isohold.core.phases import PhaseKind
from isohold.core.routines import Drill, DrillKind, Sides
from isohold.ui.language import (chosen_language, drill_text, install, language_choices,
                                 routine_text,
                                 system_language, translated_routine)
from isohold.ui.session.text import counter_text, phase_word, result_text
from isohold.ui.shared.clock_text import duration_text, when_text
from isohold.ui.shared.labels import counted, english_forms, number
from tools import translations

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="session")
def catalogues(tmp_path_factory):
    """The catalogues compiled from translations/*.ts, as the set-up compiles them."""
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture
def speak(qapp, catalogues):
    """Install a language for one test; English again after it."""
    def use(language):
        return install(qapp, language, catalogues)
    yield use
    install(qapp, "en", catalogues)


@pytest.mark.parametrize("environ, expected", [
    ({"LANGUAGE": "de"}, "de"),
    ({"LANG": "es_ES.UTF-8"}, "es"),
    ({"LANGUAGE": "fr:es:en", "LANG": "de_DE.UTF-8"}, "es"),  # the first one shipped
    ({"LC_ALL": "de_AT.UTF-8", "LANG": "es_ES.UTF-8"}, "de"),  # LC_ALL before LANG
    ({"LC_MESSAGES": "es_MX", "LANG": "de_DE"}, "es"),
    ({"LANG": "C.UTF-8"}, "en"),
    ({"LANG": "fr_FR.UTF-8"}, "en"),  # not shipped: the source language
    ({}, "en"),
])
def test_the_system_language_comes_from_LANGUAGE_then_the_locale(environ, expected):
    assert system_language(environ) == expected


def test_the_setting_chooses_the_language_and_system_follows_the_environment():
    assert chosen_language({"language": "es"}, {"LANG": "de_DE.UTF-8"}) == "es"
    assert chosen_language({"language": "system"}, {"LANG": "de_DE.UTF-8"}) == "de"
    assert chosen_language({}, {"LANGUAGE": "es"}) == "es"  # settings from before the option


def test_english_reads_the_same_with_no_catalogue_plurals_included(speak):
    speak("en")
    assert counted("rep", 1) == "1 rep" and counted("rep", 3) == "3 reps"
    assert counted("session", 0) == "0 sessions"
    assert english_forms("%n box(es)".replace("%n", "2"), 2) == "2 boxes"
    assert duration_text(14 * 60) == "about 14 min" and duration_text(50) == "about 50 s"
    assert phase_word(PhaseKind.SWITCH) == "Switch legs"
    assert number(1.5) == "1.5" and number(50.0) == "50"


def test_german_speaks_german_with_its_plural_forms_and_number_format(speak):
    assert speak("de").problem == ""
    assert counted("rep", 1) == "1 Wiederholung" and counted("rep", 4) == "4 Wiederholungen"
    assert counted("set", 2) == "2 Sätze"
    assert phase_word(PhaseKind.HOLD) == "Halten" and phase_word(PhaseKind.REST) == "Pause"
    assert duration_text(14 * 60) == "etwa 14 Min."
    assert QLocale().name() == "de_DE" and number(1.5) == "1,5"
    assert when_text(datetime(2026, 11, 30, 9, 5)).startswith("Mo.")


def test_spanish_speaks_spanish(speak):
    speak("es")
    assert counted("rep", 1) == "1 repetición" and counted("rep", 6) == "6 repeticiones"
    assert phase_word(PhaseKind.HOLD) == "Mantén" and phase_word(PhaseKind.SET) == "Vamos"
    assert QLocale().name() == "es_ES"


def test_qt_own_texts_are_translated_too(speak):
    """qtbase_<lang>.qm from the PySide6-Essentials wheel: standard buttons and dialogs."""
    speak("de")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Abbrechen"
    speak("es")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Cancelar"


def test_a_missing_catalogue_says_so_and_leaves_english(qapp, tmp_path):
    done = install(qapp, "de", tmp_path)
    try:
        assert done.language == "en" and "isohold_de.qm" in done.problem
        assert counted("rep", 2) == "2 reps"
    finally:
        install(qapp, "en", tmp_path)


def test_a_session_line_in_german_and_spanish(speak):
    from isohold.core.history.shortfall import Shortfall

    speak("de")
    short = Shortfall(holds=1, reps=3, stopped=True)
    assert result_text(False, short) == ("Vorzeitig beendet: vor dem Ende beendet, 1 Halteposition "
                                         "übersprungen oder verkürzt, 3 Wiederholungen nicht "
                                         "gemacht. Was du geschafft hast, bleibt gespeichert.")
    speak("es")
    assert result_text(True, short).startswith("Sesión completa")


def test_the_drills_and_routines_are_translated_beside_drills_json(speak):
    speak("de")
    found = load_routines()
    full = translated_routine(next(r for r in found.routines if r.id == "full"))
    assert full.name == "Komplette Einheit"
    assert [d.name for d in full.drills][:3] == [
        "Wadendrücken an der Wand (gestrecktes Bein)",
        "Wadendrücken an der Wand (gebeugtes Knie)", "Sprinterdrücken"]
    assert full.drills[2].equipment == ("Wand", "Multipresse (optional)")
    assert drill_text("drop-jumps", "cue", "Toes up, drop, block - heels off the ground") \
        == "Zehen hoch, fallen lassen, blocken – Fersen bleiben oben"
    assert routine_text("iso-holds", "name", "Isometric holds") == "Isometrisches Halten"


def test_an_athletes_own_drill_keeps_its_words(speak):
    """Same id as a built-in drill, other words: nothing in the catalogue is its text."""
    speak("de")
    own = Drill("sprinter-press", "My press", DrillKind.HOLD, Sides.BOTH, "Push hard")
    assert drill_text(own.id, "name", own.name) == "My press"
    assert drill_text(own.id, "cue", own.cue) == "Push hard"


def test_the_catalogues_hold_every_drill_text_and_no_unfinished_message():
    data = json.loads((ROOT / "resources" / "drills.json").read_text("utf-8"))
    wanted = {(context, text, where) for context, text, where in translations.drill_texts(data)}
    for language in translations.LANGUAGES:
        path = translations.catalogue(language)
        assert translations.unfinished(path) == [], language
        held = {(name, message.findtext("source"), message.findtext("comment"))
                for name, message in translations.messages(ElementTree.parse(path))}
        assert wanted <= held, (language, sorted(wanted - held)[:3])


def test_the_counter_keeps_its_numbers_where_the_language_puts_them(speak):
    from isohold.core.timeline import compile_timeline
    from isohold.core.routines import SessionPlan

    speak("es")
    routine = next(r for r in load_routines().routines if r.id == "iso-holds")
    hold = next(p for p in compile_timeline(SessionPlan(routine)).phases
                if p.kind is PhaseKind.HOLD)
    assert counter_text(hold, 0, 3) == f"Rep. {hold.rep} de {hold.reps}"


def test_the_command_line_speaks_the_language_without_a_gui(catalogues):
    """What `isohold --list-routines` does: a QCoreApplication, no display, LANGUAGE=de."""
    code = ("from isohold.core.loader import load_routines\n"
            "from isohold.ui.language import use_language, translated_routine\n"
            f"print(use_language(None, folder=__import__('pathlib').Path({str(catalogues)!r})))\n"
            "for r in load_routines().routines: print(translated_routine(r).name)\n"
            "from PySide6.QtCore import QCoreApplication\n"
            "print(type(QCoreApplication.instance()).__name__)\n")
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    environ.update(LANGUAGE="de", LANG="C.UTF-8")
    environ.pop("QT_QPA_PLATFORM", None)
    done = subprocess.run([sys.executable, "-c", code], env=environ, capture_output=True,
                          text=True, timeout=60, check=True)
    lines = done.stdout.splitlines()
    assert lines[0] == "Installed(language='de', problem='')"
    assert "Isometrisches Halten" in lines and "Komplette Einheit" in lines
    assert lines[-1] == "QCoreApplication"  # no GUI application, no display needed


def test_the_language_choices_name_each_language_in_itself(speak):
    speak("es")
    assert language_choices({"LANG": "de_DE.UTF-8"}) == [
        ("system", "Como el sistema (Deutsch)"), ("en", "English"), ("de", "Deutsch"),
        ("es", "Español")]
    speak("en")
    assert language_choices({})[0] == ("system", "As the system (English)")


def test_dates_and_numbers_keep_the_systems_country_when_it_speaks_the_language(
        speak, monkeypatch):
    """An Austrian system speaking German keeps de_AT; a C or English system speaking English
    keeps its own; otherwise the language's main locale."""
    from isohold.ui import language

    monkeypatch.setattr(language, "_first_default", QLocale("de_AT"))
    speak("de")
    assert QLocale().name() == "de_AT"
    speak("es")
    assert QLocale().name() == "es_ES"
    monkeypatch.setattr(language, "_first_default", QLocale("en_GB"))
    speak("en")
    assert QLocale().name() == "en_GB"
    assert when_text(datetime(2026, 11, 30, 9, 5)) == "Mon 30 Nov 2026, 09:05"
    monkeypatch.setattr(language, "_first_default", QLocale(QLocale.Language.C))
    speak("en")
    assert QLocale().language() == QLocale.Language.C and number(1000) == "1000"
