"""A private D-Bus session bus for a test (`dbus-run-session`), and processes on it.

`dbus-run-session` starts a bus of its own for one command and ends it when that command ends;
the command here prints the bus's address and waits for its stdin to close. Nothing a test does
on this bus reaches the desktop's own (a developer's music is never touched).
"""

from __future__ import annotations

import os
import selectors
import shutil
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

HERE = Path(__file__).parent
HOLD_BUS = ("import os, sys; print(os.environ['DBUS_SESSION_BUS_ADDRESS'], flush=True); "
            "sys.stdin.read()")


_unread: dict[int, bytes] = {}  # by pid: what a process printed past the line last read


def read_line(process: subprocess.Popen, timeout_s: float = 15.0) -> str:
    """The next line the process prints (it must come within `timeout_s`)."""
    buffered = _unread.pop(process.pid, b"")
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        while b"\n" not in buffered:
            if not selector.select(timeout_s):
                _unread[process.pid] = buffered
                raise AssertionError(f"no answer from {process.args}")
            chunk = os.read(process.stdout.fileno(), 4096)
            if not chunk:
                raise AssertionError(f"{process.args} ended ({buffered!r} unread)")
            buffered += chunk
    line, _, rest = buffered.partition(b"\n")
    _unread[process.pid] = rest
    return line.decode().strip()


def nothing_more(process: subprocess.Popen) -> bool:
    """True when the stand-in printed nothing since the line last read: asked to "report", its
    report is the next line. (Isohold's D-Bus calls wait for their replies, and the stand-in
    prints each event before it replies: anything sent to it is already in the pipe.)"""
    tell(process, "report")
    line = read_line(process)
    if line.startswith("report"):
        return True
    _unread[process.pid] = _unread.get(process.pid, b"")  # keep the rest for the next read
    return False


def prints_within(process: subprocess.Popen, seconds: float) -> bool:
    """True once the process has printed something more (within `seconds`)."""
    if _unread.get(process.pid):
        return True
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        return bool(selector.select(seconds))


def tell(process: subprocess.Popen, line: str) -> None:
    process.stdin.write((line + "\n").encode())
    process.stdin.flush()


@contextmanager
def session_bus():
    """The address of a private session bus, for as long as the block runs."""
    if not shutil.which("dbus-run-session"):
        pytest.skip("dbus-run-session is not installed")
    holder = subprocess.Popen(["dbus-run-session", "--", sys.executable, "-c", HOLD_BUS],
                              stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                              stderr=subprocess.DEVNULL, bufsize=0)
    try:
        yield read_line(holder)
    finally:
        holder.stdin.close()
        try:
            holder.wait(timeout=10)
        except subprocess.TimeoutExpired:
            holder.kill()
            holder.wait()


def start(address: str, script: str, *args: str) -> subprocess.Popen:
    """Run one of this folder's scripts on the bus at `address`; waits for its "ready"."""
    env = dict(os.environ, DBUS_SESSION_BUS_ADDRESS=address, QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(HERE.parents[1]))
    process = subprocess.Popen([sys.executable, str(HERE / script), *args],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                               stderr=subprocess.DEVNULL, bufsize=0, env=env)
    line = read_line(process)
    if line != "ready":
        process.kill()
        raise AssertionError(f"{script} said {line!r}, not 'ready'")
    return process


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
