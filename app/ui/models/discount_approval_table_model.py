"""Discount requests waiting for the manager (房价优惠审批), a short list in memory.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's ``ApprovalRow`` (the ``DiscountApprovalInfo`` with the names the
list shows).
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.deals import DiscountApprovalInfo
from app.ui.sales_labels import percent, when, yuan

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True, slots=True)
class ApprovalRow:
    approval: DiscountApprovalInfo
    customer_name: str
    unit_label: str
    list_price: Decimal
    requested_by_name: str


class DiscountApprovalTableModel(QAbstractTableModel):
    CUSTOMER, UNIT, DISCOUNT, SHARE, REQUESTED_BY, REQUESTED_AT, NOTE = range(7)
    COLUMN_COUNT = 7
    #: ``data(index, ROW_ROLE)`` is the row's ``ApprovalRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ApprovalRow] = []

    def set_rows(self, rows: list[ApprovalRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> ApprovalRow:
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
            self.CUSTOMER: self.tr("客户"),
            self.UNIT: self.tr("房源"),
            self.DISCOUNT: self.tr("优惠金额"),
            self.SHARE: self.tr("占表价"),
            self.REQUESTED_BY: self.tr("申请人"),
            self.REQUESTED_AT: self.tr("申请时间"),
            self.NOTE: self.tr("说明"),
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
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (
            self.DISCOUNT,
            self.SHARE,
        ):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: ApprovalRow, column: int) -> str | None:
        a = row.approval
        if column == self.CUSTOMER:
            return row.customer_name
        if column == self.UNIT:
            return row.unit_label
        if column == self.DISCOUNT:
            return yuan(a.discount, cents=True)
        if column == self.SHARE:
            return percent(a.discount, row.list_price)
        if column == self.REQUESTED_BY:
            return row.requested_by_name
        if column == self.REQUESTED_AT:
            return when(a.requested_at)
        if column == self.NOTE:
            return a.note or ""
        return None
