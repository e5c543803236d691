"""Helpers shared by the follow-up, pool, transfer and reminder service tests: an office
with a manager, consultants and a customer-service user, and customers inserted directly
(the customer services are another issue's)."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import insert, select

from app.domain.enums import Role, Stage, UnitStatus
from app.domain.models import UserInfo
from app.models import Building, Customer, Unit, User
from app.services.auth_service import to_info
from app.services.container import Services

_phone_seq = iter(range(10_000_000, 99_999_999))


@dataclass
class Office:
    project_id: int
    manager: UserInfo
    consultants: list[UserInfo]
    service: UserInfo
    reception: UserInfo

    @property
    def c1(self) -> UserInfo:
        return self.consultants[0]

    @property
    def c2(self) -> UserInfo:
        return self.consultants[1]


def add_user(services: Services, username: str, role: Role, project_id: int) -> UserInfo:
    with services.db.write() as s:
        u = User(
            username=username,
            display_name=username.upper(),
            role=role.value,
            password_hash="x",
            project_id=project_id,
            active=True,
            failed_attempts=0,
            created_at=services.clock.now(),
        )
        s.add(u)
        s.flush()
        return to_info(u)


def make_office(services: Services, consultants: int = 3) -> Office:
    project = services.projects.ensure_default("测试楼盘")
    pid = project.id
    return Office(
        project_id=pid,
        manager=add_user(services, "manager", Role.MANAGER, pid),
        consultants=[
            add_user(services, f"c{i + 1}", Role.CONSULTANT, pid) for i in range(consultants)
        ],
        service=add_user(services, "service", Role.SERVICE, pid),
        reception=add_user(services, "reception", Role.RECEPTION, pid),
    )


def next_phone() -> str:
    return f"+86138{next(_phone_seq)}"


def customer_row(project_id: int, now: dt.datetime, **fields: Any) -> dict[str, Any]:
    """A complete ``customers`` row for a Core insert (defaults: a visited customer)."""
    row: dict[str, Any] = {
        "project_id": project_id,
        "name": "客户",
        "pinyin_initials": "kh",
        "pinyin_full": "kehu",
        "phone": next_phone(),
        "consent_basic": True,
        "consent_resident_id": False,
        "consent_marketing": False,
        "asked_price": False,
        "deposit_intent": False,
        "registration_complete": True,
        "locked": False,
        "in_public_pool": False,
        "stage": Stage.VISITED.value,
        "visit_count": 1,
        "created_at": now,
        "updated_at": now,
    }
    row.update(fields)
    return row


def add_customer(services: Services, office: Office, **fields: Any) -> int:
    now = services.clock.now()
    with services.db.write() as s:
        c = Customer(**customer_row(office.project_id, now, **fields))
        s.add(c)
        s.flush()
        return c.id


def bulk_customers(services: Services, rows: list[dict[str, Any]]) -> list[int]:
    """Core executemany insert; returns the new ids in insertion order."""
    with services.db.write() as s:
        before = s.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0
        s.execute(insert(Customer.__table__), rows)
        return list(
            s.scalars(select(Customer.id).where(Customer.id > before).order_by(Customer.id))
        )


def get_customer(services: Services, customer_id: int) -> Customer:
    with services.db.read() as s:
        c = s.get(Customer, customer_id)
        assert c is not None
        s.expunge(c)
        return c


def add_units(services: Services, office: Office, units: list[tuple[str, str, str, str]]) -> None:
    """(layout, building_area, list_price, status) per unit."""
    with services.db.write() as s:
        b = s.scalar(select(Building).where(Building.project_id == office.project_id))
        if b is None:
            b = Building(project_id=office.project_id, name="1号楼", floors=30)
            s.add(b)
            s.flush()
        first = len(s.scalars(select(Unit.id).where(Unit.building_id == b.id)).all())
        for i, (layout, area, price, status) in enumerate(units, start=first):
            s.add(
                Unit(
                    building_id=b.id, unit_no="1", floor=i + 1, room_no=f"{i + 1:02d}01",
                    layout=layout, building_area=Decimal(area), inner_area=Decimal(area) * Decimal("0.8"),
                    orientation="南", list_price=Decimal(price), status=status,
                )
            )  # fmt: skip


def test_office_helpers(services: Services) -> None:
    office = make_office(services, consultants=2)
    cid = add_customer(services, office, owner_id=office.c1.id)
    assert get_customer(services, cid).owner_id == office.c1.id
    add_units(services, office, [("三室两厅", "100", "1000000", UnitStatus.AVAILABLE.value)])
