"""The history in German and Spanish, whose words are longer than English's: the list, the charts,
the legs page and a session's window at 1280x720 and 960x600, text scale 1 and 1.25, with no
sideways scrolling and no word cut (English: tests/ui/test_history_layout.py)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QScrollArea

from isohold.core.history import HistoryStore
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.table import DATE, ROUTINE, STATUS
from isohold.ui.history.view import HistoryView
from isohold.ui.language import install
from isohold.ui.theme import apply_theme
from tests.ui.test_history_layout import cut_words
from tools import translations

TODAY = date(2025, 6, 18)
FIRST_TEST = datetime(2025, 5, 1, 9, 0).astimezone()
SIZES = [((1280, 720), 1.0), ((1280, 720), 1.25), ((960, 600), 1.0), ((960, 600), 1.25)]


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture(params=["de", "es"])
def language(request, qapp, compiled):
    assert install(qapp, request.param, compiled).problem == ""
    yield request.param
    install(qapp, "en", compiled)
    apply_theme(qapp, "dark", 1.0)


@pytest.fixture
def store():
    with HistoryStore() as opened:
        made = made_up_sessions(100, TODAY, seed=12)
        made[-1].notes = "Wade links fest bei den letzten zwei Halten, längere Pause"
        preview = made_up_sessions(1, TODAY, seed=3)[0]
        preview.clock_speed = 2.5  # the longest status: "Vorschau (×2,5)"
        opened.add_finished([*made, preview])
        for days, left, right in ((0, 22, 16), (10, 24, 19), (20, 29, 24)):
            opened.add_test(FIRST_TEST + timedelta(days=days), "heel_rise",
                            {"left": left, "right": right})
        yield opened


def cut_texts(window) -> list[str]:
    """The labels and buttons of a window squeezed narrower or lower than their text needs."""
    cut = []
    for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
        if not widget.isVisibleTo(window) or not widget.text():
            continue
        if isinstance(widget, QLabel) and widget.wordWrap():
            if widget.heightForWidth(widget.width()) > widget.height():
                cut.append(f"{widget.text()!r}: wrapped lower than it is")
        elif widget.width() < widget.sizeHint().width():
            cut.append(f"{widget.text()!r}: narrower than its text")
    return cut


def shown(qtbot, store, size) -> HistoryView:
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    QApplication.processEvents()
    return view


@pytest.mark.parametrize("size, scale", SIZES)
def test_the_list_charts_and_legs_fit_in_the_language(qtbot, qapp, language, store, size,
                                                       scale, monkeypatch):
    apply_theme(qapp, "dark", scale)
    view = shown(qtbot, store, size)
    table = view.table
    assert view.minimumSizeHint().width() <= size[0], language  # the page itself
    assert table.horizontalScrollBar().maximum() == 0
    assert sum(table.columnWidth(c) for c in table.shown) <= table.viewport().width()
    assert {DATE, ROUTINE, STATUS} <= set(table.shown)
    assert cut_words(view) == [], (language, "list")
    monkeypatch.setattr(view, "confirm_delete", lambda line: True)
    for _ in range(3):  # the list's buttons at their most: "Undo delete (3)" shown too
        qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert view.undo_button.isVisible() and view.size().toTuple() == size  # never grown
    assert view.minimumSizeHint().height() <= size[1]
    assert cut_words(view) == [], (language, "list with Undo")
    for key, page in ((Qt.Key.Key_C, "charts"), (Qt.Key.Key_L, "legs")):
        qtbot.keyClick(view, key)
        QApplication.processEvents()
        assert view.minimumSizeHint().width() <= size[0], (language, page)
        assert cut_words(view) == [], (language, page)
        assert view.size().toTuple() == size  # never grown past the window
    assert view.showing_legs()
    assert view.leg_charts["heel_rise"].latest.text()


@pytest.mark.parametrize("size, scale", SIZES)
def test_a_sessions_window_fits_in_the_language(qtbot, qapp, language, store, size, scale):
    """The window as the list opens it: nearly the window's size."""
    from isohold.ui.history.session_window import SessionWindow

    apply_theme(qapp, "dark", scale)
    for line in [line for line in store.lines() if line.routine_id == "full"][:1] + \
            [line for line in store.lines() if line.is_preview]:
        window = SessionWindow(line, store.session(line.uuid))
        qtbot.addWidget(window)
        window.resize(min(size[0] - 40, 1200), min(size[1] - 40, 800))
        window.show()
        qtbot.waitExposed(window)
        QApplication.processEvents()
        assert window.minimumSizeHint().width() <= window.width(), (language, line.routine_id)
        scroll = window.findChild(QScrollArea, "sessionDrillsScroll")
        assert scroll.horizontalScrollBar().maximum() == 0
        assert cut_texts(window) == [], (language, line.routine_id)
        window.close()
