"""Write the theme's SVG drawings (spin box arrows, the check mark) into resources/theme/, one
per shape and colour the themes use; the style sheet points at them.

    .venv/bin/python tools/make_theme_drawings.py

Run it after changing a theme colour: tests/ui/test_theme.py fails until the drawings match.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> int:
    sys.path.insert(0, str(ROOT))
    from isohold.ui.theme import THEMES, drawing_name, drawing_svg, drawings_used

    folder = ROOT / "resources"
    wanted = {drawing_name(shape, colour): drawing_svg(shape, colour)
              for theme in THEMES.values() for shape, colour in drawings_used(theme)}
    (folder / "theme").mkdir(exist_ok=True)
    for stale in (folder / "theme").glob("*.svg"):
        if f"theme/{stale.name}" not in wanted:
            stale.unlink()
            print("removed", stale.relative_to(ROOT))
    for name, svg in sorted(wanted.items()):
        target = folder / name
        if not target.is_file() or target.read_text(encoding="utf-8") != svg:
            target.write_text(svg, encoding="utf-8")
            print("wrote", target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
