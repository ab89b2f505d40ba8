"""DrillNames: the names of an athlete's own drills, spoken by the speech engine off the GUI
thread, so their lead-ins can call them as the built-in drills' are called.

`prepare(drills)` (the player calls it when it follows a session) hands each drill whose name
has no clip to one worker thread, which returns the clip from the cache or has espeak-ng speak
it (app/audio/speech.py), in the voice of the cache it is given (the player's: the language's
voice, so a name said in English is never reused for German). Each result comes back to the
GUI thread as a signal: `ready(drill id, name, path)` or `failed(drill id, why)`. A drill
renamed since is asked again. Nothing waits: a name not ready when its cue falls due is left
out and its beeps sound as before. No engine is said once, in the log; each failure once per
drill.
"""

from __future__ import annotations

import logging
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QObject, Signal

from isohold.audio.speech import ENGINE, SpeechCache, SpeechFailed, engine

log = logging.getLogger(__name__)


class DrillNames(QObject):
    ready = Signal(str, str, str)  # drill id, the name spoken, the clip's path
    failed = Signal(str, str)  # drill id, why it cannot be spoken (in words)

    def __init__(self, longest_s: float, cache: SpeechCache | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.longest_s = longest_s  # how long a name may take to say in its lead-in
        self.cache = cache or SpeechCache()
        self._asked: set[tuple[str, str]] = set()  # (drill id, name) handed to the worker
        self._pool: ThreadPoolExecutor | None = None
        self._told_no_engine = False

    def prepare(self, drills) -> int:
        """Speak the names of these drills (objects with `id` and `name`) not asked before;
        returns how many were handed to the worker. Takes well under a millisecond."""
        wanted = [(drill.id, drill.name) for drill in drills
                  if (drill.id, drill.name) not in self._asked]
        if not wanted:
            return 0
        if engine() is None:
            if not self._told_no_engine:
                self._told_no_engine = True
                log.info("no speech engine (%s is not on PATH): the athlete's own drills are "
                         "not named, their beeps sound", ENGINE)
            for drill_id, _ in wanted:
                self.failed.emit(drill_id, f"no speech engine ({ENGINE} is not on PATH)")
            return 0
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="isohold-speech")
        for drill_id, name in wanted:
            self._asked.add((drill_id, name))
            self._pool.submit(self._speak, drill_id, name)
        return len(wanted)

    def _speak(self, drill_id: str, name: str) -> None:
        """On the worker thread: the signals reach the GUI thread queued."""
        try:
            path = self.cache.speak(name, self.longest_s)
        except SpeechFailed as error:
            self._fail(drill_id, name, str(error))
        except Exception as error:  # nothing the engine does may stop the session
            self._fail(drill_id, name, f"{type(error).__name__}: {error}")
        else:
            self.ready.emit(drill_id, name, str(path))

    def _fail(self, drill_id: str, name: str, why: str) -> None:
        log.warning("the drill %r is not named aloud: %s; its beeps sound", name, why)
        self.failed.emit(drill_id, why)

    def forget(self, drill_id: str, name: str) -> None:
        """Ask again next time (a clip that could not be used after all)."""
        self._asked.discard((drill_id, name))

    def wait(self) -> None:
        """Until every name asked for is spoken or failed (for tests and benchmarks)."""
        if self._pool is not None:
            self._pool.submit(lambda: None).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None

