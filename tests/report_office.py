"""A small sales office with a known March 2026, for the report tests (service and page).

Rows are inserted directly (visits at exact seconds, deals, surveys, complaints, open
callbacks), so every figure of the report is known in advance; "today" is Thursday
2026-04-02 10:00. The numbers each test expects are worked out in the docstrings of
``tests/test_report_service.py``.

Customers (owner, channel, grade, stage) and their visits (who received them):

====  =====  ========  =====  ==========  ============================================
name  owner  channel   grade  stage       visits
====  =====  ========  =====  ==========  ============================================
a1    A      walk_in   A      visited     first 03-02 10:00, return 03-08 15:00 (A)
a2    A      agency    B      subscribed  first 03-08 23:59:59, return 03-09 00:00 (A)
a3    A      online    —      lost        first 02-28 23:59:59, return 03-01 00:00 (A)
a4    A      walk_in   C      lost        first 03-31 23:30, return 04-01 10:00 (A)
a5    A      walk_in   D      contracted  first 03-03 11:00 (A)
a6    A      phone     —      lead        —
b1    B      agency    A      visited     first 03-02 11:00, same_day 03-02 16:00 (B)
b2    B      referral  B      lost        first 03-16 10:00 (B)
b3    B      phone     A      cancelled   first 03-04 10:00, return 03-06 10:00 (B)
b4    B      event     —      visited     first 03-05 14:00 (received by A, owned by B)
s1    B      other     D      lost        scout 03-05 10:00 (B)
x1    other project …                     first 03-10 (must never be counted)
====  =====  ========  =====  ==========  ============================================
"""

from __future__ import annotations

import datetime as dt
import itertools
from dataclasses import dataclass, field
from decimal import Decimal

from app.domain.enums import Role
from app.domain.models import UserInfo
from app.models import (
    Building,
    Complaint,
    Customer,
    Deal,
    FollowUp,
    Project,
    Survey,
    Unit,
    User,
    Visit,
)
from app.services.auth_service import hash_password
from app.services.container import Services

TODAY = dt.datetime(2026, 4, 2, 10, 0)
MARCH = (dt.date(2026, 3, 1), dt.date(2026, 3, 31))
_HASH = hash_password("secret-123")
_phones = itertools.count(13900000001)

#: Distinctive names and phones, searched for in every output: none may appear.
CUSTOMER_NAMES = {
    "a1": "欧阳明远", "a2": "司马青云", "a3": "诸葛安平", "a4": "李四光", "a5": "上官静怡",
    "a6": "东方朔月", "b1": "慕容秋实", "b2": "皇甫嘉禾", "b3": "令狐冲霄", "b4": "端木春晓",
    "s1": "宇文踩盘", "x1": "外盘客户",
}  # fmt: skip


@dataclass
class ReportOffice:
    project_id: int
    other_project_id: int
    staff: dict[str, UserInfo]
    customers: dict[str, int] = field(default_factory=dict)
    phones: dict[str, str] = field(default_factory=dict)

    @property
    def manager(self) -> UserInfo:
        return self.staff["manager"]

    @property
    def a(self) -> UserInfo:
        return self.staff["a"]

    @property
    def b(self) -> UserInfo:
        return self.staff["b"]

    @property
    def service(self) -> UserInfo:
        return self.staff["service"]


def _at(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text)


