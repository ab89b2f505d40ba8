"""A routine's plan on one printed page, for the gym wall or a clipboard.

The page holds what the athlete chose at setup: per drill its sets, reps and hold time, the
pauses, the box height, the cue, how to do it and what to be careful of; above them the
routine, the time it takes and the equipment. Type is as large as fits one page (drill names
and numbers first: they are what is read from a few steps away); when even the smallest size
does not fit, the how-to paragraphs go first, then the cautions (a routine too long even then
gets smaller type: no drill is ever cut off the page). Every text is drawn as plain
text. QPdfWriter (QtGui) writes the PDF; A4 or Letter.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QMarginsF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, \
    QPdfWriter, QPen

from isohold.core.routines import Drill, DrillChoice, DrillKind, SessionPlan, Sides
from isohold.core.timeline import estimate_s
from isohold.ui.language import translated_routine
from isohold.ui.shared.clock_text import length_text
from isohold.ui.shared.labels import Words, filled, number

PAGES = {"A4": QPageSize.PageSizeId.A4, "Letter": QPageSize.PageSizeId.Letter}
MARGIN_MM = 12
DPI = 300
# Point sizes at full scale; the page shrinks them together until the plan fits
SIZES = {"title": 30, "about": 13, "drill": 21, "numbers": 19, "cue": 15, "text": 12.5}
SMALLEST = 0.55  # of full scale: about 11 pt drill names, 7 pt text
INK, FAINT, RULE = QColor("#000000"), QColor("#444444"), QColor("#999999")


class PrintPlanText(Words):
    """The printed plan's words."""


class Line(NamedTuple):
    """One paragraph of the page: its text, its style (a key of SIZES), space before it."""

    text: str
    style: str
    space_before: float = 0.0  # in points at full scale
    bold: bool = False
    italic: bool = False
    indent: bool = False


