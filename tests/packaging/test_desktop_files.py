"""Desktop integration: the app id, desktop entry, AppStream metainfo and icon agree with each
other and with the app, pass the freedesktop validators (desktop-file-validate, appstreamcli),
and `isohold --install-desktop-entry` puts them in this user's menu (and takes them away)."""

from __future__ import annotations

import configparser
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from isohold import APP_ID, __version__
from isohold.assets import path as resource_path
from isohold.platform import desktop_entry

ROOT = Path(__file__).resolve().parents[2]
DESKTOP = resource_path(f"desktop/{APP_ID}.desktop")
METAINFO = resource_path(f"desktop/{APP_ID}.metainfo.xml")
SVG = resource_path(f"desktop/{APP_ID}.svg")
SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)


def tool(name: str) -> str:
    found = shutil.which(name)
    if found is None:
        pytest.skip(f"{name} is not installed (tools/bootstrap.sh installs it on Debian)")
    return found


def entry(text: str) -> dict[str, str]:
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read_string(text)
    return dict(parser["Desktop Entry"])


def test_the_desktop_entry_passes_desktop_file_validate():
    done = subprocess.run([tool("desktop-file-validate"), str(DESKTOP)], capture_output=True,
                          text=True)
    assert done.returncode == 0 and "error" not in done.stdout, done.stdout


def test_the_metainfo_passes_appstreamcli_validate():
    done = subprocess.run([tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_id_entry_metainfo_icon_and_version_agree():
    fields = entry(DESKTOP.read_text())
    assert fields["Icon"] == APP_ID and fields["Exec"] == "isohold-gui"
    component = ElementTree.parse(METAINFO).getroot()
    assert component.findtext("id") == APP_ID
    assert component.find("launchable").text == DESKTOP.name
    assert component.findtext("project_license") == "MIT"
    releases = [release.get("version") for release in component.iter("release")]
    assert releases[0] == __version__  # the newest first
    for image in component.iter("image"):  # each screenshot is one the repository has
        name = image.text.rsplit("/", 1)[1]
        assert (ROOT / "docs" / "screenshots" / name).is_file(), name


def test_the_png_icons_are_the_svg_at_each_size(qapp):
    """tools/render_icons.py made them: they must still be what the SVG draws."""
    sys.path.insert(0, str(ROOT / "tools"))
    from render_icons import render
    from PySide6.QtGui import QImage

    for size in SIZES:
        png = QImage(str(SVG.parent / "icons" / f"{size}x{size}" / f"{APP_ID}.png"))
        assert (png.width(), png.height()) == (size, size)
        drawn = render(SVG, size).convertToFormat(png.format())
        differing = sum(1 for y in range(size) for x in range(size)
                        if abs(png.pixelColor(x, y).value() - drawn.pixelColor(x, y).value()) > 40)
        assert differing <= size * size // 100, f"{size}px: make icons"


def test_the_window_carries_the_app_id_and_the_icon(qapp):
    from isohold.ui.application import create_app

    app = create_app()
    assert app.desktopFileName() == APP_ID
    # X11 desktops without the desktop file name match the window's WM_CLASS class (Qt's
    # application name) with the entry's StartupWMClass
    assert entry(DESKTOP.read_text())["StartupWMClass"] == app.applicationName()
    icon = app.windowIcon()
    assert not icon.isNull()
    pixmap = icon.pixmap(64, 64)
    image = pixmap.toImage()
    assert image.pixelColor(32, 8).name() == "#ffc233"  # the ring's amber arc, at the top


@pytest.fixture
def xdg_home(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    (tmp_path / "home").mkdir()
    return tmp_path / "share"


@pytest.mark.parametrize("with_xdg_utils", [True, False], ids=["xdg-utils", "plain copies"])
def test_install_desktop_entry_puts_a_valid_entry_and_icons_in_the_menu_and_removes_them(
        xdg_home, monkeypatch, capsys, with_xdg_utils):
    from isohold.cli import main

    if with_xdg_utils:
        tool("xdg-desktop-menu")
    else:
        monkeypatch.setenv("ISOHOLD_NO_XDG_UTILS", "1")
    assert main(["--install-desktop-entry"]) == 0
    said = capsys.readouterr().out
    assert ("xdg-desktop-menu" in said) == with_xdg_utils
    installed = xdg_home / "applications" / f"{APP_ID}.desktop"
    fields = entry(installed.read_text())
    command = fields["Exec"].split(" -m ")[0].strip('"')
    assert os.path.isabs(command) and os.access(command, os.X_OK)  # no PATH needed
    assert fields["Icon"] == APP_ID
    for size in SIZES:
        assert (xdg_home / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
                ).is_file()
    assert (xdg_home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg").is_file()
    if shutil.which("desktop-file-validate"):
        done = subprocess.run(["desktop-file-validate", str(installed)], capture_output=True,
                              text=True)
        assert done.returncode == 0, done.stdout

    assert main(["--remove-desktop-entry"]) == 0
    assert not any(path.exists() for path in desktop_entry.installed_files())


def test_the_menu_entry_runs_the_installs_own_launcher():
    """In a venv or pipx install, the gui-script beside the interpreter (quoted when its path
    has a space); in the bundle, the bundle's program."""
    assert desktop_entry._quoted("/opt/my apps/isohold-gui") == '"/opt/my apps/isohold-gui"'
    assert desktop_entry._quoted("/usr/bin/isohold-gui") == "/usr/bin/isohold-gui"
    launcher = desktop_entry.launcher()
    assert launcher.startswith(str(Path(sys.executable).parent)) or " -m isohold" in launcher
