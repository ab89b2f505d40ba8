"""The program view: what it says of where the athlete is, its keys and the values its signals
carry, whole weeks and whole words at every size; the menu's program card."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from isohold.core.loader import load_routines
from isohold.core.program_standing import Mark, standing
from isohold.core.programs import load_programs
from isohold.ui.menu import RoutineMenu
from isohold.ui.program_view import ProgramView
from isohold.ui.theme import apply_theme
from tests.core.test_programs_standing import START, at, line
from tests.ui.keys import press

ROUTINES = load_routines().routines
NAMES = {routine.id: routine.name for routine in ROUTINES}
PROGRAMS = load_programs(ROUTINES).programs
BLOCK = PROGRAMS[0]
WEEK_1 = [line(0), line(2), line(4)]
WEEK_2_CHOICES = {"wall-press-straight": {"reps": 9}, "wall-press-bent": {"reps": 9},
                  "sprinter-press": {"reps": 10}}


@pytest.fixture
def scale_back():
    yield
    apply_theme(QApplication.instance(), "dark", 1.0)


def make_view(qtbot, found=None, size=(1280, 720)):
    view = ProgramView(PROGRAMS, NAMES, found)
    qtbot.addWidget(view)
    view.resize(*size)
    view.show()
    qtbot.waitExposed(view)
    return view


def on_day(day: int, history=WEEK_1):
    return standing(BLOCK, START, history, at(day, 12))


def test_it_says_the_week_the_session_and_today(qtbot):
    view = make_view(qtbot, on_day(7))
    assert view.title.text() == "Lower-leg block, 6 weeks"
    assert view.where.text() == "Week 2 of 6  \u00b7  session 1 of 3 this week"
    assert view.today.text() == "Today: Isometric holds"
    assert view.note.text() == "This week: More reps: 9 wall presses each, 10 sprinter presses."
    assert not view.behind.isVisible()
    marks = [cell.property("mark") for cell in view.weeks.cells]
    assert marks[:5] == ["done", "done", "done", "today", "to_come"]
    assert view.weeks.cells[0].line.text() == "\u2713 Done Mon 2 Nov"


def test_enter_starts_todays_session_with_the_plans_choices(qtbot):
    view = make_view(qtbot, on_day(7))
    assert view.focusWidget() is view.start_button
    with qtbot.waitSignal(view.start_session) as signal:
        press(view.start_button, Qt.Key.Key_Return)
    assert signal.args == ["iso-holds", WEEK_2_CHOICES]


def test_week_3_starts_the_full_session_with_its_own_choices(qtbot):
    history = [*WEEK_1, line(7), line(9), line(11), line(14)]
    view = make_view(qtbot, on_day(16, history))
    with qtbot.waitSignal(view.start_session) as signal:
        press(view, Qt.Key.Key_Enter)
    routine, choices = signal.args
    assert routine == "full"
    assert choices["drop-jumps"] == {"sets": 3} and choices["downhill-sprints"] == {"reps": 2}


def test_on_a_rest_day_nothing_starts_and_it_says_when_the_next_one_is(qtbot):
    view = make_view(qtbot, on_day(3, WEEK_1[:2]))
    assert view.today.text() == "Rest day. Next: Isometric holds, Fri 6 Nov"
    assert not view.start_button.isEnabled()
    assert view.start_button.text() in ("Nothing due today", "Not today")
    assert view.focusWidget() is view.choose_button  # focus on something that works
    with qtbot.assertNotEmitted(view.start_session):
        press(view, Qt.Key.Key_Return)
    assert [cell.property("mark") for cell in view.weeks.cells][2] == Mark.NEXT.value


def test_a_missed_week_is_said_and_nothing_is_skipped(qtbot):
    view = make_view(qtbot, on_day(15))
    assert view.where.text().startswith("Week 2 of 6")
    assert view.behind.isVisible()
    assert view.behind.text() == ("1 week behind the calendar: week 2's sessions come next, "
                                  "none is skipped.")
    with qtbot.waitSignal(view.start_session) as signal:
        press(view, Qt.Key.Key_Return)
    assert signal.args == ["iso-holds", WEEK_2_CHOICES]


def test_p_shows_the_programs_and_enter_follows_another_from_today(qtbot):
    view = make_view(qtbot, on_day(7))
    press(view.start_button, Qt.Key.Key_P)
    assert view.choosing()
    assert view.focusWidget() is view.programs
    assert view.programs.cards[0].title.text().endswith("(following)")
    assert view.programs.cards[0].property("current")
    with qtbot.assertNotEmitted(view.follow_requested):  # the one followed: back to its plan
        press(view.programs, Qt.Key.Key_Return)
    assert not view.choosing()
    press(view.start_button, Qt.Key.Key_P)
    press(view.programs, Qt.Key.Key_Down)
    assert view.programs.cards[1].property("current") and not view.programs.cards[0].property("current")
    with qtbot.waitSignal(view.follow_requested) as signal:
        press(view.programs, Qt.Key.Key_Return)
    assert signal.args == ["holds-6-weeks"]


def test_esc_goes_back_from_the_programs_to_the_plan_then_out(qtbot):
    view = make_view(qtbot, on_day(7))
    press(view.start_button, Qt.Key.Key_P)
    with qtbot.assertNotEmitted(view.back_requested):
        press(view.programs, Qt.Key.Key_Escape)
    assert not view.choosing()
    with qtbot.waitSignal(view.back_requested):
        press(view.start_button, Qt.Key.Key_Escape)


def test_with_no_program_followed_it_opens_on_the_programs(qtbot):
    view = make_view(qtbot, None)
    assert view.choosing()
    assert not any(card.title.text().endswith("(following)") for card in view.programs.cards)
    with qtbot.waitSignal(view.follow_requested) as signal:
        press(view.programs, Qt.Key.Key_Return)
    assert signal.args == ["lower-leg-6-weeks"]
    with qtbot.waitSignal(view.back_requested):
        press(view.programs, Qt.Key.Key_Escape)


def test_following_shows_the_new_plan(qtbot):
    view = make_view(qtbot, None)
    view.show_standing(standing(PROGRAMS[1], START, [], at(0)))
    assert not view.choosing()
    assert view.title.text() == "Isometric holds, 6 weeks"
    assert view.where.text() == "Week 1 of 6  \u00b7  session 1 of 3 this week"


def test_x_asks_once_then_stops_following(qtbot):
    view = make_view(qtbot, on_day(7))
    with qtbot.assertNotEmitted(view.stop_requested):
        press(view.start_button, Qt.Key.Key_X)
    assert view.said.isVisible() and "X again" in view.said.text()
    with qtbot.waitSignal(view.stop_requested):
        press(view.start_button, Qt.Key.Key_X)


def test_tab_goes_through_every_button_and_one_has_the_focus(qtbot):
    view = make_view(qtbot, on_day(7))
    view.activateWindow()
    seen = []
    for _ in range(4):
        focused = view.focusWidget()
        assert isinstance(focused, QPushButton)
        seen.append(focused.objectName())
        press(focused, Qt.Key.Key_Tab)
    assert seen == ["startButton", "backButton", "chooseButton", "stopButton"]
    assert view.focusWidget() is view.start_button  # round again


def whole_weeks(view) -> list[int]:
    """The weeks on screen, each checked to be there whole, inside the weeks' box."""
    box = view.weeks
    shown = []
    for week, (label, cells) in enumerate(zip(view.weeks.week_labels, view.weeks.rows), start=1):
        if not label.isVisible():
            assert not any(cell.isVisible() for cell in cells)
            continue
        for widget in (label, *cells):
            top = widget.mapTo(box, widget.rect().topLeft()).y()
            assert 0 <= top and top + widget.height() <= box.height(), f"week {week} cut"
        shown.append(week)
    return shown


