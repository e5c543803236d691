"""The rows an import of a unit list refused, with the reason (未导入的行).

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the ``RejectedRow``. The values of the row follow the reason, in the order of
the import file (楼栋, 单元, 楼层, 房号, 户型, 建筑面积, 套内面积, 朝向, 表价).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.units import RejectedRow

Index = QModelIndex | QPersistentModelIndex


class ImportRejectionTableModel(QAbstractTableModel):
    ROW_NO, REASON = range(2)
    #: The file's own columns start here.
    FIRST_VALUE = 2
    VALUE_COUNT = 9
    COLUMN_COUNT = FIRST_VALUE + VALUE_COUNT
    #: ``data(index, ROW_ROLE)`` is the row's ``RejectedRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RejectedRow] = []

    def set_rows(self, rows: list[RejectedRow] | tuple[RejectedRow, ...]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> RejectedRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def value_headers(self) -> list[str]:
        return [
            self.tr("楼栋"),
            self.tr("单元"),
            self.tr("楼层"),
            self.tr("房号"),
            self.tr("户型"),
            self.tr("建筑面积"),
            self.tr("套内面积"),
            self.tr("朝向"),
            self.tr("表价"),
        ]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == self.ROW_NO:
            return self.tr("行号")
        if section == self.REASON:
            return self.tr("原因")
        values = self.value_headers()
        if self.FIRST_VALUE <= section < self.COLUMN_COUNT:
            return values[section - self.FIRST_VALUE]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.REASON:
            return row.reason
        return None

    def _display(self, row: RejectedRow, column: int) -> str | None:
        if column == self.ROW_NO:
            return str(row.row_no)
        if column == self.REASON:
            return row.reason
        position = column - self.FIRST_VALUE
        if 0 <= position < self.VALUE_COUNT:
            return row.values[position] if position < len(row.values) else ""
        return None
