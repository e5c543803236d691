"""Deals: hold, subscription (notice first, discount approval), contract, cancellation,
delivery through the handover — each step one transaction (SPEC §6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import select

from app.domain.deals import (
    DealStateError,
    DiscountApprovalRequiredError,
    HandoverInput,
    InspectionInput,
    PurchaseNoticeRequiredError,
    UnitUnavailableError,
    area_adjustment,
    contract_unit_price,
    discount_limit,
    discount_needs_approval,
)
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.settings import AppSettings
from app.models import ConsentRecord, Customer, Deal, DiscountApproval, FollowUp, Unit
from app.services import deal_service
from app.services.container import Services
from tests.test_deals_support import customer_stage, make_sales_office

# ------------------------------------------------------------------------------ pure rules


def test_discount_rule_is_beyond_the_percentage() -> None:
    list_price = Decimal("3214000")
    assert discount_limit(list_price, 1.0) == Decimal("32140.00")
    assert not discount_needs_approval(list_price, list_price - Decimal("32140"), 1.0)
    assert discount_needs_approval(list_price, list_price - Decimal("32140.01"), 1.0)
    assert not discount_needs_approval(list_price, list_price - Decimal("50000"), 2.0)
    assert not discount_needs_approval(list_price, list_price + 1, 1.0)


@given(
    st.decimals(min_value=100_000, max_value=50_000_000, places=2),
    st.decimals(min_value=0, max_value=10, places=2),
)
def test_discount_limit_never_exceeds_the_percentage(price: Decimal, percent: Decimal) -> None:
    limit = discount_limit(price, float(percent))
    assert limit <= price * percent / 100
    assert not discount_needs_approval(price, price - limit, float(percent))


def test_area_adjustment_formula() -> None:
    price = contract_unit_price(Decimal("3200000"), Decimal("128.56"))
    assert price == Decimal("24891.10")
    assert area_adjustment(Decimal("128.56"), Decimal("129.10"), price) == Decimal("13441.19")
    assert area_adjustment(Decimal("128.56"), Decimal("128.00"), price) == Decimal("-13939.02")
    assert area_adjustment(Decimal("100"), Decimal("100"), price) == Decimal("0.00")


# ------------------------------------------------------------------------------------ hold


def test_hold_blocks_others_until_it_expires(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    deal = services.deals.hold(o.customers[0], o.units[0], actor=o.consultant)
    assert deal.status == "held" and deal.hold_expires_at == clock.now() + dt.timedelta(hours=48)
    assert deal.consultant_name == "陈晓雯" and deal.customer_name == "张伟"
    assert services.units.get_unit(o.units[0]).status == "held"
    with pytest.raises(UnitUnavailableError, match="一房不能多卖") as info:
        services.deals.hold(o.customers[1], o.units[0], actor=o.consultant2)
    assert isinstance(info.value, ConflictError)
    with pytest.raises(UnitUnavailableError, match="无需重复"):
        services.deals.hold(o.customers[0], o.units[0], actor=o.consultant)
    clock.advance(hours=48)
    other = services.deals.hold(o.customers[1], o.units[0], actor=o.consultant2)
    assert other.status == "held"
    assert services.deals.get(deal.id).status == "expired"
    timeline = services.deals.timeline(o.customers[0])
    assert [e.kind for e in timeline] == ["expired", "held"]


def test_hold_hours_is_a_setting(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    services.settings.save(AppSettings(hold_hours=2))
    deal = services.deals.hold(o.customers[0], o.units[0], actor=o.consultant)
    assert deal.hold_expires_at == clock.now() + dt.timedelta(hours=2)


def test_only_the_customers_consultant_or_a_manager_sells(services: Services) -> None:
    o = make_sales_office(services)
    with pytest.raises(PermissionDenied):
        services.deals.hold(o.customers[0], o.units[0], actor=o.consultant2)  # not the owner
    with pytest.raises(PermissionDenied):
        services.deals.hold(o.customers[0], o.units[0], actor=o.reception)
    assert (
        services.deals.hold(o.customers[0], o.units[0], actor=o.manager).consultant_id
        == o.consultant.id
    )


# ---------------------------------------------------------------------------- subscription


def test_subscription_needs_the_purchase_notice_first(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]
    # a notice for another unit, or for another customer, does not count
    services.documents.issue_purchase_notice(c, o.units[1], actor=o.consultant)
    services.documents.issue_purchase_notice(o.customers[2], u, actor=o.manager)
    services.deals.hold(c, u, actor=o.consultant)
    with pytest.raises(UnitUnavailableError):  # held for c: no notice for someone else now
        services.documents.issue_purchase_notice(o.customers[2], u, actor=o.manager)
    with pytest.raises(PurchaseNoticeRequiredError, match="购房告知书"):
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price="3214000")
    assert services.units.get_unit(u).status == "held"  # the refused step changed nothing
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    deal = services.deals.subscribe(c, u, actor=o.consultant, deposit="50000",
                                    agreed_price="3214000", payment_method="commercial_loan")  # fmt: skip
    assert deal.status == "subscribed" and deal.deposit == Decimal("50000.00")
    assert deal.deposit_date == clock.now().date() and deal.discount == Decimal("0.00")
    assert services.units.get_unit(u).status == "subscribed"
    assert customer_stage(services, c) == "subscribed"
    with services.db.read() as s:
        cb = s.scalars(select(FollowUp).where(FollowUp.deal_id == deal.id)).all()
    assert [(f.kind, f.assignee_id, f.due_date) for f in cb] == [
        ("callback_subscription", o.consultant.id, clock.now().date() + dt.timedelta(days=7))
    ]
    assert services.deals.active_deal_for_unit(u).id == deal.id  # type: ignore[union-attr]
    # the customer's hold became the deal: one deal only
    assert len(services.deals.deals_for_customer(c)) == 1


def test_the_resident_id_is_asked_for_at_subscription_with_its_consent(
    services: Services, clock
) -> None:  # type: ignore[no-untyped-def]
    """Issue 5: not at reception; at subscription, with the separate resident-ID consent,
    stored on the customer in the subscription's own transaction."""
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    rid = "11010519491231002X"
    with pytest.raises(ValidationError, match="客户同意") as err:
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000",
                                 agreed_price="3214000", resident_id=rid)  # fmt: skip
    assert set(err.value.field_errors) == {"resident_id"}
    with pytest.raises(ValidationError, match="校验位"):
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price="3214000",
                                 resident_id="110105194912310020", consent_resident_id=True)  # fmt: skip
    assert services.deals.active_deal_for_unit(u) is None  # the refused steps saved nothing
    services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price="3214000",
                             resident_id=rid.lower(), consent_resident_id=True)  # fmt: skip
    with services.db.read() as s:
        row = s.get(Customer, c)
        assert row is not None and row.resident_id == rid and row.consent_resident_id
        assert row.consent_resident_id_at == clock.now()
        consents = s.scalars(
            select(ConsentRecord.purpose).where(ConsentRecord.customer_id == c)
        ).all()
    assert "resident_id" in consents
    assert services.customers.get_file(o.manager, c).resident_id == "1101**********002X"


