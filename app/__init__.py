"""Isohold: a guided timer for isometric and plyometric lower-leg drills."""

__version__ = "0.1.0"

# The reverse-DNS application id: the desktop entry's and the AppStream file's name, the icon's
# name, and what the window tells the desktop (QGuiApplication.setDesktopFileName), so that a
# Wayland or X11 shell matches the window to its menu entry and icon. io.github.<org> is the
# form Flathub and freedesktop ask of a project hosted on GitHub with no domain of its own.
APP_ID = "io.github.isohold.Isohold"
