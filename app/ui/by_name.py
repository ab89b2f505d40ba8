"""Qt enum properties set by name, for the widgets built before the menu's first paint.

The first use of `PySide6.QtCore.Qt` makes PySide build all 93 enums of the Qt namespace at
once (~18 ms, about a seventh of a bare PySide6 window's start-up), and no option defers it.
The menu and the main window are built before the first paint, so they set their few Qt enum
properties by key name through Qt's property system instead, and import `Qt` only inside the
handlers that run later (keys, mouse, dialogs). tests/ui/test_startup.py checks that nothing
before the first paint builds the Qt namespace.
"""

from __future__ import annotations

from PySide6.QtCore import QObject


def set_by_name(target: QObject, prop: str, keys: str) -> None:
    """Set an enum or flags property by its key names, e.g. ("alignment", "AlignLeft|AlignBottom").

    A property that does not exist or a key it does not know raises at once.
    """
    if not target.setProperty(prop, keys):
        raise ValueError(f"{type(target).__name__}.{prop} does not take {keys!r}")
