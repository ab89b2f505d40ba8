"""The history page at the screens athletes have (1280x720, 960x600, 1366x768, text scale 1 and
1.25): no sideways scrolling, no word cut short, rows enough to be useful; and its charts,
whose titles, empty messages and axis labels are read whole."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QComboBox, QLabel

from isohold.core.history import HistoryStore
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.charts import box_height_chart, pick_labels
from isohold.ui.history.table import COLUMNS, NOTES, PADDING, heading, shorten_at_word
from isohold.ui.history.view import HistoryView
from isohold.ui.theme import apply_theme

TODAY = date(2025, 6, 18)
SCREENS = [(1280, 720), (960, 600), (1366, 768)]
SCALES = [1.0, 1.25]


@pytest.fixture
def scaled(qapp):
    """The theme at a text scale; the default one again afterwards (the app is shared)."""
    yield lambda scale: apply_theme(qapp, "dark", scale)
    apply_theme(qapp, "dark", 1.0)


def forty_sessions(last_day: date = TODAY) -> HistoryStore:
    store = HistoryStore()
    made = made_up_sessions(100, last_day, seed=12)
    made[-1].notes = "Left calf tight on the last two holds of the second set, rest longer"
    store.add_finished(made)
    return store


def shown(qtbot, store, width: int, height: int) -> HistoryView:
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def cut_words(view) -> list[str]:
    """Every text on the page that is squeezed narrower or lower than it needs."""
    cut = []
    for widget in view.findChildren(QLabel) + view.findChildren(QAbstractButton) + \
            view.findChildren(QComboBox):
        if not widget.isVisibleTo(view) or widget.window() is not view:
            continue
        name = widget.objectName() or type(widget).__name__
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(f"{name} {widget.text()!r}: wrapped lower than it is")
        elif widget.width() < widget.sizeHint().width() and not isinstance(widget, QComboBox):
            cut.append(f"{name} {getattr(widget, 'text', lambda: '')()!r}: narrower than its text")
        elif isinstance(widget, QComboBox) and widget.width() < widget.minimumSizeHint().width():
            cut.append(f"{name}: narrower than its entries")
    table = view.table
    metrics, bold = table.fontMetrics(), table.horizontalHeader().fontMetrics()
    first, last = table.rowAt(0), table.rowAt(table.viewport().height() - 1)
    last = table.model().rowCount() - 1 if last < 0 else last
    for column in table.shown:
        width = table.columnWidth(column)
        if bold.horizontalAdvance(heading(column)) + 12 > width:
            cut.append(f"the heading {heading(column)!r}")
        for row in range(max(first, 0), last + 1):
            text = table.model().index(row, column).data()
            if column == NOTES:  # long notes are shortened at a word, never mid-word
                short = shorten_at_word(text, metrics, width - PADDING)
                if not text.startswith(short.rstrip("\u2026").rstrip()) or (
                        short != text and not short.endswith("\u2026")):
                    cut.append(f"notes {text!r} as {short!r}")
            elif shorten_at_word(text, metrics, width - PADDING) != text:
                cut.append(f"row {row} {heading(column)}: {text!r}")
    return cut


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("width,height", SCREENS)
def test_the_list_fits_the_screen_with_no_sideways_scrolling_and_no_cut_words(
        qtbot, scaled, width, height, scale):
    scaled(scale)
    with forty_sessions() as store:
        view = shown(qtbot, store, width, height)
        assert view.minimumSizeHint().width() <= width  # the page itself fits
        table = view.table
        assert table.horizontalScrollBar().maximum() == 0
        assert sum(table.columnWidth(c) for c in table.shown) <= table.viewport().width()
        assert cut_words(view) == []
        rows_seen = table.viewport().height() // table.rowHeight(0)
        assert rows_seen >= 6, f"only {rows_seen} rows show"
        for must in ("Date", "Routine", "Status"):
            assert COLUMNS.index(must) in table.shown


def test_at_1280x720_the_list_shows_a_dozen_rows_and_all_but_the_sets(qtbot, scaled):
    scaled(1.0)
    with forty_sessions() as store:
        view = shown(qtbot, store, 1280, 720)
        assert view.table.viewport().height() // view.table.rowHeight(0) >= 12
        assert [COLUMNS[c] for c in view.table.shown] == [c for c in COLUMNS if c != "Sets"]


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("width,height", SCREENS)
def test_the_charts_page_fits_and_says_an_empty_chart_in_its_own_words(
        qtbot, scaled, width, height, scale):
    scaled(scale)
    with HistoryStore() as store:
        sessions = [s for s in made_up_sessions(60, TODAY, seed=3) if s.routine_id == "iso-holds"]
        store.add_finished(sessions)
        view = shown(qtbot, store, width, height)
        qtbot.keyClick(view.table, Qt.Key.Key_C)
        assert view.showing_charts() and view.charts_button.text() == "List"
        QApplication.processEvents()
        box = view.charts["box"]
        assert box.title.text() == "Drop-jump box height (cm)"  # the title alone
        assert box.empty.isVisible() and not box.view.isVisible()
        assert box.empty_text.startswith("No drop jumps yet")
        for chart in view.charts.values():
            assert chart.width() * 3 <= width  # side by side
        assert cut_words(view) == []
        qtbot.keyClick(view, Qt.Key.Key_C)
        assert not view.showing_charts() and view.table.hasFocus()


def test_several_sessions_on_one_day_put_that_day_once_on_the_box_height_axis(qtbot):
    day = datetime(2025, 11, 30, 7, 0, tzinfo=timezone.utc)
    points = [(day + timedelta(hours=hour), 40.0 + 5 * (hour % 2)) for hour in range(5)]
    card = box_height_chart(points)
    qtbot.addWidget(card)
    card.resize(380, 300)
    card.show()
    QApplication.processEvents()
    assert card.view.shown_labels == ["30 Nov"]


def test_a_few_days_of_box_heights_label_each_day_at_most_once(qtbot):
    day = datetime(2025, 11, 27, 7, 0, tzinfo=timezone.utc)
    points = [(day + timedelta(hours=6 * step), 40.0 + step) for step in range(15)]
    card = box_height_chart(points)
    qtbot.addWidget(card)
    for width in (300, 900):
        card.resize(width, 300)
        card.show()
        QApplication.processEvents()
        labels = card.view.shown_labels
        assert labels and len(labels) == len(set(labels)), labels
        assert labels[-1] == "30 Nov"
    assert len(labels) == 4  # wide enough for every day


def test_labels_are_kept_apart_by_the_room_they_need_the_last_always_shown():
    marks = [(index, f"w{index}") for index in range(12)]
    assert pick_labels(marks, pixels_per_unit=20, needs=50) == [(2, "w2"), (5, "w5"),
                                                                (8, "w8"), (11, "w11")]
    assert pick_labels(marks, pixels_per_unit=100, needs=50) == marks
    assert pick_labels([(0, "a"), (1, "a"), (2, "b")], 100, 10) == [(0, "a"), (2, "b")]
    assert pick_labels([], 10, 10) == []


def test_long_notes_are_shortened_at_a_word_with_an_ellipsis(qapp):
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(qapp.font())
    text = "Left calf tight on the last holds"
    assert shorten_at_word(text, metrics, 10_000) == text
    short = shorten_at_word(text, metrics, metrics.horizontalAdvance("Left calf tigh"))
    assert short == "Left calf\u2026"
    assert shorten_at_word("Supercalifragilistic", metrics, 5) == "\u2026"
