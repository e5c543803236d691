"""Deals (交易): hold (保留), subscription (认购), contract (签约), cancellation (退订) and
delivery through the handover (交付验收 / 钥匙交接), and discount approvals (房价优惠审批).

Each step is one transaction that changes the deal, the unit's status, the customer's
stage and adds what the timeline shows (the deal's step times, callbacks as follow-up
tasks, approvals, repair items). A unit can never be sold twice: the partial unique index
``uq_deals_active_unit`` refuses a second active deal whatever the code does; the unit row
is also locked (``FOR UPDATE`` on PostgreSQL; SQLite's write transactions are serial), so
the loser of a race gets ``UnitUnavailableError`` with a message, not a database error.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.deals import (
    DEAL_STATUS_LABELS,
    DEFAULT_KEY_KINDS,
    LOAN_STATUS_LABELS,
    DealInfo,
    DealStateError,
    DealTimelineEntry,
    DemoDealsResult,
    DiscountApprovalInfo,
    DiscountApprovalRequiredError,
    HandoverInfo,
    HandoverInput,
    InspectionInput,
    PurchaseNoticeRequiredError,
    RepairItemInfo,
    UnitUnavailableError,
    area_adjustment,
    contract_unit_price,
    discount_limit,
    discount_needs_approval,
    discount_of,
    may_approve_discount,
    may_deliver,
    may_sell,
    stage_after,
)
from app.domain.enums import (
    ConsentPurpose,
    DealStatus,
    DocumentKind,
    PaymentMethod,
    Role,
    Stage,
    UnitStatus,
)
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.forms import DOC_TITLES, format_money
from app.domain.models import UserInfo
from app.domain.resident_id import normalize_resident_id
from app.domain.units import hold_expiry
from app.models import (
    Building,
    Customer,
    Deal,
    DiscountApproval,
    Handover,
    InspectionItem,
    IssuedDocument,
    Unit,
    User,
)
from app.services.reception_service import grant_consent
from app.services.settings_service import load_settings
from app.services.unit_service import active_deal, expire_stale_holds

_SOLD = (DealStatus.SUBSCRIBED, DealStatus.CONTRACTED, DealStatus.DELIVERED)


def _is_double_sale(exc: IntegrityError) -> bool:
    text = str(exc.orig)
    return "uq_deals_active_unit" in text or "deals.unit_id" in text


def _unit_label(u: Unit, building_name: str) -> str:
    unit = u.unit_no if u.unit_no.endswith("单元") else f"{u.unit_no}单元"
    return f"{building_name} {unit} {u.room_no}室"


def _occupied_message(deal: Deal, unit: Unit, building_name: str, customer_id: int) -> str:
    label = _unit_label(unit, building_name)
    status = DEAL_STATUS_LABELS.get(deal.status, deal.status)
    if deal.customer_id == customer_id:
        return f"{label} 已由该客户{status}，无需重复办理"
    return f"{label} 已{status}（被其他客户占用），不能再保留或认购（一房不能多卖）"


def deal_infos(s: Session, deals: Sequence[Deal]) -> list[DealInfo]:
    """DealInfo for many deals with a few queries (names of customers, units, users)."""
    if not deals:
        return []
    cust = dict(
        s.execute(
            select(Customer.id, Customer.name).where(
                Customer.id.in_({d.customer_id for d in deals})
            )
        ).all()
    )
    units = {
        u.id: (u, name)
        for u, name in s.execute(
            select(Unit, Building.name)
            .join(Building, Building.id == Unit.building_id)
            .where(Unit.id.in_({d.unit_id for d in deals}))
        ).all()
    }
    user_ids = {d.consultant_id for d in deals if d.consultant_id is not None}
    users = (
        dict(s.execute(select(User.id, User.display_name).where(User.id.in_(user_ids))).all())
        if user_ids
        else {}
    )
    approvals = dict(
        s.execute(
            select(DiscountApproval.deal_id, DiscountApproval.id).where(
                DiscountApproval.deal_id.in_([d.id for d in deals]),
                DiscountApproval.decision == "approved",
            )
        ).all()
    )
    out = []
    for d in deals:
        u, bname = units[d.unit_id]
        out.append(
            DealInfo(
                id=d.id,
                project_id=d.project_id,
                customer_id=d.customer_id,
                customer_name=cust.get(d.customer_id) or "（未留姓名）",
                unit_id=d.unit_id,
                unit_label=_unit_label(u, bname),
                consultant_id=d.consultant_id,
                consultant_name=users.get(d.consultant_id) if d.consultant_id else None,
                status=d.status,
                held_at=d.held_at,
                hold_expires_at=d.hold_expires_at,
                list_price=d.list_price,
                agreed_price=d.agreed_price,
                discount=d.discount,
                deposit=d.deposit,
                deposit_date=d.deposit_date,
                subscribed_at=d.subscribed_at,
                contract_no=d.contract_no,
                contracted_at=d.contracted_at,
                payment_method=d.payment_method,
                loan_status=d.loan_status,
                personalised_changes=d.personalised_changes,
                cancelled_at=d.cancelled_at,
                cancel_reason=d.cancel_reason,
                delivery_date=d.delivery_date,
                delivered_at=d.delivered_at,
                created_at=d.created_at,
                discount_approval_id=approvals.get(d.id),
            )
        )
    return out


def _approval_info(s: Session, a: DiscountApproval) -> DiscountApprovalInfo:
    name = (
        s.scalar(select(User.display_name).where(User.id == a.approver_id))
        if a.approver_id
        else None
    )
    return DiscountApprovalInfo(
        id=a.id,
        customer_id=a.customer_id,
        unit_id=a.unit_id,
        deal_id=a.deal_id,
        discount=a.discount,
        requested_by=a.requested_by,
        requested_at=a.requested_at,
        approver_id=a.approver_id,
        approver_name=name,
        decided_at=a.decided_at,
        decision=a.decision,
        note=a.note,
    )


def _repair_info(
    item: InspectionItem, deal: Deal, customer_name: str, label: str
) -> RepairItemInfo:
    return RepairItemInfo(
        id=item.id,
        handover_id=item.handover_id,
        deal_id=deal.id,
        customer_id=deal.customer_id,
        customer_name=customer_name,
        unit_label=label,
        room=item.room,
        item=item.item,
        issue_text=item.issue_text or "",
        status=item.repair_status or "open",
        due_date=item.due_date,
        closed_at=item.repair_closed_at,
    )


def _money(value: Any, field: str, label: str, *, positive: bool = True) -> Decimal:
    try:
        amount = Decimal(str(value)).quantize(Decimal("0.01"))
    except Exception as exc:
        raise ValidationError(
            "{label}不是有效金额", {field: "不是有效金额"}, values={"label": label}
        ) from exc
    if not amount.is_finite() or (positive and amount <= 0):
        raise ValidationError("{label}必须大于 0", {field: "必须大于 0"}, values={"label": label})
    return amount


class DealService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- shared pieces inside a transaction ---------------------------------------------

    @staticmethod
    def _customer(s: Session, customer_id: int, *, lock: bool = False) -> Customer:
        c = s.get(Customer, customer_id, with_for_update=lock or None)
        if c is None or c.anonymized_at is not None:
            raise NotFoundError(
                "找不到客户（编号 {customer_id}）", values={"customer_id": customer_id}
            )
        return c

    @staticmethod
    def _unit(s: Session, unit_id: int) -> tuple[Unit, Building]:
        u = s.get(Unit, unit_id, with_for_update=True)
        if u is None:
            raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
        b = s.get(Building, u.building_id)
        assert b is not None
        return u, b

    @staticmethod
    def _deal(s: Session, deal_id: int) -> Deal:
        d = s.get(Deal, deal_id, with_for_update=True)
        if d is None:
            raise NotFoundError("找不到交易（编号 {deal_id}）", values={"deal_id": deal_id})
        return d

    @staticmethod
    def _set_stage(s: Session, customer: Customer, status: str, now: dt.datetime) -> None:
        customer.stage = stage_after(customer.stage, status)
        customer.updated_at = now

    def _write(self, fn: Any) -> Any:
        """Run ``fn(session)`` in one write transaction; a double sale becomes a clear error."""
        try:
            with self._db.write() as s:
                return fn(s)
        except IntegrityError as exc:
            if _is_double_sale(exc):
                raise UnitUnavailableError(
                    "该房源刚刚被其他人保留或认购，请刷新销控表后重新选择（一房不能多卖）"
                ) from exc
            if "contract_no" in str(exc.orig):
                raise ConflictError("合同编号已被其他交易使用") from exc
            raise

    # --- hold (保留) ---------------------------------------------------------------------

    def hold(
        self,
        customer_id: int,
        unit_id: int,
        *,
        actor: UserInfo,
        agreed_price: Decimal | str | None = None,
        payment_method: str | None = None,
        personalised_changes: str | None = None,
    ) -> DealInfo:
        """Reserve a unit for a customer for ``AppSettings.hold_hours`` (default 48 h).

        The price, payment method and personalised changes given here are what the
        purchase notice prints until the subscription sets them.
        """
        price = _money(agreed_price, "agreed_price", "成交价") if agreed_price is not None else None
        method = PaymentMethod(payment_method).value if payment_method else None
        now = self._clock.now()

        def work(s: Session) -> DealInfo:
            settings = load_settings(s)
            customer = self._customer(s, customer_id)
            if not may_sell(actor, customer.owner_id):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以为客户保留房源")
            unit, building = self._unit(s, unit_id)
            expire_stale_holds(s, now, unit_id)
            existing = active_deal(s, unit_id)
            if existing is not None:
                raise UnitUnavailableError(
                    _occupied_message(existing, unit, building.name, customer_id)
                )
            deal = Deal(
                project_id=customer.project_id,
                customer_id=customer.id,
                unit_id=unit.id,
                consultant_id=customer.owner_id
                or (actor.id if actor.role is Role.CONSULTANT else None),
                status=DealStatus.HELD.value,
                held_at=now,
                hold_expires_at=hold_expiry(now, settings.hold_hours),
                list_price=unit.list_price,
                agreed_price=price,
                discount=discount_of(unit.list_price, price) if price is not None else None,
                payment_method=method,
                personalised_changes=(personalised_changes or "").strip() or None,
                created_at=now,
                created_by=actor.id,
            )
            s.add(deal)
            s.flush()
            unit.status = UnitStatus.HELD.value
            customer.updated_at = now
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    # --- discounts (房价优惠审批) -----------------------------------------------------------

    def discount_limit(self, unit_id: int) -> Decimal:
        """The largest discount on this unit that needs no approval."""
        with self._db.read() as s:
            u = s.get(Unit, unit_id)
            if u is None:
                raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
            return discount_limit(u.list_price, load_settings(s).discount_approval_percent)

    def request_discount(
        self,
        customer_id: int,
        unit_id: int,
        discount: Decimal | str,
        *,
        actor: UserInfo,
        note: str | None = None,
    ) -> DiscountApprovalInfo:
        """A consultant asks the manager to approve a discount (pending until decided)."""
        amount = _money(discount, "discount", "优惠金额")
        now = self._clock.now()

        def work(s: Session) -> DiscountApprovalInfo:
            customer = self._customer(s, customer_id)
            if not may_sell(actor, customer.owner_id):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以申请优惠")
            unit, _b = self._unit(s, unit_id)
            if amount >= unit.list_price:
                raise ValidationError("优惠金额不能达到或超过表价")
            a = DiscountApproval(customer_id=customer_id, unit_id=unit_id, discount=amount,
                                 requested_by=actor.id, requested_at=now, decision="pending",
                                 note=(note or "").strip() or None)  # fmt: skip
            s.add(a)
            s.flush()
            return _approval_info(s, a)

        return self._write(work)

    def decide_discount(
        self, approval_id: int, *, approver: UserInfo, approve: bool, note: str | None = None
    ) -> DiscountApprovalInfo:
        """The manager approves or rejects a pending request; approver and time are kept."""
        if not may_approve_discount(approver):
            raise PermissionDenied("只有销售经理可以审批房价优惠")
        now = self._clock.now()

        def work(s: Session) -> DiscountApprovalInfo:
            a = s.get(DiscountApproval, approval_id, with_for_update=True)
            if a is None:
                raise NotFoundError(
                    "找不到优惠申请（编号 {approval_id}）", values={"approval_id": approval_id}
                )
            if a.decision != "pending":
                raise ConflictError("该优惠申请已经审批过")
            a.decision = "approved" if approve else "rejected"
            a.approver_id = approver.id
            a.decided_at = now
            if note and note.strip():
                a.note = ((a.note + "；") if a.note else "") + "审批意见：" + note.strip()
            s.flush()
            return _approval_info(s, a)

        return self._write(work)

    def approve_discount(
        self,
        customer_id: int,
        unit_id: int,
        discount: Decimal | str,
        *,
        approver: UserInfo,
        requested_by: int | None = None,
        note: str | None = None,
    ) -> DiscountApprovalInfo:
        """Record a manager's approval given on the spot (request and decision at once)."""
        if not may_approve_discount(approver):
            raise PermissionDenied("只有销售经理可以审批房价优惠")
        amount = _money(discount, "discount", "优惠金额")
        now = self._clock.now()

        def work(s: Session) -> DiscountApprovalInfo:
            self._customer(s, customer_id)
            unit, _b = self._unit(s, unit_id)
            if amount >= unit.list_price:
                raise ValidationError("优惠金额不能达到或超过表价")
            a = DiscountApproval(customer_id=customer_id, unit_id=unit_id, discount=amount,
                                 requested_by=requested_by or approver.id, requested_at=now,
                                 approver_id=approver.id, decided_at=now, decision="approved",
                                 note=(note or "").strip() or None)  # fmt: skip
            s.add(a)
            s.flush()
            return _approval_info(s, a)

        return self._write(work)

    def discount_approvals(
        self,
        *,
        customer_id: int | None = None,
        unit_id: int | None = None,
        pending_only: bool = False,
    ) -> list[DiscountApprovalInfo]:
        with self._db.read() as s:
            q = select(DiscountApproval)
            if customer_id is not None:
                q = q.where(DiscountApproval.customer_id == customer_id)
            if unit_id is not None:
                q = q.where(DiscountApproval.unit_id == unit_id)
            if pending_only:
                q = q.where(DiscountApproval.decision == "pending")
            return [_approval_info(s, a) for a in s.scalars(q.order_by(DiscountApproval.id.desc()))]

    # --- subscription (认购) ---------------------------------------------------------------

    def subscribe(
        self,
        customer_id: int,
        unit_id: int,
        *,
        actor: UserInfo,
        deposit: Decimal | str,
        agreed_price: Decimal | str,
        deposit_date: dt.date | None = None,
        payment_method: str | None = None,
        personalised_changes: str | None = None,
        resident_id: str | None = None,
        consent_resident_id: bool = False,
    ) -> DealInfo:
        """Subscribe: the deposit is paid. Turns the customer's own hold into the deal.

        Refused unless the purchase notice was issued for this customer and unit, and
        unless a discount beyond ``discount_approval_percent`` % of the list price has a
        manager's approval (for at least this amount) on record.

        This is where the resident ID is first asked for (not at reception): a given
        ``resident_id`` is validated, needs ``consent_resident_id`` (recorded with the
        privacy notice's version, like every consent), and is stored on the customer in
        the same transaction; none given keeps what is on file.
        """
        rid = None
        if (resident_id or "").strip():
            rid = normalize_resident_id(resident_id or "", self._clock.now().date())
            if not consent_resident_id:
                msg = "保存身份证号需客户同意（身份证信息授权）"
                raise ValidationError(msg, {"resident_id": msg})
        deposit_amount = _money(deposit, "deposit", "定金")
        price = _money(agreed_price, "agreed_price", "成交价")
        method = PaymentMethod(payment_method).value if payment_method else None
        now = self._clock.now()
        day = deposit_date or now.date()
        if day > now.date():
            raise ValidationError("定金日期不能晚于今天", {"deposit_date": "不能晚于今天"})
        if deposit_amount >= price:
            raise ValidationError("定金应小于成交价", {"deposit": "应小于成交价"})

        def work(s: Session) -> DealInfo:
            settings = load_settings(s)
            customer = self._customer(s, customer_id, lock=True)
            if not may_sell(actor, customer.owner_id):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以办理认购")
            unit, building = self._unit(s, unit_id)
            expire_stale_holds(s, now, unit_id)
            existing = active_deal(s, unit_id)
            if existing is not None and not (
                existing.customer_id == customer_id and existing.status == DealStatus.HELD
            ):
                raise UnitUnavailableError(
                    _occupied_message(existing, unit, building.name, customer_id)
                )
            notice = s.scalar(
                select(IssuedDocument.id)
                .where(
                    IssuedDocument.kind == DocumentKind.PURCHASE_NOTICE.value,
                    IssuedDocument.customer_id == customer_id,
                    IssuedDocument.unit_id == unit_id,
                )
                .limit(1)
            )
            if notice is None:
                raise PurchaseNoticeRequiredError(
                    "请先为客户打印{document}（{unit}），由客户签字确认全部不利因素后，再办理认购",
                    values={
                        "document": DOC_TITLES["purchase_notice"],
                        "unit": _unit_label(unit, building.name),
                    },
                )
            disc = discount_of(unit.list_price, price)
            approval: DiscountApproval | None = None
            if discount_needs_approval(unit.list_price, price, settings.discount_approval_percent):
                approval = s.scalar(
                    select(DiscountApproval)
                    .where(
                        DiscountApproval.customer_id == customer_id,
                        DiscountApproval.unit_id == unit_id,
                        DiscountApproval.decision == "approved",
                        DiscountApproval.discount >= disc,
                        DiscountApproval.deal_id.is_(None)
                        if existing is None
                        else (DiscountApproval.deal_id.is_(None))
                        | (DiscountApproval.deal_id == existing.id),
                    )
                    .order_by(DiscountApproval.decided_at.desc(), DiscountApproval.id.desc())
                    .limit(1)
                )
                if approval is None:
                    limit = discount_limit(unit.list_price, settings.discount_approval_percent)
                    raise DiscountApprovalRequiredError(
                        "优惠 {discount} 超过表价的 {percent}%（{limit}），需要销售经理审批后才能认购",
                        values={
                            "discount": format_money(disc),
                            "percent": f"{settings.discount_approval_percent:g}",
                            "limit": format_money(limit),
                        },
                    )
            deal = existing
            if deal is None:
                deal = Deal(
                    project_id=customer.project_id,
                    customer_id=customer.id,
                    unit_id=unit.id,
                    consultant_id=customer.owner_id
                    or (actor.id if actor.role is Role.CONSULTANT else None),
                    status=DealStatus.SUBSCRIBED.value,
                    list_price=unit.list_price,
                    created_at=now,
                    created_by=actor.id,
                )
                s.add(deal)
            deal.status = DealStatus.SUBSCRIBED.value
            deal.list_price = unit.list_price
            deal.agreed_price = price
            deal.discount = disc
            deal.deposit = deposit_amount
            deal.deposit_date = day
            deal.subscribed_at = now
            if method is not None:
                deal.payment_method = method
            if personalised_changes is not None:
                deal.personalised_changes = personalised_changes.strip() or None
            if deal.consultant_id is None:
                deal.consultant_id = customer.owner_id
            s.flush()
            if approval is not None:
                approval.deal_id = deal.id
            unit.status = UnitStatus.SUBSCRIBED.value
            self._set_stage(s, customer, DealStatus.SUBSCRIBED, now)
            if rid is not None:
                grant_consent(s, customer, ConsentPurpose.RESIDENT_ID, True, now=now,
                              by_user_id=actor.id, notice_version=settings.privacy_notice_version)  # fmt: skip
                customer.resident_id = rid
            _callback(s, deal, "subscription", now, actor.id)
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    # --- contract (签约) -------------------------------------------------------------------

    def contract(
        self,
        deal_id: int,
        *,
        actor: UserInfo,
        contract_no: str,
        payment_method: str,
        loan_status: str | None = None,
    ) -> DealInfo:
        contract_no = (contract_no or "").strip()
        if not contract_no:
            raise ValidationError("请填写合同编号", {"contract_no": "必填"})
        method = PaymentMethod(payment_method).value
        if method == PaymentMethod.FULL:
            loan = None
        else:
            loan = loan_status or "pending"
            if loan not in LOAN_STATUS_LABELS:
                raise ValidationError(
                    "未知的贷款状态：{loan}", {"loan_status": "未知"}, values={"loan": loan}
                )
        now = self._clock.now()

        def work(s: Session) -> DealInfo:
            deal = self._deal(s, deal_id)
            customer = self._customer(s, deal.customer_id, lock=True)
            if not may_sell(actor, customer.owner_id):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以办理签约")
            if deal.status != DealStatus.SUBSCRIBED:
                raise DealStateError(
                    "交易状态为“{status}”，只有已认购的交易可以签约",
                    values={"status": DEAL_STATUS_LABELS.get(deal.status, deal.status)},
                )
            taken = s.scalar(
                select(Deal.id).where(Deal.contract_no == contract_no, Deal.id != deal.id)
            )
            if taken is not None:
                raise ConflictError(
                    "合同编号 {contract_no} 已被其他交易使用", values={"contract_no": contract_no}
                )
            unit, _b = self._unit(s, deal.unit_id)
            deal.status = DealStatus.CONTRACTED.value
            deal.contract_no = contract_no
            deal.contracted_at = now
            deal.payment_method = method
            deal.loan_status = loan
            unit.status = UnitStatus.CONTRACTED.value
            self._set_stage(s, customer, DealStatus.CONTRACTED, now)
            _callback(s, deal, "contract", now, actor.id)
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    def set_loan_status(self, deal_id: int, loan_status: str, *, actor: UserInfo) -> DealInfo:
        """``loan_status`` is a code of ``LOAN_STATUS_LABELS`` (pending, approved, ...)."""
        if loan_status not in LOAN_STATUS_LABELS:
            raise ValidationError(
                "未知的贷款状态：{loan_status}",
                {"loan_status": "未知"},
                values={"loan_status": loan_status},
            )
        if actor.role not in (Role.CONSULTANT, Role.MANAGER, Role.SERVICE):
            raise PermissionDenied("无权修改贷款状态")

        def work(s: Session) -> DealInfo:
            deal = self._deal(s, deal_id)
            if deal.status not in (DealStatus.CONTRACTED, DealStatus.DELIVERED):
                raise DealStateError("只有已签约的交易有贷款状态")
            if deal.payment_method == PaymentMethod.FULL:
                raise DealStateError("全款交易没有贷款")
            deal.loan_status = loan_status
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    def schedule_delivery(
        self, deal_id: int, delivery_date: dt.date, *, actor: UserInfo
    ) -> DealInfo:
        """The delivery date of this deal (the delivery notice goes out 10 days before)."""
        if not (may_deliver(actor) or actor.role is Role.CONSULTANT):
            raise PermissionDenied("无权安排交付")

        def work(s: Session) -> DealInfo:
            deal = self._deal(s, deal_id)
            if deal.status != DealStatus.CONTRACTED:
                raise DealStateError("只有已签约、尚未交付的交易可以安排交付日期")
            deal.delivery_date = delivery_date
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    # --- cancellation (退订) ---------------------------------------------------------------

    def cancel(self, deal_id: int, reason: str, *, actor: UserInfo) -> DealInfo:
        """Cancel a hold, a subscription or (manager only) a contract; frees the unit."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("请填写退订原因", {"reason": "必填"})
        now = self._clock.now()

        def work(s: Session) -> DealInfo:
            deal = self._deal(s, deal_id)
            customer = self._customer(s, deal.customer_id, lock=True)
            if deal.status not in (DealStatus.HELD, DealStatus.SUBSCRIBED, DealStatus.CONTRACTED):
                raise DealStateError(
                    "交易状态为“{status}”，不能退订",
                    values={"status": DEAL_STATUS_LABELS.get(deal.status, deal.status)},
                )
            if deal.status == DealStatus.CONTRACTED and actor.role is not Role.MANAGER:
                raise PermissionDenied("已签约的交易只能由销售经理办理解约")
            if not may_sell(actor, customer.owner_id) and not (
                deal.consultant_id == actor.id and actor.role is Role.CONSULTANT
            ):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以退订")
            was = deal.status
            unit, _b = self._unit(s, deal.unit_id)
            deal.status = DealStatus.CANCELLED.value
            deal.cancelled_at = now
            deal.cancel_reason = reason
            if unit.status != UnitStatus.AVAILABLE:
                unit.status = UnitStatus.AVAILABLE.value
            s.flush()
            if was != DealStatus.HELD:
                self._restage_after_cancel(s, customer, now)
            customer.updated_at = now
            s.flush()
            return deal_infos(s, [deal])[0]

        return self._write(work)

    @staticmethod
    def _restage_after_cancel(s: Session, customer: Customer, now: dt.datetime) -> None:
        """退订: the customer's stage follows their furthest remaining deal, else cancelled."""
        if customer.stage == Stage.OWNER:
            return
        remaining = set(
            s.scalars(
                select(Deal.status).where(
                    Deal.customer_id == customer.id,
                    Deal.status.in_([st.value for st in _SOLD]),
                )
            )
        )
        for status in (DealStatus.DELIVERED, DealStatus.CONTRACTED, DealStatus.SUBSCRIBED):
            if status in remaining:
                customer.stage = stage_after(Stage.VISITED, status)
                return
        customer.stage = Stage.CANCELLED.value

    # --- delivery through the handover (交付) ----------------------------------------------

    def deliver(self, deal_id: int, handover: HandoverInput, *, actor: UserInfo) -> HandoverInfo:
        """Record the handover (meter readings, keys, inspection by room, 面积补差) and
        deliver: deal, unit and customer become delivered; each failed inspection item
        becomes an open repair item; the 3-month living-experience callback is planned."""
        if not may_deliver(actor):
            raise PermissionDenied("只有客服专员或销售经理可以办理交付")
        measured = _money(handover.measured_area, "measured_area", "实测建筑面积")
        keys: list[tuple[str, int]] = []
        for kind, count in handover.keys:
            kind = (kind or "").strip()
            if not kind or count < 0:
                raise ValidationError("钥匙名称必填，数量不能为负数")
            keys.append((kind, int(count)))
        for item in handover.inspection:
            if not item.room.strip() or not item.item.strip():
                raise ValidationError("验收项目的房间和项目名称必填")
            if not item.passed and not item.issue_text.strip():
                raise ValidationError(
                    "请填写“{item_room} {item_item}”的问题描述",
                    values={"item_room": item.room, "item_item": item.item},
                )
        now = self._clock.now()
        if handover.handover_date > now.date():
            raise ValidationError("交付日期不能晚于今天")

        def work(s: Session) -> HandoverInfo:
            deal = self._deal(s, deal_id)
            if deal.status != DealStatus.CONTRACTED:
                raise DealStateError(
                    "交易状态为“{status}”，只有已签约的交易可以交付",
                    values={"status": DEAL_STATUS_LABELS.get(deal.status, deal.status)},
                )
            if s.scalar(select(Handover.id).where(Handover.deal_id == deal.id)) is not None:
                raise ConflictError("该交易已经办理过交付")
            customer = self._customer(s, deal.customer_id, lock=True)
            unit, building = self._unit(s, deal.unit_id)
            contracted = unit.building_area
            price = contract_unit_price(deal.agreed_price or deal.list_price, contracted)
            h = Handover(
                deal_id=deal.id,
                handover_date=handover.handover_date,
                water_reading=handover.water_reading.strip() or None,
                electricity_reading=handover.electricity_reading.strip() or None,
                gas_reading=handover.gas_reading.strip() or None,
                keys_json=json.dumps(dict(keys), ensure_ascii=False),
                contracted_area=contracted,
                measured_area=measured,
                unit_price=price,
                area_adjustment=area_adjustment(contracted, measured, price),
                created_by=actor.id,
                created_at=now,
            )
            s.add(h)
            s.flush()
            for i, it in enumerate(handover.inspection):
                s.add(
                    InspectionItem(
                        handover_id=h.id,
                        room=it.room.strip(),
                        item=it.item.strip(),
                        passed=it.passed,
                        issue_text=None if it.passed else it.issue_text.strip(),
                        repair_status=None if it.passed else "open",
                        sort_order=i,
                        due_date=None if it.passed else it.due_date,
                    )
                )
            deal.status = DealStatus.DELIVERED.value
            deal.delivered_at = now
            if deal.delivery_date is None:
                deal.delivery_date = handover.handover_date
            unit.status = UnitStatus.DELIVERED.value
            self._set_stage(s, customer, DealStatus.DELIVERED, now)
            at = dt.datetime.combine(handover.handover_date, now.time())
            _callback(s, deal, "delivery", at, actor.id)
            s.flush()
            return _handover_info(s, h, deal, customer, _unit_label(unit, building.name))

        return self._write(work)

    def get_handover(self, deal_id: int) -> HandoverInfo | None:
        with self._db.read() as s:
            h = s.scalar(select(Handover).where(Handover.deal_id == deal_id))
            if h is None:
                return None
            deal = s.get(Deal, deal_id)
            assert deal is not None
            customer = s.get(Customer, deal.customer_id)
            unit = s.get(Unit, deal.unit_id)
            assert customer is not None and unit is not None
            b = s.get(Building, unit.building_id)
            assert b is not None
            return _handover_info(s, h, deal, customer, _unit_label(unit, b.name))

    def close_repair(self, item_id: int, *, actor: UserInfo) -> RepairItemInfo:
        """A repair item found at the handover is done (维修完成)."""
        if not may_deliver(actor):
            raise PermissionDenied("只有客服专员或销售经理可以关闭维修单")
        now = self._clock.now()

        def work(s: Session) -> RepairItemInfo:
            item = s.get(InspectionItem, item_id, with_for_update=True)
            if item is None or item.passed:
                raise NotFoundError("找不到维修项（编号 {item_id}）", values={"item_id": item_id})
            if item.repair_status == "closed":
                raise ConflictError("该维修项已经关闭")
            item.repair_status = "closed"
            item.repair_closed_at = now
            s.flush()
            return self._repairs(s, [item])[0]

        return self._write(work)

    def repairs(
        self, *, project_id: int | None = None, open_only: bool = True
    ) -> list[RepairItemInfo]:
        with self._db.read() as s:
            q = (
                select(InspectionItem)
                .join(Handover, Handover.id == InspectionItem.handover_id)
                .join(Deal, Deal.id == Handover.deal_id)
                .where(InspectionItem.passed.is_(False))
            )
            if project_id is not None:
                q = q.where(Deal.project_id == project_id)
            if open_only:
                q = q.where(InspectionItem.repair_status == "open")
            items = list(s.scalars(q.order_by(InspectionItem.id)))
            return self._repairs(s, items)

    @staticmethod
    def _repairs(s: Session, items: Sequence[InspectionItem]) -> list[RepairItemInfo]:
        out = []
        for it in items:
            h = s.get(Handover, it.handover_id)
            assert h is not None
            deal = s.get(Deal, h.deal_id)
            assert deal is not None
            info = deal_infos(s, [deal])[0]
            out.append(_repair_info(it, deal, info.customer_name, info.unit_label))
        return out

    # --- queries ----------------------------------------------------------------------------

    def get(self, deal_id: int) -> DealInfo:
        with self._db.read() as s:
            d = s.get(Deal, deal_id)
            if d is None:
                raise NotFoundError("找不到交易（编号 {deal_id}）", values={"deal_id": deal_id})
            return deal_infos(s, [d])[0]

    def active_deal_for_unit(self, unit_id: int) -> DealInfo | None:
        with self._db.read() as s:
            d = active_deal(s, unit_id)
            return deal_infos(s, [d])[0] if d is not None else None

    def deals_for_customer(self, customer_id: int) -> list[DealInfo]:
        with self._db.read() as s:
            rows = list(s.scalars(select(Deal).where(Deal.customer_id == customer_id)
                                  .order_by(Deal.created_at.desc(), Deal.id.desc())))  # fmt: skip
            return deal_infos(s, rows)

    def list_deals(
        self, project_id: int, *, status: str | None = None, limit: int = 500, offset: int = 0
    ) -> list[DealInfo]:
        with self._db.read() as s:
            q = select(Deal).where(Deal.project_id == project_id)
            if status is not None:
                q = q.where(Deal.status == status)
            rows = list(s.scalars(q.order_by(Deal.id.desc()).limit(limit).offset(offset)))
            return deal_infos(s, rows)

    def timeline(self, customer_id: int) -> list[DealTimelineEntry]:
        """The deal steps and printed documents of a customer, newest first (互动档案)."""
        with self._db.read() as s:
            deals = list(s.scalars(select(Deal).where(Deal.customer_id == customer_id)))
            infos = {d.id: d for d in deal_infos(s, deals)}
            out: list[DealTimelineEntry] = []
            for d in deals:
                label = infos[d.id].unit_label
                if d.held_at:
                    until = (
                        f"，保留至 {d.hold_expires_at:%Y-%m-%d %H:%M}" if d.hold_expires_at else ""
                    )
                    out.append(
                        DealTimelineEntry(d.held_at, "held", "保留房源", f"{label}{until}", d.id)
                    )
                if d.status == DealStatus.EXPIRED and d.hold_expires_at:
                    out.append(DealTimelineEntry(d.hold_expires_at, "expired", "保留过期",
                                                 f"{label} 保留到期，房源已释放", d.id))  # fmt: skip
                if d.subscribed_at:
                    out.append(DealTimelineEntry(
                        d.subscribed_at, "subscribed", "认购",
                        f"{label}，成交价 {format_money(d.agreed_price)}，定金 {format_money(d.deposit)}",
                        d.id))  # fmt: skip
                if d.contracted_at:
                    out.append(DealTimelineEntry(d.contracted_at, "contracted", "签约",
                                                 f"{label}，合同编号 {d.contract_no}", d.id))  # fmt: skip
                if d.delivered_at:
                    out.append(DealTimelineEntry(d.delivered_at, "delivered", "交付",
                                                 f"{label} 已交付", d.id))  # fmt: skip
                if d.cancelled_at:
                    out.append(DealTimelineEntry(d.cancelled_at, "cancelled", "退订",
                                                 f"{label}，原因：{d.cancel_reason}", d.id))  # fmt: skip
            for doc in s.scalars(
                select(IssuedDocument).where(IssuedDocument.customer_id == customer_id)
            ):
                title = DOC_TITLES.get(doc.kind, doc.kind)
                extra = "（补打）" if doc.reprint_of_id else ""
                out.append(DealTimelineEntry(doc.issued_at, "document", f"打印{title}{extra}",
                                             doc.doc_no, doc.deal_id, doc.id))  # fmt: skip
                if doc.signed_at:
                    out.append(DealTimelineEntry(doc.signed_at, "document_signed", f"{title}已签字",
                                                 doc.doc_no, doc.deal_id, doc.id))  # fmt: skip
            out.sort(key=lambda e: e.at, reverse=True)
            return out

    # --- demo --------------------------------------------------------------------------------

    def seed_demo(self, project_id: int | None = None, seed: int = 1) -> DemoDealsResult:
        """Put deals at every stage into a demo office, with every form printed once.

        Call after ``salesdesk demo`` has made users, customers and units: it uses the
        project's consultants' visited customers and available units (and creates a small
        building with adverse factors when the project has no units). It makes holds,
        subscriptions (one with a manager-approved discount), contracts, a cancellation,
        a scheduled delivery, two handovers with inspection items (one with issues → open
        repair items) and, if the project has none, one customer transfer; then issues a
        purchase notice, delivery notice, handover form and transfer form so that each
        can be reprinted or printed again from the CLI.
        """
        return _seed_demo(self, project_id, random.Random(seed))


