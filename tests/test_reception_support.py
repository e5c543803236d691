"""Helpers for the reception, rotation and customer tests: an office with a manager,
reception, three consultants and a customer-service user, and a quick registration form."""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from app.domain.customer import RegistrationForm
from app.domain.enums import Role
from app.domain.models import UserInfo
from app.models import User
from app.services.auth_service import to_info
from app.services.container import Services


@dataclass
class Office:
    project_id: int
    manager: UserInfo
    reception: UserInfo
    a: UserInfo
    b: UserInfo
    c: UserInfo
    service: UserInfo
    admin: UserInfo


def _user(services: Services, username: str, name: str, role: Role, pid: int) -> UserInfo:
    with services.db.write() as s:
        u = User(username=username, display_name=name, role=role.value, password_hash="x",
                 project_id=pid, active=True, failed_attempts=0,
                 created_at=services.clock.now())  # fmt: skip
        s.add(u)
        s.flush()
        return to_info(u)


def make_office(services: Services) -> Office:
    pid = services.projects.ensure_default("测试楼盘").id
    return Office(
        project_id=pid,
        manager=_user(services, "jl", "经理", Role.MANAGER, pid),
        reception=_user(services, "qt", "前台", Role.RECEPTION, pid),
        a=_user(services, "a", "王芳", Role.CONSULTANT, pid),
        b=_user(services, "b", "李强", Role.CONSULTANT, pid),
        c=_user(services, "c", "赵敏", Role.CONSULTANT, pid),
        service=_user(services, "kf", "客服", Role.SERVICE, pid),
        admin=_user(services, "gly", "管理员", Role.ADMIN, pid),
    )


def form(phone: str, consultant_id: int | None, **kw: object) -> RegistrationForm:
    """A complete walk-in registration (every default required field filled in)."""
    base = RegistrationForm(
        phone=phone,
        name="张三",
        gender="M",
        party_size=2,
        channel="walk_in",
        consultant_id=consultant_id,
        consent_basic=True,
        wanted_area_min=Decimal("89"),
        wanted_area_max=Decimal("120"),
        wanted_layout="三室两厅",
    )
    return replace(base, **kw)  # type: ignore[arg-type]
