"""What every form shares: A4 page, header with document number and issue time, footer with
"第 x 页 / 共 y 页", styles that wrap CJK text, tables with repeated headers, signature
lines with captions.
"""

from __future__ import annotations

import functools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen import canvas as rl_canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from app.domain.forms import DocumentStamp, format_datetime
from app.reports.fonts import FALLBACK_FONT, FontChoice, ensure_font

MARGIN_X = 16 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 16 * mm
GRID = colors.HexColor("#555555")
HEAD_BG = colors.HexColor("#E8EEF4")
LABEL_BG = colors.HexColor("#F4F6F8")
ISSUE_BG = colors.HexColor("#FDECEA")


@dataclass(frozen=True)
class Styles:
    font: str
    title: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    strong: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_c: ParagraphStyle
    cell_r: ParagraphStyle
    head: ParagraphStyle
    label: ParagraphStyle


@functools.lru_cache(maxsize=8)
def styles(font: str) -> Styles:
    base = ParagraphStyle("body", fontName=font, fontSize=10.5, leading=15, wordWrap="CJK")

    def derive(name: str, **kw: Any) -> ParagraphStyle:
        return ParagraphStyle(name, parent=base, **kw)

    return Styles(
        font=font,
        title=derive("title", fontSize=20, leading=26, alignment=TA_CENTER, spaceAfter=4 * mm),
        h2=derive(
            "h2",
            fontSize=12.5,
            leading=17,
            spaceBefore=4 * mm,
            spaceAfter=2 * mm,
            textColor=colors.HexColor("#1F3A5F"),
        ),  # fmt: skip
        body=base,
        strong=derive("strong", fontSize=12, leading=17, textColor=colors.HexColor("#B00020")),
        small=derive("small", fontSize=8.5, leading=11, textColor=colors.HexColor("#444444")),
        cell=derive("cell", fontSize=9.5, leading=13, alignment=TA_LEFT),
        cell_c=derive("cell_c", fontSize=9.5, leading=13, alignment=TA_CENTER),
        cell_r=derive("cell_r", fontSize=9.5, leading=13, alignment=TA_RIGHT),
        head=derive("head", fontSize=9.5, leading=13, alignment=TA_CENTER),
        label=derive("label", fontSize=9.5, leading=13, textColor=colors.HexColor("#333333")),
    )


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: escaped, newlines kept, long lines wrapped (CJK rules)."""
    s = escape("" if text is None else str(text)).replace("\n", "<br/>")
    if style.fontName == FALLBACK_FONT:
        # The built-in CID font (Adobe-GB1) has no superscript two.
        s = s.replace("m²", "平方米")
    return Paragraph(s, style)


# ---------------------------------------------------------------------- header and footer


class NumberedCanvas(rl_canvas.Canvas):
    """Keeps each page until the end, then draws header and "第 x 页 / 共 y 页" on all."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._stamp: DocumentStamp = kwargs.pop("stamp")
        self._title: str = kwargs.pop("form_title")
        self._font: str = kwargs.pop("font_name")
        super().__init__(*args, **kwargs)
        self._pages: list[dict[str, Any]] = []

    def showPage(self) -> None:  # noqa: N802 (ReportLab's name)
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        stamp = self._stamp
        self.saveState()
        self.setFont(self._font, 8.5)
        self.setFillColor(colors.HexColor("#333333"))
        top = height - 11 * mm
        self.drawString(MARGIN_X, top, self._title)
        right = f"单号：{stamp.doc_no}    打印时间：{format_datetime(stamp.issued_at)}"
        self.drawRightString(width - MARGIN_X, top, right)
        if stamp.reprint_of:
            self.setFillColor(colors.HexColor("#B00020"))
            self.drawRightString(
                width - MARGIN_X, top - 6.5 * mm, f"补打件，原单号 {stamp.reprint_of}"
            )
            self.setFillColor(colors.HexColor("#333333"))
        self.setStrokeColor(colors.HexColor("#999999"))
        self.setLineWidth(0.5)
        self.line(MARGIN_X, top - 2.5 * mm, width - MARGIN_X, top - 2.5 * mm)
        self.line(MARGIN_X, 11 * mm, width - MARGIN_X, 11 * mm)
        page_no = self._pageNumber
        self.drawCentredString(width / 2, 7 * mm, f"第 {page_no} 页 / 共 {total} 页")
        self.drawString(MARGIN_X, 7 * mm, stamp.doc_no)
        self.drawRightString(width - MARGIN_X, 7 * mm, "SalesDesk 售楼接待台")
        if stamp.draft:
            self.setFont(self._font, 60)
            self.setFillColor(colors.Color(0.85, 0.1, 0.1, alpha=0.15))
            self.translate(width / 2, height / 2)
            self.rotate(35)
            self.drawCentredString(0, 0, "样稿（未归档）")
        self.restoreState()


