"""How late do phase boundaries fire, and how far does a session drift from the wall clock?

Runs one timeline of timed phases (at least five minutes of session time; `--speed` shortens
the wait) through two drivers in the same Qt event loop, side by side:

- Isohold's SessionRunner: a monotonic deadline per phase, a precise single-shot timer for the
  next deadline, a coarse 50 ms timer that only repaints.
- A tick counter, as many timer apps do it: a 100 ms QTimer whose every timeout takes 0.1 s
  off the phase's remaining time.

Both get the same "repaint" work on every tick (`--paint-ms` of busy CPU), and a second
process keeps the other core busy. Lateness is measured in real milliseconds against each
phase boundary's true deadline (start of run + planned offset / speed).

    .venv/bin/python benchmarks/timing.py            # ~5 min of session at speed 1
    .venv/bin/python benchmarks/timing.py --speed 5  # the same phases in about a minute
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import statistics
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QTimer  # noqa: E402

from isohold.core.clock import SystemClock  # noqa: E402
from isohold.core.phases import PhaseKind  # noqa: E402
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides  # noqa: E402
from isohold.core.timeline import Timeline, compile_timeline  # noqa: E402
from isohold.session.runner import SessionRunner  # noqa: E402


def timed_timeline(minimum_s: float) -> Timeline:
    """Isometric holds and a cadence-paced set, repeated to at least `minimum_s` of phases."""
    wall = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend",
                 reps=Range.fixed(8), hold_s=Range.fixed(10), reset_s=Range.fixed(5),
                 rest_s=Range.fixed(60), sets=Range.fixed(1))
    press = Drill("press", "Sprinter press", DrillKind.HOLD, Sides.ALTERNATE, "Drive",
                  reps=Range.fixed(8), hold_s=Range.fixed(8), switch_s=Range.fixed(5))
    jumps = Drill("jumps", "Forefoot jumps", DrillKind.PACED, Sides.BOTH, "Block",
                  reps=Range.fixed(8), sets=Range.fixed(3), cadence_s=3.0,
                  rest_s=Range.fixed(60))
    drills: tuple[Drill, ...] = ()
    while True:
        drills += (wall, press, jumps)
        timeline = compile_timeline(SessionPlan(Routine("bench", "Bench", "", drills, 10, 20)))
        if timeline.estimated_s >= minimum_s:
            return timeline


def burn(stop_at: float) -> None:
    while time.monotonic() < stop_at:
        sum(i * i for i in range(10_000))


def paint(ms: float) -> None:
    until = time.perf_counter() + ms / 1000
    while time.perf_counter() < until:
        pass


class TickCounter:
    """The usual timer-app loop: a 100 ms timer, and 0.1 s off the phase for every timeout."""

    def __init__(self, timeline: Timeline, speed: float, paint_ms: float, t0: float) -> None:
        self.timeline, self.speed, self.paint_ms, self.t0 = timeline, speed, paint_ms, t0
        self.index = 0
        self.left = timeline[0].duration_s or 0.0
        self.late_ms: list[float] = []
        self.end_error_ms: float | None = None
        self.timer = QTimer(interval=100)
        self.timer.timeout.connect(self.tick)

    def start(self) -> None:
        self.timer.start()

    def tick(self) -> None:
        self.left -= 0.1 * self.speed
        while self.left <= 1e-9:
            self.index += 1
            phase = self.timeline[self.index]
            real_deadline = self.t0 + phase.planned_start_s / self.speed
            error = (time.monotonic() - real_deadline) * 1000
            self.late_ms.append(error)
            if phase.kind is PhaseKind.DONE:
                self.end_error_ms = error
                self.timer.stop()
                return
            self.left += phase.duration_s or 0.0
        paint(self.paint_ms)


def summarise(name: str, late_ms: list[float], end_error_ms: float) -> str:
    ordered = sorted(late_ms)
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))]
    early = sum(1 for value in ordered if value < 0)
    return (f"{name:<26} {len(ordered):>6} {statistics.median(ordered):>9.2f} {p99:>9.2f} "
            f"{max(ordered):>9.2f} {min(ordered):>9.2f} {early:>6} {end_error_ms:>11.2f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--speed", type=float, default=1.0)
    parser.add_argument("--minutes", type=float, default=5.0, help="session minutes, at least")
    parser.add_argument("--paint-ms", type=float, default=4.0, help="busy work per repaint")
    parser.add_argument("--no-load", action="store_true", help="leave the other core idle")
    args = parser.parse_args()

    app = QCoreApplication(sys.argv[:1])
    timeline = timed_timeline(args.minutes * 60)
    real_s = timeline.estimated_s / args.speed
    print(f"{len(timeline)} phases, {timeline.estimated_s / 60:.1f} session minutes at speed "
          f"{args.speed:g}: {real_s:.0f} s of real time; paint {args.paint_ms} ms per tick; "
          f"other core {'idle' if args.no_load else 'busy'}", flush=True)

    load = None
    if not args.no_load:
        load = multiprocessing.Process(target=burn, args=(time.monotonic() + real_s + 30,),
                                       daemon=True)
        load.start()

    clock = SystemClock(args.speed)
    runner = SessionRunner(timeline, clock)
    runner_late_ms: list[float] = []
    runner_end: list[float] = []
    t0: list[float] = []

    def on_phase(phase, _following) -> None:
        if phase.index == 0:
            # The real moment the session started, read back from the runner's own clock.
            t0.append(time.monotonic() - clock.to_real(runner.elapsed()))
            ticks.t0 = t0[0]
            ticks.start()
            return
        real_deadline = t0[0] + phase.planned_start_s / args.speed
        error = (time.monotonic() - real_deadline) * 1000
        runner_late_ms.append(error)
        if phase.kind is PhaseKind.DONE:
            runner_end.append(error)

    ticks = TickCounter(timeline, args.speed, args.paint_ms, 0.0)
    runner.phase_started.connect(on_phase)
    runner.time_changed.connect(lambda *_values: paint(args.paint_ms))
    done = {"runner": False}

    def finished() -> None:
        done["runner"] = True

    runner.session_finished.connect(finished)
    watchdog = QTimer(interval=200)
    watchdog.timeout.connect(lambda: app.quit() if done["runner"] and ticks.end_error_ms
                             is not None else None)
    watchdog.start()
    runner.start()
    app.exec()
    if load is not None:
        load.terminate()

    print(f"\n{'driver':<26} {'bounds':>6} {'p50 ms':>9} {'p99 ms':>9} {'max ms':>9} "
          f"{'min ms':>9} {'early':>6} {'end drift':>11}")
    print(summarise("SessionRunner (deadlines)", runner_late_ms, runner_end[0]))
    print(summarise("tick counter (100 ms)", ticks.late_ms, ticks.end_error_ms))
    runner_p99 = sorted(runner_late_ms)[int(len(runner_late_ms) * 0.99)]
    tick_p99 = sorted(map(abs, ticks.late_ms))[int(len(ticks.late_ms) * 0.99)]
    print(f"\n|p99| ratio tick counter / runner: {tick_p99 / max(runner_p99, 1e-3):.1f}x; "
          f"end drift ratio: {abs(ticks.end_error_ms) / max(abs(runner_end[0]), 1e-3):.0f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
