"""Typed settings round-trip; money and areas are exact on every backend."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import select

from app.domain.settings import AppSettings
from app.models import Building, Project, Unit
from app.services.container import Services


def test_defaults_come_from_one_place(services: Services) -> None:
    s = services.settings.load()
    assert s == AppSettings()
    assert s.protection_days == 30 and s.lead_protection_days == 7
    assert s.grade_intervals_days == {"A": 2, "B": 5, "C": 14, "D": 30}
    assert s.max_active_customers == 200 and s.max_daily_claims == 10
    assert s.hold_hours == 48 and s.discount_approval_percent == 1.0


def test_settings_round_trip_and_only_changes_are_written(services: Services) -> None:
    s = services.settings.load()
    s.language = "en"
    s.grade_intervals_days = {**s.grade_intervals_days, "A": 3}
    assert sorted(services.settings.save(s)) == ["grade_intervals_days", "language"]
    again = services.settings.load()
    assert again.language == "en" and again.grade_intervals_days["A"] == 3
    assert services.settings.save(again) == []


def test_money_and_area_are_exact(services: Services) -> None:
    with services.db.write() as s:
        p = Project(name="p", developer="", address="", sales_office_phone="",
                    five_certificates="", parking_info="", created_at=dt.datetime(2026, 1, 1))  # fmt: skip
        s.add(p)
        s.flush()
        b = Building(project_id=p.id, name="1号楼", floors=18)
        s.add(b)
        s.flush()
        s.add(Unit(building_id=b.id, unit_no="1", floor=15, room_no="1502", layout="三室两厅两卫",
                   building_area=Decimal("128.37"), inner_area=Decimal("101.05"),
                   orientation="南北", list_price=Decimal("3456789.99"), status="available"))  # fmt: skip
    with services.db.read() as s:
        u = s.scalars(select(Unit)).one()
    assert u.building_area == Decimal("128.37")
    assert u.list_price == Decimal("3456789.99")
    assert u.list_price / u.building_area == Decimal("3456789.99") / Decimal("128.37")


def test_settings_changes_are_audited_and_restricted(services: Services) -> None:
    from app.domain.enums import Role
    from app.domain.errors import PermissionDenied
    from app.models import AuditEntry

    boss = services.auth.create_user("boss", "boss-pass", Role.MANAGER)
    desk = services.auth.create_user("desk", "desk-pass", Role.RECEPTION)
    s = services.settings.load()
    s.protection_days = 45
    with pytest.raises(PermissionDenied):
        services.settings.save(s, by_user_id=desk.id)
    assert services.settings.load().protection_days == 30
    assert services.settings.save(s, by_user_id=boss.id) == ["protection_days"]
    s.language = "en"
    assert services.settings.save(s, by_user_id=desk.id) == ["language"]
    with services.db.read() as session:
        rows = session.execute(
            select(AuditEntry.user_id, AuditEntry.detail)
            .where(AuditEntry.action == "settings_change")
            .order_by(AuditEntry.id)
        ).all()
    assert [(r.user_id, r.detail) for r in rows] == [
        (boss.id, "修改设置：protection_days"),
        (desk.id, "修改设置：language"),
    ]
