"""The audit viewer's table: newest first, loaded a page at a time as the user scrolls.

One shape for every table model (STYLE.md): column constants, translated headers, a
role that returns the row's ``AuditRow``, ``data()`` delegating to small helpers.
Rows come from a ``fetch(offset, limit) -> AuditPage`` callable (``AuditQueryService.page``
with the actor and filter bound), so the model needs no service and no database.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from app.domain.privacy import AuditAction, AuditPage, AuditRow

Fetch = Callable[[int, int], AuditPage]
Index = QModelIndex | QPersistentModelIndex

TIME_FORMAT = "%Y-%m-%d %H:%M:%S"


def action_label(action: str) -> str:
    """登录 / 查看号码 / …, in the current UI language; an unknown code as it is."""
    labels: dict[str, str] = {
        AuditAction.SIGN_IN: QCoreApplication.translate("AuditLabels", "登录"),
        AuditAction.SIGN_OUT: QCoreApplication.translate("AuditLabels", "退出登录"),
        AuditAction.UNLOCK: QCoreApplication.translate("AuditLabels", "解除空闲锁定"),
        AuditAction.LOCKOUT: QCoreApplication.translate("AuditLabels", "密码错误锁定"),
        AuditAction.USER_CREATE: QCoreApplication.translate("AuditLabels", "添加用户"),
        AuditAction.ROLE_CHANGE: QCoreApplication.translate("AuditLabels", "更改角色"),
        AuditAction.USER_DEACTIVATE: QCoreApplication.translate("AuditLabels", "停用账号"),
        AuditAction.USER_ACTIVATE: QCoreApplication.translate("AuditLabels", "启用账号"),
        AuditAction.PASSWORD_CHANGE: QCoreApplication.translate("AuditLabels", "修改密码"),
        AuditAction.PASSWORD_RESET: QCoreApplication.translate("AuditLabels", "重置密码"),
        AuditAction.ACCOUNT_UNLOCK: QCoreApplication.translate("AuditLabels", "解除账号锁定"),
        AuditAction.REVEAL_PHONE: QCoreApplication.translate("AuditLabels", "查看完整手机号"),
        AuditAction.REVEAL_RESIDENT_ID: QCoreApplication.translate(
            "AuditLabels", "查看完整身份证号"
        ),
        AuditAction.ACCESS_DENIED: QCoreApplication.translate("AuditLabels", "越权访问被拒"),
        AuditAction.EXPORT: QCoreApplication.translate("AuditLabels", "导出"),
        AuditAction.EXPORT_CUSTOMERS: QCoreApplication.translate("AuditLabels", "导出客户"),
        AuditAction.PRINT: QCoreApplication.translate("AuditLabels", "打印"),
        AuditAction.TRANSFER: QCoreApplication.translate("AuditLabels", "客户移交"),
        AuditAction.OWNERSHIP_OVERRIDE: QCoreApplication.translate("AuditLabels", "判客改判"),
        AuditAction.SETTINGS_CHANGE: QCoreApplication.translate("AuditLabels", "更改设置"),
        AuditAction.CONSENT: QCoreApplication.translate("AuditLabels", "记录同意"),
        AuditAction.SUBJECT_EXPORT: QCoreApplication.translate("AuditLabels", "导出个人信息副本"),
        AuditAction.CORRECTION: QCoreApplication.translate("AuditLabels", "更正个人信息"),
        AuditAction.ANONYMISE: QCoreApplication.translate("AuditLabels", "删除（匿名化）客户"),
        AuditAction.RETENTION: QCoreApplication.translate("AuditLabels", "到期匿名化"),
        AuditAction.AUDIT_EXPORT: QCoreApplication.translate("AuditLabels", "导出审计日志"),
    }
    return labels.get(action, action)


def entity_label(entity: str | None) -> str:
    if not entity:
        return ""
    labels = {
        "user": QCoreApplication.translate("AuditLabels", "用户"),
        "customer": QCoreApplication.translate("AuditLabels", "客户"),
        "audit_log": QCoreApplication.translate("AuditLabels", "审计日志"),
        "settings": QCoreApplication.translate("AuditLabels", "设置"),
        "deal": QCoreApplication.translate("AuditLabels", "交易"),
        "unit": QCoreApplication.translate("AuditLabels", "房源"),
        "document": QCoreApplication.translate("AuditLabels", "文档"),
        "visit": QCoreApplication.translate("AuditLabels", "来访"),
        "follow_up": QCoreApplication.translate("AuditLabels", "跟进"),
        "report": QCoreApplication.translate("AuditLabels", "报表"),
    }
    return labels.get(entity, entity)


class AuditTableModel(QAbstractTableModel):
    TIME, USER, ACTION, CUSTOMER, OBJECT, DETAIL = range(6)
    COLUMN_COUNT = 6
    #: ``data(index, ROW_ROLE)`` is the row's ``AuditRow`` (also through a proxy).
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1
    PAGE_SIZE = 200

    #: After a reset or a page: how many rows match in all.
    total_changed = Signal(int)

    def __init__(self, fetch: Fetch | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch: Fetch | None = None
        self._rows: list[AuditRow] = []
        self._total = 0
        self._offset = 0
        if fetch is not None:
            self.set_source(fetch)

    @property
    def total(self) -> int:
        return self._total

    def set_source(self, fetch: Fetch | None) -> None:
        """Show what ``fetch`` returns from the start (the first page is read now).

        A failing first page (no right to read, database gone) raises, leaving the
        model empty.
        """
        self.beginResetModel()
        self._fetch, self._rows, self._total, self._offset = fetch, [], 0, 0
        try:
            if fetch is not None:
                page = fetch(0, self.PAGE_SIZE)
                self._rows = list(page.rows)
                self._offset = len(page.rows)
                self._total = page.total
        except BaseException:
            self._fetch = None
            raise
        finally:
            self.endResetModel()
        self.total_changed.emit(self._total)

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    # -- lazy loading ----------------------------------------------------------------

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._fetch is not None and self._offset < self._total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        assert self._fetch is not None
        page = self._fetch(self._offset, self.PAGE_SIZE)
        self._offset += len(page.rows)
        self._total = page.total if page.rows else self._offset
        # Rows written since the first page push older ones down by as many places:
        # newest first by id, so a row already shown has an id at or above the last one.
        last_id = self._rows[-1].id if self._rows else None
        new = [r for r in page.rows if last_id is None or r.id < last_id]
        if new:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(new) - 1)
            self._rows.extend(new)
            self.endInsertRows()
        self.total_changed.emit(self._total)

    # -- the table -------------------------------------------------------------------

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
            self.TIME: self.tr("时间"),
            self.USER: self.tr("用户"),
            self.ACTION: self.tr("操作"),
            self.CUSTOMER: self.tr("客户编号"),
            self.OBJECT: self.tr("对象"),
            self.DETAIL: self.tr("详情"),
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
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.DETAIL:
            return row.detail or None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == self.CUSTOMER:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _display(self, row: AuditRow, column: int) -> str | None:
        if column == self.TIME:
            return row.at.strftime(TIME_FORMAT)
        if column == self.USER:
            return row.user_name or (self.tr("系统") if row.user_id is None else f"#{row.user_id}")
        if column == self.ACTION:
            return action_label(row.action)
        if column == self.CUSTOMER:
            return str(row.customer_id) if row.customer_id is not None else ""
        if column == self.OBJECT:
            if row.entity_id is None:
                return entity_label(row.entity)
            return f"{entity_label(row.entity)} #{row.entity_id}"
        if column == self.DETAIL:
            return row.detail
        return None
