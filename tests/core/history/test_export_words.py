"""`isohold --export-history FILE` says what it wrote in the athlete's language (the keys-only
trial in German read "Wrote 2 sessions to ..." and "Wrote 4 leg-test results to ..."), and
its English stays as it was."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from isohold.core.history import HistoryStore
from isohold.core.history.export import export_history_file
from isohold.core.history.sample import made_up_sessions

ISOHOLD = Path(sys.executable).with_name("isohold")


@pytest.fixture
def two_sessions_and_four_legs():
    with HistoryStore() as store:
        store.add_finished(made_up_sessions(4, date(2025, 3, 31), seed=3)[:2])
        store.add_test(datetime(2025, 3, 30, 9), "heel_rise", {"left": 20, "right": 21})
        store.add_test(datetime(2025, 3, 31, 9), "heel_rise", {"left": 22, "right": 23})


def export(out: Path, language: str) -> subprocess.CompletedProcess:
    return subprocess.run([str(ISOHOLD), "--export-history", str(out)], capture_output=True,
                          text=True, timeout=30,
                          env=dict(os.environ, LANGUAGE=language, LANG="C.UTF-8"))


@pytest.mark.parametrize("language, said", [
    ("de", ["2 Einheiten nach {csv} geschrieben",
            "4 Beintest-Ergebnisse nach {legs} geschrieben"]),
    ("es", ["2 sesiones escritas en {csv}",
            "4 resultados de tests de piernas escritos en {legs}"]),
    ("en", ["Wrote 2 sessions to {csv}", "Wrote 4 leg-test results to {legs}"]),
])
def test_what_the_export_wrote_is_said_in_the_language(two_sessions_and_four_legs, tmp_path,
                                                       language, said):
    out = tmp_path / "history.csv"
    done = export(out, language)
    assert done.returncode == 0, done.stderr
    legs = tmp_path / "history-leg-tests.csv"
    assert legs.exists()
    assert done.stdout.splitlines() == [line.format(csv=out, legs=legs) for line in said]


def test_a_file_name_the_export_cannot_tell_is_said_in_the_language(tmp_path):
    done = export(tmp_path / "history.xlsx", "de")
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr == (f"isohold: das Format von {tmp_path / 'history.xlsx'} ist nicht "
                           "erkennbar: nenne die Datei .csv oder .json\n")


def test_in_process_english_makes_no_qt_application(two_sessions_and_four_legs, tmp_path,
                                                    capsys):
    """A test calling the export in-process (English) leaves no QCoreApplication behind."""
    from PySide6.QtCore import QCoreApplication

    from isohold.cli import main

    had = QCoreApplication.instance()
    assert main(["--export-history", str(tmp_path / "h.json")]) == 0
    assert capsys.readouterr().out.startswith("Wrote 2 sessions to ")
    assert QCoreApplication.instance() is had
    assert export_history_file(tmp_path / "x.json") == 0
