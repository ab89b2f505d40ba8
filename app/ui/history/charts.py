"""The history's charts (QtCharts): time under tension and sessions per week, box height, and
the leg tests per leg over time (a line each, the last day's difference above them).

Each chart sits on a card under its title, a label that wraps (a chart's own title is cut
short with "..." when the card is narrow). When there is nothing to draw, the card says so in
a line of its own instead of the chart. Axis labels are spread out to the card's width, never
repeated and never cut: fewer labels on a narrow card. Colours follow the app theme.

Titles, empty lines and keys are the athlete's language (ChartWords; a leg test's words are
the leg-test screens', LegTestText); the dates on an axis as QLocale writes them, in the
format the catalogue gives ("d MMM" reads "3. Nov." in German).
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCharts import (QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView,
                              QLineSeries, QScatterSeries, QValueAxis)
from PySide6.QtCore import QDate, QLocale, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout

from isohold.core.history.leg_tests import LegDifference
from isohold.core.history.progress import WeekTotal
from isohold.core.leg_tests import LegTest
from isohold.core.phases import Side
from isohold.ui.leg_test_text import chart_title, legs_text, no_results_text, side_word
from isohold.ui.shared.labels import Words, filled, plain_label
from isohold.ui.theme import current_text_scale, current_theme, point_size

TUT_COLOUR = "#3fbf7f"  # green, like a hold on the session screen
SESSIONS_COLOUR = "#5b9cff"
BOX_COLOUR = "#ffc233"
# a leg's line: colour, pen, marker and the legend's mark (not colour alone tells them apart)
LEG_STYLES = {
    Side.LEFT: ("#5b9cff", Qt.PenStyle.SolidLine, QScatterSeries.MarkerShape.MarkerShapeCircle,
                "\u25cf"),
    Side.RIGHT: ("#ff9a5c", Qt.PenStyle.DashLine,
                 QScatterSeries.MarkerShape.MarkerShapeRectangle, "\u25a0"),
}
LABEL_GAP = 1.6  # room a label needs on its axis, in label widths (so neighbours stay apart)


class ChartWords(Words):
    """The words of the history's charts."""


