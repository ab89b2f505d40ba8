"""Programs: a plan of weeks, each of two or three sessions, each session a routine (built in or
the athlete's own) with some of its choices set (reps, hold time, sets, box height, rests).

The built-in programs are in `resources/programs.json`; the athlete's own are JSON files of the
same format in `<config dir>/programs/`, beside their routines (`<config dir>/routines/`):

    {"version": 1,
     "programs": [
       {"id": "my-block", "name": "My block", "description": "...",
        "rest_days": 2,
        "weeks": [
          {"note": "Learn the holds.",
           "sessions": [{"routine": "iso-holds"},
                        {"routine": "iso-holds",
                         "choices": {"wall-press-straight": {"reps": 9}}}]}]}]}

- `rest_days` (1 to 7, default 2): the fewest calendar days from one session of the plan to the
  next (2: Monday, then Wednesday), so intense plyometric sessions are at least ~48 h apart.
- A week has 1 to 7 sessions; a program 1 to 52 weeks.
- `choices` sets, per drill of the session's routine (by id), any of reps, sets, hold_s,
  box_height_cm, reset_s, rest_s, switch_s: each within the drill's range, reps even for a drill
  worked one leg at a time. A field left out is the athlete's own choice on the setup page.

Reading never raises: a file or a program that cannot be used is left out and said in the
loader's style (file, line, plain words); the other programs load regardless. The program the
athlete follows and its start date are kept in `<config dir>/program.json` (`Following`): a bad
file there is kept aside, as the settings are, and nothing is followed.
Where the athlete is in a program is `isohold.core.program_standing`.
"""

from __future__ import annotations

import codecs
import json
import os
import stat
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from isohold import assets
from isohold.core import paths
from isohold.core.files import keep_aside, kind_of_non_file, reason, write_atomically
from isohold.core.json_places import Places, syntax_problem
from isohold.core.routine_schema import message
from isohold.core.routines import Drill, DrillChoice, Routine
from isohold.core.settings import show_value
from isohold.core.words import Message, placed

FORMAT_VERSION = 1
BUILT_IN = "programs.json"
FOLLOWING_FILE = "program.json"
MAX_BYTES = 256 * 1024  # a 52-week program with choices is ~40 KiB
MAX_USER_FILES = 50
MAX_WEEKS = 52
MAX_SESSIONS_A_WEEK = 7
REST_DAYS = (1, 7)  # the fewest days between two sessions of a plan may be set from 1 to 7
DEFAULT_REST_DAYS = 2  # 48-72 h between intense plyometric sessions (NSCA): Monday, Wednesday
CHOICE_FIELDS = ("reps", "sets", "hold_s", "box_height_cm", "reset_s", "rest_s", "switch_s")
WHOLE = ("reps", "sets")
SKIPPED = Message("skipped (the other programs are unaffected)")


class ProgramSession(NamedTuple):
    """One session of a program: which routine, and the choices the plan sets for it."""

    week: int  # from 1
    number: int  # from 1, within its week
    routine_id: str
    choices: Mapping[str, Mapping[str, float]] = MappingProxyType({})  # drill id -> field -> value


class Program(NamedTuple):
    id: str
    name: str
    description: str
    weeks: tuple[tuple[ProgramSession, ...], ...]
    rest_days: int = DEFAULT_REST_DAYS
    notes: tuple[str, ...] = ()  # one per week ("" where the file has none)
    source: str = ""  # the file it came from

    @property
    def sessions(self) -> tuple[ProgramSession, ...]:
        """Every session, in order."""
        return tuple(session for week in self.weeks for session in week)


class ProgramsFound(NamedTuple):
    """The programs that loaded, and a line for each problem (the loader's style)."""

    programs: tuple[Program, ...]
    problems: tuple[str, ...] = ()

    def program(self, program_id: str) -> Program | None:
        return next((found for found in self.programs if found.id == program_id), None)


def user_programs_dir(config_dir: Path | None = None) -> Path:
    return (Path(config_dir) if config_dir is not None else paths.config_dir()) / "programs"


def load_programs(routines: Iterable[Routine], config_dir: Path | None = None) -> ProgramsFound:
    """The built-in programs, then the athlete's own files in name order; a program naming a
    routine that is not among `routines` (or a drill it does not have) is left out and said."""
    known = {routine.id: routine for routine in routines}
    programs: dict[str, Program] = {}
    problems: list[str] = []
    files = [(assets.path(BUILT_IN), BUILT_IN)]
    folder = user_programs_dir(config_dir)
    try:
        found = sorted(folder.glob("*.json"))
    except OSError as error:
        found = []
        problems.append(placed(str(folder), Message("cannot be read (%1)", reason(error))))
    if len(found) > MAX_USER_FILES:
        problems.append(placed(str(folder), Message(
            "%n program file(s) skipped: Isohold reads at most %1", MAX_USER_FILES,
            count=len(found) - MAX_USER_FILES)))
    files += [(file, str(file)) for file in found[:MAX_USER_FILES]]
    for file, label in files:
        read, said = read_program_file(file, label, known)
        problems += said
        for program in read:
            if program.id in programs:
                problems.append(placed(label, Message(
                    '%1: the id is taken by %2; %3', _who(program.id, 0),
                    programs[program.id].source, SKIPPED)))
                continue
            programs[program.id] = program
    return ProgramsFound(tuple(programs.values()), tuple(problems))


