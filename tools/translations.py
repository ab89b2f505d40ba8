"""Isohold's catalogues: translations/isohold_<lang>.ts (Qt Linguist), compiled to .qm.

    python tools/translations.py update     # texts of app/ and of drills.json into the .ts
    python tools/translations.py compile    # .ts -> resources/translations/*.qm (+ pseudo)
    python tools/translations.py check      # fails when a catalogue has unfinished messages
    python tools/translations.py new fr     # start a catalogue for another language
    python tools/translations.py todo [-v]  # files with texts that look untranslated
    python tools/translations.py fill F.json # translations from a file into the catalogues

`update` runs pyside6-lupdate over every .py under app/ and over the drill and routine texts
of resources/drills.json and the built-in programs' texts of resources/programs.json. Those are not copied into another JSON: a generated source
(build/translations/drills.py, never imported, never committed) names each text once, as
`QCoreApplication.translate("drills", "<English>", "<id> <field>")` (and "routines" for a
routine's name and description; "programs" for a program's name, description and week
notes, "<id> name", "<id> description", "<id> week <n> note"; and "Problems" for the
template of each `Message("...", ...)` of the Qt-free core, app/core, which
`isohold.ui.shared.said` looks up), so lupdate files them in the same catalogue, and a text
changed in drills.json comes back unfinished for the translators. `isohold.ui.language`
looks them up the same way.

`compile` runs pyside6-lrelease for each catalogue, and writes the pseudo-language too
(isohold_pseudo.qm): every message of the catalogue as "[!! English !!]", so a screen run
under it shows at a glance any text that does not go through translation.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from isohold.core.words import CONTEXT as MESSAGES  # the core's messages' context
from isohold.ui.language import DRILL_FIELDS, ROUTINE_FIELDS  # what the app looks up

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "app"
CATALOGUES = ROOT / "translations"
DRILLS_JSON = ROOT / "resources" / "drills.json"
PROGRAMS_JSON = ROOT / "resources" / "programs.json"
GENERATED = ROOT / "build" / "translations"
COMPILED = ROOT / "resources" / "translations"
LANGUAGES = ("de", "es")
PSEUDO = "pseudo"


def tool(name: str) -> str:
    """pyside6-lupdate or -lrelease: beside this Python (the venv), else on PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: it comes with PySide6 "
                         "(pip install PySide6-Essentials)")
    return found


def drill_texts(data: dict) -> list[tuple[str, str, str]]:
    """(context, English text, "<id> <field>") for each text of the drills and routines."""
    texts = []
    for drill in data.get("drills", []):
        for field in DRILL_FIELDS:
            value = drill.get(field)
            for text in value if isinstance(value, list) else [value]:
                if isinstance(text, str) and text:
                    texts.append(("drills", text, f"{drill['id']} {field}"))
    for routine in data.get("routines", []):
        for field in ROUTINE_FIELDS:
            text = routine.get(field)
            if isinstance(text, str) and text:
                texts.append(("routines", text, f"{routine['id']} {field}"))
    return texts


def program_texts(data: dict) -> list[tuple[str, str, str]]:
    """(context "programs", English text, disambiguation) for each built-in program's name,
    description and week notes: "<id> name", "<id> description", "<id> week <n> note" (n from
    1), the contract the program screens look them up by."""
    texts = []
    for program in data.get("programs", []):
        for field in ("name", "description"):
            text = program.get(field)
            if isinstance(text, str) and text:
                texts.append(("programs", text, f"{program['id']} {field}"))
        for number, week in enumerate(program.get("weeks", []), start=1):
            note = week.get("note") if isinstance(week, dict) else None
            if isinstance(note, str) and note:
                texts.append(("programs", note, f"{program['id']} week {number} note"))
    return texts


CORE = SOURCES / "core"


def core_messages(folder: Path = CORE) -> dict[str, bool]:
    """The template of every `Message("...", ...)` under app/core (the Qt-free core's words
    for people), and whether it counts (`count=`: plural forms). A Message whose template is
    not a literal string raises: lupdate could not find it."""
    found: dict[str, bool] = {}
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                    and node.func.id == "Message"):
                continue
            first = node.args[0] if node.args else None
            if not (isinstance(first, ast.Constant) and isinstance(first.value, str)):
                raise ValueError(f"{path.relative_to(ROOT)}:{node.lineno}: Message needs a "
                                 "literal template (the catalogue is made from it)")
            counts = any(keyword.arg == "count" for keyword in node.keywords)
            found[first.value] = found.get(first.value, False) or counts
    return found


