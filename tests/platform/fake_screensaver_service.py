"""A stand-in org.freedesktop.ScreenSaver for tests, run as its own process on a private bus.

Prints one line per event on stdout: "ready", "inhibit <sender> <app> <reason>",
"released <sender>" when a client holding an inhibition leaves the bus (as GNOME and KDE
drop its inhibitions then), and "uninhibit <cookie>".
"""

import sys

from PySide6.QtCore import ClassInfo, QCoreApplication, QObject, Slot
from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusServiceWatcher


@ClassInfo({"D-Bus Interface": "org.freedesktop.ScreenSaver"})
class FakeScreenSaver(QObject):
    def __init__(self, bus):
        super().__init__()
        self.cookie = 0
        self.watcher = QDBusServiceWatcher(self)
        self.watcher.setConnection(bus)
        self.watcher.setWatchMode(QDBusServiceWatcher.WatchModeFlag.WatchForUnregistration)
        self.watcher.serviceUnregistered.connect(lambda name: say(f"released {name}"))

    @Slot(str, str, QDBusMessage, result="uint")
    def Inhibit(self, app, reason, message):  # noqa: N802 - the D-Bus method name
        sender = message.service()
        self.watcher.addWatchedService(sender)
        self.cookie += 1
        say(f"inhibit {sender} {app} {reason}")
        return self.cookie

    @Slot("uint")
    def UnInhibit(self, cookie):  # noqa: N802
        say(f"uninhibit {cookie}")


def say(line):
    print(line, flush=True)


def main():
    app = QCoreApplication(sys.argv)
    bus = QDBusConnection.sessionBus()
    saver = FakeScreenSaver(bus)
    if not (bus.registerObject("/org/freedesktop/ScreenSaver", saver,
                               QDBusConnection.RegisterOption.ExportAllSlots)
            and bus.registerService("org.freedesktop.ScreenSaver")):
        say("failed")
        return 1
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
