"""Isohold as an MPRIS media player while a session runs, so media keys and headset buttons
drive it: `MediaRemote.publish()` ... `.withdraw()`.

MPRIS (`org.mpris.MediaPlayer2`, on the D-Bus session bus) is how Linux desktops route the
keyboard's media keys and a Bluetooth headset's buttons to a player. While a session runs the
remote is on the bus as `org.mpris.MediaPlayer2.isohold` (`.instance<pid>` if another Isohold
has that name, as the spec asks) and turns the buttons into commands, one signal carrying the
command's name (see COMMANDS):

    play_pause, play, pause -> pause / resume      next -> Next (a rep in a set counted by hand)
    previous -> Back                               stop -> the stop question, never a stop

It follows the runner for what the desktop shows: PlaybackStatus (Playing / Paused / Stopped),
the drill as the title, the phase as the album and the routine as the artist, in the words
`Words` gives: the window passes the screens' (in the athlete's language; this layer cannot
import them), English (the core's names) by default.

    remote = MediaRemote(parent=runner, words=Words(phase=phase_word, drill=drill_name, ...))
    remote.follow(runner)
    remote.command.connect(view.media_command)
    remote.publish()  # False, and `problem` says why, where there is no session bus

Withdrawing gives the name and the object back; the connection stays for the next session.
Like the screen-awake hold, a missing bus is said once in the log and never stops a session.
"""

from __future__ import annotations

import logging
import operator
import os
from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import ClassInfo, Property, QObject, Signal, Slot
from PySide6.QtDBus import (QDBusAbstractAdaptor, QDBusConnection, QDBusMessage,
                            QDBusObjectPath)

from isohold.core.phases import TITLES, PhaseKind
from isohold.core.routines import Drill, Routine
from isohold.platform import session_bus

log = logging.getLogger(__name__)

NAME = "org.mpris.MediaPlayer2.isohold"
PATH = "/org/mpris/MediaPlayer2"
ROOT = "org.mpris.MediaPlayer2"
PLAYER = "org.mpris.MediaPlayer2.Player"
PROPERTIES = "org.freedesktop.DBus.Properties"
COMMANDS = ("play_pause", "play", "pause", "next", "previous", "stop", "raise")
PLAYING, PAUSED, STOPPED = "Playing", "Paused", "Stopped"


class Words(NamedTuple):
    """How the desktop names a phase, a drill and a routine: English by default."""

    phase: Callable[[PhaseKind], str] = TITLES.__getitem__
    drill: Callable[[Drill], str] = operator.attrgetter("name")
    routine: Callable[[Routine], str] = operator.attrgetter("name")