def read_program_file(path: Path, label: str,
                      routines: Mapping[str, Routine]) -> tuple[list[Program], list[str]]:
    """The programs a file holds that can be used, and a line for each problem found."""
    text, problem = _text(Path(path), label)
    if text is None:
        return [], [problem]
    try:
        doc = json.loads(text, parse_constant=_no_constant)
    except json.JSONDecodeError as error:
        line, what = syntax_problem(text, error)
        return [], [placed(label, what, line)]
    except (ValueError, RecursionError) as error:
        return [], [placed(label, Message("not valid JSON (%1)", error.args[0] if error.args
                                          else str(error)))]
    check = _Checker(label, Places(text), routines, str(path))
    return check.document(doc), check.problems


def _no_constant(name: str) -> Any:
    raise ValueError(Message("%1 is not a number JSON allows", name))


def _text(path: Path, label: str) -> tuple[str | None, str]:
    kind = kind_of_non_file(path)
    if kind:
        return None, placed(label, Message("is %1, expected a program file (.json); not read",
                                           kind))
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with open(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                return None, placed(label, Message("is not a regular file; not read"))
            raw = handle.read(MAX_BYTES + 1)
    except OSError as error:
        return None, placed(label, Message("cannot be read (%1)", reason(error)))
    if len(raw) > MAX_BYTES:
        return None, placed(label, Message("larger than a program file may be (%1 KiB)",
                                           MAX_BYTES // 1024))
    try:
        return raw.removeprefix(codecs.BOM_UTF8).decode("utf-8"), ""
    except UnicodeDecodeError as error:
        line = raw.count(b"\n", 0, error.start) + 1
        return None, placed(label, Message("a character that is not UTF-8 text: save the file "
                                           "as UTF-8"), line)


class _Checker:
    """Checks a program document and builds its programs; each problem on its line."""

    def __init__(self, label: str, places: Places, routines: Mapping[str, Routine],
                 source: str) -> None:
        self.label, self.places, self.routines, self.source = label, places, routines, source
        self.problems: list[str] = []

    def say(self, path: Sequence, what: str, who: str = "") -> None:
        field = _field(path[2:]) if who else _field(path)
        self.problems.append(message(self.label, who, field, what, self.places.line(path)))

    def document(self, doc: Any) -> list[Program]:
        if not isinstance(doc, dict):
            self.say((), Message("expected a JSON object {...} at the top level, got %1",
                                 show_value(doc)))
            return []
        if doc.get("version") != FORMAT_VERSION or isinstance(doc.get("version"), bool):
            self.say(("version",), Message("expected %1, got %2 (this Isohold reads version %1 "
                                           "program files)", FORMAT_VERSION,
                                           show_value(doc.get("version"))))
            return []
        items = doc.get("programs")
        if not isinstance(items, list) or not items:
            self.say(("programs",), Message("expected a list of programs, got %1",
                                            show_value(items)))
            return []
        programs, seen = [], set()
        for index, item in enumerate(items):
            before = len(self.problems)
            program = self.program(index, item)
            if program is not None and program.id in seen:
                self.say(("programs", index, "id"), Message('expected a unique id, got "%1" again',
                                                            program.id), _who("", index + 1))
                program = None
            if program is None or len(self.problems) > before:
                who = _who(item["id"] if isinstance(item, dict) and
                           isinstance(item.get("id"), str) else "", index + 1)
                self.problems.append(placed(self.label, Message("%1: %2", who, SKIPPED)))
                continue
            seen.add(program.id)
            programs.append(program)
        return programs

    def program(self, index: int, item: Any) -> Program | None:
        at = ("programs", index)
        if not isinstance(item, dict):
            self.say(at, Message("expected a program {...}, got %1", show_value(item)))
            return None
        texts = {}
        for name, required in (("id", True), ("name", True), ("description", False)):
            value = item.get(name, None if required else "")
            if not isinstance(value, str) or required and not value.strip():
                self.say((*at, name), Message("expected text, got %1", show_value(value)),
                         _who("", index + 1))
                return None
            texts[name] = value
        who = _who(texts["id"], 0)
        for name in item:
            if name not in ("id", "name", "description", "rest_days", "weeks"):
                self.say((*at, name), Message("not a field of a program (id, name, description, "
                                              "rest_days, weeks)"), who)
        rest_days = item.get("rest_days", DEFAULT_REST_DAYS)
        if not _whole(rest_days) or not REST_DAYS[0] <= rest_days <= REST_DAYS[1]:
            self.say((*at, "rest_days"), Message("expected a whole number of days from %1 to %2, "
                                                 "got %3", REST_DAYS[0], REST_DAYS[1],
                                                 show_value(rest_days)), who)
        weeks = item.get("weeks")
        if not isinstance(weeks, list) or not 1 <= len(weeks) <= MAX_WEEKS:
            got = show_value(weeks) if not isinstance(weeks, list) else len(weeks)
            self.say((*at, "weeks"), Message("expected a list of 1 to %1 weeks, got %2",
                                             MAX_WEEKS, got), who)
            return None
        built, notes = [], []
        for number, week in enumerate(weeks, start=1):
            sessions, note = self.week(at, who, number, week)
            built.append(sessions)
            notes.append(note)
        return Program(texts["id"], texts["name"], texts["description"], tuple(built),
                       rest_days if _whole(rest_days) else DEFAULT_REST_DAYS, tuple(notes),
                       self.source)

    def week(self, at: tuple, who: str, number: int,
             week: Any) -> tuple[tuple[ProgramSession, ...], str]:
        at = (*at, "weeks", number - 1)
        if not isinstance(week, dict):
            self.say(at, Message('expected a week {"sessions": [...]}, got %1', show_value(week)),
                     who)
            return (), ""
        note = week.get("note", "")
        if not isinstance(note, str):
            self.say((*at, "note"), Message("expected text, got %1", show_value(note)), who)
            note = ""
        sessions = week.get("sessions")
        if not isinstance(sessions, list) or not 1 <= len(sessions) <= MAX_SESSIONS_A_WEEK:
            got = len(sessions) if isinstance(sessions, list) else show_value(sessions)
            self.say((*at, "sessions"), Message("expected a list of 1 to %1 sessions, got %2",
                                                MAX_SESSIONS_A_WEEK, got), who)
            return (), note
        built = []
        for position, session in enumerate(sessions):
            found = self.session((*at, "sessions", position), who, number, position + 1, session)
            if found is not None:
                built.append(found)
        return tuple(built), note

    def session(self, at: tuple, who: str, week: int, number: int,
                item: Any) -> ProgramSession | None:
        if not isinstance(item, dict):
            self.say(at, Message('expected a session {"routine": ...}, got %1', show_value(item)),
                     who)
            return None
        routine_id = item.get("routine")
        routine = self.routines.get(routine_id) if isinstance(routine_id, str) else None
        if routine is None:
            known = ", ".join(sorted(self.routines)) or Message("none")
            self.say((*at, "routine"), Message("expected the id of a routine (%1), got %2",
                                               known, show_value(routine_id)), who)
            return None
        for name in item:
            if name not in ("routine", "choices"):
                self.say((*at, name), Message("not a field of a session (routine, choices)"), who)
        choices = item.get("choices", {})
        if not isinstance(choices, dict):
            self.say((*at, "choices"), Message('expected {"drill id": {"reps": 9}}, got %1',
                                               show_value(choices)), who)
            return None
        drills = {drill.id: drill for drill in routine.drills}
        kept: dict[str, Mapping[str, float]] = {}
        for drill_id, fields in choices.items():
            place = (*at, "choices", drill_id)
            if drill_id not in drills:
                self.say(place, Message('routine "%1" has no drill "%2" (it has %3)', routine.id,
                                        drill_id, ", ".join(drills)), who)
                continue
            if not isinstance(fields, dict):
                self.say(place, Message('expected {"reps": 9}, got %1', show_value(fields)), who)
                continue
            checked = {name: value for name, value in fields.items()
                       if self.choice((*place, name), who, drills[drill_id], name, value)}
            kept[drill_id] = MappingProxyType(checked)
        return ProgramSession(week, number, routine.id, MappingProxyType(kept))

    def choice(self, at: tuple, who: str, drill: Drill, name: str, value: Any) -> bool:
        if name not in CHOICE_FIELDS:
            self.say(at, Message("not a choice a program sets (%1)", ", ".join(CHOICE_FIELDS)),
                     who)
            return False
        allowed = getattr(drill, name)
        if allowed is None:
            self.say(at, Message('drill "%1" has no %2', drill.id, name), who)
            return False
        if isinstance(value, bool) or not isinstance(value, (int, float)) or \
                name in WHOLE and not _whole(value):
            kind = Message("a whole number") if name in WHOLE else Message("a number")
            self.say(at, Message("expected %1, got %2%3", kind, show_value(value), ""), who)
            return False
        if not allowed.min <= value <= allowed.max:
            self.say(at, Message('expected %1 to %2 (drill "%3"), got %4', _number(allowed.min),
                                 _number(allowed.max), drill.id, show_value(value)), who)
            return False
        if name == "reps" and drill.sides.one_at_a_time and value % 2:
            self.say(at, Message('expected an even number (drill "%1" works one leg at a time, '
                                 'equal reps per leg), got %2', drill.id, show_value(value)), who)
            return False
        return True


def _who(ident: str, number: int) -> Message:
    """'program "my-block"', or 'program #2' for one without a usable id."""
    return Message('program "%1"', ident) if ident else Message("program #%1", number)


def _whole(value: Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) or \
        isinstance(value, float) and value.is_integer()


def _number(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:g}"


def _field(path: Sequence) -> str:
    """("weeks", 1, "sessions", 0, "routine") -> "weeks[1].sessions[0].routine"."""
    text = ""
    for step in path:
        text += f"[{step}]" if isinstance(step, int) else (f".{step}" if text else str(step))
    return text


# -- a session's choices ------------------------------------------------------------------------


def session_choices(routine: Routine, choices: Mapping[str, Mapping[str, float]],
                    base: Sequence[DrillChoice | None] = (),
                    default: Callable[[Drill], DrillChoice] = DrillChoice.defaults,
                    ) -> tuple[DrillChoice | None, ...]:
    """One choice per drill of the routine for the setup page to start from: the plan's
    `choices` over `base` (the remembered choice, or `default(drill)` where there is none),
    within the drill's ranges; None where neither the plan nor `base` says anything."""
    picked: list[DrillChoice | None] = []
    for position, drill in enumerate(routine.drills):
        last = base[position] if position < len(base) else None
        fields = choices.get(drill.id)
        if not fields:
            picked.append(last)
            continue
        start = last if last is not None else default(drill)
        values = {name: int(value) if name in WHOLE else float(value)
                  for name, value in fields.items()}
        picked.append(start._replace(**values).within(drill))
    return tuple(picked)


# -- the program followed -----------------------------------------------------------------------


class Following(NamedTuple):
    """The program the athlete follows, from which day."""

    program_id: str
    started: date


def following_file() -> Path:
    return paths.config_dir() / FOLLOWING_FILE


def read_following(file: Path | None = None) -> tuple[Following | None, list[str]]:
    """The program followed, or None; never raises. A file that cannot be used is kept aside
    (`program.corrupt-<time>.json`) and said; nothing is followed then."""
    file = file or following_file()
    kind = kind_of_non_file(file)
    if kind:
        return None, [placed(str(file), Message("is %1, not a regular file; no program is "
                                                "followed", kind))]
    try:
        raw = file.read_bytes()[:MAX_BYTES + 1]
    except FileNotFoundError:
        return None, []
    except OSError as error:
        return None, [placed(str(file), Message("cannot be read (%1); no program is followed",
                                                reason(error)))]
    what = ""
    try:
        data = json.loads(raw.removeprefix(codecs.BOM_UTF8).decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        data, what = None, Message("is not valid JSON")
    if not what:
        what = _following_problem(data)
    if not what:
        return Following(data["program"], date.fromisoformat(data["started"])), []
    try:
        kept = keep_aside(file, "corrupt")
    except OSError as error:
        return None, [placed(str(file), Message("%1; no program is followed (it could not be "
                                                "moved aside: %2)", what, reason(error)))]
    return None, [placed(str(file), Message("%1; no program is followed. The file is kept as "
                                            "%2.", what, str(kept)))]


def _following_problem(data: Any) -> str:
    if not isinstance(data, dict):
        return Message("holds %1, not an object", show_value(data))
    if data.get("version") != 1:
        return Message("has a 'version' of %1, expected 1", show_value(data.get("version")))
    if not isinstance(data.get("program"), str) or not data["program"]:
        return Message("has a 'program' of %1, expected a program id",
                       show_value(data.get("program")))
    try:
        date.fromisoformat(data.get("started"))
    except (TypeError, ValueError):
        return Message('has a \'started\' of %1, expected a date like "2026-11-30"',
                       show_value(data.get("started")))
    return ""


def write_following(following: Following | None, file: Path | None = None) -> None:
    """Keep the program followed (None: none); raises OSError saying why it could not."""
    file = file or following_file()
    if following is None:
        try:
            file.unlink()
        except FileNotFoundError:
            pass
        return
    file.parent.mkdir(parents=True, exist_ok=True)
    document = {"version": 1, "program": following.program_id,
                "started": following.started.isoformat()}
    write_atomically(file, (json.dumps(document, indent=1) + "\n").encode("utf-8"))
