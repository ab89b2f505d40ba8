"""The session screen's stylesheet: the phase's colours, type sized to the window's height.

Sizes are in pixels and follow the view's height, so the screen reads the same from across
the room on a laptop and on a TV.

What must be read from across the room (the phase word, the side badge, the rep and set
counter) is sized for READ_FROM_M metres by a common signage rule, CAP_CM_PER_M cm of capital
height per metre of distance, on a SCREEN_HEIGHT_CM tall screen (a 15.6-inch 16:9 laptop, the
usual size; a 14-inch one is 17.4 cm, so this errs small there): MIN_CAP_SHARE of the view's
height in capitals, whatever the text scale. The athlete's text scale enlarges the words read
up close (drill, next, time left, buttons, notes), within what still fits; the digits already
fill their space.
"""

from __future__ import annotations

from isohold.ui.theme import PhaseColours

MAX_SCALE = 1.4  # beyond this the words crowd out the countdown at 1366x768

READ_FROM_M = 4.0
CAP_CM_PER_M = 1 / 3  # 1 cm of capital height per 3 m
SCREEN_HEIGHT_CM = 19.4
MIN_CAP_SHARE = READ_FROM_M * CAP_CM_PER_M / SCREEN_HEIGHT_CM  # 0.069 of the view's height
CAP_OF_EM = 0.73  # DejaVu Sans Bold: capital height / pixel size
BIG_SHARE = 0.096  # the far-read words' pixel size: capitals ~0.070 of the height
FIT_FLOOR = 0.75  # a long far-read line shrinks at most this far to fit the width


def drill_share(text_scale: float = 1.0) -> float:
    """The drill line's type size as a share of the view's height."""
    return 0.034 * _clamp(text_scale)


def big_px(height: int) -> int:
    """The pixel size of the far-read words (phase word, side badge, counter)."""
    return max(12, round(max(height, 400) * BIG_SHARE))


def _clamp(text_scale: float) -> float:
    return min(max(text_scale, 0.75), MAX_SCALE)


def session_stylesheet(colours: PhaseColours, height: int, text_scale: float = 1.0,
                       fits: dict[str, float] | None = None, width: int = 1280) -> str:
    """`fits` (name -> a factor <= 1) shrinks a label so that its line fits the width:
    "drill", "phaseTitle", "counter"."""
    fits = fits or {}
    scale = _clamp(text_scale)
    height = max(height, 400)

    def px(share: float, scaled: bool = True) -> int:
        return max(12, round(height * share * (scale if scaled else 1.0)))

    big = big_px(height)
    bg, text, soft, track = colours.background, colours.text, colours.soft, colours.track
    return f"""
#sessionView {{ background: {bg}; }}
#sessionView QLabel {{ color: {text}; background: transparent; }}
#sessionView QLabel#phaseTitle {{ font-size: {round(big * fits.get("phaseTitle", 1.0))}px;
    font-weight: bold; }}
#sessionView QLabel#side, #sessionView QLabel#box {{ font-size: {big}px; font-weight: bold;
    color: {bg}; background: {text}; border-radius: {px(0.014, False)}px;
    padding: 0px {px(0.016, False)}px; }}
#sessionView QLabel#drill {{ font-size: {px(drill_share(text_scale) * fits.get("drill", 1.0), False)}px; }}
#sessionView QLabel#plan {{ font-size: {px(drill_share(text_scale), False)}px; font-weight: bold; }}
#sessionView QLabel#counter {{ font-size: {round(big * fits.get("counter", 1.0))}px; font-weight: bold; }}
#sessionView QLabel#next {{ font-size: {px(0.03)}px; color: {soft}; }}
#sessionView QLabel#timeLeft {{ font-size: {px(0.03)}px; color: {soft}; padding-left: 12px; }}
#sessionView QLabel#status {{ font-size: {px(0.022)}px; font-weight: bold; }}
#sessionView QPushButton {{
    background: {bg}; color: {text}; border: 3px solid {text}; border-radius: 12px;
    font-size: {px(0.028)}px; font-weight: bold; padding: 2px 8px;
    min-height: {max(44, px(0.06, False)) - 10}px; max-height: {max(44, px(0.06, False)) - 10}px;
}}
#sessionView QPushButton:pressed {{ background: {track}; }}
#sessionView QPushButton:disabled {{ color: {soft}; border-color: {track}; }}
#sessionView QPushButton[muted="true"] {{ background: {text}; color: {bg}; }}
#sessionView QMessageBox {{ background: {bg}; border: 4px solid {text}; }}
#sessionView QMessageBox QLabel {{ font-size: {px(0.03)}px; }}
#sessionView QMessageBox QLabel#qt_msgbox_label {{ min-width: {round(max(width, 640) * 0.5)}px; }}
#sessionView QMessageBox QPushButton {{ min-width: {px(0.3, False)}px; }}
#sessionView QMessageBox QPushButton:default {{ background: {text}; color: {bg}; }}
#sessionView QMessageBox QPushButton:focus {{ border: 5px solid {soft}; }}
"""
