"""A sales office with a history, for the GUI tests of 跟进 and for its screenshots.

Everything goes through the services while a ``FixedClock`` walks from January to
"today" (2026-03-02 10:00, a Monday), so that on that day 陈晓雯 has overdue follow-ups,
one due today, a customer about to lapse, a birthday, and "introduce the new consultant"
tasks from the transfer of 李静's customers; the public pool holds customers whose
protection ran out.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal

import pytest

from app.bootstrap import open_services
from app.domain.clock import FixedClock
from app.domain.customer import RegistrationForm
from app.domain.enums import Channel, FollowUpChannel, Gender, Role
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.background import BackgroundTask

PASSWORD = "secret-123"
TODAY = dt.datetime(2026, 3, 2, 10, 0)
REGISTERED = dt.datetime(2026, 2, 20, 10, 0)
TRANSFERRED = dt.datetime(2026, 2, 25, 15, 0)

_phones = iter(range(1000, 9999))


@dataclass
class FollowUpOffice:
    project_id: int
    manager: UserInfo
    consultant: UserInfo
    consultant2: UserInfo
    leaver: UserInfo
    service: UserInfo
    reception: UserInfo
    #: Customer ids by name.
    customers: dict[str, int] = field(default_factory=dict)
    transfer_id: int = 0


def register(
    services: Services,
    office: FollowUpOffice,
    name: str,
    owner: UserInfo,
    *,
    gender: str = Gender.MALE.value,
    marketing: bool = False,
) -> int:
    result = services.reception.register_visit(
        office.reception,
        RegistrationForm(
            phone=f"1391234{next(_phones):04d}",
            name=name,
            gender=gender,
            party_size=2,
            channel=Channel.WALK_IN.value,
            consultant_id=owner.id,
            consent_basic=True,
            consent_marketing=marketing,
            wanted_layout="三室两厅",
            wanted_area_min=Decimal("90"),
            wanted_area_max=Decimal("130"),
        ),
    )
    office.customers[name] = result.customer_id
    return result.customer_id


def make_office(services: Services, clock: FixedClock) -> FollowUpOffice:
    """The office on 2026-03-02 10:00 (the clock is left there)."""
    project = services.projects.ensure_default("滨江壹号院")
    pid = project.id
    auth = services.auth

    def user(username: str, role: Role, name: str) -> UserInfo:
        return auth.create_user(username, PASSWORD, role, name, pid)

    office = FollowUpOffice(
        project_id=pid,
        manager=user("jingli", Role.MANAGER, "孙建华"),
        consultant=user("guwen1", Role.CONSULTANT, "陈晓雯"),
        consultant2=user("guwen2", Role.CONSULTANT, "王浩然"),
        leaver=user("guwen3", Role.CONSULTANT, "李静"),
        service=user("kefu", Role.SERVICE, "郑晓燕"),
        reception=user("qiantai", Role.RECEPTION, "徐静"),
    )
    grading = services.grading

    def grade(name: str, value: str) -> None:
        grading.set_grade(office.manager, office.customers[name], value, "首次接待后分级")

    # January: customers whose protection runs out (the pool) or is about to.
    clock.set(dt.datetime(2026, 1, 8, 11, 0))
    for name in ("吴昊", "郑爽", "冯刚"):
        register(services, office, name, office.consultant2)
    clock.set(dt.datetime(2026, 1, 31, 14, 0))
    register(services, office, "周杰", office.consultant)
    grade("周杰", "C")

    # 20 February: the walk-ins of a busy Friday, graded by the manager.
    clock.set(REGISTERED)
    for name, owner, value, gender in (
        ("张伟", office.consultant, "A", Gender.MALE.value),
        ("李娜", office.consultant, "B", Gender.FEMALE.value),
        ("王芳", office.consultant, "B", Gender.FEMALE.value),
        ("黄磊", office.consultant, "C", Gender.MALE.value),
        ("刘洋", office.consultant2, "A", Gender.MALE.value),
        ("陈静", office.consultant2, "C", Gender.FEMALE.value),
        ("杨帆", office.leaver, "B", Gender.MALE.value),
        ("孙丽", office.leaver, "C", Gender.FEMALE.value),
    ):
        register(services, office, name, owner, gender=gender)
        grade(name, value)
    register(services, office, "赵敏", office.consultant, gender=Gender.FEMALE.value,
             marketing=True)  # fmt: skip
    grade("赵敏", "C")
    services.customers.update(
        office.manager, office.customers["赵敏"], {"birthday": dt.date(1988, 3, 2)}
    )
    # 黄磊 asked to be called back on Monday 2 March.
    services.follow_ups.complete(
        office.consultant, office.customers["黄磊"], FollowUpChannel.PHONE, "客户出差，约下周一再联系",
        "下周一回电", True, next_date=TODAY.date(),
    )  # fmt: skip

    # 25 February: 李静 leaves; her customers go to 陈晓雯 and 王浩然.
    clock.set(TRANSFERRED)
    result = services.transfers.transfer(
        office.manager, office.leaver.id, None, [office.consultant.id, office.consultant2.id],
        "离职", deactivate_from_user=True,
    )  # fmt: skip
    office.transfer_id = result.transfer_id

    clock.set(TODAY)
    services.pool.run_lapse_job()
    return office


# --- fixtures (imported by the test modules of 跟进) ----------------------------------


@pytest.fixture
def fu_clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 1, 1, 9, 0))


@pytest.fixture
def fu_services(sqlite_url: str, fu_clock: FixedClock) -> Iterator[Services]:
    """Services on a fresh migrated SQLite file, with the fixed clock."""
    services = open_services(sqlite_url, fu_clock).services
    yield services
    assert BackgroundTask.wait_for_all(10_000)
    services.db.dispose()


@pytest.fixture
def fu_office(fu_services: Services, fu_clock: FixedClock) -> FollowUpOffice:
    return make_office(fu_services, fu_clock)
