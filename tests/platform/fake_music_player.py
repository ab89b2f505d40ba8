"""A stand-in music player for tests: an MPRIS player on a (private) session bus, run as its own
process, with a volume that can be set and Play / Pause.

    python fake_music_player.py NAME VOLUME [STATUS]

takes org.mpris.MediaPlayer2.NAME and prints one line per event on stdout: "ready", then
"volume <value>" for every volume set (repr: the exact float), "pause", "play", "stop". A
line "volume <value>" or "status <Playing|Paused|Stopped>" on stdin changes it as a person at
the player would, and answers "ok"; "report" answers "report <volume> <status>".
"""

import sys

from PySide6.QtCore import (ClassInfo, Property, QCoreApplication, QObject, QSocketNotifier,
                            Slot)
from PySide6.QtDBus import QDBusAbstractAdaptor, QDBusConnection


def say(line):
    print(line, flush=True)


@ClassInfo({"D-Bus Interface": "org.mpris.MediaPlayer2.Player"})
class Player(QDBusAbstractAdaptor):
    def __init__(self, parent, volume, status):
        super().__init__(parent)
        self.volume, self.status = volume, status

    @Slot()
    def Pause(self):  # noqa: N802 - the D-Bus method names
        if self.status == "Playing":
            self.status = "Paused"
        say("pause")

    @Slot()
    def Play(self):  # noqa: N802
        self.status = "Playing"
        say("play")

    @Slot()
    def PlayPause(self):  # noqa: N802
        self.status = "Paused" if self.status == "Playing" else "Playing"
        say("playpause")

    @Slot()
    def Stop(self):  # noqa: N802
        self.status = "Stopped"
        say("stop")

    def _get_volume(self):
        return self.volume

    def _set_volume(self, value):
        self.volume = value
        say(f"volume {value!r}")

    def _get_status(self):
        return self.status

    def _true(self):
        return True

    Volume = Property(float, _get_volume, _set_volume)
    PlaybackStatus = Property(str, _get_status)
    CanPause = Property(bool, _true)
    CanPlay = Property(bool, _true)
    CanControl = Property(bool, _true)


def main():
    name, volume = sys.argv[1], float(sys.argv[2])
    status = sys.argv[3] if len(sys.argv) > 3 else "Playing"
    app = QCoreApplication(sys.argv)
    holder = QObject()
    player = Player(holder, volume, status)
    bus = QDBusConnection.sessionBus()
    if not (bus.registerObject("/org/mpris/MediaPlayer2", holder)
            and bus.registerService(f"org.mpris.MediaPlayer2.{name}")):
        say("failed")
        return 1

    def person():  # the athlete at the player, changing it by hand
        line = sys.stdin.readline()
        if not line:
            app.quit()
            return
        what, *value = line.split()
        if what == "report":
            say(f"report {player.volume!r} {player.status}")
            return
        value = value[0]
        if what == "volume":
            player.volume = float(value)
        else:
            player.status = value
        say("ok")

    notifier = QSocketNotifier(sys.stdin.fileno(), QSocketNotifier.Type.Read)
    notifier.activated.connect(person)
    say("ready")
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