def _callback(s: Session, deal: Deal, event: str, at: dt.datetime, by: int | None) -> None:
    from app.services.follow_up_service import create_post_sale_callbacks

    create_post_sale_callbacks(s, deal, event, at, by_user_id=by)


def _handover_info(
    s: Session, h: Handover, deal: Deal, customer: Customer, label: str
) -> HandoverInfo:
    items = list(
        s.scalars(
            select(InspectionItem)
            .where(InspectionItem.handover_id == h.id)
            .order_by(InspectionItem.sort_order, InspectionItem.id)
        )
    )
    name = customer.name or "（未留姓名）"
    return HandoverInfo(
        id=h.id,
        deal_id=h.deal_id,
        handover_date=h.handover_date,
        water_reading=h.water_reading or "",
        electricity_reading=h.electricity_reading or "",
        gas_reading=h.gas_reading or "",
        keys=tuple((k, int(v)) for k, v in json.loads(h.keys_json or "{}").items()),
        contracted_area=h.contracted_area,
        measured_area=h.measured_area,
        unit_price=h.unit_price,
        area_adjustment=h.area_adjustment,
        inspection=tuple(
            InspectionInput(it.room, it.item, it.passed, it.issue_text or "", it.due_date)
            for it in items
        ),
        repairs=tuple(_repair_info(it, deal, name, label) for it in items if not it.passed),
    )


