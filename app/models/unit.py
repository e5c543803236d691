"""Buildings, units (房源) and adverse factors (不利因素)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import Date, ForeignKey, Index, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Area, Base, BigId, IdMixin, Money


class Building(IdMixin, Base):
    __tablename__ = "buildings"
    __table_args__ = (UniqueConstraint("project_id", "name"),)

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    name: Mapped[str] = mapped_column(String(32))  # "1号楼"
    floors: Mapped[int] = mapped_column(Integer)
    delivery_date: Mapped[dt.date | None] = mapped_column(Date)
    delivery_place: Mapped[str | None] = mapped_column(String(200))


class Unit(IdMixin, Base):
    """One room (房号) of a building; ``unit_no`` is the 单元 (stairwell)."""

    __tablename__ = "units"
    __table_args__ = (
        UniqueConstraint("building_id", "unit_no", "room_no"),
        Index("ix_units_building_status", "building_id", "status"),
    )

    building_id: Mapped[int] = mapped_column(BigId, ForeignKey("buildings.id"))
    unit_no: Mapped[str] = mapped_column(String(8))
    floor: Mapped[int] = mapped_column(Integer)
    room_no: Mapped[str] = mapped_column(String(16))  # "1502"
    layout: Mapped[str] = mapped_column(String(32))  # "三室两厅两卫"
    building_area: Mapped[Decimal] = mapped_column(Area)
    inner_area: Mapped[Decimal] = mapped_column(Area)
    orientation: Mapped[str] = mapped_column(String(16))
    list_price: Mapped[Decimal] = mapped_column(Money)
    status: Mapped[str] = mapped_column(String(16))  # UnitStatus


class AdverseFactor(IdMixin, Base):
    """A fact the buyer must know and sign for; of the project (unit_id NULL) or of one unit."""

    __tablename__ = "adverse_factors"
    __table_args__ = (
        Index("ix_adverse_factors_project", "project_id"),
        Index("ix_adverse_factors_unit", "unit_id"),
    )

    project_id: Mapped[int] = mapped_column(BigId, ForeignKey("projects.id"))
    building_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("buildings.id"))
    unit_id: Mapped[int | None] = mapped_column(BigId, ForeignKey("units.id"))
    title: Mapped[str] = mapped_column(String(100))
    direction: Mapped[str | None] = mapped_column(String(16))  # 东/南/西/北/东南...
    distance_m: Mapped[int | None] = mapped_column(Integer)
    impact: Mapped[str] = mapped_column(Text)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
