"""A small sales office for the GUI tests of 房源销控 and 交易, made through the services:
staff (``auth.create_user``), walk-in customers (``reception.register_visit``), a building
of units with adverse factors of the project, the building and one unit."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.customer import RegistrationForm
from app.domain.enums import Channel, Gender, Role
from app.domain.models import UserInfo
from app.services.container import Services

PASSWORD = "secret-123"
LIST_PRICE_PER_M2 = Decimal("25000")


@dataclass
class Office:
    project_id: int
    manager: UserInfo
    consultant: UserInfo
    consultant2: UserInfo
    service: UserInfo
    reception: UserInfo
    building_id: int = 0
    #: Unit ids by room number ("101", "102", ...).
    units: dict[str, int] = field(default_factory=dict)
    #: Customer ids by name.
    customers: dict[str, int] = field(default_factory=dict)
    factor_titles: list[str] = field(default_factory=list)


def make_office(services: Services, *, floors: int = 3, rooms_per_floor: int = 2) -> Office:
    project = services.projects.ensure_default("滨江壹号院")
    pid = project.id
    auth = services.auth

    def user(username: str, role: Role, name: str) -> UserInfo:
        return auth.create_user(username, PASSWORD, role, name, pid)

    office = Office(
        project_id=pid,
        manager=user("jingli", Role.MANAGER, "孙建华"),
        consultant=user("guwen1", Role.CONSULTANT, "陈晓雯"),
        consultant2=user("guwen2", Role.CONSULTANT, "王浩然"),
        service=user("kefu", Role.SERVICE, "郑晓燕"),
        reception=user("qiantai", Role.RECEPTION, "徐静"),
    )
    for i, name in enumerate(("张伟", "李娜", "王芳", "刘洋")):
        owner = office.consultant if i % 2 == 0 else office.consultant2
        result = services.reception.register_visit(
            office.reception,
            RegistrationForm(
                phone=f"1380013{i:04d}",
                name=name,
                gender=Gender.MALE.value if i % 2 == 0 else Gender.FEMALE.value,
                party_size=2,
                channel=Channel.WALK_IN.value,
                consultant_id=owner.id,
                consent_basic=True,
            ),
        )
        office.customers[name] = result.customer_id

    units = services.units
    b = units.create_building(pid, "1号楼", floors, actor=office.manager)
    office.building_id = b.id
    for floor in range(1, floors + 1):
        for pos in range(1, rooms_per_floor + 1):
            area = Decimal("128.56") if pos == 1 else Decimal("89.20")
            room = f"{floor}{pos:02d}"
            u = units.add_unit(
                b.id,
                unit_no="1",
                floor=floor,
                room_no=room,
                layout="三室两厅两卫" if pos == 1 else "两室两厅一卫",
                building_area=area,
                inner_area=(area * Decimal("0.8")).quantize(Decimal("0.01")),
                orientation="南北通透" if pos == 1 else "西",
                list_price=area * LIST_PRICE_PER_M2,
                actor=office.manager,
            )
            office.units[room] = u.id
    for title, impact, kwargs in (
        (
            "110千伏高压线走廊",
            "项目西北侧有 110 千伏高压线经过。",
            {"direction": "西北", "distance_m": 350},
        ),
        ("邻近城市主干道噪声", "1号楼东侧紧邻文一西路，白天车流噪声较大。", {"building_id": b.id}),
        ("西晒", "该户主要采光面朝西，夏季午后室内温度较高。", {"unit_id": office.units["102"]}),
    ):
        f = units.add_adverse_factor(pid, title, impact, actor=office.manager, **kwargs)  # type: ignore[arg-type]
        office.factor_titles.append(f.title)
    return office
