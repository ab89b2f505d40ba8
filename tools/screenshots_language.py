"""The session screen in another language, to see that its longer words fit: every phase of
tools/screenshots_session.py, rendered after installing the language's catalogue.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_language.py [de|es]
        [--sizes 1366x768,1280x720] [--only NAME,NAME]

The catalogues are compiled first (tools/translations.py compile); the shots go to
docs/screenshots/<lang>-session-<name>-<size>.png.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from isohold.core.loader import load_routines  # noqa: E402
from isohold.ui.language import install  # noqa: E402
from tools import screenshots_session, translations  # noqa: E402


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("language", nargs="?", default="de")
    parser.add_argument("--sizes", default="1366x768,1280x720")
    parser.add_argument("--only", default="")
    args = parser.parse_args(argv[1:])
    out = ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        compiled = translations.compile_catalogues(into=Path(folder))[0].parent
        done = install(app, args.language, compiled)
        if done.problem:
            print(done.problem, file=sys.stderr)
            return 1
        routine = next(r for r in load_routines().routines if r.id == "full")
        names = [n for n in args.only.split(",") if n] or list(screenshots_session.SHOTS)
        for size in [tuple(int(n) for n in s.split("x")) for s in args.sizes.split(",")]:
            for name in names:
                shot = screenshots_session.render(app, routine, name, size, Path(folder))
                target = out / f"{args.language}-{shot.name}"
                shot.replace(target)
                print(target.relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
