"""When is each cue heard? Cue onsets recorded at a PulseAudio null sink, against their deadlines.

`benchmarks/cues.py` measures when play() returns; this measures when the sound comes out. It
starts a private PulseAudio server (its own runtime folder, one null sink, no real device),
records the sink's monitor with `parec` for the whole run, and runs real sessions through it,
one after the other, each in a fresh process built as the main window builds one
(`MainWindow.start_session` / `_connect_session`): the app's own SessionRunner on the system
clock at speed 1, the CuePlayer following it, a SessionView on screen (offscreen) and the
HistoryRecorder writing to a temporary history. For each output (Qt Multimedia, and simpleaudio
through ALSA's pulse plugin) it runs the session twice: with the lead the player takes from the
output (`CuePlayer.latency_s`, as the app does, kept up to date as the output learns it) and with
no lead at all. The recording asks for 2 ms of latency (`parec --latency-msec=2`), which keeps
the null sink rendering in small blocks (its reported latency ~1 ms).

Each clip's onset is found in the recording by fitting the first 15 ms of its first sound
(`audioop.findfit`, least squares) around where it is due. Sample positions are mapped to
CLOCK_MONOTONIC (the clock the runner's deadlines are on) by the recording itself: parec's reads
are stamped with time.monotonic(), the sink's true rate is the slope of frames against those
stamps over the whole run (the null sink's clock drifts from CLOCK_MONOTONIC, by ~+195 ppm on
this machine), and the lower edge of the arrival times (the reads least delayed) fixes the
offset; the sink renders ahead of its clock by its latency, which `pactl` reports and which is
added. The error of a cue is onset minus deadline: positive is late.

    .venv/bin/python benchmarks/acoustic.py                     # 3 minutes per session
    .venv/bin/python benchmarks/acoustic.py --minutes 1 --output qt
    .venv/bin/python benchmarks/acoustic.py --own               # the drills as the athlete's own

With `--own` the routine's drills are the athlete's own (ids and names of their own), so the
player has espeak-ng speak their names when it follows the session, each session from an
empty cache: the speech worker runs while the first cues play, and the names' clips are found
in the recording like the shipped sounds.
"""

from __future__ import annotations

import argparse
import array
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
RATE = 44100
SINK = "isohold_null"
OUTPUTS = ("qt", "simpleaudio")
TEMPLATE_S = 0.015  # the stretch of a clip's first sound that is fitted to the recording
SEARCH_S = (-0.25, 0.35)  # where a clip's onset is looked for, around its deadline