def write_plan_pdf(plan: SessionPlan, path: Path | str, page: str = "A4") -> Path:
    """Write the plan of `plan.routine` with its choices as a one-page PDF at `path`."""
    writer = QPdfWriter(str(path))
    writer.setResolution(DPI)
    writer.setTitle(translated_routine(plan.routine).name)
    writer.setCreator("Isohold")
    writer.setPageLayout(QPageLayout(QPageSize(PAGES[page]), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    painter = QPainter(writer)
    try:
        area = QRectF(writer.pageLayout().paintRectPixels(DPI))
        area.moveTo(0, 0)
        _draw(painter, area, plan)
    finally:
        painter.end()
    return Path(path)


def plan_lines(plan: SessionPlan, how: bool = True, cautions: bool = True) -> list[Line]:
    """The page's paragraphs, top to bottom."""
    routine = translated_routine(plan.routine)
    lines = [Line(routine.name, "title", bold=True)]
    about = filled(PrintPlanText.tr("About %1 · %n drill(s)", "", len(routine.drills)),
                   length_text(estimate_s(plan)))
    if routine.equipment:
        about += " · " + filled(PrintPlanText.tr("You need: %1"), ", ".join(routine.equipment))
    lines.append(Line(about, "about", 4))
    if routine.description:
        lines.append(Line(routine.description, "text", 2, italic=True))
    for position, drill in enumerate(routine.drills):
        choice = plan.choice_at(position)
        lines.append(Line(f"{position + 1}. {drill.name}", "drill", 14, bold=True))
        lines.append(Line(numbers_text(drill, choice), "numbers", 2, bold=True, indent=True))
        pauses = pauses_text(drill, choice, plan.routine.next_drill_s, position)
        if pauses:
            lines.append(Line(pauses, "text", 1, indent=True))
        lines.append(Line(filled(PrintPlanText.tr("“%1”", "the cue, quoted"), drill.cue), "cue",
                          3, italic=True, indent=True))
        if how and drill.how:
            lines.append(Line(drill.how, "text", 2, indent=True))
        if cautions:
            lines += [Line(filled(PrintPlanText.tr("Careful: %1"), caution), "text", 2,
                           bold=True, indent=True) for caution in drill.cautions]
    return lines


def numbers_text(drill: Drill, choice: DrillChoice) -> str:
    """ "3 sets × 6 reps · box 50 cm", "1 set × 8 reps × 10 s hold", "... (4 each leg)"."""
    work = filled(PrintPlanText.tr("%1 × %2", "sets times reps"),
                  PrintPlanText.tr("%n set(s)", "", choice.sets),
                  PrintPlanText.tr("%n rep(s)", "", choice.reps))
    if drill.kind is DrillKind.HOLD and choice.hold_s is not None:
        work = filled(PrintPlanText.tr("%1 × %2 s hold"), work, _number(choice.hold_s))
    if drill.sides is Sides.ALTERNATE:
        work = filled(PrintPlanText.tr("%1 (%2 each leg, left first)"), work, choice.reps // 2)
    elif drill.sides is Sides.LEFT_THEN_RIGHT:
        work = filled(PrintPlanText.tr("%1 (%2 left, then %2 right)"), work, choice.reps // 2)
    parts = [work]
    if drill.cadence_s:
        parts.append(filled(PrintPlanText.tr("a beat every %1 s"), _number(drill.cadence_s)))
    if choice.box_height_cm is not None:
        parts.append(filled(PrintPlanText.tr("box %1 cm"), _number(choice.box_height_cm)))
    return " · ".join(parts)


def pauses_text(drill: Drill, choice: DrillChoice, next_drill_s: float, position: int) -> str:
    """The pauses of the drill as chosen: "10 s between reps · 90 s rest between sets"."""
    parts = []
    if drill.kind is DrillKind.HOLD and choice.reps > 1:
        if drill.sides is not Sides.ALTERNATE and choice.reset_s > 0:
            parts.append(filled(PrintPlanText.tr("%1 s between reps"), _number(choice.reset_s)))
        if drill.sides.one_at_a_time and choice.switch_s > 0:
            parts.append(filled(PrintPlanText.tr("%1 s to switch legs"),
                                _number(choice.switch_s)))
    if choice.sets > 1 and choice.rest_s > 0:
        parts.append(filled(PrintPlanText.tr("%1 s rest between sets"), _number(choice.rest_s)))
    if position > 0 and next_drill_s > 0:
        parts.insert(0, filled(PrintPlanText.tr("%1 s to get in place"), _number(next_drill_s)))
    return " · ".join(parts)


def _number(value: float) -> str:
    return number(value)


# -- drawing -----------------------------------------------------------------------------------


def _draw(painter: QPainter, area: QRectF, plan: SessionPlan) -> None:
    """The largest type at which the plan fits the page, leaving out how-to, then cautions,
    only when even the smallest type does not fit; past that (a very long routine) the type
    shrinks further rather than lose a drill off the page."""
    for how, cautions, smallest in ((True, True, SMALLEST), (False, True, SMALLEST),
                                    (False, False, 0.1)):
        lines = plan_lines(plan, how, cautions)
        scale = 1.0
        while scale >= smallest:
            if _height(painter, area, lines, scale) <= area.height():
                _paint(painter, area, lines, scale)
                return
            scale = round(scale - 0.02, 2)
    _paint(painter, area, lines, smallest)


def _font(line: Line, scale: float) -> QFont:
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(SIZES[line.style] * scale)
    font.setBold(line.bold)
    font.setItalic(line.italic)
    return font


def _placed(painter: QPainter, area: QRectF, lines: list[Line],
            scale: float) -> Iterator[tuple[Line, QRectF]]:
    """Each line with the rectangle its wrapped text takes, top to bottom."""
    points = painter.device().logicalDpiY() / 72.0  # device pixels per point
    flags = Qt.TextFlag.TextWordWrap
    y = area.top()
    for line in lines:
        y += line.space_before * scale * points
        indent = SIZES["drill"] * 1.2 * scale * points if line.indent else 0.0
        width = area.width() - indent
        metrics = QFontMetricsF(_font(line, scale), painter.device())
        box = metrics.boundingRect(QRectF(0, 0, width, 1e6), flags, line.text)
        yield line, QRectF(area.left() + indent, y, width, box.height())
        y += box.height()


def _height(painter: QPainter, area: QRectF, lines: list[Line], scale: float) -> float:
    bottom = area.top()
    for _, rect in _placed(painter, area, lines, scale):
        bottom = rect.bottom()
    return bottom - area.top()


def _paint(painter: QPainter, area: QRectF, lines: list[Line], scale: float) -> None:
    flags = Qt.TextFlag.TextWordWrap
    for line, rect in _placed(painter, area, lines, scale):
        if line.style == "drill":
            painter.setPen(QPen(RULE, max(1.0, 2 * scale)))
            rule_y = rect.top() - 5 * scale * painter.device().logicalDpiY() / 72.0
            painter.drawLine(area.left(), rule_y, area.right(), rule_y)
        painter.setPen(FAINT if line.style == "about" or line.style == "text" and line.italic
                       else INK)
        painter.setFont(_font(line, scale))
        painter.drawText(rect, flags, line.text)