def day_text(day) -> str:
    """A day on an axis or above a chart, short: "3 Nov" ("3. Nov." in German)."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              ChartWords.tr("d MMM", "a day on a chart: QDate format"))


def month_text(day) -> str:
    """A month on a long axis: "Nov 2026"."""
    return QLocale().toString(QDate(day.year, day.month, day.day),
                              ChartWords.tr("MMM yyyy", "a month on a chart: QDate format"))


class ChartCard(QFrame):
    """A titled card: the chart, or a line saying why there is none (`empty_text`)."""

    def __init__(self, title: str, name: str) -> None:
        super().__init__(objectName=name)
        self.theme = current_theme()
        scale = current_text_scale()
        self.values: list[float] = []  # what is drawn, for tests
        self.legs: dict = {}  # a leg chart's points per side, for tests
        self.setStyleSheet(f"""
            QFrame#{name} {{ background: {self.theme.panel}; border-radius: 10px; }}
            QLabel {{ background: transparent; }}
            QLabel#chartTitle {{ font-weight: bold; font-size: {point_size(scale, 0.95)}pt; }}
            QLabel#chartEmpty {{ color: {self.theme.soft_text}; }}
        """)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        layout.setSpacing(2)
        self.title = plain_label(title, "chartTitle")
        self.title.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.title)
        self.empty = plain_label("", "chartEmpty")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setVisible(False)
        layout.addWidget(self.empty, 1)
        self.view = AxisView()
        layout.addWidget(self.view, 1)

    @property
    def empty_text(self) -> str:
        return self.empty.text() if not self.empty.isHidden() else ""

    def show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.empty.setVisible(True)
        self.view.setVisible(False)

    def chart(self) -> QChart:
        return self.view.chart()


class AxisView(QChartView):
    """A chart view whose label axis (`spread`) is laid out again for the width it gets."""

    def __init__(self) -> None:
        super().__init__(QChart())
        theme, scale = current_theme(), current_text_scale()
        self.theme = theme
        chart = self.chart()
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(150)
        chart.setBackgroundBrush(QColor(theme.panel))
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(2, 2, 8, 2))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.axis_font = QFont(chart.titleFont())
        self.axis_font.setPointSize(point_size(scale, 0.72))
        self.setBackgroundBrush(QColor(theme.panel))
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.spread = None  # (QCategoryAxis, [(position, label)] in order, label count now)
        self.shown_labels: list[str] = []  # the labels on the spread axis now, for tests

    def add_axis(self, axis, alignment) -> None:
        axis.setLabelsFont(self.axis_font)
        axis.setLabelsColor(QColor(self.theme.soft_text))
        axis.setLinePenColor(QColor(self.theme.soft_text))
        axis.setGridLineColor(QColor(self.theme.button))
        self.chart().addAxis(axis, alignment)

    def spread_labels(self, axis: QCategoryAxis, marks: list[tuple[float, str]],
                      low: float, high: float) -> None:
        """Label `axis` (from `low` to `high`) with as many of `marks` as fit the width, the
        last always among them, evenly apart, no text twice."""
        self.spread = (axis, marks, low, high)
        widest = max((QFontMetrics(self.axis_font).horizontalAdvance(text) for _, text in marks),
                     default=0)
        self.chart().setMargins(QMargins(2, 2, max(8, widest // 2 + 4), 2))  # the last label
        self._lay_out_labels()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._lay_out_labels()

    def _lay_out_labels(self) -> None:
        if self.spread is None:
            return
        axis, marks, low, high = self.spread
        metrics = QFontMetrics(self.axis_font)
        widest = max((metrics.horizontalAdvance(text) for _, text in marks), default=1)
        room = max(1.0, self.width() - 70.0)  # the plot: the width less the number axis
        span = max(high - low, 1e-9)
        wanted = pick_labels(marks, room / span, widest * LABEL_GAP)
        if wanted == self.shown_labels and axis.count():
            return
        for label in axis.categoriesLabels():
            axis.remove(label)
        for position, text in wanted:
            axis.append(text, position)
        axis.setStartValue(low)
        axis.setRange(low, high)
        self.shown_labels = [text for _, text in wanted]


def pick_labels(marks: list[tuple[float, str]], pixels_per_unit: float,
                needs: float) -> list[tuple[float, str]]:
    """Of `marks` (position, text) in position order: the last, then each one back from it
    that leaves `needs` pixels to its right-hand neighbour. A text already taken (a second
    session on the same day) is never shown twice. Returned in position order."""
    distinct: list[tuple[float, str]] = []
    seen: set[str] = set()
    for position, text in marks:
        if text not in seen:
            seen.add(text)
            distinct.append((position, text))
    if not distinct:
        return []
    kept = [distinct[-1]]
    for position, text in reversed(distinct[:-1]):
        if (kept[-1][0] - position) * pixels_per_unit >= needs:
            kept.append((position, text))
    kept.reverse()
    return kept


def weekly_bars(title: str, name: str, weeks: list[WeekTotal], value, colour: str) -> ChartCard:
    """One bar per week, labelled by the Mondays that fit; `value(week)` gives its height."""
    card = ChartCard(title, name)
    view = card.view
    chart = view.chart()
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    card.values = [float(value(week)) for week in weeks]
    bars.append(card.values)
    series = QBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    chart.addSeries(series)
    weeks_axis = QCategoryAxis()
    weeks_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    view.add_axis(weeks_axis, Qt.AlignmentFlag.AlignBottom)
    weeks_axis.setGridLineVisible(False)
    series.attachAxis(weeks_axis)
    view.spread_labels(weeks_axis, [(index, _week_label(week)) for index, week in
                                    enumerate(weeks)], -0.5, len(weeks) - 0.5)
    numbers = QValueAxis()
    numbers.setRange(0, _nice_top(max(card.values, default=0.0)))
    numbers.setTickCount(5)
    numbers.setLabelFormat("%d")
    view.add_axis(numbers, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(numbers)
    return card


def box_height_chart(points: list[tuple[datetime, float]]) -> ChartCard:
    """Drop-jump box height, session by session, over time."""
    card = ChartCard(ChartWords.tr("Drop-jump box height (cm)"), "boxHeightChart")
    card.values = [height for _, height in points]
    points = _changes(points)
    if not points:
        card.show_empty(ChartWords.tr("No drop jumps yet: the box height shows here after a "
                                      "session of drop jumps."))
        return card
    view = card.view
    chart = view.chart()
    line, dots = _line_with_dots(chart, points, BOX_COLOUR, 7 if len(points) < 100 else 4)
    dates = _dates_axis(view, [when for when, _ in points])
    heights = QValueAxis()
    low = max(0, int(min(card.values) - 5) // 10 * 10)
    high = -(-int(max(card.values) + 5) // 10) * 10
    step = 10 if high - low <= 60 else 20
    high = low + -(-(high - low) // step) * step
    heights.setRange(low, high)
    heights.setTickCount((high - low) // step + 1)
    heights.setLabelFormat("%d")
    view.add_axis(heights, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots):
        series.attachAxis(dates)
        series.attachAxis(heights)
    return card


def _dates_axis(view: AxisView, whens: list[datetime]) -> QCategoryAxis:
    """The time axis under a chart of points at `whens` (in order): the dates that fit."""
    first, last = whens[0], whens[-1]
    if first.date() == last.date():  # one day: the axis spans that day, labelled once
        first = datetime.combine(first.date(), time.min, first.tzinfo)
        last = datetime.combine(last.date(), time.max, last.tzinfo)
    long_span = (last - first).days > 120
    dates = QCategoryAxis()
    dates.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    view.add_axis(dates, Qt.AlignmentFlag.AlignBottom)
    marks = [(_seconds(when), _date_label(when, long_span)) for when in whens]
    if len({text for _, text in marks}) == 1:  # one day: its label in the middle
        marks = [((_seconds(first) + _seconds(last)) / 2, marks[0][1])]
    view.spread_labels(dates, marks, _seconds(first), _seconds(last))
    return dates


def leg_chart(test: LegTest, taken: list[LegDifference]) -> ChartCard:
    """One leg test over time: a line per leg (left solid with dots, right dashed with
    squares), and the last test day's legs and their difference above it."""
    kind = test.kind
    card = ChartCard(chart_title(kind), f"{kind.value}Chart")
    card.legs = {side: [(datetime.combine(day.day, time(12)), value) for day in taken
                        if (value := day.left if side is Side.LEFT else day.right) is not None]
                 for side in LEG_STYLES}
    card.values = [value for points in card.legs.values() for _, value in points]
    card.latest = plain_label("", "legLatest")
    card.latest.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    card.layout().insertWidget(1, card.latest)
    if not card.values:
        card.show_empty(no_results_text(kind))
        card.latest.setVisible(False)
        return card
    last = taken[-1]
    legs = " \u00b7 ".join(part.replace(" ", "\u00a0")  # "38,0 s" never parted
                          for part in legs_text(test, last.left, last.right).split(" \u00b7 "))
    card.latest.setText(filled(ChartWords.tr("%1: %2", "day: the legs' results"),
                               day_text(last.day), legs))
    legend = QHBoxLayout()
    legend.setSpacing(18)
    legend.addStretch(1)
    view = card.view
    chart = view.chart()
    lines = []
    for side, (colour, pen_style, marker, mark) in LEG_STYLES.items():
        points = card.legs[side]
        key = QHBoxLayout()
        key.setSpacing(4)
        swatch = plain_label(mark, f"{side.value}Mark", wrap=False)  # the colour: the mark only,
        swatch.setStyleSheet(f"color: {colour};")  # the word in the theme's text (light too)
        key.addWidget(swatch)
        key.addWidget(plain_label(side_word(side), f"{side.value}Key", wrap=False))
        legend.addLayout(key)
        if not points:
            continue
        lines += _line_with_dots(chart, points, colour, 9 if len(points) < 60 else 5,
                                 side.value, pen_style, marker)
    legend.addStretch(1)
    card.layout().insertLayout(2, legend)
    whens = sorted({when for points in card.legs.values() for when, _ in points})
    dates = _dates_axis(view, whens)
    numbers = QValueAxis()
    numbers.setRange(0, _nice_top(max(card.values)))
    numbers.setTickCount(5)
    numbers.setLabelFormat("%d")
    view.add_axis(numbers, Qt.AlignmentFlag.AlignLeft)
    for series in lines:
        series.attachAxis(dates)
        series.attachAxis(numbers)
    return card


