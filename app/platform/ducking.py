"""Music lowered while a cue sounds, and given back exactly: `MusicDucker`.

Other media players on the session bus (MPRIS, `org.mpris.MediaPlayer2.*`) that are playing
are lowered to DUCK_TO of their own volume (their `Volume` property) while a beep sounds, and
paused while a spoken call sounds; a moment (TAIL_S) after the clip ends each is put back as it
was: the volume it had, playing again. A player the athlete changed in the meantime (another
volume, paused or stopped by hand) is left as the athlete set it.

Never left lowered: what is about to be lowered or paused is written to a small file (LEDGER in
the data folder, atomically) *before* it is touched, and the file goes once all is given back.
If Isohold dies mid-cue the file stays, and `restore_left_over()` on the next start puts the
volumes back; a player it had paused is only resumed if that start comes soon after
(RESUME_WITHIN_S): music starting by itself long after is a surprise, a lowered volume is a trap.

    ducker = MusicDucker(parent=window)
    ducker.restore_left_over()           # at start-up
    ducker.follow(cue_player)            # clip_started(seconds, spoken) ducks
    ducker.set_enabled(settings["duck_music"])

D-Bus calls are short and bounded (CALL_TIMEOUT_MS each); with no session bus the ducker says
so once in the log and does nothing, the session goes on.
"""

from __future__ import annotations

import json
import logging
import os
import time
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from isohold.core import paths
from isohold.core.files import write_atomically
from isohold.platform import session_bus

log = logging.getLogger(__name__)

PREFIX = "org.mpris.MediaPlayer2."
OWN_NAME = "org.mpris.MediaPlayer2.isohold"  # Isohold's own remote (isohold.platform.mpris.NAME)
PATH = "/org/mpris/MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
LEDGER = "ducked-music.json"
DUCK_TO = 0.25  # of the player's own volume, while a beep sounds (about -12 dB)
TAIL_S = 0.25  # after the clip: the music comes back once the cue has died away
SAME_VOLUME = 0.02  # a volume this close to the one set is still ours to give back
RESUME_WITHIN_S = 120.0  # after a crash, a paused player is resumed only this soon after
CALL_TIMEOUT_MS = 300
LOWERED, PAUSED = "lowered", "paused"


