"""Colours and fonts: a dark theme (the default) and a light one, and a colour per phase kind.

Every phase colour pairs a background with text at a WCAG contrast of at least 7:1 (AAA),
and the phase backgrounds differ in hue and lightness so that hold, rest and switch can be
told apart at a glance from across the room. `apply_theme` sets the app-wide palette and
stylesheet (large fonts, scaled by the `text_scale` setting).

Focus is one thing on screen: the focused button is filled with the accent colour, a focused
field gets a thick accent ring, and nothing else wears the accent (the default button looks like
any other; the keys are named on each page). Spin box arrows, the combo box arrow and the check
mark are drawn from small SVG files in the theme's colours, shipped in resources/theme/ (a Qt
style sheet cannot draw them itself, and the Fusion arrows vanish on the dark panel); a limit's
arrow and a disabled button are dimmed, so what cannot be pressed looks it.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from isohold import assets
from isohold.core.phases import PhaseKind

AAA = 7.0  # the WCAG contrast ratio for enhanced (AAA) text
BASE_POINT_SIZE = 15  # the app's body text before text_scale; gym screens are read from afar
STYLE = "Fusion"  # the same widget style on every platform, under our palette and stylesheet


class PhaseColours(NamedTuple):
    """The colours of one phase kind's screen."""

    background: str  # "#rrggbb"
    text: str  # the main text and the countdown digits
    soft: str  # secondary text (cue, next:, counters), still >= 7:1 on the background
    track: str  # the empty part of the session progress bar


class Theme(NamedTuple):
    """The app's colours, and a set of colours per phase kind."""

    name: str
    window: str
    panel: str  # group boxes, lists, inputs
    text: str
    soft_text: str
    accent: str  # selection, focus ring, default button
    accent_text: str
    button: str
    button_text: str
    phases: dict[PhaseKind, PhaseColours]

    def phase(self, kind: PhaseKind) -> PhaseColours:
        return self.phases[kind]


def _phases(get_ready, hold, rest, switch, go, done) -> dict[PhaseKind, PhaseColours]:
    return {
        PhaseKind.GET_READY: get_ready,
        PhaseKind.NEXT_DRILL: get_ready,  # moving to the next drill is getting ready again
        PhaseKind.HOLD: hold,
        PhaseKind.RESET: rest,
        PhaseKind.REST: rest,
        PhaseKind.SWITCH: switch,
        PhaseKind.SET: go,
        PhaseKind.DONE: done,
    }


DARK = Theme(
    name="dark",
    window="#15171c", panel="#22262e", text="#f2f2f2", soft_text="#c8ccd4",
    accent="#ffc233", accent_text="#111111", button="#2f3540", button_text="#ffffff",
    phases=_phases(
        get_ready=PhaseColours("#f2b400", "#111111", "#2a2000", "#c48f00"),  # amber
        hold=PhaseColours("#075a2e", "#ffffff", "#e3f5ea", "#0d3f23"),  # deep green
        rest=PhaseColours("#123e8c", "#ffffff", "#e2ebfb", "#0b2a61"),  # deep blue
        switch=PhaseColours("#7a1a7a", "#ffffff", "#f7e3f7", "#551255"),  # magenta
        go=PhaseColours("#9a1f17", "#ffffff", "#fff0ee", "#6e1510"),  # red
        done=PhaseColours("#2b2f36", "#ffffff", "#dfe2e7", "#1c1f24"),  # slate
    ),
)

LIGHT = Theme(
    name="light",
    window="#f4f4f2", panel="#ffffff", text="#111111", soft_text="#333333",
    accent="#0b4fb3", accent_text="#ffffff", button="#e2e4e8", button_text="#111111",
    phases=_phases(
        get_ready=PhaseColours("#ffe08a", "#1a1a1a", "#3a2e00", "#e6c25a"),  # pale amber
        hold=PhaseColours("#9be3b0", "#0a2a14", "#113d20", "#6cc489"),  # mint green
        rest=PhaseColours("#a9c8ff", "#0a1a3a", "#132a57", "#7ea6ef"),  # sky blue
        switch=PhaseColours("#f0a8f0", "#2a0a2a", "#3d103d", "#d77bd7"),  # orchid
        go=PhaseColours("#ffb199", "#3a0a00", "#4f1303", "#f08a6b"),  # salmon
        done=PhaseColours("#e6e6e6", "#111111", "#2b2b2b", "#c4c4c4"),  # grey
    ),
)

THEMES = {theme.name: theme for theme in (DARK, LIGHT)}


def theme_named(name: str) -> Theme:
    """The theme called `name`; an unknown name gets the dark default."""
    return THEMES.get(name, DARK)


