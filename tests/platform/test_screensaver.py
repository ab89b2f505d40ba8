"""Keeping the screen awake: held and released through the platform call, failures said once."""

from __future__ import annotations

import logging
import os
import selectors
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from isohold.platform.screensaver import (CaffeinateInhibitor, DBusInhibitor, InhibitError, ScreenAwake,
                                WindowsInhibitor, platform_inhibitor)


class FakeInhibitor:
    def __init__(self, fail: str = ""):
        self.fail = fail
        self.acquired: list[str] = []
        self.released: list[object] = []

    def acquire(self, reason):
        if self.fail:
            raise InhibitError(self.fail)
        self.acquired.append(reason)
        return f"token-{len(self.acquired)}"

    def release(self, token):
        self.released.append(token)


def test_hold_then_release_calls_the_platform_once_each(qtbot):
    fake = FakeInhibitor()
    awake = ScreenAwake(fake)
    assert awake.hold() and awake.hold()  # a second hold while held asks nothing more
    assert len(fake.acquired) == 1 and awake.held
    awake.release()
    awake.release()
    assert fake.released == ["token-1"] and not awake.held
    assert awake.problem == ""


def test_a_platform_that_refuses_is_reported_once_and_quietly(qtbot, caplog):
    caplog.set_level(logging.INFO, logger="isohold.platform.screensaver")
    awake = ScreenAwake(FakeInhibitor(fail="no D-Bus session bus"))
    with qtbot.waitSignal(awake.problem_found) as said:
        assert awake.hold() is False
    # plain words on the screen, the technical reason in the log
    assert said.args == ["The screen may dim: Isohold cannot keep it awake here. Turn off "
                         "screen blanking for the session."]
    assert "D-Bus" not in said.args[0] and awake.detail == "no D-Bus session bus"
    assert "no D-Bus session bus" in caplog.text
    with qtbot.assertNotEmitted(awake.problem_found):
        assert awake.hold() is False
    awake.release()  # nothing held: nothing to do, no error
    assert not awake.held
    assert sum("cannot keep the screen awake" in r.message for r in caplog.records) == 1


def test_an_unexpected_error_never_escapes(qtbot):
    class Broken:
        tries = 0

        def acquire(self, reason):
            Broken.tries += 1
            raise RuntimeError("boom")

    awake = ScreenAwake(Broken())
    assert awake.hold() is False
    assert "boom" in awake.detail and awake.problem.startswith("The screen may dim")
    assert awake.hold() is False and Broken.tries == 1  # not tried again at every phase


def test_without_a_session_bus_dbus_says_so(qtbot, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/isohold-test-bus")
    monkeypatch.delenv("DISPLAY", raising=False)
    awake = ScreenAwake(DBusInhibitor())
    assert awake.hold() is False
    assert "session bus" in awake.detail and awake.problem.startswith("The screen may dim")


def test_windows_asks_for_the_display_and_clears_it_on_release():
    calls = []
    inhibitor = WindowsInhibitor(set_state=lambda flags: calls.append(flags) or 1)
    token = inhibitor.acquire("session")
    inhibitor.release(token)
    assert calls == [0x80000003, 0x80000000]


def test_macos_runs_caffeinate_for_our_process_and_ends_it():
    class Process:
        def __init__(self, args, **kwargs):
            self.args, self.ended = args, False

        def terminate(self):
            self.ended = True

        def wait(self, timeout=None):
            return 0

    inhibitor = CaffeinateInhibitor(popen=Process)
    process = inhibitor.acquire("session")
    assert process.args == ["caffeinate", "-d", "-w", str(os.getpid())]
    inhibitor.release(process)
    assert process.ended


def test_each_platform_gets_its_own_call():
    assert isinstance(platform_inhibitor("darwin"), CaffeinateInhibitor)
    assert isinstance(platform_inhibitor("linux"), DBusInhibitor)


# -- the real D-Bus call, against a stand-in screensaver on a private bus --------------------
def _read_line(process, timeout_s=15.0) -> str:
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout_s):
            raise AssertionError("no answer from the subprocess")
    return process.stdout.readline().strip()


@pytest.fixture
def private_bus():
    if not shutil.which("dbus-daemon"):
        pytest.skip("dbus-daemon is not installed")
    daemon = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                              stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    try:
        address = _read_line(daemon)
        env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen")
        service = subprocess.Popen(
            [sys.executable, str(Path(__file__).with_name("fake_screensaver_service.py"))],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
        try:
            assert _read_line(service) == "ready"
            yield address, service
        finally:
            service.terminate()
            service.wait(timeout=10)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)


def test_dbus_inhibits_and_releases_on_a_real_bus(qtbot, private_bus):
    address, service = private_bus
    awake = ScreenAwake(DBusInhibitor(address))
    assert awake.hold("A training session is running"), awake.detail
    said = _read_line(service).split(" ", 3)
    assert said[0] == "inhibit" and said[2:] == ["Isohold", "A training session is running"]
    awake.release()
    assert _read_line(service) == f"released {said[1]}"