def test_subscription_without_hold_and_conflicts(services: Services) -> None:
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    services.documents.issue_purchase_notice(o.customers[2], u, actor=o.consultant)
    services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price="3214000")
    with pytest.raises(UnitUnavailableError):
        services.deals.subscribe(o.customers[2], u, actor=o.consultant, deposit="50000",
                                 agreed_price="3214000")  # fmt: skip
    with pytest.raises(ValidationError, match="定金"):
        services.deals.subscribe(c, o.units[1], actor=o.consultant, deposit="0", agreed_price="1")


def test_discount_beyond_the_setting_needs_a_managers_approval(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]  # list price 3,214,000.00; 1 % = 32,140.00
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    price = Decimal("3214000") - Decimal("50000")
    with pytest.raises(DiscountApprovalRequiredError, match="需要销售经理审批") as info:
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price=price)
    assert "¥50,000.00" in str(info.value) and "¥32,140.00" in str(info.value)
    assert services.deals.discount_limit(u) == Decimal("32140.00")
    request = services.deals.request_discount(c, u, "50000", actor=o.consultant, note="老带新")
    assert request.decision == "pending"
    with pytest.raises(PermissionDenied):
        services.deals.decide_discount(request.id, approver=o.consultant, approve=True)
    with pytest.raises(DiscountApprovalRequiredError):  # pending is not approved
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price=price)
    clock.advance(minutes=5)
    decided = services.deals.decide_discount(
        request.id, approver=o.manager, approve=True, note="同意"
    )
    assert decided.decision == "approved" and decided.approver_name == "孙建华"
    assert decided.decided_at == clock.now()
    with pytest.raises(ConflictError):
        services.deals.decide_discount(request.id, approver=o.manager, approve=False)
    # the approval covers up to its amount, not more
    with pytest.raises(DiscountApprovalRequiredError):
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000",
                                 agreed_price=price - Decimal("0.01"))  # fmt: skip
    deal = services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price=price)
    assert deal.discount == Decimal("50000.00") and deal.discount_approval_id == request.id
    with services.db.read() as s:
        a = s.get(DiscountApproval, request.id)
        assert a is not None and a.deal_id == deal.id and a.approver_id == o.manager.id


