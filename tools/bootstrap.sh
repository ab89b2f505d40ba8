#!/usr/bin/env bash
# Build .venv from nothing: system libraries (when root with apt), a Python 3.11 or newer, the
# app and its test tools, and the simpleaudio extra when the ALSA headers are there to build it.
#
# The Python: PYTHON_FOR_VENV (a version like 3.12, a command like python3.12, or a path) when
# set, and then exactly that one or a loud failure; else the first of 3.11, 3.12, 3.13 that runs
# (pyenv's installed versions too: tools/find_python.sh). A .venv built with another Python is
# rebuilt. Run by every `make run` and `make test`; quick when nothing changed.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv

# A Python the app supports.
if [ -n "${PYTHON_FOR_VENV:-}" ]; then
  PYTHON=$(tools/find_python.sh "$PYTHON_FOR_VENV") || {
    echo "bootstrap: PYTHON_FOR_VENV=$PYTHON_FOR_VENV cannot be used (see above); not falling" \
      "back to another Python" >&2
    exit 1
  }
else
  PYTHON=""
  for candidate in 3.11 3.12 3.13 3; do
    PYTHON=$(tools/find_python.sh "$candidate" 2>/dev/null) && break
  done
  [ -n "$PYTHON" ] || { echo "bootstrap: needs Python 3.11 or newer" >&2; exit 1; }
fi
# Which Python a venv runs on: its base installation and version (the same for the interpreter
# and a venv made from it).
identity() { "$1" -c 'import sys; print(sys.base_prefix, sys.version.split()[0])' 2>/dev/null; }
wanted=$(identity "$PYTHON")
have=$( [ -x "$VENV/bin/python" ] && identity "$VENV/bin/python" || true)
if [ -f "$VENV/.installed" ] && [ "$have" = "$wanted" ] &&
   [ "$VENV/.installed" -nt pyproject.toml ] && [ "$VENV/.installed" -nt tools/bootstrap.sh ]; then
  exit 0  # up to date
fi
if [ -e "$VENV" ] && [ "$have" != "$wanted" ]; then
  echo "bootstrap: $VENV runs ${have:-a Python that no longer starts}; rebuilding it with" \
    "$PYTHON ($wanted)"
  rm -rf "$VENV"
fi

# System packages: Qt's runtime libraries, the ALSA headers simpleaudio compiles against, what
# the audio tests and the sound generator use (alsa-utils, espeak-ng, pulseaudio), and the real
# X display of the black-box tests (tests/blackbox: Xvfb, openbox, xdotool, xset and xprop,
# imagemagick's `import` for screenshots), and the desktop files' checkers and installers
# (desktop-file-validate, appstreamcli, xdg-desktop-menu; tests/packaging).
SYSTEM_PACKAGES="libasound2-dev alsa-utils espeak-ng pulseaudio libegl1 libgl1 libxkbcommon0
  libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
  libpulse0 dbus-daemon xvfb xdotool openbox x11-utils x11-xserver-utils imagemagick
  desktop-file-utils appstream xdg-utils"
missing=""
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in $SYSTEM_PACKAGES; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "ok installed" || missing="$missing $pkg"
  done
fi
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing system packages:$missing"
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
  else
    echo "bootstrap: not root or no apt-get; these system packages are missing:$missing" >&2
    echo "bootstrap: carrying on; sound may fall back to Qt Multimedia or silence, and the" \
      "black-box tests (tests/blackbox) skip without Xvfb." >&2
  fi
fi

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
extras="test"
if [ -f /usr/include/alsa/asoundlib.h ] || [ "$(uname)" != "Linux" ]; then
  extras="test,simpleaudio"
else
  echo "bootstrap: no ALSA headers (libasound2-dev): skipping simpleaudio, using Qt Multimedia." >&2
fi
"$VENV/bin/python" -m pip install -q -e ".[$extras]"
touch "$VENV/.installed"
echo "bootstrap: $VENV ready: $("$VENV/bin/python" -c 'import sys, PySide6; print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")')"
