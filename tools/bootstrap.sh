#!/usr/bin/env bash
# Build .venv from nothing: system libraries (when root with apt), a Python 3.11-3.13, the app
# and its test tools, and the simpleaudio extra when the ALSA headers are there to build it.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV=.venv

# System packages: Qt's runtime libraries, the ALSA headers simpleaudio compiles against, what
# the audio tests and the sound generator use (alsa-utils, espeak-ng, pulseaudio), and the real
# X display of the black-box tests (tests/blackbox: Xvfb, openbox, xdotool, xset and xprop,
# imagemagick's `import` for screenshots).
SYSTEM_PACKAGES="libasound2-dev alsa-utils espeak-ng pulseaudio libegl1 libgl1 libxkbcommon0
  libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 fonts-dejavu-core libxcb-cursor0 libxcb-icccm4
  libxcb-keysyms1 libxcb-shape0 libxcb-randr0 libxcb-render-util0 libxcb-image0 libxcb-xinerama0
  libpulse0 dbus-daemon xvfb xdotool openbox x11-utils x11-xserver-utils imagemagick"
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

# A Python the app supports.
PYTHON=""
for candidate in ${PYTHON_FOR_VENV:-} python3.11 python3.12 python3.13 python3; do
  if command -v "$candidate" >/dev/null 2>&1 &&
     "$candidate" -c 'import sys; sys.exit(not ((3, 11) <= sys.version_info[:2] <= (3, 13)))' 2>/dev/null; then
    PYTHON=$candidate; break
  fi
done
[ -n "$PYTHON" ] || { echo "bootstrap: needs Python 3.11 to 3.13" >&2; exit 1; }

[ -x "$VENV/bin/python" ] || "$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install -q --upgrade pip
extras="test"
if [ -f /usr/include/alsa/asoundlib.h ] || [ "$(uname)" != "Linux" ]; then
  extras="test,simpleaudio"
else
  echo "bootstrap: no ALSA headers (libasound2-dev): skipping simpleaudio, using Qt Multimedia." >&2
fi
"$VENV/bin/python" -m pip install -q -e ".[$extras]"
