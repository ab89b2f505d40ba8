"""A small laptop screen (960x600) with large text (scale 1.25): the window opens whole on it,
title bar and all, and the menu's entries can be reached by keys."""

from __future__ import annotations

import json
import time

import pytest

from tests.blackbox.conftest import _unavailable
from tests.blackbox.xwindow import Isohold, XDisplay, XError, missing_tools

WIDTH, HEIGHT = 960, 600


@pytest.fixture(scope="module")
def small_display():
    if missing_tools():
        _unavailable(f"no real X display: {', '.join(missing_tools())} missing")
    display = XDisplay(f"{WIDTH}x{HEIGHT}x24")
    try:
        display.start()
    except (XError, OSError) as error:
        display.stop()
        _unavailable(f"could not start Xvfb and openbox: {error}")
    yield display
    display.stop()


def geometry(app: Isohold) -> dict[str, int]:
    """Where the window's inside is on the screen, as X reports it (xwininfo's absolute
    position: xdotool's getwindowgeometry counts a reparenting manager's frame twice)."""
    out = app.display.run("xwininfo", "-id", app.wid)
    fields = {"Absolute upper-left X": "X", "Absolute upper-left Y": "Y", "Width": "WIDTH",
              "Height": "HEIGHT"}
    found = {}
    for line in out.splitlines():
        name, _, value = line.strip().partition(":")
        if name in fields:
            found[fields[name]] = int(value)
    return found


def test_the_window_opens_whole_on_a_960x600_screen_at_text_scale_1_25(small_display, tmp_path):
    app = Isohold(small_display, tmp_path)
    (tmp_path / "config").mkdir()
    (tmp_path / "config" / "settings.json").write_text(json.dumps({"text_scale": 1.25}))
    try:
        app.start()
        time.sleep(1.0)  # maximised by the window manager, painted
        shot = app.snap("small-screen-menu")
        where = geometry(app)
        assert where["X"] >= 0 and where["Y"] >= 0, where
        assert where["X"] + where["WIDTH"] <= WIDTH and where["Y"] + where["HEIGHT"] <= HEIGHT, (
            f"the window {where} hangs off the {WIDTH}x{HEIGHT} screen (see {shot})")
        app.key("End")  # Settings, the last entry: reached and opened by keys
        app.key("Return")
        assert app.wait_for_dialog("settings", 5) is not None, "Enter on Settings opened nothing"
    finally:
        app.stop()
