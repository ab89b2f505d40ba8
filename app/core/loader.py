"""The routines on the menu: the built-in `drills.json` plus the athlete's own routine files.

A user file in `<config dir>/routines/*.json` has the same format as the built-in one; it may
define its own drills and routines and name built-in drills by id. A broken user file is
reported and skipped; the built-in routines load regardless. An id already taken by an earlier
file is reported and the later definition skipped.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import NamedTuple

from app import assets
from app.core import paths
from app.core.routine_file import RoutineFile, read_routine_file
from app.core.routines import Drill, Routine

BUILT_IN = "drills.json"


class LoadResult(NamedTuple):
    """The routines found, and a message for each file or entry that was skipped."""

    routines: tuple[Routine, ...]
    problems: list[str]

    def routine(self, routine_id: str) -> Routine | None:
        return next((found for found in self.routines if found.id == routine_id), None)


def load_routines(config_dir: Path | None = None) -> LoadResult:
    """Every routine Isohold can offer, and what was wrong with the files it skipped."""
    built_in = _built_in()
    problems = list(built_in.problems)
    drills: dict[str, Drill] = {drill.id: drill for drill in built_in.drills}
    drill_files = {drill_id: built_in.label for drill_id in drills}
    routines: dict[str, Routine] = {routine.id: routine for routine in built_in.routines}
    routine_files = {routine_id: built_in.label for routine_id in routines}

    folder = Path(config_dir) / "routines" if config_dir is not None else paths.user_routines_dir()
    for file in _user_files(folder, problems):
        found = read_routine_file(file, str(file), base_defaults=built_in.defaults,
                                  known_drills=_drills_of(built_in))
        if not found.ok:
            problems.extend(found.problems)
            problems.append(f"{found.label}: skipped (the other routines are unaffected)")
            continue
        for drill in found.drills:
            if drill.id in drills:
                problems.append(_taken(found.label, "drill", drill.id, drill_files[drill.id]))
                continue
            drills[drill.id] = drill
            drill_files[drill.id] = found.label
        for routine in found.routines:
            if routine.id in routines:
                problems.append(_taken(found.label, "routine", routine.id,
                                       routine_files[routine.id]))
                continue
            routine_files[routine.id] = found.label
            # A drill whose id was taken earlier runs as the earlier one, as reported.
            routines[routine.id] = routine._replace(
                drills=tuple(drills[d.id] for d in routine.drills))
    return LoadResult(tuple(routines.values()), problems)


def check_file(path: Path | str) -> list[str]:
    """What is wrong with one routine file, as `load_routines` would report it; [] when fine."""
    path = Path(path)
    label = str(path)
    if _is_built_in(path):
        return list(read_routine_file(path, label).problems)
    built_in = _built_in()
    found = read_routine_file(path, label, base_defaults=built_in.defaults,
                              known_drills=_drills_of(built_in))
    problems = list(found.problems)
    known = _drills_of(built_in)
    built_in_routines = {routine.id for routine in built_in.routines}
    problems += [_taken(label, "drill", drill.id, BUILT_IN) for drill in found.drills
                 if drill.id in known]
    problems += [_taken(label, "routine", routine.id, BUILT_IN) for routine in found.routines
                 if routine.id in built_in_routines]
    return problems


def _built_in() -> RoutineFile:
    file = assets.path(BUILT_IN)
    stat = file.stat()
    return _read_built_in(file, stat.st_mtime_ns, stat.st_size)


@cache
def _read_built_in(file: Path, _mtime_ns: int, _size: int) -> RoutineFile:
    """Read once per version of the file. The shipped file skips the schema pass at start-up
    (importing jsonschema alone costs ~150 ms); tests/core/test_loader.py holds it to the
    schema, and `isohold --check` checks it in full."""
    return read_routine_file(file, BUILT_IN, schema=False)


def _drills_of(loaded: RoutineFile) -> dict[str, Drill]:
    return {drill.id: drill for drill in loaded.drills}


def _is_built_in(path: Path) -> bool:
    try:
        return path.exists() and path.resolve() == assets.path(BUILT_IN).resolve()
    except OSError:
        return False


def _user_files(folder: Path, problems: list[str]) -> list[Path]:
    try:
        return sorted(file for file in folder.glob("*.json") if not file.name.startswith("."))
    except OSError as error:
        problems.append(f"{folder}: cannot list routine files ({error.strerror or error})")
        return []


def _taken(label: str, kind: str, item_id: str, first: str) -> str:
    return (f'{label}: {kind} "{item_id}" field id: expected an id not used before, but '
            f"{first} already defines it; this one is skipped")
