"""Phase colours: readable (WCAG AAA) and told apart at a glance, in both themes."""

from __future__ import annotations

import itertools

import pytest

from app.core.phases import PhaseKind
from app.ui.theme import (AAA, DARK, THEMES, apply_theme, colour_distance, contrast_ratio,
                          current_theme, point_size)

SEEN_KINDS = (PhaseKind.GET_READY, PhaseKind.HOLD, PhaseKind.REST, PhaseKind.SWITCH,
              PhaseKind.SET, PhaseKind.DONE)


def test_contrast_ratio_matches_the_wcag_reference_values():
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#ffffff") == pytest.approx(1.0)
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)
    assert contrast_ratio("#ffffff", "#777777") == contrast_ratio("#777777", "#ffffff")


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
@pytest.mark.parametrize("kind", list(PhaseKind), ids=[k.value for k in PhaseKind])
def test_every_phase_colour_has_aaa_text(theme, kind):
    colours = theme.phase(kind)
    assert contrast_ratio(colours.background, colours.text) >= AAA
    assert contrast_ratio(colours.background, colours.soft) >= AAA


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_the_app_chrome_has_aaa_text(theme):
    assert contrast_ratio(theme.window, theme.text) >= AAA
    assert contrast_ratio(theme.window, theme.soft_text) >= AAA
    assert contrast_ratio(theme.panel, theme.text) >= AAA
    assert contrast_ratio(theme.button, theme.button_text) >= AAA
    assert contrast_ratio(theme.accent, theme.accent_text) >= AAA


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_phase_backgrounds_are_clearly_distinct(theme):
    # CIE76 delta E over 30 is a different colour, not a shade of the same one.
    for first, second in itertools.combinations(SEEN_KINDS, 2):
        distance = colour_distance(theme.phase(first).background, theme.phase(second).background)
        assert distance > 30, (first, second, distance)


def test_hold_rest_and_switch_differ_in_each_theme():
    for theme in THEMES.values():
        backgrounds = {theme.phase(k).background for k in (PhaseKind.HOLD, PhaseKind.REST,
                                                           PhaseKind.SWITCH, PhaseKind.SET)}
        assert len(backgrounds) == 4


def test_apply_theme_sets_a_dark_palette_and_scaled_font(qapp):
    theme = apply_theme(qapp, "dark", text_scale=1.5)
    assert theme is DARK and current_theme(qapp) is DARK
    assert qapp.palette().window().color().name() == DARK.window
    assert qapp.font().pointSize() == point_size(1.5) > point_size(1.0)
    assert "font-size" in qapp.styleSheet()
    apply_theme(qapp, "light")
    assert current_theme(qapp).name == "light"
    apply_theme(qapp, "no such theme")
    assert current_theme(qapp) is DARK
    qapp.setStyleSheet("")


def test_enter_presses_the_focused_button_on_a_page_as_space_does(qtbot, qapp):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

    apply_theme(qapp, "dark")
    page = QWidget()
    qtbot.addWidget(page)
    layout = QVBoxLayout(page)
    back, start = QPushButton("Back"), QPushButton("Start")
    layout.addWidget(back)
    layout.addWidget(start)
    pressed = []
    back.clicked.connect(lambda: pressed.append("back"))
    start.clicked.connect(lambda: pressed.append("start"))
    page.show()
    back.setFocus()
    qtbot.keyClick(back, Qt.Key.Key_Return)
    qtbot.keyClick(back, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    start.setFocus()
    qtbot.keyClick(start, Qt.Key.Key_Space)
    assert pressed == ["back", "back", "start"]
