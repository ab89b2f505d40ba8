"""Keep the screen awake while a session runs: `ScreenAwake.hold()` / `.release()`.

The platform call is an `Inhibitor` (acquire -> token, release(token)), injectable so tests
can see it called and released:
- Linux and other freedesktop systems: org.freedesktop.ScreenSaver.Inhibit over the session
  bus with QtDBus. PySide6 cannot marshal the uint32 cookie that UnInhibit expects (a Python
  int always goes out as int32, and GNOME's and KDE's services reject that signature), so each
  hold gets its own private bus connection and release closes it: every implementation drops
  the inhibitions of a client that leaves the bus.
- Windows: SetThreadExecutionState(ES_CONTINUOUS | ES_DISPLAY_REQUIRED) via ctypes.
- macOS: `caffeinate -d -w <our pid>`, ended on release (and by itself if we die).
Where none of this works (no session bus, no caffeinate), ScreenAwake says so once, quietly:
a log line, `problem`, and the `problem_found` signal, never an exception.
"""

from __future__ import annotations

import itertools
import logging
import os
import subprocess
import sys
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QObject, Signal

from isohold.platform import session_bus

log = logging.getLogger(__name__)

APP_NAME = "Isohold"
REASON = "A training session is running"


class InhibitError(Exception):
    """The platform would not keep the screen awake; the message says why, for a person."""


class Inhibitor(Protocol):
    def acquire(self, reason: str) -> Any: ...

    def release(self, token: Any) -> None: ...


class DBusInhibitor:
    """org.freedesktop.ScreenSaver over a private session-bus connection per hold."""

    SERVICE = "org.freedesktop.ScreenSaver"
    PATH = "/org/freedesktop/ScreenSaver"

    def __init__(self, address: str | None = None) -> None:
        self.address = address  # None: the session bus from the environment
        self._names = (f"isohold-screen-awake-{n}" for n in itertools.count(1))

    def acquire(self, reason: str) -> str:
        from PySide6.QtDBus import QDBusConnection, QDBusInterface, QDBusMessage

        name = next(self._names)
        bus, problem = session_bus.connect(self.address, name)
        if bus is None:
            raise InhibitError(problem)
        saver = QDBusInterface(self.SERVICE, self.PATH, self.SERVICE, bus)
        reply = saver.call("Inhibit", APP_NAME, reason)
        if reply.type() is not QDBusMessage.MessageType.ReplyMessage:
            QDBusConnection.disconnectFromBus(name)
            raise InhibitError(f"{self.SERVICE} refused: {reply.errorMessage() or 'no reply'}")
        return name

    def release(self, token: str) -> None:
        from PySide6.QtDBus import QDBusConnection

        QDBusConnection.disconnectFromBus(token)


class WindowsInhibitor:
    ES_CONTINUOUS = 0x80000000
    ES_SYSTEM_REQUIRED = 0x00000001
    ES_DISPLAY_REQUIRED = 0x00000002

    def __init__(self, set_state=None) -> None:
        if set_state is None:
            import ctypes
            set_state = ctypes.windll.kernel32.SetThreadExecutionState  # type: ignore[attr-defined]
        self._set_state = set_state

    def acquire(self, reason: str) -> int:
        flags = self.ES_CONTINUOUS | self.ES_DISPLAY_REQUIRED | self.ES_SYSTEM_REQUIRED
        if not self._set_state(flags):
            raise InhibitError("SetThreadExecutionState failed")
        return flags

    def release(self, token: int) -> None:
        self._set_state(self.ES_CONTINUOUS)


class CaffeinateInhibitor:
    """macOS: `caffeinate -d` (no display sleep) for as long as this process lives."""

    def __init__(self, popen=subprocess.Popen) -> None:
        self._popen = popen

    def acquire(self, reason: str):
        try:
            return self._popen(["caffeinate", "-d", "-w", str(os.getpid())],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        except OSError as error:
            raise InhibitError(f"caffeinate could not run ({error})") from error

    def release(self, token) -> None:
        token.terminate()
        try:
            token.wait(timeout=2)
        except subprocess.TimeoutExpired:
            token.kill()


def platform_inhibitor(platform: str = sys.platform) -> Inhibitor:
    if platform.startswith("win"):
        return WindowsInhibitor()
    if platform == "darwin":
        return CaffeinateInhibitor()
    return DBusInhibitor()


class ScreenAwake(QObject):
    """Holds the screen awake between `hold()` and `release()`; both are safe to repeat."""

    problem_found = Signal(str)  # once, the first time the screen cannot be kept awake

    def __init__(self, inhibitor: Inhibitor | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._inhibitor = inhibitor
        self._token: Any = None
        self.held = False
        self.problem = ""
        self.detail = ""  # the technical reason behind `problem`

    def hold(self, reason: str = REASON) -> bool:
        """Keep the screen awake; False (and a quiet `problem`) when the platform cannot.

        Once it has failed it is not tried again: each try may block on D-Bus."""
        if self.held:
            return True
        if self.problem:
            return False
        try:
            if self._inhibitor is None:
                self._inhibitor = platform_inhibitor()
            self._token = self._inhibitor.acquire(reason)
        except Exception as error:  # noqa: BLE001 - any failure here must never stop a session
            self._report(str(error) if isinstance(error, InhibitError) else
                         f"{type(error).__name__}: {error}")
            return False
        self.held = True
        log.debug("screen kept awake (%s)", reason)
        return True

    def release(self) -> None:
        if not self.held:
            return
        self.held = False
        token, self._token = self._token, None
        try:
            self._inhibitor.release(token)
        except Exception as error:  # noqa: BLE001
            log.info("could not release the screen-awake hold: %s", error)

    def _report(self, detail: str) -> None:
        if self.problem:
            return
        # The athlete reads this from across the room: what happens and what to do, in plain
        # words; the technical reason (a D-Bus error...) goes to the log and `detail`.
        self.detail = detail
        self.problem = QCoreApplication.translate(
            "ScreenAwake", "The screen may dim: Isohold cannot keep it awake here. Turn off "
                           "screen blanking for the session.")
        log.info("cannot keep the screen awake: %s", detail)
        self.problem_found.emit(self.problem)
