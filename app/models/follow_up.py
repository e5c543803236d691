"""Follow-ups (跟进), grade history and ownership history (判客/公共池/移交)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, Date, ForeignKey, Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, IdMixin


class FollowUp(IdMixin, Base):
    """A planned or completed follow-up; callbacks and "introduce new consultant" tasks too."""

    __tablename__ = "follow_ups"
    __table_args__ = (
        Index("ix_follow_ups_customer", "customer_id", "created_at"),
        Index("ix_follow_ups_assignee_due", "assignee_id", "due_date"),
        # Open tasks only: overdue callbacks per person for the reports (migration 0006).
        Index(
            "ix_follow_ups_open_tasks",
            "assignee_id",
            "due_date",
            "kind",
            sqlite_where=text("done_at IS NULL"),
            postgresql_where=text("done_at IS NULL"),
        ),
    )

    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    assignee_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    kind: Mapped[str] = mapped_column(String(24))  # FollowUpKind
    due_date: Mapped[dt.date | None] = mapped_column(Date)
    done_at: Mapped[dt.datetime | None]
    channel: Mapped[str | None] = mapped_column(String(16))
    content: Mapped[str | None] = mapped_column(Text)
    outcome: Mapped[str | None] = mapped_column(Text)
    reached: Mapped[bool | None] = mapped_column(Boolean)
    next_date: Mapped[dt.date | None] = mapped_column(Date)
    deal_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("deals.id"))
    created_at: Mapped[dt.datetime]
    created_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))


class GradeChange(IdMixin, Base):
    __tablename__ = "grade_changes"
    __table_args__ = (Index("ix_grade_changes_customer", "customer_id", "at"),)

    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    old_grade: Mapped[str | None] = mapped_column(String(1))
    new_grade: Mapped[str] = mapped_column(String(1))
    suggested_grade: Mapped[str | None] = mapped_column(String(1))
    reason: Mapped[str | None] = mapped_column(Text)
    by_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    at: Mapped[dt.datetime]


class Transfer(IdMixin, Base):
    """One 客户移交: a batch of customers moved from a consultant to successors."""

    __tablename__ = "transfers"

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    from_user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    reason: Mapped[str] = mapped_column(Text)
    by_user_id: Mapped[int] = mapped_column(BigId, ForeignKey("users.id"))
    at: Mapped[dt.datetime]
    deactivated_user: Mapped[bool] = mapped_column(Boolean, default=False)


class OwnershipEvent(IdMixin, Base):
    """Register, claim, release, lapse, transfer, override, lock: who owned whom, when, why."""

    __tablename__ = "ownership_events"
    __table_args__ = (
        Index("ix_ownership_events_customer", "customer_id", "at"),
        Index("ix_ownership_events_to_user_at", "to_user_id", "kind", "at"),
        Index("ix_ownership_events_transfer", "transfer_id"),
    )

    customer_id: Mapped[int] = mapped_column(BigId, ForeignKey("customers.id"))
    kind: Mapped[str] = mapped_column(String(16))  # OwnershipEventKind
    from_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    to_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    reason: Mapped[str | None] = mapped_column(Text)
    by_user_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    transfer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("transfers.id"))
    at: Mapped[dt.datetime]
