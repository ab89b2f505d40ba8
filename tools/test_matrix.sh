#!/usr/bin/env bash
# The test suite on each Python and PySide6 the project claims (`make test-matrix`).
#
# MATRIX lists runs as PYTHON:PYSIDE6, PYSIDE6 being "lowest" (the range's lower bound in
# pyproject.toml, pinned) or "highest" (what pip picks for the range: its newest release).
# Default: 3.11:lowest 3.11:highest 3.12:highest 3.13:highest. Each run has its own venv in
# build/matrix/ (made once, kept while pyproject.toml is unchanged). A Python that is not on
# the machine is skipped and said so; one that is there but does not run fails the matrix, as
# does any run whose tests fail. PYTEST_ARGS are passed to pytest (default: the whole suite).
set -uo pipefail
cd "$(dirname "$0")/.."
MATRIX=${MATRIX:-"3.11:lowest 3.11:highest 3.12:highest 3.13:highest"}
ROOT=build/matrix
mkdir -p "$ROOT"

lowest=$(python3 - <<'PY'
import re, tomllib
deps = tomllib.load(open("pyproject.toml", "rb"))["project"]["dependencies"]
spec = next(d for d in deps if d.lower().startswith("pyside6-essentials"))
print(re.search(r">=\s*([0-9.]+)", spec).group(1))
PY
) || { echo "test-matrix: cannot read PySide6's lower bound from pyproject.toml" >&2; exit 2; }

extras=test  # and the simpleaudio extra where it can be built, as tools/bootstrap.sh does
if [ -f /usr/include/alsa/asoundlib.h ] || [ "$(uname)" != Linux ]; then extras=test,simpleaudio; fi

results=() failed=0
for entry in $MATRIX; do
  py=${entry%%:*} qt=${entry#*:}
  label="Python $py, PySide6 $qt"
  exe=$(tools/find_python.sh "$py"); found=$?
  if [ $found = 1 ]; then results+=("SKIPPED  $label: no Python $py on this machine"); continue; fi
  if [ $found != 0 ]; then results+=("FAILED   $label: python$py is here but cannot be used (see above)"); failed=1; continue; fi
  venv=$ROOT/py$py-$qt
  if [ ! -f "$venv/.installed" ] || [ pyproject.toml -nt "$venv/.installed" ] ||
     [ "$(cat "$venv/.python" 2>/dev/null)" != "$exe" ]; then
    rm -rf "$venv"
    "$exe" -m venv "$venv" || { results+=("FAILED   $label: cannot make a venv"); failed=1; continue; }
    constraint=()
    if [ "$qt" = lowest ]; then
      printf 'PySide6-Essentials==%s\nPySide6-Addons==%s\n' "$lowest" "$lowest" > "$venv/constraints.txt"
      constraint=(-c "$venv/constraints.txt")
    fi
    echo "test-matrix: installing for $label ($exe)"
    if ! { "$venv/bin/python" -m pip install -q --upgrade pip &&
           "$venv/bin/python" -m pip install -q "${constraint[@]}" -e ".[$extras]"; }; then
      results+=("FAILED   $label: the install failed"); failed=1; continue
    fi
    echo "$exe" > "$venv/.python"; touch "$venv/.installed"
  fi
  versions=$("$venv/bin/python" -c 'import sys, PySide6; print(f"Python {sys.version.split()[0]}, PySide6 {PySide6.__version__}")')
  echo "test-matrix: $versions"
  start=$(date +%s)
  # shellcheck disable=SC2086
  if QT_QPA_PLATFORM=offscreen "$venv/bin/python" -m pytest -q -p no:cacheprovider ${PYTEST_ARGS:-}; then
    results+=("PASSED   $versions ($(( $(date +%s) - start )) s)")
  else
    results+=("FAILED   $versions: tests failed ($(( $(date +%s) - start )) s)"); failed=1
  fi
done
echo; echo "test-matrix:"; printf '  %s\n' "${results[@]}"
exit $failed
