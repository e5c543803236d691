"""Issuing forms from the database, the append-only archive, signing, reprints, the CLI."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError

from app import paths
from app.cli import main
from app.domain.deals import HandoverInput, InspectionInput
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.models import AuditEntry, IssuedDocument
from app.services import document_service
from app.services.container import Services
from tests.test_deals_support import flat, make_sales_office, pdf_pages


def _read(info) -> bytes:  # type: ignore[no-untyped-def]
    return Path(info.file_path).read_bytes()


def test_purchase_notice_is_issued_archived_and_audited(
    services: Services,
    clock,
    tmp_path: Path,  # type: ignore[no-untyped-def]
) -> None:
    o = make_sales_office(services)
    out = tmp_path / "copy" / "notice.pdf"
    info = services.documents.issue_purchase_notice(o.customers[2], o.units[1], actor=o.consultant,
                                                    out=out)  # fmt: skip
    assert re.fullmatch(r"GF-20260302-000001", info.doc_no)
    assert info.kind == "purchase_notice" and info.title == "购房告知书"
    assert (info.customer_id, info.unit_id, info.deal_id) == (o.customers[2], o.units[1], None)
    assert info.issued_by == o.consultant.id and info.issued_by_name == "陈晓雯"
    assert info.issued_at == clock.now()
    archived = Path(info.file_path)
    assert archived.is_relative_to(paths.documents_dir()) and archived.parent.name == "2026"
    pdf = archived.read_bytes()
    assert hashlib.sha256(pdf).hexdigest() == info.sha256
    assert out.read_bytes() == pdf and info.copy_path == str(out)
    joined = flat("".join(pdf_pages(pdf)))
    t = o.factor_titles
    for needle in ("王芳", "1号楼1单元102室", "两室两厅一卫", "89.20m²", "杭州云栖置业有限公司",
                   "商品房预售许可证", "地下车位560个", "¥2,230,000.00", "商业贷款",
                   t["project"], t["project2"], t["building"], t["unit1"],
                   "本人已阅读并知悉上述全部不利因素", "购房人签字", "置业顾问签字", "陈晓雯",
                   "GF-20260302-000001", "第1页/共"):  # fmt: skip
        assert needle in joined, needle
    assert t["other_building"] not in joined
    with services.db.read() as s:
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "print")).all()
    assert [(a.user_id, a.customer_id, a.entity_id) for a in audit] == [
        (o.consultant.id, o.customers[2], info.id)
    ]
    assert "GF-20260302-000001" in audit[0].detail
    assert services.documents.has_purchase_notice(o.customers[2], o.units[1])
    assert services.documents.verify(info.id).ok
    # numbers run on; the hold's price and payment method are printed
    services.deals.hold(o.customers[0], o.units[0], actor=o.consultant, agreed_price="3200000",
                        payment_method="full", personalised_changes="厨房改为开放式")  # fmt: skip
    second = services.documents.issue_purchase_notice(
        o.customers[0], o.units[0], actor=o.consultant
    )
    assert second.doc_no == "GF-20260302-000002"
    joined = flat("".join(pdf_pages(_read(second))))
    assert "¥3,200,000.00" in joined and "全款" in joined and "厨房改为开放式" in joined


def test_permissions_for_printing(services: Services) -> None:
    o = make_sales_office(services)
    with pytest.raises(PermissionDenied):
        services.documents.issue_purchase_notice(o.customers[0], o.units[0], actor=o.consultant2)
    with pytest.raises(NotFoundError):
        services.documents.issue_purchase_notice(99999, o.units[0], actor=o.manager)
    assert services.documents.list_documents() == []


def test_reprint_has_a_new_number_and_the_original_content(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    first = services.documents.issue_purchase_notice(o.customers[0], o.units[1], actor=o.consultant)
    # the factor's wording changes later; the signed paper's does not
    factor = [f for f in services.units.adverse_factors(o.project_id) if f.title == "西晒"][0]
    services.units.update_adverse_factor(factor.id, title="西晒（已加装遮阳）")
    clock.advance(days=1)
    again = services.documents.reprint(first.id, actor=o.consultant)
    assert again.doc_no == "GF-20260303-000002" and again.reprint_of_id == first.id
    assert again.reprint_of_doc_no == first.doc_no
    assert again.file_path != first.file_path and again.sha256 != first.sha256
    joined = flat("".join(pdf_pages(_read(again))))
    assert "西晒" in joined and "已加装遮阳" not in joined
    assert f"补打件，原单号{first.doc_no}" in joined and again.doc_no in joined
    # a reprint of a reprint still refers to the original
    third = services.documents.reprint(again.id, actor=o.manager)
    assert third.reprint_of_id == first.id
    new = services.documents.issue_purchase_notice(o.customers[0], o.units[1], actor=o.consultant)
    assert "已加装遮阳" in flat("".join(pdf_pages(_read(new))))
    assert [d.id for d in services.documents.list_documents(customer_id=o.customers[0])] == [
        new.id, third.id, again.id, first.id]  # fmt: skip
    # the original is untouched
    assert services.documents.verify(first.id).ok
    assert services.documents.get(first.id).sha256 == first.sha256


def test_the_archive_is_append_only(services: Services) -> None:
    o = make_sales_office(services)
    info = services.documents.issue_purchase_notice(o.customers[0], o.units[0], actor=o.consultant)
    for sql in ("UPDATE issued_documents SET sha256 = 'x' WHERE id = :i",
                "UPDATE issued_documents SET file_path = '/tmp/other.pdf' WHERE id = :i",
                "UPDATE issued_documents SET doc_no = 'GF-1' WHERE id = :i",
                "DELETE FROM issued_documents WHERE id = :i"):  # fmt: skip
        with pytest.raises(DBAPIError, match="append-only"), services.db.write() as s:
            s.execute(text(sql), {"i": info.id})
    assert services.documents.get(info.id).sha256 == info.sha256


def test_sign_once_and_attach_the_scan(services: Services, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    info = services.documents.issue_purchase_notice(o.customers[0], o.units[0], actor=o.consultant)
    signed = services.documents.mark_signed(info.id, actor=o.consultant)
    assert signed.signed and signed.signed_at == clock.now() and signed.scan_path is None
    with pytest.raises(ConflictError, match="已登记为已签字"):
        services.documents.mark_signed(info.id, actor=o.consultant)
    scan = tmp_path / "Scan 001.JPG"
    scan.write_bytes(b"\xff\xd8\xff fake jpeg of the signed paper")
    with_scan = services.documents.mark_signed(info.id, actor=o.consultant, scan=scan)
    assert with_scan.signed_at == signed.signed_at  # recorded once
    assert with_scan.scan_path is not None and with_scan.scan_path.endswith(
        f"{info.doc_no}-signed.jpg"
    )
    assert Path(with_scan.scan_path).read_bytes() == scan.read_bytes()
    assert with_scan.scan_sha256 == hashlib.sha256(scan.read_bytes()).hexdigest()
    with pytest.raises(ConflictError, match="不能替换"):
        services.documents.mark_signed(info.id, actor=o.consultant, scan=scan)
    with pytest.raises(DBAPIError, match="append-only"), services.db.write() as s:
        s.execute(
            text("UPDATE issued_documents SET scan_sha256 = 'x' WHERE id = :i"), {"i": info.id}
        )
    assert services.documents.verify(info.id).ok
    Path(with_scan.scan_path).write_bytes(b"replaced behind our back")
    check = services.documents.verify(info.id)
    assert check.file_matches and check.scan_matches is False and not check.ok
    Path(info.file_path).unlink()
    assert not services.documents.verify(info.id).file_exists
    timeline = services.deals.timeline(o.customers[0])
    assert [e.kind for e in timeline] == ["document", "document_signed"] or {
        e.kind for e in timeline} == {"document", "document_signed"}  # fmt: skip


def test_a_failed_issue_leaves_no_file_and_no_row(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    o = make_sales_office(services)

    def broken(*_a: object, **_k: object) -> None:
        raise RuntimeError("audit log unavailable")

    monkeypatch.setattr(document_service.audit_service, "record", broken)
    with pytest.raises(RuntimeError):
        services.documents.issue_purchase_notice(o.customers[0], o.units[0], actor=o.consultant)
    assert services.documents.list_documents() == []
    assert list(paths.documents_dir().rglob("*.pdf")) == []


def _deliver(services: Services, o) -> int:  # type: ignore[no-untyped-def]
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    deal = services.deals.subscribe(
        c, u, actor=o.consultant, deposit="50000", agreed_price="3214000"
    )
    services.deals.contract(deal.id, actor=o.consultant, contract_no="HT-2026-0001",
                            payment_method="full")  # fmt: skip
    return deal.id


def test_delivery_notice_and_handover_form(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    deal_id = _deliver(services, o)
    with pytest.raises(ValidationError, match="还没有办理交付验收"):
        services.documents.issue_handover_form(deal_id, actor=o.service)
    notice = services.documents.issue_delivery_notice(deal_id, actor=o.service)
    assert notice.doc_no.startswith("JF-") and notice.deal_id == deal_id
    joined = flat("".join(pdf_pages(_read(notice))))
    for needle in ("交付通知书", "张伟", "1号楼1单元101室", "HT-2026-0001", "2026年12月20日",
                   "云栖花园售楼处二楼交付中心", "面积补差", "以现场核算为准", "郑晓燕",
                   "0571-88886666", "业主签收"):  # fmt: skip
        assert needle in joined, needle
    items = tuple(InspectionInput(room, item, not (room == "厨房" and item == "水电"),
                                  "水槽下水管漏水" if room == "厨房" and item == "水电" else "")
                  for room in ("客厅", "主卧", "次卧", "厨房", "卫生间")
                  for item in ("墙面", "地面", "门窗", "水电"))  # fmt: skip
    services.deals.deliver(deal_id, HandoverInput(clock.now().date(), Decimal("128.00"),
                                                  "00012.5", "000086.2", "0003.1",
                                                  (("入户门钥匙", 3), ("门禁卡", 2)), items),
                           actor=o.service)  # fmt: skip
    form = services.documents.issue_for_deal("handover", deal_id, actor=o.service)
    assert form.doc_no.startswith("YS-")
    pages = pdf_pages(_read(form))
    joined = flat("".join(pages))
    for needle in ("交付验收单", "钥匙交接单", "张伟", "1号楼1单元101室", "00012.5", "000086.2",
                   "0003.1", "入户门钥匙", "门禁卡", "水槽下水管漏水", "128.56m²", "128.00m²",
                   "-0.56m²", "¥25,000.00/m²", "¥14,000.00（退还业主）", "业主签字",
                   "客服专员签字", "郑晓燕"):  # fmt: skip
        assert needle in joined, needle
    for i, page in enumerate(pages, 1):
        assert f"第 {i} 页 / 共 {len(pages)} 页" in page
    # the delivery notice printed after the handover knows the area adjustment
    after = services.documents.issue_delivery_notice(deal_id, actor=o.service)
    assert "-¥14,000.00" in flat("".join(pdf_pages(_read(after))))


def test_transfer_form_masks_phones(services: Services) -> None:
    o = make_sales_office(services)
    mine = [c for i, c in enumerate(o.customers) if i % 2 == 0]
    result = services.transfers.transfer(o.manager, o.consultant.id, mine, [o.consultant2.id],
                                         "陈晓雯调往集团另一项目")  # fmt: skip
    with pytest.raises(PermissionDenied):
        services.documents.issue_transfer_form(result.transfer_id, actor=o.consultant2)
    info = services.documents.issue_transfer_form(result.transfer_id, actor=o.manager)
    assert info.doc_no.startswith("YJ-") and info.transfer_id == result.transfer_id
    joined = flat("".join(pdf_pages(_read(info))))
    for needle in ("客户档案移交单", "陈晓雯", "王浩然", "孙建华", "陈晓雯调往集团另一项目",
                   "张伟", "王芳", "陈静", "138****0000", "138****0002", "移交人签字",
                   "接收人签字", "销售经理签字", "第1页/共1页"):  # fmt: skip
        assert needle in joined, needle
    assert "13800000000" not in joined


def test_preview_is_not_archived(services: Services) -> None:
    o = make_sales_office(services)
    pdf = services.documents.preview("purchase_notice", actor=o.consultant,
                                     customer_id=o.customers[0], unit_id=o.units[0])  # fmt: skip
    joined = flat("".join(pdf_pages(pdf)))
    assert "样稿" in joined and "张伟" in joined
    assert services.documents.list_documents() == []
    assert not services.documents.has_purchase_notice(o.customers[0], o.units[0])


def test_batch_issue_reports_progress(services: Services) -> None:
    o = make_sales_office(services)
    seen: list[tuple[int, int]] = []
    pairs = [(o.customers[0], u) for u in o.units]
    docs = services.documents.issue_purchase_notices(pairs, actor=o.consultant,
                                                     progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert len(docs) == 6 and seen[-1] == (6, 6)
    assert len({d.doc_no for d in docs}) == 6
    stopped = services.documents.issue_purchase_notices(pairs, actor=o.consultant,
                                                        cancelled=lambda: True)  # fmt: skip
    assert stopped == []


def test_font_status_for_settings(services: Services) -> None:
    choice = services.documents.font()
    assert choice.name and (choice.embedded or choice.warning)


# ------------------------------------------------------------------------------------ CLI


def test_cli_prints_every_form(
    services: Services,
    database_url: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    clock,  # type: ignore[no-untyped-def]
) -> None:
    o = make_sales_office(services)
    services.deals.hold(o.customers[1], o.units[1], actor=o.consultant2)
    deal_id = _deliver(services, o)
    services.deals.deliver(deal_id, HandoverInput(clock.now().date(), Decimal("128.56")),
                           actor=o.service)  # fmt: skip
    transfer = services.transfers.transfer(o.manager, o.consultant2.id, None, [o.consultant.id],
                                           "调岗")  # fmt: skip
    url = ["--database-url", database_url]
    out = tmp_path / "out"
    assert (
        main(
            [
                *url,
                "print",
                "purchase-notice",
                "--customer",
                "138 0000 0001",
                "--unit",
                "1号楼/1/102",
                "--out",
                str(out / "a.pdf"),
                "--user",
                "guwen1",
            ]
        )
        == 0
    )
    assert "李娜" in flat("".join(pdf_pages((out / "a.pdf").read_bytes())))
    for form, n in (("purchase-notice", deal_id), ("delivery-notice", deal_id),
                    ("handover", deal_id), ("transfer", transfer.transfer_id)):  # fmt: skip
        target = out / f"{form}.pdf"
        assert main([*url, "print", form, "--id", str(n), "--out", str(target)]) == 0, form
        assert target.read_bytes().startswith(b"%PDF")
    stdout = capsys.readouterr().out
    assert "GF-" in stdout and "JF-" in stdout and "YS-" in stdout and "YJ-" in stdout
    docs = services.documents.list_documents()
    assert len(docs) == 1 + 1 + 4  # the notice issued before subscribing, then the CLI's five
    by_cli = [d for d in docs if d.issued_by is None]
    assert len(by_cli) == 4
    assert {d.customer_id for d in docs if d.issued_by == o.consultant.id} == {
        o.customers[0], o.customers[1]}  # fmt: skip
    assert main([*url, "print", "handover", "--out", str(out / "x.pdf")]) == 1
    assert main([*url, "print", "purchase-notice", "--customer", "12345", "--unit", "1",
                 "--out", str(out / "y.pdf")]) == 1  # fmt: skip
    assert main([*url, "print", "delivery-notice", "--id", "999", "--out", str(out / "z.pdf")]) == 1
    assert "找不到" in capsys.readouterr().err


def test_demo_seed_prints_every_form(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    for i in range(6):
        owner = o.consultant if i % 2 else o.consultant2
        from tests.test_deals_support import add_customer

        add_customer(services, o.project_id, owner.id, f"演示客户{i}", f"+86139000000{i:02d}")
    result = services.deals.seed_demo(o.project_id, seed=3)
    assert result.deals_by_status == {"delivered": 1, "cancelled": 1, "held": 1,
                                      "subscribed": 1, "contracted": 1}  # fmt: skip
    assert result.handovers == 1 and result.transfer_id is not None
    kinds = {d.kind for d in services.documents.list_documents()}
    assert kinds == {"purchase_notice", "delivery_notice", "handover", "transfer"}
    assert any(d.reprint_of_id for d in services.documents.list_documents())
    assert any(d.signed for d in services.documents.list_documents())
    assert services.deals.repairs(project_id=o.project_id)
    with services.db.read() as s:
        assert s.scalar(select(IssuedDocument.id).where(IssuedDocument.kind == "transfer"))
    _ = dt  # keep the import for readers of the fixtures above
