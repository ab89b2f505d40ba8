"""The routines on the menu: the built-in `drills.json` plus the athlete's own routine files.

A user file in `<config dir>/routines/*.json` has the same format as the built-in one; it may
define its own drills and routines and name built-in drills by id. A broken user file is
reported and skipped; the built-in routines load regardless. An id already taken by an earlier
file is reported and the later definition skipped.

Start-up stays interactive however full the folder: it reads, in name order, at most
MAX_USER_FILES (100) files and MAX_USER_BYTES (512 KiB) of them in all (checking a dense 100 KB
file takes ~0.25 s), each within the bounds `isohold.core.routine_file` documents, and offers at most
MAX_USER_ROUTINES (200) of their routines (a menu card each: 1,000 hold the first paint ~2 s).

A user file of format version 1 that loads without problems is rewritten as version 2 in place
(`migrate_file`): the same text with `"version": 2`, written atomically, its version-1 bytes kept
once in `routines/v1/<name>.json` (a folder the loader does not read). A file that cannot be
rewritten is left as it is, its routines offered all the same, and the reason reported.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Mapping, Sequence
from functools import cache
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from isohold import assets
from isohold.core import paths
from isohold.core.files import reason, write_atomically
from isohold.core.routine_file import (FORMAT_VERSION, MAX_BYTES, UTF8_BOM, RoutineFile,
                                       file_label, read_bytes, read_routine_file)
from isohold.core.routine_schema import who_is
from isohold.core.routines import Drill, Routine
from isohold.core.words import Message, placed, under_name

BUILT_IN = "drills.json"
SKIPPED = Message("skipped (the other routines are unaffected)")
MAX_USER_FILES = 100
MAX_USER_BYTES = 512 * 1024
MAX_USER_ROUTINES = 200
V1_FOLDER = "v1"  # under the routines folder: the version-1 bytes of migrated files


class LoadResult(NamedTuple):
    """The routines found, and a message for each file or entry that was skipped (`problems`,
    and the same grouped by the file or folder they are about)."""

    routines: tuple[Routine, ...]
    problems: list[str]
    by_file: Mapping[str, tuple[str, ...]] = MappingProxyType({})

    def routine(self, routine_id: str) -> Routine | None:
        return next((found for found in self.routines if found.id == routine_id), None)

    def summary(self, files: int = 3, lines: int = 4) -> str:
        """The problems in a few lines a message box can hold: those of the first `files`
        files (at most `lines` each, under the file's name), then the other files by name."""
        return "\n".join(self.summary_lines(files, lines))

    def summary_lines(self, files: int = 3, lines: int = 4) -> list[str]:
        """`summary`'s lines, each a message a screen says in the athlete's language."""
        groups = self.by_file or {"": tuple(self.problems)}
        shown: list[str] = []
        for label, problems in list(groups.items())[:files]:
            skipped = problems[-1] == f"{label}: {SKIPPED}"
            problems = problems[:-1] if skipped else problems
            if label:
                name = Path(label).name or label
                shown.append(Message("%1 (skipped):", name) if skipped else f"{name}:")
            shown += [Message("  %1", under_name(problem, label)) for problem in problems[:lines]]
            if len(problems) > lines:
                shown.append(Message("  and %1 more (isohold --check %2 lists them all)",
                                     len(problems) - lines, Path(label).name or "FILE"))
        rest = [Path(label).name or label for label in list(groups)[files:]]
        if rest:  # at most MAX_USER_FILES
            shown.append(Message("And %n more file(s): %1", ", ".join(rest), count=len(rest)))
        folders = dict.fromkeys(str(Path(label).parent) for label in self.by_file
                                if Path(label).parent != Path("."))
        if folders:
            shown.append(Message("(in %1)", ", ".join(folders)))
        return shown


def load_routines(config_dir: Path | None = None, *, migrate: bool = True) -> LoadResult:
    """Every routine Isohold can offer, and what was wrong with the files it skipped. With
    `migrate`, the athlete's version-1 files that load are rewritten as version 2."""
    built_in = built_in_file()
    problems = _Problems()
    problems.add(built_in.label, built_in.problems)
    drills: dict[str, Drill] = {drill.id: drill for drill in built_in.drills}
    drill_files = {drill_id: built_in.label for drill_id in drills}
    routines: dict[str, Routine] = {routine.id: routine for routine in built_in.routines}
    routine_files = {routine_id: built_in.label for routine_id in routines}

    folder = Path(config_dir) / "routines" if config_dir is not None else paths.user_routines_dir()
    offered = 0
    for file in _user_files(folder, problems):
        found = read_routine_file(file, file_label(file), base_defaults=built_in.defaults,
                                  known_drills=_drills_of(built_in))
        if not found.ok:
            problems.add(found.label, [*found.problems, placed(found.label, SKIPPED)])
            continue
        if migrate and found.version < FORMAT_VERSION:
            problem = migrate_file(file, found.label)
            if problem:
                problems.add(found.label, [problem])
        for drill in found.drills:
            if drill.id in drills:
                problems.add(found.label, [_taken(found.label, "drill", drill.id,
                                                  drill_files[drill.id])])
                continue
            drills[drill.id] = drill
            drill_files[drill.id] = found.label
        for number, routine in enumerate(found.routines):
            if offered == MAX_USER_ROUTINES:
                problems.add(found.label, [placed(found.label, Message(
                    "%n routine(s) skipped: Isohold offers at most %1 routines of your own",
                    MAX_USER_ROUTINES, count=len(found.routines) - number))])
                break
            if routine.id in routines:
                problems.add(found.label, [_taken(found.label, "routine", routine.id,
                                                  routine_files[routine.id])])
                continue
            routine_files[routine.id] = found.label
            offered += 1
            # A drill whose id was taken earlier runs as the earlier one, as reported.
            routines[routine.id] = routine._replace(
                drills=tuple(drills[d.id] for d in routine.drills))
    return LoadResult(tuple(routines.values()), problems.flat, MappingProxyType(problems.by_file))


class _Problems:
    """Messages in the order found, and grouped by the file they are about."""

    def __init__(self) -> None:
        self.flat: list[str] = []
        self.by_file: dict[str, tuple[str, ...]] = {}

    def add(self, label: str, problems: Sequence[str]) -> None:
        if problems:
            self.flat.extend(problems)
            self.by_file[label] = self.by_file.get(label, ()) + tuple(problems)


def migrate_file(file: Path, label: str | None = None) -> str:
    """Rewrite a version-1 routine file as version 2 in place; "" when done (or nothing to do),
    else what stopped it (the file is then as it was). The version-1 bytes are kept once, in
    `v1/<name>` beside it, before the file is replaced."""
    file = Path(file)
    label = label or file_label(file)
    raw, problem = read_bytes(file, label)
    if raw is None:
        return placed(label, Message("still version 1: %1", under_name(problem, label)))
    new = migrated_bytes(raw)
    if new is None:
        return ""  # not a version-1 document (any more): nothing to do
    aside = file.parent / V1_FOLDER / file.name
    built_in = built_in_file()

    def check(temp: Path) -> None:
        """The new bytes load as version 2, and the file is still the one read."""
        found = read_routine_file(temp, label, base_defaults=built_in.defaults,
                                  known_drills=_drills_of(built_in))
        if not found.ok or found.version != FORMAT_VERSION:
            raise _NotMigrated(Message("the version 2 file would not load: %1",
                                       "; ".join(found.problems)))
        now, _ = read_bytes(file, label)
        if now != raw:
            raise _NotMigrated(Message("it changed while Isohold read it"))

    try:
        if not os.path.lexists(aside):
            aside.parent.mkdir(exist_ok=True)
            write_atomically(aside, raw)
        write_atomically(file, new, check=check)
    except _NotMigrated as error:
        return placed(label, Message("still version 1, not rewritten as version %1: %2; its "
                                     "routines are offered as they are", FORMAT_VERSION,
                                     error.args[0]))
    except OSError as error:
        return placed(label, Message("still version 1: could not rewrite it as version %1 "
                                     "(%2); its routines are offered as they are, and Isohold "
                                     "tries again at the next start", FORMAT_VERSION,
                                     reason(error)))
    return ""


class _NotMigrated(Exception):
    pass


_VERSION_1 = re.compile(rb'("version"\s*:\s*)1(?![0-9.eE])')


def migrated_bytes(raw: bytes) -> bytes | None:
    """A version-1 routine file's bytes as version 2: the same bytes but for the version (the
    athlete's layout and comments in texts kept), or the document written anew should the
    version not be found plainly; None when `raw` is not a version-1 document."""
    try:
        doc = json.loads(raw.removeprefix(UTF8_BOM).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        return None
    if not isinstance(doc, dict) or doc.get("version") != 1 or isinstance(doc.get("version"), bool):
        return None
    wanted = {**doc, "version": FORMAT_VERSION}
    found = _VERSION_1.findall(raw)
    if len(found) == 1:
        new = _VERSION_1.sub(rb"\g<1>" + str(FORMAT_VERSION).encode(), raw)
        try:
            if json.loads(new.removeprefix(UTF8_BOM).decode("utf-8")) == wanted:
                return new
        except (UnicodeDecodeError, ValueError):
            pass
    text = json.dumps({"version": FORMAT_VERSION, **wanted}, indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def check_file(path: Path | str) -> list[str]:
    """What is wrong with one routine file, as `load_routines` would report it; [] when fine."""
    path = Path(path)
    label = file_label(path)
    if _is_built_in(path):
        return list(read_routine_file(path, label).problems)
    built_in = built_in_file()
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


def built_in_file() -> RoutineFile:
    """The built-in drills.json, read once while it is unchanged on disk."""
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


def _user_files(folder: Path, problems: _Problems) -> list[Path]:
    """The folder's `*.json` entries by name, whatever they are (each is reported if it is not a
    routine file); no folder is no routines, a folder that cannot be read is reported."""
    label = file_label(folder)
    try:
        with os.scandir(folder) as entries:
            names = sorted(entry.name for entry in entries
                           if entry.name.endswith(".json") and not entry.name.startswith("."))
    except FileNotFoundError:
        return []
    except OSError as error:
        problems.add(label, [placed(label, Message(
            "cannot list your routine files (%1); only the built-in routines are offered",
            error.strerror or str(error)))])
        return []
    files, total = [], 0
    for name in names[:MAX_USER_FILES]:
        try:  # a file past the size a routine file may have is refused unread: it costs nothing
            size = os.stat(folder / name).st_size
        except OSError:
            size = 0
        total += size if size <= MAX_BYTES else 0
        if total > MAX_USER_BYTES:
            break
        files.append(folder / name)
    if len(files) < len(names):
        problems.add(label, [placed(label, Message(
            "%n routine file(s) not read: Isohold reads at most %1 files and %2 KiB of them, "
            "in name order (from %3 on)", MAX_USER_FILES, MAX_USER_BYTES // 1024,
            names[len(files)], count=len(names) - len(files)))])
    return files


def _taken(label: str, kind: str, item_id: str, first: str) -> str:
    return placed(label, Message('%1 field id: expected an id not used before, but %2 already '
                                 'defines it; this one is skipped',
                                 who_is(kind == "drill", item_id, 0), first))
