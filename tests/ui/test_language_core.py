"""The core's messages, the built-in programs' texts and the command line in the athlete's
language (issue 15): every text lupdate must see is in both catalogues, translated."""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from isohold.core.history import schema
from isohold.core.settings import BY_NAME
from isohold.core.words import CONTEXT, Message
from isohold.ui.shared.said import said
from tests.ui.test_language import catalogues, speak  # noqa: F401  (fixtures)
from tests.ui.test_language_pseudo import (bare_words, pseudo,  # noqa: F401  (fixtures)
                                           pseudo_catalogue, unwrapped_texts)
from tools import translations

ROOT = Path(__file__).resolve().parents[2]


def held(language: str) -> dict[tuple[str, str, str], str]:
    """(context, source, disambiguation) -> translation of each live message of a catalogue."""
    path = translations.catalogue(language)
    return {(name, message.findtext("source"), message.findtext("comment") or ""):
            message.findtext("translation") or ""
            for name, message in translations.messages(ElementTree.parse(path))
            if message.find("translation").get("type") != "unfinished"}


def test_the_built_in_programs_texts_are_in_the_catalogues_under_their_contract():
    """Context "programs", the English text, "<id> name" / "<id> description" /
    "<id> week <n> note" (n from 1): what the program screens look up."""
    data = json.loads((ROOT / "resources" / "programs.json").read_text("utf-8"))
    wanted = translations.program_texts(data)
    first = data["programs"][0]
    assert ("programs", first["name"], f"{first['id']} name") in wanted
    assert ("programs", first["weeks"][0]["note"], f"{first['id']} week 1 note") in wanted
    assert len(wanted) == sum(2 + len(p["weeks"]) for p in data["programs"])
    for language in translations.LANGUAGES:
        found = held(language)
        missing = [entry for entry in wanted if not found.get(entry)]
        assert missing == [], (language, missing[:3])


# -- the core's messages ----------------------------------------------------------------------
BROKEN_ROUTINE = ('{\n  "version": 2,\n  "drills": [\n'
                  '    {"id": "x", "name": "X" "kind": "hold"}\n  ]\n}\n')


def catalogue_forms(language: str) -> dict[str, list[str]]:
    """Each finished message of the core's context: its translation (or plural forms)."""
    found = {}
    path = translations.catalogue(language)
    for name, message in translations.messages(ElementTree.parse(path)):
        translation = message.find("translation")
        if name != CONTEXT or translation.get("type") == "unfinished":
            continue
        forms = [form.text or "" for form in translation.iter("numerusform")]
        found[message.findtext("source")] = forms if message.get("numerus") == "yes" \
            else [translation.text or ""]
    return found


def test_every_message_of_the_core_is_in_the_catalogues_and_translated():
    """The templates of every Message(...) under app/core (each a literal: core_messages
    raises otherwise), each translated in German and Spanish with the same placeholders;
    one that counts has its plural forms."""
    wanted = translations.core_messages()
    assert len(wanted) > 150 and "%1, line %2" in wanted
    for language in translations.LANGUAGES:
        held_forms = catalogue_forms(language)
        assert sorted(set(wanted) - set(held_forms)) == [], language
        for template, counts in wanted.items():
            forms = held_forms[template]
            assert all(forms) and len(forms) == (2 if counts else 1), (language, template)
            for form in forms:
                assert set(re.findall(r"%[1-9n]", form)) == set(re.findall(r"%[1-9n]",
                                                                           template)), form


def test_a_message_reads_as_english_and_keeps_what_it_was_made_from():
    where = Message("%1, line %2", "my.json", 12)
    problem = Message("%1: %2", where, Message("a comma is missing after %1", '"reps": 8'))
    assert problem == 'my.json, line 12: a comma is missing after "reps": 8'
    assert "\n".join([problem, "x"]).startswith("my.json, line 12")
    assert problem.template == "%1: %2" and problem.args[0].args == ("my.json", 12)
    assert Message("%n routine(s) skipped", count=1) == "1 routine skipped"
    assert Message("from %1 to %2", 0.75, 2.0) == "from 0.75 to 2"
    assert said("plain text") == "plain text"


def test_english_says_the_core_as_it_wrote_it(speak):
    speak("en")
    problem = Message("%1: %2", Message("%1, line %2", "my.json", 12),
                      Message("expected %1, got %2", Message("a number"), '"8"'))
    assert said(problem) == problem
    assert said(Message("%n routine(s) skipped: Isohold offers at most %1 routines of your "
                        "own", 200, count=3)).startswith("3 routines skipped")


