"""交付验收单 / 钥匙交接单 — handover inspection and key form with 面积补差 (SPEC §7.3)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer

from app.domain.deals import AREA_ERROR_LIMIT_PERCENT
from app.domain.forms import (
    DOC_TITLES,
    HandoverFormData,
    format_area,
    format_date,
    format_money,
)
from app.reports.fonts import FontChoice
from app.reports.layout import (
    ISSUE_BG,
    build_pdf,
    data_table,
    frame_width,
    info_table,
    p,
    resolve_font,
    signature_flowables,
    styles,
)

TITLE = DOC_TITLES["handover"]


def story(data: HandoverFormData, font_name: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width()
    out: list[Flowable] = [p("交付验收单 / 钥匙交接单", st.title)]
    out.append(
        info_table(
            st,
            [
                ("项目", data.project_name),
                ("业主", data.owner_name),
                ("房源", data.unit.label),
                ("合同编号", data.contract_no or "—"),
                ("户型", data.unit.layout),
                ("交付日期", format_date(data.handover_date)),
            ],
            width,
        )
    )

    out.append(p("一、表具读数", st.h2))
    third = width / 3
    out.append(
        data_table(
            st,
            ["水表读数", "电表读数", "燃气表读数"],
            [
                [
                    data.water_reading or "—",
                    data.electricity_reading or "—",
                    data.gas_reading or "—",
                ]
            ],  # fmt: skip
            [third, third, third],
            align="ccc",
        )
    )

    out.append(p("二、钥匙及门卡交接", st.h2))
    if data.keys:
        out.append(
            data_table(
                st,
                ["序号", "名称", "数量"],
                [[str(i), k.kind, f"{k.count}"] for i, k in enumerate(data.keys, 1)],
                [14 * mm, width - 44 * mm, 30 * mm],
                align="clc",
            )
        )
    else:
        out.append(p("本次未交接钥匙或门卡。", st.body))

    issues = sum(1 for i in data.inspection if not i.passed)
    out.append(p("三、分户验收", st.h2))
    out.append(
        p(
            f"共验收 {len(data.inspection)} 项，合格 {len(data.inspection) - issues} 项，"
            f"存在问题 {issues} 项；存在问题的项目转为维修单跟踪至关闭。",
            st.body,
        )
    )
    if data.inspection:
        rows = [
            [str(i), it.room, it.item, "合格" if it.passed else "有问题", it.issue_text or ""]
            for i, it in enumerate(data.inspection, 1)
        ]
        shade = [
            ("BACKGROUND", (0, i), (-1, i), ISSUE_BG)
            for i, it in enumerate(data.inspection, 1)
            if not it.passed
        ]
        out.append(
            data_table(
                st,
                ["序号", "房间", "验收项目", "结果", "问题描述"],
                rows,
                [12 * mm, 22 * mm, 32 * mm, 18 * mm, width - 84 * mm],
                align="ccccl",
                extra=shade,
            )
        )

    a = data.area
    out.append(p("四、面积补差", st.h2))
    amount = a.amount
    who = "业主补缴" if amount > 0 else ("退还业主" if amount < 0 else "无需补差")
    out.append(
        data_table(
            st,
            ["合同建筑面积", "实测建筑面积", "面积差", "误差比", "合同单价", "补差金额"],
            [
                [
                    format_area(a.contracted_area),
                    format_area(a.measured_area),
                    ("+" if a.difference > 0 else "") + format_area(a.difference),
                    f"{a.error_ratio_percent}%",
                    f"{format_money(a.unit_price)}/m²",
                    f"{format_money(abs(amount))}（{who}）",
                ]
            ],  # fmt: skip
            [width * w for w in (0.16, 0.16, 0.14, 0.1, 0.2, 0.24)],
            align="cccccc",
        )
    )
    out.append(Spacer(1, 1.5 * mm))
    out.append(
        p(
            "补差金额 = （实测建筑面积 − 合同建筑面积）× 合同单价。"
            + (
                f"面积误差比绝对值超过 {AREA_ERROR_LIMIT_PERCENT}%，超出部分按《商品房买卖合同》"
                "约定及《商品房销售管理办法》第二十条处理。"
                if abs(a.error_ratio_percent) > AREA_ERROR_LIMIT_PERCENT
                else ""
            ),
            st.small,
        )
    )
    out.append(
        KeepTogether(
            [
                Spacer(1, 4 * mm),
                p(
                    "业主确认：已按上表完成验收、抄表和钥匙交接，所列问题由开发企业限期维修。",
                    st.body,
                ),  # fmt: skip
                *signature_flowables(
                    st, [("业主签字", data.owner_name), ("客服专员签字", data.handled_by)], width
                ),
            ]
        )
    )
    return out


def render_handover_form(
    data: HandoverFormData, out: Path | BinaryIO, *, font: FontChoice | None = None
) -> None:
    chosen = resolve_font(font)
    build_pdf(out, story(data, chosen.name), stamp=data.stamp, title=TITLE, font=chosen)
