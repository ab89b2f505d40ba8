"""The summary asks pain during (0-10, optional) and, for box drills, whether the knees held and
the heels stayed off the ground; by keys alone, saved with the notes and effort."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from isohold.core.history import HistoryStore
from isohold.ui.answer_boxes import NOT_GIVEN
from isohold.ui.summary import HEELS_QUESTION, KNEES_QUESTION, PAIN_LABEL
from isohold.ui.theme import apply_theme
from tests.ui.test_summary import finished_record, make, texts


@pytest.fixture
def store(tmp_path):
    with HistoryStore(tmp_path / "history.sqlite3") as opened:
        yield opened


def reopened(store) -> HistoryStore:
    """The history as the next start reads it: a new store on the same file."""
    path = store.path
    store.close()
    return HistoryStore(path)


def tab_to(qtbot, view, name: str) -> None:
    """Tab from the notes until `name` has the focus, as the athlete does."""
    for _ in range(12):
        widget = view.focusWidget()
        if widget.objectName() == name:
            return
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {name}")


def test_pain_and_the_box_answers_are_asked_and_start_not_given(qtbot, store):
    view = make(qtbot, finished_record(), store)
    shown = texts(view)
    assert PAIN_LABEL in shown
    assert f"Drop and block jumps: {KNEES_QUESTION}" in shown
    assert HEELS_QUESTION.capitalize() in shown
    assert view.pain.text() == NOT_GIVEN
    assert [box.text() for box in view.box_answers[1]] == [NOT_GIVEN, NOT_GIVEN]
    assert 0 not in view.box_answers  # the press has no box: nothing asked of it


def test_no_box_question_for_a_box_drill_not_jumped(qtbot, store):
    """Stopped before the drop jumps: nothing to say of knees or heels (the trial was asked)."""
    record = finished_record()
    drops = record.drills[1]
    drops.sets_done, drops.reps_both, drops.set_s = 0, 0, 0.0
    view = make(qtbot, record, store)
    assert view.box_answers == {}
    assert not any(KNEES_QUESTION in text for text in texts(view))
    assert PAIN_LABEL in texts(view)  # pain during is still asked


def test_keys_alone_answer_and_enter_saves_pain_knees_and_heels(qtbot, store):
    record = finished_record()
    store.finish(record)  # the recorder wrote it when the session ended
    view = make(qtbot, record, store)
    qtbot.keyClicks(view.notes, "Solid")
    tab_to(qtbot, view, "painDuring")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_4)
    assert view.pain.text() == "4"
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Up)  # Up steps: 5
    tab_to(qtbot, view, "knees_1")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_N)
    tab_to(qtbot, view, "heels_1")
    qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Y)
    assert [box.text() for box in view.box_answers[1]] == ["no", "yes"]
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(view.focusWidget(), Qt.Key.Key_Return)  # Enter saves from the answers
    with reopened(store) as history:
        [saved] = history.sessions()
    assert (saved.notes, saved.pain_during) == ("Solid", 5)
    drops = saved.drill("drops")
    assert (drops.knees_held, drops.heels_off) == (False, True)
    assert saved.drill("press").knees_held is None  # no box, nothing said


def test_one_then_zero_is_ten_and_backspace_is_not_given_again(qtbot, store):
    view = make(qtbot, finished_record(), store)
    view.pain.setFocus()
    qtbot.keyClick(view.pain, Qt.Key.Key_1)
    qtbot.keyClick(view.pain, Qt.Key.Key_0)
    assert view.pain.answer() == 10
    qtbot.keyClick(view.pain, Qt.Key.Key_Down)
    assert view.pain.answer() == 9
    qtbot.keyClick(view.pain, Qt.Key.Key_Backspace)
    assert view.pain.text() == NOT_GIVEN and view.pain.answer() is None
    qtbot.keyClick(view.pain, Qt.Key.Key_Up)  # from not given, Up is 0: no pain
    assert view.pain.answer() == 0


def test_nothing_answered_saves_none_not_zero(qtbot, store):
    record = finished_record()
    view = make(qtbot, record, store)
    qtbot.keyClicks(view.notes, "ok")
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(view.notes, Qt.Key.Key_Return)
    with reopened(store) as history:
        [saved] = history.sessions()
    assert saved.pain_during is None
    assert (saved.drill("drops").knees_held, saved.drill("drops").heels_off) == (None, None)


def test_a_pain_of_zero_is_kept_as_zero(qtbot, store):
    view = make(qtbot, finished_record(), store)
    view.pain.setFocus()
    qtbot.keyClick(view.pain, Qt.Key.Key_0)
    with qtbot.waitSignal(view.save_requested):
        qtbot.keyClick(view.pain, Qt.Key.Key_Enter)
    with reopened(store) as history:
        assert history.sessions()[0].pain_during == 0


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", [(1280, 720), (960, 600), (1366, 768)])
def test_the_questions_fit_whole(qtbot, qapp, store, size, scale):
    apply_theme(qapp, "dark", scale)
    try:
        view = make(qtbot, finished_record(), store)
        view.resize(*size)
        qapp.processEvents()
        assert view.scroll.horizontalScrollBar().maximum() == 0
        viewport = view.scroll.viewport()
        for box in (view.pain, *view.box_answers[1]):
            assert box.mapTo(viewport, box.rect().topRight()).x() <= viewport.width()
            assert box.fontMetrics().horizontalAdvance(NOT_GIVEN) < box.lineEdit().width()
    finally:
        apply_theme(qapp, "dark", 1.0)


def test_a_digit_key_answers_whatever_text_it_carries(qtbot, store):
    """A clicker or a keypad may send a digit key with no text: the key itself counts."""
    from tests.ui.keys import press

    view = make(qtbot, finished_record(), store)
    view.pain.setFocus()
    press(view.pain, Qt.Key.Key_7)  # a key event with no text
    assert view.pain.answer() == 7
