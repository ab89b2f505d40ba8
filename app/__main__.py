"""`python -m isohold`, the `isohold` command and the `isohold-gui` launcher (the same `main`)."""

import sys

from isohold.cli import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
