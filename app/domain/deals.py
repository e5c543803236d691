"""Deals (认购 / 签约 / 退订 / 交付): data, pure rules and the errors a user can act on."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal

from app.domain.enums import DealStatus, Role, Stage
from app.domain.errors import ConflictError, DomainError, PermissionDenied
from app.domain.models import UserInfo

CENT = Decimal("0.01")

DEAL_STATUS_LABELS: dict[str, str] = {
    DealStatus.HELD: "保留",
    DealStatus.SUBSCRIBED: "认购",
    DealStatus.CONTRACTED: "签约",
    DealStatus.DELIVERED: "交付",
    DealStatus.CANCELLED: "退订",
    DealStatus.EXPIRED: "保留过期",
}

#: 面积误差比 beyond which the contract's special terms apply (商品房销售管理办法 第二十条).
AREA_ERROR_LIMIT_PERCENT = Decimal("3")

DEFAULT_WHAT_TO_BRING: tuple[str, ...] = (
    "本交付通知书",
    "购房人身份证原件（委托办理的，另带经公证的委托书及受托人身份证原件）",
    "《商品房买卖合同》原件",
    "购房款及各项费用的付款凭证",
)

DEFAULT_KEY_KINDS: tuple[str, ...] = ("入户门钥匙", "门禁卡", "信报箱钥匙", "电表箱钥匙")

#: Loan status codes (``deals.loan_status``; NULL for a full payment) and their labels.
LOAN_STATUS_LABELS: dict[str, str] = {
    "pending": "审批中",
    "approved": "已批贷",
    "disbursed": "已放款",
    "rejected": "未获批",
}


# ----------------------------------------------------------------------------------- errors


class UnitUnavailableError(ConflictError):
    """The unit is already held, subscribed, contracted or delivered (一房多卖 refused)."""


class PurchaseNoticeRequiredError(DomainError):
    """The purchase notice (购房告知书) was not issued for this customer and unit."""


class DiscountApprovalRequiredError(PermissionDenied):
    """The discount is above the setting and no manager approved it."""


class DealStateError(DomainError):
    """The step does not fit the deal's status (e.g. contracting a cancelled deal)."""


# ------------------------------------------------------------------------------ dataclasses


@dataclass(frozen=True, slots=True)
class DealInfo:
    id: int
    project_id: int
    customer_id: int
    customer_name: str
    unit_id: int
    unit_label: str
    consultant_id: int | None
    consultant_name: str | None
    status: str  # DealStatus code
    held_at: dt.datetime | None
    hold_expires_at: dt.datetime | None
    list_price: Decimal
    agreed_price: Decimal | None
    discount: Decimal | None
    deposit: Decimal | None
    deposit_date: dt.date | None
    subscribed_at: dt.datetime | None
    contract_no: str | None
    contracted_at: dt.datetime | None
    payment_method: str | None
    loan_status: str | None
    personalised_changes: str | None
    cancelled_at: dt.datetime | None
    cancel_reason: str | None
    delivery_date: dt.date | None
    delivered_at: dt.datetime | None
    created_at: dt.datetime
    discount_approval_id: int | None = None

    @property
    def status_label(self) -> str:
        return DEAL_STATUS_LABELS[self.status]

    @property
    def is_active(self) -> bool:
        return self.status in (
            DealStatus.HELD,
            DealStatus.SUBSCRIBED,
            DealStatus.CONTRACTED,
            DealStatus.DELIVERED,
        )


@dataclass(frozen=True, slots=True)
class DiscountApprovalInfo:
    id: int
    customer_id: int
    unit_id: int
    deal_id: int | None
    discount: Decimal
    requested_by: int
    requested_at: dt.datetime
    approver_id: int | None
    approver_name: str | None
    decided_at: dt.datetime | None
    decision: str  # pending / approved / rejected
    note: str | None


@dataclass(frozen=True, slots=True)
class InspectionInput:
    room: str
    item: str
    passed: bool
    issue_text: str = ""
    #: When the repair of an issue is due; None: no date promised.
    due_date: dt.date | None = None


