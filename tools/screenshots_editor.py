"""Render the routine editor and the drill editor offscreen into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_editor.py

At 1280x720 and 1366x768 (and 960x600), dark theme, in a throwaway config folder (a real
athlete's routines are never read): a built-in routine open read only; a routine of one's
own with a drill listed twice and its choices; a drill being edited with a field in error.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "screenshots"
SIZES = ((1280, 720), (1366, 768), (960, 600))


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scratch = Path(tempfile.mkdtemp(prefix="isohold-editor-shots-"))
    os.environ["ISOHOLD_CONFIG_DIR"] = str(scratch / "config")
    os.environ["ISOHOLD_DATA_DIR"] = str(scratch / "data")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from isohold.core.routine_store import RoutineStore
    from isohold.ui.editor.routine_page import RoutineEditor
    from isohold.ui.theme import apply_theme

    app = QApplication.instance() or QApplication([])
    apply_theme(app, "dark")
    OUT.mkdir(parents=True, exist_ok=True)
    written = []
    for width, height in SIZES:
        store = RoutineStore(scratch / "config" / f"routines-{width}")
        editor = RoutineEditor(store)
        editor.resize(width, height)
        editor.show()
        app.processEvents()
        written.append(_shoot(app, editor, f"editor-built-in-{width}x{height}.png"))

        editor.duplicate()
        editor.name_edit.setText("Heavy calves")
        editor._change(name="Heavy calves", description="Holds, then drop jumps; twice the "
                       "straight-leg press, longer the second time.")
        editor.description_edit.setText(editor.opened.draft.description)
        editor.description_edit.setCursorPosition(0)
        editor.library_box.setCurrentIndex(editor.library_box.findData("drop-jumps"))
        editor.add_drill()
        editor.library_box.setCurrentIndex(editor.library_box.findData("wall-press-straight"))
        editor.add_drill()
        editor.save()
        editor.places.setCurrentRow(3)
        editor.choose("sets", 4)
        editor.choose("box_height_cm", 50)
        editor.places.setFocus()
        app.processEvents()
        written.append(_shoot(app, editor, f"editor-routine-{width}x{height}.png"))

        editor.places.setCurrentRow(2)
        editor.edit_drill()
        page = editor.drill_page
        page.fields["reps.default"].setText("9")  # one leg at a time: an even count
        page.fields["hold_s.max"].setText("12 s")
        page.fields["name"].setFocus()
        app.processEvents()
        written.append(_shoot(app, editor, f"editor-drill-{width}x{height}.png"))
        page.closed.emit()
        editor.close()
    for path in written:
        print(path.relative_to(ROOT))
    return 0


def _shoot(app, widget, name: str) -> Path:
    app.processEvents()
    path = OUT / name
    widget.grab().save(str(path))
    return path


if __name__ == "__main__":
    raise SystemExit(main())
