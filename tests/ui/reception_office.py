"""A small sales office for the reception tests (接待台, 接待轮序): a manager, reception
and three consultants made with ``auth.create_user``, on ``Services`` with a fixed clock;
and a visit registered through the service, the history a test starts from."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from app.domain.clock import FixedClock
from app.domain.customer import RegistrationForm, RegistrationResult
from app.domain.enums import Channel, Gender, Role
from app.domain.models import UserInfo
from app.services.container import Services

PASSWORD = "secret-123"


@dataclass
class Office:
    services: Services
    clock: FixedClock
    manager: UserInfo
    reception: UserInfo
    a: UserInfo  # 王芳
    b: UserInfo  # 李强
    c: UserInfo  # 赵敏


def make_office(services: Services, clock: FixedClock) -> Office:
    pid = services.projects.ensure_default("滨江壹号院").id

    def user(username: str, role: Role, name: str) -> UserInfo:
        return services.auth.create_user(username, PASSWORD, role, name, pid)

    return Office(
        services=services,
        clock=clock,
        manager=user("jingli", Role.MANAGER, "孙建华"),
        reception=user("qiantai", Role.RECEPTION, "徐静"),
        a=user("guwen1", Role.CONSULTANT, "王芳"),
        b=user("guwen2", Role.CONSULTANT, "李强"),
        c=user("guwen3", Role.CONSULTANT, "赵敏"),
    )


def sign_in(office: Office, *people: UserInfo) -> None:
    for person in people:
        office.services.rotation.sign_in(office.reception, person.id)


def register(office: Office, phone: str, consultant: UserInfo, **kw: object) -> RegistrationResult:
    """A visit registered through the service (the history a test starts from)."""
    card = office.services.reception.lookup_phone(office.reception, phone)
    values: dict[str, object] = {
        "phone": phone,
        "name": "张三",
        "gender": Gender.MALE.value,
        "party_size": 2,
        "channel": Channel.WALK_IN.value,
        "consultant_id": consultant.id,
        "expected_customer_id": card.customer_id if card else None,
        "consent_basic": True,
        "wanted_area_min": Decimal("90"),
        "wanted_area_max": Decimal("120"),
        "wanted_layout": "三室",
    }
    values.update(kw)
    return office.services.reception.register_visit(
        office.reception,
        RegistrationForm(**values),  # type: ignore[arg-type]
    )
