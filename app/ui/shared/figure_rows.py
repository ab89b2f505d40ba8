"""Big figures side by side that wrap into rows as the window narrows (never scrolling sideways).

The figures keep their order, left to right and then down, as many to a row as fit the width;
the widget asks for no more width than its widest figure.
"""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget


class FigureRows(QWidget):
    def __init__(self, cells: list[QWidget], spacing: int = 32, parent: QWidget | None = None):
        super().__init__(parent)
        self.cells = cells
        self.spacing = spacing
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.column.setSpacing(8)
        self.rows: list[list[int]] = []  # the cells' indexes, row by row
        self._place(10**6)

    def rows_for(self, width: int) -> list[list[int]]:
        """The cells in order, each row as many as fit `width` (at least one)."""
        rows: list[list[int]] = []
        used = 0
        for index, cell in enumerate(self.cells):
            if _hidden(cell):
                continue  # a hidden figure takes no room (it is placed with the row before)
            need = cell.sizeHint().width()
            if rows and used + self.spacing + need <= width:
                rows[-1].append(index)
                used += self.spacing + need
            else:
                rows.append([index])
                used = need
        return rows

    def _place(self, width: int) -> None:
        rows = self.rows_for(width)
        if rows == self.rows:
            return
        self.rows = rows
        while self.column.count():
            item = self.column.takeAt(0)
            if item.layout() is not None:
                while item.layout().count():
                    item.layout().takeAt(0)
                item.layout().deleteLater()
        hidden = [cell for cell in self.cells if _hidden(cell)]
        for number, indexes in enumerate(rows or [[]]):
            line = QHBoxLayout()
            line.setSpacing(self.spacing)
            for index in indexes:
                line.addWidget(self.cells[index])
            if number == len(rows or [[]]) - 1:
                for cell in hidden:  # kept in a layout, so showing one later places it
                    line.addWidget(cell)
            line.addStretch(1)
            self.column.addLayout(line)
        self.updateGeometry()

    def refresh(self) -> None:
        """A figure changed its size (a button shown): place them again."""
        self.rows = []
        self._place(self.width())

    def minimumSizeHint(self) -> QSize:
        widest = max((cell.sizeHint().width() for cell in self.cells if not _hidden(cell)),
                     default=0)
        return QSize(widest, super().minimumSizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._place(event.size().width())
        super().resizeEvent(event)


def _hidden(cell: QWidget) -> bool:
    """Hidden on purpose (a button shown only after a failed save), not merely not yet shown."""
    return cell.isHidden() and cell.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide)
