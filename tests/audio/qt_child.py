"""The start of a script the Qt Multimedia tests run in a child process (a QApplication of its
own, on the test's private PulseAudio server): it waits for Qt's asynchronous work by turning
the event loop until a condition holds (bounded), never by sleeping a fixed time."""

import textwrap

PRELUDE = textwrap.dedent("""
    import json, subprocess, sys, time
    from pathlib import Path
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from isohold.audio.player import CuePlayer

    def until(condition, seconds=10.0):
        end = time.monotonic() + seconds
        while not condition() and time.monotonic() < end:
            QCoreApplication.processEvents()
        return condition()
""")
