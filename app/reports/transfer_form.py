"""客户档案移交单 — customer file transfer form (SPEC §7.4). Phones arrive masked."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.forms import DOC_TITLES, STAGE_LABELS, TransferFormData, format_date
from app.reports.fonts import FontChoice
from app.reports.layout import (
    build_pdf,
    data_table,
    frame_width,
    info_table,
    p,
    resolve_font,
    signature_block,
    styles,
)

TITLE = DOC_TITLES["transfer"]


def story(data: TransferFormData, font_name: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width()
    out: list[Flowable] = [p(TITLE, st.title)]
    out.append(
        info_table(
            st,
            [
                ("项目", data.project_name),
                ("移交编号", f"第 {data.transfer_id} 号"),
                ("移交人", data.from_consultant),
                ("移交日期", format_date(data.transfer_date)),
                ("接收人", "、".join(data.to_consultants) or "—"),
                ("客户数", f"{len(data.customers)} 位"),
            ],
            width,
        )
    )
    out.append(p("移交原因", st.h2))
    out.append(p(data.reason or "—", st.body))
    out.append(p("移交客户清单", st.h2))
    rows = [
        [
            str(i),
            c.name,
            c.masked_phone,
            c.grade or "—",
            STAGE_LABELS.get(c.stage, c.stage),
            c.to_consultant,
        ]  # fmt: skip
        for i, c in enumerate(data.customers, 1)
    ]
    out.append(
        data_table(
            st,
            ["序号", "客户姓名", "手机号（隐藏）", "意向等级", "阶段", "接收顾问"],
            rows,
            [14 * mm, 36 * mm, 36 * mm, 22 * mm, 22 * mm, width - 130 * mm],
            align="cccccc",
        )
    )
    out.append(Spacer(1, 1.5 * mm))
    out.append(
        p(
            "移交人已向接收人交接上述客户的全部档案、跟进记录及未完成事项；接收人将逐一联系"
            "客户介绍自己。客户信息保密，不得外传。",
            st.small,
        )
    )
    captions = [("移交人签字", data.from_consultant)]
    captions += [("接收人签字", name) for name in data.to_consultants] or [("接收人签字", "")]
    captions.append(("销售经理签字", data.manager_name))
    out.append(signature_block(st, captions, width))
    return out


def render_transfer_form(
    data: TransferFormData, out: Path | BinaryIO, *, font: FontChoice | None = None
) -> None:
    chosen = resolve_font(font)
    build_pdf(out, story(data, chosen.name), stamp=data.stamp, title=TITLE, font=chosen)
