"""The one-folder bundle against the wheel installed in a venv: size on disk, and start-up to
the routine menu on screen, side by side in one run (issue 14: the bundle within 1.3x).

    .venv/bin/python benchmarks/bundle_startup.py [--runs 10] [--bundle dist/isohold]

The wheel is built from the sdist (tools/build_dist.py) and installed with pip into a fresh
venv, as an athlete's pipx does (pip compiles its bytecode); the bundle is what `make bundle`
made. Each run is a fresh process, the kinds alternating after a warm-up each; the clock stops
at the child's first paint of the menu (ISOHOLD_QUIT_WHEN_SHOWN=1, as benchmarks/startup.py),
on the offscreen platform at 1366x768, settings and data in a throwaway folder.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import statistics
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 1.3


def load(name: str, path: Path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def mib(folder: Path) -> float:
    return sum(f.stat().st_size for f in folder.rglob("*")
               if f.is_file() and not f.is_symlink()) / 2**20


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "isohold")
    args = parser.parse_args()
    startup = load("startup", ROOT / "benchmarks" / "startup.py")
    build_dist = load("build_dist", ROOT / "tools" / "build_dist.py")
    program = args.bundle / "isohold"
    if not program.is_file():
        raise SystemExit(f"no bundle at {program}: make bundle")

    scratch = Path(tempfile.mkdtemp(prefix="isohold-bundle-bench-"))
    sdist, wheel, _ = build_dist.build(scratch / "dist", scratch / "build")
    python = build_dist.fresh_venv(scratch / "venv", wheel)
    venv_site = next((scratch / "venv" / "lib").glob("python3*/site-packages"))
    print(f"wheel {wheel.stat().st_size / 2**20:.2f} MiB, sdist {sdist.stat().st_size / 2**20:.2f}"
          f" MiB; venv site-packages {mib(venv_site):.0f} MiB; bundle {mib(args.bundle):.0f} MiB"
          f" ({sum(1 for f in args.bundle.rglob('*') if f.is_file())} files)")

    screen = scratch / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1518,
                                               "height": 854, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               ISOHOLD_QUIT_WHEN_SHOWN="1", ISOHOLD_CONFIG_DIR=str(scratch / "config"),
               ISOHOLD_DATA_DIR=str(scratch / "data"))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    kinds = {"wheel in a venv": [str(python.with_name("isohold"))],
             "bundle": [str(program.resolve())]}
    results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    for command in kinds.values():
        startup.measure(command, env, Path("/"))
    for _ in range(args.runs):
        for kind, command in kinds.items():
            results[kind].append(startup.measure(command, env, Path("/")))

    print(f"{args.runs} runs each, alternating; medians (min-max)")
    print(f"{'':<18} {'to shown, s':>22} {'peak RSS, MiB':>22}")
    medians = {}
    for kind, runs in results.items():
        times, memory = [r[0] for r in runs], [r[1] for r in runs]
        medians[kind] = statistics.median(times), statistics.median(memory)
        print(f"{kind:<18} {medians[kind][0]:>8.3f} ({min(times):.3f}-{max(times):.3f})"
              f" {medians[kind][1]:>9.1f} ({min(memory):.1f}-{max(memory):.1f})")
    ratio = medians["bundle"][0] / medians["wheel in a venv"][0]
    print(f"bundle against the venv: time {ratio:.2f}x (target <= {TARGET}), memory "
          f"{medians['bundle'][1] / medians['wheel in a venv'][1]:.2f}x")
    return 0 if ratio <= TARGET else 1


if __name__ == "__main__":
    sys.exit(main())
