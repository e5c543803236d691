"""The tables of the reports page (报表): visits per bucket, channel and grade mix, the
funnel, lost reasons, the consultant ranking, overdue follow-ups, complaints.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's dataclass (None on the 合计 line), ``TOTAL_ROLE`` marking the 合计
line, ``data()`` delegating to small helpers. Every list ends with a 合计 line, so each
table carries its own count and total. The rows are aggregates, a few hundred at most,
held in memory.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.reports import (
    ComplaintSummary,
    ConsultantRank,
    FunnelStep,
    Granularity,
    MixLine,
    OverdueLine,
    ReasonLine,
    VisitBucket,
    bucket_last_day,
    format_share,
)
from app.ui.colors import OVERDUE_COLOR, grade_color, grade_text_color
from app.ui.labels import channel_label, grade_label
from app.ui.sales_labels import yuan
from app.ui.widgets import to_qdate

Index = QModelIndex | QPersistentModelIndex

ROW_ROLE = Qt.ItemDataRole.UserRole + 1
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 3

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
_LEFT = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
_CENTER = int(Qt.AlignmentFlag.AlignCenter)

TEXT, COUNT, MONEY, SHARE, SCORE, DAYS, RANK = (
    "text", "count", "money", "share", "score", "days", "rank",
)  # fmt: skip


# --- labels and number formats shared by the page, its charts and its tables ------------


def count_text(n: int) -> str:
    return f"{n:,}"


def share_text(value: float | None) -> str:
    """``37.5%`` (``0.04%`` under one per cent); "—" when there is nothing to divide by."""
    return format_share(value)


def score_text(value: float | None) -> str:
    """An average survey score, or "—" when no survey was taken."""
    return "—" if value is None else f"{value:.1f}"


def channel_text(code: str | None) -> str:
    return channel_label(code) if code else QCoreApplication.translate("ReportLabels", "未填写")


def grade_text(code: str | None) -> str:
    return (
        grade_label(code, long=True)
        if code
        else QCoreApplication.translate("ReportLabels", "未评级")
    )


def funnel_text(key: str) -> str:
    return {
        "visited": QCoreApplication.translate("ReportLabels", "来访"),
        "returned": QCoreApplication.translate("ReportLabels", "复访"),
        "subscribed": QCoreApplication.translate("ReportLabels", "认购"),
        "contracted": QCoreApplication.translate("ReportLabels", "签约"),
    }.get(key, key)


def reason_text(line: ReasonLine) -> str:
    if line.other:
        return QCoreApplication.translate("ReportLabels", "其他 {n} 种原因").format(n=line.other)
    return line.reason or QCoreApplication.translate("ReportLabels", "未填写原因")


def date_text(day: dt.date) -> str:
    return QLocale().toString(to_qdate(day), QCoreApplication.translate("ReportLabels", "M月d日"))


def bucket_text(first: dt.date, last: dt.date, granularity: Granularity | str) -> str:
    """``3月2日`` / ``3月2日–8日`` / ``3月30日–4月5日`` / ``2026年3月`` (a month cut by the
    range shows its days)."""
    granularity = Granularity(granularity)
    if (
        granularity is Granularity.MONTH
        and first.day == 1
        and last == bucket_last_day(first, granularity)
    ):
        return QLocale().toString(
            to_qdate(first), QCoreApplication.translate("ReportLabels", "yyyy年M月")
        )
    if first == last:
        return date_text(first)
    if (first.year, first.month) == (last.year, last.month):
        day = QLocale().toString(to_qdate(last), QCoreApplication.translate("ReportLabels", "d日"))
        return f"{date_text(first)}–{day}"
    return f"{date_text(first)}–{date_text(last)}"


def axis_text(first: dt.date, last: dt.date, granularity: Granularity | str) -> str:
    """The short label under a column of the visits chart: the first day of a day or a
    week, the month of a month."""
    if Granularity(granularity) is Granularity.MONTH:
        return bucket_text(first, last, granularity)
    return date_text(first)


# --- the base model ---------------------------------------------------------------------


class ReportTableModel(QAbstractTableModel):
    """Rows of one section and an optional 合计 line; subclasses give the columns."""

    ROW_ROLE = ROW_ROLE
    TOTAL_ROLE = TOTAL_ROLE
    KINDS: tuple[str, ...] = ()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []
        self._total: list[Any] | None = None

    # -- content ----------------------------------------------------------------------------

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._total = self.total_cells(self._rows)
        self.endResetModel()

    def rows(self) -> list[Any]:
        return list(self._rows)

    def has_total(self) -> bool:
        return self._total is not None

    def headers(self) -> list[str]:
        raise NotImplementedError

    def cells(self, row: Any) -> list[Any]:
        raise NotImplementedError

    def total_cells(self, rows: list[Any]) -> list[Any] | None:
        return None

    # -- the Qt interface -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        if parent.isValid():
            return 0
        return len(self._rows) + (1 if self._total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.KINDS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.KINDS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers()[section]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _LEFT if self.KINDS[section] == TEXT else _RIGHT
        return None

    def _is_total(self, row: int) -> bool:
        return self._total is not None and row == len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        total = self._is_total(index.row())
        item = None if total else self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return item
        if role == self.TOTAL_ROLE:
            return total
        values = self._total if total else self.cells(item)
        assert values is not None
        value = values[column]
        kind = self.KINDS[column]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(kind, value)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if kind == RANK:
                return _CENTER
            return _LEFT if kind == TEXT else _RIGHT
        if role == Qt.ItemDataRole.FontRole and total:
            font = QFont()
            font.setBold(True)
            return font
        return self.decoration(item, column, role) if item is not None else None

    def decoration(self, item: Any, column: int, role: int) -> Any:
        """Colours of a cell (a grade chip, an overdue figure in red); None by default."""
        return None

    @staticmethod
    def _display(kind: str, value: Any) -> str:
        if value is None:
            return "" if kind in (TEXT, RANK) else "—"
        if kind in (COUNT, RANK):
            return count_text(int(value))
        if kind == MONEY:
            return yuan(Decimal(value))
        if kind == SHARE:
            return share_text(value)
        if kind == SCORE:
            return score_text(value)
        if kind == DAYS:
            return (
                QCoreApplication.translate("ReportLabels", "{n} 天").format(n=value)
                if value
                else "—"
            )
        return str(value)


# --- the sections -----------------------------------------------------------------------


class VisitBucketTableModel(ReportTableModel):
    PERIOD, FIRST, RETURNING, TOTAL = range(4)
    KINDS = (TEXT, COUNT, COUNT, COUNT)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.granularity = Granularity.DAY

    def set_buckets(self, buckets: Sequence[VisitBucket], granularity: Granularity) -> None:
        self.granularity = Granularity(granularity)
        self.set_rows(buckets)

    def headers(self) -> list[str]:
        return [self.tr("时间"), self.tr("首次来访"), self.tr("复访"), self.tr("合计")]

    def cells(self, row: VisitBucket) -> list[Any]:
        return [bucket_text(row.start, row.end, self.granularity), row.first, row.returning,
                row.total]  # fmt: skip

    def total_cells(self, rows: list[VisitBucket]) -> list[Any]:
        first = sum(b.first for b in rows)
        returning = sum(b.returning for b in rows)
        return [self.tr("合计"), first, returning, first + returning]


class MixTableModel(ReportTableModel):
    """The new visitors by channel (``kind="channel"``) or by grade (``kind="grade"``)."""

    NAME, CUSTOMERS, SHARE_ = range(3)
    KINDS = (TEXT, COUNT, SHARE)

    def __init__(self, kind: str, parent: QObject | None = None) -> None:
        if kind not in ("channel", "grade"):
            raise ValueError(kind)
        super().__init__(parent)
        self.kind = kind

    def headers(self) -> list[str]:
        first = self.tr("来源渠道") if self.kind == "channel" else self.tr("意向等级")
        return [first, self.tr("新来访客户"), self.tr("占比")]

    def cells(self, row: MixLine) -> list[Any]:
        name = channel_text(row.code) if self.kind == "channel" else grade_text(row.code)
        return [name, row.customers, row.share]

    def total_cells(self, rows: list[MixLine]) -> list[Any]:
        total = sum(line.customers for line in rows)
        return [self.tr("合计"), total, 1.0 if total else None]

    def decoration(self, item: MixLine, column: int, role: int) -> Any:
        if self.kind != "grade" or column != self.NAME:
            return None
        if role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(grade_color(item.code))
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(grade_text_color(item.code))
        return None


class FunnelTableModel(ReportTableModel):
    """The steps; the first one (来访) is the base of every share, so no 合计 line."""

    STEP, CUSTOMERS, OF_FIRST, OF_PREVIOUS = range(4)
    KINDS = (TEXT, COUNT, SHARE, SHARE)

    def headers(self) -> list[str]:
        return [self.tr("环节"), self.tr("客户数"), self.tr("占来访"), self.tr("较上一步")]

    def cells(self, row: FunnelStep) -> list[Any]:
        return [funnel_text(row.key), row.customers, row.of_first, row.of_previous]


class ReasonTableModel(ReportTableModel):
    REASON, CUSTOMERS, SHARE_ = range(3)
    KINDS = (TEXT, COUNT, SHARE)

    def headers(self) -> list[str]:
        return [self.tr("流失原因"), self.tr("客户数"), self.tr("占流失客户")]

    def cells(self, row: ReasonLine) -> list[Any]:
        return [reason_text(row), row.customers, row.share]

    def total_cells(self, rows: list[ReasonLine]) -> list[Any]:
        total = sum(line.customers for line in rows)
        return [self.tr("合计"), total, 1.0 if total else None]


class RankingTableModel(ReportTableModel):
    RANK_, NAME, RECEPTIONS, DEALS, AMOUNT, SATISFACTION = range(6)
    KINDS = (RANK, TEXT, COUNT, COUNT, MONEY, SCORE)

    def headers(self) -> list[str]:
        return [self.tr("名次"), self.tr("置业顾问"), self.tr("接待数"), self.tr("成交数"),
                self.tr("成交金额"), self.tr("满意度")]  # fmt: skip

    def cells(self, row: ConsultantRank) -> list[Any]:
        name = (
            row.consultant_name
            if row.active
            else self.tr("{name}（已停用）").format(name=row.consultant_name)
        )
        return [row.rank, name, row.receptions, row.deals, row.amount, row.satisfaction]

    def total_cells(self, rows: list[ConsultantRank]) -> list[Any]:
        return [
            None,
            self.tr("合计（{n} 人）").format(n=len(rows)),
            sum(r.receptions for r in rows),
            sum(r.deals for r in rows),
            sum((r.amount for r in rows), Decimal("0.00")),
            None,
        ]


class OverdueTableModel(ReportTableModel):
    NAME, CUSTOMERS, LONGEST, CALLBACKS = range(4)
    KINDS = (TEXT, COUNT, DAYS, COUNT)

    def headers(self) -> list[str]:
        return [self.tr("人员"), self.tr("逾期未跟进客户"), self.tr("最久逾期"),
                self.tr("逾期售后回访")]  # fmt: skip

    def cells(self, row: OverdueLine) -> list[Any]:
        name = (
            row.consultant_name
            if row.active
            else self.tr("{name}（已停用）").format(name=row.consultant_name)
        )
        return [name, row.customers, row.max_days_overdue, row.callbacks]

    def total_cells(self, rows: list[OverdueLine]) -> list[Any]:
        return [
            self.tr("合计（{n} 人）").format(n=len(rows)),
            sum(line.customers for line in rows),
            max((line.max_days_overdue for line in rows), default=0),
            sum(line.callbacks for line in rows),
        ]

    def decoration(self, item: OverdueLine, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.ForegroundRole or column == self.NAME:
            return None
        value = self.cells(item)[column]
        return QBrush(QColor(OVERDUE_COLOR)) if value else None


class ComplaintTableModel(ReportTableModel):
    """Two lines: received in the range, and today's whole backlog."""

    WHAT, COMPLAINTS, OPEN, OVERDUE = range(4)
    KINDS = (TEXT, COUNT, COUNT, COUNT)

    def set_summary(self, summary: ComplaintSummary) -> None:
        self.set_rows([("range", summary), ("backlog", summary)])

    def headers(self) -> list[str]:
        return [self.tr("投诉"), self.tr("投诉数"), self.tr("未结案"), self.tr("超时未首次响应")]

    def cells(self, row: tuple[str, ComplaintSummary]) -> list[Any]:
        which, c = row
        if which == "range":
            return [self.tr("所选时间段内收到"), c.received, c.received_open, c.received_overdue]
        return [self.tr("目前全部未结案"), c.open_total, c.open_total, c.overdue_total]

    def decoration(self, item: tuple[str, ComplaintSummary], column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ForegroundRole and column == self.OVERDUE:
            return QBrush(QColor(OVERDUE_COLOR)) if self.cells(item)[column] else None
        return None
