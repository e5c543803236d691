"""The deals list of the 交易 page (a few hundred rows, all in memory).

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's ``DealInfo`` through any proxy, ``SORT_ROLE`` with raw values for a
``QSortFilterProxyModel``, ``data()`` delegating to small helpers, ``dataChanged`` when
one deal is replaced after an action.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.deals import DealInfo
from app.ui.models.list_table_model import ListTableModel
from app.ui.sales_labels import STATUS_TEXT_COLOUR, deal_colour, deal_status_label, when, yuan

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def last_step_at(deal: DealInfo) -> dt.datetime:
    """When the deal last moved (交付, 退订, 签约, 认购, 保留 — whichever is latest)."""
    steps = [
        deal.delivered_at,
        deal.cancelled_at,
        deal.contracted_at,
        deal.subscribed_at,
        deal.held_at,
        deal.created_at,
    ]
    return max(s for s in steps if s is not None)


class DealTableModel(ListTableModel[DealInfo]):
    ID, CUSTOMER, UNIT, STATUS, CONSULTANT, LIST_PRICE, AGREED_PRICE, DEPOSIT, CONTRACT, LAST = (
        range(10)
    )
    COLUMN_COUNT = 10
    #: ``data(index, ROW_ROLE)`` is the row's ``DealInfo``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    #: Raw values to sort by (numbers, times) rather than the displayed text.
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.ID: self.tr("编号"),
            self.CUSTOMER: self.tr("客户"),
            self.UNIT: self.tr("房源"),
            self.STATUS: self.tr("状态"),
            self.CONSULTANT: self.tr("置业顾问"),
            self.LIST_PRICE: self.tr("表价"),
            self.AGREED_PRICE: self.tr("成交价"),
            self.DEPOSIT: self.tr("定金"),
            self.CONTRACT: self.tr("合同编号"),
            self.LAST: self.tr("最近办理"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        deal = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return deal
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(deal, column)
        if role == self.SORT_ROLE:
            return self._sort_value(deal, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.ID, self.LIST_PRICE, self.AGREED_PRICE, self.DEPOSIT):
                return int(_RIGHT)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and column == self.STATUS:
            return QBrush(deal_colour(deal.status))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_TEXT_COLOUR))
        return None

    def _display(self, deal: DealInfo, column: int) -> str | None:
        if column == self.ID:
            return str(deal.id)
        if column == self.CUSTOMER:
            return deal.customer_name
        if column == self.UNIT:
            return deal.unit_label
        if column == self.STATUS:
            return deal_status_label(deal.status)
        if column == self.CONSULTANT:
            return deal.consultant_name or ""
        if column == self.LIST_PRICE:
            return yuan(deal.list_price)
        if column == self.AGREED_PRICE:
            return yuan(deal.agreed_price, blank="")
        if column == self.DEPOSIT:
            return yuan(deal.deposit, blank="")
        if column == self.CONTRACT:
            return deal.contract_no or ""
        if column == self.LAST:
            return when(last_step_at(deal))
        return None

    def _sort_value(self, deal: DealInfo, column: int) -> Any:
        if column == self.ID:
            return deal.id
        if column == self.LIST_PRICE:
            return float(deal.list_price)
        if column == self.AGREED_PRICE:
            return float(deal.agreed_price or 0)
        if column == self.DEPOSIT:
            return float(deal.deposit or 0)
        if column == self.LAST:
            return last_step_at(deal).isoformat()
        return self._display(deal, column) or ""
