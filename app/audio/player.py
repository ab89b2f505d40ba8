"""CuePlayer: hears the runner's `cues_due` and plays the cues' sounds, never holding up the GUI.

Cues that fall due together (`go` and `hold` as a hold starts) arrive together, before the
runner tells the screen or the history of that moment; the player plays them at once as one
clip, so a beep and a call never talk over each other and nothing else delays them. When the output fails mid-session
the player moves to the next one (simpleaudio, Qt Multimedia, silent), plays the cue there, and
says so: `output_changed(name)`, and `sound_off(reason)` once it is down to silent. A sound file
that cannot be played (missing, damaged...) leaves only its own sound out, said once: the bank's
summary in `off_reason`, or `sound_off` when an output finds it mid-session. The session goes on
either way.

The beeps are those of the `cue_set` setting (a set's lost file: the standard beep). The names
of an athlete's own drills are spoken when the player follows a session (in the voice mode, on
an output that sounds): `DrillNames` has the speech engine make them off the GUI thread and each
joins the bank and the output when ready; one not ready in time, or not made, is left out.

The calls are in the language the app speaks (`language`, the one `isohold.ui.language.install`
installed): its folder's calls, and the athlete's own drill names in its espeak-ng voice. A
call missing in it sounds its beeps; a language with no calls at all sounds beeps only, names
no drill, and says why where the output is named (`backend_name`, Settings' output line).

    player = CuePlayer.for_settings(settings, parent=window, language=installed.language)
    runner = SessionRunner(timeline, clock, lead_s=player.latency_s)
    player.follow(runner)
    player.sound_off.connect(view.show_sound_off)  # and show player.off_reason at once
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal

from pathlib import Path

from isohold.audio.bank import RATE, BadSound, SoundBank
from isohold.audio.names import DrillNames
from isohold.audio.outputs import (OutputFailed, QtOutput, SilentOutput, open_output,
                                   SoundOutput, order_from_env)
from isohold.audio.speech import VOICES, SpeechCache
from isohold.core import cues
from isohold.core.cue_schedule import NAME_CALL_S
from isohold.core.cue_sounds import (CUE_SETS, GAP_S, MODES, NEXT_SOUND, SILENT, STANDARD,
                                     VOICE_AND_BEEPS, calls_folder, clip_for, drill_sound,
                                     has_call)

log = logging.getLogger(__name__)


class CuePlayer(QObject):
    sound_off = Signal(str)  # why no cue can be heard any more (the screen says so)
    output_changed = Signal(str)  # the name of the output now in use
    played = Signal(tuple)  # the sounds of a clip, once handed to the output
    muted_changed = Signal(bool)  # the player owns mute; the screen shows it
    # a clip is sounding: how long until it has been heard whole (the output's latency and
    # the clip, in seconds), and whether it has a spoken call (the music ducker listens)
    clip_started = Signal(float, bool)

    def __init__(self, bank: SoundBank | None = None, order: tuple[str, ...] | None = None,
                 mode: str = VOICE_AND_BEEPS, volume: float = 0.9, muted: bool = False,
                 parent: QObject | None = None, cue_set: str = STANDARD,
                 names: DrillNames | None = None, language: str = "en") -> None:
        super().__init__(parent)
        if mode not in MODES:
            raise ValueError(f"sound mode {mode!r}: expected one of {', '.join(MODES)}")
        if cue_set not in CUE_SETS:
            raise ValueError(f"beep set {cue_set!r}: expected one of {', '.join(CUE_SETS)}")
        self.bank = bank or SoundBank(language=language)
        self.language = self.bank.language
        if self.bank.no_calls:
            log.warning("no spoken calls in %r (%s is not there): the beeps sound instead",
                        self.language, self.bank.no_calls)
        self.mode = mode
        self.cue_set = cue_set
        self.volume = volume
        self.muted = muted
        self.off_reason = ""  # why sound is off, or some of it ("" while every cue can be heard)
        self.problems: list[str] = []  # each output that could not play, and why
        # each sound that cannot be played, and why: the bank's, then any an output finds
        self.sound_problems: list[str] = [problem.message for problem in self.bank.unheard]
        for problem in self.bank.problems:
            if problem.stands_in:  # heard all the same, as the standard beep
                log.warning("cue sounds: %s", problem.message)
        self._order = order or order_from_env()
        self._runner = None
        self.output = SilentOutput()
        self._open_next(0)
        if self.bank.unheard and not isinstance(self.output, SilentOutput):
            self.off_reason = self.bank.summary()  # some cues cannot be heard: said once
        longest = NAME_CALL_S - GAP_S - (self.bank.seconds(NEXT_SOUND)
                                         if NEXT_SOUND in self.bank.samples else 0.0)
        # the voice the athlete's own drills are named in: the language's, or none at all
        self.voice = None if self.bank.no_calls else \
            VOICES.get(calls_folder(self.language) or "en")
        self.names = names or DrillNames(longest_s=longest, cache=SpeechCache(voice=self.voice),
                                         parent=self)
        self.names.ready.connect(self._name_ready)
        self._said: dict[str, str] = {}  # drill id -> the name its clip in the bank says

    @classmethod
    def for_settings(cls, settings, parent: QObject | None = None,
                     language: str = "en") -> "CuePlayer":
        return cls(mode=settings["sound_mode"], volume=settings["volume"],
                   muted=settings["muted"], parent=parent, cue_set=settings["cue_set"],
                   language=language)

    # -- what settings and the screen show --------------------------------------------------
    @property
    def backend_name(self) -> str:
        """The output in use, as Settings names it, and why no call is spoken if none is."""
        if isinstance(self.output, SilentOutput) and self.off_reason:
            return SoundOutput.tr("silent (%1)").replace("%1", self.off_reason)
        if self.bank.no_calls:
            return QCoreApplication.translate(
                "CuePlayer", "%1; no spoken calls in this language (%2 is not there): beeps "
                "instead").replace("%1", self._output_name()).replace("%2", self.bank.no_calls)
        return self._output_name()

    @property
    def is_silent(self) -> bool:
        """No output sounds (none found, or every one failed): the cues show on screen only.
        Ask this, not `backend_name`, whose words are in the athlete's language."""
        return isinstance(self.output, SilentOutput)

    def _output_name(self) -> str:
        """The output's name (a product's, as it is), "silent" in the language."""
        if isinstance(self.output, SilentOutput):
            return SoundOutput.tr("silent")
        return self.output.name

    @property
    def latency_s(self) -> float:
        """How long after play() a sound is heard, as the output reports it: the runner's
        lead_s (kept up to date on the runner followed when the output learns a new figure)."""
        return self.output.latency_s

    # -- commands ----------------------------------------------------------------------------
    def follow(self, runner) -> None:
        """Play the cues of this runner (and stop following the one before)."""
        if self._runner is not None:
            try:
                self._runner.cues_due.disconnect(self.play_now)
                self._runner.cues_withdrawn.disconnect(self.withdraw)
            except (RuntimeError, TypeError):
                pass  # the old runner is gone
        self._runner = runner
        # The runner hands over the cues due at one moment together, before it tells anyone
        # else of that moment (the screen, the history): they play as one clip, at once.
        runner.cues_due.connect(self.play_now)
        runner.cues_withdrawn.connect(self.withdraw)
        self.speak_names()

    def speak_names(self, timeline=None) -> int:
        """Have the speech engine make the names the session followed (or `timeline`) calls
        that have no clip: an athlete's own drills. Only in the voice mode, on an output that
        sounds; returns how many were asked for. Nothing waits for them."""
        if timeline is None:
            timeline = getattr(self._runner, "timeline", None)
        if timeline is None or self.mode != VOICE_AND_BEEPS or self.voice is None or \
                isinstance(self.output, SilentOutput):
            return 0
        drills = {}
        for phase in timeline.phases:
            for cue in phase.cues:
                drill_id = cues.named_drill(cue.name)
                if drill_id is None or phase.drill is None or has_call(drill_id) or \
                        self._said.get(drill_id) == phase.drill.name:
                    continue
                if drill_id in self._said:  # renamed since its clip was made: not the old name
                    del self._said[drill_id]
                    self.bank.samples.pop(drill_sound(drill_id), None)
                drills.setdefault(drill_id, phase.drill)
        return self.names.prepare(drills.values())

    def cue(self, name: str) -> None:
        """Play one cue now."""
        self.play_now((name,))

    def play_now(self, cue_names: list[str] | tuple[str, ...]) -> None:
        """Play these cues at once, as one clip."""
        sounds = () if self.muted else clip_for(cue_names, self.mode, self.bank.samples,
                                                self.cue_set)
        if not sounds:
            return
        for _ in range(len(self._order) + 1):
            try:
                self.output.play(sounds)
            except OutputFailed as error:
                self._fail(str(error))
            except Exception as error:  # an output must never take the session down
                self._fail(f"{self.output.name}: {type(error).__name__}: {error}")
            else:
                self.played.emit(sounds)
                self.clip_started.emit(self.latency_s + self._seconds(sounds),
                                       any(sound.startswith("voice_") for sound in sounds))
                return
        self.output = SilentOutput()  # every output failed on this clip

    def set_volume(self, volume: float) -> None:
        self.volume = volume
        self.output.set_volume(volume)

    def withdraw(self) -> None:
        """Cues sent ahead of a phase (by the output's latency) that will not start after all:
        stop them before they are heard."""
        self.output.stop()

    def set_muted(self, muted: bool) -> None:
        changed = muted != self.muted
        self.muted = muted
        if muted:
            self.output.stop()
        if changed:
            self.muted_changed.emit(muted)

    def toggle_mute(self) -> bool:
        self.set_muted(not self.muted)
        return self.muted

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"sound mode {mode!r}: expected one of {', '.join(MODES)}")
        changed = mode != self.mode
        self.mode = mode
        if mode == SILENT:
            self.output.stop()
        if changed and mode == VOICE_AND_BEEPS:
            self.speak_names()

    def set_cue_set(self, cue_set: str) -> None:
        """The beeps from now on: the standard, high or low set."""
        if cue_set not in CUE_SETS:
            raise ValueError(f"beep set {cue_set!r}: expected one of {', '.join(CUE_SETS)}")
        self.cue_set = cue_set

    def apply_settings(self, settings) -> None:
        self.set_mode(settings["sound_mode"])
        self.set_cue_set(settings["cue_set"])
        self.set_volume(settings["volume"])
        self.set_muted(settings["muted"])

    def close(self) -> None:
        self.names.close()
        self.output.close()

    # -- inside ------------------------------------------------------------------------------
    def _seconds(self, sounds: tuple[str, ...]) -> float:
        """How long a clip of these sounds lasts, the gaps between them too."""
        frames = sum(len(self.bank.samples.get(sound, ())) for sound in sounds)
        return frames / RATE + GAP_S * max(0, len(sounds) - 1)

    def _fail(self, reason: str) -> None:
        """The output failed: close it and open the next one that works."""
        self.problems.append(reason)
        log.warning("audio output failed: %s", reason)  # the screen says it in plain words
        failed = self.output
        try:
            failed.close()
        except Exception:  # closing a broken output must not break the fallback
            pass
        kind = getattr(failed, "kind", None)
        self._open_next(self._order.index(kind) + 1 if kind in self._order else 0)
        self.output_changed.emit(self.output.name)
        if isinstance(self.output, SilentOutput):
            self.off_reason = reason
            self.sound_off.emit(reason)

    def _open_next(self, start: int) -> None:
        for kind in self._order[start:]:
            try:
                self.output = open_output(kind, self.bank, self.volume, self)
            except OutputFailed as error:
                self.problems.append(str(error))
                continue
            except Exception as error:  # opening an output must never stop the app
                self.problems.append(f"{kind}: {type(error).__name__}: {error}")
                continue
            if isinstance(self.output, QtOutput):
                self.output.failed.connect(self._qt_failed)
                self.output.latency_changed.connect(self._latency_changed)
                self.output.sound_failed.connect(self._sound_failed)
            if kind == "silent" and self.problems:
                self.off_reason = self.problems[-1]
                log.warning("no audio output: %s", "; ".join(self.problems))
            return
        self.output = SilentOutput()
        self.off_reason = self.problems[-1] if self.problems \
            else SoundOutput.tr("no audio output")
        log.warning("no audio output: %s", "; ".join(self.problems) or self.off_reason)

    def _name_ready(self, drill_id: str, name_said: str, path: str) -> None:
        """A drill's name was spoken (on the worker thread): it joins the bank and the output
        (reading a clip of ~2 s takes about a millisecond). A clip that cannot be read is
        taken out of the cache, so the next session speaks it anew."""
        name = drill_sound(drill_id)
        try:
            self.bank.add(name, Path(path))
        except BadSound as error:
            log.warning("the spoken name %s is %s; its beeps sound", path, error)
            Path(path).unlink(missing_ok=True)
            self.names.forget(drill_id, name_said)
            return
        self._said[drill_id] = name_said
        add = getattr(self.output, "add_sound", None)
        if add is not None:
            add(name)

    def _latency_changed(self, _seconds: float) -> None:
        """The output learnt its latency from the server: the runner leads cues by it."""
        runner = self._runner
        if runner is not None:
            try:
                if not runner.is_over:
                    runner.set_lead(self.latency_s)
            except RuntimeError:
                pass  # the runner is gone

    def _sound_failed(self, reason: str) -> None:
        """One sound cannot be played by this output (the rest still can): said once."""
        if reason not in self.sound_problems:
            self.sound_problems.append(reason)
            self.sound_off.emit(reason)

    def _qt_failed(self, reason: str) -> None:
        if isinstance(self.output, QtOutput):
            self._fail(SoundOutput.tr("Qt Multimedia: %1").replace("%1", reason))
