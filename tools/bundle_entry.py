"""The bundle's program (isohold.spec): what `python -m isohold` does."""

from isohold.__main__ import main

main()
