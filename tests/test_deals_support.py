"""Helpers for the unit, deal and document tests: a small sales office (project with 五证
and parking text, a manager, consultants, a customer-service user, customers inserted
directly, a building of units with adverse factors of the project, building and unit)."""

from __future__ import annotations

import datetime as dt
import io
from dataclasses import dataclass, field
from decimal import Decimal

from pypdf import PdfReader
from sqlalchemy import select

from app.domain.enums import Role, Stage
from app.domain.models import UserInfo
from app.models import Customer, Project, User
from app.services.auth_service import to_info
from app.services.container import Services

FIVE_CERTIFICATES = (
    "国有土地使用证：杭西国用（2025）第 012345 号，已取得\n"
    "建设用地规划许可证：地字第 330106202500012 号，已取得\n"
    "建设工程规划许可证：建字第 330106202500034 号，已取得\n"
    "建筑工程施工许可证：330106202507080101，已取得\n"
    "商品房预售许可证：杭售许字（2026）第 000088 号，已取得"
)


@dataclass
class SalesOffice:
    project_id: int
    manager: UserInfo
    consultant: UserInfo
    consultant2: UserInfo
    service: UserInfo
    reception: UserInfo
    customers: list[int] = field(default_factory=list)
    building_id: int = 0
    units: list[int] = field(default_factory=list)
    building2_id: int = 0
    factor_titles: dict[str, str] = field(default_factory=dict)


def _user(services: Services, username: str, display: str, role: Role, pid: int) -> UserInfo:
    with services.db.write() as s:
        u = User(username=username, display_name=display, role=role.value, password_hash="x",
                 project_id=pid, active=True, failed_attempts=0,
                 created_at=services.clock.now())  # fmt: skip
        s.add(u)
        s.flush()
        return to_info(u)


def add_customer(
    services: Services,
    pid: int,
    owner_id: int | None,
    name: str,
    phone: str,
    stage: Stage = Stage.VISITED,
) -> int:
    now = services.clock.now()
    with services.db.write() as s:
        c = Customer(project_id=pid, name=name, gender="M", phone=phone, owner_id=owner_id,
                     owner_since=now, stage=stage.value, grade="A", visit_count=1,
                     registration_complete=True, registered_at=now, first_visit_at=now,
                     last_visit_at=now, created_at=now, updated_at=now,
                     payment_method="commercial_loan")  # fmt: skip
        s.add(c)
        s.flush()
        return c.id


def make_sales_office(
    services: Services, *, rooms_per_floor: int = 2, floors: int = 3
) -> SalesOffice:
    project = services.projects.ensure_default("云栖花园")
    pid = project.id
    with services.db.write() as s:
        p = s.get(Project, pid)
        assert p is not None
        p.developer = "杭州云栖置业有限公司"
        p.address = "杭州市西湖区云栖路 88 号"
        p.sales_office_phone = "0571-88886666"
        p.five_certificates = FIVE_CERTIFICATES
        p.parking_info = "地下车位 560 个，车位比 1:1.2，车位另售。"
    office = SalesOffice(
        project_id=pid,
        manager=_user(services, "jingli", "孙建华", Role.MANAGER, pid),
        consultant=_user(services, "guwen1", "陈晓雯", Role.CONSULTANT, pid),
        consultant2=_user(services, "guwen2", "王浩然", Role.CONSULTANT, pid),
        service=_user(services, "kefu", "郑晓燕", Role.SERVICE, pid),
        reception=_user(services, "qiantai", "徐静", Role.RECEPTION, pid),
    )
    names = ["张伟", "李娜", "王芳", "刘洋", "陈静", "杨帆"]
    for i, name in enumerate(names):
        owner = office.consultant if i % 2 == 0 else office.consultant2
        office.customers.append(add_customer(services, pid, owner.id, name, f"+86138000000{i:02d}"))
    units = services.units
    b = units.create_building(pid, "1号楼", floors, delivery_date=dt.date(2026, 12, 20),
                              delivery_place="云栖花园售楼处二楼交付中心")  # fmt: skip
    office.building_id = b.id
    for floor in range(1, floors + 1):
        for pos in range(1, rooms_per_floor + 1):
            area = Decimal("128.56") if pos == 1 else Decimal("89.20")
            u = units.add_unit(b.id, unit_no="1", floor=floor, room_no=f"{floor}{pos:02d}",
                               layout="三室两厅两卫" if pos == 1 else "两室两厅一卫",
                               building_area=area, inner_area=(area * Decimal("0.8")).quantize(Decimal("0.01")),
                               orientation="南北通透" if pos == 1 else "西",
                               list_price=area * 25000)  # fmt: skip
            office.units.append(u.id)
    b2 = units.create_building(pid, "2号楼", 10)
    office.building2_id = b2.id
    f = units.add_adverse_factor(pid, "110千伏高压线走廊", "项目西北侧有 110 千伏高压线经过，可能有电磁环境方面的心理影响。",
                                 direction="西北", distance_m=350)  # fmt: skip
    office.factor_titles["project"] = f.title
    f = units.add_adverse_factor(
        pid,
        "规划中的小学尚未建成",
        "项目南侧规划小学，建设时间以教育部门为准，存在不建或延期的可能。",
    )
    office.factor_titles["project2"] = f.title
    f = units.add_adverse_factor(pid, "邻近城市主干道噪声", "1号楼东侧紧邻文一西路，白天车流噪声较大。",
                                 direction="东", distance_m=40, building_id=b.id)  # fmt: skip
    office.factor_titles["building"] = f.title
    f = units.add_adverse_factor(pid, "西晒", "该户主要采光面朝西，夏季午后室内温度较高。",
                                 unit_id=office.units[1])  # fmt: skip
    office.factor_titles["unit1"] = f.title
    f = units.add_adverse_factor(pid, "2号楼旁变电站", "2号楼北侧 20 米有 10 千伏开闭所。",
                                 direction="北", distance_m=20, building_id=b2.id)  # fmt: skip
    office.factor_titles["other_building"] = f.title
    return office


def pdf_pages(data: bytes) -> list[str]:
    reader = PdfReader(io.BytesIO(data))
    return [page.extract_text() or "" for page in reader.pages]


def flat(text: str) -> str:
    """PDF text without line breaks and spaces, for phrases that wrap across lines."""
    return "".join(text.split())


def customer_stage(services: Services, customer_id: int) -> str:
    with services.db.read() as s:
        return str(s.scalar(select(Customer.stage).where(Customer.id == customer_id)))
