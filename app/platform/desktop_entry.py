"""Isohold in this user's application menu: `isohold --install-desktop-entry` (and
`--remove-desktop-entry`), for a pip, pipx or bundle install, which puts no menu entry of its own.

What is installed: the desktop entry resources/desktop/<app id>.desktop with its Exec= and
TryExec= made the absolute path of this install's launcher (a menu does not search the PATH that
pipx's ~/.local/bin is on), and the icon in the hicolor theme (PNG sizes and the SVG). Through
xdg-desktop-menu and xdg-icon-resource (Debian's xdg-utils) when they are installed, which also
tell the running desktop; else the same files copied into $XDG_DATA_HOME (~/.local/share).
Always for this user only (xdg-utils' default as root would be the whole system's menu). No Qt.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

from isohold import APP_ID
from isohold.assets import path as resource_path

DESKTOP_FILE = f"{APP_ID}.desktop"


def launcher() -> str:
    """The command line a menu entry runs: the bundle's own program, this install's
    `isohold-gui` (beside its interpreter), or this interpreter with `-m isohold`."""
    if getattr(sys, "frozen", False):  # the PyInstaller bundle
        return _quoted(sys.executable)
    for folder in (sysconfig.get_path("scripts"), os.path.dirname(sys.executable)):
        for name in ("isohold-gui", "isohold-gui.exe"):
            script = Path(folder) / name
            if script.is_file() and os.access(script, os.X_OK):
                return _quoted(str(script))
    found = shutil.which("isohold-gui")
    if found:
        return _quoted(os.path.abspath(found))
    return f"{_quoted(sys.executable)} -m isohold"


def _quoted(path: str) -> str:
    """A path as the desktop entry spec quotes an argument of Exec=."""
    if not any(c in path for c in ' \t\n"\'\\><~|&;$*?#()`'):
        return path
    escaped = "".join("\\" + c if c in '"`$\\' else c for c in path)
    return f'"{escaped}"'


def entry_text(command: str) -> str:
    """The shipped desktop entry, its Exec= and TryExec= pointed at `command`."""
    lines = []
    for line in resource_path(f"desktop/{DESKTOP_FILE}").read_text(encoding="utf-8").splitlines():
        if line.startswith("Exec="):
            line = f"Exec={command}"
        elif line.startswith("TryExec="):
            program = command.split(" -m ")[0] if " -m " in command else command
            line = f"TryExec={program.strip(chr(34))}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def icon_files() -> list[tuple[int, Path]]:
    """The PNG sizes shipped, (size, file), smallest first."""
    folder = resource_path(f"desktop/{APP_ID}.svg").parent / "icons"
    found = []
    for sub in folder.iterdir():
        png = sub / f"{APP_ID}.png"
        if png.is_file():
            found.append((int(sub.name.split("x")[0]), png))
    return sorted(found)


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def installed_files() -> list[Path]:
    """Where the entry and its icons are once installed for this user."""
    home = data_home()
    icons = home / "icons" / "hicolor"
    return [home / "applications" / DESKTOP_FILE,
            icons / "scalable" / "apps" / f"{APP_ID}.svg",
            *(icons / f"{size}x{size}" / "apps" / f"{APP_ID}.png" for size, _ in icon_files())]


def use_xdg_utils() -> bool:
    """Whether xdg-utils is there and not turned off (ISOHOLD_NO_XDG_UTILS=1, for tests)."""
    return (not os.environ.get("ISOHOLD_NO_XDG_UTILS") and shutil.which("xdg-desktop-menu")
            is not None and shutil.which("xdg-icon-resource") is not None)


def install() -> list[str]:
    """Install the menu entry and icons for this user; what was done, line by line. Raises
    OSError or subprocess.CalledProcessError saying what failed."""
    command = launcher()
    svg = resource_path(f"desktop/{APP_ID}.svg")
    target_svg = data_home() / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg"
    target_svg.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, target_svg)  # xdg-icon-resource takes PNG and XPM only
    with tempfile.TemporaryDirectory(prefix="isohold-entry-") as folder:
        entry = Path(folder) / DESKTOP_FILE
        entry.write_text(entry_text(command), encoding="utf-8")
        if use_xdg_utils():
            for size, png in icon_files():
                _run("xdg-icon-resource", "install", "--mode", "user", "--noupdate",
                     "--novendor", "--context", "apps", "--size", str(size), str(png), APP_ID)
            _run("xdg-icon-resource", "forceupdate", "--mode", "user")
            _run("xdg-desktop-menu", "install", "--mode", "user", "--novendor", str(entry))
            how = "with xdg-desktop-menu and xdg-icon-resource"
        else:
            for target, source in zip(installed_files()[2:], [png for _, png in icon_files()]):
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, target)
            applications = data_home() / "applications"
            applications.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(entry, applications / DESKTOP_FILE)
            _refresh_caches()
            how = "by copying the files (xdg-utils is not installed)"
    return [f"Isohold is in the application menu ({how}):",
            f"  {installed_files()[0]}  (runs {command})",
            f"  icons in {data_home() / 'icons' / 'hicolor'}",
            "isohold --remove-desktop-entry takes them away again."]


def remove() -> list[str]:
    """Remove what `install` put in place; what was removed, line by line."""
    if use_xdg_utils():
        _run("xdg-desktop-menu", "uninstall", "--mode", "user", "--novendor", DESKTOP_FILE)
        for size, _ in icon_files():
            _run("xdg-icon-resource", "uninstall", "--mode", "user", "--noupdate",
                 "--context", "apps", "--size", str(size), APP_ID)
        _run("xdg-icon-resource", "forceupdate", "--mode", "user")
    removed = []
    for file in installed_files():
        if file.exists():
            file.unlink()
            removed.append(file)
    _refresh_caches()
    if not use_xdg_utils() and not removed:
        return ["Isohold had no entry in this user's application menu; nothing to remove."]
    return ["Isohold's menu entry and icons are removed."]


def _run(*command: str) -> None:
    subprocess.run(command, check=True, capture_output=True, text=True, timeout=60)


def _refresh_caches() -> None:
    """Tell the desktop, where its tools are installed (without xdg-utils): best effort."""
    for command in (["update-desktop-database", "-q", str(data_home() / "applications")],
                    ["gtk-update-icon-cache", "-q", "-t", str(data_home() / "icons" / "hicolor")]):
        if shutil.which(command[0]):
            subprocess.run(command, capture_output=True, timeout=60)


def main(install: bool) -> int:
    """The command line's --install-desktop-entry / --remove-desktop-entry: 0, or 1 with why."""
    if sys.platform in ("win32", "darwin"):
        print("isohold: the menu entry is for Linux and BSD desktops (freedesktop.org); on this "
              "system make a shortcut to the isohold-gui program instead.", file=sys.stderr)
        return 1
    try:
        lines = globals()["install" if install else "remove"]()
    except subprocess.CalledProcessError as error:
        said = (error.stderr or error.stdout or "").strip().splitlines()
        print(f"isohold: {error.cmd[0]} failed (exit {error.returncode})"
              + (f": {said[-1]}" if said else ""), file=sys.stderr)
        return 1
    except OSError as error:
        print(f"isohold: could not {'install' if install else 'remove'} the menu entry: "
              f"{error.strerror or error} ({error.filename or data_home()})", file=sys.stderr)
        return 1
    print("\n".join(lines))
    return 0
