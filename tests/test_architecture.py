"""The boundaries of the code base, checked in every test run."""

from __future__ import annotations

import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_import_contracts_are_kept():
    """The core has no Qt import; ui -> session | audio | platform -> core (pyproject.toml)."""
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "2 kept, 0 broken" in result.stdout


def test_every_package_of_app_is_packaged():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text())["tool"]["setuptools"]["packages"])
    found = {".".join(("isohold",) + init.parent.relative_to(ROOT / "app").parts) for init in (ROOT / "app").rglob("__init__.py")}
    assert found <= listed, f"add to pyproject.toml [tool.setuptools] packages: {found - listed}"


HISTORY_WRITES = {"finish", "delete", "undo_delete", "save_as_stopped_early", "resume", "discard",
                  "begin", "record_phase", "add_finished", "update_notes",
                  "update_reflection", "set_next_morning", "set_pain_before", "add_test",
                  "delete_test", "undo_delete_test"}


def test_no_screen_writes_the_history_itself():
    """Views ask; HistoryChanges (window side) and the HistoryRecorder (session) write."""
    import ast

    writers = {ROOT / "app" / "ui" / "history" / "changes.py"}
    found = []
    for path in sorted((ROOT / "app" / "ui").rglob("*.py")):
        if path in writers:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                    and node.func.attr in HISTORY_WRITES
                    and isinstance(node.func.value, ast.Attribute)
                    and node.func.value.attr in ("store", "_store")):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno} .{node.func.attr}()")
    assert found == [], "a screen writes the history: " + ", ".join(found)
