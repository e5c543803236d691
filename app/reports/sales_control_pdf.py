"""销控表 — a building's sales control grid as a landscape PDF, coloured by status."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import Any, BinaryIO

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer, Table

from app.domain.forms import DocumentStamp, format_area, format_datetime, format_money
from app.domain.units import STATUS_COLORS, STATUS_LABELS, SalesControlGrid
from app.reports.fonts import FontChoice
from app.reports.layout import build_pdf, frame_width, grid_style, p, resolve_font, styles

TITLE = "销控表"


def _wan(amount: Decimal) -> str:
    return f"{amount / 10000:,.1f}万"


def story(grid: SalesControlGrid, font_name: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width(landscape_page=True)
    b = grid.building
    out: list[Flowable] = [
        p(f"{grid.project_name} {b.name} 销控表", st.title),
        p(
            f"统计时间：{format_datetime(grid.generated_at)}    共 {grid.total_units} 套    "
            "保留超过时限的房源按可售显示",
            st.small,
        ),  # fmt: skip
        Spacer(1, 2 * mm),
    ]
    head = ["状态", "套数", "建筑面积", "表价合计", "成交/表价金额"]
    rows: list[list[object]] = [[p(h, st.head) for h in head]]
    extra: list[tuple[Any, ...]] = []
    for i, s in enumerate(grid.summary, 1):
        rows.append([p(s.label, st.cell_c), p(str(s.count), st.cell_r),
                     p(format_area(s.building_area), st.cell_r),
                     p(format_money(s.list_price), st.cell_r),
                     p(format_money(s.deal_amount), st.cell_r)])  # fmt: skip
        extra.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(STATUS_COLORS[s.status])))
    total_area = sum((s.building_area for s in grid.summary), Decimal("0.00"))
    total_list = sum((s.list_price for s in grid.summary), Decimal("0.00"))
    rows.append([p("合计", st.cell_c), p(str(grid.total_units), st.cell_r),
                 p(format_area(total_area), st.cell_r), p(format_money(total_list), st.cell_r),
                 p("", st.cell)])  # fmt: skip
    summary = Table(rows, colWidths=[24 * mm, 18 * mm, 36 * mm, 46 * mm, 46 * mm], hAlign="LEFT")
    summary.setStyle(grid_style(font_name, extra))
    out += [summary, Spacer(1, 4 * mm)]

    n = max(len(grid.columns), 1)
    floor_w = 14 * mm
    col_w = (width - floor_w) / n
    size = 7.5 if col_w > 22 * mm else 6.5
    cell_style = ParagraphStyle("grid", parent=st.cell_c, fontSize=size, leading=size + 2)
    data: list[list[object]] = [
        [p("楼层", st.head)] + [p(c.label, cell_style) for c in grid.columns]
    ]
    cmds: list[tuple[Any, ...]] = []
    for r, row in enumerate(grid.rows, 1):
        line: list[object] = [p(f"{row.floor}F", st.cell_c)]
        for c, cell in enumerate(row.cells, 1):
            if cell is None:
                line.append("")
                cmds.append(("BACKGROUND", (c, r), (c, r), colors.HexColor("#F5F5F5")))
                continue
            price = cell.deal_price if cell.deal_price is not None else cell.list_price
            text = f"{cell.room_no}\n{format_area(cell.building_area)}\n{_wan(price)} {STATUS_LABELS[cell.status]}"
            line.append(p(text, cell_style))
            cmds.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(cell.color)))
        data.append(line)
    table = Table(data, colWidths=[floor_w] + [col_w] * n, repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(font_name, cmds))
    out.append(table)
    return out


def render_sales_control(
    grid: SalesControlGrid,
    out: Path | BinaryIO,
    *,
    stamp: DocumentStamp | None = None,
    font: FontChoice | None = None,
) -> None:
    chosen = resolve_font(font)
    stamp = stamp or DocumentStamp(doc_no=f"销控-{grid.building.name}", issued_at=grid.generated_at)
    build_pdf(out, story(grid, chosen.name), stamp=stamp, title=TITLE, font=chosen,
              landscape_page=True)  # fmt: skip
