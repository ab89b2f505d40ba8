"""Where Isohold keeps its files: platformdirs, overridden by environment variables or flags."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "isohold"


def config_dir() -> Path:
    """Settings and user routines (`routines/*.json`). ISOHOLD_CONFIG_DIR overrides."""
    override = os.environ.get("ISOHOLD_CONFIG_DIR")
    return Path(override) if override else Path(platformdirs.user_config_dir(APP_NAME, False))


def data_dir() -> Path:
    """The history database. ISOHOLD_DATA_DIR (and `--data-dir`, which sets it) overrides."""
    override = os.environ.get("ISOHOLD_DATA_DIR")
    return Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, False))


def user_routines_dir() -> Path:
    return config_dir() / "routines"
