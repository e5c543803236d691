"""Issued documents (the PDF archive), handovers and their inspection items."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Area, Base, BigId, IdMixin, Money


class IssuedDocument(IdMixin, Base):
    """An archived PDF. Never regenerated in place: a reprint is a new row and number.

    Append-only (migration 0004's triggers): no delete; only signing is recorded, once.
    """

    __tablename__ = "issued_documents"
    __table_args__ = (
        Index("ix_issued_documents_customer", "customer_id"),
        Index("ix_issued_documents_deal", "deal_id"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    doc_no: Mapped[str] = mapped_column(String(32), unique=True)
    kind: Mapped[str] = mapped_column(String(24))  # DocumentKind
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    unit_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("units.id"))
    deal_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("deals.id"))
    transfer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("transfers.id"))
    reprint_of_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("issued_documents.id"))
    file_path: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    issued_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    issued_at: Mapped[dt.datetime]
    signed_at: Mapped[dt.datetime | None]
    signed_recorded_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    scan_path: Mapped[str | None] = mapped_column(Text)
    scan_sha256: Mapped[str | None] = mapped_column(String(64))
    #: JSON snapshot of the form's data (``app.domain.forms.to_json``), for exact reprints.
    payload_json: Mapped[str | None] = mapped_column(Text)


class Handover(IdMixin, Base):
    """交付验收 / 钥匙交接 of one deal, with the 面积补差."""

    __tablename__ = "handovers"

    deal_id: Mapped[int] = mapped_column(BigId, ForeignKey("deals.id"), unique=True)
    handover_date: Mapped[dt.date] = mapped_column(Date)
    water_reading: Mapped[str | None] = mapped_column(String(32))
    electricity_reading: Mapped[str | None] = mapped_column(String(32))
    gas_reading: Mapped[str | None] = mapped_column(String(32))
    #: JSON object: kind of key or card -> count, e.g. {"入户门钥匙": 3, "门禁卡": 2}.
    keys_json: Mapped[str] = mapped_column(Text, default="{}")
    contracted_area: Mapped[Decimal] = mapped_column(Area)
    measured_area: Mapped[Decimal] = mapped_column(Area)
    unit_price: Mapped[Decimal] = mapped_column(Money)
    #: Positive: the owner pays; negative: refunded to the owner.
    area_adjustment: Mapped[Decimal] = mapped_column(Money)
    created_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    created_at: Mapped[dt.datetime]


class InspectionItem(IdMixin, Base):
    """One line of the inspection checklist; an issue becomes a repair item until closed."""

    __tablename__ = "inspection_items"
    __table_args__ = (Index("ix_inspection_items_handover", "handover_id"),)

    handover_id: Mapped[int] = mapped_column(BigId, ForeignKey("handovers.id"))
    room: Mapped[str] = mapped_column(String(32))  # 客厅 / 主卧 / 厨房 ...
    item: Mapped[str] = mapped_column(String(64))  # 墙面 / 门窗 / 水电 ...
    passed: Mapped[bool] = mapped_column(Boolean)
    issue_text: Mapped[str | None] = mapped_column(Text)
    repair_status: Mapped[str | None] = mapped_column(String(16))  # open / closed
    repair_closed_at: Mapped[dt.datetime | None]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    due_date: Mapped[dt.date | None] = mapped_column(Date)
