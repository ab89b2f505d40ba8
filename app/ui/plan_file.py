"""The printed plan as a file: the paper the athlete's country uses, and a write that never
leaves half a file (a temp file beside the chosen one, put in its place only once whole)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale

from isohold.core.routines import SessionPlan

PAPERS = ("A4", "Letter")
# Countries whose printers hold US Letter paper; everywhere else A4
_C = QLocale.Country
LETTER_TERRITORIES = frozenset((
    _C.UnitedStates, _C.Canada, _C.Mexico, _C.Philippines, _C.Chile, _C.Colombia, _C.Venezuela,
    _C.PuertoRico, _C.Guatemala, _C.CostaRica, _C.Panama, _C.DominicanRepublic, _C.ElSalvador,
    _C.Nicaragua, _C.Belize))


def paper_for(locale: QLocale) -> str:
    """ "Letter" where the locale's country prints on it, else "A4"."""
    return "Letter" if locale.territory() in LETTER_TERRITORIES else "A4"


def file_name(routine_name: str) -> str:
    """A file name for the routine's plan, safe on every system: "Full programme plan.pdf"."""
    kept = "".join(c if c.isalnum() or c in " -_()" else " " for c in routine_name)
    name = " ".join(kept.split()) or QCoreApplication.translate("PlanFile", "Routine")
    return QCoreApplication.translate("PlanFile", "%1 plan.pdf").replace("%1", name)


def write_plan(plan: SessionPlan, path: Path, paper: str) -> Path:
    """Write the one-page plan at `path` (A4 or Letter); raises OSError saying why it could
    not be written. A file already at `path` is replaced only by a whole plan."""
    from isohold.ui.print_plan import write_plan_pdf

    handle, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(handle)
    try:
        write_plan_pdf(plan, temp, paper)
        if os.path.getsize(temp) == 0:
            raise OSError(QCoreApplication.translate("PlanFile",
                                                     "the PDF could not be written there"))
        os.replace(temp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temp)
        raise
    return path
