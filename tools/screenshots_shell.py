"""Render the routine menu and a setup page offscreen into docs/screenshots/ (PNG).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_shell.py

Each at 1280x720, 1366x768 (laptops) and 1920x1080, in the default dark theme, from the built-in
routines, with settings and data in a throwaway folder so a real athlete's are never read.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1280, 720), (1366, 768), (1920, 1080))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = tempfile.mkdtemp(prefix="isohold-shots-")
    os.environ["ISOHOLD_CONFIG_DIR"] = str(Path(scratch) / "config")
    os.environ["ISOHOLD_DATA_DIR"] = str(Path(scratch) / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from isohold.ui.application import build_window, create_app

    app = create_app()
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in SIZES:
        window = build_window()
        window.resize(width, height)
        window.menu.select(1)
        written.append(_shoot(app, window, f"menu-{width}x{height}.png"))
        window.open_routine("full")
        written.append(_shoot(app, window, f"setup-{width}x{height}.png"))
        window.close()
        window.deleteLater()
        QApplication.processEvents()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _shoot(app, window, name: str) -> Path:
    for _ in range(3):
        app.processEvents()
    path = OUT / name
    if not window.grab().save(str(path)):
        raise SystemExit(f"could not write {path}")
    return path


if __name__ == "__main__":
    raise SystemExit(main())
