"""The "in the office now" board of the reception page (在场客户): today's visitors who
have not left yet, a few dozen rows, all in memory.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's ``VisitRow`` through any proxy, ``SORT_ROLE`` with raw values,
``data()`` delegating to small helpers. The elapsed minutes depend on "now", which the
page passes in (the services' clock), so a test can move time; ``set_now`` updates only
that column (``dataChanged``).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from app.domain.customer import VisitRow
from app.ui.labels import visit_kind_label

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter


def elapsed_minutes(row: VisitRow, now: dt.datetime) -> int:
    """Minutes since arrival (the recorded duration once the visitor has left)."""
    if row.duration_minutes is not None:
        return row.duration_minutes
    return max(0, int((now - row.arrived_at).total_seconds() // 60))


class VisitTableModel(QAbstractTableModel):
    CUSTOMER, PHONE, CONSULTANT, PARTY, KIND, ARRIVED, ELAPSED = range(7)
    COLUMN_COUNT = 7
    #: ``data(index, ROW_ROLE)`` is the row's ``VisitRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    #: Raw values to sort by (numbers, times) rather than the displayed text.
    SORT_ROLE = Qt.ItemDataRole.UserRole + 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[VisitRow] = []
        self._now = dt.datetime.now()

    def set_rows(self, rows: list[VisitRow], now: dt.datetime) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._now = now
        self.endResetModel()

    def set_now(self, now: dt.datetime) -> None:
        """Move the clock of the elapsed-minutes column."""
        self._now = now
        if self._rows:
            self.dataChanged.emit(
                self.index(0, self.ELAPSED),
                self.index(len(self._rows) - 1, self.ELAPSED),
                [Qt.ItemDataRole.DisplayRole],
            )

    def rows(self) -> list[VisitRow]:
        return list(self._rows)

    def row_at(self, row: int) -> VisitRow:
        return self._rows[row]

    def row_of(self, visit_id: int) -> int:
        for number, visit in enumerate(self._rows):
            if visit.visit_id == visit_id:
                return number
        return -1

    def people(self) -> int:
        """Visitors in the office: the sum of the party sizes."""
        return sum(r.party_size for r in self._rows)

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
            self.PHONE: self.tr("手机"),
            self.CONSULTANT: self.tr("接待顾问"),
            self.PARTY: self.tr("人数"),
            self.KIND: self.tr("类型"),
            self.ARRIVED: self.tr("到访"),
            self.ELAPSED: self.tr("已停留"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        visit = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return visit
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(visit, column)
        if role == self.SORT_ROLE:
            return self._sort_value(visit, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.PARTY, self.ELAPSED):
                return int(_RIGHT)
            if column == self.ARRIVED:
                return int(_CENTER)
            return None
        if role == Qt.ItemDataRole.ToolTipRole and column == self.ARRIVED:
            return visit.arrived_at.strftime("%Y-%m-%d %H:%M")
        return None

    def _display(self, visit: VisitRow, column: int) -> str | None:
        if column == self.CUSTOMER:
            return visit.customer_name or self.tr("（未留姓名）")
        if column == self.PHONE:
            return visit.phone
        if column == self.CONSULTANT:
            return visit.consultant_name or ""
        if column == self.PARTY:
            return str(visit.party_size)
        if column == self.KIND:
            return visit_kind_label(visit.kind)
        if column == self.ARRIVED:
            return visit.arrived_at.strftime("%H:%M")
        if column == self.ELAPSED:
            return self.tr("{n} 分钟").format(n=elapsed_minutes(visit, self._now))
        return None

    def _sort_value(self, visit: VisitRow, column: int) -> Any:
        if column == self.PARTY:
            return visit.party_size
        if column == self.ARRIVED:
            return visit.arrived_at.isoformat()
        if column == self.ELAPSED:
            return elapsed_minutes(visit, self._now)
        return self._display(visit, column) or ""
