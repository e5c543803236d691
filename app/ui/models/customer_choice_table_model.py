"""Customers found by phone or name when choosing whom a unit is held or sold for.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the ``CustomerRow`` (phones arrive masked as the service decides).
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

from app.domain.customer import CustomerRow
from app.domain.enums import Stage

Index = QModelIndex | QPersistentModelIndex


def stage_label(stage: str) -> str:
    labels: dict[str, str] = {
        Stage.LEAD: QCoreApplication.translate("CustomerChoice", "潜在"),
        Stage.VISITED: QCoreApplication.translate("CustomerChoice", "来访"),
        Stage.SUBSCRIBED: QCoreApplication.translate("CustomerChoice", "认购"),
        Stage.CONTRACTED: QCoreApplication.translate("CustomerChoice", "签约"),
        Stage.DELIVERED: QCoreApplication.translate("CustomerChoice", "交付"),
        Stage.OWNER: QCoreApplication.translate("CustomerChoice", "业主"),
        Stage.LOST: QCoreApplication.translate("CustomerChoice", "流失"),
        Stage.CANCELLED: QCoreApplication.translate("CustomerChoice", "退订"),
    }
    return labels.get(stage, stage)


class CustomerChoiceTableModel(QAbstractTableModel):
    NAME, PHONE, CONSULTANT, STAGE = range(4)
    COLUMN_COUNT = 4
    #: ``data(index, ROW_ROLE)`` is the row's ``CustomerRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CustomerRow] = []

    def set_rows(self, rows: list[CustomerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> CustomerRow:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.NAME: self.tr("姓名"),
            self.PHONE: self.tr("电话"),
            self.CONSULTANT: self.tr("置业顾问"),
            self.STAGE: self.tr("阶段"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, index.column())
        return None

    def _display(self, row: CustomerRow, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.phone
        if column == self.CONSULTANT:
            return row.owner_name or self.tr("公共客户")
        if column == self.STAGE:
            return stage_label(row.stage)
        return None
