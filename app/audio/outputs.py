"""Where the cue sounds go: Qt Multimedia's QSoundEffect, simpleaudio (ALSA), or nowhere.

`open_output` tries them in turn at start-up and returns the first that works: Qt Multimedia
first where a sound server runs (a PulseAudio or PipeWire socket on Linux; Windows' and macOS'
own audio services always), simpleaudio first on a Linux without one (QSoundEffect needs a
server; ALSA does not). The reason is measured (BENCHMARKS.md, "Cues at the speaker"): through
PulseAudio simpleaudio opens the device anew for every clip, and about one clip in forty is
heard 10-21 ms late, past the 20 ms limit; Qt Multimedia with the lead the server reports
stays within 5 ms. `ISOHOLD_AUDIO=qt,silent` sets the order, for tests and benchmarks. Every output plays a clip (a
few sounds back to back) without waiting for it, and raises `OutputFailed` when it cannot. A
sound the bank could not load is left out of the clip (the bank says why, once).

An output's `latency_s` (how long after play() its sound is heard, which the runner leads cues
by) is what the sound server reports, through `pactl`: the default sink's latency when the output
opens, and for Qt Multimedia, once its own stream plays, that stream's buffer latency plus the
sink's (QSoundEffect opens a stream with ~15 ms of buffer at every play; `latency_changed`
says the new figure). 0 when nothing reports one. It is not a constant: simpleaudio's 100 ms
ALSA buffer is room, not delay, and taking it as the delay made every cue ~96 ms early through
PulseAudio (benchmarks/acoustic.py).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

from PySide6.QtCore import QObject, QProcess, QProcessEnvironment, Qt, QTimer, QUrl, Signal

from isohold.audio.bank import RATE, Scalable, SoundBank

ORDER = ("simpleaudio", "qt", "silent")  # every output; the order where no sound server runs
READINGS = 5  # the Qt output's stream latency: the median of its first readings
STREAM_SETTLE_MS = 50


class SoundOutput(QObject):
    """The words of the sound outputs (context "SoundOutput"): Settings shows them on its
    "Sound output" line, and the session screen when sound goes off."""


class OutputFailed(Exception):
    """This output cannot play (no library, no device, the device went away)."""


class SilentOutput:
    kind = "silent"
    name = "silent"
    latency_s = 0.0

    def play(self, sounds: tuple[str, ...]) -> None:
        pass

    def add_sound(self, name: str) -> None:
        pass

    def set_volume(self, volume: float) -> None:
        pass

    def stop(self) -> None:
        pass

    def wait_done(self) -> None:
        pass

    def close(self) -> None:
        pass


class SimpleaudioOutput:
    """simpleaudio-patched over ALSA's default device: a thread per clip, a 100 ms buffer.

    The volume is applied to the samples once per change (not on every play), so a play is a
    join of ready-made bytes and one call into ALSA.
    """

    kind = "simpleaudio"
    name = "simpleaudio (ALSA)"

    def __init__(self, bank: SoundBank, volume: float = 1.0) -> None:
        self.latency_s = reported_latency_s()  # ALSA's default goes to the sound server
        try:
            import simpleaudio
        except ImportError as error:
            raise OutputFailed(SoundOutput.tr("simpleaudio is not installed (%1)").replace(
                "%1", str(error))) from error
        self._simpleaudio = simpleaudio
        self._bank = bank
        self._scalable = {name: Scalable(samples) for name, samples in bank.samples.items()}
        self._scaled: dict[str, bytes] = {}
        self._playing = None
        self.volume = -1.0
        self.set_volume(volume)
        self._gap = bank.gap.tobytes()
        # Open the device once now: it fails here rather than mid-session when there is none,
        # and ALSA reads its configuration now rather than on the first cue.
        self._playing = self._start(bytes(2 * RATE // 100))
        self._playing.stop()

    def set_volume(self, volume: float) -> None:
        if volume == self.volume:
            return
        self.volume = volume
        self._scaled = {name: sound.at(volume) for name, sound in self._scalable.items()}

    def add_sound(self, name: str) -> None:
        """A sound that joined the bank (a spoken name): ready to play at the volume."""
        self._scalable[name] = Scalable(self._bank.samples[name])
        self._scaled[name] = self._scalable[name].at(self.volume)

    def play(self, sounds: tuple[str, ...]) -> None:
        parts = []
        for number, name in enumerate(name for name in sounds if name in self._scaled):
            if number:
                parts.append(self._gap)
            parts.append(self._scaled[name])
        self.stop()  # a new cue cuts the tail of the last one rather than fight it for the device
        self._playing = self._start(b"".join(parts))

    def _start(self, data: bytes):
        try:
            return self._simpleaudio.play_buffer(data, 1, 2, RATE)
        except Exception as error:  # SimpleaudioError, and whatever a broken device raises
            raise OutputFailed(SoundOutput.tr("simpleaudio: %1").replace(
                "%1", str(error))) from error

    def stop(self) -> None:
        if self._playing is not None:
            self._playing.stop()
            self._playing = None

    def wait_done(self) -> None:
        """Block until the last clip has gone to the device (for tests and benchmarks)."""
        if self._playing is not None:
            self._playing.wait_done()

    def close(self) -> None:
        self.stop()


class QtOutput(QObject):
    """QSoundEffect per sound on the default output; the effects are rebuilt when the
    devices change (an effect is bound to its device when it loads). The sounds of a clip
    after the first are started by precise single-shot timers. A sound Qt cannot load is left
    out of its clips (`sound_failed`, once); only when none loads does the output fail."""

    kind = "qt"
    name = "Qt Multimedia"
    failed = Signal(str)  # the last audio device went away
    latency_changed = Signal(float)  # the server reported this output's stream: seconds
    sound_failed = Signal(str)  # one sound cannot be played here: why, once per sound

    def __init__(self, bank: SoundBank, volume: float = 1.0,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        from PySide6.QtMultimedia import QMediaDevices, QSoundEffect

        self._QSoundEffect = QSoundEffect
        self._QMediaDevices = QMediaDevices
        if not QMediaDevices.audioOutputs():
            raise OutputFailed(SoundOutput.tr(
                "no audio output device (Qt Multimedia lists none)"))
        self._bank = bank
        self.volume = volume
        self.latency_s = reported_latency_s()
        self._readings: list[float] = []  # the stream latencies the server reported so far
        self._asking: QProcess | None = None
        self._effects: dict[str, QSoundEffect] = {}
        self._timers: list[QTimer] = []
        self._unloadable: set[str] = set()  # sounds already reported as failing to load
        self._devices = QMediaDevices(self)
        self._devices.audioOutputsChanged.connect(self._devices_changed)
        self._build()

    def _build(self) -> None:
        for effect in self._effects.values():
            effect.stop()
            effect.deleteLater()
        device = self._QMediaDevices.defaultAudioOutput()
        self.device_name = device.description()
        self._effects = {}
        self._probing = None  # the effect playing muted so that the server shows its stream
        self._readings = []  # a new device: its latency is asked again
        for name, path in self._bank.files.items():
            effect = self._QSoundEffect(device, self)
            effect.statusChanged.connect(self._probe)  # loaded, or not
            effect.setSource(QUrl.fromLocalFile(str(path)))
            effect.setVolume(self.volume)
            self._effects[name] = effect
        self._probe()  # when every sound loaded at once

    def add_sound(self, name: str) -> None:
        """A sound that joined the bank (a spoken name): its effect loads beside the others."""
        if name in self._effects:
            self._effects[name].deleteLater()
        device = self._QMediaDevices.defaultAudioOutput()
        effect = self._QSoundEffect(device, self)
        effect.setSource(QUrl.fromLocalFile(str(self._bank.files[name])))
        effect.setVolume(self.volume)
        self._effects[name] = effect

    def _probe(self) -> None:
        """Once every sound has loaded (or failed to), play the longest muted and ask the server
        how far behind its stream is: the latency is known before the first cue."""
        status = self._QSoundEffect.Status
        if self._probing is not None or any(effect.status() in (status.Null, status.Loading)
                                            for effect in self._effects.values()):
            return
        loaded = [name for name, effect in self._effects.items() if effect.isLoaded()]
        if not loaded:
            return
        name = max(loaded, key=self._bank.seconds)
        probe = self._probing = self._effects[name]
        probe.setMuted(True)
        probe.playingChanged.connect(self._probe_over)
        probe.play()
        self._ask_latency()

    def _probe_over(self) -> None:
        probe = self._probing
        if probe is not None and probe.isMuted() and not probe.isPlaying():
            probe.playingChanged.disconnect(self._probe_over)
            probe.setMuted(False)

    def _devices_changed(self) -> None:
        self.stop()
        if not self._QMediaDevices.audioOutputs():
            self.failed.emit("the audio device went away")
            return
        self._build()

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        for effect in self._effects.values():
            effect.setVolume(volume)

    def play(self, sounds: tuple[str, ...]) -> None:
        self.stop()  # the probe too, which is unmuted once stopped
        error = self._QSoundEffect.Status.Error
        if self._effects and all(e.status() is error for e in self._effects.values()):
            raise OutputFailed(SoundOutput.tr(
                "Qt Multimedia could not load any sound for %1").replace(
                "%1", self.device_name or SoundOutput.tr("the audio device")))
        sounds = tuple(name for name in sounds if name in self._effects)
        for name, at in zip(sounds, self._bank.offsets(sounds)):
            effect = self._effects[name]
            if effect.status() is error:  # this file alone: the rest of the clip plays
                if name not in self._unloadable:
                    self._unloadable.add(name)
                    self.sound_failed.emit(f"Qt Multimedia could not load the file "
                                           f"{self._bank.files[name]}; that sound is left out")
                continue
            if at == 0:
                effect.play()
                self._ask_latency()
                continue
            timer = QTimer(self, singleShot=True, timerType=Qt.TimerType.PreciseTimer)
            timer.timeout.connect(effect.play)
            timer.start(round(at * 1000))
            self._timers.append(timer)

    def _ask_latency(self) -> None:
        """While the clip plays, ask the server how far behind its stream is (without waiting:
        `pactl` runs beside the event loop). The first few readings are enough."""
        if len(self._readings) >= READINGS or self._asking is not None or \
                shutil.which("pactl") is None:
            return
        asking = self._asking = QProcess(self)
        environment = QProcessEnvironment.systemEnvironment()
        environment.insert("LC_ALL", "C")
        asking.setProcessEnvironment(environment)
        asking.finished.connect(lambda *_: self._latency_read(asking))
        asking.errorOccurred.connect(lambda *_: self._latency_read(asking))
        # the stream opens a moment after play(): ask once it is there
        QTimer.singleShot(STREAM_SETTLE_MS, lambda: asking.start("pactl", ["list", "sink-inputs"]))

    def _latency_read(self, asking: QProcess) -> None:
        if asking is not self._asking:
            return
        self._asking = None
        listing = bytes(asking.readAllStandardOutput()).decode("utf-8", "replace")
        asking.deleteLater()
        seconds = stream_latency_s(listing, os.getpid())
        if seconds is None:
            return
        self._readings.append(seconds)
        latency = sorted(self._readings)[len(self._readings) // 2]
        if latency != self.latency_s:
            self.latency_s = latency
            self.latency_changed.emit(latency)

    def stop(self) -> None:
        for timer in self._timers:
            timer.stop()
            timer.deleteLater()
        self._timers = []
        for effect in self._effects.values():
            if effect.isPlaying():
                effect.stop()
        probe = self._probing
        if probe is not None and probe.isMuted():  # a cue cut the probe short: sound again
            probe.playingChanged.disconnect(self._probe_over)
            probe.setMuted(False)

    def close(self) -> None:
        self.stop()
        self._devices.audioOutputsChanged.disconnect(self._devices_changed)
        for effect in self._effects.values():
            effect.deleteLater()
        self._effects = {}


def reported_latency_s() -> float:
    """The default sink's latency as the sound server reports it, in seconds; 0.0 when there is
    no server or no `pactl` to ask (then nothing is known to delay a cue)."""
    if shutil.which("pactl") is None:
        return 0.0
    env = dict(os.environ, LC_ALL="C")  # pactl's labels are translated
    try:
        default = subprocess.run(["pactl", "get-default-sink"], env=env, capture_output=True,
                                 text=True, timeout=1)
        listed = subprocess.run(["pactl", "list", "sinks"], env=env, capture_output=True,
                                text=True, timeout=1)
    except (OSError, subprocess.SubprocessError):
        return 0.0
    if default.returncode != 0 or listed.returncode != 0:
        return 0.0
    return sink_latency_s(listed.stdout, default.stdout.strip()) or 0.0


def sink_latency_s(listing: str, sink: str) -> float | None:
    """The latency `pactl list sinks` (C locale) gives for the sink named `sink`, in seconds."""
    name = None
    for line in listing.splitlines():
        line = line.strip()
        if line.startswith("Name:"):
            name = line.partition(":")[2].strip()
        elif line.startswith("Latency:") and name == sink:
            words = line.partition(":")[2].split()
            try:
                return int(words[0]) / 1e6 if words[1].rstrip(",") == "usec" else None
            except (IndexError, ValueError):
                return None
    return None


def stream_latency_s(listing: str, pid: int) -> float | None:
    """From `pactl list sink-inputs` (C locale): the largest buffer plus sink latency among the
    streams of process `pid`, in seconds; None when it has none playing."""
    found, block = [], {}
    for line in listing.splitlines() + ["Sink Input #end"]:
        line = line.strip()
        if line.startswith("Sink Input #"):
            if block.get("pid") == str(pid) and {"Buffer Latency", "Sink Latency"} <= set(block):
                found.append(block["Buffer Latency"] + block["Sink Latency"])
            block = {}
        elif line.startswith(("Buffer Latency:", "Sink Latency:")):
            label, _, rest = line.partition(":")
            words = rest.split()
            if len(words) >= 2 and words[0].isdigit() and words[1].rstrip(",") == "usec":
                block[label] = int(words[0]) / 1e6
        elif line.startswith("application.process.id ="):
            block["pid"] = line.partition("=")[2].strip().strip('"')
    return max(found) if found else None


def sound_server_runs() -> bool:
    """Whether a sound server is there for Qt Multimedia: on Linux (and other Unixes) the
    PulseAudio socket (PipeWire serves one too) named by PULSE_SERVER, or in PULSE_RUNTIME_PATH
    or $XDG_RUNTIME_DIR/pulse; on Windows and macOS always (their audio service). Looks at
    the file system only: nothing is started, nothing waits."""
    if sys.platform.startswith(("win", "darwin")):
        return True
    server = os.environ.get("PULSE_SERVER", "").strip()
    if server:
        for part in server.split():  # a list of servers: any that is there
            address = part.rpartition("}")[2]  # "{machine-id}unix:/path" names a machine
            if not address.startswith("unix:") and not address.startswith("/"):
                return True  # tcp: a remote server; trust it
            if os.path.exists(address.removeprefix("unix:")):
                return True
        return False
    runtime = os.environ.get("PULSE_RUNTIME_PATH") or os.path.join(
        os.environ.get("XDG_RUNTIME_DIR") or f"/run/user/{os.getuid()}", "pulse")
    return os.path.exists(os.path.join(runtime, "native"))


def default_order() -> tuple[str, ...]:
    """Qt Multimedia first where a sound server runs, else simpleaudio first (see the top)."""
    return ("qt", "simpleaudio", "silent") if sound_server_runs() else ORDER


def order_from_env() -> tuple[str, ...]:
    """The outputs to try, in order: ISOHOLD_AUDIO (e.g. "qt,silent") or `default_order()`."""
    wanted = tuple(part.strip() for part in os.environ.get("ISOHOLD_AUDIO", "").split(",")
                   if part.strip())
    unknown = [name for name in wanted if name not in ORDER]
    if unknown:
        raise ValueError(f"ISOHOLD_AUDIO: unknown output {', '.join(unknown)}; "
                         f"expected some of {', '.join(ORDER)}")
    return wanted or default_order()


def open_output(kind: str, bank: SoundBank, volume: float, parent: QObject | None = None):
    """One output by kind; raises OutputFailed when it cannot play here."""
    if kind == "simpleaudio":
        return SimpleaudioOutput(bank, volume)
    if kind == "qt":
        return QtOutput(bank, volume, parent)
    if kind == "silent":
        return SilentOutput()
    raise ValueError(f"no output named {kind!r}")
