"""What the German keys-only trial saw in the history list, in German and Spanish: the ground
contacts dropped for room at 1280x720 (the window opens 1152 wide there) and a stray "\u00b7"
ending the first line of the totals and of the keys."""

from __future__ import annotations

from datetime import date

import pytest

from isohold.core.history import HistoryStore
from isohold.core.history.sample import made_up_sessions
from isohold.ui.history.changes import HistoryChanges
from isohold.ui.history.table import CONTACTS, SEPARATOR
from isohold.ui.history.view import HistoryView
from isohold.ui.language import install
from isohold.ui.theme import apply_theme
from tools import translations

TODAY = date(2025, 6, 18)


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    return translations.compile_catalogues(into=tmp_path_factory.mktemp("qm"))[0].parent


@pytest.fixture(params=["de", "es"])
def language(request, qapp, compiled):
    assert install(qapp, request.param, compiled).problem == ""
    apply_theme(qapp, "dark", 1.0)
    yield request.param
    install(qapp, "en", compiled)
    apply_theme(qapp, "dark", 1.0)


def trial_view(qtbot, width: int):
    """The trial's history: two sessions of the full routine, the newest a preview (x10)."""
    store = HistoryStore()
    made = [s for s in made_up_sessions(30, TODAY, seed=4) if s.routine_id == "full"][-2:]
    made[-1].clock_speed = 10.0
    store.add_finished(made)
    view = HistoryView(store, today=TODAY)
    HistoryChanges(lambda: store, view).serve_list(view)
    qtbot.addWidget(view)
    view.resize(width, 650)
    view.show()
    qtbot.waitExposed(view)
    return store, view


@pytest.mark.parametrize("width", [1152, 1280])
def test_ground_contacts_stay_in_the_list_at_1280x720(qtbot, language, width):
    store, view = trial_view(qtbot, width)
    assert any(line.ground_contacts for line in view.lines)
    assert CONTACTS in view.table.shown and not view.table.isColumnHidden(CONTACTS)
    assert view.table.horizontalScrollBar().maximum() == 0
    store.close()


@pytest.mark.parametrize("width", [960, 1152, 1280])
def test_no_line_of_the_totals_or_keys_ends_with_a_dot(qtbot, language, width):
    store, view = trial_view(qtbot, width)
    for label in (view.totals, view.keys):
        shown = label.text().split("\n")
        room = label.contentsRect().width()
        for line in shown:
            assert label.fontMetrics().horizontalAdvance(line) <= room, line  # not rewrapped
            assert not line.rstrip(" \u00a0").endswith("\u00b7"), line
            assert not line.lstrip(" \u00a0").startswith("\u00b7"), line
        assert SEPARATOR.join(shown) == label.phrases_text  # every phrase, in order
    assert "\n" in view.totals.text() or width > 1152  # the trial's totals did wrap
    store.close()
