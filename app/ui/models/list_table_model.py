"""The in-memory half of "one table-model shape": rows of dataclasses with an ``id``.

Subclasses give ``COLUMN_COUNT``, ``headerData`` and ``data``; this holds the rows and
replaces one of them after an action with ``dataChanged`` instead of a reset.
"""

from __future__ import annotations

from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex

Index = QModelIndex | QPersistentModelIndex


class _HasId(Protocol):
    @property
    def id(self) -> int: ...


RowT = TypeVar("RowT", bound=_HasId)


class ListTableModel(QAbstractTableModel, Generic[RowT]):
    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RowT] = []

    def set_rows(self, rows: list[RowT]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[RowT]:
        return list(self._rows)

    def row_at(self, row: int) -> RowT:
        return self._rows[row]

    def row_of(self, row_id: int) -> int:
        for number, item in enumerate(self._rows):
            if item.id == row_id:
                return number
        return -1

    def replace(self, item: RowT) -> None:
        """Show the new state of one row (after an action) without a reset; a new one
        goes on top."""
        row = self.row_of(item.id)
        if row < 0:
            self.beginInsertRows(QModelIndex(), 0, 0)
            self._rows.insert(0, item)
            self.endInsertRows()
            return
        self._rows[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, self.COLUMN_COUNT - 1))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else self.COLUMN_COUNT