__all__ = ["DEFAULT_KEY_KINDS", "LOAN_STATUS_LABELS", "DealService", "load_settings"]


# --------------------------------------------------------------------------------- demo


def _seed_demo(svc: DealService, project_id: int | None, rng: random.Random) -> DemoDealsResult:
    from sqlalchemy import exists

    from app.domain.deals import InspectionInput as Item
    from app.models import AdverseFactor, Project, Transfer
    from app.services.auth_service import to_info
    from app.services.document_service import DocumentService

    db, clock = svc._db, svc._clock
    docs = DocumentService(db, clock)
    now = clock.now()
    today = now.date()
    with db.write() as s:
        project = (
            s.get(Project, project_id)
            if project_id is not None
            else s.scalar(select(Project).order_by(Project.id).limit(1))
        )
        if project is None:
            raise ValidationError("请先运行 salesdesk demo 生成演示数据")
        users = list(s.scalars(select(User).where(User.project_id == project.id,
                                                  User.active.is_(True)).order_by(User.id)))  # fmt: skip
        by_role: dict[str, list[User]] = {}
        for u in users:
            by_role.setdefault(u.role, []).append(u)
        if not by_role.get(Role.MANAGER) or not by_role.get(Role.CONSULTANT):
            raise ValidationError("演示数据缺少销售经理或置业顾问，请先运行 salesdesk demo")
        manager = to_info(by_role[Role.MANAGER][0])
        service = to_info((by_role.get(Role.SERVICE) or by_role[Role.MANAGER])[0])
        consultants = {u.id: to_info(u) for u in by_role[Role.CONSULTANT]}
        cands = list(
            s.scalars(
                select(Customer)
                .where(
                    Customer.project_id == project.id,
                    Customer.stage == Stage.VISITED.value,
                    Customer.owner_id.in_(list(consultants)),
                    Customer.anonymized_at.is_(None),
                    Customer.name.is_not(None),
                    ~exists().where(Deal.customer_id == Customer.id),
                )
                .order_by(Customer.id)
                .limit(500)
            )
        )
        if len(cands) < 9:
            raise ValidationError("演示数据中可用的来访客户不足，请先运行 salesdesk demo")
        units = list(
            s.scalars(
                select(Unit)
                .join(Building, Building.id == Unit.building_id)
                .where(Building.project_id == project.id, Unit.status == UnitStatus.AVAILABLE.value)
                .order_by(Unit.id)
                .limit(500)
            )
        )
        if len(units) < 5:
            b = Building(project_id=project.id, name="演示9号楼", floors=6,
                         delivery_date=today, delivery_place="售楼处二楼交付中心")  # fmt: skip
            s.add(b)
            s.flush()
            for floor in range(1, 7):
                for pos, (layout, area) in enumerate((("三室两厅两卫", "118.50"),
                                                      ("两室两厅一卫", "89.20")), 1):  # fmt: skip
                    s.add(Unit(building_id=b.id, unit_no="1", floor=floor, room_no=f"{floor}0{pos}",
                               layout=layout, building_area=Decimal(area),
                               inner_area=(Decimal(area) * Decimal("0.8")).quantize(Decimal("0.01")),
                               orientation="南北通透" if pos == 1 else "南",
                               list_price=Decimal(area) * 21000,
                               status=UnitStatus.AVAILABLE.value))  # fmt: skip
            s.add(AdverseFactor(project_id=project.id, building_id=b.id, title="紧邻小区垃圾站",
                                direction="东", distance_m=30, sort_order=900,
                                impact="本楼栋东侧约 30 米为小区垃圾收集站，夏季可能有异味。"))  # fmt: skip
            s.flush()
            units = list(s.scalars(select(Unit).where(Unit.building_id == b.id)))
        picked = rng.sample(cands, 9)
        unit_ids = [u.id for u in rng.sample(units, 5)]
        owners = {c.id: consultants[c.owner_id] for c in picked if c.owner_id is not None}
        ids = [c.id for c in picked]

    counts: dict[str, int] = {}
    documents = 0

    def count(info: DealInfo) -> None:
        counts[info.status] = counts.get(info.status, 0) + 1

    # A: hold → notice → approved 2 % discount → subscription → contract → delivery.
    ca, ua = ids[0], unit_ids[0]
    held = svc.hold(ca, ua, actor=owners[ca], payment_method=PaymentMethod.COMMERCIAL_LOAN)
    disc = (held.list_price * Decimal("0.02")).quantize(Decimal("100"))
    notice = docs.issue_purchase_notice(ca, ua, actor=owners[ca])
    docs.mark_signed(notice.id, actor=owners[ca])
    svc.approve_discount(ca, ua, disc, approver=manager, requested_by=owners[ca].id,
                         note="老带新客户，经理现场审批")  # fmt: skip
    deal_a = svc.active_deal_for_unit(ua)
    assert deal_a is not None
    svc.subscribe(ca, ua, actor=owners[ca], deposit=Decimal("50000"),
                  agreed_price=deal_a.list_price - disc)  # fmt: skip
    svc.contract(deal_a.id, actor=owners[ca], contract_no=f"DEMO-HT-{deal_a.id:05d}",
                 payment_method=PaymentMethod.COMMERCIAL_LOAN, loan_status="approved")  # fmt: skip
    svc.schedule_delivery(deal_a.id, today, actor=service)
    docs.issue_delivery_notice(deal_a.id, actor=service)
    with db.read() as s:
        area = s.get(Unit, ua).building_area  # type: ignore[union-attr]
    rooms = ("客厅", "主卧", "次卧", "厨房", "卫生间")
    checks = ("墙面", "地面", "门窗")
    inspection = [Item(r, c, True) for r in rooms for c in checks]
    inspection[4] = Item(
        "主卧", "地面", False, "木地板两处起拱，需返修", today + dt.timedelta(days=15)
    )
    inspection[14] = Item("卫生间", "门窗", False, "窗户密封条脱落", today + dt.timedelta(days=7))
    svc.deliver(
        deal_a.id,
        HandoverInput(
            handover_date=today,
            measured_area=area + Decimal("0.37"),
            water_reading="00012.5",
            electricity_reading="000086.2",
            gas_reading="0003.1",
            keys=(("入户门钥匙", 3), ("门禁卡", 2), ("信报箱钥匙", 1)),
            inspection=tuple(inspection),
        ),
        actor=service,
    )
    docs.issue_handover_form(deal_a.id, actor=service)
    count(svc.get(deal_a.id))
    documents += 3

    # B: notice → subscription → cancellation (退订).
    cb, ub = ids[1], unit_ids[1]
    docs.issue_purchase_notice(cb, ub, actor=owners[cb])
    with db.read() as s:
        price_b = s.get(Unit, ub).list_price  # type: ignore[union-attr]
    sub_b = svc.subscribe(cb, ub, actor=owners[cb], deposit=Decimal("20000"), agreed_price=price_b)
    count(svc.cancel(sub_b.id, "客户家庭资金安排变化，申请退订", actor=owners[cb]))
    documents += 1

    # C: a hold only; D: a subscription; E: a contract with a delivery notice.
    cc, uc = ids[2], unit_ids[2]
    count(svc.hold(cc, uc, actor=owners[cc]))
    cd, ud = ids[3], unit_ids[3]
    docs.issue_purchase_notice(cd, ud, actor=owners[cd])
    with db.read() as s:
        price_d = s.get(Unit, ud).list_price  # type: ignore[union-attr]
    count(svc.subscribe(cd, ud, actor=owners[cd], deposit=Decimal("30000"),
                        agreed_price=price_d - Decimal("1000"),
                        payment_method=PaymentMethod.FUND_LOAN))  # fmt: skip
    ce, ue = ids[4], unit_ids[4]
    docs.issue_purchase_notice(ce, ue, actor=owners[ce])
    with db.read() as s:
        price_e = s.get(Unit, ue).list_price  # type: ignore[union-attr]
    sub_e = svc.subscribe(ce, ue, actor=owners[ce], deposit=Decimal("50000"), agreed_price=price_e)
    svc.contract(sub_e.id, actor=owners[ce], contract_no=f"DEMO-HT-{sub_e.id:05d}",
                 payment_method=PaymentMethod.FULL)  # fmt: skip
    svc.schedule_delivery(sub_e.id, today + dt.timedelta(days=10), actor=service)
    notice_e = docs.issue_delivery_notice(sub_e.id, actor=service)
    docs.reprint(notice_e.id, actor=service)
    count(svc.get(sub_e.id))
    documents += 4

    # A customer transfer (客户移交) when the demo has none: four customers move.
    with db.read() as s:
        transfer_id = s.scalar(select(Transfer.id).order_by(Transfer.id).limit(1))
        first = s.get(Customer, ids[5])
        assert first is not None
        from_id = first.owner_id
        movers = list(s.scalars(select(Customer.id).where(Customer.id.in_(ids[5:]),
                                                          Customer.owner_id == from_id)))  # fmt: skip
    if transfer_id is None and from_id is not None and len(consultants) >= 2:
        from app.services.transfer_service import TransferService

        to_id = next(u for u in consultants if u != from_id)
        result = TransferService(db, clock).transfer(
            manager, from_id, movers, [to_id], "演示：置业顾问调岗，名下部分客户移交给其他顾问跟进"
        )
        transfer_id = result.transfer_id
    if transfer_id is not None:
        docs.issue_transfer_form(transfer_id, actor=manager)
        documents += 1
    with db.read() as s:
        handovers = int(s.scalar(select(func.count()).select_from(Handover)) or 0)
    return DemoDealsResult(deals_by_status=counts, documents=documents, handovers=handovers,
                           transfer_id=transfer_id)  # fmt: skip
