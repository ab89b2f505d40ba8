"""`make bundle`: Isohold as one folder, dist/isohold/, with its own Python and Qt.

1. the wheel, built from the sdist (tools/build_dist.py), installed without its dependencies
   into build/bundle/site: the bundle holds the app as an install of it holds it;
2. the notices Qt's LGPL asks for into build/bundle/LICENSES: the licence texts
   (tools/bundle_notices/), and which Qt, PySide6 and FFmpeg are inside and where their
   sources are;
3. PyInstaller with isohold.spec (from this venv: the `bundle` extra installs it).

    python tools/bundle.py [--out dist]
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "build" / "bundle"

NOTICE = """Isohold {version} (MIT licence: LICENSE-isohold.txt) is bundled here with:

- Qt {qt} and Qt for Python (PySide6 {pyside}, shiboken6 {shiboken}), used under the GNU
  Lesser General Public License version 3 (LGPL-3.0.txt, which adds to GPL-3.0.txt).
  Sources: https://download.qt.io/official_releases/qt/ and
  https://download.qt.io/official_releases/QtForPython/ (and https://code.qt.io).
- FFmpeg (the libav* and libsw* libraries of Qt Multimedia), used under the GNU Lesser
  General Public License version 2.1 or later (LGPL-2.1.txt). Sources: https://ffmpeg.org/.
- Python {python} (Python Software Foundation License) and the Python packages
  platformdirs, jsonschema, referencing, rpds-py, attrs (MIT, Apache-2.0); their licences are
  in their *.dist-info folders where their wheels ship them.

The Qt and FFmpeg libraries are separate shared libraries in _internal/PySide6/Qt/lib/ (and
_internal/PySide6/, _internal/shiboken6/): you may replace them with versions of your own
built from the sources above, as the LGPL allows; Isohold loads whatever is there.
"""


def notices(folder: Path) -> None:
    import PySide6
    from PySide6.QtCore import qVersion

    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    for text in (ROOT / "tools" / "bundle_notices").glob("*.txt"):
        shutil.copyfile(text, folder / text.name)
    shutil.copyfile(ROOT / "LICENSE", folder / "LICENSE-isohold.txt")
    from isohold import __version__

    (folder / "NOTICE.txt").write_text(NOTICE.format(
        version=__version__, qt=qVersion(), pyside=PySide6.__version__,
        shiboken=importlib.metadata.version("shiboken6"),
        python=sys.version.split()[0]), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    args = parser.parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print("bundle: PyInstaller is not installed: pip install -e '.[bundle]'", file=sys.stderr)
        return 1
    sys.path.insert(0, str(ROOT / "tools"))
    import build_dist

    started = time.monotonic()
    site = WORK / "site"
    if site.exists():
        shutil.rmtree(site)
    with tempfile.TemporaryDirectory(prefix="isohold-bundle-") as work:
        _, wheel, _ = build_dist.build(Path(work) / "dist", Path(work))
        subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps",
                        "--no-compile", "--target", str(site), str(wheel)], check=True)
    notices(WORK / "LICENSES")
    env = dict(os.environ, ISOHOLD_BUNDLE_SITE=str(site),
               ISOHOLD_BUNDLE_NOTICES=str(WORK / "LICENSES"))
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean",
                    "--log-level", "WARN", "--distpath", str(args.out),
                    "--workpath", str(WORK / "pyinstaller"), str(ROOT / "isohold.spec")],
                   check=True, env=env, cwd=ROOT)
    folder = args.out / "isohold"
    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"bundle: {folder}/isohold, {size / 2**20:.0f} MiB in "
          f"{sum(1 for _ in folder.rglob('*'))} files, built in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