class MusicDucker(QObject):
    ducked = Signal(list)  # the bus names lowered or paused for a cue
    restored = Signal(list)  # the bus names given back

    def __init__(self, address: str | None = None, ledger: Path | None = None,
                 wall: Callable[[], float] = time.time, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.address = address  # None: the session bus from the environment
        self.ledger = ledger or paths.data_dir() / LEDGER
        self.enabled = True
        self.problem = ""  # why it cannot duck here (no session bus), if it cannot
        self._wall = wall
        self._bus = None
        self._held: list[dict[str, Any]] = []  # what is lowered or paused now, as in the ledger
        self._release = QTimer(self, singleShot=True)
        self._release.timeout.connect(self.restore)
        app = QCoreApplication.instance()
        if app is not None:  # a normal quit mid-cue gives the music back too
            app.aboutToQuit.connect(self.restore)

    # -- what the cue player says --------------------------------------------------------------
    def follow(self, cue_player) -> None:
        cue_player.clip_started.connect(self.cue_started)

    def set_enabled(self, enabled: bool) -> None:
        self.enabled = bool(enabled)
        if not self.enabled:
            self.restore()

    def cue_started(self, seconds: float, spoken: bool) -> None:
        """A clip of `seconds` is sounding: duck now (if not already), give back after it."""
        if not self.enabled:
            return
        if not self._held:
            self.duck(spoken)
        if self._held:
            wanted = round((max(0.0, seconds) + TAIL_S) * 1000)
            if not self._release.isActive() or self._release.remainingTime() < wanted:
                self._release.start(wanted)

    # -- commands ------------------------------------------------------------------------------
    def duck(self, spoken: bool = False) -> list[str]:
        """Lower (or for a spoken call, pause) every other player that is playing; the ledger
        is written first. Returns the names touched."""
        if self._held:
            return [entry["name"] for entry in self._held]
        bus = self._connect()
        if bus is None:
            return []
        plan = []
        for name in self._players(bus):
            if self._get(bus, name, "PlaybackStatus") != "Playing":
                continue
            if spoken and self._get(bus, name, "CanPause") is True:
                plan.append({"name": name, "how": PAUSED})
                continue
            volume = self._get(bus, name, "Volume")
            if isinstance(volume, (int, float)) and not isinstance(volume, bool) and volume > 0:
                plan.append({"name": name, "how": LOWERED, "volume": float(volume),
                             "lowered_to": float(volume) * DUCK_TO})
        if not plan:
            return []
        try:
            self._write_ledger(plan)
        except OSError as error:  # without the note, a crash could leave the music lowered
            log.warning("music not lowered: cannot write %s (%s)", self.ledger, error)
            return []
        self._held = plan
        for entry in plan:
            if entry["how"] == PAUSED:
                self._call(bus, entry["name"], PLAYER, "Pause")
            else:
                self._set_volume(bus, entry["name"], entry["lowered_to"])
        names = [entry["name"] for entry in plan]
        self.ducked.emit(names)
        return names

    def restore(self) -> list[str]:
        """Give back what this ducker lowered or paused; the ledger goes once done."""
        self._release.stop()
        held, self._held = self._held, []
        if not held:
            return []
        return self._give_back(held, resume=True)

    def restore_left_over(self) -> list[str]:
        """At start-up: give back what an Isohold that died mid-cue left lowered or paused."""
        try:
            data = json.loads(self.ledger.read_text(encoding="utf-8"))
            held = [entry for entry in data["players"]
                    if isinstance(entry, dict) and isinstance(entry.get("name"), str)]
            written = float(data.get("written", 0))
        except FileNotFoundError:
            return []
        except (OSError, ValueError, KeyError, TypeError) as error:
            log.info("left-over music note %s unreadable (%s); removed", self.ledger, error)
            self._drop_ledger()
            return []
        recent = 0 <= self._wall() - written <= RESUME_WITHIN_S
        names = self._give_back(held, resume=recent)
        log.info("music left lowered by an earlier run given back: %s", ", ".join(names) or "none")
        return names

    # -- inside --------------------------------------------------------------------------------
    def _give_back(self, held: list[dict[str, Any]], resume: bool) -> list[str]:
        bus = self._connect()
        if bus is None:
            return []  # the ledger stays for the next start
        given = []
        for entry in held:
            name = entry["name"]
            if entry.get("how") == PAUSED:
                if resume and self._get(bus, name, "PlaybackStatus") == "Paused" \
                        and self._call(bus, name, PLAYER, "Play") is not None:
                    given.append(name)
                continue
            now = self._get(bus, name, "Volume")
            lowered_to, volume = entry.get("lowered_to"), entry.get("volume")
            if not all(isinstance(v, (int, float)) for v in (now, lowered_to, volume)):
                continue  # gone from the bus, or a note this version did not write
            if abs(now - lowered_to) <= SAME_VOLUME and self._set_volume(bus, name, volume):
                given.append(name)
        self._drop_ledger()
        self.restored.emit(given)
        return given

    def _connect(self):
        if self._bus is not None or self.problem:
            return self._bus
        bus, self.problem = session_bus.connect(self.address, f"isohold-ducking-{id(self):x}")
        if bus is None:
            log.info("music cannot be lowered during cues: %s", self.problem)
            return None
        self._bus = bus
        return bus

    def _players(self, bus) -> list[str]:
        reply = bus.interface().registeredServiceNames()
        if not reply.isValid():
            return []
        return sorted(name for name in reply.value()
                      if name.startswith(PREFIX) and not name.startswith(OWN_NAME))

    def _call(self, bus, name: str, interface: str, method: str, *args) -> list | None:
        """A method call on a player: its reply's values, or None when it failed."""
        from PySide6.QtDBus import QDBus, QDBusMessage

        message = QDBusMessage.createMethodCall(name, PATH, interface, method)
        if args:
            message.setArguments(list(args))
        reply = bus.call(message, QDBus.CallMode.Block, CALL_TIMEOUT_MS)
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
            log.debug("%s %s.%s failed: %s", name, interface, method, reply.errorMessage())
            return None
        return reply.arguments()

    def _get(self, bus, name: str, prop: str) -> Any:
        values = self._call(bus, name, PROPERTIES, "Get", PLAYER, prop)
        if not values:
            return None
        value = values[0]
        return value.variant() if hasattr(value, "variant") else value

    def _set_volume(self, bus, name: str, volume: float) -> bool:
        from PySide6.QtDBus import QDBusVariant

        return self._call(bus, name, PROPERTIES, "Set", PLAYER, "Volume",
                          QDBusVariant(float(volume))) is not None

    def _write_ledger(self, held: list[dict[str, Any]]) -> None:
        """The note of what is about to be touched: temp file, fsync, replace."""
        self.ledger.parent.mkdir(parents=True, exist_ok=True)
        note = {"version": 1, "pid": os.getpid(), "written": self._wall(), "players": held}
        write_atomically(self.ledger, json.dumps(note, indent=1).encode("utf-8"), prefix="")

    def _drop_ledger(self) -> None:
        try:
            self.ledger.unlink()
        except FileNotFoundError:
            pass
        except OSError as error:
            log.info("could not remove %s: %s", self.ledger, error)