# -- the child: one session, one output, one lead -------------------------------------------
def child(kind: str, lead: str, minutes: float, routine_id: str, own: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtWidgets import QApplication

    from isohold.audio.player import CuePlayer
    from isohold.core.clock import SystemClock
    from isohold.core.cue_sounds import clip_for
    from isohold.core.history.store import HistoryStore
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.session import CueDue
    from isohold.core.timeline import compile_timeline
    from isohold.session.recorder import HistoryRecorder
    from isohold.session.runner import SessionRunner
    from isohold.ui.session.view import SessionView

    app = QApplication([])
    player = CuePlayer(order=(kind,))
    if player.output.kind != kind:
        return {"skipped": player.off_reason or "could not open"}
    if kind == "qt":  # the effects load asynchronously: as the app, which loads them at start-up
        end = time.monotonic() + 10
        while time.monotonic() < end and not all(
                effect.isLoaded() for effect in player.output._effects.values()):
            QCoreApplication.processEvents()
    lead_s = float(player.latency_s) if lead == "reported" else 0.0
    if lead != "reported" and hasattr(player.output, "latency_changed"):
        player.output.latency_changed.disconnect()  # the same player, its lead held at 0

    routine = load_routines().routine(routine_id)
    if own:  # the same drills as the athlete's own: no shipped clip says their names
        routine = routine._replace(id="my-" + routine.id, drills=tuple(
            drill._replace(id="my-" + drill.id, name="My " + drill.name)
            for drill in routine.drills))
    plan = SessionPlan(routine)
    timeline = compile_timeline(plan)
    clock = SystemClock(1.0)
    # Built as MainWindow.start_session and _connect_session build a session.
    runner = SessionRunner(timeline, clock, lead_s=lead_s)
    view = SessionView(runner, muted=player.muted)
    player.muted_changed.connect(view.set_muted)  # player.follow(runner): below, once wrapped
    recorder = HistoryRecorder(runner, HistoryStore(), plan, timeline, parent=runner)
    view.resize(1366, 768)
    view.show()

    # The moment each cue is meant to be heard, in CLOCK_MONOTONIC seconds: its place in the
    # phase (the runner fires it lead_s early, and says how late it noticed that).
    mono0 = clock._mono0
    due: list[float] = []
    original_apply = runner._apply

    def watched_apply(step, *args, **kwargs):
        now = clock.now()
        for event in step.events:
            if isinstance(event, CueDue):
                due.append(mono0 + (now - event.late_s + runner.lead_s) / clock.speed)
        return original_apply(step, *args, **kwargs)

    runner._apply = watched_apply

    clips: list[dict] = []
    original_play = player.play_now

    def play_now(names):
        deadline = min(due[:len(names)])
        del due[:len(names)]
        called = time.monotonic()
        original_play(names)
        returned = time.monotonic()
        sounds = clip_for(names, player.mode, player.bank.samples)
        if sounds:
            clips.append({"due": deadline, "called": called, "returned": returned,
                          "lead": runner.lead_s / clock.speed,
                          "cues": list(names), "sounds": list(sounds)})

    player.play_now = play_now
    player.follow(runner)  # after the wrapper is in place: follow() connects play_now

    runner.session_finished.connect(lambda: QTimer.singleShot(1500, app.quit))
    runner.session_stopped.connect(lambda: QTimer.singleShot(1500, app.quit))
    QTimer.singleShot(round(minutes * 60_000), runner.stop)
    runner.start()
    app.exec()
    del recorder
    # the output may learn its latency as it plays (the player then moves the runner's lead)
    spoken = {name: _template(samples) for name, samples in player.bank.samples.items()
              if name.startswith("voice_drill_my_")}  # the names the engine made
    return {"output": player.backend_name, "reported_s": player.latency_s,
            "lead_s": runner.lead_s / clock.speed,
            "clips": clips, "lost": len(due), "spoken": spoken}


# -- the parent: PulseAudio, the recording, the sessions, the onsets -----------------------
class Recording:
    """parec on the sink's monitor: the samples, and when each read of them arrived."""

    def __init__(self, env: dict) -> None:
        self.process = subprocess.Popen(
            ["parec", "-d", f"{SINK}.monitor", "--raw", "--format=s16le", f"--rate={RATE}",
             "--channels=1", "--latency-msec=2"], env=env, stdout=subprocess.PIPE)
        self.data = bytearray()
        self.arrivals: list[tuple[float, int]] = []  # (monotonic time, frames so far)
        self.thread = threading.Thread(target=self._read, daemon=True)
        self.thread.start()

    def _read(self) -> None:
        fd = self.process.stdout.fileno()
        while True:
            chunk = os.read(fd, 65536)
            now = time.monotonic()
            if not chunk:
                return
            self.data += chunk
            self.arrivals.append((now, len(self.data) // 2))

    def stop(self) -> array.array:
        self.process.terminate()
        self.process.wait(10)
        self.thread.join(10)
        samples = array.array("h")
        samples.frombytes(bytes(self.data[:len(self.data) // 2 * 2]))
        return samples


class Mapping:
    """Sample position -> CLOCK_MONOTONIC, from parec's stamped reads (see the docstring)."""

    def __init__(self, arrivals: list[tuple[float, int]], sink_latency_s: float) -> None:
        points = [(t, n) for t, n in arrivals if n > RATE]  # past the first second's settling
        rate = _slope(points)
        # The lower edge: in each stretch, the read that came soonest after its frames.
        stretch = max(1, len(points) // 40)
        edge = [min(points[i:i + stretch], key=lambda p: p[0] - p[1] / rate)
                for i in range(0, len(points), stretch)]
        self.rate = _slope(edge)
        self.offset = min(t - n / self.rate for t, n in edge)
        self.sink_latency_s = sink_latency_s
        self.spread_ms = 1000 * max(t - n / self.rate - self.offset for t, n in edge)

    def time_of(self, frame: float) -> float:
        return self.offset + frame / self.rate + self.sink_latency_s

    def frame_at(self, mono: float) -> float:
        return (mono - self.sink_latency_s - self.offset) * self.rate


def _slope(points: list[tuple[float, int]]) -> float:
    mean_t = statistics.fmean(t for t, _ in points)
    mean_n = statistics.fmean(n for _, n in points)
    return (sum((t - mean_t) * (n - mean_n) for t, n in points) /
            sum((t - mean_t) ** 2 for t, _ in points))


def _template(samples) -> tuple[str, int]:
    """A sound's first TEMPLATE_S from its first sound sample (hex), and where that sample is."""
    start = next(i for i, value in enumerate(samples) if abs(value) > 0)
    return samples[start:start + round(TEMPLATE_S * RATE)].tobytes().hex(), start


def templates() -> dict[str, tuple[bytes, int]]:
    """Each shipped sound's first TEMPLATE_S from its first sound sample, and where that is."""
    from isohold.audio.bank import SoundBank

    return {name: (bytes.fromhex(data), start) for name, (data, start) in
            ((name, _template(samples)) for name, samples in SoundBank().samples.items())}


def onsets(samples: array.array, mapping: Mapping, clips: list[dict], shapes) -> list[dict]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import audioop  # in the standard library up to Python 3.12
    found = []
    for clip in clips:
        template, start = shapes[clip["sounds"][0]]
        low = max(0, round(mapping.frame_at(clip["due"] + SEARCH_S[0])))
        high = min(len(samples), round(mapping.frame_at(clip["due"] + SEARCH_S[1])))
        if high - low <= len(template) // 2:
            found.append(dict(clip, error_ms=None, why="not recorded"))
            continue
        # findfit divides by the energy under the template: a digitally silent start would
        # make it 0/0, so the window is lifted by one step (nothing next to a cue's level).
        window = audioop.bias(samples[low:high].tobytes(), 2, 1)
        offset, factor = audioop.findfit(window, template)
        fitted = audioop.bias(window[2 * offset:2 * offset + len(template)], 2, -1)
        residual = audioop.rms(audioop.add(fitted, audioop.mul(template, 2, -factor), 2), 2)
        quality = residual / max(1, audioop.rms(audioop.mul(template, 2, factor), 2))
        if not 0.2 < factor < 2 or quality > 0.3:
            found.append(dict(clip, error_ms=None, why=f"no fit (factor {factor:.2f}, "
                                                         f"residual {quality:.2f})"))
            continue
        heard = mapping.time_of(low + offset - start)
        found.append(dict(clip, error_ms=1000 * (heard - clip["due"]), factor=factor,
                          residual=quality, heard=heard))
    return found


def sink_latency_s(env: dict) -> float | None:
    """The null sink's latency as PulseAudio reports it (how far it renders ahead)."""
    listed = subprocess.run(["pactl", "list", "sinks"], env=env, capture_output=True,
                            text=True).stdout
    for line in listed.splitlines():
        line = line.strip()
        if line.startswith("Latency:"):
            return int(line.split()[1]) / 1e6
    return None


def start_pulse(folder: Path) -> tuple[subprocess.Popen, dict]:
    runtime = folder / "pulse"
    runtime.mkdir(mode=0o700)
    env = dict(os.environ, PULSE_RUNTIME_PATH=str(runtime), XDG_RUNTIME_DIR=str(runtime),
               HOME=str(folder), PULSE_SERVER=f"unix:{runtime}/native",
               QT_QPA_PLATFORM="offscreen", ISOHOLD_AUDIO="",
               ISOHOLD_CONFIG_DIR=str(folder / "config"), ISOHOLD_DATA_DIR=str(folder / "data"))
    alsa = folder / "asound.conf"  # ALSA's default device is the private server
    alsa.write_text('pcm.!default { type pulse }\nctl.!default { type pulse }\n')
    env["ALSA_CONFIG_PATH"] = str(alsa)
    server = subprocess.Popen(
        ["pulseaudio", "-n", "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no",
         "--log-target=stderr", "--log-level=error", "--system=no",
         "-L", f"module-null-sink sink_name={SINK} rate={RATE} channels=1 format=s16le",
         "-L", f"module-native-protocol-unix socket={runtime}/native"], env=env, stderr=subprocess.PIPE)
    for _ in range(100):
        if subprocess.run(["pactl", "info"], env=env, capture_output=True).returncode == 0:
            subprocess.run(["pactl", "set-default-sink", SINK], env=env, capture_output=True)
            return server, env
        if server.poll() is not None:
            raise SystemExit(f"pulseaudio did not start: {server.stderr.read().decode()[-500:]}")
        time.sleep(0.1)
    server.terminate()
    raise SystemExit("pulseaudio did not answer within 10 s")


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(p / 100 * len(ordered) + 0.5) - 1))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=3.0, help="of each session (3)")
    parser.add_argument("--output", choices=OUTPUTS, action="append",
                        help="only this output (may be given twice); default both")
    parser.add_argument("--routine", default="iso-holds")
    parser.add_argument("--own", action="store_true",
                        help="the routine's drills as the athlete's own: names spoken by espeak-ng")
    parser.add_argument("--json", type=Path, help="write every clip's figures here")
    parser.add_argument("--raw", type=Path, help="keep the recording here (s16le mono 44.1 kHz)")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, lead = args.child
        print(json.dumps(child(kind, lead, args.minutes, args.routine, args.own)))
        return 0
    for tool in ("pulseaudio", "parec", "pactl"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} is not installed (tools/bootstrap.sh installs it)")

    runs = [(kind, lead) for kind in (args.output or OUTPUTS) for lead in ("reported", "none")]
    results = []
    with tempfile.TemporaryDirectory(prefix="isohold-acoustic-") as name:
        server, env = start_pulse(Path(name))
        try:
            recording = Recording(env)
            time.sleep(2)
            latencies = []
            for kind, lead in runs:
                print(f"session: {kind}, lead {lead}, {args.minutes:g} min ...", flush=True)
                process = subprocess.Popen(
                    [sys.executable, __file__, "--child", kind, lead,
                     "--minutes", str(args.minutes), "--routine", args.routine,
                     *(["--own"] if args.own else [])], cwd=ROOT,
                    env=dict(env, ISOHOLD_CACHE_DIR=str(Path(name) / f"cache-{kind}-{lead}")),
                    stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                while process.poll() is None:
                    latency = sink_latency_s(env)
                    if latency is not None:
                        latencies.append(latency)
                    time.sleep(1)
                out, err = process.communicate()
                if process.returncode != 0:
                    results.append({"kind": kind, "lead": lead,
                                    "skipped": (err.strip().splitlines() or ["?"])[-1]})
                    continue
                results.append(dict(json.loads(out.strip().splitlines()[-1]), kind=kind,
                                    lead=lead))
                time.sleep(1)
            samples = recording.stop()
            arrivals = recording.arrivals
        finally:
            server.terminate()
            server.wait(10)

    if args.raw:
        args.raw.write_bytes(samples.tobytes())
    latency = statistics.median(latencies) if latencies else 0.0
    mapping = Mapping(arrivals, latency)
    shapes = templates()
    print(f"\nrecorded {len(samples) / RATE:.1f} s; the sink ran at {mapping.rate:.1f} frames per "
          f"monotonic second ({(mapping.rate / RATE - 1) * 1e6:+.0f} ppm); its reported latency "
          f"{1000 * latency:.2f} ms (median of {len(latencies)}, "
          f"{1000 * min(latencies or [0]):.2f}-{1000 * max(latencies or [0]):.2f}); "
          f"read arrival spread along the lower edge {mapping.spread_ms:.2f} ms")
    print("error = when the clip's first sound was heard - its deadline, ms (positive: late)")
    print(f"{'output':22} {'lead ms':>8} {'clips':>5} {'found':>5} {'p50':>7} {'|e| p99':>8} "
          f"{'max |e|':>8} {'min':>7} {'max':>7}  target p99<=10 max<=20")
    every = []
    for result in results:
        label = f"{result['kind']:22}"
        if "skipped" in result:
            print(f"{label} {result['lead']:>8} skipped: {result['skipped']}")
            continue
        spoken = {name: (bytes.fromhex(data), start)
                  for name, (data, start) in result.get("spoken", {}).items()}
        found = onsets(samples, mapping, result["clips"], {**shapes, **spoken})
        errors = [clip["error_ms"] for clip in found if clip["error_ms"] is not None]
        every.append(dict(result, clips=found))
        if not errors:
            print(f"{label} {1000 * result['lead_s']:8.1f} {len(found):5} {0:5}  nothing found")
            continue
        size = [abs(e) for e in errors]
        met = percentile(size, 99) <= 10 and max(size) <= 20 and len(errors) == len(found)
        print(f"{result['output']:22} {1000 * result['lead_s']:8.1f} {len(found):5} "
              f"{len(errors):5} {statistics.median(errors):7.2f} {percentile(size, 99):8.2f} "
              f"{max(size):8.2f} {min(errors):7.2f} {max(errors):7.2f}  "
              f"{'met' if met else 'MISSED'}")
        calls = [1000 * (clip["returned"] - clip["due"] + clip["lead"])
                 for clip in result["clips"]]
        leads = sorted({round(1000 * clip["lead"], 1) for clip in result["clips"]})
        print(f"{'':22} play() returned {statistics.median(calls):.2f} ms (p50) after the "
              f"runner handed the clip over; leads used, ms: {leads[:6]}; the output's "
              f"latency at the end {1000 * result['reported_s']:.1f} ms; "
              f"{result['lost']} cues never played")
        if args.own:
            named = sum(1 for clip in result["clips"]
                        if any(sound.startswith("voice_drill_my_") for sound in clip["sounds"]))
            print(f"{'':22} the athlete's own drills named aloud: {named} clips; names the "
                  f"engine made: {len(result.get('spoken', {}))}")
        missing = [clip for clip in found if clip["error_ms"] is None]
        for clip in missing[:5]:
            print(f"{'':22} not found: {clip['sounds']} due {clip['due']:.3f}: {clip['why']}")
    if args.json:
        args.json.write_text(json.dumps({"rate": mapping.rate, "sink_latency_s": latency,
                                         "offset": mapping.offset, "arrivals": arrivals,
                                         "runs": every}, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