SIZES = [(1366, 768), (1280, 720), (960, 600)]


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", SIZES)
def test_whole_weeks_and_whole_words_at_every_size(qtbot, scale_back, size, scale):
    apply_theme(QApplication.instance(), "dark", scale)
    view = make_view(qtbot, on_day(15, [*WEEK_1, line(7), line(9), line(11)]), size)
    assert view.width() == size[0] and view.height() == size[1]  # nothing forced it larger
    shown = whole_weeks(view)
    assert 3 in shown  # this week's
    assert shown == list(range(shown[0], shown[-1] + 1))
    if len(shown) < 6:
        assert view.weeks.more.isVisible() and "more week" in view.weeks.more.text()
    for label in view.findChildren(QLabel):
        if label.isVisible() and not label.wordWrap():
            assert label.fontMetrics().horizontalAdvance(label.text()) <= label.width(), \
                label.text()
    for button in view.findChildren(QPushButton):
        if button.isVisible():
            assert button.fontMetrics().horizontalAdvance(button.text()) < button.width(), \
                button.text()
    today = next(cell for cell in view.weeks.cells if cell.property("mark") == "today")
    assert today.isVisible()


def test_page_down_and_the_wheel_move_the_weeks_in_view(qtbot, scale_back):
    apply_theme(QApplication.instance(), "dark", 1.25)
    view = make_view(qtbot, on_day(0, []), (960, 600))
    first = whole_weeks(view)
    assert first[0] == 1 and first[-1] < 6
    press(view.start_button, Qt.Key.Key_PageDown)
    assert whole_weeks(view)[0] == 2
    press(view.start_button, Qt.Key.Key_PageUp)
    assert whole_weeks(view) == first