def test_german_says_a_settings_problem_with_its_numbers_as_german_writes_them(speak):
    speak("de")
    with pytest.raises(ValueError) as volume:
        BY_NAME["volume"].check(3)
    assert said(volume.value.args[0]) == "'volume' sollte von 0 bis 1 sein, nicht 3.0"
    with pytest.raises(ValueError) as scale:
        BY_NAME["text_scale"].check(0.5)
    assert said(scale.value.args[0]) == "'text_scale' sollte von 0,75 bis 2 sein, nicht 0.5"
    speak("es")
    assert said(Message("%n routine(s) skipped: Isohold offers at most %1 routines of your "
                        "own", 200, count=1)).startswith("1 rutina omitida")


def test_the_window_says_a_broken_routine_file_and_settings_in_german_at_start_up(
        qtbot, catalogues, monkeypatch, tmp_path):
    """Start-up under LANGUAGE=de: the settings' and a routine file's problems in German,
    the file and the line still named."""
    from isohold.ui import application, language

    config = tmp_path / "config"
    (config / "routines").mkdir(parents=True)
    (config / "routines" / "broken.json").write_text(BROKEN_ROUTINE, "utf-8")
    (config / "settings.json").write_text('{"version": 1, "values": {"volume": 3}}', "utf-8")
    monkeypatch.setattr(language, "CATALOGUES", catalogues)
    monkeypatch.setenv("LANGUAGE", "de")
    try:
        window = application.build_window()
        qtbot.addWidget(window)
        boxes = {box.windowTitle(): box.text() for box in window.messages}
    finally:
        language.install(application.QApplication.instance(), "en", catalogues)
    assert boxes["Einstellungen zurückgesetzt"] == (
        f"{config / 'settings.json'}: 'volume' sollte von 0 bis 1 sein, nicht 3.0; es gilt der "
        "Standardwert 0.9.")
    assert boxes["Einige Programme wurden übersprungen"].splitlines()[:2] == [
        "broken.json (übersprungen):",
        '  Zeile 4: nach {"id": "x", "name": "X" fehlt ein Komma (die Datei wird weiter '
        "geprüft, sobald das behoben ist)"]


def newer_history() -> None:
    from isohold.core.history.store import default_path

    path = default_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as db:
        db.execute(f"PRAGMA application_id = {schema.APPLICATION_ID}")
        db.execute("CREATE TABLE sessions (uuid TEXT)")
        db.execute("PRAGMA user_version = 99")
    db.close()


def test_the_window_says_a_history_file_from_a_newer_isohold_in_german(qtbot, speak):
    from isohold.core.history.store import default_path
    from isohold.core.settings import Settings
    from isohold.ui.main_window import MainWindow

    newer_history()
    speak("de")
    window = MainWindow((), Settings())
    qtbot.addWidget(window)
    window.open_history_store()
    box = window.messages[-1]
    assert box.windowTitle() == "Verlauf nicht verfügbar"
    assert box.text() == (
        f"Die Verlaufsdatei {default_path()} wurde von einem neueren Isohold geschrieben "
        f"(Dateiversion 99, dieses liest bis {schema.VERSION}). Aktualisiere Isohold, um sie "
        "zu nutzen; die Datei blieb, wie sie ist.\n\nEinheiten werden nicht gespeichert.")


def run_cli(catalogues, *args: str, language: str = "de") -> subprocess.CompletedProcess:
    """`isohold ARGS` as the console script runs it, speaking the catalogues compiled here."""
    code = ("import sys, pathlib\nimport isohold.ui.language as language\n"
            f"language.CATALOGUES = pathlib.Path({str(catalogues)!r})\n"
            "from isohold.cli import main\nsys.exit(main(sys.argv[1:]))\n")
    environ = {k: v for k, v in os.environ.items() if k not in ("LC_ALL", "LC_MESSAGES")}
    environ.update(LANGUAGE=language, LANG="C.UTF-8")
    return subprocess.run([sys.executable, "-c", code, *args], env=environ, text=True,
                          capture_output=True, timeout=60)


