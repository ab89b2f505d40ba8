"""Isohold's music ducker in a process of its own, for the crash test: ducks the music for a
cue (a long one), prints "ducked", then waits to be killed (kill -9, mid-cue).

    python duck_and_hang.py LEDGER_FILE [spoken]
"""

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from isohold.platform.ducking import MusicDucker


def main():
    app = QCoreApplication(sys.argv)
    ducker = MusicDucker(ledger=Path(sys.argv[1]))
    ducker.cue_started(600.0, spoken=len(sys.argv) > 2 and sys.argv[2] == "spoken")
    print("ready", flush=True)
    print("ducked " + " ".join(ducker.duck()), flush=True)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