def make_report_office(services: Services) -> ReportOffice:
    now = TODAY
    with services.db.write() as s:
        project = Project(name="滨江壹号院", developer="", address="", sales_office_phone="",
                          five_certificates="", parking_info="", created_at=now)  # fmt: skip
        other = Project(name="城西别苑", developer="", address="", sales_office_phone="",
                        five_certificates="", parking_info="", created_at=now)  # fmt: skip
        s.add_all([project, other])
        s.flush()
        staff: dict[str, UserInfo] = {}
        for key, name, role, pid in (
            ("manager", "孙建华", Role.MANAGER, project.id),
            ("a", "陈晓雯", Role.CONSULTANT, project.id),
            ("b", "王浩然", Role.CONSULTANT, project.id),
            ("service", "郑晓燕", Role.SERVICE, project.id),
            ("reception", "徐静", Role.RECEPTION, project.id),
            ("admin", "系统管理员", Role.ADMIN, project.id),
            ("other", "外盘顾问", Role.CONSULTANT, other.id),
        ):
            u = User(username=f"u_{key}", display_name=name, role=role.value, password_hash=_HASH,
                     project_id=pid, active=True, failed_attempts=0, created_at=now)  # fmt: skip
            s.add(u)
            s.flush()
            staff[key] = UserInfo(u.id, u.username, name, role, pid, True)
        office = ReportOffice(project.id, other.id, staff)

        def customer(key: str, owner: str, channel: str, grade: str | None, stage: str, *,
                     next_date: str | None = None, lost_reason: str | None = None,
                     project_id: int | None = None) -> int:  # fmt: skip
            phone = str(next(_phones))
            c = Customer(
                project_id=project_id or project.id, name=CUSTOMER_NAMES[key], phone=phone,
                gender="M", channel=channel, grade=grade, stage=stage,
                owner_id=staff[owner].id, lost_reason=lost_reason,
                next_follow_up_date=dt.date.fromisoformat(next_date) if next_date else None,
                created_at=_at("2026-02-01 09:00"), updated_at=now, locked=False,
                in_public_pool=False,
            )  # fmt: skip
            s.add(c)
            s.flush()
            office.customers[key] = c.id
            office.phones[key] = phone
            return c.id

        customer("a1", "a", "walk_in", "A", "visited", next_date="2026-03-30")
        customer("a2", "a", "agency", "B", "subscribed", next_date="2026-04-05")
        customer("a3", "a", "online", None, "lost", next_date="2026-03-01", lost_reason="预算不足")
        customer("a4", "a", "walk_in", "C", "lost",
                 lost_reason=f"{CUSTOMER_NAMES['a4']}觉得太贵，电话13912345678")  # fmt: skip
        customer("a5", "a", "walk_in", "D", "contracted", next_date="2026-04-01")
        customer("a6", "a", "phone", None, "lead", next_date="2026-03-25")
        customer("b1", "b", "agency", "A", "visited", next_date="2026-03-16")
        customer("b2", "b", "referral", "B", "lost", lost_reason="预算不足")
        customer("b3", "b", "phone", "A", "cancelled", next_date="2026-03-31")
        customer("b4", "b", "event", None, "visited", next_date="2026-04-02")
        customer("s1", "b", "other", "D", "lost", lost_reason="竞品踩盘")
        customer("x1", "other", "walk_in", "A", "subscribed", project_id=other.id,
                 next_date="2026-03-01")  # fmt: skip
        cid = office.customers

        def visit(key: str, kind: str, at: str, by: str, project_id: int | None = None) -> None:
            s.add(Visit(project_id=project_id or project.id, customer_id=cid[key],
                        consultant_id=staff[by].id, arrived_at=_at(at), kind=kind,
                        party_size=1, consumed_turn=kind == "first"))  # fmt: skip

        visit("a1", "first", "2026-03-02 10:00:00", "a")
        visit("a1", "return", "2026-03-08 15:00:00", "a")
        visit("a2", "first", "2026-03-08 23:59:59", "a")
        visit("a2", "return", "2026-03-09 00:00:00", "a")
        visit("a3", "first", "2026-02-28 23:59:59", "a")
        visit("a3", "return", "2026-03-01 00:00:00", "a")
        visit("a4", "first", "2026-03-31 23:30:00", "a")
        visit("a4", "return", "2026-04-01 10:00:00", "a")
        visit("a5", "first", "2026-03-03 11:00:00", "a")
        visit("b4", "first", "2026-03-05 14:00:00", "a")
        visit("b1", "first", "2026-03-02 11:00:00", "b")
        visit("b1", "same_day", "2026-03-02 16:00:00", "b")
        visit("b2", "first", "2026-03-16 10:00:00", "b")
        visit("b3", "first", "2026-03-04 10:00:00", "b")
        visit("b3", "return", "2026-03-06 10:00:00", "b")
        visit("s1", "scout", "2026-03-05 10:00:00", "b")
        visit("x1", "first", "2026-03-10 10:00:00", "other", project_id=other.id)

        building = Building(project_id=project.id, name="1号楼", floors=20)
        other_building = Building(project_id=other.id, name="A座", floors=10)
        s.add_all([building, other_building])
        s.flush()
        rooms = itertools.count(101)

        def deal(key: str, by: str, status: str, list_price: str, agreed: str | None, *,
                 subscribed: str | None, contracted: str | None = None,
                 cancelled: str | None = None, b: Building = building,
                 project_id: int | None = None) -> int:  # fmt: skip
            unit = Unit(building_id=b.id, unit_no="1", floor=1, room_no=str(next(rooms)),
                        layout="三室两厅两卫", building_area=Decimal("100"),
                        inner_area=Decimal("80"), orientation="南", list_price=Decimal(list_price),
                        status="subscribed")  # fmt: skip
            s.add(unit)
            s.flush()
            d = Deal(project_id=project_id or project.id, customer_id=cid[key], unit_id=unit.id,
                     consultant_id=staff[by].id, status=status, list_price=Decimal(list_price),
                     agreed_price=Decimal(agreed) if agreed else None,
                     subscribed_at=_at(subscribed) if subscribed else None,
                     contracted_at=_at(contracted) if contracted else None,
                     cancelled_at=_at(cancelled) if cancelled else None,
                     created_at=_at("2026-03-01 09:00"))  # fmt: skip
            s.add(d)
            s.flush()
            return d.id

        deal("a2", "a", "subscribed", "2050000", "2000000", subscribed="2026-03-10 15:00:00")
        deal("a5", "a", "contracted", "3000000", None, subscribed="2026-03-05 16:00:00",
             contracted="2026-03-12 10:00:00")  # fmt: skip
        deal("b3", "b", "cancelled", "1800000", "1750000", subscribed="2026-03-06 16:00:00",
             cancelled="2026-03-09 10:00:00")  # fmt: skip
        deal("b1", "b", "held", "1900000", None, subscribed=None)
        deal("x1", "other", "subscribed", "9000000", "9000000", subscribed="2026-03-11 10:00:00",
             b=other_building, project_id=other.id)  # fmt: skip

        for key, by, at, score in (("a5", "a", "2026-03-13 10:00:00", 90),
                                   ("a2", "a", "2026-03-14 10:00:00", 85),
                                   ("b1", "b", "2026-02-10 10:00:00", 70)):  # fmt: skip
            s.add(Survey(project_id=project.id, customer_id=cid[key], consultant_id=staff[by].id,
                         stage="visited", taken_at=_at(at), score=score, passed=score >= 80))  # fmt: skip

        def task(key: str, who: str, kind: str, due: str, done: str | None = None) -> None:
            s.add(FollowUp(customer_id=cid[key], assignee_id=staff[who].id, kind=kind,
                           due_date=dt.date.fromisoformat(due),
                           done_at=_at(done) if done else None, created_at=_at("2026-03-01 09:00")))  # fmt: skip

        task("a2", "a", "callback_subscription", "2026-03-17")
        task("a5", "service", "callback_contract", "2026-03-19")
        task("a5", "service", "callback_contract", "2026-04-05")
        task("b3", "b", "callback_subscription", "2026-03-13", done="2026-03-13 15:00:00")
        task("a1", "a", "regular", "2026-03-20")
        task("x1", "other", "callback_subscription", "2026-03-18")

        def complaint(key: str | None, at: str, status: str, responded: str | None = None,
                      project_id: int | None = None) -> None:  # fmt: skip
            s.add(Complaint(project_id=project_id or project.id,
                            customer_id=cid[key] if key else None, received_via="phone",
                            category="销售服务", severity="low", description="投诉内容",
                            status=status, received_at=_at(at),
                            first_response_at=_at(responded) if responded else None,
                            key_point=False))  # fmt: skip

        complaint("a5", "2026-03-10 09:00:00", "open")
        complaint("b1", "2026-04-01 09:00:00", "open")
        complaint("a2", "2026-02-20 09:00:00", "closed", responded="2026-02-21 09:00:00")
        complaint(None, "2026-03-11 09:00:00", "responded", responded="2026-03-12 09:00:00")
        complaint("b2", "2026-03-31 12:00:00", "open")
        complaint("x1", "2026-03-12 09:00:00", "open", project_id=other.id)
    return office
