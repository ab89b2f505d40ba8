"""The language Isohold speaks: chosen in Settings ("language": "system", "en", "de", "es")
or, by default, the system's (LANGUAGE, then LC_ALL, LC_MESSAGES, LANG, as gettext reads them).

`install(app, language)` loads two catalogues into the application: Isohold's own
(`isohold_<lang>.qm`, compiled from translations/*.ts by `tools/translations.py compile` into
resources/translations/, shipped in the wheel) and Qt's (`qtbase_<lang>.qm`, the standard
buttons and dialogs, shipped in the PySide6-Essentials wheel under PySide6/Qt/translations),
and makes the language QLocale's default, so dates, times and numbers follow it. It needs only
a QCoreApplication, so the command line can speak the language too (`isohold --list-routines`).

English is the source language: it needs no catalogue. A language whose catalogue is missing
(not compiled yet) falls back to English, and `Installed.problem` says so.

The drill and routine texts of resources/drills.json are translated beside it, not copied:
the catalogues hold them under the contexts "drills" and "routines", keyed by the English text
with "<id> <field>" as the disambiguation (`tools/translations.py update` puts them there).
`drill_text` and `routine_text` look one up; `translated_routine` gives a routine whose drills
speak the language. An athlete's own drill, or one whose English text has changed since it was
translated, keeps its own words.

The built-in programs' texts (resources/programs.json) are translated the same way, under the
context "programs" with "<id> name", "<id> description" and "<id> week <n> note" (n from 1):
`program_text` looks one up. A program of the athlete's own (<config>/programs/*.json) keeps
its own words.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Mapping
from pathlib import Path
from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator

import isohold.resources
from isohold import assets
from isohold.core.programs import BUILT_IN, Program
from isohold.core.routines import Drill, Routine

SHIPPED = ("en", "de", "es")  # the languages with a complete catalogue
PSEUDO = "pseudo"  # every translated text marked "[!! ... !!]": what was missed shows at once
SETTING_CHOICES = ("system", *SHIPPED)
CATALOGUES = Path(isohold.resources.__file__).parent / "translations"
DRILL_FIELDS = ("name", "cue", "targets", "how", "tips", "cautions", "notes", "equipment")
ROUTINE_FIELDS = ("name", "description")
PROGRAM_FIELDS = ("name", "description", "note")


# Each language named in itself, as a language menu lists them (an athlete who cannot read
# the current language still finds their own).
NAMES = {"en": "English", "de": "Deutsch", "es": "Español"}


class LanguageWords(QObject):
    """The words of the language choice."""


def language_choices(environ: Mapping[str, str] = os.environ) -> list[tuple[str, str]]:
    """The "language" setting's choices with what a menu shows for each: the system's (saying
    which language that is now), then each shipped language in its own name."""
    system = LanguageWords.tr("As the system (%1)").replace(
        "%1", NAMES.get(system_language(environ), system_language(environ)))
    return [("system", system), *((code, NAMES[code]) for code in SHIPPED)]


class Installed(NamedTuple):
    """What `install` did: the language in use and, if its catalogue was not found, why not."""

    language: str
    problem: str = ""


_translators: list[QTranslator] = []  # installed ones, kept alive (Qt does not own them)
_command_line_app: QCoreApplication | None = None


def language_from_locale(name: str) -> str:
    """The shipped language of a locale name ("de_DE.UTF-8" -> "de", "C" -> ""), or ""."""
    code = name.split(".")[0].split("@")[0].replace("-", "_").split("_")[0].lower()
    return code if code in SHIPPED or code == PSEUDO else ""


def system_language(environ: Mapping[str, str] = os.environ) -> str:
    """The language the system asks for: the first shipped one in LANGUAGE ("de:en"), else the
    locale of LC_ALL, LC_MESSAGES or LANG (the first one set); English when none is shipped."""
    for name in environ.get("LANGUAGE", "").split(":"):
        if language_from_locale(name):
            return language_from_locale(name)
    for variable in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if environ.get(variable):
            return language_from_locale(environ[variable]) or "en"
    return "en"


def chosen_language(settings=None, environ: Mapping[str, str] = os.environ) -> str:
    """The language of the "language" setting ("system", or a language), or the system's."""
    choice = "system"
    if settings is not None:
        try:
            choice = settings["language"]
        except KeyError:  # a settings file from before the option existed
            choice = "system"
    if choice in SHIPPED or choice == PSEUDO:
        return choice
    return system_language(environ)


