"""The `isohold` command: start the app, or answer a question about routines and history."""

from __future__ import annotations

import argparse
import gc
import os
import sys
from pathlib import Path

# What no arguments mean: the everyday start, answered without building the parser (its help
# texts go through gettext, ~3.5 ms of start-up). tests/test_cli.py holds these to the parser's.
NO_ARGUMENTS = {"list_routines": False, "check": None, "routine": None, "speed": 1.0,
                "data_dir": None, "export_history": None}


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    argv = sys.argv[1:] if argv is None else argv
    if not argv:
        return argparse.Namespace(**NO_ARGUMENTS)
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.speed <= 0:
        parser.error(f"--speed must be a positive number, got {args.speed}")
    return args


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="isohold", description="A guided timer for isometric and plyometric lower-leg drills.")
    parser.add_argument("--list-routines", action="store_true",
                        help="print the routines Isohold knows, then exit")
    parser.add_argument("--check", metavar="FILE", type=Path,
                        help="validate a routine file; exit 1 with the problems if it is wrong")
    parser.add_argument("--routine", metavar="ID", help="open straight on a routine's setup page")
    parser.add_argument("--speed", metavar="FACTOR", type=float, default=1.0,
                        help="run the session clock FACTOR times faster (to preview a routine)")
    parser.add_argument("--data-dir", metavar="DIR", type=Path,
                        help="keep the history in DIR instead of the user data folder")
    parser.add_argument("--export-history", metavar="FILE", type=Path,
                        help="write the history to FILE (.csv or .json), then exit")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    if args.data_dir is not None:
        os.environ["ISOHOLD_DATA_DIR"] = str(args.data_dir)
    if args.check is not None:
        return _check(args.check)
    if args.list_routines:
        return _list_routines()
    if args.export_history is not None:
        from isohold.core.history.export import export_history_file

        return export_history_file(args.export_history)
    # Start-up makes what lives as long as the app (Qt's bindings, the routines, the menu): the
    # cyclic collector would find nothing to free in it, yet runs ~35 times before the first
    # paint (~5 ms). `isohold.ui.application` turns it back on after the first frame.
    gc.disable()
    from isohold.ui.application import run

    return run(args)


def _check(file: Path) -> int:
    """Every problem of one file in one run, exit 1 if there is any; never a traceback."""
    from isohold.core.loader import check_file
    from isohold.core.routine_file import file_label

    _never_fail_to_print()
    problems = check_file(file)
    if problems:
        for problem in problems:
            print(problem, file=sys.stderr)
        return 1
    print(f"{file_label(file)}: OK")
    return 0


def _never_fail_to_print() -> None:
    """A character the terminal's encoding lacks is printed as an escape, not a crash."""
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")


def _list_routines() -> int:
    from isohold.core.loader import load_routines
    from isohold.core.routines import SessionPlan
    from isohold.core.timeline import estimate_s

    _never_fail_to_print()
    found = load_routines()
    for problem in found.problems:
        print(problem, file=sys.stderr)
    for routine in found.routines:
        minutes = estimate_s(SessionPlan(routine)) / 60
        drills = ", ".join(drill.name for drill in routine.drills)
        print(f"{routine.id:<20} {routine.name}  (~{minutes:.0f} min: {drills})")
    return 0
