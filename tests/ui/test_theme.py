"""Phase colours: readable (WCAG AAA) and told apart at a glance, in both themes."""

from __future__ import annotations

import itertools

import pytest

from isohold.core.phases import PhaseKind
from isohold.ui.theme import (AAA, DARK, THEMES, apply_theme, colour_distance, contrast_ratio,
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


def _near(colour, target: str, tolerance: int = 40) -> bool:
    from PySide6.QtGui import QColor

    want = QColor(target)
    return all(abs(a - b) <= tolerance for a, b in ((colour.red(), want.red()),
                                                    (colour.green(), want.green()),
                                                    (colour.blue(), want.blue())))


def _colours_in(image, rect) -> list:
    return [image.pixelColor(x, y) for x in range(rect.left(), rect.right() + 1)
            for y in range(rect.top(), rect.bottom() + 1)]


@pytest.mark.parametrize("name", list(THEMES))
def test_spin_box_arrows_show_and_an_arrow_at_its_limit_is_dimmed(qtbot, qapp, name):
    """The arrows were blank on the dark panel: they are drawn in the text colour now, and
    the one that cannot be pressed (at the minimum) is faint."""
    from PySide6.QtWidgets import QSpinBox, QStyle, QStyleOptionSpinBox

    from isohold.ui.theme import dimmed

    theme = apply_theme(qapp, name)
    try:
        spin = QSpinBox(minimum=0, maximum=10)
        qtbot.addWidget(spin)
        spin.resize(200, 48)
        spin.show()
        image = spin.grab().toImage()
        option = QStyleOptionSpinBox()
        option.initFrom(spin)
        option.subControls = QStyle.SubControl.SC_All
        style = spin.style()
        up = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                  QStyle.SubControl.SC_SpinBoxUp, spin)
        down = style.subControlRect(QStyle.ComplexControl.CC_SpinBox, option,
                                    QStyle.SubControl.SC_SpinBoxDown, spin)
        assert up.width() >= 20 and down.width() >= 20  # buttons a finger can find
        up_colours, down_colours = _colours_in(image, up), _colours_in(image, down)
        assert sum(_near(c, theme.text) for c in up_colours) >= 10  # an arrow in the text colour
        assert not any(_near(c, theme.text, 20) for c in down_colours)  # at 0: not pressable
        assert sum(_near(c, dimmed(theme), 20) for c in down_colours) >= 10
    finally:
        apply_theme(qapp, "dark")


@pytest.mark.parametrize("name", list(THEMES))
def test_only_the_focused_widget_wears_the_accent(qtbot, qapp, name):
    """Start (the default button) and a focused field both in the accent read as two focuses:
    the accent marks the one focused widget only."""
    from PySide6.QtWidgets import QLineEdit, QPushButton, QVBoxLayout, QWidget

    theme = apply_theme(qapp, name)
    try:
        page = QWidget()
        qtbot.addWidget(page)
        layout = QVBoxLayout(page)
        field, back, start = QLineEdit(), QPushButton("Back"), QPushButton("Start")
        start.setDefault(True)
        for widget in (field, back, start):
            layout.addWidget(widget)
        page.resize(400, 300)
        page.show()
        page.activateWindow()

        def inside(button):  # the button's fill, beside its border, clear of its text
            image = button.grab().toImage()
            return image.pixelColor(8, button.height() // 2)

        field.setFocus()
        qapp.processEvents()
        assert field.hasFocus()
        assert not _near(inside(start), theme.accent, 10)  # the default button is not lit
        assert not _near(inside(back), theme.accent, 10)
        field_edge = field.grab().toImage().pixelColor(field.width() // 2, 1)
        assert _near(field_edge, theme.accent, 10)  # the focused field is ringed
        back.setFocus()
        qapp.processEvents()
        assert _near(inside(back), theme.accent, 10)  # the focused button is filled
        assert not _near(inside(start), theme.accent, 10)
        assert not _near(field.grab().toImage().pixelColor(field.width() // 2, 1),
                         theme.accent, 10)
    finally:
        apply_theme(qapp, "dark")


@pytest.mark.parametrize("name", list(THEMES))
def test_a_disabled_button_looks_it(qtbot, qapp, name):
    from PySide6.QtWidgets import QPushButton

    theme = apply_theme(qapp, name)
    try:
        button = QPushButton("+")
        qtbot.addWidget(button)
        button.resize(80, 50)
        button.show()
        enabled = button.grab().toImage().pixelColor(8, 25)
        button.setEnabled(False)
        disabled = button.grab().toImage().pixelColor(8, 25)
        assert _near(enabled, theme.button, 10) and _near(disabled, theme.window, 10)
        assert colour_distance(enabled.name(), disabled.name()) > 5
    finally:
        apply_theme(qapp, "dark")


@pytest.mark.parametrize("theme", THEMES.values(), ids=list(THEMES))
def test_every_drawing_the_style_sheet_uses_is_shipped_as_made(theme):
    from isohold import assets
    from isohold.ui.theme import drawing_name, drawing_svg, drawings_used, stylesheet

    sheet = stylesheet(theme)
    for shape, colour in drawings_used(theme):
        shipped = assets.path(drawing_name(shape, colour))
        assert shipped.as_posix() in sheet
        assert shipped.read_text(encoding="utf-8") == drawing_svg(shape, colour), (
            f"{shipped.name} is stale: run tools/make_theme_drawings.py")