def test_discount_within_the_setting_and_a_raised_setting(services: Services) -> None:
    o = make_sales_office(services)
    services.settings.save(AppSettings(discount_approval_percent=2.0))
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    deal = services.deals.subscribe(c, u, actor=o.consultant, deposit="50000",
                                    agreed_price=Decimal("3214000") - Decimal("64280"))  # fmt: skip
    assert deal.discount == Decimal("64280.00") and deal.discount_approval_id is None


def test_manager_approves_on_the_spot(services: Services) -> None:
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)
    with pytest.raises(PermissionDenied):
        services.deals.approve_discount(c, u, "100000", approver=o.consultant)
    a = services.deals.approve_discount(c, u, "100000", approver=o.manager,
                                        requested_by=o.consultant.id)  # fmt: skip
    assert a.decision == "approved" and a.requested_by == o.consultant.id
    deal = services.deals.subscribe(
        c, u, actor=o.consultant, deposit="50000", agreed_price="3114000"
    )
    assert deal.discount_approval_id == a.id
    assert [x.id for x in services.deals.discount_approvals(customer_id=c)] == [a.id]


# ------------------------------------------------------------------- contract and cancel


def _subscribed(services: Services, o, i: int = 0):  # type: ignore[no-untyped-def]
    c, u = o.customers[i], o.units[i]
    actor = o.consultant if i % 2 == 0 else o.consultant2
    services.documents.issue_purchase_notice(c, u, actor=actor)
    price = services.units.get_unit(u).list_price
    return services.deals.subscribe(c, u, actor=actor, deposit="50000", agreed_price=price)


