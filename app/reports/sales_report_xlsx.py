"""销售报表 as an Excel workbook: one sheet per section of the reports page.

Row 1 of every sheet names the project, the range, the granularity, whose figures they
are, who exported them and when; row 3 holds the column headers, the figures follow, and
a 合计 line ends every list. Numbers are numbers (shares as fractions formatted ``0.0%``,
amounts in yuan formatted ``¥#,##0.00``, dates as dates), so the office can keep
calculating in Excel. Takes the ``SalesReport`` the page shows; never touches the
database.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from app.domain.reports import (
    CHANNEL_LABELS,
    FUNNEL_LABELS,
    GRADE_LABELS,
    GRANULARITY_LABELS,
    NO_CHANNEL_LABEL,
    NO_GRADE_LABEL,
    MixLine,
    SalesReport,
    bucket_label,
)

#: The row of the column headers; figures start on the next one.
HEADER_ROW = 3
PERCENT = "0.0%"
MONEY = "¥#,##0.00"
COUNT = "#,##0"
DATE = "yyyy-mm-dd"

SHEETS = (
    "概览",
    "来访",
    "来源渠道",
    "意向等级",
    "转化漏斗",
    "流失原因",
    "顾问排名",
    "逾期跟进",
    "投诉",
)


def header_line(report: SalesReport, exported_by: str, exported_at: dt.datetime) -> str:
    project = f"{report.project_name} " if report.project_name else ""
    return (
        f"{project}销售报表　时间段：{report.start.isoformat()} 至 {report.end.isoformat()}"
        f"（{GRANULARITY_LABELS[report.granularity]}）　数据范围：{report.scope.label}"
        f"　导出人：{exported_by}　导出时间：{exported_at:%Y-%m-%d %H:%M}"
    )


def _money(value: Decimal) -> float:
    return float(value)


class _Writer:
    def __init__(self, report: SalesReport, line: str) -> None:
        from openpyxl import Workbook

        self.report = report
        self.line = line
        self.wb = Workbook()
        self._first = True

    def sheet(
        self,
        title: str,
        headers: Sequence[str],
        rows: Sequence[Sequence[Any]],
        formats: Sequence[str | None],
        *,
        total: Sequence[Any] | None = None,
        widths: Sequence[int] = (),
        note: str = "",
    ) -> Any:
        from openpyxl.styles import Alignment, Font, PatternFill
        from openpyxl.utils import get_column_letter

        if self._first:
            ws = self.wb.active
            ws.title = title
            self._first = False
        else:
            ws = self.wb.create_sheet(title)
        ws.append([self.line])
        ws["A1"].font = Font(bold=True, size=12)
        ws.append([note] if note else [])
        if note:
            ws["A2"].font = Font(italic=True, color="555555")
        ws.append(list(headers))
        shade = PatternFill(fill_type="solid", fgColor="E8EEF4")
        for cell in ws[HEADER_ROW]:
            cell.font = Font(bold=True)
            cell.fill = shade
            cell.alignment = Alignment(horizontal="center")
        for row in rows:
            ws.append(list(row))
        if total is not None:
            ws.append(list(total))
            for cell in ws[ws.max_row]:
                cell.font = Font(bold=True)
        for row_cells in ws.iter_rows(min_row=HEADER_ROW + 1, max_row=ws.max_row):
            for cell, fmt in zip(row_cells, formats, strict=False):
                if fmt and isinstance(cell.value, int | float | dt.date):
                    cell.number_format = fmt
        for i, width in enumerate(widths, start=1):
            ws.column_dimensions[get_column_letter(i)].width = width
        ws.freeze_panes = ws.cell(row=HEADER_ROW + 1, column=1)
        return ws

    def save(self, path: Path) -> None:
        self.wb.save(path)


def _mix_rows(lines: Sequence[MixLine], labels: dict[str, str], blank: str) -> list[list[Any]]:
    return [
        [labels.get(line.code, line.code) if line.code else blank, line.customers, line.share]
        for line in lines
    ]


def write_sales_report_xlsx(
    report: SalesReport, path: Path, *, exported_by: str, exported_at: dt.datetime
) -> None:
    w = _Writer(report, header_line(report, exported_by, exported_at))
    v = report.visits
    ranking_total = sum((r.amount for r in report.ranking), Decimal("0.00"))

    w.sheet(
        "概览",
        ["项目", "数值"],
        [
            ["开始日期", report.start],
            ["结束日期", report.end],
            ["来访（人次）", v.total],
            ["首次来访", v.first],
            ["复访", v.returning],
            ["新来访客户", report.funnel.visited],
            ["成交（套）", report.deals.deals],
            ["成交金额（元）", _money(report.deals.amount)],
            ["流失客户", report.lost],
            ["投诉（所选时间段内收到）", report.complaints.received],
        ],
        [None, None],
        widths=(26, 20),
    )
    for row in w.wb["概览"].iter_rows(min_row=HEADER_ROW + 1, max_row=HEADER_ROW + 2):
        row[1].number_format = DATE
    w.wb["概览"].cell(row=HEADER_ROW + 8, column=2).number_format = MONEY

    w.sheet(
        "来访",
        ["时间段", "开始日期", "结束日期", "首次来访", "复访", "合计"],
        [
            [
                bucket_label(b.start, b.end, v.granularity),
                b.start,
                b.end,
                b.first,
                b.returning,
                b.total,
            ]
            for b in v.buckets
        ],  # fmt: skip
        [None, DATE, DATE, COUNT, COUNT, COUNT],
        total=["合计", None, None, v.first, v.returning, v.total],
        widths=(18, 12, 12, 11, 11, 11),
        note=f"同日再访 {v.same_day} 次、竞品踩盘 {v.scouts} 次未计入来访。",
    )
    mix_total = report.funnel.visited
    for title, head, lines, labels, blank in (
        ("来源渠道", "来源渠道", report.channels, CHANNEL_LABELS, NO_CHANNEL_LABEL),
        ("意向等级", "意向等级", report.grades, GRADE_LABELS, NO_GRADE_LABEL),
    ):
        w.sheet(
            title,
            [head, "新来访客户", "占比"],
            _mix_rows(lines, labels, blank),
            [None, COUNT, PERCENT],
            total=["合计", mix_total, 1.0 if mix_total else None],
            widths=(16, 12, 10),
            note="新来访客户：所选时间段内首次来访的客户。",
        )
    w.sheet(
        "转化漏斗",
        ["环节", "客户数", "占来访", "较上一步"],
        [
            [FUNNEL_LABELS[s.key], s.customers, s.of_first, s.of_previous]
            for s in report.funnel.steps
        ],
        [None, COUNT, PERCENT, PERCENT],
        widths=(10, 10, 10, 10),
        note="所选时间段内首次来访的客户中，截至时间段最后一天复访、认购、签约的人数。",
    )
    w.sheet(
        "流失原因",
        ["流失原因", "客户数", "占流失客户"],
        [[line.label, line.customers, line.share] for line in report.lost_reasons],
        [None, COUNT, PERCENT],
        total=["合计", report.lost, 1.0 if report.lost else None],
        widths=(30, 10, 12),
        note="所选时间段内首次来访、目前已流失的客户。",
    )
    w.sheet(
        "顾问排名",
        ["名次", "置业顾问", "接待数", "成交数", "成交金额（元）", "满意度", "调查份数"],
        [
            [
                r.rank,
                r.consultant_name + ("" if r.active else "（已停用）"),
                r.receptions,
                r.deals,
                _money(r.amount),
                r.satisfaction,
                r.surveys,
            ]
            for r in report.ranking
        ],  # fmt: skip
        [None, None, COUNT, COUNT, MONEY, "0.0", COUNT],
        total=[
            None,
            "合计",
            sum(r.receptions for r in report.ranking),
            sum(r.deals for r in report.ranking),
            _money(ranking_total),
            None,
            sum(r.surveys for r in report.ranking),
        ],  # fmt: skip
        widths=(6, 14, 10, 10, 18, 10, 10),
        note="成交：所选时间段内认购且未退订的交易；满意度空白表示没有调查。",
    )
    w.sheet(
        "逾期跟进",
        ["人员", "逾期未跟进客户", "最久逾期（天）", "逾期售后回访"],
        [
            [
                line.consultant_name + ("" if line.active else "（已停用）"),
                line.customers,
                line.max_days_overdue,
                line.callbacks,
            ]
            for line in report.overdue
        ],  # fmt: skip
        [None, COUNT, COUNT, COUNT],
        total=[
            "合计",
            sum(line.customers for line in report.overdue),
            max((line.max_days_overdue for line in report.overdue), default=0),
            sum(line.callbacks for line in report.overdue),
        ],  # fmt: skip
        widths=(14, 16, 14, 14),
        note=f"截至 {report.generated_at:%Y-%m-%d}（逾期是当前状态，不随时间段变化）。",
    )
    c = report.complaints
    w.sheet(
        "投诉",
        ["", "投诉数", "未结案", "超时未首次响应"],
        [
            ["所选时间段内收到", c.received, c.received_open, c.received_overdue],
            ["目前全部未结案", c.open_total, c.open_total, c.overdue_total],
        ],
        [None, COUNT, COUNT, COUNT],
        widths=(18, 10, 10, 16),
        note=f"超时：收到后 {c.response_days} 天内没有首次响应、至今仍未响应。",
    )
    w.save(path)