def install(app: QCoreApplication, language: str, folder: Path | None = None) -> Installed:
    """Load Isohold's and Qt's catalogues for `language` into `app` (replacing any loaded
    before) and make it QLocale's default. `folder`: where isohold_<lang>.qm are (tests)."""
    for translator in _translators:
        app.removeTranslator(translator)
    _translators.clear()
    problem = ""
    if language not in ("en", PSEUDO):
        qt_own = QTranslator(app)
        if qt_own.load(f"qtbase_{language}",
                       QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            _translators.append(qt_own)
    if language != "en":
        ours = QTranslator(app)
        catalogue = (folder or CATALOGUES) / f"isohold_{language}.qm"
        if ours.load(str(catalogue)):
            app.installTranslator(ours)
            _translators.append(ours)
        else:
            problem = (f"No {language} catalogue at {catalogue} (run tools/translations.py "
                       "compile); Isohold speaks English.")
    QLocale.setDefault(_locale_for("en" if language == PSEUDO or problem else language))
    return Installed(language if not problem else "en", problem)


_first_default: QLocale | None = None  # QLocale's default before the first install


def _locale_for(language: str) -> QLocale:
    """The locale whose dates and numbers a language writes: the system's own when it speaks
    that language (de_AT, es_MX, en_GB keep their country's ways; C is English), else the
    language's main one."""
    global _first_default
    if _first_default is None:
        _first_default = QLocale()
    system = _first_default
    same = (system.language() == QLocale.Language.C and language == "en"
            or QLocale.languageToCode(system.language()) == language)
    # By name, not a copy of the system locale: under LANGUAGE=de with LANG=C the system
    # locale is named de_DE but writes C's day and month names ("Mon 30 Nov").
    return QLocale(system.name()) if same else QLocale(language)


def drill_text(drill_id: str, field: str, english: str) -> str:
    """A built-in drill's text (`field`: one of DRILL_FIELDS) in the language; `english`
    itself when it has no translation."""
    if not english:
        return english
    return QCoreApplication.translate("drills", english, f"{drill_id} {field}")


def routine_text(routine_id: str, field: str, english: str) -> str:
    """A built-in routine's name or description in the language."""
    if not english:
        return english
    return QCoreApplication.translate("routines", english, f"{routine_id} {field}")


def program_text(program: Program, field: str, week: int | None = None) -> str:
    """A program's name, description or a week's note (`field` "note" with `week` counted from
    1) in the language: a built-in program's from the catalogue, looked up now; an athlete's
    own program's, or a text with no translation (new, or changed since), as written."""
    if field not in PROGRAM_FIELDS:
        raise ValueError(f"program field {field!r}: one of {', '.join(PROGRAM_FIELDS)}")
    if field == "note":
        if week is None:
            raise ValueError("a week's note needs the week (counted from 1)")
        english = program.notes[week - 1] if 0 < week <= len(program.notes) else ""
        where = f"{program.id} week {week} note"
    else:
        english, where = getattr(program, field), f"{program.id} {field}"
    if not english or program.source != _built_in_programs():
        return english
    return QCoreApplication.translate("programs", english, where)


@functools.cache
def _built_in_programs() -> str:
    """The file the built-in programs come from, as `Program.source` names it."""
    return str(assets.path(BUILT_IN))


def translated_drill(drill: Drill) -> Drill:
    """`drill` with its texts in the language (its numbers and id unchanged)."""
    changes = {}
    for field in DRILL_FIELDS:
        value = getattr(drill, field)
        if isinstance(value, tuple):
            changes[field] = tuple(drill_text(drill.id, field, item) for item in value)
        else:
            changes[field] = drill_text(drill.id, field, value)
    return drill._replace(**changes)


def translated_routine(routine: Routine) -> Routine:
    """`routine` with its name, description and drills in the language."""
    return routine._replace(
        name=routine_text(routine.id, "name", routine.name),
        description=routine_text(routine.id, "description", routine.description),
        drills=tuple(translated_drill(drill) for drill in routine.drills))


def use_language(settings=None, folder: Path | None = None,
                 environ: Mapping[str, str] = os.environ) -> Installed:
    """Speak the chosen language in this process, with or without a GUI: the running
    application's, or a QCoreApplication made for it (the command line's `--list-routines`)."""
    app = QCoreApplication.instance() or QCoreApplication([])
    global _command_line_app
    _command_line_app = app  # kept alive for as long as the process prints
    return install(app, chosen_language(settings, environ), folder)
