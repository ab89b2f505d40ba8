#!/usr/bin/env bash
# Print the absolute path of a Python interpreter that really runs, or say why not (exit 1).
#
#   tools/find_python.sh 3.12           a Python 3.12: `python3.12` on PATH if it runs, else
#                                       pyenv's installed 3.12.x (pyenv's bare shims fail on
#                                       these machines unless PYENV_VERSION is set)
#   tools/find_python.sh python3.12     the same, by command name
#   tools/find_python.sh /usr/bin/python3   exactly that file
#
# Exit 1: no such interpreter on this machine (nothing printed on stdout).
# Exit 2: there is one, but it does not run or is not a CPython 3.11+ (the reason on stderr):
#         callers fail loudly on 2 and may skip on 1.
set -uo pipefail
want=${1:?usage: find_python.sh VERSION|COMMAND|PATH}

runs() {  # $1: an interpreter; prints its real path when it runs and is 3.11 or newer
  "$1" -c 'import sys; assert sys.version_info >= (3, 11), sys.version; print(sys.executable)' 2>/dev/null
}

case $want in
  */*)  # a path
    [ -e "$want" ] || { echo "find_python: $want: no such file" >&2; exit 1; }
    runs "$want" || { echo "find_python: $want does not run as Python 3.11 or newer" >&2; exit 2; }
    exit 0 ;;
  python*) version=${want#python} ;;
  *) version=$want ;;
esac
[ -n "$version" ] || version=3

found_broken=""
if command -v "python$version" >/dev/null 2>&1; then
  runs "python$version" && exit 0
  found_broken="$(command -v "python$version")"
fi
if command -v pyenv >/dev/null 2>&1; then
  root=$(pyenv root)
  for candidate in $(pyenv versions --bare 2>/dev/null | grep -E "^${version//./\\.}(\.[0-9]+)*$" | sort -rV); do
    exe="$root/versions/$candidate/bin/python$version"
    [ -x "$exe" ] || exe="$root/versions/$candidate/bin/python3"
    if [ -x "$exe" ]; then
      runs "$exe" && exit 0
      found_broken="$exe"
    fi
  done
fi
if [ -n "$found_broken" ]; then
  echo "find_python: python$version is here ($found_broken) but does not run, or is older than 3.11" >&2
  exit 2
fi
echo "find_python: no Python $version on this machine" >&2
exit 1
