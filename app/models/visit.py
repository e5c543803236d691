"""Visits (来访) and the reception rotation queue (接待轮序)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, IdMixin


class Visit(IdMixin, Base):
    __tablename__ = "visits"
    __table_args__ = (
        Index("ix_visits_customer_arrived", "customer_id", "arrived_at"),
        # Covers what the reports group visits by (migration 0006).
        Index(
            "ix_visits_project_arrived_cover",
            "project_id",
            "arrived_at",
            "kind",
            "consultant_id",
            "customer_id",
        ),
        Index("ix_visits_consultant_arrived", "consultant_id", "arrived_at"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    registered_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    arrived_at: Mapped[dt.datetime]
    left_at: Mapped[dt.datetime | None]
    duration_minutes: Mapped[int | None] = mapped_column(Integer)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    channel: Mapped[str | None] = mapped_column(String(16))
    kind: Mapped[str] = mapped_column(String(16))  # VisitKind
    consumed_turn: Mapped[bool] = mapped_column(Boolean, default=False)
    note: Mapped[str | None] = mapped_column(Text)


class RotationEntry(IdMixin, Base):
    """A consultant on duty on one day, and their place in the queue."""

    __tablename__ = "rotation_entries"
    __table_args__ = (UniqueConstraint("project_id", "day", "consultant_id"),)

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    consultant_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    position: Mapped[int] = mapped_column(Integer)
    status: Mapped[str] = mapped_column(String(8))  # RotationStatus
    make_up_turns: Mapped[int] = mapped_column(Integer, default=0)
    signed_in_at: Mapped[dt.datetime]


class RotationEvent(IdMixin, Base):
    """What happened in the queue, with the whole queue as it stood, for replaying disputes."""

    __tablename__ = "rotation_events"
    __table_args__ = (Index("ix_rotation_events_project_day", "project_id", "day"),)

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    day: Mapped[dt.date] = mapped_column(Date)
    at: Mapped[dt.datetime]
    kind: Mapped[str] = mapped_column(String(16))  # RotationEventKind
    consultant_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    visit_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("visits.id"))
    by_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    #: JSON list of {consultant_id, position, status, make_up_turns} at that moment.
    queue_snapshot: Mapped[str] = mapped_column(Text)
