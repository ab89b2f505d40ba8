"""How soon after its deadline does a cue's play call return, for each audio output?

Runs a whole built-in routine at speed through SessionRunner with a SystemClock(speed) and a
CuePlayer, once per output, side by side:

- simpleaudio into an ALSA file PCM (ALSA_CONFIG_PATH: every frame goes to /dev/null through
  ALSA's `file` plugin, so the ALSA path is real but no sound card is needed);
- Qt Multimedia's QSoundEffect on a private PulseAudio server with a null sink (when the
  `pulseaudio` binary is there);
- silent (what the player itself costs).

For every clip played it records, in real time: from the cue's deadline (less the output's
lead time, which the runner takes as lead_s) to the play call returning, and the play call
alone. Each output runs in its own process (ALSA reads its configuration once per process).
User-paced sets without a cadence are called done after their estimate.

    .venv/bin/python benchmarks/cues.py                      # iso-holds at speed 20
    .venv/bin/python benchmarks/cues.py --routine full --speed 40
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUTPUTS = ("simpleaudio", "qt", "silent")


# -- the child: one output, one routine -----------------------------------------------------
def child(kind: str, routine_id: str, speed: float) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from isohold.audio.player import CuePlayer
    from isohold.core.clock import SystemClock
    from isohold.core.loader import load_routines
    from isohold.core.phases import PhaseKind
    from isohold.core.routines import SessionPlan
    from isohold.core.session import CueDue, PhaseStarted
    from isohold.core.timeline import compile_timeline
    from isohold.core.history.store import HistoryStore
    from isohold.session.recorder import HistoryRecorder
    from isohold.session.runner import SessionRunner
    from isohold.ui.session.view import SessionView

    app = QApplication([])
    player = CuePlayer(order=(kind,))
    if player.output.kind != kind:
        return {"output": kind, "skipped": player.off_reason or "could not open"}
    if kind == "qt":  # the effects load asynchronously: wait for them before the clock starts
        end = time.monotonic() + 10
        while time.monotonic() < end and not all(
                effect.isLoaded() for effect in player.output._effects.values()):
            QCoreApplication.processEvents()
    routine = load_routines().routine(routine_id)
    timeline = compile_timeline(SessionPlan(routine))
    clock = SystemClock(speed)
    runner = SessionRunner(timeline, clock, lead_s=player.latency_s)
    # As in the app: the screen and the history listen to the same runner.
    view = SessionView(runner)
    view.resize(1366, 768)
    view.show()
    plan = SessionPlan(routine)
    recorder = HistoryRecorder(runner, HistoryStore(), plan, timeline)  # noqa: F841 (kept alive)

    deadlines: list[float] = []  # monotonic time each cue was due, in emission order
    noticed: list[float] = []  # how late the runner noticed it, real ms
    by_athlete: list[bool] = []  # due because the athlete pressed "set done", not a deadline
    mono0 = time.monotonic() - clock.now() / speed  # SystemClock's zero, in monotonic time

    started_by_athlete: set[int] = set()  # phases begun by "set done" rather than a deadline

    pressing = [False]  # the athlete's key is being handled (a set counted out)

    # Every step of the session reaches the listeners through the runner's _apply(): watch
    # it, and tell a step made by the athlete's key from one made by the clock.
    original_apply = runner._apply

    def watched_apply(step, *args, **kwargs):
        now = clock.now()
        pressed = pressing[0]
        for event in step.events:
            if pressed and isinstance(event, PhaseStarted):
                started_by_athlete.add(event.phase.index)
            if isinstance(event, CueDue):
                deadlines.append(mono0 + (now - event.late_s) / speed)
                noticed.append(event.late_s / speed * 1000)
                by_athlete.append(pressed or (event.cue.at_s == 0.0 and
                                              event.phase.index in started_by_athlete))
        return original_apply(step, *args, **kwargs)

    runner._apply = watched_apply

    late_ms: list[float] = []
    noticed_ms: list[float] = []
    call_ms: list[float] = []
    original = player.play_now

    pressed_ms: list[float] = []
    worst: list = [0.0]  # the latest clip: ms, its cues, the phase it played in

    def play_now(names):
        due = min(deadlines[:len(names)])
        pressed = any(by_athlete[:len(names)])
        if not pressed:
            noticed_ms.append(max(noticed[:len(names)]))
        del deadlines[:len(names)], noticed[:len(names)], by_athlete[:len(names)]
        called = time.monotonic()
        original(names)
        returned = time.monotonic()
        # A set ended by the athlete's key has no deadline to start its cues early for:
        # those clips are counted apart (late by the output's lead, by nature).
        (pressed_ms if pressed else late_ms).append((returned - due) * 1000)
        if not pressed and late_ms[-1] > worst[0]:
            worst[:] = [late_ms[-1], list(names), runner.phase.index, runner.phase.kind.value]
        call_ms.append((returned - called) * 1000)

    player.play_now = play_now
    player.follow(runner)  # after the wrapper is in place: follow() connects play_now

    def count_out() -> None:  # the athlete presses Next once a rep; the last ends the set
        pressing[0] = True
        try:
            for _ in range(runner.phase.target_reps - runner.reps_counted):
                runner.next()
        finally:
            pressing[0] = False

    def on_phase(phase, _following):
        if phase.kind is PhaseKind.SET and phase.duration_s is None:
            QTimer.singleShot(round(phase.estimate_s / speed * 1000), count_out)

    runner.phase_started.connect(on_phase)
    # Quit after the player's queued flush has played the cues that close the session.
    runner.session_finished.connect(lambda: QTimer.singleShot(50, app.quit))
    started = time.monotonic()
    runner.start()
    app.exec()
    return {"output": player.backend_name, "clips": len(late_ms), "late_ms": late_ms,
            "pressed_ms": pressed_ms, "worst": worst,
            "call_ms": call_ms, "noticed_ms": noticed_ms, "real_s": time.monotonic() - started,
            "session_s": timeline.estimated_s, "lost": len(deadlines),
            "lost_at_s": [round((d - mono0) * speed, 3) for d in deadlines]}


# -- the parent: every output side by side --------------------------------------------------
def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def run(kind: str, args, env: dict) -> dict:
    command = [sys.executable, __file__, "--child", kind, "--routine", args.routine,
               "--speed", str(args.speed)]
    result = subprocess.run(command, cwd=ROOT, env=env, capture_output=True, text=True,
                            timeout=3600)
    if result.returncode != 0:
        return {"output": kind, "skipped": result.stderr.strip().splitlines()[-1]}
    return json.loads(result.stdout.strip().splitlines()[-1])


def environments(tmp: Path) -> tuple[dict, dict, list]:
    """(env for simpleaudio, env for Qt, what to stop afterwards)."""
    base = dict(os.environ, QT_QPA_PLATFORM="offscreen", ISOHOLD_AUDIO="",
                ISOHOLD_CONFIG_DIR=str(tmp / "config"), ISOHOLD_DATA_DIR=str(tmp / "data"))
    alsa = tmp / "asound.conf"
    alsa.write_text('pcm.!default { type file slave.pcm "null" file "/dev/null" format "raw" }\n'
                    'pcm.null { type null }\n')
    simpleaudio_env = dict(base, ALSA_CONFIG_PATH=str(alsa))
    runtime = tmp / "run"
    runtime.mkdir(mode=0o700)
    qt_env = dict(base, XDG_RUNTIME_DIR=str(runtime), HOME=str(tmp))
    qt_env.pop("PULSE_SERVER", None)
    stops = []
    if shutil.which("pulseaudio"):
        started = subprocess.run(
            ["pulseaudio", "--start", "-n", "--exit-idle-time=-1",
             "--load=module-null-sink sink_name=isohold_null",
             "--load=module-native-protocol-unix"], env=qt_env, capture_output=True)
        if started.returncode == 0:
            stops.append((["pulseaudio", "--kill"], qt_env))
    return simpleaudio_env, qt_env, stops


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--routine", default="iso-holds")
    parser.add_argument("--speed", type=float, default=20.0)
    parser.add_argument("--child", choices=OUTPUTS, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        print(json.dumps(child(args.child, args.routine, args.speed)))
        return 0

    with tempfile.TemporaryDirectory(prefix="isohold-cues-") as folder:
        simpleaudio_env, qt_env, stops = environments(Path(folder))
        envs = {"simpleaudio": simpleaudio_env, "qt": qt_env, "silent": simpleaudio_env}
        try:
            results = [run(kind, args, envs[kind]) for kind in OUTPUTS]
        finally:
            for command, env in stops:
                subprocess.run(command, env=env, capture_output=True)

    print(f"routine {args.routine} at speed {args.speed:g}; "
          f"ms from cue deadline to play() returned | ms in the play() call | "
          f"ms from deadline to the runner noticing (its part)")
    print(f"{'output':20} {'clips':>5} {'p50':>6} {'p99':>6} {'max':>6} | "
          f"{'p50':>6} {'p99':>6} {'max':>6} | {'p50':>6} {'p99':>6} {'max':>6}  lost")
    for result in results:
        if "skipped" in result:
            print(f"{result['output']:20} skipped: {result['skipped']}")
            continue
        row = [f"{result['output']:20} {result['clips']:>5}"]
        for values in (result["late_ms"], result["call_ms"], result["noticed_ms"]):
            row.append(f"{statistics.median(values):6.3f} {percentile(values, 99):6.3f} "
                       f"{max(values):6.3f}")
        print(row[0] + " " + " | ".join(row[1:]) + f"  {result['lost']}")
        print(f"{'':20}   latest clip: {result['worst']}")
        if result["pressed_ms"]:
            print(f"{'':20} + {len(result['pressed_ms'])} clips after 'set done' (no deadline "
                  f"to lead): {', '.join(f'{v:.1f}' for v in result['pressed_ms'])} ms")
    measured = [r for r in results if "skipped" not in r]
    silent = next((r for r in measured if r["output"] == "silent"), None)
    if silent:
        base = percentile(silent["late_ms"], 99)
        for result in measured:
            if result is not silent:
                print(f"{result['output']}: p99 {percentile(result['late_ms'], 99) / base:.1f}x "
                      f"the silent player's")
    return 0


if __name__ == "__main__":
    sys.exit(main())
