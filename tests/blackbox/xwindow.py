"""A real X display for black-box tests: Xvfb + openbox, the real `isohold` binary, keys by xdotool.

The test process stays offscreen; only the app it starts talks to the X server (`env()` gives
the child `QT_QPA_PLATFORM=xcb` and `DISPLAY`). Every wait here is bounded by a timeout, and
every process started here is ended by its own pid.

Keys go through XTEST (`xdotool key` without `--window`, to the focused window), the way a
keyboard's keys arrive: a held key auto-repeats as a held key on a desktop does, and a dialog
that took the focus gets the keys, not the window behind it.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ISOHOLD = ROOT / ".venv" / "bin" / "isohold"
TOOLS = ("Xvfb", "openbox", "xdotool", "xset", "xprop", "import")
PACKAGES = "xvfb openbox xdotool x11-utils x11-xserver-utils imagemagick"
SCREEN = "1366x768x24"
# Held keys repeat after 300 ms, 30 times a second: a 1.5 s hold gives ~36 repeats.
REPEAT_DELAY_MS, REPEAT_RATE = 300, 30


class XError(RuntimeError):
    """The X display or a window did not do what was asked in time."""


def missing_tools() -> list[str]:
    return [tool for tool in TOOLS if shutil.which(tool) is None]


def _end(process: subprocess.Popen | None, grace_s: float = 3.0) -> None:
    """Terminate one process we started (by its pid), kill it if it does not go."""
    if process is None or process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(grace_s)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(grace_s)


class XDisplay:
    """Xvfb on a free display number (`-displayfd`), with openbox as its window manager."""

    def __init__(self, screen: str = SCREEN) -> None:
        self.screen = screen  # "WIDTHxHEIGHTxDEPTH"
        self.number: int | None = None
        self.xvfb: subprocess.Popen | None = None
        self.openbox: subprocess.Popen | None = None

    @property
    def name(self) -> str:
        return f":{self.number}"

    def start(self, timeout_s: float = 10.0) -> XDisplay:
        read_fd, write_fd = os.pipe()
        self.xvfb = subprocess.Popen(
            ["Xvfb", "-displayfd", str(write_fd), "-screen", "0", self.screen, "-nolisten", "tcp"],
            pass_fds=(write_fd,), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(write_fd)
        try:
            self.number = int(_read_line(read_fd, timeout_s))
        except (ValueError, XError) as error:
            self.stop()
            raise XError(f"Xvfb gave no display number: {error}") from error
        finally:
            os.close(read_fd)
        self.openbox = subprocess.Popen(["openbox", "--sm-disable"], env=self.env(),
                                        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        self._wait_for_window_manager(timeout_s)
        self.run("xset", "r", "on")
        self.run("xset", "r", "rate", str(REPEAT_DELAY_MS), str(REPEAT_RATE))
        return self

    def _wait_for_window_manager(self, timeout_s: float) -> None:
        """openbox is up once the root window names a _NET_SUPPORTING_WM_CHECK window."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.openbox.poll() is not None:
                raise XError(f"openbox exited with {self.openbox.returncode}")
            probe = subprocess.run(["xprop", "-root", "_NET_SUPPORTING_WM_CHECK"], env=self.env(),
                                   capture_output=True, text=True, timeout=5)
            if "window id" in probe.stdout:
                return
            time.sleep(0.1)
        raise XError("openbox did not come up")

    def stop(self) -> None:
        _end(self.openbox)
        _end(self.xvfb)

    def env(self) -> dict[str, str]:
        """The environment of a process that draws on this display."""
        env = dict(os.environ)
        env["DISPLAY"] = self.name
        env["QT_QPA_PLATFORM"] = "xcb"
        return env

    def run(self, *argv: str, timeout_s: float = 10.0) -> str:
        """An X client (xdotool, xset...) on this display; its stdout. Raises XError."""
        try:
            done = subprocess.run(argv, env=self.env(), capture_output=True, text=True,
                                  timeout=timeout_s)
        except subprocess.TimeoutExpired as error:
            raise XError(f"{' '.join(argv)}: no answer in {timeout_s} s") from error
        if done.returncode != 0:
            raise XError(f"{' '.join(argv)}: exit {done.returncode}: {done.stderr.strip()}")
        return done.stdout

    def auto_repeat_on(self) -> bool:
        return "auto repeat:  on" in self.run("xset", "q")

    def windows(self, name: str, pid: int | None = None) -> list[str]:
        """Visible windows whose title matches the regex `name` (of process `pid`)."""
        argv = ["xdotool", "search", "--onlyvisible"]
        if pid is not None:
            argv += ["--pid", str(pid)]
        try:
            return self.run(*argv, "--name", name).split()
        except XError:  # xdotool search exits 1 when nothing matches
            return []

    def wait_for_window(self, name: str, pid: int | None = None, timeout_s: float = 15.0,
                        alive: subprocess.Popen | None = None) -> str:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            found = self.windows(name, pid)
            if found:
                return found[-1]
            if alive is not None and alive.poll() is not None:
                raise XError(f"the app exited ({alive.returncode}) before a window {name!r} showed")
            time.sleep(0.1)
        raise XError(f"no visible window named {name!r} after {timeout_s} s")

    def active_window(self) -> str:
        return self.run("xdotool", "getactivewindow").strip()

    def window_name(self, wid: str) -> str:
        return self.run("xdotool", "getwindowname", wid).strip()

    def activate(self, wid: str) -> None:
        self.run("xdotool", "windowactivate", "--sync", wid)

    def key(self, *keys: str, delay_ms: int = 60) -> None:
        """Press and release keys on the focused window (XTEST), `delay_ms` apart."""
        self.run("xdotool", "key", "--delay", str(delay_ms), *keys)

    def hold(self, key: str, seconds: float) -> None:
        """Hold a key down: the X server auto-repeats it as a held key on a keyboard does."""
        self.run("xdotool", "keydown", key)
        try:
            time.sleep(seconds)
        finally:
            self.run("xdotool", "keyup", key)

    def park_pointer(self) -> None:
        """The mouse pointer to the screen's top-left corner, off every window: Xvfb starts
        it mid-screen, where a question that opens lies under it (and a pointer resting on a
        question's buttons was seen to change what the keys answered there)."""
        self.run("xdotool", "mousemove", "0", "0")

    def type_text(self, text: str, delay_ms: int = 40) -> None:
        """Type `text` into the focused window (XTEST), one character every `delay_ms`."""
        self.run("xdotool", "type", "--delay", str(delay_ms), "--", text,
                 timeout_s=10 + len(text) * delay_ms / 1000)

    def screenshot(self, path: Path) -> Path:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.run("import", "-window", "root", str(path), timeout_s=20)
        return path