@ClassInfo({"D-Bus Interface": ROOT})
class _RootAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2: who we are; Raise brings the window up."""

    def __init__(self, remote: "MediaRemote") -> None:
        super().__init__(remote)
        self._remote = remote

    @Slot()
    def Raise(self) -> None:  # noqa: N802 - the D-Bus method names
        self._remote.command.emit("raise")

    @Slot()
    def Quit(self) -> None:  # noqa: N802 - CanQuit is false: a session ends by its own keys
        pass

    def _identity(self) -> str:
        return "Isohold"

    def _desktop_entry(self) -> str:
        return "isohold"

    def _true(self) -> bool:
        return True

    def _false(self) -> bool:
        return False

    def _none(self) -> list:
        return []

    Identity = Property(str, _identity)
    DesktopEntry = Property(str, _desktop_entry)
    CanRaise = Property(bool, _true)
    CanQuit = Property(bool, _false)
    HasTrackList = Property(bool, _false)
    SupportedUriSchemes = Property("QStringList", _none)
    SupportedMimeTypes = Property("QStringList", _none)


@ClassInfo({"D-Bus Interface": PLAYER})
class _PlayerAdaptor(QDBusAbstractAdaptor):
    """org.mpris.MediaPlayer2.Player: the buttons, and what the session is doing."""

    def __init__(self, remote: "MediaRemote") -> None:
        super().__init__(remote)
        self._remote = remote

    @Slot()
    def PlayPause(self) -> None:  # noqa: N802 - the D-Bus method names
        self._remote.command.emit("play_pause")

    @Slot()
    def Play(self) -> None:  # noqa: N802
        self._remote.command.emit("play")

    @Slot()
    def Pause(self) -> None:  # noqa: N802
        self._remote.command.emit("pause")

    @Slot()
    def Next(self) -> None:  # noqa: N802
        self._remote.command.emit("next")

    @Slot()
    def Previous(self) -> None:  # noqa: N802
        self._remote.command.emit("previous")

    @Slot()
    def Stop(self) -> None:  # noqa: N802
        self._remote.command.emit("stop")

    @Slot("qlonglong")
    def Seek(self, offset: int) -> None:  # noqa: N802 - CanSeek is false
        pass

    @Slot(QDBusObjectPath, "qlonglong")
    def SetPosition(self, track, position) -> None:  # noqa: N802
        pass

    @Slot(str)
    def OpenUri(self, uri: str) -> None:  # noqa: N802
        pass

    def _status(self) -> str:
        return self._remote.status

    def _metadata(self) -> dict:
        return self._remote.metadata()

    def _position(self) -> int:
        return round(self._remote.elapsed_s * 1_000_000)

    def _one(self) -> float:
        return 1.0

    def _volume_set(self, _value: float) -> None:
        pass  # the cues' volume is a setting of its own, not a media player's

    def _can_control(self) -> bool:
        return self._remote.status != STOPPED

    def _false(self) -> bool:
        return False

    PlaybackStatus = Property(str, _status)
    Metadata = Property("QVariantMap", _metadata)
    Position = Property("qlonglong", _position)
    Rate = Property(float, _one)
    MinimumRate = Property(float, _one)
    MaximumRate = Property(float, _one)
    Volume = Property(float, _one, _volume_set)
    CanGoNext = Property(bool, _can_control)
    CanGoPrevious = Property(bool, _can_control)
    CanPlay = Property(bool, _can_control)
    CanPause = Property(bool, _can_control)
    CanControl = Property(bool, _can_control)
    CanSeek = Property(bool, _false)


class MediaRemote(QObject):
    """The session as a media player on the bus; media buttons come out as `command`."""

    command = Signal(str)  # one of COMMANDS

    def __init__(self, address: str | None = None, parent: QObject | None = None,
                 words: Words = Words()) -> None:
        super().__init__(parent)
        self.address = address  # None: the session bus from the environment
        self.words = words
        self.status = STOPPED
        self.title = ""  # the drill (or the phase, between drills)
        self.phase_name = ""
        self.routine_name = ""
        self.phase_index = 0
        self.elapsed_s = 0.0
        self.name = ""  # the bus name once published
        self.problem = ""  # why it could not be published, if it could not
        self._connection = ""
        self._adaptors = (_RootAdaptor(self), _PlayerAdaptor(self))  # what the bus sees

    # -- what the session says ---------------------------------------------------------------
    def follow(self, runner) -> None:
        """Keep PlaybackStatus and Metadata as the runner says the session is."""
        self.routine_name = self.words.routine(runner.timeline.plan.routine)
        runner.phase_started.connect(self.show_phase)
        runner.time_changed.connect(self._on_time)
        runner.paused.connect(lambda _reason: self.set_status(PAUSED))
        runner.resumed.connect(lambda: self.set_status(PLAYING))
        runner.session_finished.connect(self.withdraw)
        runner.session_stopped.connect(self.withdraw)

    def show_phase(self, phase, _following=None) -> None:
        self.phase_index = phase.index
        self.phase_name = self.words.phase(phase.kind)
        self.title = self.words.drill(phase.drill) if phase.drill is not None else self.phase_name
        self.elapsed_s = 0.0
        changed = {"Metadata": self.metadata()}
        if self.status == STOPPED:
            self.status = PLAYING
            changed["PlaybackStatus"] = self.status
        self._tell(changed)

    def set_status(self, status: str) -> None:
        if status != self.status:
            self.status = status
            self._tell({"PlaybackStatus": status})

    def _on_time(self, _left, elapsed: float, _session_left) -> None:
        self.elapsed_s = elapsed  # asked for by clients; the spec says not to signal it

    def metadata(self) -> dict:
        return {"mpris:trackid": QDBusObjectPath(f"/org/isohold/phase/{self.phase_index}"),
                "xesam:title": self.title,
                "xesam:album": self.phase_name,
                "xesam:artist": [self.routine_name or "Isohold"]}

    # -- on the bus --------------------------------------------------------------------------
    @property
    def published(self) -> bool:
        return bool(self.name)

    def publish(self) -> bool:
        """Take the player's name on the session bus; False (and `problem`) where it cannot."""
        if self.name:
            return True
        # One connection per bus for the whole process, never closed: closing a connection
        # that had served an object left the next blocking call on another connection of
        # this process hanging, timeout or not (Qt 6.11, about one time in three).
        connection = f"isohold-mpris {self.address or 'session'}"
        bus, problem = session_bus.connect(self.address, connection)
        if bus is None:  # let go at once: it never served anything, so that is safe
            self.problem = problem
            return self._cannot()
        if not bus.registerObject(PATH, self):
            self.problem = f"could not put {PATH} on the bus (another session's player is there)"
            return self._cannot()
        for name in (NAME, f"{NAME}.instance{os.getpid()}"):
            if bus.registerService(name):
                self.name, self._connection = name, connection
                log.debug("on the session bus as %s", name)
                return True
        bus.unregisterObject(PATH)
        self.problem = f"the bus would not give the name {NAME}"
        return self._cannot()

    def withdraw(self) -> None:
        """Leave the bus (safe to repeat): the name goes, the desktop sends us no more keys."""
        self.status = STOPPED
        if self._connection:
            bus = QDBusConnection(self._connection)
            bus.unregisterService(self.name)
            bus.unregisterObject(PATH)
        self.name, self._connection = "", ""

    def _cannot(self) -> bool:
        log.info("media keys will not reach the session: %s", self.problem)
        return False

    def _tell(self, changed: dict) -> None:
        """org.freedesktop.DBus.Properties.PropertiesChanged, as desktops listen for it."""
        if not self._connection:
            return
        from PySide6.QtCore import QMetaType
        from PySide6.QtDBus import QDBusArgument

        invalidated = QDBusArgument()  # an empty `as`: a Python [] would go out as `av`
        invalidated.beginArray(QMetaType(QMetaType.Type.QString))
        invalidated.endArray()
        signal = QDBusMessage.createSignal(PATH, PROPERTIES, "PropertiesChanged")
        signal.setArguments([PLAYER, changed, invalidated])
        QDBusConnection(self._connection).send(signal)
