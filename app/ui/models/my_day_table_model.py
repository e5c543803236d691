"""The lists of "My day" (我的一天, the 跟进 page): customers due, overdue, with a birthday
or about to lapse; open tasks (post-sale callbacks, "introduce the new consultant"); and
the manager's per-consultant counts with the team total.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's dataclass through any proxy, ``SORT_ROLE`` with raw values for a
``QSortFilterProxyModel``, ``data()`` delegating to small helpers. The lists are short
(the service caps each at a few hundred rows), so they are held in memory.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.follow_up import ConsultantDay, DueCustomer, MyDayCounts, TaskRow
from app.ui.colors import MUTED_TEXT_COLOR, OVERDUE_COLOR, grade_color, grade_text_color
from app.ui.labels import follow_up_kind_label, grade_label, stage_label

Index = QModelIndex | QPersistentModelIndex

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)
#: Customers about to lapse to the public pool: a warning, not yet a fault.
LAPSE_WARNING_COLOR = "#B54708"

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


def day_text(value: dt.date | None) -> str:
    return value.isoformat() if value is not None else ""


def grade_cell(grade: str | None, role: int) -> Any:
    """Display, colours and alignment of a grade chip cell (A red … D grey)."""
    if role == Qt.ItemDataRole.DisplayRole:
        return grade_label(grade)
    if role == Qt.ItemDataRole.BackgroundRole and grade:
        return QBrush(grade_color(grade))
    if role == Qt.ItemDataRole.ForegroundRole and grade:
        return QBrush(grade_text_color(grade))
    if role == Qt.ItemDataRole.TextAlignmentRole:
        return _CENTER
    if role == Qt.ItemDataRole.ToolTipRole and grade:
        return grade_label(grade, long=True)
    return None


class DueCustomerTableModel(QAbstractTableModel):
    """Customers of one "My day" section; ``section`` decides the last column."""

    OVERDUE, DUE_TODAY, BIRTHDAYS, LAPSING = "overdue", "due_today", "birthdays", "lapsing"
    SECTIONS = (OVERDUE, DUE_TODAY, BIRTHDAYS, LAPSING)

    NAME, PHONE, GRADE, STAGE, CONSULTANT, NEXT_DATE, DETAIL = range(7)
    COLUMN_COUNT = 7
    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, section: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        if section not in self.SECTIONS:
            raise ValueError(section)
        self.section = section
        self._rows: list[DueCustomer] = []

    def set_rows(self, rows: tuple[DueCustomer, ...] | list[DueCustomer]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[DueCustomer]:
        return list(self._rows)

    def row_at(self, row: int) -> DueCustomer:
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
        detail = {
            self.OVERDUE: self.tr("逾期"),
            self.DUE_TODAY: self.tr("跟进"),
            self.BIRTHDAYS: self.tr("生日"),
            self.LAPSING: self.tr("掉入公共池"),
        }[self.section]
        headers = {
            self.NAME: self.tr("客户"),
            self.PHONE: self.tr("电话"),
            self.GRADE: self.tr("等级"),
            self.STAGE: self.tr("阶段"),
            self.CONSULTANT: self.tr("置业顾问"),
            self.NEXT_DATE: self.tr("计划跟进日"),
            self.DETAIL: detail,
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return row
        if column == self.GRADE and role != self.SORT_ROLE:
            return grade_cell(row.grade, role)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == self.SORT_ROLE:
            return self._sort_value(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(column)
        if role == Qt.ItemDataRole.FontRole and column == self.DETAIL and self._alarming():
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.DETAIL:
            return self._detail_tip(row)
        return None

    def _alarming(self) -> bool:
        return self.section in (self.OVERDUE, self.LAPSING)

    def _foreground(self, column: int) -> QBrush | None:
        if self.section == self.OVERDUE:
            return QBrush(QColor(OVERDUE_COLOR))
        if self.section == self.LAPSING and column == self.DETAIL:
            return QBrush(QColor(LAPSE_WARNING_COLOR))
        return None

    def _display(self, row: DueCustomer, column: int) -> str | None:
        if column == self.NAME:
            return row.name
        if column == self.PHONE:
            return row.phone
        if column == self.STAGE:
            return stage_label(row.stage)
        if column == self.CONSULTANT:
            return row.consultant_name or self.tr("公共池")
        if column == self.NEXT_DATE:
            return day_text(row.next_follow_up_date)
        if column == self.DETAIL:
            return self._detail(row)
        return None

    def _detail(self, row: DueCustomer) -> str:
        if self.section == self.OVERDUE:
            return self.tr("逾期 {n} 天").format(n=row.days_overdue)
        if self.section == self.DUE_TODAY:
            return self.tr("今天")
        if self.section == self.BIRTHDAYS:
            return row.birthday.strftime("%m-%d") if row.birthday else ""
        days = row.days_to_lapse
        if days is None:
            return ""
        if days <= 1:
            return self.tr("1 天内")
        return self.tr("{n} 天后").format(n=days)

    def _detail_tip(self, row: DueCustomer) -> str | None:
        if self.section == self.LAPSING and row.protected_until is not None:
            return self.tr("保护期至 {time}").format(
                time=row.protected_until.strftime("%Y-%m-%d %H:%M")
            )
        return None

    def _sort_value(self, row: DueCustomer, column: int) -> Any:
        if column == self.GRADE:
            return row.grade.value if row.grade else "Z"
        if column == self.NEXT_DATE:
            return day_text(row.next_follow_up_date)
        if column == self.DETAIL:
            if self.section == self.OVERDUE:
                return row.days_overdue
            if self.section == self.LAPSING:
                return row.days_to_lapse if row.days_to_lapse is not None else 10**6
            if self.section == self.BIRTHDAYS and row.birthday is not None:
                return row.birthday.strftime("%m-%d")
        return self._display(row, column) or ""


class TaskTableModel(QAbstractTableModel):
    """Open tasks: post-sale callbacks, or "introduce the new consultant"."""

    KIND, CUSTOMER, PHONE, ASSIGNEE, DUE, DETAIL = range(6)
    COLUMN_COUNT = 6
    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[TaskRow] = []

    def set_rows(self, rows: tuple[TaskRow, ...] | list[TaskRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list[TaskRow]:
        return list(self._rows)

    def row_at(self, row: int) -> TaskRow:
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
            self.KIND: self.tr("任务"),
            self.CUSTOMER: self.tr("客户"),
            self.PHONE: self.tr("电话"),
            self.ASSIGNEE: self.tr("负责人"),
            self.DUE: self.tr("到期日"),
            self.DETAIL: self.tr("状态"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        task = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return task
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(task, column)
        if role == self.SORT_ROLE:
            if column == self.DUE:
                return task.due_date.isoformat()
            if column == self.DETAIL:
                return task.days_overdue
            return self._display(task, column) or ""
        if role == Qt.ItemDataRole.ForegroundRole and task.days_overdue > 0:
            return QBrush(QColor(OVERDUE_COLOR))
        return None

    def _display(self, task: TaskRow, column: int) -> str | None:
        if column == self.KIND:
            return follow_up_kind_label(task.kind)
        if column == self.CUSTOMER:
            return task.customer_name
        if column == self.PHONE:
            return task.phone
        if column == self.ASSIGNEE:
            return task.assignee_name
        if column == self.DUE:
            return day_text(task.due_date)
        if column == self.DETAIL:
            if task.days_overdue > 0:
                return self.tr("逾期 {n} 天").format(n=task.days_overdue)
            return self.tr("今天到期")
        return None


class ConsultantDayTableModel(QAbstractTableModel):
    """The manager's team view: one line per consultant and, last, the team total."""

    (
        CONSULTANT, OVERDUE, MAX_DAYS, DUE_TODAY, CALLBACKS, TASKS, LAPSING, BIRTHDAYS, TOTAL,
    ) = range(9)  # fmt: skip
    COLUMN_COUNT = 9
    #: The ``ConsultantDay`` of a line; None on the team-total line.
    ROW_ROLE = ROW_ROLE
    SORT_ROLE = SORT_ROLE
    #: True on the team-total line.
    TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[ConsultantDay] = []
        self._total = MyDayCounts()

    def set_rows(self, rows: tuple[ConsultantDay, ...] | list[ConsultantDay]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        total = MyDayCounts()
        for line in self._rows:
            total = total + line.counts
        self._total = total
        self.endResetModel()

    def rows(self) -> list[ConsultantDay]:
        return list(self._rows)

    def total(self) -> MyDayCounts:
        return self._total

    def row_of(self, consultant_id: int) -> int:
        for number, line in enumerate(self._rows):
            if line.consultant_id == consultant_id:
                return number
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._rows:
            return 0
        return len(self._rows) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.CONSULTANT: self.tr("置业顾问"),
            self.OVERDUE: self.tr("逾期"),
            self.MAX_DAYS: self.tr("最久逾期"),
            self.DUE_TODAY: self.tr("今日待跟进"),
            self.CALLBACKS: self.tr("售后回访"),
            self.TASKS: self.tr("任务"),
            self.LAPSING: self.tr("即将掉池"),
            self.BIRTHDAYS: self.tr("生日"),
            self.TOTAL: self.tr("合计"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() <= len(self._rows):
            return None
        is_total = index.row() == len(self._rows)
        line = None if is_total else self._rows[index.row()]
        counts = self._total if line is None else line.counts
        column = index.column()
        if role == self.ROW_ROLE:
            return line
        if role == self.TOTAL_ROLE:
            return is_total
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(line, counts, column)
        if role == self.SORT_ROLE:
            if column == self.CONSULTANT:
                return "\uffff" if line is None else line.consultant_name
            return self._number(counts, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.CONSULTANT:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole:
            if column in (self.OVERDUE, self.MAX_DAYS) and counts.overdue:
                return QBrush(QColor(OVERDUE_COLOR))
            if column == self.LAPSING and counts.lapsing:
                return QBrush(QColor(LAPSE_WARNING_COLOR))
            if line is not None and not line.active:
                return QBrush(QColor(MUTED_TEXT_COLOR))
            return None
        bold = is_total or (column == self.OVERDUE and counts.overdue > 0)
        if role == Qt.ItemDataRole.FontRole and bold:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, line: ConsultantDay | None, counts: MyDayCounts, column: int) -> str:
        if column == self.CONSULTANT:
            if line is None:
                return self.tr("团队合计")
            if not line.active:
                return self.tr("{name}（已停用）").format(name=line.consultant_name)
            return line.consultant_name
        if column == self.MAX_DAYS:
            return self.tr("{n} 天").format(n=counts.max_days_overdue) if counts.overdue else ""
        return str(self._number(counts, column))

    def _number(self, counts: MyDayCounts, column: int) -> int:
        return {
            self.OVERDUE: counts.overdue,
            self.MAX_DAYS: counts.max_days_overdue,
            self.DUE_TODAY: counts.due_today,
            self.CALLBACKS: counts.callbacks,
            self.TASKS: counts.tasks,
            self.LAPSING: counts.lapsing,
            self.BIRTHDAYS: counts.birthdays,
            self.TOTAL: counts.total,
        }.get(column, 0)