def _read_line(fd: int, timeout_s: float) -> str:
    import select

    data = b""
    deadline = time.monotonic() + timeout_s
    while not data.endswith(b"\n"):
        left = deadline - time.monotonic()
        if left <= 0 or not select.select([fd], [], [], left)[0]:
            raise XError(f"nothing within {timeout_s} s")
        chunk = os.read(fd, 64)
        if not chunk:
            raise XError("the pipe closed")
        data += chunk
    return data.decode().strip()


class Isohold:
    """The real `isohold` binary on an XDisplay, with its own config and data folders."""

    TITLE = "^Isohold$"

    def __init__(self, display: XDisplay, home: Path, shots: list[Path] | None = None) -> None:
        self.display = display
        self.home = home
        self.process: subprocess.Popen | None = None
        self.wid = ""
        self.shots_dir = Path(os.environ.get("ISOHOLD_BLACKBOX_SHOTS", home / "shots"))
        self.log = home / "isohold.log"

    def env(self) -> dict[str, str]:
        env = self.display.env()
        env["ISOHOLD_CONFIG_DIR"] = str(self.home / "config")
        env["ISOHOLD_DATA_DIR"] = str(self.home / "data")
        env["ISOHOLD_AUDIO"] = "silent"  # app/audio/outputs.py order_from_env
        return env

    def start(self, *args: str, timeout_s: float = 20.0) -> str:
        """Start the app with `args`, wait for its main window and focus it; its window id."""
        with open(self.log, "ab") as log:
            self.process = subprocess.Popen([str(ISOHOLD), *args], env=self.env(), stdout=log,
                                            stderr=subprocess.STDOUT, cwd=self.home,
                                            start_new_session=True)
        self.wid = self.display.wait_for_window(self.TITLE, self.process.pid, timeout_s,
                                                alive=self.process)
        self.focus()
        return self.wid

    def focus(self) -> None:
        self.display.activate(self.wid)

    @property
    def alive(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def key(self, *keys: str, delay_ms: int = 60) -> None:
        self.display.key(*keys, delay_ms=delay_ms)

    def hold(self, key: str, seconds: float) -> None:
        self.display.hold(key, seconds)

    def close_window(self) -> None:
        """What the window's close button does: the window manager asks it to close (Alt+F4
        in openbox sends WM_DELETE_WINDOW; xdotool 3.2016's `windowclose` destroys the window
        instead, which is not what a person can do)."""
        self.focus()
        self.key("alt+F4")

    def dialogs(self, name: str) -> list[str]:
        """The app's visible windows other than the main one whose title matches `name`."""
        return [wid for wid in self.display.windows(name, self.process.pid) if wid != self.wid]

    def wait_exit(self, timeout_s: float = 10.0) -> int:
        try:
            return self.process.wait(timeout_s)
        except subprocess.TimeoutExpired as error:
            raise XError(f"isohold still running {timeout_s} s after it was asked to close") \
                from error

    def type_text(self, text: str, delay_ms: int = 40) -> None:
        self.display.type_text(text, delay_ms=delay_ms)

    def wait_for_dialog(self, name: str = ".", timeout_s: float = 3.0) -> str | None:
        """The first of the app's windows other than the main one (title matching `name`)
        to show within `timeout_s`; None if none did (a message that may or may not come)."""
        deadline = time.monotonic() + timeout_s
        while True:
            found = self.dialogs(name)
            if found:
                return found[-1]
            if time.monotonic() >= deadline or not self.alive:
                return None
            time.sleep(0.1)

    def settle_main_window(self, timeout_s: float = 5.0) -> str:
        """The main window's id, kept in `wid`, and focused.

        `xdotool search --name '^Isohold$'` also matches a message shown at start-up (its
        title is "Settings reset — Isohold", yet it matches), so `start()` may have taken the
        message for the main window. Once the app's visible windows are the same in three
        looks in a row, this takes the one whose name is exactly "Isohold" (the largest,
        should several be)."""
        deadline = time.monotonic() + timeout_s
        last, same = None, 0
        while True:
            found = self.display.windows(self.TITLE, self.process.pid)
            same = same + 1 if found and found == last else 0
            last = found
            if same >= 2 or (found and time.monotonic() >= deadline):
                break
            if time.monotonic() >= deadline:
                raise XError(f"no visible window titled {self.TITLE!r} after {timeout_s} s")
            time.sleep(0.1)
        exact = [wid for wid in found if self.display.window_name(wid) == "Isohold"] or found
        exact.sort(key=self._area, reverse=True)
        self.wid = exact[0]
        self.focus_window(self.wid, timeout_s)
        return self.wid

    def _area(self, wid: str) -> int:
        text = self.display.run("xdotool", "getwindowgeometry", wid)
        size = text.rsplit("Geometry:", 1)[-1].strip().split("x")
        return int(size[0]) * int(size[1])

    def focus_window(self, wid: str, timeout_s: float = 5.0, settle_s: float = 0.2) -> None:
        """Ask the window manager to activate `wid` until it has been the active window for
        `settle_s`: keys sent then reach it, not a window that took the focus a moment before
        or after (a message that showed late, a dialog just closed; the app's toolkit follows
        the window manager's focus a little later). Raises XError."""
        deadline = time.monotonic() + timeout_s
        since = None  # when `wid` was first seen active, in the current run of sightings
        while True:
            try:
                active = self.display.active_window() == wid
            except XError:  # no active window for a moment (one just closed)
                active = False
            if not active:
                since = None
            elif since is None:
                since = time.monotonic()
            elif time.monotonic() - since >= settle_s:
                return  # and it stayed so: the app did not hand the focus elsewhere meanwhile
            if time.monotonic() >= deadline + settle_s:
                raise XError(f"the window {wid} did not keep the keyboard focus for {settle_s} s "
                             f"within {timeout_s} s")
            if active:
                time.sleep(0.05)
                continue
            try:
                self.display.run("xdotool", "windowactivate", wid)
            except XError:
                pass
            time.sleep(0.1)

    def dismiss(self, wid: str, key: str = "Return", timeout_s: float = 5.0) -> None:
        """Give the dialog `wid` the focus, press `key` on it, wait until it is gone; then
        give the main window the focus back. Raises XError if the dialog stays."""
        self.focus_window(wid, timeout_s)
        self.key(key)
        deadline = time.monotonic() + timeout_s
        while wid in self.display.windows(".", self.process.pid):
            if time.monotonic() >= deadline:
                raise XError(f"the dialog {wid} is still on screen {timeout_s} s after {key}")
            time.sleep(0.1)
        self.focus_window(self.wid, timeout_s)

    def stop_by_keys(self, timeout_s: float = 5.0) -> str:
        """Esc in a session, then Enter on the question ("Yes, stop" is its default), each key
        sent once its window has the focus; the question's window id. Raises XError if no
        question shows."""
        self.focus_window(self.wid, timeout_s)
        self.key("Escape")
        question = self.wait_for_dialog("Stop", timeout_s)
        if question is None:
            raise XError(f"Esc showed no 'Stop the session?' question in {timeout_s} s")
        self.focus_window(question, timeout_s)
        self.key("Return")
        return question

    def full_output(self) -> str:
        """Everything the app printed (stdout and stderr) so far."""
        try:
            return self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""

    def output(self, chars: int = 1500) -> str:
        """The end of what the app printed (tracebacks land here)."""
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""
        return text[-chars:]

    def snap(self, name: str) -> Path:
        """A screenshot of the whole screen, kept in the shots folder (and printed)."""
        path = self.display.screenshot(self.shots_dir / f"{name}.png")
        print(f"screenshot: {path}")
        return path

    def stop(self) -> None:
        """End the app (its process group: it started in its own session) if it still runs."""
        if self.process is None or self.process.poll() is not None:
            return
        try:
            os.killpg(self.process.pid, signal.SIGTERM)
            self.process.wait(3)
        except (ProcessLookupError, subprocess.TimeoutExpired):
            try:
                os.killpg(self.process.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process.wait(3)

    # -- the app's own export -------------------------------------------------------------
    def export(self, name: str = "history.csv", timeout_s: float = 30.0) -> Path:
        """`isohold --export-history FILE` with this app's folders; the file written."""
        out = self.home / name
        out.unlink(missing_ok=True)
        env = self.env()
        env["QT_QPA_PLATFORM"] = "offscreen"
        done = subprocess.run([str(ISOHOLD), "--export-history", str(out)], env=env,
                              capture_output=True, text=True, timeout=timeout_s, cwd=self.home)
        if done.returncode != 0 or not out.exists():
            raise XError(f"--export-history failed ({done.returncode}): "
                         f"{done.stdout.strip()} {done.stderr.strip()}")
        return out

    def history_rows(self) -> list[dict[str, str]]:
        with open(self.export("history.csv"), newline="", encoding="utf-8") as file:
            return list(csv.DictReader(file))

    def history_json(self) -> dict:
        return json.loads(self.export("history.json").read_text(encoding="utf-8"))

    def wait_for_status(self, statuses: set[str], timeout_s: float) -> str:
        """Poll the export until the newest session's status is one of `statuses` (the
        history is written after every phase); the last status seen."""
        deadline = time.monotonic() + timeout_s
        status = ""
        while time.monotonic() < deadline:
            rows = self.history_rows()
            status = rows[0]["status"] if rows else ""
            if status in statuses:
                return status
            time.sleep(0.3)
        return status


# -- what the tests read of a session, shared --------------------------------------------------
STARTED = {"in_progress"}
ENDED = {"completed", "stopped_early"}


def enter_starts_a_session(app: Isohold) -> None:
    """Enter on the setup page: the session must be under way (read from the history)."""
    app.key("Return")
    status = app.wait_for_status(STARTED | ENDED, timeout_s=8)
    assert status in STARTED, (
        f"Enter on the setup page did not start a session (history status {status!r}); "
        f"isohold {'runs' if app.alive else 'has exited'}; its output ends:\n{app.output()}")


def sessions_in(rows: list[dict[str, str]]) -> dict[str, list[dict[str, str]]]:
    """CSV export rows grouped by session."""
    grouped: dict[str, list[dict[str, str]]] = {}
    for row in rows:
        grouped.setdefault(row["session_uuid"], []).append(row)
    return grouped
