"""The history's leg tests page (L): each leg's results over time, a line per leg, and the last
test day's left/right difference; at the screens athletes have, with no word cut."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from isohold.core.history import HistoryStore, default_path
from isohold.core.history.sample import made_up_sessions
from isohold.core.phases import Side
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.view import LEGS, HistoryView, keys_text
from isohold.ui.theme import apply_theme
from tests.ui.test_history_layout import cut_words

TODAY = date(2025, 6, 18)
FIRST = datetime(2025, 5, 1, 9, 0).astimezone()


@pytest.fixture
def store():
    with HistoryStore() as opened:
        opened.add_finished(made_up_sessions(40, TODAY, seed=7))
        for days, left, right in ((0, 22, 16), (10, 24, 19), (20, 29, 24)):
            opened.add_test(FIRST + timedelta(days=days), "heel_rise",
                            {"left": left, "right": right})
        opened.add_test(FIRST + timedelta(days=3), "max_hold", {"left": 38.0, "right": 31.5})
        yield opened


def make(qtbot, store, width=1366, height=768):
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(width, height)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


def test_l_shows_each_legs_line_and_the_last_difference(qtbot, store):
    view = make(qtbot, store)
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    assert view.showing_legs() and view.legs_button.hasFocus()
    heel = view.leg_charts["heel_rise"]
    assert [value for _, value in heel.legs[Side.LEFT]] == [22, 24, 29]
    assert [value for _, value in heel.legs[Side.RIGHT]] == [16, 19, 24]
    assert heel.latest.text().replace("\u00a0", " ") == "21 May: Left 29 \u00b7 Right 24 \u00b7 17% weaker right"
    assert len(heel.chart().series()) == 4  # a line and its marks, per leg
    hold = view.leg_charts["max_hold"]
    assert hold.latest.text().replace("\u00a0", " ") == "4 May: Left 38.0 s \u00b7 Right 31.5 s \u00b7 17% weaker right"
    assert view.keys.phrases_text == keys_text(LEGS)
    qtbot.keyClick(view, Qt.Key.Key_L)
    assert view.showing_list() and view.table.hasFocus()


def test_c_on_the_leg_page_goes_to_the_charts_and_enter_opens_no_session(qtbot, store):
    view = make(qtbot, store)
    view.toggle_legs()
    view.open_session(0)
    assert view.session_window is None  # the list is not on screen: nothing opens
    qtbot.keyClick(view, Qt.Key.Key_C)
    assert view.showing_charts() and view.charts_button.text() == "List"
    assert view.legs_button.text() == "Legs"


def test_a_day_with_two_takings_shows_each_legs_best_as_the_history_counts_it(qtbot, store):
    again = FIRST + timedelta(days=20, hours=2)
    store.add_test(again, "heel_rise", {"left": 27, "right": 26})
    view = make(qtbot, store)
    heel = view.leg_charts["heel_rise"]
    assert [value for _, value in heel.legs[Side.RIGHT]] == [16, 19, 26]
    assert heel.latest.text().replace("\u00a0", " ") == "21 May: Left 29 \u00b7 Right 26 \u00b7 10% weaker right"


def test_no_tests_yet_says_where_to_take_one(qtbot):
    with HistoryStore() as empty:
        view = make(qtbot, empty)
        view.toggle_legs()
        heel = view.leg_charts["heel_rise"]
        assert heel.empty_text.startswith("No heel-rise tests yet: take one from Leg tests")
        assert not heel.latest.isVisible() and heel.values == []


def test_a_test_row_that_cannot_be_read_is_said_and_the_rest_shows(qtbot, store):
    db = sqlite3.connect(default_path(), isolation_level=None)  # another program's doing
    db.execute("PRAGMA ignore_check_constraints = ON")
    db.execute("UPDATE test_results SET value = 'lots' WHERE id = (SELECT min(id) "
               "FROM test_results WHERE test = 'heel_rise')")
    db.close()
    view = make(qtbot, store)
    assert "Left out 1 leg test result that could not be read." in view.message.text()
    assert len(view.leg_charts["heel_rise"].legs[Side.LEFT]) == 2


@pytest.fixture
def scaled(qapp):
    yield lambda scale: apply_theme(qapp, "dark", scale)
    apply_theme(qapp, "dark", 1.0)


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("width, height", [(1280, 720), (960, 600), (1366, 768)])
def test_the_leg_page_fits_side_by_side_with_no_word_cut(qtbot, scaled, store, scale,
                                                         width, height):
    scaled(scale)
    view = make(qtbot, store, width, height)
    assert view.minimumSizeHint().width() <= width
    qtbot.keyClick(view.table, Qt.Key.Key_L)
    QApplication.processEvents()
    for chart in view.leg_charts.values():
        assert chart.width() * 2 <= width and chart.view.height() >= 150
    assert cut_words(view) == []