def test_the_command_lines_help_and_check_read_in_german(catalogues, tmp_path):
    shown = run_cli(catalogues, "--help")
    assert shown.returncode == 0, shown.stderr
    assert shown.stdout.startswith("Aufruf: isohold")
    assert "\nOptionen:\n" in shown.stdout and "diese Hilfe zeigen und beenden" in shown.stdout
    assert "eine Programmdatei prüfen" in shown.stdout
    broken = tmp_path / "broken.json"
    broken.write_text(BROKEN_ROUTINE, "utf-8")
    checked = run_cli(catalogues, "--check", str(broken))
    assert checked.returncode == 1
    assert checked.stderr.splitlines() == [
        f'{broken}, Zeile 4: nach {{"id": "x", "name": "X" fehlt ein Komma (die Datei wird '
        "weiter geprüft, sobald das behoben ist)"]
    fine = run_cli(catalogues, "--check", str(ROOT / "resources" / "drills.json"),
                   language="es")
    assert fine.returncode == 0 and fine.stdout.strip().endswith(": correcto"), fine.stderr


# -- under the pseudo-language -----------------------------------------------------------------
def boxes_unwrapped(window) -> list[str]:
    return [text for box in window.messages for text in (box.windowTitle(), box.text())
            if bare_words(text)]


def test_the_main_windows_messages_are_wrapped(qtbot, pseudo, tmp_path):
    """No such routine, a history that cannot be opened, a routine file skipped, and the note
    of a message cut short: every word through the catalogue (ids and paths inside)."""
    from isohold.core.settings import Settings
    from isohold.ui.main_window import MainWindow

    config = tmp_path / "config"
    (config / "routines").mkdir(parents=True)
    (config / "routines" / "broken.json").write_text(BROKEN_ROUTINE, "utf-8")
    newer_history()
    window = MainWindow((), Settings())
    qtbot.addWidget(window)
    window.open_routine("no-such-routine")
    window.open_history_store()
    window.open_history()
    window.reload_routines()
    window.tell("[!! Title !!]", "\n".join(f"[!! line {n} !!]" for n in range(40)))
    assert len(window.messages) == 5
    assert boxes_unwrapped(window) == []
    assert [text for text in unwrapped_texts(window.messages[0]) if text != "OK"] == []  # Qt's


def test_the_settings_dialogs_save_warning_is_wrapped(qtbot, pseudo, tmp_path, monkeypatch):
    """Settings that cannot be saved (a folder where the file goes): the warning, with the
    core's reason in it, in the language."""
    from isohold.core.settings import Settings
    from isohold.ui.settings_dialog import SettingsDialog

    file = tmp_path / "settings.json"
    file.mkdir()
    seen = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text: seen.append((title, text)))
    dialog = SettingsDialog(Settings(file), "[!! none !!]")
    qtbot.addWidget(dialog)
    dialog.accept()
    assert len(seen) == 1 and [text for text in seen[0] if bare_words(text)] == []


@pytest.mark.parametrize("language", ["en", "de", "es"])
@pytest.mark.parametrize("scale", [1.0, 1.25])
def test_the_settings_dialog_fits_a_small_screen_in_every_language(qtbot, qapp, speak, language,
                                                                   scale):
    """German's and Spanish's longer labels (and the level's choices): the dialog is never
    wider than the screen (the test's offscreen screen is 800 px wide, narrower than the
    960x600 netbook), each label above its editor then, and no label cut."""
    from PySide6.QtGui import QFontMetricsF
    from PySide6.QtWidgets import QLabel

    from isohold.core.settings import Settings
    from isohold.ui.main_window import WindowWords
    from isohold.ui.settings_dialog import SettingsDialog
    from isohold.ui.theme import apply_theme

    speak(language)
    apply_theme(qapp, "dark", scale)
    try:
        dialog = SettingsDialog(Settings(), WindowWords.tr("none (sound not set up yet)"))
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        room = dialog.screen().availableGeometry().width()
        assert dialog.minimumSizeHint().width() <= room and dialog.width() <= room
        assert dialog.scroll.horizontalScrollBar().maximum() == 0
        cut = [label.text() for label in dialog.findChildren(QLabel)
               if label.isVisibleTo(dialog) and not label.wordWrap() and label.text()
               and QFontMetricsF(label.font()).horizontalAdvance(label.text())
               > label.contentsRect().width() + 1]
        assert cut == []
        dialog.grab().save(f"/tmp/h4shots/settings-{language}-{scale}.png")
    finally:
        qapp.setStyleSheet("")
