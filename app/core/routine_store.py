"""The athlete's own routines: one routine a file in `<config dir>/routines/`, written back in
the documented format (`resources/drills.schema.json`), exactly as the loader reads it.

- A routine's id is made once, from its name, when it is first saved (lowercase ASCII letters,
  digits and dashes: a safe file name on every system); renaming keeps the id and the file, so
  the history still finds its sessions. The file is `<id>.json`.
- Built-in drills are named by id; every other drill (the athlete's own, or a built-in one
  changed) is written into the file itself, with an id of its own.
- Saving checks the very bytes it is about to put in place with the loader's own rules, then
  writes them atomically: a temp file in the same folder, fsync, `os.replace`, fsync the folder.
- A file that changed on disk since it was read (another program, another window) is never
  saved over: `ChangedOnDisk` says which file, and `save_beside` keeps the athlete's version
  as a second routine, "<name> (2)". Nothing is lost either way.
- Deleting moves the file into `<config dir>/trash/`, from where `undo_delete` puts it back.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
import unicodedata
from collections.abc import Collection, Iterable, Mapping
from pathlib import Path
from typing import Any, NamedTuple

from isohold.core import paths
from isohold.core.files import new_temp_file, reason
from isohold.core.loader import built_in_file
from isohold.core.routine_file import (FORMAT_VERSION, RoutineFile, file_label, read_bytes,
                                       read_document, read_routine_file)
from isohold.core.routine_schema import who_is
from isohold.core.routines import Drill, Range, Routine, Step
from isohold.core.words import Message, placed

MAX_ID = 40  # drills.schema.json: "id" maxLength
MAX_NAME = 80  # drills.schema.json: a routine's or drill's "name" maxLength
FALLBACK_ID = "routine"  # a name with no letter or digit in ASCII (say, "腿")
# Names Windows reserves whatever the extension ("con.json" cannot be created there)
_RESERVED = {"con", "prn", "aux", "nul", *(f"com{n}" for n in range(10)),
             *(f"lpt{n}" for n in range(10))}
_DRILL_DEFAULTS = Drill._field_defaults


class RoutineProblems(ValueError):
    """The routine would not load as it stands: the loader's messages, one a line."""

    def __init__(self, problems: Iterable[str]) -> None:
        self.problems = tuple(problems)
        super().__init__("\n".join(self.problems))


class ChangedOnDisk(Exception):
    """The file was changed or removed on disk since it was read; nothing was written."""

    def __init__(self, file: Path, beside_name: str, what: str = "") -> None:
        self.file, self.beside_name = file, beside_name
        super().__init__(Message(
            '%1 %2 since you opened it (another program or window), so your changes were not '
            'written over it. Save yours beside it as "%3", or open the file again to see the '
            'other version.', file_label(file), what or Message("changed on disk"),
            beside_name))


class Fingerprint(NamedTuple):
    """What a file was when it was read or written: changed bytes change the sha256, and a
    change of time or size is caught without reading."""

    mtime_ns: int
    size: int
    sha256: str

    @classmethod
    def of(cls, file: Path, data: bytes | None = None) -> "Fingerprint | None":
        """The file as it is now (None: there is none); `data` are its bytes if just read."""
        try:
            found = os.stat(file)
            if data is None:
                data, _ = read_bytes(file, file_label(file))
        except FileNotFoundError:
            return None
        digest = hashlib.sha256(data).hexdigest() if data is not None else ""
        return cls(found.st_mtime_ns, found.st_size, digest)


class OwnRoutine(NamedTuple):
    """A routine of the athlete's as it stands in its file."""

    routine: Routine
    file: Path
    fingerprint: Fingerprint | None = None  # None: not written yet
    spare_drills: tuple[Drill, ...] = ()  # drills the file defines that the routine does not use


class Trashed(NamedTuple):
    """A deleted routine file: where it was, and where it is kept until undone."""

    file: Path
    kept: Path


# -- ids and the document ----------------------------------------------------------------------


