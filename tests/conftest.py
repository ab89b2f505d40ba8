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
    yield
