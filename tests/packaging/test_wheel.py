"""The wheel as an athlete installs it: the sdist built from a copy of the tree, the wheel
built from the sdist, installed with pip into a fresh venv (from build/wheelhouse, offline once
it is filled), and run from `/`: version, routines, a routine file checked, and the window
opened offscreen with its cues played (`--smoke-test`). Then some of the sdist's own tests run
against the installed wheel (`make test-sdist` runs all of them)."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tarfile
import time
import tomllib
import zipfile
from pathlib import Path

import pytest

from isohold import APP_ID, __version__

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("build_dist", ROOT / "tools" / "build_dist.py")
build_dist = importlib.util.module_from_spec(spec)
spec.loader.exec_module(build_dist)

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="the POSIX venv layout")
TIMES: dict[str, float] = {}


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    started = time.monotonic()
    work = tmp_path_factory.mktemp("build")
    sdist, wheel, unpacked = build_dist.build(work / "dist", work)
    TIMES["build"] = time.monotonic() - started
    return sdist, wheel, unpacked


@pytest.fixture(scope="module")
def venv(built, tmp_path_factory):
    started = time.monotonic()
    try:
        python = build_dist.fresh_venv(tmp_path_factory.mktemp("fresh") / "venv", built[1],
                                       extras="test")
    except RuntimeError as error:
        if "could not be downloaded" in str(error):
            pytest.skip(f"no wheels of the dependencies here and no index: {error}")
        raise
    TIMES["install"] = time.monotonic() - started
    return python


def wheel_names(wheel: Path) -> set[str]:
    with zipfile.ZipFile(wheel) as archive:
        return set(archive.namelist())


def test_the_wheel_is_the_isohold_package_with_every_resource_and_the_licence(built):
    names = wheel_names(built[1])
    assert {name.split("/")[0] for name in names} == {"isohold", f"isohold-{__version__}.dist-info"}
    for source in (ROOT / "app").rglob("*.py"):
        if "__pycache__" not in source.parts:
            assert "isohold/" + source.relative_to(ROOT / "app").as_posix() in names, source
    for source in (ROOT / "resources").rglob("*"):
        if source.is_file() and "__pycache__" not in source.parts:
            wanted = "isohold/resources/" + source.relative_to(ROOT / "resources").as_posix()
            assert wanted in names, f"{source} is not in the wheel: pyproject's package-data"
    assert f"isohold/resources/desktop/{APP_ID}.desktop" in names
    assert f"isohold-{__version__}.dist-info/licenses/LICENSE" in names
    with zipfile.ZipFile(built[1]) as archive:
        meta = archive.read(f"isohold-{__version__}.dist-info/METADATA").decode()
        entry_points = archive.read(f"isohold-{__version__}.dist-info/entry_points.txt").decode()
    assert "License-Expression: MIT" in meta and "Project-URL: Source" in meta
    assert "!=6.12.0" in meta
    assert "[console_scripts]\nisohold = isohold.__main__:main" in entry_points
    assert "[gui_scripts]\nisohold-gui = isohold.__main__:main" in entry_points


def test_every_package_of_app_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"][
        "packages"])
    folders = {"isohold" + "".join("." + part for part in folder.relative_to(ROOT / "app").parts)
               for folder in (ROOT / "app").rglob("*") if folder.is_dir()
               and folder.name != "__pycache__" and any(folder.glob("*.py"))}
    assert folders | {"isohold"} <= listed


def test_the_sdist_holds_every_file_of_the_project(built):
    sdist = built[0]
    with tarfile.open(sdist) as archive:
        names = {name.split("/", 1)[1] for name in archive.getnames() if "/" in name}
    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True)
    if tracked.returncode != 0:
        pytest.skip("not a git checkout: nothing to compare the sdist with")
    missing = [name for name in tracked.stdout.splitlines()
               if name not in names and name != ".gitignore" and (ROOT / name).exists()]
    assert missing == []
    for folder in ("tests", "tools", "docs", "resources", "benchmarks", ".ci"):
        assert any(name.startswith(folder + "/") for name in names), folder


def run(python: Path, *args: str, **env: str) -> subprocess.CompletedProcess:
    """The installed command, from `/`, as an athlete's shell would run it."""
    command = python.with_name("isohold")
    return subprocess.run([str(command), *args], cwd="/", capture_output=True, text=True,
                          timeout=120, env=dict(os.environ, **env))


def test_the_installed_wheel_runs_from_root(venv):
    where = subprocess.run([str(venv), "-c", "import isohold; print(isohold.__file__)"],
                           cwd="/", capture_output=True, text=True, check=True).stdout
    assert str(venv.parents[1]) in where and str(ROOT) not in where
    assert venv.with_name("isohold-gui").exists()

    version = run(venv, "--version")
    assert (version.returncode, version.stdout) == (0, f"isohold {__version__}\n")

    routines = run(venv, "--list-routines")
    assert routines.returncode == 0, routines.stderr
    assert [line.split()[0] for line in routines.stdout.splitlines()][:3] == [
        "iso-holds", "dynamic", "full"]

    shipped = where.strip().rsplit("/", 1)[0] + "/resources/drills.json"
    checked = run(venv, "--check", shipped)
    assert checked.returncode == 0 and checked.stdout.strip().endswith("drills.json: OK")


def test_the_installed_wheel_opens_its_window_offscreen(venv):
    started = time.monotonic()
    smoke = run(venv, "--smoke-test", QT_QPA_PLATFORM="offscreen")
    TIMES["smoke"] = time.monotonic() - started
    assert smoke.returncode == 0, smoke.stderr[-2000:]
    [line] = [line for line in smoke.stdout.splitlines() if line.startswith("smoke test:")]
    assert f"isohold {__version__}: window shown" in line
    assert "routines on the menu" in line and "Traceback" not in smoke.stderr


def test_the_sdists_tests_pass_against_the_installed_wheel(built, venv):
    unpacked = built[2]
    started = time.monotonic()
    done = subprocess.run(
        [str(venv), "-m", "pytest", "-q", "-p", "no:cacheprovider", "tests/test_cli.py",
         "tests/test_architecture.py", "tests/packaging/test_file_modes.py",
         "-k", "not fuzz and not fifty_broken"],  # the slow ones: make test-sdist runs all
        cwd=unpacked, capture_output=True, text=True, timeout=600,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    TIMES["sdist tests"] = time.monotonic() - started
    assert done.returncode == 0, done.stdout[-3000:]
    print("packaging times (s): " + ", ".join(f"{k} {v:.1f}" for k, v in TIMES.items()))
