"""Start-up: time from launch to the routine menu on screen, and peak memory, against a bare
PySide6 window (import, QApplication, a window, show, quit) measured in the same run.

    .venv/bin/python benchmarks/startup.py [--runs 10] [--before DIR]

`--before DIR` adds a third kind to the same run: the Isohold in DIR (e.g. a `git worktree` of
an earlier commit), started the same way, so a change is read side by side with the tree
before it.

Each run is a fresh process, the two kinds alternating. The clock starts just before the
child is spawned and stops at the wall-clock moment the child prints from its first paint of
the window (Isohold: the menu, via ISOHOLD_QUIT_WHEN_SHOWN=1); the child then quits. Peak
memory is the child's ru_maxrss from wait4. Both run on the offscreen platform (this machine
has no screen), with settings and data in a throwaway folder. The offscreen screen is set to
1518x854, so that Isohold opens at 90% of it: 1366x768, the bare window's size.
Targets (issue 3): at most 1.25x the bare window's time, at most 1.3x its memory.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TIME_TARGET, MEMORY_TARGET = 1.25, 1.3

BARE = """
import time
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow
class Label(QLabel):
    def paintEvent(self, event):
        super().paintEvent(event)
        print(f"shown {time.time():.6f} {window.width()}x{window.height()}", flush=True)
        QApplication.quit()
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(Label("bare"))
window.resize(1366, 768)
window.show()
app.exec()
"""


def measure(command: list[str], env: dict[str, str], cwd: Path = ROOT) -> tuple[float, float]:
    """(seconds from spawn to first paint, peak RSS in MiB) of one child process, whose window
    must be 1366x768."""
    started = time.time()
    child = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                             text=True, cwd=cwd)
    output = child.stdout.read()
    _, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    shown = [line for line in output.splitlines() if line.startswith("shown ")]
    if child.returncode != 0 or not shown:
        raise SystemExit(f"{command}: exit {child.returncode}, output {output!r}")
    _, moment, size = shown[0].split()
    if size != "1366x768":
        raise SystemExit(f"{command}: the window is {size}, not 1366x768: not comparable")
    return float(moment) - started, usage.ru_maxrss / 1024  # Linux: KiB


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10, help="runs of each kind (default 10)")
    parser.add_argument("--before", type=Path, help="another Isohold tree to run side by side")
    args = parser.parse_args()
    scratch = tempfile.mkdtemp(prefix="isohold-startup-")
    screen = Path(scratch) / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "bench", "x": 0, "y": 0, "width": 1518,
                                               "height": 854, "logicalDpi": 96, "dpr": 1}]}))
    env = dict(os.environ, QT_QPA_PLATFORM=f"offscreen:configfile={screen}",
               ISOHOLD_QUIT_WHEN_SHOWN="1",
               ISOHOLD_CONFIG_DIR=str(Path(scratch) / "config"),
               ISOHOLD_DATA_DIR=str(Path(scratch) / "data"))
    # An installed app has its bytecode (pip compiles it), as PySide6 has: let the warm-up
    # runs write it even where the shell says not to.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    # `python -m app` from a tree's folder runs that tree's `app` (the folder comes first on
    # sys.path), whichever tree the venv was installed from.
    kinds = {"bare PySide6 window": ([sys.executable, "-c", BARE], ROOT),
             "Isohold menu": ([sys.executable, "-m", "isohold"], ROOT)}
    if args.before:
        kinds["Isohold before"] = ([sys.executable, "-m", "app"], args.before.resolve())
    results: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
    for kind, (command, cwd) in kinds.items():  # one warm-up each: disk caches, .pyc files
        measure(command, env, cwd)
    for _ in range(args.runs):
        for kind, (command, cwd) in kinds.items():
            results[kind].append(measure(command, env, cwd))

    print(f"{args.runs} runs each, alternating; medians (min-max)")
    print(f"{'':<20} {'to shown, s':>22} {'peak RSS, MiB':>22}")
    medians = {}
    for kind, runs in results.items():
        times, memory = [r[0] for r in runs], [r[1] for r in runs]
        medians[kind] = statistics.median(times), statistics.median(memory)
        print(f"{kind:<20} {medians[kind][0]:>8.3f} ({min(times):.3f}-{max(times):.3f})"
              f" {medians[kind][1]:>9.1f} ({min(memory):.1f}-{max(memory):.1f})")
    bare, app = medians["bare PySide6 window"], medians["Isohold menu"]
    time_ratio, memory_ratio = app[0] / bare[0], app[1] / bare[1]
    print(f"ratio: time {time_ratio:.2f}x (target <= {TIME_TARGET}), "
          f"memory {memory_ratio:.2f}x (target <= {MEMORY_TARGET})")
    if args.before:
        before = medians["Isohold before"]
        print(f"before: time {before[0] / bare[0]:.2f}x, memory {before[1] / bare[1]:.2f}x a bare "
              f"window; now against before: time {app[0] / before[0]:.2f}x")
    met = time_ratio <= TIME_TARGET and memory_ratio <= MEMORY_TARGET
    print("targets met" if met else "targets NOT met")
    return 0 if met else 1


if __name__ == "__main__":
    raise SystemExit(main())
