"""The public pool (公共客户池) and a consultant's own customers, for the pool tab and the
transfer dialog.

Both lists can be long (a pool of thousands after a consultant leaves; 200 customers a
consultant, 10,000 in a transfer), so they load lazily a page at a time, like Qt's
``fetchmore`` example: ``canFetchMore`` while the last page came back full, ``fetchMore``
asks the service for the next one. One table-model shape (STYLE.md): column
constants, translated headers, ``ROW_ROLE`` returning the row's dataclass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from app.domain.customer import CustomerRow
from app.domain.pool import PoolCustomer
from app.ui.colors import MUTED_TEXT_COLOR, OVERDUE_COLOR
from app.ui.labels import stage_label
from app.ui.models.my_day_table_model import ROW_ROLE, day_text, grade_cell

Index = QModelIndex | QPersistentModelIndex
PAGE_SIZE = 100

R = TypeVar("R")


def _when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


class _LazyRows(QAbstractTableModel, Generic[R]):
    """Rows that arrive a page at a time from ``fetch(rows_so_far, limit)``."""

    ROW_ROLE = ROW_ROLE
    COLUMN_COUNT = 0

    def __init__(self, parent: QObject | None = None, page_size: int = PAGE_SIZE) -> None:
        super().__init__(parent)
        self._rows: list[R] = []
        self._fetch: Callable[[Sequence[R], int], Sequence[R]] | None = None
        self._more = False
        self.page_size = page_size

    def set_fetch(self, fetch: Callable[[Sequence[R], int], Sequence[R]] | None) -> None:
        """Start over with ``fetch`` (None: an empty list); loads the first page."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows = []
        self._more = fetch is not None
        self.endResetModel()
        if self._more:
            self.fetchMore(QModelIndex())

    def reload(self) -> None:
        """Load again as many rows as are shown now (after a claim or a release)."""
        fetch = self._fetch
        wanted = max(len(self._rows), self.page_size)
        self.beginResetModel()
        self._rows = []
        self._more = fetch is not None
        self.endResetModel()
        while self._more and len(self._rows) < wanted:
            self.fetchMore(QModelIndex())

    def rows(self) -> list[R]:
        return list(self._rows)

    def row_at(self, row: int) -> R:
        return self._rows[row]

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid() or not self._more or self._fetch is None:
            return
        page = list(self._fetch(tuple(self._rows), self.page_size))
        self._more = len(page) >= self.page_size
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT


class PoolTableModel(_LazyRows[PoolCustomer]):
    """Customers in the public pool, newest first; phones masked (nobody owns them)."""

    NAME, PHONE, GRADE, STAGE, LAYOUT, LAST_VISIT, IN_POOL_SINCE = range(7)
    COLUMN_COUNT = 7

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.NAME: self.tr("客户"),
            self.PHONE: self.tr("电话"),
            self.GRADE: self.tr("等级"),
            self.STAGE: self.tr("阶段"),
            self.LAYOUT: self.tr("意向户型"),
            self.LAST_VISIT: self.tr("最近来访"),
            self.IN_POOL_SINCE: self.tr("进入公共池"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if column == self.GRADE:
            return grade_cell(row.grade, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        return None

    def _display(self, row: PoolCustomer, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.masked_phone
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.LAYOUT:
            return row.wanted_layout or ""
        if column == self.LAST_VISIT:
            return _when(row.last_visit_at)
        if column == self.IN_POOL_SINCE:
            return _when(row.in_pool_since)
        return None


class OwnedCustomerTableModel(_LazyRows[CustomerRow]):
    """The customers of one consultant (to release, lock or transfer)."""

    NAME, PHONE, GRADE, STAGE, NEXT_FOLLOW_UP, LOCKED = range(6)
    COLUMN_COUNT = 6

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.NAME: self.tr("客户"),
            self.PHONE: self.tr("电话"),
            self.GRADE: self.tr("等级"),
            self.STAGE: self.tr("阶段"),
            self.NEXT_FOLLOW_UP: self.tr("下次跟进"),
            self.LOCKED: self.tr("锁定"),
        }
        return headers.get(section)

    def row_of(self, customer_id: int) -> int:
        for number, row in enumerate(self._rows):
            if row.id == customer_id:
                return number
        return -1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if column == self.GRADE:
            return grade_cell(row.grade, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.NEXT_FOLLOW_UP and row.overdue:
                return QBrush(QColor(OVERDUE_COLOR))
            if column == self.LOCKED:
                return QBrush(QColor(MUTED_TEXT_COLOR))
        return None

    def _display(self, row: CustomerRow, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.phone
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.NEXT_FOLLOW_UP:
            return day_text(row.next_follow_up_date)
        if column == self.LOCKED:
            return self.tr("已锁定") if row.locked else ""
        return None