@dataclass(frozen=True, slots=True)
class HandoverInput:
    """What the customer-service officer records at the handover (交付验收 / 钥匙交接)."""

    handover_date: dt.date
    measured_area: Decimal
    water_reading: str = ""
    electricity_reading: str = ""
    gas_reading: str = ""
    keys: tuple[tuple[str, int], ...] = ()
    inspection: tuple[InspectionInput, ...] = ()


@dataclass(frozen=True, slots=True)
class RepairItemInfo:
    """An inspection item that found an issue, tracked until closed (维修单)."""

    id: int
    handover_id: int
    deal_id: int
    customer_id: int
    customer_name: str
    unit_label: str
    room: str
    item: str
    issue_text: str
    status: str  # open / closed
    due_date: dt.date | None
    closed_at: dt.datetime | None


@dataclass(frozen=True, slots=True)
class HandoverInfo:
    id: int
    deal_id: int
    handover_date: dt.date
    water_reading: str
    electricity_reading: str
    gas_reading: str
    keys: tuple[tuple[str, int], ...]
    contracted_area: Decimal
    measured_area: Decimal
    unit_price: Decimal
    area_adjustment: Decimal
    inspection: tuple[InspectionInput, ...]
    repairs: tuple[RepairItemInfo, ...]


@dataclass(frozen=True, slots=True)
class DealTimelineEntry:
    """One line on the customer's timeline (互动档案) from deals and printed documents."""

    at: dt.datetime
    kind: str  # held / subscribed / contracted / cancelled / expired / delivered / document
    title: str
    detail: str
    deal_id: int | None
    document_id: int | None = None


@dataclass(frozen=True, slots=True)
class DemoDealsResult:
    deals_by_status: dict[str, int]
    documents: int
    handovers: int
    transfer_id: int | None


# ------------------------------------------------------------------------------------ rules


def discount_of(list_price: Decimal, agreed_price: Decimal) -> Decimal:
    return (Decimal(list_price) - Decimal(agreed_price)).quantize(CENT)


def discount_limit(list_price: Decimal, percent: float) -> Decimal:
    """The largest discount a consultant may give without approval, to the fen (rounded down)."""
    return (Decimal(list_price) * Decimal(str(percent)) / 100).quantize(CENT, rounding="ROUND_DOWN")


def discount_needs_approval(list_price: Decimal, agreed_price: Decimal, percent: float) -> bool:
    """A discount *beyond* ``percent`` % of the list price needs a manager (SPEC §6)."""
    return discount_of(list_price, agreed_price) > discount_limit(list_price, percent)


def contract_unit_price(agreed_price: Decimal, contracted_area: Decimal) -> Decimal:
    """合同单价: the agreed total over the contracted building area, to the fen."""
    if not contracted_area:
        return Decimal("0.00")
    return (Decimal(agreed_price) / Decimal(contracted_area)).quantize(CENT, ROUND_HALF_UP)


def area_adjustment(contracted: Decimal, measured: Decimal, unit_price: Decimal) -> Decimal:
    """面积补差 = (measured − contracted) × unit price; positive: the owner pays."""
    return ((Decimal(measured) - Decimal(contracted)) * Decimal(unit_price)).quantize(
        CENT, ROUND_HALF_UP
    )


def stage_after(current: str, status: str) -> str:
    """The customer's stage once a deal reaches ``status``; never moves an owner back."""
    if current == Stage.OWNER:
        return current
    mapping = {
        DealStatus.SUBSCRIBED: Stage.SUBSCRIBED,
        DealStatus.CONTRACTED: Stage.CONTRACTED,
        DealStatus.DELIVERED: Stage.DELIVERED,
    }
    target = mapping.get(DealStatus(status))
    return target.value if target is not None else current


def may_sell(actor: UserInfo, customer_owner_id: int | None) -> bool:
    """Hold, subscribe, contract: the customer's own consultant, or a manager."""
    if actor.role is Role.MANAGER:
        return True
    return actor.role is Role.CONSULTANT and customer_owner_id == actor.id


def may_deliver(actor: UserInfo) -> bool:
    return actor.role in (Role.SERVICE, Role.MANAGER)


def may_approve_discount(actor: UserInfo) -> bool:
    return actor.role is Role.MANAGER
