"""The sales control grid (销控表) as a table: floors (top first) × room columns.

One table-model shape (STYLE.md): column constants are the grid's own columns here, so
headers come from ``SalesControlGrid.columns`` ("1单元-01") and the floors ("15F").
``CELL_ROLE`` returns the cell's ``GridCell`` (None where a floor has no such room);
the background is the status colour of ``STATUS_COLORS``, the same as in the exports.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.units import GridCell, SalesControlGrid
from app.ui.sales_labels import (
    STATUS_TEXT_COLOUR,
    area,
    status_colour,
    unit_status_label,
    when,
    yuan,
)

Index = QModelIndex | QPersistentModelIndex


def unit_column_label(unit_no: str, position: str) -> str:
    """``1单元-01`` in the UI language."""
    unit = unit_no[:-2] if unit_no.endswith("单元") else unit_no
    return QCoreApplication.translate("SalesGridTableModel", "{unit}单元-{position}").format(
        unit=unit, position=position
    )


class SalesGridTableModel(QAbstractTableModel):
    #: ``data(index, CELL_ROLE)`` is the room's ``GridCell`` (or None: no room there).
    CELL_ROLE = Qt.ItemDataRole.UserRole + 1
    #: ``data(index, STATUS_ROLE)`` is the room's (effective) status code.
    STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._grid: SalesControlGrid | None = None

    # -- content ------------------------------------------------------------------------

    def set_grid(self, grid: SalesControlGrid | None) -> None:
        self.beginResetModel()
        self._grid = grid
        self.endResetModel()

    def grid(self) -> SalesControlGrid | None:
        return self._grid

    def cell_at(self, row: int, column: int) -> GridCell | None:
        if self._grid is None:
            return None
        if not (0 <= row < len(self._grid.rows) and 0 <= column < len(self._grid.columns)):
            return None
        return self._grid.rows[row].cells[column]

    def index_of_unit(self, unit_id: int) -> QModelIndex:
        """The index showing ``unit_id``, or an invalid index."""
        if self._grid is None:
            return QModelIndex()
        for r, row in enumerate(self._grid.rows):
            for c, cell in enumerate(row.cells):
                if cell is not None and cell.unit_id == unit_id:
                    return self.index(r, c)
        return QModelIndex()

    # -- the model ------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._grid is None:
            return 0
        return len(self._grid.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if self._grid is None or role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < len(self._grid.columns):
                column = self._grid.columns[section]
                return unit_column_label(column.unit_no, column.position)
            return None
        if 0 <= section < len(self._grid.rows):
            return QCoreApplication.translate("SalesGridTableModel", "{floor}层").format(
                floor=self._grid.rows[section].floor
            )
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.cell_at(index.row(), index.column()) is None:
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        cell = self.cell_at(index.row(), index.column())
        if role == self.CELL_ROLE:
            return cell
        if cell is None:
            return None
        if role == self.STATUS_ROLE:
            return cell.status
        if role == Qt.ItemDataRole.DisplayRole:
            return cell.room_no
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(status_colour(cell.status))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(STATUS_TEXT_COLOUR))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(cell)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.room_no} {unit_status_label(cell.status)}"
        return None

    def _tooltip(self, cell: GridCell) -> str:
        lines = [
            f"{cell.room_no}  {unit_status_label(cell.status)}",
            f"{cell.layout}  {area(cell.building_area)}",
            QCoreApplication.translate("SalesGridTableModel", "表价 {price}").format(
                price=yuan(cell.list_price)
            ),
        ]
        if cell.deal_price is not None:
            lines.append(
                QCoreApplication.translate("SalesGridTableModel", "成交价 {price}").format(
                    price=yuan(cell.deal_price)
                )
            )
        if cell.hold_expires_at is not None:
            lines.append(
                QCoreApplication.translate("SalesGridTableModel", "保留至 {time}").format(
                    time=when(cell.hold_expires_at)
                )
            )
        return "\n".join(lines)
