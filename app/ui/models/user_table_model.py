"""The accounts in 设置 → 用户管理: user name, name, role, state (a short list, all in memory)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from app.domain.models import UserInfo
from app.ui.labels import role_label

Index = QModelIndex | QPersistentModelIndex

INACTIVE_COLOUR = QColor("#7b8794")
LOCKED_COLOUR = QColor("#b42318")


@dataclass(frozen=True, slots=True)
class UserRow:
    """An account as the list shows it: ``locked_until`` is set while a lockout runs."""

    user: UserInfo
    locked_until: dt.datetime | None = None


class UserTableModel(QAbstractTableModel):
    USERNAME, NAME, ROLE, STATE = range(4)
    COLUMN_COUNT = 4
    #: ``data(index, ROW_ROLE)`` is the row's ``UserRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[UserRow] = []

    def set_rows(self, rows: list[UserRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> UserRow:
        return self._rows[row]

    def row_of(self, user_id: int) -> int:
        """The row showing ``user_id``, or -1."""
        for number, row in enumerate(self._rows):
            if row.user.id == user_id:
                return number
        return -1

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
            self.USERNAME: self.tr("用户名"),
            self.NAME: self.tr("姓名"),
            self.ROLE: self.tr("角色"),
            self.STATE: self.tr("状态"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == self.ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self._display(row, index.column())
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(row, index.column())
        return None

    def state_text(self, row: UserRow) -> str:
        if not row.user.active:
            return self.tr("已停用")
        if row.locked_until is not None:
            return self.tr("已锁定（至 {time}）").format(time=row.locked_until.strftime("%H:%M:%S"))
        return self.tr("正常")

    def _display(self, row: UserRow, column: int) -> str | None:
        if column == self.USERNAME:
            return row.user.username
        if column == self.NAME:
            return row.user.display_name
        if column == self.ROLE:
            return role_label(row.user.role)
        if column == self.STATE:
            return self.state_text(row)
        return None

    def _foreground(self, row: UserRow, column: int) -> QBrush | None:
        if not row.user.active:
            return QBrush(INACTIVE_COLOUR)
        if column == self.STATE and row.locked_until is not None:
            return QBrush(LOCKED_COLOUR)
        return None