def _line_with_dots(chart: QChart, points: list[tuple[datetime, float]], colour: str,
                    dot_size: int, name: str = "", pen_style=Qt.PenStyle.SolidLine,
                    marker=QScatterSeries.MarkerShape.MarkerShapeCircle
                    ) -> list[QLineSeries | QScatterSeries]:
    """A line through dated values and a dot on each, in one colour, added to `chart`."""
    line = QLineSeries(name=name)
    pen = QPen(QColor(colour), 3)
    pen.setStyle(pen_style)
    line.setPen(pen)
    dots = QScatterSeries()
    dots.setMarkerShape(marker)
    dots.setColor(QColor(colour))
    dots.setBorderColor(QColor(colour))
    dots.setMarkerSize(dot_size)
    for when, value in points:
        line.append(_seconds(when), value)
        dots.append(_seconds(when), value)
    chart.addSeries(line)
    chart.addSeries(dots)
    return [line, dots]


def _seconds(when: datetime) -> float:
    return when.timestamp()


def _date_label(when: datetime, long_span: bool) -> str:
    return month_text(when) if long_span else day_text(when)


def _changes(points: list[tuple[datetime, float]]) -> list[tuple[datetime, float]]:
    """The points where the height changed, and the last: the same line, far fewer points."""
    kept = [point for i, point in enumerate(points)
            if i == 0 or point[1] != points[i - 1][1] or i == len(points) - 1
            or point[1] != points[i + 1][1]]
    return kept


def _week_label(week: WeekTotal) -> str:
    return day_text(week.monday)


def _nice_top(value: float) -> float:
    """A round top for four even steps, a little above `value` so no bar touches the frame."""
    for step in (1, 2, 5, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 2000, 5000):
        if value <= step * 3.8:
            return step * 4
    return value * 1.2
