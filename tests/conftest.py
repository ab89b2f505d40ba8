"""Every test runs offscreen, with data and settings in its own temp folder."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _fresh_dirs(tmp_path, monkeypatch):
    """No test touches a real athlete's history or settings."""
    monkeypatch.setenv("ISOHOLD_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("ISOHOLD_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("ISOHOLD_CACHE_DIR", str(tmp_path / "cache"))  # spoken names
    # nor a real desktop's music (ducking) or its media keys (MPRIS): the D-Bus tests give
    # their own private bus
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/isohold-tests")
    yield


@pytest.fixture(autouse=True)
def _no_window_left_open():
    """A window whose session is still under way refuses to close (it asks the athlete
    first), so pytest-qt's closing of a test's widgets leaves it open. Stop its session and
    close it here, so that no window and no application-wide shortcut outlives its test."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is None:
        return
    for widget in app.topLevelWidgets():
        runner = getattr(widget, "runner", None)
        if widget.isVisible() and runner is not None and hasattr(runner, "is_over"):
            if not runner.is_over:
                runner.stop()
            widget.close()
