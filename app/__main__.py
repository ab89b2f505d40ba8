"""`python -m isohold` and the `isohold` command."""

import sys

from isohold.cli import main as _main


def main() -> None:
    sys.exit(_main())


if __name__ == "__main__":
    main()