def build_pdf(
    out: Path | BinaryIO,
    story: list[Flowable],
    *,
    stamp: DocumentStamp,
    title: str,
    font: FontChoice,
    landscape_page: bool = False,
    author: str = "",
) -> None:
    pagesize = landscape(A4) if landscape_page else A4
    doc = SimpleDocTemplate(
        str(out) if isinstance(out, Path) else out,
        pagesize=pagesize,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{title} {stamp.doc_no}",
        author=author or "SalesDesk",
        subject=stamp.doc_no,
        creator="SalesDesk 售楼接待台",
        initialFontName=font.name,
    )
    maker = functools.partial(NumberedCanvas, stamp=stamp, form_title=title, font_name=font.name)
    doc.build(story, canvasmaker=maker)


def frame_width(landscape_page: bool = False) -> float:
    width = landscape(A4)[0] if landscape_page else A4[0]
    return width - 2 * MARGIN_X


# ------------------------------------------------------------------------------- tables


def grid_style(
    font: str, extra: Sequence[tuple[Any, ...]] = (), *, header: bool = True
) -> TableStyle:
    """Grid lines, padding, shaded header; ``font`` also for empty cells (no Helvetica)."""
    cmds: list[tuple[Any, ...]] = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if header:
        cmds.append(("BACKGROUND", (0, 0), (-1, 0), HEAD_BG))
    cmds.extend(extra)
    return TableStyle(cmds)


def data_table(
    st: Styles,
    header: Sequence[str],
    rows: Sequence[Sequence[object]],
    widths: Sequence[float],
    *,
    align: Sequence[str] = (),
    extra: Sequence[tuple[Any, ...]] = (),
) -> Table:
    """A list with a header row repeated on every page it flows onto; ``align`` per column
    is ``l``, ``c`` or ``r``; a cell that is already a Flowable is used as is."""
    by_align = {"l": st.cell, "c": st.cell_c, "r": st.cell_r}
    data: list[list[object]] = [[p(h, st.head) for h in header]]
    for row in rows:
        cells = []
        for i, value in enumerate(row):
            if isinstance(value, Flowable):
                cells.append(value)
            else:
                style = by_align[align[i] if i < len(align) else "l"]
                cells.append(p(value, style))
        data.append(cells)
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    table.setStyle(grid_style(st.font, extra))
    return table


def info_table(
    st: Styles, pairs: Sequence[tuple[str, object]], total_width: float, columns: int = 2
) -> Table:
    """Label/value pairs laid out ``columns`` pairs per line, labels shaded."""
    label_w = 26 * mm
    value_w = total_width / columns - label_w
    data: list[list[object]] = []
    line: list[object] = []
    for label, value in pairs:
        line.extend([p(label, st.label), p(value, st.cell)])
        if len(line) == 2 * columns:
            data.append(line)
            line = []
    if line:
        line.extend([""] * (2 * columns - len(line)))
        data.append(line)
    table = Table(data, colWidths=[label_w, value_w] * columns, hAlign="LEFT")
    extra = [("BACKGROUND", (c, 0), (c, -1), LABEL_BG) for c in range(0, 2 * columns, 2)]
    table.setStyle(grid_style(st.font, extra, header=False))
    return table


def signature_block(
    st: Styles, captions: Sequence[tuple[str, str]], total_width: float
) -> KeepTogether:
    """Signature lines, two per row: caption (e.g. "购房人签字"), a line, and a date line.

    Each caption is a (caption, printed name) pair; the printed name may be empty.
    """
    return KeepTogether(signature_flowables(st, captions, total_width))


def signature_flowables(
    st: Styles, captions: Sequence[tuple[str, str]], total_width: float
) -> list[Flowable]:
    """The flowables of ``signature_block``, to put inside a larger KeepTogether
    (a KeepTogether nested in another one makes the outer one always break the page)."""
    cells: list[list[object]] = []
    half = total_width / 2
    row: list[object] = []
    for caption, name in captions:
        who = f"（{name}）" if name else ""
        block = Table(
            [
                [p(f"{caption}：", st.body), ""],
                [p(who, st.small), ""],
                [p("日期：", st.body), p("______年____月____日", st.body)],
            ],
            colWidths=[31 * mm, half - 37 * mm],
            rowHeights=[11 * mm, 5 * mm, 8 * mm],
        )
        block.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), st.font),
                    ("LINEBELOW", (1, 0), (1, 0), 0.7, colors.black),
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("SPAN", (0, 1), (1, 1)),
                ]
            )
        )
        row.append(block)
        if len(row) == 2:
            cells.append(row)
            row = []
    if row:
        row.append("")
        cells.append(row)
    outer = Table(cells, colWidths=[half, half], hAlign="LEFT")
    outer.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("FONTNAME", (0, 0), (-1, -1), st.font),
                               ("LEFTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 4 * mm)]))  # fmt: skip
    return [Spacer(1, 2 * mm), outer]


def resolve_font(font: FontChoice | None) -> FontChoice:
    return font if font is not None else ensure_font()
