"""Deals (认购/签约/退订/交付) and discount approvals (房价优惠审批)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.domain.enums import ACTIVE_DEAL_STATUSES
from app.models.base import Base, BigId, IdMixin, Money

_ACTIVE = "status IN (" + ", ".join(f"'{s}'" for s in ACTIVE_DEAL_STATUSES) + ")"


class Deal(IdMixin, Base):
    """A customer's hold, subscription, contract and delivery of one unit.

    The partial unique index means the database itself refuses a second active deal on
    a unit (一房多卖), whatever the UI does, on SQLite and PostgreSQL alike.
    """

    __tablename__ = "deals"
    __table_args__ = (
        Index(
            "uq_deals_active_unit",
            "unit_id",
            unique=True,
            sqlite_where=text(_ACTIVE),
            postgresql_where=text(_ACTIVE),
        ),
        Index("ix_deals_customer", "customer_id"),
        Index("ix_deals_project_status", "project_id", "status"),
        Index("ix_deals_consultant", "consultant_id"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    unit_id: Mapped[int] = mapped_column(BigId, ForeignKey("units.id"))
    consultant_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    status: Mapped[str] = mapped_column(String(16))  # DealStatus
    held_at: Mapped[dt.datetime | None]
    hold_expires_at: Mapped[dt.datetime | None]
    list_price: Mapped[Decimal] = mapped_column(Money)
    agreed_price: Mapped[Decimal | None] = mapped_column(Money)
    discount: Mapped[Decimal | None] = mapped_column(Money)
    deposit: Mapped[Decimal | None] = mapped_column(Money)
    deposit_date: Mapped[dt.date | None] = mapped_column(Date)
    subscribed_at: Mapped[dt.datetime | None]
    contract_no: Mapped[str | None] = mapped_column(String(64), unique=True)
    contracted_at: Mapped[dt.datetime | None]
    payment_method: Mapped[str | None] = mapped_column(String(16))
    loan_status: Mapped[str | None] = mapped_column(String(32))
    personalised_changes: Mapped[str | None] = mapped_column(Text)
    cancelled_at: Mapped[dt.datetime | None]
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    delivered_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    created_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))


class DiscountApproval(IdMixin, Base):
    __tablename__ = "discount_approvals"
    __table_args__ = (Index("ix_discount_approvals_deal", "deal_id"),)

    deal_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("deals.id"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    unit_id: Mapped[int] = mapped_column(BigId, ForeignKey("units.id"))
    discount: Mapped[Decimal] = mapped_column(Money)
    requested_by: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    requested_at: Mapped[dt.datetime]
    approver_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    decided_at: Mapped[dt.datetime | None]
    decision: Mapped[str] = mapped_column(String(16))  # pending / approved / rejected
    note: Mapped[str | None] = mapped_column(Text)
