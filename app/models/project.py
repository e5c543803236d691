"""Projects (楼盘), users and settings."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, BigId, IdMixin


class Project(IdMixin, Base):
    __tablename__ = "projects"

    name: Mapped[str] = mapped_column(String(100))
    developer: Mapped[str] = mapped_column(String(200), default="")
    address: Mapped[str] = mapped_column(String(300), default="")
    sales_office_phone: Mapped[str] = mapped_column(String(40), default="")
    #: 五证 status, one line per certificate ("国有土地使用证：已取得 ...").
    five_certificates: Mapped[str] = mapped_column(Text, default="")
    parking_info: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[dt.datetime]


class User(IdMixin, Base):
    __tablename__ = "users"

    username: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(64))
    role: Mapped[str] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(255))
    project_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("projects.id"))
    phone: Mapped[str | None] = mapped_column(String(32))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_attempts: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[dt.datetime | None]
    last_login_at: Mapped[dt.datetime | None]
    created_at: Mapped[dt.datetime]
    deactivated_at: Mapped[dt.datetime | None]


class Setting(Base):
    """One typed setting (``app.domain.settings.AppSettings``) per row, value as JSON."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(String(64), primary_key=True)
    value: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[dt.datetime]
    updated_by: Mapped[int | None] = mapped_column(BigId, ForeignKey("users.id"))