def make_id(name: str, taken: Collection[str] = ()) -> str:
    """An id from a name, not in `taken`: "Heavy day / 50 cm" -> "heavy-day-50-cm"."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    base = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:MAX_ID].rstrip("-")
    base = base or FALLBACK_ID
    if base in _RESERVED:
        base = f"{base}-{FALLBACK_ID}"
    candidate, number = base, 1
    while candidate in taken:
        number += 1
        suffix = f"-{number}"
        candidate = base[:MAX_ID - len(suffix)].rstrip("-") + suffix
    return candidate


def file_for(folder: Path, routine_id: str) -> Path:
    return folder / f"{routine_id}.json"


def numbered_name(name: str, label: str) -> str:
    """`name` with " (copy)" or " (2)" after it, within the length a name may have."""
    tail = f" ({label})"
    return name[:MAX_NAME - len(tail)].rstrip() + tail


def routine_document(routine: Routine, spare_drills: Iterable[Drill] = ()) -> dict:
    """The routine as a routine file holds it: the format `isohold.core.routine_file` reads."""
    own = _own_drills([*routine.drills, *spare_drills])
    entry: dict[str, Any] = {"id": routine.id, "name": routine.name}
    if routine.description:
        entry["description"] = routine.description
    entry["drills"] = [drill.id for drill in routine.drills]
    entry["get_ready_s"] = _number(routine.get_ready_s)
    entry["next_drill_s"] = _number(routine.next_drill_s)
    document: dict[str, Any] = {"version": FORMAT_VERSION}
    if own:
        document["drills"] = [drill_entry(drill) for drill in own]
    document["routines"] = [entry]
    return document


def drill_entry(drill: Drill) -> dict:
    """One drill as a routine file defines it."""
    entry: dict[str, Any] = {"id": drill.id, "name": drill.name, "kind": drill.kind.value,
                             "sides": drill.sides.value, "cue": drill.cue}
    for name in ("targets", "how", "notes"):
        if getattr(drill, name):
            entry[name] = getattr(drill, name)
    for name in ("tips", "cautions", "equipment"):
        if getattr(drill, name):
            entry[name] = list(getattr(drill, name))
    for name in ("reps", "sets", "hold_s", "reset_s", "rest_s", "switch_s"):
        if getattr(drill, name) is not None:
            entry[name] = _range(getattr(drill, name))
    if drill.cadence_s is not None:
        entry["cadence_s"] = _number(drill.cadence_s)
    for name in ("rep_estimate_s", "contacts_per_rep"):
        if getattr(drill, name) != _DRILL_DEFAULTS[name]:
            entry[name] = _number(getattr(drill, name))
    if drill.box_height_cm is not None:
        entry["box_height_cm"] = _range(drill.box_height_cm)
    if drill.progression:
        entry["progression"] = [_step(step) for step in drill.progression]
    return entry


def _step(step: Step) -> dict:
    """One progression step as a routine file writes it."""
    entry: dict[str, Any] = {"change": step.change.value, "by": _number(step.by)}
    if step.max is not None:
        entry["max"] = _number(step.max)
    return entry


def routine_bytes(routine: Routine, spare_drills: Iterable[Drill] = ()) -> bytes:
    text = json.dumps(routine_document(routine, spare_drills), indent=2, ensure_ascii=False)
    return (text + "\n").encode("utf-8")


def built_in_drills() -> Mapping[str, Drill]:
    return {drill.id: drill for drill in built_in_file().drills}


def _own_drills(drills: Iterable[Drill]) -> list[Drill]:
    """The drills a file must define itself (not a built-in one as shipped), each once."""
    shipped = built_in_drills()
    own: dict[str, Drill] = {}
    for drill in drills:
        if shipped.get(drill.id) != drill:
            own.setdefault(drill.id, drill)
    return list(own.values())


def _range(found: Range) -> Any:
    if found.min == found.max == found.default:
        return _number(found.default)
    return {"min": _number(found.min), "max": _number(found.max),
            "default": _number(found.default)}


def _number(value: float) -> int | float:
    return int(value) if float(value).is_integer() else float(value)


# -- the folder ---------------------------------------------------------------------------------


class RoutineStore:
    """Reads, saves and deletes the routine files of one folder (the config dir's by default)."""

    def __init__(self, folder: Path | None = None) -> None:
        self.folder = Path(folder) if folder is not None else paths.user_routines_dir()
        self.trash = self.folder.parent / "trash"

    def read(self, file: Path) -> OwnRoutine:
        """The routine of one file, to edit. Raises RoutineProblems when the file does not load,
        or holds more or less than one routine (editing one would drop the others)."""
        file = Path(file)
        for _ in range(3):  # the fingerprint must be of the bytes the routine was built from
            before = Fingerprint.of(file)
            found = self._load(file, file_label(file))
            if before is not None and Fingerprint.of(file) == before:
                break
        if not found.ok:
            raise RoutineProblems(found.problems)
        if len(found.routines) != 1:
            raise RoutineProblems([placed(found.label, Message(
                "holds %n routine(s); the editor edits a file with one routine (duplicate a "
                "routine to edit a copy of it)", count=len(found.routines)))])
        routine = found.routines[0]
        used = {drill.id for drill in routine.drills}
        spare = tuple(drill for drill in found.drills if drill.id not in used)
        return OwnRoutine(routine, file, before, spare)

    def new(self, routine: Routine) -> OwnRoutine:
        """A routine not yet saved, with an id and a file of its own (made from its name), and
        its own drills under ids no other file uses."""
        taken_routines, taken_drills = self.taken_ids()
        routine_id = make_id(routine.name, taken_routines | self._file_stems())
        routine = _with_drill_ids(routine._replace(id=routine_id), taken_drills)
        return OwnRoutine(routine, file_for(self.folder, routine_id))

    def duplicate(self, routine: Routine) -> OwnRoutine:
        """A copy of any routine (a built-in one, say), named "... (copy)", not yet saved."""
        return self.new(routine._replace(name=numbered_name(routine.name, "copy"), source=""))

    def save(self, routine: Routine, over: OwnRoutine) -> OwnRoutine:
        """Write `routine` into `over`'s file, as it was read (or a new file). Raises
        RoutineProblems (nothing written) when it would not load, ChangedOnDisk when the file
        is no longer what was read, OSError (file unchanged) when it cannot be written."""
        label = file_label(over.file)
        self._unchanged(over, routine)
        _, taken_drills = self.taken_ids(but=over.file)
        routine = _with_drill_ids(routine, taken_drills)
        data = routine_bytes(routine, over.spare_drills)
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            handle, temp = new_temp_file(over.file)  # the mode a file of the athlete's gets
        except OSError as error:
            raise OSError(placed(label, Message("could not be saved (%1); nothing was changed "
                                                "on disk", reason(error)))) from error
        try:
            with open(handle, "wb") as out:
                out.write(data)
                out.flush()
                os.fsync(out.fileno())
            found = self._load(Path(temp), label)
            problems = [*found.problems, *self._clashes(found, over.file, label)]
            if problems:
                raise RoutineProblems(problems)
            self._unchanged(over, routine)  # while we wrote
            os.replace(temp, over.file)
        except (RoutineProblems, ChangedOnDisk):
            _remove(temp)
            raise
        except OSError as error:
            _remove(temp)
            raise OSError(placed(label, Message("could not be saved (%1); the file on disk is "
                                                "unchanged", reason(error)))) from error
        except BaseException:
            _remove(temp)
            raise
        _sync_folder(self.folder)
        saved = found.routines[0]._replace(source=str(over.file))
        return OwnRoutine(saved, over.file, Fingerprint.of(over.file, data), over.spare_drills)

    def save_beside(self, routine: Routine) -> OwnRoutine:
        """Keep `routine` as a second routine, "<name> (2)", in a file of its own (after a
        ChangedOnDisk: both versions stay)."""
        fresh = self.new(routine._replace(name=numbered_name(routine.name, "2")))
        return self.save(fresh.routine, fresh)

    def delete(self, own: OwnRoutine) -> Trashed:
        """Move the routine's file to the trash; `undo_delete` puts it back."""
        self.trash.mkdir(parents=True, exist_ok=True)
        kept = self.trash / f"{time.strftime('%Y%m%d-%H%M%S')}-{own.file.name}"
        number = 1
        while os.path.lexists(kept):
            number += 1
            kept = kept.with_name(f"{time.strftime('%Y%m%d-%H%M%S')}-{number}-{own.file.name}")
        os.rename(own.file, kept)
        _sync_folder(self.folder)
        return Trashed(own.file, kept)

    def undo_delete(self, trashed: Trashed) -> OwnRoutine:
        """Put a deleted routine's file back where it was (never over a file there now)."""
        if os.path.lexists(trashed.file):
            raise FileExistsError(Message("%1 exists again, so the deleted routine stays in %2; "
                                          "move one away", file_label(trashed.file),
                                          file_label(trashed.kept)))
        os.rename(trashed.kept, trashed.file)
        _sync_folder(self.folder)
        return self.read(trashed.file)

    def taken_ids(self, but: Path | None = None) -> tuple[set[str], set[str]]:
        """The routine ids and drill ids that the built-in file and the folder's other files
        (all but `but`) define."""
        built_in = built_in_file()
        routines = {routine.id for routine in built_in.routines}
        drills = {drill.id for drill in built_in.drills}
        for file, doc in self._documents(but):
            routines |= _ids(doc.get("routines"))
            drills |= _ids(doc.get("drills"))
        return routines, drills

    # -- inside --------------------------------------------------------------------------------

    def _unchanged(self, over: OwnRoutine, routine: Routine) -> None:
        """Raise ChangedOnDisk unless `over.file` is as it was read (or still absent)."""
        now = Fingerprint.of(over.file)
        if now == over.fingerprint:
            return
        what = (Message("was removed") if now is None else Message("changed on disk")
                if over.fingerprint else Message("was created by someone else"))
        raise ChangedOnDisk(over.file, numbered_name(routine.name, "2"), what)

    def _load(self, file: Path, label: str) -> RoutineFile:
        built_in = built_in_file()
        return read_routine_file(file, label, base_defaults=built_in.defaults,
                                 known_drills={drill.id: drill for drill in built_in.drills})

    def _documents(self, but: Path | None) -> list[tuple[Path, dict]]:
        """The folder's other routine files, as JSON (unreadable ones are left out)."""
        documents = []
        for file in self._files():
            if but is not None and file.name == Path(but).name:
                continue
            doc, _ = read_document(file, file_label(file))
            if doc is not None:
                documents.append((file, doc))
        return documents

    def _files(self) -> list[Path]:
        try:
            names = sorted(name for name in os.listdir(self.folder)
                           if name.endswith(".json") and not name.startswith("."))
        except OSError:
            return []
        return [self.folder / name for name in names]

    def _file_stems(self) -> set[str]:
        try:
            return {Path(name).stem for name in os.listdir(self.folder)}
        except OSError:
            return set()

    def _clashes(self, found: RoutineFile, file: Path, label: str) -> list[str]:
        """Ids of the file that the built-in file or another file already defines (the loader
        would skip them)."""
        built_in = built_in_file()
        first: dict[tuple[str, str], str] = {}
        for item in built_in.routines:
            first[("routine", item.id)] = "drills.json"
        for item in built_in.drills:
            first[("drill", item.id)] = "drills.json"
        for other, doc in self._documents(but=file):
            for kind, section in (("routine", "routines"), ("drill", "drills")):
                for ident in _ids(doc.get(section)):
                    first.setdefault((kind, ident), other.name)
        problems = []
        for kind, items in (("routine", found.routines), ("drill", found.drills)):
            for item in items:
                if (kind, item.id) in first:
                    problems.append(placed(label, Message(
                        "%1 field id: expected an id not used before, but %2 already defines it",
                        who_is(kind == "drill", item.id, 0), first[(kind, item.id)])))
        return problems


def _with_drill_ids(routine: Routine, taken: Collection[str]) -> Routine:
    """The routine with each drill it defines itself under an id no other file uses (a drill
    copied from another file becomes this file's own)."""
    renamed: dict[str, str] = {}
    used = set(taken)
    for drill in _own_drills(routine.drills):
        if drill.id in used:
            renamed[drill.id] = make_id(drill.id, used)
        used.add(renamed.get(drill.id, drill.id))
    if not renamed:
        return routine
    return routine._replace(drills=tuple(
        drill._replace(id=renamed[drill.id]) if drill.id in renamed else drill
        for drill in routine.drills))


def _ids(items: Any) -> set[str]:
    if not isinstance(items, list):
        return set()
    return {item["id"] for item in items
            if isinstance(item, dict) and isinstance(item.get("id"), str)}


def _remove(file: str) -> None:
    try:
        os.unlink(file)
    except FileNotFoundError:
        pass


def _sync_folder(folder: Path) -> None:
    """Make a rename in `folder` durable (POSIX; Windows cannot open a folder to sync it)."""
    if os.name != "posix":
        return
    try:
        handle = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(handle)
    except OSError:
        pass
    finally:
        os.close(handle)

