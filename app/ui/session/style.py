"""The session screen's stylesheet: the phase's colours, type sized to the window's height.

Sizes are in pixels and follow the view's height, so the screen reads the same from across
the room on a laptop and on a TV; the athlete's text scale enlarges the words (not the digits,
which already fill their space), within what still fits.
"""

from __future__ import annotations

from app.ui.theme import PhaseColours

MAX_SCALE = 1.4  # beyond this the words crowd out the countdown at 1366x768


def drill_share(text_scale: float = 1.0) -> float:
    """The drill line's type size as a share of the view's height."""
    return 0.036 * min(max(text_scale, 0.75), MAX_SCALE)


def session_stylesheet(colours: PhaseColours, height: int, text_scale: float = 1.0,
                       drill_fit: float = 1.0) -> str:
    """`drill_fit` (<= 1) shrinks the drill line so that a long cue stays on one line."""
    scale = min(max(text_scale, 0.75), MAX_SCALE)
    height = max(height, 400)

    def px(share: float, scaled: bool = True) -> int:
        return max(12, round(height * share * (scale if scaled else 1.0)))

    bg, text, soft, track = colours.background, colours.text, colours.soft, colours.track
    return f"""
#sessionView {{ background: {bg}; }}
#sessionView QLabel {{ color: {text}; background: transparent; }}
#sessionView QLabel#phaseTitle {{ font-size: {px(0.085)}px; font-weight: bold; letter-spacing: 4px; }}
#sessionView QLabel#side {{ font-size: {px(0.08)}px; font-weight: bold; color: {bg}; background: {text};
    border-radius: {px(0.014, False)}px; padding: 0px {px(0.02, False)}px; }}
#sessionView QLabel#drill {{ font-size: {px(drill_share(text_scale) * drill_fit, False)}px; }}
#sessionView QLabel#counter {{ font-size: {px(0.046)}px; font-weight: bold; }}
#sessionView QLabel#next {{ font-size: {px(0.034)}px; color: {soft}; }}
#sessionView QLabel#timeLeft {{ font-size: {px(0.034)}px; color: {soft}; padding-left: 12px; }}
#sessionView QLabel#status {{ font-size: {px(0.02, False)}px; color: {soft}; }}
#sessionView QPushButton {{
    background: {bg}; color: {text}; border: 3px solid {text}; border-radius: 12px;
    font-size: {px(0.032)}px; font-weight: bold; padding: {px(0.012, False)}px 8px;
    min-height: {max(44, px(0.05, False))}px;
}}
#sessionView QPushButton:pressed {{ background: {track}; }}
#sessionView QPushButton:disabled {{ color: {soft}; border-color: {track}; }}
"""
