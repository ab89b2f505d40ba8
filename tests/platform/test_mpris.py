"""Isohold as an MPRIS player while a session runs, on a real (private) session bus: media keys
and headset buttons, sent as another program sends them (gdbus), reach the session; the desktop
reads what the session is doing (PlaybackStatus, the drill as the title)."""

from __future__ import annotations

import os
import subprocess

import pytest
from PySide6.QtCore import Qt
from PySide6.QtDBus import QDBusConnection

from isohold.core.clock import FakeClock
from isohold.core.routines import Drill, DrillKind, Range, Routine, SessionPlan, Sides
from isohold.core.timeline import compile_timeline
from isohold.platform.mpris import NAME, PATH, MediaRemote
from isohold.platform.screensaver import ScreenAwake
from isohold.session.runner import SessionRunner
from tests.platform.private_bus import prints_within, read_line, session_bus, start, stop
from tests.ui.keys import press

WALL = Drill("wall", "Wall calf press", DrillKind.HOLD, Sides.BOTH, "Extend the ankles",
             reps=Range.fixed(2), sets=Range.fixed(1), hold_s=Range.fixed(10),
             reset_s=Range.fixed(5), rest_s=Range.fixed(30))
ROUTINE = Routine("test", "Calf basics", "", (WALL,), get_ready_s=10, next_drill_s=15)


class StayAwake:
    def acquire(self, reason):
        return 1

    def release(self, token):
        pass


@pytest.fixture
def bus():
    with session_bus() as address:
        yield address


@pytest.fixture
def session(qtbot, bus):
    """A session under way, its view on screen, its remote on the bus and wired to the view."""
    from isohold.ui.session.view import SessionView

    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), FakeClock())
    view = SessionView(runner, screen_awake=ScreenAwake(StayAwake()))
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    remote = MediaRemote(address=bus, parent=runner)
    remote.follow(runner)
    remote.command.connect(view.media_command)
    assert remote.publish(), remote.problem
    runner.start()
    yield runner, view, remote
    runner.stop()
    remote.withdraw()


def gdbus(qtbot, bus: str, *args: str) -> str:
    """Run gdbus against the private bus as another program would; Qt serves the call
    meanwhile (the answer comes from this process)."""
    process = subprocess.Popen(["gdbus", "call", "--session", "--dest", NAME,
                                "--object-path", PATH, *args],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus))
    qtbot.waitUntil(lambda: process.poll() is not None, timeout=10000)
    out, err = process.communicate()
    assert process.returncode == 0, err
    return out.strip()


def button(qtbot, bus: str, method: str) -> None:
    """A media key or a headset button: the desktop calls the player's method."""
    assert gdbus(qtbot, bus, "--method", f"org.mpris.MediaPlayer2.Player.{method}") == "()"


def get(qtbot, bus: str, prop: str) -> str:
    return gdbus(qtbot, bus, "--method", "org.freedesktop.DBus.Properties.Get",
                 "org.mpris.MediaPlayer2.Player", prop)


def test_media_buttons_drive_the_session(qtbot, bus, session):
    runner, view, remote = session
    assert remote.name == NAME
    assert view.title_label.text() == "GET READY"
    button(qtbot, bus, "PlayPause")
    assert runner.is_paused and view.pause_button.text() == "Resume"
    button(qtbot, bus, "Pause")  # already paused: stays paused
    assert runner.is_paused
    button(qtbot, bus, "Play")
    assert runner.is_running
    button(qtbot, bus, "Play")  # already playing: nothing
    assert runner.is_running
    button(qtbot, bus, "Next")
    assert view.title_label.text() == "HOLD" and runner.phase.index == 1
    button(qtbot, bus, "Previous")
    assert view.title_label.text() == "GET READY" and runner.phase.index == 0
    button(qtbot, bus, "Stop")  # asks, never stops by itself
    assert view.stop_box is not None and not runner.is_over
    button(qtbot, bus, "Next")  # while the question is open a button does nothing
    button(qtbot, bus, "PlayPause")
    assert view.stop_box is not None and runner.is_paused and runner.phase.index == 0


