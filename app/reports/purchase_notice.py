"""购房告知书 — purchase notice and disclosure of adverse factors (SPEC §7.1)."""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, HRFlowable, KeepTogether, Spacer

from app.domain.forms import (
    ACKNOWLEDGEMENT,
    DOC_TITLES,
    PAYMENT_METHOD_LABELS,
    PurchaseNoticeData,
    format_area,
    format_money,
)
from app.domain.units import unit_price
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

TITLE = DOC_TITLES["purchase_notice"]


def story(data: PurchaseNoticeData, font_name: str) -> list[Flowable]:
    st = styles(font_name)
    width = frame_width()
    u = data.unit
    out: list[Flowable] = [p(TITLE, st.title)]
    out.append(
        p(
            f"尊敬的 {data.customer_name} ：\n"
            "为保障您的知情权，在您认购下列房源之前，我司就项目、房源、价格及可能影响您"
            "居住和使用的不利因素告知如下。请您仔细阅读，如有疑问请向置业顾问询问。",
            st.body,
        )
    )

    out.append(p("一、项目信息", st.h2))
    out.append(
        info_table(
            st,
            [
                ("项目名称", data.project_name),
                ("开发企业", data.developer or "—"),
                ("项目地址", data.project_address or "—"),
                ("售楼处电话", data.sales_office_phone or "—"),
            ],
            width,
        )
    )

    out.append(p("二、房源信息", st.h2))
    out.append(
        info_table(
            st,
            [
                ("房源", u.label),
                ("所在楼层", f"{u.floor} 层"),
                ("户型", u.layout),
                ("朝向", u.orientation),
                ("建筑面积", format_area(u.building_area)),
                ("套内面积", format_area(u.inner_area)),
            ],
            width,
        )
    )

    out.append(p("三、价格与付款方式", st.h2))
    method = PAYMENT_METHOD_LABELS.get(data.payment_method or "", data.payment_method or "待定")
    discount = data.discount
    out.append(
        info_table(
            st,
            [
                ("表价（总价）", format_money(data.list_price)),
                ("表价单价", f"{format_money(unit_price(data.list_price, u.building_area))}/m²"),
                ("成交价（总价）", format_money(data.agreed_price, blank="待定")),
                ("优惠金额", format_money(discount, blank="—")),
                ("付款方式", method),
                ("", ""),
            ],
            width,
        )
    )

    out.append(p("四、五证办理情况", st.h2))
    certs = data.five_certificates or ("（开发企业未提供五证信息，请向销售经理核实）",)
    out.append(
        data_table(
            st,
            ["序号", "证件及办理情况"],
            [[str(i), line] for i, line in enumerate(certs, 1)],
            [14 * mm, width - 14 * mm],
            align="cl",
        )
    )

    out.append(p("五、车位信息", st.h2))
    out.append(p(data.parking_info or "无", st.body))

    out.append(p("六、个性化变更", st.h2))
    out.append(p(data.personalised_changes or "无", st.body))

    out.append(p("七、不利因素告知", st.h2))
    out.append(
        p(
            f"本项目及本房源共有 {len(data.adverse_factors)} 项不利因素，逐项列明如下"
            "（方位、距离以本楼栋为参照，距离为约数）：",
            st.body,
        )
    )
    out.append(Spacer(1, 1.5 * mm))
    if data.adverse_factors:
        rows = [
            [str(i), f.scope, f.title, f.where, f.impact]
            for i, f in enumerate(data.adverse_factors, 1)
        ]
        widths = [11 * mm, 17 * mm, 38 * mm, 28 * mm, width - 94 * mm]
        unit_rows = [
            ("BACKGROUND", (0, i), (-1, i), ISSUE_BG)
            for i, f in enumerate(data.adverse_factors, 1)
            if f.scope == "本房源"
        ]
        out.append(
            data_table(
                st,
                ["序号", "范围", "不利因素", "方位 / 距离", "影响说明"],
                rows,
                widths,
                align="cclll",
                extra=unit_rows,
            )
        )
    else:
        out.append(p("经核查，本项目及本房源暂无需告知的不利因素。", st.body))

    out.append(
        KeepTogether(
            [
                Spacer(1, 5 * mm),
                p("购房人确认", st.h2),
                p(
                    f"{ACKNOWLEDGEMENT}，并已知悉本告知书所列房源、价格及五证、车位等全部内容，"
                    "自愿认购上述房源。",
                    st.strong,
                ),  # fmt: skip
                p("请购房人在下方横线上亲笔抄写：“本人已阅读并知悉上述全部不利因素”", st.small),
                Spacer(1, 10 * mm),
                HRFlowable(width="100%", thickness=0.7, color=colors.black),
                Spacer(1, 2 * mm),
                *signature_flowables(
                    st,
                    [("购房人签字", data.customer_name), ("置业顾问签字", data.consultant_name)],
                    width,
                ),
            ]
        )
    )
    out.append(Spacer(1, 4 * mm))
    out.append(
        p(
            "本告知书一式两份，购房人与开发企业各执一份；签字后的告知书扫描件归入客户档案。",
            st.small,
        )
    )
    return out


def render_purchase_notice(
    data: PurchaseNoticeData, out: Path | BinaryIO, *, font: FontChoice | None = None
) -> None:
    chosen = resolve_font(font)
    build_pdf(
        out,
        story(data, chosen.name),
        stamp=data.stamp,
        title=TITLE,
        font=chosen,
        author=data.developer,
    )
