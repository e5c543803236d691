"""The printed forms (SPEC §7) rendered from dataclasses, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import re
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from app.domain.deals import DEFAULT_WHAT_TO_BRING
from app.domain.forms import (
    ACKNOWLEDGEMENT,
    AdverseFactorLine,
    AreaAdjustment,
    DeliveryNoticeData,
    DocumentStamp,
    FeeLine,
    HandoverFormData,
    InspectionLine,
    KeyLine,
    PurchaseNoticeData,
    TransferCustomerLine,
    TransferFormData,
    UnitLine,
    document_number,
    format_area,
    format_money,
    from_json,
    to_json,
)
from app.reports import fonts
from app.reports.delivery_notice import render_delivery_notice
from app.reports.handover_form import render_handover_form
from app.reports.purchase_notice import render_purchase_notice
from app.reports.transfer_form import render_transfer_form
from tests.test_deals_support import flat

AT = dt.datetime(2026, 11, 24, 10, 5)
UNIT = UnitLine("1号楼", "2", 15, "1502", "三室两厅两卫", Decimal("128.56"), Decimal("102.30"),
                "南北通透")  # fmt: skip


def _factors(n: int) -> tuple[AdverseFactorLine, ...]:
    scopes = ("项目", "楼栋", "本房源")
    return tuple(
        AdverseFactorLine(
            scope=scopes[i % 3],
            title=f"不利因素第{i + 1}项",
            direction=("西北", "东", None)[i % 3],
            distance_m=(350, 1200, None)[i % 3],
            impact="110千伏高压线自项目西北侧经过，可能产生电磁环境方面的心理影响及视觉遮挡；"
            * (1 + i % 3),
        )
        for i in range(n)
    )


def notice(n_factors: int = 20, **kw: object) -> PurchaseNoticeData:
    values: dict[str, object] = dict(
        stamp=DocumentStamp("GF-20261124-000123", AT),
        project_name="云栖花园",
        developer="杭州云栖置业有限公司",
        project_address="杭州市西湖区云栖路 88 号",
        sales_office_phone="0571-88886666",
        customer_name="张伟",
        unit=UNIT,
        list_price=Decimal("3256800"),
        agreed_price=Decimal("3200000"),
        payment_method="combined_loan",
        five_certificates=(
            "国有土地使用证：已取得",
            "商品房预售许可证：杭售许字（2026）第 0088 号，已取得",
        ),
        parking_info="地下车位 560 个，车位比 1:1.2。",
        personalised_changes="主卧与次卧之间隔墙取消（客户自费）。",
        adverse_factors=_factors(n_factors),
        consultant_name="李娜",
    )
    values.update(kw)
    return PurchaseNoticeData(**values)  # type: ignore[arg-type]


def render(fn, data) -> bytes:  # type: ignore[no-untyped-def]
    buf = io.BytesIO()
    fn(data, buf)
    return buf.getvalue()


def pages_of(pdf: bytes) -> list[str]:
    return [p.extract_text() or "" for p in PdfReader(io.BytesIO(pdf)).pages]


def assert_numbered(pages: list[str]) -> None:
    total = len(pages)
    for i, text in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {total} 页" in text, (i, text[-200:])


# --------------------------------------------------------------------------- purchase notice


def test_purchase_notice_shows_everything_spec_asks_for() -> None:
    data = notice()
    pages = pages_of(render(render_purchase_notice, data))
    assert len(pages) >= 2  # 20 long factors flow onto more pages
    assert_numbered(pages)
    text = "\n".join(pages)
    joined = flat(text)
    for needle in ("购房告知书", "云栖花园", "杭州云栖置业有限公司", "张伟", "1号楼2单元1502室",
                   "三室两厅两卫", "128.56m²", "102.30m²", "南北通透", "¥3,256,800.00",
                   "¥3,200,000.00", "¥56,800.00", "组合贷款", "商品房预售许可证", "地下车位560个",
                   "主卧与次卧之间隔墙取消", "GF-20261124-000123", "2026年11月24日10:05"):  # fmt: skip
        assert needle in joined, needle
    for i, f in enumerate(data.adverse_factors, 1):
        assert f.title in joined, f.title
        # each factor on its own numbered line: the number sits right before its scope
        assert re.search(rf"\n\s*{i}\s+{f.scope}\s+{f.title}\s", text), i
    assert "西北约350米" in joined and "东约1,200米" in joined
    assert flat(ACKNOWLEDGEMENT) in joined
    assert "购房人签字" in joined and "置业顾问签字" in joined and "日期" in joined
    # the table header is repeated on the pages the list flows onto
    assert all("影响说明" in p for p in pages[1:-1])


def test_purchase_notice_without_agreed_price_or_factors() -> None:
    data = notice(0, agreed_price=None, payment_method=None, personalised_changes="")
    joined = flat("".join(pages_of(render(render_purchase_notice, data))))
    assert "待定" in joined
    assert "暂无需告知的不利因素" in joined
    assert "本项目及本房源共有0项不利因素" in joined


def test_long_text_without_spaces_wraps_inside_the_page() -> None:
    impact = "施工噪声" * 200  # 800 characters, no space to break at
    data = notice(1, adverse_factors=(AdverseFactorLine("项目", "邻近工地", "东", 80, impact),))
    pdf = render(render_purchase_notice, data)
    joined = flat("".join(pages_of(pdf)))
    assert impact in joined


def test_reprint_and_draft_are_marked() -> None:
    data = notice(2, stamp=DocumentStamp("GF-20261125-000130", AT, reprint_of="GF-20261124-000123"))
    joined = flat(pages_of(render(render_purchase_notice, data))[0])
    assert "补打件，原单号GF-20261124-000123" in joined
    draft = notice(2, stamp=DocumentStamp("样稿（未编号）", AT, draft=True))
    assert "样稿" in flat(pages_of(render(render_purchase_notice, draft))[0])


# ------------------------------------------------------------------------- the other forms


def test_delivery_notice() -> None:
    data = DeliveryNoticeData(
        stamp=DocumentStamp("JF-20261124-000124", AT),
        project_name="云栖花园",
        developer="杭州云栖置业有限公司",
        owner_name="张伟",
        unit=UNIT,
        contract_no="HT-2026-0001",
        delivery_date=dt.date(2026, 12, 5),
        delivery_place="云栖花园售楼处二楼交付中心",
        what_to_bring=DEFAULT_WHAT_TO_BRING,
        fees=(
            FeeLine("物业服务费（预收 12 个月）", Decimal("4627.80"), "3.00 元/m²·月"),
            FeeLine("面积补差", None, "以实测面积为准"),
        ),  # fmt: skip
        contact_name="郑晓燕",
        contact_phone="0571-88886666",
    )
    pages = pages_of(render(render_delivery_notice, data))
    assert_numbered(pages)
    joined = flat("".join(pages))
    for needle in ("交付通知书", "张伟", "1号楼2单元1502室", "2026年12月5日", "云栖花园售楼处二楼交付中心",
                   "身份证原件", "¥4,627.80", "以现场核算为准", "郑晓燕", "0571-88886666",
                   "业主签收", "送达人签字", "HT-2026-0001"):  # fmt: skip
        assert needle in joined, needle


def _handover(items: int) -> HandoverFormData:
    rooms = ("客厅", "主卧", "次卧", "厨房", "卫生间", "阳台", "书房")
    checks = ("墙面", "地面", "门窗", "水电", "天花")
    inspection = tuple(
        InspectionLine(
            rooms[i // 5 % 7],
            checks[i % 5],
            i % 4 != 1,
            "" if i % 4 != 1 else f"问题{i}：墙面有 20 cm 裂缝，需修补并重新刷漆",
        )  # fmt: skip
        for i in range(items)
    )
    return HandoverFormData(
        stamp=DocumentStamp("YS-20261124-000125", AT),
        project_name="云栖花园",
        owner_name="张伟",
        unit=UNIT,
        contract_no="HT-2026-0001",
        handover_date=dt.date(2026, 12, 5),
        water_reading="00012.5",
        electricity_reading="000345.6",
        gas_reading="0000.0",
        keys=(KeyLine("入户门钥匙", 3), KeyLine("门禁卡", 2)),
        inspection=inspection,
        area=AreaAdjustment(
            Decimal("128.56"), Decimal("129.10"), Decimal("24891.10"), Decimal("13441.19")
        ),  # fmt: skip
        handled_by="郑晓燕",
    )


def test_handover_form_flows_with_repeated_header_and_shows_area_adjustment() -> None:
    data = _handover(60)
    pages = pages_of(render(render_handover_form, data))
    assert len(pages) >= 2
    assert_numbered(pages)
    joined = flat("".join(pages))
    for needle in ("交付验收单", "钥匙交接单", "张伟", "1号楼2单元1502室", "00012.5", "000345.6",
                   "入户门钥匙", "门禁卡", "128.56m²", "129.10m²", "+0.54m²", "0.42%",
                   "¥24,891.10/m²", "¥13,441.19（业主补缴）", "业主签字", "客服专员签字"):  # fmt: skip
        assert needle in joined, needle
    for line in data.inspection:
        if not line.passed:
            assert flat(line.issue_text) in joined
    assert all("问题描述" in p for p in pages[1:-1])


def test_handover_refund_and_large_error_note() -> None:
    data = _handover(3)
    area = AreaAdjustment(Decimal("100.00"), Decimal("95.00"), Decimal("20000.00"),
                          Decimal("-100000.00"))  # fmt: skip
    joined = flat("".join(pages_of(render(render_handover_form, _replace(data, area=area)))))
    assert "¥100,000.00（退还业主）" in joined
    assert "-5.00%" in joined and "超过3%" in joined


def _replace(obj, **kw):  # type: ignore[no-untyped-def]
    import dataclasses

    return dataclasses.replace(obj, **kw)


def test_transfer_form_lists_customers_with_masked_phones_over_pages() -> None:
    customers = tuple(
        TransferCustomerLine(
            f"客户{i:02d}",
            "138****5678",
            "ABCD"[i % 4],
            ("visited", "subscribed", "lead")[i % 3],
            ("钱进", "孙丽")[i % 2],
        )  # fmt: skip
        for i in range(70)
    )
    data = TransferFormData(
        stamp=DocumentStamp("YJ-20261124-000126", AT),
        project_name="云栖花园",
        transfer_id=7,
        from_consultant="赵敏",
        to_consultants=("钱进", "孙丽"),
        transfer_date=dt.date(2026, 11, 24),
        reason="赵敏调往集团另一项目，其名下客户按区域移交给钱进、孙丽。" * 3,
        customers=customers,
        manager_name="周经理",
    )
    pages = pages_of(render(render_transfer_form, data))
    assert len(pages) >= 2
    assert_numbered(pages)
    joined = flat("".join(pages))
    for c in customers:
        assert c.name in joined
    assert "138****5678" in joined and "来访" in joined and "认购" in joined
    for caption in ("移交人签字", "接收人签字", "销售经理签字"):
        assert caption in joined
    assert "赵敏" in joined and "钱进、孙丽" in joined and "周经理" in joined
    assert all("客户姓名" in p for p in pages[:-1])


# ------------------------------------------------------------------------------- the font


def _font_files(pdf: bytes) -> dict[str, set[str]]:
    """BaseFont name → keys of the font descriptors found (e.g. /FontFile2)."""
    found: dict[str, set[str]] = {}
    for page in PdfReader(io.BytesIO(pdf)).pages:
        fonts_ = page["/Resources"]["/Font"]
        for ref in fonts_.values():
            font = ref.get_object()
            keys: set[str] = set()
            descriptor = font.get("/FontDescriptor")
            for desc in [descriptor] + [d.get_object().get("/FontDescriptor")
                                        for d in font.get("/DescendantFonts", [])]:  # fmt: skip
                if desc is not None:
                    keys |= set(desc.get_object().keys())
            found[str(font["/BaseFont"])] = keys
    return found


@pytest.fixture
def fresh_fonts() -> object:
    fonts.reset_cache()
    yield
    fonts.reset_cache()


def test_ttf_font_is_embedded_as_subset(fresh_fonts: object) -> None:
    if not fonts.discover(""):
        pytest.skip("no CJK TrueType font installed (CI installs fonts-wqy-microhei)")
    choice = fonts.ensure_font("")
    assert choice.embedded and choice.warning is None and choice.source == "system"
    pdf = render(render_purchase_notice, notice(3))
    found = _font_files(pdf)
    # every font used is a subset (six-letter tag) of the TrueType file, embedded
    assert found and all(re.match(r"/[A-Z]{6}\+", name) for name in found), found
    assert all("/FontFile2" in keys for keys in found.values()), found
    assert len(pdf) < 400_000


def test_fallback_to_stsong_light_when_no_font_is_found(
    fresh_fonts: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fonts, "system_candidates", lambda platform=None: [])
    choice = fonts.ensure_font("")
    assert choice.name == fonts.FALLBACK_FONT and not choice.embedded
    assert choice.source == "fallback" and choice.warning and "STSong-Light" in choice.warning
    pdf = render(render_purchase_notice, notice(3))
    found = _font_files(pdf)
    assert any("STSong-Light" in name for name in found)
    assert not any("/FontFile2" in keys for keys in found.values())
    joined = flat("".join(pages_of(pdf)))
    assert "张伟" in joined and "不利因素第3项" in joined and "第1页/共" in joined
    assert "128.56平方米" in joined and "m²" not in joined  # no such glyph in Adobe-GB1


def test_configured_font_path_comes_first_and_a_bad_one_is_reported(
    fresh_fonts: object, tmp_path: Path
) -> None:
    system = fonts.discover("")
    if not system:
        pytest.skip("no CJK TrueType font installed")
    path, index, _ = system[0]
    good = fonts.ensure_font(f"{path}#{index}")
    assert good.source == "configured" and good.embedded and good.warning is None
    bogus = tmp_path / "nofont.ttf"
    bogus.write_bytes(b"not a font")
    bad = fonts.ensure_font(str(bogus))
    assert bad.source == "system" and bad.embedded
    assert bad.warning is not None and "nofont.ttf" in bad.warning


def test_parse_configured_font_path() -> None:
    assert fonts.parse_configured("") is None
    assert fonts.parse_configured("C:/Windows/Fonts/msyh.ttc") == (
        Path("C:/Windows/Fonts/msyh.ttc"),
        0,
    )
    assert fonts.parse_configured('"/x/NotoSansCJK.ttc#2"') == (Path("/x/NotoSansCJK.ttc"), 2)
    assert fonts.system_candidates("win32")[0][0].name == "msyh.ttc"
    assert any(p.name == "PingFang.ttc" for p, _ in fonts.system_candidates("darwin"))
    assert any("wqy-microhei" in str(p) for p, _ in fonts.system_candidates("linux"))


# ---------------------------------------------------------------------------- formatting


def test_money_area_and_numbers() -> None:
    assert format_money(Decimal("1234567")) == "¥1,234,567.00"
    assert format_money(Decimal("-1200.5")) == "-¥1,200.50"
    assert format_money(Decimal("0.005")) == "¥0.01"
    assert format_money(None) == "—"
    assert format_area(Decimal("89.5")) == "89.50 m²"
    assert document_number("purchase_notice", dt.date(2026, 11, 24), 123) == "GF-20261124-000123"
    assert document_number("handover", dt.date(2026, 1, 2), 7) == "YS-20260102-000007"


def test_form_snapshot_round_trips_through_json() -> None:
    for data in (notice(5), _handover(4)):
        text = to_json(data)
        assert from_json(type(data), text) == data
    pn = from_json(PurchaseNoticeData, to_json(notice(2)))
    assert isinstance(pn.list_price, Decimal) and isinstance(pn.adverse_factors, tuple)
    assert pn.stamp.issued_at == AT