# -- the menu's program card -------------------------------------------------------------------


@pytest.fixture
def menu(qtbot):
    page = RoutineMenu(list(ROUTINES))
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_menu_card_offers_a_program_when_none_is_followed(qtbot, menu):
    assert menu.today_card.title.text() == "Program  (P)"
    menu.select(-1)
    with qtbot.waitSignal(menu.program_requested):
        press(menu, Qt.Key.Key_Return)
    menu.select(2)
    with qtbot.waitSignal(menu.program_requested):
        press(menu, Qt.Key.Key_P)


def test_the_menu_card_says_todays_session_and_enter_starts_it(qtbot, menu):
    menu.show_program(on_day(7), NAMES)
    assert menu.today_card.title.text() == "Today: Isometric holds"
    assert menu.today_card.lines[0].text() == ("Lower-leg block, 6 weeks  \u00b7  Week 2 of 6  "
                                               "\u00b7  session 1 of 3 this week")
    assert menu.current == -1  # nothing was chosen yet: today's session is
    with qtbot.waitSignal(menu.program_session_chosen) as signal:
        press(menu, Qt.Key.Key_Return)
    assert signal.args == ["iso-holds", WEEK_2_CHOICES]


def test_on_a_rest_day_the_menu_card_says_when_and_opens_the_program(qtbot, menu):
    menu.show_program(on_day(3, WEEK_1[:2]), NAMES)
    assert menu.today_card.title.text() == "Rest day. Next: Isometric holds, Fri 6 Nov"
    assert menu.current == 0  # the routines stay chosen
    menu.select(-1)
    with qtbot.assertNotEmitted(menu.program_session_chosen):
        with qtbot.waitSignal(menu.program_requested):
            press(menu, Qt.Key.Key_Return)


def test_the_menu_says_how_far_behind(qtbot, menu):
    menu.show_program(on_day(15), NAMES)
    assert menu.today_card.lines[0].text().endswith("1 week behind")
    menu.show_program(None, NAMES)
    assert menu.today_card.title.text() == "Program  (P)"


def test_a_day_later_the_card_follows(qtbot, menu):
    menu.show_program(on_day(7, WEEK_1), NAMES)
    later = standing(BLOCK, START, [*WEEK_1, line(7)], at(7) + timedelta(hours=3))
    menu.show_program(later, NAMES)
    assert menu.today_card.title.text() == "Done for today. Next: Isometric holds, Wed 11 Nov"


@pytest.mark.parametrize("scale", [1.0, 1.25])
@pytest.mark.parametrize("size", SIZES)
def test_the_programs_are_whole_cards_and_the_chosen_one_in_view(qtbot, scale_back, size, scale):
    apply_theme(QApplication.instance(), "dark", scale)
    view = make_view(qtbot, None, size)
    box = view.programs.box
    for index in range(len(view.programs.cards)):
        view.programs.choose(index)
        shown = []
        for number, card in enumerate(view.programs.cards):
            if card.isVisible():
                top = card.mapTo(box, card.rect().topLeft()).y()
                assert 0 <= top and top + card.height() <= box.height(), f"{number} cut"
                shown.append(number)
        assert index in shown
        assert view.programs.more.isVisible() == (len(shown) < len(view.programs.cards))


def test_the_first_focus_is_what_enter_should_do(qtbot):
    assert make_view(qtbot, on_day(7)).first_focus().objectName() == "startButton"
    assert make_view(qtbot, on_day(3, WEEK_1[:2])).first_focus().objectName() == "chooseButton"
    view = make_view(qtbot, None)
    assert view.first_focus() is view.programs
