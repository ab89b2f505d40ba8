"""Dates in the athlete's language: under LANGUAGE=de with LANG=C.UTF-8 (a common set-up: the
messages chosen, the formats left alone) the days and months are German, as the words around
them are (the trial in a real window saw "Mon 30 Nov 2026" among German words)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
from PySide6.QtCore import QDate, QLocale
from PySide6.QtWidgets import QApplication
from isohold.ui.language import install
app = QApplication([])
install(app, {language!r})
print(QLocale().toString(QDate(2026, 11, 30), "ddd d MMM yyyy"))
"""


def written(language: str, **env: str) -> str:
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("LANG", "LC_"))}
    environ.update(QT_QPA_PLATFORM="offscreen", **env)
    done = subprocess.run([sys.executable, "-c", SCRIPT.format(language=language)], env=environ,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    return done.stdout.strip()


def test_german_chosen_by_language_writes_german_days_under_a_c_locale():
    assert written("de", LANGUAGE="de", LANG="C.UTF-8") == "Mo. 30 Nov. 2026"


def test_spanish_chosen_in_settings_writes_spanish_days_under_a_german_system():
    assert written("es", LANGUAGE="de", LANG="C.UTF-8") == "lun 30 nov 2026"


def test_english_under_a_c_locale_stays_english():
    assert written("en", LANG="C.UTF-8") == "Mon 30 Nov 2026"


def test_a_country_of_the_language_keeps_its_own_ways():
    assert written("de", LANGUAGE="de", LANG="de_AT.UTF-8").startswith("Mo. 30")


NUMBER_SCRIPT = """
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication
from isohold.ui.language import install
app = QApplication([])
install(app, "de")
from isohold.ui.leg_test_screens import CountBox
box = CountBox()
box.setDecimals(1)
box.setMaximum(600)
box.lineEdit().setText("30,5")
box.interpretText()
print(box.value(), QLocale().toString(35.24, "f", 1))
"""


def test_a_german_decimal_comma_is_a_decimal_point_in_a_leg_test_result():
    """The trial typed 30,5 s into a hold result and the app saved 305.0 s: the spin box read
    the comma as C's thousands separator."""
    environ = {key: value for key, value in os.environ.items()
               if not key.startswith(("LANG", "LC_"))}
    environ.update(QT_QPA_PLATFORM="offscreen", LANGUAGE="de", LANG="C.UTF-8")
    done = subprocess.run([sys.executable, "-c", NUMBER_SCRIPT], env=environ,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["30.5", "35,2"]


def test_a_previews_speed_is_written_the_languages_way(qapp):
    """History's list said "Vorschau (×2.5)" in German."""
    from PySide6.QtCore import QLocale

    from isohold.ui.shared.labels import preview_text

    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    try:
        assert preview_text(2.5).endswith("2,5)") and preview_text(10).endswith("10)")
    finally:
        QLocale.setDefault(before)
