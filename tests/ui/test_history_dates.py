"""The history's dates as the language writes a day: "Sa. 7 Juni", never "Sa. 07 Juni" (the
German keys-only trial read a zero-padded day in the list and the session window)."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import QLocale

from isohold.ui.history.table import date_text
from isohold.ui.shared.clock_text import when_text

SATURDAY = datetime(2025, 6, 7, 9, 5)


@pytest.fixture
def german():
    before = QLocale()
    QLocale.setDefault(QLocale("de_DE"))
    yield
    QLocale.setDefault(before)


@pytest.mark.parametrize("with_year", [False, True])
def test_a_day_of_the_list_has_no_leading_zero(german, with_year):
    text = date_text(SATURDAY, with_year)
    assert " 7 " in text and "07" not in text and text.endswith("09:05")
    assert ("2025" in text) == with_year


def test_the_session_windows_moment_has_no_leading_zero(german):
    text = when_text(SATURDAY, ", ")
    assert " 7 " in text and "07" not in text and text.endswith("2025, 09:05")
