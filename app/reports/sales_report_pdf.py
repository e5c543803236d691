"""销售报表 — the printable sales report (SPEC §9): every section of the reports page as
tables, the visits also as a bar chart, A4 portrait with "第 x 页 / 共 y 页".

Takes the ``SalesReport`` the page shows; never touches the database.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.forms import DocumentStamp, format_datetime, format_money
from app.domain.reports import (
    CHANNEL_LABELS,
    GRADE_LABELS,
    GRANULARITY_LABELS,
    NO_CHANNEL_LABEL,
    NO_GRADE_LABEL,
    SalesReport,
    bucket_label,
    format_share,
)
from app.reports.fonts import FontChoice
from app.reports.layout import (
    Styles,
    build_pdf,
    data_table,
    frame_width,
    info_table,
    p,
    resolve_font,
    styles,
)

TITLE = "销售报表"
FIRST_COLOR = colors.HexColor("#2F6FB0")
RETURN_COLOR = colors.HexColor("#E8871E")
TOTAL_BG = colors.HexColor("#F4F6F8")
#: Buckets drawn as a chart; a longer daily range is only listed.
MAX_CHART_BARS = 120

SECTION_TITLES = (
    "一、来访（首次来访 / 复访）",
    "二、来源渠道",
    "三、意向等级",
    "四、转化漏斗",
    "五、流失原因",
    "六、置业顾问排名",
    "七、逾期跟进（截至今天）",
    "八、投诉",
)


def _n(value: int) -> str:
    return f"{value:,}"


def _total_style(rows: int) -> list[tuple[Any, ...]]:
    """The last line of a table (合计) shaded."""
    return [("BACKGROUND", (0, rows), (-1, rows), TOTAL_BG)]


def _visits_chart(report: SalesReport, font: str, width: float) -> Drawing | None:
    buckets = report.visits.buckets
    if not buckets or len(buckets) > MAX_CHART_BARS or not report.visits.total:
        return None
    height = 62 * mm
    drawing = Drawing(width, height)
    chart = VerticalBarChart()
    chart.x, chart.y = 14 * mm, 14 * mm
    chart.width, chart.height = width - 20 * mm, height - 24 * mm
    chart.data = [[b.first for b in buckets], [b.returning for b in buckets]]
    chart.categoryAxis.style = "stacked"
    step = max(1, len(buckets) // 12)
    chart.categoryAxis.categoryNames = [
        bucket_label(b.start, b.end, report.granularity) if i % step == 0 else ""
        for i, b in enumerate(buckets)
    ]
    chart.categoryAxis.labels.fontName = font
    chart.categoryAxis.labels.fontSize = 7
    chart.categoryAxis.labels.angle = 30 if len(buckets) > 8 else 0
    chart.categoryAxis.labels.boxAnchor = "ne" if len(buckets) > 8 else "n"
    chart.valueAxis.labels.fontName = font
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = colors.HexColor("#E4E7EB")
    chart.bars[0].fillColor = FIRST_COLOR
    chart.bars[1].fillColor = RETURN_COLOR
    chart.bars.strokeColor = None
    chart.barSpacing = 1
    chart.groupSpacing = 2 if len(buckets) > 40 else 6
    drawing.add(chart)
    legend = Legend()
    legend.x, legend.y = 16 * mm, height - 3 * mm
    legend.fontName = font
    legend.fontSize = 8
    legend.alignment = "right"
    legend.columnMaximum = 1
    legend.deltax = 28 * mm
    legend.colorNamePairs = [(FIRST_COLOR, "首次来访"), (RETURN_COLOR, "复访")]
    drawing.add(legend)
    return drawing


def _visits(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    v = report.visits
    out: list[Flowable] = [p(SECTION_TITLES[0], st.h2)]
    if not v.total:
        out.append(p("所选时间段内没有来访记录。", st.body))
    else:
        chart = _visits_chart(report, st.font, width)
        if chart is not None:
            out.append(chart)
    rows: list[list[object]] = [
        [bucket_label(b.start, b.end, v.granularity), _n(b.first), _n(b.returning), _n(b.total)]
        for b in v.buckets
    ]
    rows.append(["合计", _n(v.first), _n(v.returning), _n(v.total)])
    out.append(
        data_table(
            st, ["时间", "首次来访", "复访", "合计"], rows,
            [width * 0.4, width * 0.2, width * 0.2, width * 0.2],
            align="lrrr", extra=_total_style(len(rows)),
        )
    )  # fmt: skip
    if v.same_day or v.scouts:
        out.append(
            p(f"另有同日再访 {v.same_day} 次、竞品踩盘 {v.scouts} 次，未计入来访。", st.small)
        )
    return out


def _mix(
    title: str,
    head: str,
    lines: Any,
    labels: dict[str, str],
    blank: str,
    st: Styles,
    width: float,
) -> list[Flowable]:
    rows: list[list[object]] = [
        [labels.get(line.code, line.code) if line.code else blank, _n(line.customers),
         format_share(line.share)]
        for line in lines
    ]  # fmt: skip
    total = sum(line.customers for line in lines)
    rows.append(["合计", _n(total), "100.0%" if total else "—"])
    table = data_table(
        st, [head, "新来访客户", "占比"], rows, [width * 0.5, width * 0.25, width * 0.25],
        align="lrr", extra=_total_style(len(rows)),
    )  # fmt: skip
    return [KeepTogether([p(title, st.h2), table])]


def _funnel(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    rows = [
        [s.label, _n(s.customers), format_share(s.of_first), format_share(s.of_previous)]
        for s in report.funnel.steps
    ]
    table = data_table(
        st, ["环节", "客户数", "占来访", "较上一步"], rows, [width * 0.31] + [width * 0.23] * 3,
        align="lrrr",
    )  # fmt: skip
    note = p("所选时间段内首次来访的客户中，截至时间段最后一天复访、认购、签约的人数。", st.small)
    return [KeepTogether([p(SECTION_TITLES[3], st.h2), table, note])]


def _reasons(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    out: list[Flowable] = [p(SECTION_TITLES[4], st.h2)]
    if not report.lost_reasons:
        out.append(p("所选时间段内的新来访客户中没有流失的客户。", st.body))
        return [KeepTogether(out)]
    rows: list[list[object]] = [
        [line.label, _n(line.customers), format_share(line.share)] for line in report.lost_reasons
    ]
    rows.append(["合计", _n(report.lost), "100.0%"])
    out.append(
        data_table(
            st, ["流失原因", "客户数", "占流失客户"], rows,
            [width * 0.6, width * 0.2, width * 0.2], align="lrr", extra=_total_style(len(rows)),
        )
    )  # fmt: skip
    return [KeepTogether(out)]


def _ranking(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    rows: list[list[object]] = []
    for r in report.ranking:
        name = r.consultant_name + ("" if r.active else "（已停用）")
        score = f"{r.satisfaction:.1f}" if r.satisfaction is not None else "—"
        rows.append([str(r.rank), name, _n(r.receptions), _n(r.deals), format_money(r.amount),
                     score])  # fmt: skip
    rows.append(["", "合计", _n(sum(r.receptions for r in report.ranking)),
                 _n(sum(r.deals for r in report.ranking)),
                 format_money(sum((r.amount for r in report.ranking), Decimal("0.00"))),
                 ""])  # fmt: skip
    widths = [width * w for w in (0.08, 0.22, 0.14, 0.14, 0.27, 0.15)]
    table = data_table(
        st, ["名次", "置业顾问", "接待数", "成交数", "成交金额", "满意度"], rows, widths,
        align="clrrrr", extra=_total_style(len(rows)),
    )  # fmt: skip
    note = p(
        "接待数：所选时间段内接待的首次来访和复访；成交：所选时间段内认购且未退订的交易，"
        "金额按成交价（无成交价时按表价）；满意度：所选时间段内满意度调查的平均分，无调查显示“—”。",
        st.small,
    )
    return [p(SECTION_TITLES[5], st.h2), table, note]


def _overdue(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    rows: list[list[object]] = []
    for line in report.overdue:
        name = line.consultant_name + ("" if line.active else "（已停用）")
        longest = f"{line.max_days_overdue} 天" if line.customers else "—"
        rows.append([name, _n(line.customers), longest, _n(line.callbacks)])
    longest_all = max((line.max_days_overdue for line in report.overdue), default=0)
    rows.append(["合计", _n(sum(line.customers for line in report.overdue)),
                 f"{longest_all} 天" if longest_all else "—",
                 _n(sum(line.callbacks for line in report.overdue))])  # fmt: skip
    table = data_table(
        st, ["人员", "逾期未跟进客户", "最久逾期", "逾期售后回访"], rows,
        [width * 0.31] + [width * 0.23] * 3, align="lrrr", extra=_total_style(len(rows)),
    )  # fmt: skip
    return [p(SECTION_TITLES[6], st.h2), table]


def _complaints(report: SalesReport, st: Styles, width: float) -> list[Flowable]:
    c = report.complaints
    rows: list[list[object]] = [
        ["所选时间段内收到", _n(c.received), _n(c.received_open), _n(c.received_overdue)],
        ["目前全部未结案", _n(c.open_total), _n(c.open_total), _n(c.overdue_total)],
    ]
    table = data_table(
        st, ["", "投诉数", "未结案", "超时未首次响应"], rows,
        [width * 0.31] + [width * 0.23] * 3, align="lrrr",
    )  # fmt: skip
    note = p(f"超时：收到后 {c.response_days} 天内没有首次响应、至今仍未响应的投诉。", st.small)
    return [KeepTogether([p(SECTION_TITLES[7], st.h2), table, note])]


def story(report: SalesReport, font_name: str, printed_by: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width()
    v = report.visits
    out: list[Flowable] = [
        p(f"{report.project_name} 销售报表" if report.project_name else TITLE, st.title),
        info_table(
            st,
            [
                ("时间段", report.range_label),
                ("统计粒度", GRANULARITY_LABELS[report.granularity]),
                ("数据范围", report.scope.label),
                ("打印人", printed_by),
                ("统计时间", format_datetime(report.generated_at)),
                ("来访", f"{_n(v.total)} 人次（首次 {_n(v.first)}，复访 {_n(v.returning)}）"),
                ("成交", f"{_n(report.deals.deals)} 套，{format_money(report.deals.amount)}"),
                ("新来访客户", f"{_n(report.funnel.visited)} 人"),
            ],
            width,
        ),
        Spacer(1, 2 * mm),
    ]
    out += _visits(report, st, width)
    out += _mix(SECTION_TITLES[1], "来源渠道", report.channels, CHANNEL_LABELS, NO_CHANNEL_LABEL,
                st, width)  # fmt: skip
    out += _mix(SECTION_TITLES[2], "意向等级", report.grades, GRADE_LABELS, NO_GRADE_LABEL,
                st, width)  # fmt: skip
    out += _funnel(report, st, width)
    out += _reasons(report, st, width)
    out += _ranking(report, st, width)
    out += _overdue(report, st, width)
    out += _complaints(report, st, width)
    return out


def render_sales_report(
    report: SalesReport,
    out: Path | BinaryIO,
    *,
    stamp: DocumentStamp | None = None,
    font: FontChoice | None = None,
    printed_by: str = "",
) -> None:
    chosen = resolve_font(font)
    stamp = stamp or DocumentStamp(doc_no=f"BB-{report.generated_at:%Y%m%d-%H%M%S}",
                                   issued_at=report.generated_at)  # fmt: skip
    build_pdf(out, story(report, chosen.name, printed_by), stamp=stamp, title=TITLE, font=chosen,
              author=printed_by)  # fmt: skip