def write_drill_source(texts: list[tuple[str, str, str]], folder: Path = GENERATED,
                       core: dict[str, bool] | None = None) -> Path:
    """The source lupdate reads the drill texts (and the core's message templates, under
    their context "Problems") from: one translate() call a text."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = ['"""Generated by tools/translations.py from resources/drills.json, programs.json '
             'and app/core for lupdate; never imported."""',
             "from PySide6.QtCore import QCoreApplication", ""]
    for context, text, where in texts:
        lines.append(f"QCoreApplication.translate({json.dumps(context)}, "
                     f"{json.dumps(text, ensure_ascii=False)}, {json.dumps(where)})")
    for template, counts in (core or {}).items():
        lines.append(f"QCoreApplication.translate({json.dumps(MESSAGES)}, "
                     f"{json.dumps(template, ensure_ascii=False)}"
                     + (", None, 1)" if counts else ")"))
    source = folder / "drills.py"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return source


def catalogue(language: str) -> Path:
    return CATALOGUES / f"isohold_{language}.ts"


def update(languages: tuple[str, ...] = LANGUAGES) -> None:
    drills = write_drill_source(drill_texts(json.loads(DRILLS_JSON.read_text("utf-8")))
                                + program_texts(json.loads(PROGRAMS_JSON.read_text("utf-8"))),
                                core=core_messages())
    sources = sorted(str(path) for path in SOURCES.rglob("*.py"))
    CATALOGUES.mkdir(exist_ok=True)
    for language in languages:
        subprocess.run([tool("pyside6-lupdate"), *sources, str(drills), "-locations", "relative",
                        "-target-language", language, "-ts", str(catalogue(language))],
                       check=True)


def messages(ts: ElementTree.ElementTree):
    """Every live message of a catalogue (not vanished or obsolete) with its context name."""
    for context in ts.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            kind = message.find("translation").get("type", "")
            if kind not in ("vanished", "obsolete"):
                yield name, message


def unfinished(path: Path) -> list[str]:
    """The live messages of `path` still waiting for a translation, as "context: source"."""
    found = []
    for name, message in messages(ElementTree.parse(path)):
        translation = message.find("translation")
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") == "unfinished" or not all(forms):
            found.append(f"{name}: {message.findtext('source')}")
    return found


def _english_forms(text: str, count: int) -> str:
    return re.sub(r"(\w)\((\w+)\)", lambda m: m.group(1) + ("" if count == 1 else m.group(2)),
                  text)


def pseudo_catalogue(source: Path, target: Path) -> Path:
    """A catalogue whose every live message reads "[!! English !!]" (numerus: the English
    forms, each wrapped), in English's plural rules."""
    ts = ElementTree.parse(source)
    ts.getroot().set("language", "en")
    for _, message in messages(ts):
        text = message.findtext("source")
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            translation.text = None
            for count in (1, 2):
                form = ElementTree.SubElement(translation, "numerusform")
                form.text = f"[!! {_english_forms(text, count)} !!]"
        else:
            translation.text = f"[!! {text} !!]"
    target.parent.mkdir(parents=True, exist_ok=True)
    ts.write(target, encoding="utf-8", xml_declaration=True)
    return target


def compile_catalogues(languages: tuple[str, ...] = LANGUAGES, into: Path = COMPILED,
                       pseudo: bool = True) -> list[Path]:
    """lrelease each catalogue into `into`, and the pseudo-language from the first one."""
    into.mkdir(parents=True, exist_ok=True)
    made = []
    sources = [catalogue(language) for language in languages]
    if pseudo and sources:
        sources.append(pseudo_catalogue(sources[0], GENERATED / f"isohold_{PSEUDO}.ts"))
    for ts in sources:
        qm = into / (ts.stem + ".qm")
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                       check=True)
        made.append(qm)
    return made


def fill(path: Path, languages: tuple[str, ...] = LANGUAGES) -> dict[str, int]:
    """Set translations from a JSON file into the catalogues (after `update` has put the
    messages there): {"<context>": {"<English source>": {"de": "...", "es": "..."}}}, a
    numerus message's translation a list of its forms. Only those messages change; each set
    one is marked finished. Returns how many were set per language; a source not in the
    catalogue is reported on stderr, not added (update first)."""
    wanted = json.loads(Path(path).read_text("utf-8"))
    counts = {}
    for language in languages:
        target = catalogue(language)
        ts = ElementTree.parse(target)
        found, count = set(), 0
        for context_name, message in messages(ts):
            source = message.findtext("source")
            entry = wanted.get(context_name, {}).get(source, {})
            if language not in entry:
                continue
            found.add((context_name, source))
            translation = message.find("translation")
            for child in list(translation):
                translation.remove(child)
            translation.attrib.pop("type", None)
            value = entry[language]
            if message.get("numerus") == "yes":
                forms = value if isinstance(value, list) else [value]
                translation.text = None
                for form_text in forms:
                    ElementTree.SubElement(translation, "numerusform").text = form_text
            else:
                translation.text = value if isinstance(value, str) else value[0]
            count += 1
        for context_name, sources in wanted.items():
            for source, entry in sources.items():
                if language in entry and (context_name, source) not in found:
                    print(f"{language}: not in the catalogue (run update): {context_name}: "
                          f"{source!r}", file=sys.stderr)
        ElementTree.indent(ts, space="    ")
        text = ElementTree.tostring(ts.getroot(), encoding="unicode")
        text = re.sub(r"(?m)^    ", "", text).replace(" />", "/>")  # lupdate's layout
        text = re.sub(r">([^<]*)<", lambda m: ">" + m.group(1).replace("'", "&apos;").replace(
            '"', "&quot;").replace("\xa0", "&#xa0;") + "<", text)
        target.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + text
                          + "\n", "utf-8")
        counts[language] = count
    return counts


