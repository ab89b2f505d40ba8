"""Build Isohold's sdist, then its wheel from that sdist (as pip builds from an sdist), and
optionally install the wheel into a fresh venv and run the unpacked sdist's tests against it.

    python tools/build_dist.py --out dist                 # dist/isohold-<v>.tar.gz and .whl
    python tools/build_dist.py --out dist --test-sdist    # ...then the whole suite from the sdist

The build runs on a copy of the source tree (never in it, so that builds running at the same
time, or the matrix's editable installs, do not share build/ or the egg-info), with this
interpreter's setuptools (the test extra has it): no download of a build backend.
`fresh_venv` installs with `pip --no-index` from a wheelhouse (build/wheelhouse, filled once
from the index with the versions of this venv) so that tests/packaging stays quick and works
offline. tests/packaging/test_wheel.py uses these functions.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WHEELHOUSE = ROOT / "build" / "wheelhouse"
IGNORED = shutil.ignore_patterns(".git", ".venv", "build", "dist", "*.egg-info", "__pycache__",
                                 ".pytest_cache", ".hypothesis", ".import_linter_cache", "*.pyc")
# What the fresh venv's pip may not choose itself: this venv's Qt (the range admits others).
PINNED = ("PySide6-Essentials", "PySide6-Addons", "shiboken6")


def _backend(source: Path, hook: str, out: Path) -> Path:
    """Run setuptools' PEP 517 hook (build_sdist or build_wheel) in `source`; the file made."""
    out.mkdir(parents=True, exist_ok=True)
    code = (f"import setuptools.build_meta as backend; "
            f"print(backend.{hook}({str(out)!r}))")
    done = subprocess.run([sys.executable, "-c", code], cwd=source, capture_output=True,
                          text=True, timeout=600)
    if done.returncode != 0:
        raise RuntimeError(f"{hook} failed:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
    return out / done.stdout.strip().splitlines()[-1]


def build(out: Path, work: Path | None = None) -> tuple[Path, Path, Path]:
    """The sdist, the wheel built from it, and the folder the sdist was unpacked in."""
    work = Path(work or tempfile.mkdtemp(prefix="isohold-build-"))
    copy = work / "source"
    shutil.copytree(ROOT, copy, ignore=IGNORED, symlinks=True)
    sdist = _backend(copy, "build_sdist", out)
    with tarfile.open(sdist) as archive:
        archive.extractall(work / "unpacked", filter="data")
    unpacked = work / "unpacked" / sdist.name.removesuffix(".tar.gz")
    wheel = _backend(unpacked, "build_wheel", out)
    return sdist, wheel, unpacked


def pins() -> list[str]:
    """This venv's versions of the packages the fresh venv must match."""
    found = []
    for name in PINNED:
        try:
            found.append(f"{name}=={importlib.metadata.version(name)}")
        except importlib.metadata.PackageNotFoundError:
            pass
    return found


def fresh_venv(folder: Path, wheel: Path, extras: str = "", python: str = sys.executable,
               wheelhouse: Path = WHEELHOUSE) -> Path:
    """A new venv at `folder` with `wheel` (and `extras`) installed from the wheelhouse
    alone; the wheelhouse is filled from the index first when it lacks something. Returns the
    venv's python. Raises RuntimeError saying what failed."""
    subprocess.run([python, "-m", "venv", "--without-pip", str(folder)], check=True,
                   timeout=120)
    venv_python = folder / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    constraints = folder / "constraints.txt"
    constraints.write_text("\n".join(pins()) + "\n")
    wanted = f"{wheel}[{extras}]" if extras else str(wheel)
    pip = [sys.executable, "-m", "pip", "--python", str(venv_python)]
    install = [*pip, "install", "-q", "--no-index", "--find-links", str(wheelhouse),
               "-c", str(constraints), wanted]
    wheelhouse.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(install, capture_output=True, text=True, timeout=600)
    if done.returncode != 0:  # fill the wheelhouse once, then offline again
        fetched = subprocess.run(
            [sys.executable, "-m", "pip", "download", "-q", "-d", str(wheelhouse),
             "--only-binary", ":all:", "-c", str(constraints), wanted],
            capture_output=True, text=True, timeout=900)
        if fetched.returncode != 0:
            raise RuntimeError("the wheels Isohold needs are not in build/wheelhouse and "
                               f"could not be downloaded:\n{fetched.stderr[-2000:]}")
        done = subprocess.run(install, capture_output=True, text=True, timeout=600)
        if done.returncode != 0:
            raise RuntimeError(f"pip could not install {wheel.name}:\n{done.stderr[-3000:]}")
    return venv_python


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--test-sdist", action="store_true",
                        help="install the wheel in a fresh venv and run the sdist's tests")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="isohold-build-") as work:
        started = time.monotonic()
        sdist, wheel, unpacked = build(args.out.resolve(), Path(work))
        print(f"{sdist} ({sdist.stat().st_size / 1e6:.2f} MB)")
        print(f"{wheel} ({wheel.stat().st_size / 1e6:.2f} MB)")
        print(f"built in {time.monotonic() - started:.1f} s")
        if not args.test_sdist:
            return 0
        extras = "test,simpleaudio" if Path("/usr/include/alsa/asoundlib.h").exists() else "test"
        python = fresh_venv(Path(work) / "venv", wheel, extras)
        print(f"installed in a fresh venv; the sdist's tests, from {unpacked}:")
        return subprocess.run([str(python), "-m", "pytest", "-q", "-p", "no:cacheprovider"],
                              cwd=unpacked, env=dict(os.environ, QT_QPA_PLATFORM="offscreen")
                              ).returncode


if __name__ == "__main__":
    sys.exit(main())
