"""Customer file (SPEC §4): masked reads, validated edits, related persons, consent,
timeline, audited reveals, and the audited .xlsx export."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select, update

from app.domain.access import RESIDENT_ID_NOT_YET
from app.domain.clock import FixedClock
from app.domain.customer import CustomerFilter, CustomerSort, TimelineKind
from app.domain.enums import ConsentPurpose
from app.domain.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, ConsentRecord, Customer, GradeChange
from app.services.container import Services
from tests.test_reception_support import Office, form, make_office

RID = "11010519491231002X"


@pytest.fixture
def office(services: Services) -> Office:
    return make_office(services)


def test_only_who_may_see_it_opens_a_file_others_are_refused_and_audited(
    services: Services, office: Office
) -> None:
    """Issue 5: opening another consultant's customer by id (a stale list, a guessed id)
    is refused and audited; the owner and the manager open the file in full."""
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    cid = res.customer_id
    own = services.customers.get_file(office.a, cid)
    assert own.full_access and own.phone == "13812345678" and own.wanted_layout == "三室两厅"
    assert services.customers.get_file(office.manager, cid).full_access
    for actor in (office.b, office.reception):
        with pytest.raises(PermissionDenied, match="王芳.*已记入审计日志"):
            services.customers.get_file(actor, cid)
    with pytest.raises(PermissionDenied, match="已记入审计日志"):
        services.customers.timeline(office.b, cid)
    with pytest.raises(PermissionDenied):
        services.customers.update(office.b, cid, {"occupation": "教师"})
    with services.db.read() as s:
        denied = s.execute(
            select(AuditEntry.user_id, AuditEntry.customer_id, AuditEntry.detail)
            .where(AuditEntry.action == "access_denied")
            .order_by(AuditEntry.id)
        ).all()
    assert [tuple(r) for r in denied] == [
        (office.b.id, cid, "无权打开客户档案"),
        (office.reception.id, cid, "无权打开客户档案"),
        (office.b.id, cid, "无权查看互动档案"),
    ]


def test_a_stale_list_cannot_open_a_customer_transferred_away(
    services: Services, office: Office
) -> None:
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    assert services.customers.get_file(office.a, res.customer_id).full_access
    services.customers.override_owner(office.manager, res.customer_id, office.b.id, "客户要求更换")
    with pytest.raises(PermissionDenied, match="李"):
        services.customers.get_file(office.a, res.customer_id)
    assert services.customers.get_file(office.b, res.customer_id).full_access


def test_update_validates_like_reception(
    services: Services, office: Office, clock: FixedClock
) -> None:
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    services.reception.register_visit(office.reception, form("13912345678", office.b.id,
                                                             name="李四"))  # fmt: skip
    with pytest.raises(ValidationError) as err:
        services.customers.update(office.a, res.customer_id, {
            "phone": "139 1234 5678", "resident_id": RID, "birthday": dt.date(2099, 1, 1),
            "budget_total": Decimal(100), "budget_down_payment": Decimal(200),
            "focus_points": ["price", "golf"], "stage": "contracted",
        })  # fmt: skip
    assert set(err.value.field_errors) == {"phone", "resident_id", "birthday",
                                           "budget_down_payment", "focus_points", "stage"}  # fmt: skip
    assert "李四" in err.value.field_errors["phone"]
    # Issue 5: the resident ID is asked for at subscription or contract, not before.
    assert err.value.field_errors["resident_id"] == RESIDENT_ID_NOT_YET
    services.customers.set_consent(office.a, res.customer_id, ConsentPurpose.RESIDENT_ID, True)
    with pytest.raises(ValidationError, match="认购或签约时登记"):
        services.customers.update(office.a, res.customer_id, {"resident_id": RID})
    with services.db.write() as s:  # as the subscription (DealService.subscribe) leaves it
        s.execute(update(Customer).where(Customer.id == res.customer_id).values(stage="subscribed"))
    f = services.customers.update(office.a, res.customer_id, {
        "resident_id": RID.lower(), "alt_phone": "13700001111", "name": "张三三",
        "focus_points": "price,school", "occupation": "教师",
    })  # fmt: skip
    assert f.resident_id == "1101**********002X" and f.alt_phone == "13700001111"
    assert f.focus_points == ("price", "school") and f.name == "张三三"
    card = services.reception.lookup_phone(office.reception, "13700001111")
    assert card is not None and card.matched_by == "alternate"
    assert services.customer_query.page(office.manager, CustomerFilter(search="zss"))[0].id == (
        res.customer_id
    )
    assert services.customers.reveal_resident_id(office.manager, res.customer_id, "核对合同") == RID


def test_consent_grant_and_withdraw_are_recorded(services: Services, office: Office,
                                                 clock: FixedClock) -> None:  # fmt: skip
    bare = form("13812345678", office.a.id, consent_basic=False, wanted_area_min=None,
                wanted_area_max=None, wanted_layout=None)  # fmt: skip
    res = services.reception.register_visit(office.reception, bare)
    with pytest.raises(ValidationError) as err:  # marketing needs the basic consent first
        services.customers.set_consent(office.a, res.customer_id, ConsentPurpose.MARKETING, True)
    assert "consent_basic" in err.value.field_errors
    with pytest.raises(ValidationError):  # nor may the file hold more than phone and name
        services.customers.update(office.a, res.customer_id, {"occupation": "教师"})
    services.customers.set_consent(office.a, res.customer_id, ConsentPurpose.BASIC, True)
    clock.advance(days=1)
    state = services.customers.set_consent(
        office.a, res.customer_id, ConsentPurpose.MARKETING, True
    )
    assert state.marketing and state.marketing_at == clock.now()
    clock.advance(days=1)
    state = services.customers.set_consent(
        office.a, res.customer_id, ConsentPurpose.MARKETING, False
    )
    assert not state.marketing and state.marketing_at == clock.now()
    with services.db.read() as s:
        rows = s.execute(select(ConsentRecord.purpose, ConsentRecord.granted)
                         .order_by(ConsentRecord.id)).all()  # fmt: skip
    assert rows == [("basic", True), ("marketing", True), ("marketing", False)]


def test_related_person_add_and_remove(services: Services, office: Office) -> None:
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    rp = services.customers.add_related_person(office.a, res.customer_id, name="李梅",
                                               relation="spouse", phone="13900002222")  # fmt: skip
    assert services.customers.get_file(office.a, res.customer_id).related_persons[0].name == "李梅"
    with pytest.raises(ValidationError):
        services.customers.add_related_person(office.a, res.customer_id, name="x",
                                              relation="spouse", phone="13812345678")  # fmt: skip
    services.customers.remove_related_person(office.a, rp.id)
    assert services.reception.lookup_phone(office.reception, "13900002222") is None
    assert services.customers.get_file(office.a, res.customer_id).related_persons == ()


def test_timeline_is_newest_first_and_covers_every_source(
    services: Services, office: Office, clock: FixedClock
) -> None:
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    clock.advance(hours=2)
    services.reception.check_out(office.reception, res.visit_id)
    clock.advance(days=1)
    with services.db.write() as s:
        s.add(GradeChange(customer_id=res.customer_id, old_grade=None, new_grade="A",
                          suggested_grade="A", reason="复访并询价", by_user_id=office.a.id,
                          at=clock.now()))  # fmt: skip
    clock.advance(days=1)
    services.customers.override_owner(office.manager, res.customer_id, office.b.id, "撞单裁定")
    tl = services.customers.timeline(office.manager, res.customer_id)
    kinds = [t.kind for t in tl]
    assert kinds[0] is TimelineKind.OWNERSHIP and "王芳 → 李强" in tl[0].summary
    assert TimelineKind.GRADE in kinds and TimelineKind.VISIT in kinds
    assert TimelineKind.CONSENT in kinds
    visit = next(t for t in tl if t.kind is TimelineKind.VISIT)
    assert "接待：王芳" in visit.summary and "停留 120 分钟" in visit.summary
    assert [t.at for t in tl] == sorted((t.at for t in tl), reverse=True)


def test_reveal_phone_is_audited_without_the_number(services: Services, office: Office) -> None:
    res = services.reception.register_visit(office.reception, form("13812345678", office.a.id))
    assert services.customers.reveal_phone(office.a, res.customer_id, "") == "13812345678"
    with pytest.raises(ValidationError):
        services.customers.reveal_phone(office.reception, res.customer_id, " ")
    with pytest.raises(PermissionDenied):
        services.customers.reveal_phone(office.b, res.customer_id, "好奇")
    assert services.customers.reveal_phone(office.reception, res.customer_id, "客户来电核对") == (
        "13812345678"
    )
    with services.db.read() as s:
        details = s.scalars(
            select(AuditEntry.detail).where(AuditEntry.action == "reveal_phone")
        ).all()
    assert details == ["查看：138****5678；原因：客户来电核对"]


def test_export_streams_masks_and_audits(
    services: Services, office: Office, tmp_path: Path
) -> None:
    for i in range(5):
        services.reception.register_visit(office.reception, form(f"1381234000{i}", office.a.id,
                                                                 name=f"张{i}"))  # fmt: skip
    seen: list[tuple[int, int]] = []
    out = tmp_path / "客户.xlsx"
    res = services.exports.export_customers(office.b, CustomerFilter(search="张"), CustomerSort(),
                                            out, progress=lambda d, t: seen.append((d, t)))  # fmt: skip
    assert res.rows == 5 and seen[-1] == (5, 5) and not res.cancelled
    wb = load_workbook(out, read_only=True)
    rows = list(wb.active.iter_rows(values_only=True))
    wb.close()
    assert rows[0][:4] == ("客户编号", "姓名", "性别", "手机号")
    assert rows[1][3] == "138****0004" and rows[1][1] == "张4"
    with services.db.read() as s:
        detail = s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "export_customers"))
    assert detail is not None and "5 行" in detail and "1381234" not in detail
    cancelled = services.exports.export_customers(
        office.manager, CustomerFilter(), CustomerSort(), tmp_path / "x.xlsx",
        progress=lambda d, t: False,
    )  # fmt: skip
    assert cancelled.cancelled and not (tmp_path / "x.xlsx").exists()
