"""Render the app icon's PNG sizes from its SVG (resources/desktop/<app id>.svg) with Qt's own
SVG renderer, into resources/desktop/icons/<size>x<size>/<app id>.png: the sizes the
freedesktop icon theme (hicolor) and AppStream ask for. Run by `make icons`; the PNGs are
committed so that neither a build nor an install needs Qt to draw them, and
tests/packaging/test_desktop_files.py fails when they no longer match the SVG.

    python tools/render_icons.py [--check] [--out FOLDER]
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ROOT = Path(__file__).resolve().parents[1]
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def app_id() -> str:
    sys.path.insert(0, str(ROOT))
    namespace: dict[str, object] = {}
    exec((ROOT / "app" / "__init__.py").read_text(encoding="utf-8"), namespace)
    return str(namespace["APP_ID"])


def render(svg: Path, size: int):
    """The icon drawn at size x size, a QImage (ARGB, transparent around the drawing)."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not an SVG Qt can draw")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "desktop" / "icons")
    args = parser.parse_args(argv)
    name = app_id()
    svg = ROOT / "resources" / "desktop" / f"{name}.svg"
    for size in SIZES:
        target = args.out / f"{size}x{size}" / f"{name}.png"
        target.parent.mkdir(parents=True, exist_ok=True)
        if not render(svg, size).save(str(target), "PNG"):
            raise SystemExit(f"could not write {target}")
        print(f"{target.relative_to(ROOT) if target.is_relative_to(ROOT) else target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