def test_the_desktop_reads_what_the_session_is_doing(qtbot, bus, session):
    runner, view, remote = session
    assert get(qtbot, bus, "PlaybackStatus") == "(<'Playing'>,)"
    metadata = get(qtbot, bus, "Metadata")
    assert "'xesam:title': <'GET READY'>" not in metadata
    assert "'xesam:title': <'Wall calf press'>" in metadata
    assert "'xesam:artist': <['Calf basics']>" in metadata
    assert "'mpris:trackid': <objectpath '/org/isohold/phase/0'>" in metadata
    monitor = subprocess.Popen(["gdbus", "monitor", "--session", "--dest", NAME],
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0,
                               env=dict(os.environ, DBUS_SESSION_BUS_ADDRESS=bus))
    try:
        assert read_line(monitor).startswith("Monitoring signals")
        assert read_line(monitor).startswith(f"The name {NAME} is owned by")
        # gdbus says it watches a moment before it does: poke until it has heard one signal
        for _ in range(50):
            remote.show_phase(runner.phase)  # the same metadata again
            if prints_within(monitor, 0.1):
                assert "'xesam:title': <'Wall calf press'>" in read_line(monitor)
                break
        else:
            raise AssertionError("gdbus monitor heard nothing")
        runner.pause()
        changed = read_line(monitor)
        assert "PropertiesChanged ('org.mpris.MediaPlayer2.Player', " \
               "{'PlaybackStatus': <'Paused'>}, @as [])" in changed
        runner.resume()
        assert "{'PlaybackStatus': <'Playing'>}" in read_line(monitor)
        runner.next()
        changed = read_line(monitor)
        assert "'mpris:trackid': <objectpath '/org/isohold/phase/1'>" in changed
        assert "'xesam:album': <'Hold'>" in changed
    finally:
        stop(monitor)
    assert get(qtbot, bus, "PlaybackStatus") == "(<'Playing'>,)"


def test_the_player_leaves_the_bus_when_the_session_ends(qtbot, bus, session):
    runner, view, remote = session
    client = QDBusConnection.connectToBus(bus, "isohold-test-client")
    try:
        assert client.interface().isServiceRegistered(NAME).value()
        runner.stop()
        assert not remote.published
        qtbot.waitUntil(lambda: not client.interface().isServiceRegistered(NAME).value())
    finally:
        QDBusConnection.disconnectFromBus("isohold-test-client")


def test_with_the_name_taken_it_takes_an_instance_name(qtbot, bus):
    other = start(bus, "fake_music_player.py", "isohold", "1.0")  # another Isohold, say
    try:
        remote = MediaRemote(address=bus)
        assert remote.publish()
        assert remote.name == f"{NAME}.instance{os.getpid()}"
        remote.withdraw()
    finally:
        stop(other)


def test_without_a_session_bus_the_session_runs_without_media_keys(qtbot):
    remote = MediaRemote(address="unix:path=/nonexistent/isohold-test-bus")
    assert remote.publish() is False
    assert remote.problem.startswith("no D-Bus session bus") and not remote.published
    remote.withdraw()  # nothing to leave: no error


@pytest.mark.parametrize("key, paused", [(Qt.Key.Key_MediaTogglePlayPause, True),
                                         (Qt.Key.Key_MediaPause, True),
                                         (Qt.Key.Key_MediaPlay, False)])
def test_media_keys_pressed_in_the_window_work_too(qtbot, key, paused):
    from isohold.ui.session.view import SessionView

    runner = SessionRunner(compile_timeline(SessionPlan(ROUTINE)), FakeClock())
    view = SessionView(runner, screen_awake=ScreenAwake(StayAwake()))
    qtbot.addWidget(view)
    runner.start()
    press(view, key)
    assert runner.is_paused is paused
    press(view, Qt.Key.Key_MediaNext)
    assert runner.phase.index == 1
    press(view, Qt.Key.Key_MediaPrevious)
    assert runner.phase.index == 0
    press(view, Qt.Key.Key_MediaStop)
    assert view.stop_box is not None and not runner.is_over
    view.stop_box.reject()
    runner.stop()