def test_contract(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    deal = _subscribed(services, o)
    clock.advance(days=3)
    with pytest.raises(ValidationError):
        services.deals.contract(deal.id, actor=o.consultant, contract_no=" ", payment_method="full")
    done = services.deals.contract(deal.id, actor=o.consultant, contract_no="HT-2026-0001",
                                   payment_method="commercial_loan")  # fmt: skip
    assert done.status == "contracted" and done.contract_no == "HT-2026-0001"
    assert done.loan_status == "pending" and done.contracted_at == clock.now()
    assert services.units.get_unit(o.units[0]).status == "contracted"
    assert customer_stage(services, o.customers[0]) == "contracted"
    with services.db.read() as s:
        cb = s.scalar(select(FollowUp).where(FollowUp.deal_id == deal.id,
                                             FollowUp.kind == "callback_contract"))  # fmt: skip
    assert cb is not None and cb.assignee_id == o.service.id
    assert cb.due_date == clock.now().date() + dt.timedelta(days=7)
    assert (
        services.deals.set_loan_status(deal.id, "approved", actor=o.service).loan_status
        == "approved"
    )
    with pytest.raises(ValidationError):
        services.deals.set_loan_status(deal.id, "maybe", actor=o.service)
    with pytest.raises(DealStateError):
        services.deals.contract(
            deal.id, actor=o.consultant, contract_no="HT-2", payment_method="full"
        )
    other = _subscribed(services, o, 2)
    with pytest.raises(ConflictError, match="合同编号"):
        services.deals.contract(other.id, actor=o.consultant, contract_no="HT-2026-0001",
                                payment_method="full")  # fmt: skip
    full = services.deals.contract(other.id, actor=o.consultant, contract_no="HT-2026-0002",
                                   payment_method="full")  # fmt: skip
    assert full.loan_status is None


def test_cancel_frees_the_unit_and_sets_the_stage(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    deal = _subscribed(services, o)
    with pytest.raises(ValidationError, match="退订原因"):
        services.deals.cancel(deal.id, "  ", actor=o.consultant)
    with pytest.raises(PermissionDenied):
        services.deals.cancel(deal.id, "客户资金问题", actor=o.consultant2)
    clock.advance(days=1)
    done = services.deals.cancel(deal.id, "客户资金问题", actor=o.consultant)
    assert done.status == "cancelled" and done.cancel_reason == "客户资金问题"
    assert services.units.get_unit(o.units[0]).status == "available"
    assert customer_stage(services, o.customers[0]) == "cancelled"
    with pytest.raises(DealStateError):
        services.deals.cancel(deal.id, "again", actor=o.consultant)
    # the unit can be sold again
    services.deals.hold(o.customers[2], o.units[0], actor=o.consultant)
    kinds = [e.kind for e in services.deals.timeline(o.customers[0])]
    assert kinds[:2] == ["cancelled", "subscribed"] and "document" in kinds
    # a released hold leaves the stage alone; a contract only a manager cancels
    hold = services.deals.hold(o.customers[4], o.units[4], actor=o.consultant)
    services.deals.cancel(hold.id, "客户改选其他房源", actor=o.consultant)
    assert customer_stage(services, o.customers[4]) == "visited"
    d2 = _subscribed(services, o, 2)
    services.deals.contract(d2.id, actor=o.consultant, contract_no="HT-9", payment_method="full")
    with pytest.raises(PermissionDenied):
        services.deals.cancel(d2.id, "解约", actor=o.consultant)
    assert services.deals.cancel(d2.id, "双方协商解约", actor=o.manager).status == "cancelled"


# ---------------------------------------------------------------------------------- delivery


def _contracted(services: Services, o):  # type: ignore[no-untyped-def]
    deal = _subscribed(services, o)
    return services.deals.contract(deal.id, actor=o.consultant, contract_no="HT-1",
                                   payment_method="commercial_loan", loan_status="disbursed")  # fmt: skip


HANDOVER = HandoverInput(
    handover_date=dt.date(2026, 3, 2),
    measured_area=Decimal("129.10"),
    water_reading="00012.5",
    electricity_reading="000086.2",
    gas_reading="0003.1",
    keys=(("入户门钥匙", 3), ("门禁卡", 2)),
    inspection=(
        InspectionInput("客厅", "墙面", True),
        InspectionInput("主卧", "地面", False, "木地板起拱", dt.date(2026, 3, 17)),
        InspectionInput("卫生间", "防水", False, "地漏处渗水"),
    ),
)


def test_delivery_through_the_handover(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    o = make_sales_office(services)
    deal = _contracted(services, o)
    assert services.deals.schedule_delivery(
        deal.id, dt.date(2026, 3, 12), actor=o.service
    ).delivery_date == dt.date(2026, 3, 12)
    with pytest.raises(PermissionDenied):
        services.deals.deliver(deal.id, HANDOVER, actor=o.consultant)
    bad = HandoverInput(dt.date(2026, 3, 2), Decimal("129.1"),
                        inspection=(InspectionInput("厨房", "水电", False, ""),))  # fmt: skip
    with pytest.raises(ValidationError, match="问题描述"):
        services.deals.deliver(deal.id, bad, actor=o.service)
    h = services.deals.deliver(deal.id, HANDOVER, actor=o.service)
    # 3,214,000 / 128.56 = 25,000.00 per m²; (129.10 − 128.56) × 25,000 = 13,500.00
    assert (h.contracted_area, h.measured_area, h.unit_price, h.area_adjustment) == (
        Decimal("128.56"),
        Decimal("129.10"),
        Decimal("25000.00"),
        Decimal("13500.00"),
    )
    assert h.keys == (("入户门钥匙", 3), ("门禁卡", 2))
    assert [(r.room, r.status, r.due_date) for r in h.repairs] == [
        ("主卧", "open", dt.date(2026, 3, 17)), ("卫生间", "open", None)]  # fmt: skip
    assert services.deals.get(deal.id).status == "delivered"
    assert services.units.get_unit(o.units[0]).status == "delivered"
    assert customer_stage(services, o.customers[0]) == "delivered"
    with services.db.read() as s:
        cb = s.scalar(select(FollowUp).where(FollowUp.deal_id == deal.id,
                                             FollowUp.kind == "callback_delivery"))  # fmt: skip
    assert cb is not None and cb.due_date == dt.date(2026, 6, 2) and cb.assignee_id == o.service.id
    with pytest.raises(DealStateError):
        services.deals.deliver(deal.id, HANDOVER, actor=o.service)
    assert services.deals.get_handover(deal.id) == h
    open_items = services.deals.repairs(project_id=o.project_id)
    assert len(open_items) == 2 and open_items[0].unit_label == "1号楼 1单元 101室"
    closed = services.deals.close_repair(open_items[0].id, actor=o.service)
    assert closed.status == "closed" and closed.closed_at == clock.now()
    assert len(services.deals.repairs()) == 1
    assert len(services.deals.repairs(open_only=False)) == 2
    with pytest.raises(ConflictError):
        services.deals.close_repair(open_items[0].id, actor=o.service)
    with pytest.raises(DealStateError):
        services.deals.cancel(deal.id, "x", actor=o.manager)


def test_a_failing_step_changes_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deal, unit, stage and callbacks are one transaction: all or nothing."""
    o = make_sales_office(services)
    c, u = o.customers[0], o.units[0]
    services.documents.issue_purchase_notice(c, u, actor=o.consultant)

    def boom(*_a: object, **_k: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(deal_service, "_callback", boom)
    with pytest.raises(RuntimeError):
        services.deals.subscribe(c, u, actor=o.consultant, deposit="50000", agreed_price="3214000")
    with services.db.read() as s:
        assert s.scalar(select(Deal.id).where(Deal.unit_id == u)) is None
        unit = s.get(Unit, u)
        assert unit is not None and unit.status == "available"
    assert customer_stage(services, c) == "visited"


def test_lists_and_queries(services: Services) -> None:
    o = make_sales_office(services)
    d1 = _subscribed(services, o)
    services.deals.hold(o.customers[1], o.units[1], actor=o.consultant2)
    all_deals = services.deals.list_deals(o.project_id)
    assert [d.id for d in all_deals][-1] == d1.id and len(all_deals) == 2
    assert [d.status for d in services.deals.list_deals(o.project_id, status="held")] == ["held"]
    assert services.deals.active_deal_for_unit(o.units[5]) is None
    assert services.deals.get(d1.id).unit_label == "1号楼 1单元 101室"
