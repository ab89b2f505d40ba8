"""The printed plan: one page, A4 or Letter, with each drill and the numbers the athlete chose,
read back from the PDF itself."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument

from isohold.core.loader import load_routines
from isohold.core.routines import DrillChoice, Routine, SessionPlan
from isohold.ui.print_plan import write_plan_pdf


def routine(routine_id: str) -> Routine:
    return load_routines(Path("/nonexistent")).routine(routine_id)


def read_back(path: Path) -> tuple[int, str, tuple[float, float]]:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    size = document.pagePointSize(0)
    pages = document.pageCount()
    everything = document.getAllText(0)
    drawn = everything.boundingRectangle()
    assert drawn.top() >= 0 and drawn.bottom() <= size.height(), "text off the page"
    assert drawn.left() >= 0 and drawn.right() <= size.width(), "text off the page"
    text = " ".join(everything.text().split())
    document.close()
    return pages, text, (round(size.width()), round(size.height()))


@pytest.mark.parametrize("page, points", [("A4", (595, 842)), ("Letter", (612, 792))])
@pytest.mark.parametrize("routine_id", ["iso-holds", "dynamic", "full"])
def test_a_plan_is_one_page_with_every_drill(qapp, tmp_path, routine_id, page, points):
    plan = SessionPlan(routine(routine_id))
    path = write_plan_pdf(plan, tmp_path / "plan.pdf", page)
    pages, text, size = read_back(path)
    assert pages == 1 and size == points
    assert plan.routine.name in text
    for number, drill in enumerate(plan.routine.drills, start=1):
        assert f"{number}. {drill.name}" in text
        assert drill.cue in text


def test_the_plan_shows_the_athletes_choices(qapp, tmp_path):
    full = routine("full")
    at = next(i for i, drill in enumerate(full.drills) if drill.id == "drop-jumps")
    picked: list[DrillChoice | None] = [None] * len(full.drills)
    picked[at] = DrillChoice(reps=6, sets=4, rest_s=150, box_height_cm=55)
    picked[2] = DrillChoice(reps=10, sets=1, hold_s=9, switch_s=7)
    _, text, _ = read_back(write_plan_pdf(SessionPlan(full, picked), tmp_path / "plan.pdf"))
    assert "4 sets × 6 reps · box 55 cm" in text
    assert "150 s rest between sets" in text
    assert "1 set × 10 reps × 9 s hold (5 each leg, left first)" in text
    assert "7 s to switch legs" in text
    assert "You need: wall" in text and "box 40-60 cm" in text
    assert "Careful: Don't let the heels touch the ground on landing." in text


def test_text_is_printed_as_plain_text(qapp, tmp_path):
    iso = routine("iso-holds")
    odd = iso._replace(name="<b>Heavy</b> & <i>day</i>", drills=(
        iso.drills[0]._replace(name="Press <br> &amp; hold"),))
    _, text, _ = read_back(write_plan_pdf(SessionPlan(odd), tmp_path / "plan.pdf"))
    assert "<b>Heavy</b> & <i>day</i>" in text
    assert "1. Press <br> &amp; hold" in text


def test_a_routine_too_long_for_one_page_keeps_its_drills_and_numbers(qapp, tmp_path):
    full = routine("full")
    long = full._replace(drills=full.drills * 3)
    pages, text, _ = read_back(write_plan_pdf(SessionPlan(long), tmp_path / "plan.pdf"))
    assert pages == 1
    for number, drill in enumerate(long.drills, start=1):
        assert f"{number}. {drill.name}" in text
    assert "3 sets × 6 reps · box 40 cm" in text
    assert long.drills[0].how not in text  # the how-to paragraphs went first
