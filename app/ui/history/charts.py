"""The history's charts (QtCharts): time under tension and sessions per week, box height.

Each chart is a QChartView built from plain numbers; it draws nothing but what it is given.
Colours follow the app theme, type is large enough to read from a bench.
"""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCharts import (QBarSeries, QBarSet, QCategoryAxis, QChart, QChartView,
                              QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis)
from PySide6.QtCore import QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPen

from app.core.history.progress import WeekTotal
from app.ui.theme import Theme, current_text_scale, current_theme, point_size

TUT_COLOUR = "#3fbf7f"  # green, like a hold on the session screen
SESSIONS_COLOUR = "#5b9cff"
BOX_COLOUR = "#ffc233"


class HistoryChart(QChartView):
    """A titled chart in the app's colours; `empty_text` shows when there is nothing to draw."""

    def __init__(self, title: str, name: str) -> None:
        chart = QChart()
        super().__init__(chart)
        self.setObjectName(name)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setMinimumHeight(220)
        self.theme: Theme = current_theme()
        scale = current_text_scale()
        chart.setTitle(title)
        title_font = QFont(chart.titleFont())
        title_font.setPointSize(point_size(scale, 0.95))
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        chart.setTitleBrush(QColor(self.theme.text))
        chart.setBackgroundBrush(QColor(self.theme.panel))
        chart.setBackgroundRoundness(10)
        chart.setMargins(QMargins(6, 4, 6, 4))
        chart.legend().hide()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.axis_font = QFont(chart.titleFont())
        self.axis_font.setBold(False)
        self.axis_font.setPointSize(point_size(scale, 0.72))
        self.setBackgroundBrush(QColor(self.theme.window))
        self.setFrameShape(QChartView.Shape.NoFrame)
        self.values: list[float] = []  # what is drawn, for tests and tooltips

    def _axis(self, axis, alignment) -> None:
        axis.setLabelsFont(self.axis_font)
        axis.setLabelsColor(QColor(self.theme.soft_text))
        axis.setLinePenColor(QColor(self.theme.soft_text))
        axis.setGridLineColor(QColor(self.theme.button))
        self.chart().addAxis(axis, alignment)

    def show_empty(self, text: str) -> None:
        self.chart().setTitle(f"{self.chart().title()}: {text}")


def weekly_bars(title: str, name: str, weeks: list[WeekTotal], value, colour: str,
                unit: str = "") -> HistoryChart:
    """One bar per week, labelled by the week's Monday; `value(week)` gives its height."""
    view = HistoryChart(title, name)
    chart = view.chart()
    bars = QBarSet(title)
    bars.setColor(QColor(colour))
    bars.setBorderColor(QColor(colour))
    view.values = [float(value(week)) for week in weeks]
    bars.append(view.values)
    series = QBarSeries()
    series.setBarWidth(0.7)
    series.append(bars)
    series.setLabelsVisible(False)
    chart.addSeries(series)
    weeks_axis = QCategoryAxis()  # labels on a few Mondays only, so none is cut short
    weeks_axis.setRange(-0.5, len(weeks) - 0.5)
    weeks_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
    every = max(1, (len(weeks) + 3) // 4)
    for index in range(len(weeks)):
        if (len(weeks) - 1 - index) % every == 0:
            weeks_axis.append(_week_label(weeks[index]), index)
    view._axis(weeks_axis, Qt.AlignmentFlag.AlignBottom)
    weeks_axis.setGridLineVisible(False)
    series.attachAxis(weeks_axis)
    top = max(view.values, default=0.0)
    numbers = QValueAxis()
    numbers.setRange(0, _nice_top(top))
    numbers.setTickCount(5)
    numbers.setLabelFormat("%d" + unit)
    view._axis(numbers, Qt.AlignmentFlag.AlignLeft)
    series.attachAxis(numbers)
    return view


def box_height_chart(points: list[tuple[datetime, float]]) -> HistoryChart:
    """Drop-jump box height, session by session, over time."""
    view = HistoryChart("Drop-jump box height (cm)", "boxHeightChart")
    chart = view.chart()
    view.values = [height for _, height in points]
    points = _changes(points)
    if not points:
        view.show_empty("no drop jumps yet")
        return view
    line = QLineSeries()
    line.setPen(QPen(QColor(BOX_COLOUR), 3))
    dots = QScatterSeries()
    dots.setColor(QColor(BOX_COLOUR))
    dots.setBorderColor(QColor(BOX_COLOUR))
    dots.setMarkerSize(7 if len(points) < 100 else 4)
    for when, height in points:
        msecs = QDateTime.fromSecsSinceEpoch(int(when.timestamp())).toMSecsSinceEpoch()
        line.append(msecs, height)
        dots.append(msecs, height)
    chart.addSeries(line)
    chart.addSeries(dots)
    dates = QDateTimeAxis()
    span_days = (points[-1][0] - points[0][0]).days
    dates.setFormat("MMM yyyy" if span_days > 120 else "d MMM")
    dates.setTickCount(5)
    first, last = points[0][0], points[-1][0]
    if first == last:  # one session: give the axis a day either side
        first = datetime.combine(first.date(), time.min, first.tzinfo)
        last = datetime.combine(last.date(), time.max, last.tzinfo)
    dates.setRange(QDateTime.fromSecsSinceEpoch(int(first.timestamp())),
                   QDateTime.fromSecsSinceEpoch(int(last.timestamp())))
    view._axis(dates, Qt.AlignmentFlag.AlignBottom)
    heights = QValueAxis()
    low = max(0, int(min(view.values) - 5) // 10 * 10)
    high = -(-int(max(view.values) + 5) // 10) * 10
    step = 10 if high - low <= 60 else 20
    high = low + -(-(high - low) // step) * step
    heights.setRange(low, high)
    heights.setTickCount((high - low) // step + 1)
    heights.setLabelFormat("%d")
    view._axis(heights, Qt.AlignmentFlag.AlignLeft)
    for series in (line, dots):
        series.attachAxis(dates)
        series.attachAxis(heights)
    return view


def _changes(points: list[tuple[datetime, float]]) -> list[tuple[datetime, float]]:
    """The points where the height changed, and the last: the same line, far fewer points."""
    kept = [point for i, point in enumerate(points)
            if i == 0 or point[1] != points[i - 1][1] or i == len(points) - 1
            or point[1] != points[i + 1][1]]
    return kept


def _week_label(week: WeekTotal) -> str:
    return week.monday.strftime("%d %b").lstrip("0")


def _nice_top(value: float) -> float:
    """A round top for four even steps, a little above `value` so no bar touches the frame."""
    for step in (1, 2, 5, 10, 15, 20, 30, 50, 100, 200, 500, 1000, 2000, 5000):
        if value <= step * 3.8:
            return step * 4
    return value * 1.2
