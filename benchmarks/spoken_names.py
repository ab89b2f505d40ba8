"""How long the GUI thread is held while an athlete's own drills' names are spoken.

A session of six drills of the athlete's own (names of 2-6 words) is followed by the app's
CuePlayer (simpleaudio into an ALSA `null` device, so no sound card is needed); `follow()`
hands the names to the speech worker (espeak-ng, app/audio/names.py). Measured on the GUI
thread: how long `follow()` takes, how long each finished name takes to join the bank and the
output (`_name_ready`), both in wall time and in the thread's own CPU time (which a loaded
machine does not inflate), and how late a 1 ms precise timer fires while the worker runs,
against the same timer for 2 s with no worker (the worker's shaping is Python too: it shares
the GIL, handed over every `sys.getswitchinterval()`). Cold: an empty cache (every name
spoken); warm: the cache from the cold run.

    .venv/bin/python benchmarks/spoken_names.py [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAMES = ("Pogo hops", "Single leg calf raise", "Bent knee heel drops",
         "Seated soleus hold with a band", "Skater bounds", "Split squat isometric")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values) or [0.0]  # no tick at all: the names were ready at once
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    if shutil.which("espeak-ng") is None:
        raise SystemExit("espeak-ng is not installed")
    work = Path(tempfile.mkdtemp(prefix="isohold-names-"))
    alsa = work / "asound.conf"
    alsa.write_text("pcm.!default { type null }\n")
    os.environ.update(ALSA_CONFIG_PATH=str(alsa), QT_QPA_PLATFORM="offscreen",
                      ISOHOLD_CONFIG_DIR=str(work / "config"), ISOHOLD_DATA_DIR=str(work / "data"))

    from PySide6.QtCore import QCoreApplication, Qt, QTimer
    from PySide6.QtWidgets import QApplication

    from isohold.audio.player import CuePlayer
    from isohold.core.clock import FakeClock
    from isohold.core.cue_sounds import drill_sound
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import compile_timeline
    from isohold.session.runner import SessionRunner

    app = QApplication([])
    full = load_routines().routine("full")
    drills = tuple(drill._replace(id=f"my-{number}", name=name)
                   for number, (drill, name) in enumerate(zip(full.drills, NAMES)))
    own = full._replace(id="mine", drills=drills)

    def timer_lateness(seconds: float, while_=None) -> list[float]:
        """Lateness of a 1 ms precise timer's ticks (ms) over `seconds` or until `while_()`
        is false."""
        gaps, last = [], [time.perf_counter()]
        timer = QTimer(interval=1, timerType=Qt.TimerType.PreciseTimer)

        def tick():
            now = time.perf_counter()
            gaps.append(1000 * (now - last[0]) - 1.0)
            last[0] = now
        timer.timeout.connect(tick)
        timer.start()
        end = time.perf_counter() + seconds
        while time.perf_counter() < end and (while_ is None or while_()):
            QCoreApplication.processEvents()
        timer.stop()
        return gaps

    rows = []
    for round_ in range(args.rounds):
        for kind in ("cold", "warm"):
            cache = work / f"cache-{round_}"
            if kind == "cold":
                shutil.rmtree(cache, ignore_errors=True)
            os.environ["ISOHOLD_CACHE_DIR"] = str(cache)
            player = CuePlayer(order=("simpleaudio",))
            ready_ms, ready_cpu = [], []
            original = player._name_ready

            def timed_ready(drill_id, name, path, original=original, ready_ms=ready_ms,
                            ready_cpu=ready_cpu):
                started, cpu = time.perf_counter(), time.thread_time()
                original(drill_id, name, path)
                ready_ms.append(1000 * (time.perf_counter() - started))
                ready_cpu.append(1000 * (time.thread_time() - cpu))
            player.names.ready.disconnect(player._name_ready)
            player.names.ready.connect(timed_ready)
            baseline = timer_lateness(2.0)
            runner = SessionRunner(compile_timeline(SessionPlan(own)), FakeClock())
            started, cpu = time.perf_counter(), time.thread_time()
            player.follow(runner)
            follow_ms = 1000 * (time.perf_counter() - started)
            follow_cpu = 1000 * (time.thread_time() - cpu)
            wanted = {drill_sound(drill.id) for drill in drills}
            began = time.perf_counter()
            during = timer_lateness(30, lambda: not wanted <= set(player.bank.samples))
            during = during or [0.0]
            took = time.perf_counter() - began
            assert wanted <= set(player.bank.samples), "not every name was spoken"
            rows.append((kind, follow_ms, follow_cpu, max(ready_ms), max(ready_cpu), took,
                         percentile(baseline, 50), percentile(baseline, 99), max(baseline),
                         percentile(during, 50), percentile(during, 99), max(during)))
            player.close()
            runner.deleteLater()
    print(f"{len(drills)} names, {args.rounds} rounds, load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs; GIL switch interval {1000 * sys.getswitchinterval():g} ms; "
          f"GUI thread times in ms, worst of the rounds (wall / the thread's CPU)")
    print("cache | follow() | _name_ready | all names ready, s (median) | 1 ms timer late, no "
          "worker: p50 / p99 / max | worker running: p50 / p99 / max")
    for kind in ("cold", "warm"):
        mine = [row for row in rows if row[0] == kind]
        worst = [max(r[i] for r in mine) for i in range(1, len(mine[0]))]
        print(f"{kind} | {worst[0]:.2f} / {worst[1]:.2f} | {worst[2]:.2f} / {worst[3]:.2f} | "
              f"{statistics.median(r[5] for r in mine):.2f} | {worst[5]:.2f} / {worst[6]:.2f} / "
              f"{worst[7]:.2f} | {worst[8]:.2f} / {worst[9]:.2f} / {worst[10]:.2f}")
    app.quit()
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
