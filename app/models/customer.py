"""Customers (客户档案), their phones, related persons and consent records."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Area, Base, BigId, IdMixin, Money


class Customer(IdMixin, Base):
    __tablename__ = "customers"
    __table_args__ = (
        UniqueConstraint("project_id", "phone"),
        Index("ix_customers_project_alt_phone", "project_id", "alt_phone"),
        # "My day" and the lapse job read only these columns: a covering index.
        Index(
            "ix_customers_owner_day",
            "owner_id",
            "next_follow_up_date",
            "stage",
            "protected_until",
            "locked",
            "consent_marketing",
            "birthday",
            "anonymized_at",
        ),
        Index("ix_customers_project_stage", "project_id", "stage"),
        Index("ix_customers_project_created", "project_id", "created_at"),
        Index("ix_customers_project_grade", "project_id", "grade"),
        Index("ix_customers_project_pool", "project_id", "in_public_pool"),
        Index("ix_customers_protected_until", "protected_until"),
        Index("ix_customers_pinyin_initials", "pinyin_initials"),
        Index("ix_customers_name", "name"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    # --- identity (SPEC §4) ---
    name: Mapped[str | None] = mapped_column(String(64))
    pinyin_initials: Mapped[str] = mapped_column(String(32), default="")
    pinyin_full: Mapped[str] = mapped_column(String(128), default="")
    gender: Mapped[str | None] = mapped_column(String(1))
    age_band: Mapped[str | None] = mapped_column(String(16))
    phone: Mapped[str | None] = mapped_column(String(20))
    alt_phone: Mapped[str | None] = mapped_column(String(20))
    occupation: Mapped[str | None] = mapped_column(String(64))
    home_district: Mapped[str | None] = mapped_column(String(64))
    work_district: Mapped[str | None] = mapped_column(String(64))
    family_structure: Mapped[str | None] = mapped_column(String(64))
    birthday: Mapped[dt.date | None] = mapped_column(Date)
    resident_id: Mapped[str | None] = mapped_column(String(18))
    # --- consent (PIPL) ---
    consent_basic: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_basic_at: Mapped[dt.datetime | None]
    consent_notice_version: Mapped[str | None] = mapped_column(String(16))
    consent_resident_id: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_resident_id_at: Mapped[dt.datetime | None]
    consent_marketing: Mapped[bool] = mapped_column(Boolean, default=False)
    consent_marketing_at: Mapped[dt.datetime | None]
    # --- origin ---
    channel: Mapped[str | None] = mapped_column(String(16))
    referrer_customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    # --- purchase needs ---
    budget_total: Mapped[Decimal | None] = mapped_column(Money)
    budget_down_payment: Mapped[Decimal | None] = mapped_column(Money)
    wanted_layout: Mapped[str | None] = mapped_column(String(32))
    wanted_area_min: Mapped[Decimal | None] = mapped_column(Area)
    wanted_area_max: Mapped[Decimal | None] = mapped_column(Area)
    floor_preference: Mapped[str | None] = mapped_column(String(32))
    orientation: Mapped[str | None] = mapped_column(String(16))
    decoration: Mapped[str | None] = mapped_column(String(16))
    purpose: Mapped[str | None] = mapped_column(String(16))
    payment_method: Mapped[str | None] = mapped_column(String(16))
    desired_delivery: Mapped[str | None] = mapped_column(String(32))
    #: Comma-separated codes: price,location,school,transport,amenities,brand,layout.
    focus_points: Mapped[str | None] = mapped_column(String(128))
    objections: Mapped[str | None] = mapped_column(Text)
    competing_projects: Mapped[str | None] = mapped_column(Text)
    decision_months: Mapped[int | None] = mapped_column(Integer)
    asked_price: Mapped[bool] = mapped_column(Boolean, default=False)
    deposit_intent: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)
    # --- ownership, grade, stage ---
    owner_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    owner_since: Mapped[dt.datetime | None]
    registration_complete: Mapped[bool] = mapped_column(Boolean, default=False)
    registered_at: Mapped[dt.datetime | None]
    protected_until: Mapped[dt.datetime | None]
    locked: Mapped[bool] = mapped_column(Boolean, default=False)
    in_public_pool: Mapped[bool] = mapped_column(Boolean, default=False)
    grade: Mapped[str | None] = mapped_column(String(1))
    stage: Mapped[str] = mapped_column(String(16))
    lost_reason: Mapped[str | None] = mapped_column(Text)
    visit_count: Mapped[int] = mapped_column(Integer, default=0)
    first_visit_at: Mapped[dt.datetime | None]
    last_visit_at: Mapped[dt.datetime | None]
    last_effective_follow_up_at: Mapped[dt.datetime | None]
    next_follow_up_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[dt.datetime]
    updated_at: Mapped[dt.datetime]
    anonymized_at: Mapped[dt.datetime | None]


class CustomerPhone(IdMixin, Base):
    """Every phone known in a project, whoever it belongs to: the 判客 lookup key.

    The unique constraint makes two reception PCs registering the same new phone at the
    same moment end with one customer, and keeps a phone from belonging to two people.
    """

    __tablename__ = "customer_phones"
    __table_args__ = (
        UniqueConstraint("project_id", "phone"),
        Index("ix_customer_phones_customer", "customer_id"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    phone: Mapped[str] = mapped_column(String(20))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(16))  # primary / alternate / related
    related_person_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("related_persons.id"))


class RelatedPerson(IdMixin, Base):
    """A family member who came along or later; their phone identifies the same customer."""

    __tablename__ = "related_persons"
    __table_args__ = (Index("ix_related_persons_customer", "customer_id"),)

    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    name: Mapped[str | None] = mapped_column(String(64))
    relation: Mapped[str] = mapped_column(String(16))  # spouse / parent / child / other
    phone: Mapped[str | None] = mapped_column(String(20))
    created_at: Mapped[dt.datetime]


class ConsentRecord(IdMixin, Base):
    """Each grant or withdrawal of consent, with the notice version it was given under."""

    __tablename__ = "consent_records"
    __table_args__ = (Index("ix_consent_records_customer", "customer_id"),)

    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    purpose: Mapped[str] = mapped_column(String(16))
    granted: Mapped[bool] = mapped_column(Boolean)
    notice_version: Mapped[str] = mapped_column(String(16))
    at: Mapped[dt.datetime]
    recorded_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
