"""Complaints (投诉) and satisfaction surveys (满意度)."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, IdMixin


class Complaint(IdMixin, Base):
    __tablename__ = "complaints"
    __table_args__ = (
        Index("ix_complaints_project_status", "project_id", "status"),
        Index("ix_complaints_customer", "customer_id"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    received_via: Mapped[str] = mapped_column(String(16))  # phone / visit / survey
    category: Mapped[str] = mapped_column(String(32))
    severity: Mapped[str] = mapped_column(String(16))
    description: Mapped[str] = mapped_column(Text)
    department: Mapped[str | None] = mapped_column(String(64))
    status: Mapped[str] = mapped_column(String(16))  # ComplaintStatus
    received_at: Mapped[dt.datetime]
    received_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    first_response_at: Mapped[dt.datetime | None]
    closed_at: Mapped[dt.datetime | None]
    resolution: Mapped[str | None] = mapped_column(Text)
    callback_at: Mapped[dt.datetime | None]
    callback_satisfied: Mapped[bool | None] = mapped_column(Boolean)
    key_point: Mapped[bool] = mapped_column(Boolean, default=False)


class Survey(IdMixin, Base):
    __tablename__ = "surveys"
    __table_args__ = (Index("ix_surveys_project_taken", "project_id", "taken_at"),)

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    customer_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("customers.id"))
    consultant_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
    stage: Mapped[str] = mapped_column(String(16))
    taken_at: Mapped[dt.datetime]
    score: Mapped[int] = mapped_column(Integer)
    passed: Mapped[bool] = mapped_column(Boolean)


class SurveyAnswer(IdMixin, Base):
    __tablename__ = "survey_answers"
    __table_args__ = (Index("ix_survey_answers_survey", "survey_id"),)

    survey_id: Mapped[int] = mapped_column(BigId, ForeignKey("surveys.id"))
    factor: Mapped[str] = mapped_column(String(32))
    level: Mapped[str] = mapped_column(String(24))  # SatisfactionLevel
    score: Mapped[int] = mapped_column(Integer)
