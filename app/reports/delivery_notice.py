"""交付通知书 — delivery notice, sent 10 days before delivery (SPEC §7.2)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Spacer

from app.domain.forms import (
    DOC_TITLES,
    DeliveryNoticeData,
    format_area,
    format_date,
    format_money,
)
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

TITLE = DOC_TITLES["delivery_notice"]


def story(data: DeliveryNoticeData, font_name: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width()
    u = data.unit
    when = format_date(data.delivery_date, blank="（另行通知）")
    place = data.delivery_place or "（另行通知）"
    out: list[Flowable] = [p(TITLE, st.title)]
    out.append(
        p(
            f"尊敬的 {data.owner_name} 业主：\n"
            f"您购买的 {data.project_name} {u.label}（合同编号：{data.contract_no or '—'}）"
            f"已具备交付条件。请您于 {when} 到 {place} 办理房屋交付手续。"
            "届时将进行分户验收、表具读数确认、钥匙交接及面积补差结算。",
            st.body,
        )
    )
    out.append(p("一、交付信息", st.h2))
    out.append(
        info_table(
            st,
            [
                ("业主", data.owner_name),
                ("房源", u.label),
                ("户型", u.layout),
                ("合同建筑面积", format_area(u.building_area)),
                ("交付日期", when),
                ("交付地点", place),
            ],
            width,
        )
    )
    out.append(p("二、请携带以下资料", st.h2))
    out.append(
        data_table(
            st,
            ["序号", "资料"],
            [[str(i), item] for i, item in enumerate(data.what_to_bring, 1)],
            [14 * mm, width - 14 * mm],
            align="cl",
        )
    )
    out.append(p("三、应缴费用", st.h2))
    if data.fees:
        rows: list[list[object]] = [
            [str(i), f.item, format_money(f.amount, blank="以现场核算为准"), f.note]
            for i, f in enumerate(data.fees, 1)
        ]
        known = [f.amount for f in data.fees if f.amount is not None]
        if known:
            note = "" if len(known) == len(data.fees) else "不含以现场核算为准的项目"
            rows.append(["", "合计", format_money(sum(known, Decimal("0.00"))), note])
        else:
            rows.append(["", "合计", "以现场核算为准", ""])
        out.append(
            data_table(
                st,
                ["序号", "费用项目", "金额", "说明"],
                rows,
                [14 * mm, 52 * mm, 40 * mm, width - 106 * mm],
                align="clrl",
            )
        )
    else:
        out.append(p("无需缴纳其他费用。", st.body))
    out.append(p("四、联系方式", st.h2))
    out.append(
        p(
            f"如有疑问，请联系 {data.contact_name or '客服中心'}，电话：{data.contact_phone or '—'}。"
            "如您不能按时前来，请提前与我们联系另行预约；委托他人办理的，请携带经公证的委托书。",
            st.body,
        )
    )
    out.append(Spacer(1, 6 * mm))
    out.append(p(f"{data.developer or data.project_name}（盖章）", st.body))
    out.append(p(format_date(data.stamp.issued_at.date()), st.body))
    out.append(
        signature_block(
            st, [("业主签收", data.owner_name), ("送达人签字", data.contact_name)], width
        )
    )
    return out


def render_delivery_notice(
    data: DeliveryNoticeData, out: Path | BinaryIO, *, font: FontChoice | None = None
) -> None:
    chosen = resolve_font(font)
    build_pdf(
        out, story(data, chosen.name), stamp=data.stamp, title=TITLE, font=chosen,
        author=data.developer,
    )  # fmt: skip