# -- WCAG contrast --------------------------------------------------------------------------
def _rgb(colour: str) -> tuple[float, float, float]:
    value = colour.lstrip("#")
    if len(value) != 6:
        raise ValueError(f"expected a colour as #rrggbb, got {colour!r}")
    return tuple(int(value[i:i + 2], 16) / 255 for i in (0, 2, 4))  # type: ignore[return-value]


def relative_luminance(colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour."""
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
    r, g, b = (linear(c) for c in _rgb(colour))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast_ratio(first: str, second: str) -> float:
    """WCAG contrast ratio, 1.0 (same) to 21.0 (black on white)."""
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def colour_distance(first: str, second: str) -> float:
    """CIE76 delta E between two colours: about 2.3 is just noticeable, over 40 is obvious."""
    def lab(colour: str) -> tuple[float, float, float]:
        def linear(c: float) -> float:
            return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        r, g, b = (linear(c) for c in _rgb(colour))
        x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
        y = 0.2126 * r + 0.7152 * g + 0.0722 * b
        z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

        def f(t: float) -> float:
            return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
        return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))
    return math.dist(lab(first), lab(second))


# -- applying a theme to the application -----------------------------------------------------
def point_size(text_scale: float = 1.0, factor: float = 1.0) -> int:
    """A font size in points for body text times `factor`, scaled by the setting."""
    return max(8, round(BASE_POINT_SIZE * factor * text_scale))


def mix(first: str, second: str, share: float) -> str:
    """`share` of `first` and the rest of `second`, as #rrggbb."""
    a, b = _rgb(first), _rgb(second)
    return "#" + "".join(f"{round((x * share + y * (1 - share)) * 255):02x}" for x, y in zip(a, b))


def dimmed(theme: Theme) -> str:
    """What cannot be pressed (a disabled button, an arrow at its limit): plainly fainter."""
    return mix(theme.soft_text, theme.panel, 0.45)


_SHAPES = {  # 12 x 12 drawings: up and down arrows, a check mark
    "up": '<path d="M1 9 L6 3 L11 9 Z" fill="{colour}"/>',
    "down": '<path d="M1 3 L6 9 L11 3 Z" fill="{colour}"/>',
    "check": ('<path d="M2 6.5 L5 9.5 L10.5 2.5" fill="none" stroke="{colour}" '
              'stroke-width="2.2" stroke-linecap="round" stroke-linejoin="round"/>'),
}


def drawing_svg(shape: str, colour: str) -> str:
    """The SVG text of `shape` (up, down, check) in `colour`."""
    if shape not in _SHAPES:
        raise KeyError(f"no drawing called {shape!r}: known are {', '.join(_SHAPES)}")
    return ('<svg xmlns="http://www.w3.org/2000/svg" width="12" height="12" viewBox="0 0 12 12">'
            f'{_SHAPES[shape].format(colour=colour)}</svg>\n')


def drawing_name(shape: str, colour: str) -> str:
    return f"theme/{shape}-{colour.lstrip('#').lower()}.svg"


def drawing(shape: str, colour: str) -> str:
    """The path of the shipped SVG file of `shape` in `colour`, for a style sheet's url()
    (resources/theme/, written by tools/make_theme_drawings.py for every colour the themes
    use: nothing is written at run time). A drawing not made fails loudly."""
    drawing_svg(shape, colour)  # an unknown shape raises here
    return assets.path(drawing_name(shape, colour)).as_posix()


def drawings_used(theme: "Theme") -> list[tuple[str, str]]:
    """Every (shape, colour) the theme's style sheet draws."""
    faint = dimmed(theme)
    return [("up", theme.text), ("down", theme.text), ("up", faint), ("down", faint),
            ("check", theme.text)]


def stylesheet(theme: Theme, text_scale: float = 1.0) -> str:
    body = point_size(text_scale)
    big = point_size(text_scale, 1.35)
    faint = dimmed(theme)
    arrow = round(14 * text_scale)  # the arrow drawings, grown with the text
    button_w = round(32 * text_scale)  # a spin box's up and down buttons
    box = round(26 * text_scale)  # a check box's box
    return f"""
QWidget {{ color: {theme.text}; font-size: {body}pt; }}
QMainWindow, QDialog {{ background: {theme.window}; }}
QLabel[role="title"] {{ font-size: {big}pt; font-weight: bold; }}
QLabel[role="soft"] {{ color: {theme.soft_text}; }}
QPushButton {{
    background: {theme.button}; color: {theme.button_text}; border: 2px solid {theme.soft_text};
    border-radius: 8px; padding: 10px 22px; min-height: 44px; font-weight: bold;
    qproperty-autoDefault: true;  /* Enter presses the focused button on every page, as Space does */
}}
QPushButton:focus {{ background: {theme.accent}; color: {theme.accent_text};
    border: 3px solid {theme.text}; }}
QPushButton:disabled {{ background: {theme.window}; color: {faint}; border: 2px dashed {faint}; }}
QListView, QListWidget, QTreeView, QTextBrowser, QLineEdit, QAbstractSpinBox,
QComboBox, QPlainTextEdit {{
    background: {theme.panel}; color: {theme.text}; border: 1px solid {theme.soft_text};
    border-radius: 6px; padding: 4px; selection-background-color: {theme.accent};
    selection-color: {theme.accent_text};
}}
QListView:focus, QListWidget:focus, QTreeView:focus, QTextBrowser:focus, QLineEdit:focus,
QAbstractSpinBox:focus, QComboBox:focus, QPlainTextEdit:focus {{
    border: 3px solid {theme.accent}; padding: 2px;
}}
QAbstractSpinBox::up-button, QAbstractSpinBox::down-button {{
    subcontrol-origin: border; width: {button_w}px; background: {theme.button};
    border-left: 1px solid {theme.soft_text};
}}
QAbstractSpinBox::up-button {{ subcontrol-position: top right; border-top-right-radius: 5px; }}
QAbstractSpinBox::down-button {{ subcontrol-position: bottom right;
    border-bottom-right-radius: 5px; }}
QAbstractSpinBox::up-arrow {{ image: url("{drawing('up', theme.text)}");
    width: {arrow}px; height: {arrow}px; }}
QAbstractSpinBox::down-arrow {{ image: url("{drawing('down', theme.text)}");
    width: {arrow}px; height: {arrow}px; }}
QAbstractSpinBox::up-arrow:off, QAbstractSpinBox::up-arrow:disabled {{
    image: url("{drawing('up', faint)}"); }}
QAbstractSpinBox::down-arrow:off, QAbstractSpinBox::down-arrow:disabled {{
    image: url("{drawing('down', faint)}"); }}
QComboBox::drop-down {{ subcontrol-origin: border; subcontrol-position: top right;
    width: {button_w}px; border-left: 1px solid {theme.soft_text}; }}
QComboBox::down-arrow {{ image: url("{drawing('down', theme.text)}");
    width: {arrow}px; height: {arrow}px; }}
QComboBox QAbstractItemView {{ background: {theme.panel}; color: {theme.text};
    selection-background-color: {theme.accent}; selection-color: {theme.accent_text}; }}
QCheckBox {{ spacing: 10px; }}
QCheckBox::indicator {{ width: {box}px; height: {box}px; background: {theme.panel};
    border: 2px solid {theme.soft_text}; border-radius: 5px; }}
QCheckBox::indicator:checked {{ image: url("{drawing('check', theme.text)}"); }}
QCheckBox::indicator:focus {{ border: 3px solid {theme.accent}; }}
QListView::item, QListWidget::item {{ padding: 10px; }}
QToolTip {{ background: {theme.panel}; color: {theme.text}; border: 1px solid {theme.accent}; }}
"""


def palette(theme: Theme) -> QPalette:
    pal = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.panel,
        QPalette.ColorRole.AlternateBase: theme.window,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.soft_text,
        QPalette.ColorRole.Button: theme.button,
        QPalette.ColorRole.ButtonText: theme.button_text,
        QPalette.ColorRole.Highlight: theme.accent,
        QPalette.ColorRole.HighlightedText: theme.accent_text,
        QPalette.ColorRole.ToolTipBase: theme.panel,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.Link: theme.accent,
    }
    for role, colour in roles.items():
        pal.setColor(role, QColor(colour))
    return pal


def apply_theme(app: QApplication, name: str = "dark", text_scale: float = 1.0) -> Theme:
    """Give the whole application the named theme's palette, stylesheet and font size.

    The widget style (STYLE, Fusion) is chosen when the application is made: see
    `isohold.ui.application.create_app`."""
    theme = theme_named(name)
    app.setPalette(palette(theme))
    font = QFont(app.font())
    font.setPointSize(point_size(text_scale))
    app.setFont(font)
    app.setStyleSheet(stylesheet(theme, text_scale))
    app.setProperty("isohold_theme", theme.name)
    app.setProperty("isohold_text_scale", float(text_scale))
    return theme


def current_theme(app: QApplication | None = None) -> Theme:
    """The theme last applied to the application (dark when none was)."""
    app = app or QApplication.instance()
    name = app.property("isohold_theme") if app is not None else None
    return theme_named(name or "dark")


def current_text_scale(app: QApplication | None = None) -> float:
    app = app or QApplication.instance()
    value = app.property("isohold_text_scale") if app is not None else None
    return float(value) if value else 1.0