# -- texts not yet translated ---------------------------------------------------------------
# A guess, for the work still to do: string literals under app/ui (and the command line) that
# read like words for people and are not the argument of a tr() or translate() call. Style
# sheets, SVG, object names, keys and log lines are left out; the pseudo-locale test is the
# proof, this is the to-do list.
NOT_WORDS = {"setObjectName", "setProperty", "property", "getattr", "hasattr", "setattr",
             "isinstance", "startswith", "endswith", "split", "join", "replace", "get",
             "connect", "emit", "Signal", "setStyleSheet", "debug", "info", "warning", "error",
             "exception", "critical", "format", "strftime", "strptime", "findChild",
             "findChildren", "open", "Path", "encode", "decode", "compile", "search", "match",
             "sub", "QColor", "QKeySequence", "QFont", "setFamily", "QIcon", "path", "lower",
             "upper", "index", "count", "strip", "rstrip", "lstrip", "removeprefix",
             "removesuffix", "tr", "translate", "getenv", "environ", "setStyle",
             "QT_TRANSLATE_NOOP"}
NOT_WORDS_KEYWORDS = {"objectName", "name", "role", "key"}


def _reads_as_words(text: str) -> bool:
    if not re.search(r"[A-Za-z]{2,}", text) or re.fullmatch(r"[a-z0-9_.\-/:%{}]+", text):
        return False  # an identifier, a key, a path
    if re.fullmatch(r"[a-z]+[A-Z][A-Za-z0-9]*|[A-Z][A-Z0-9_]+|[dMyHhms :.,]+", text):
        return False  # an object name, an environment variable, a date format
    return not re.match(r"\s*(Q[A-Z]\w+|#\w|<svg|<path|\*|[a-z-]+\s*:)", text)  # style, SVG


def untranslated(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each literal in `path` that looks like words shown untranslated."""
    tree = ast.parse(path.read_text("utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    parents = {id(child): node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.Constant, ast.JoinedStr)) or id(node) in docstrings:
            continue
        parent = parents.get(id(node))
        if isinstance(parent, (ast.JoinedStr, ast.Subscript, ast.Compare)):
            continue
        if isinstance(node, ast.Constant):
            if not isinstance(node.value, str):
                continue
            text = node.value
        else:
            text = "".join(part.value if isinstance(part, ast.Constant) else "{}"
                           for part in node.values)
        if isinstance(parent, ast.keyword) and parent.arg in NOT_WORDS_KEYWORDS:
            continue
        if isinstance(parent, ast.Call):
            called = parent.func
            if getattr(called, "attr", getattr(called, "id", "")) in NOT_WORDS:
                continue
        if _reads_as_words(text):
            found.append((node.lineno, text))
    return sorted(found)


def todo(verbose: bool = False) -> int:
    """Print, per file, how many texts look untranslated; with `verbose`, each of them."""
    total = 0
    files = [SOURCES / "cli.py", *sorted((SOURCES / "ui").rglob("*.py"))]
    for path in files:
        found = untranslated(path)
        if found:
            total += len(found)
            print(f"{len(found):4d}  {path.relative_to(ROOT)}")
            for line, text in found if verbose else ():
                print(f"        {line}: {text[:72]!r}")
    print(f"{total:4d}  in all")
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("command", choices=("update", "compile", "check", "new", "todo", "fill"))
    parser.add_argument("-v", "--verbose", action="store_true", help="for todo: every text")
    parser.add_argument("language", nargs="?", help="for new: the language code (fr, pt_BR); "
                        "for fill: the JSON file")
    args = parser.parse_args(argv)
    if args.command == "update":
        update()
    elif args.command == "new":
        if not args.language:
            parser.error("new needs a language code, e.g. fr")
        update((args.language,))
        print(f"Started {catalogue(args.language)}: open it in pyside6-linguist, and add "
              f"{args.language!r} to LANGUAGES here and to SHIPPED in app/ui/language.py.")
    elif args.command == "fill":
        if not args.language:
            parser.error("fill needs a JSON file")
        for language, count in fill(Path(args.language)).items():
            print(f"{language}: {count} set")
    elif args.command == "todo":
        todo(args.verbose)
    elif args.command == "compile":
        for qm in compile_catalogues():
            print(qm.relative_to(ROOT))
    else:
        waiting = {language: unfinished(catalogue(language)) for language in LANGUAGES}
        for language, texts in waiting.items():
            print(f"{language}: {len(texts)} unfinished")
            for text in texts:
                print(f"  {text}")
        return 1 if any(waiting.values()) else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
