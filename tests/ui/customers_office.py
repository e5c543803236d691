"""A demo office of a few hundred customers for the 客户 page and customer file tests.

Made once per test module through the services (``demo.generate`` for volume, then
``reception.register_visit`` for the customers the tests look for by name, phone and
pinyin) and copied for each test, which is much faster than generating it every time.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from app.db.engine import open_database
from app.domain.customer import CustomerFilter, RegistrationForm
from app.domain.enums import Channel, Gender
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.background import BackgroundTask

DEMO_CUSTOMERS = 300

#: name, phone, owner (index into ``consultants``)
KNOWN = (
    ("张三", "13958427391", 0),
    ("张山", "13958420002", 1),
    ("李四", "13958420003", 0),
)


@dataclass
class CustomersOffice:
    services: Services
    manager: UserInfo
    reception: UserInfo
    consultant: UserInfo  # guwen1, owns 张三 and 李四
    consultant2: UserInfo  # guwen2, owns 张山
    service: UserInfo
    admin: UserInfo
    #: Customer ids by name (the known customers).
    ids: dict[str, int]
    phones: dict[str, str]


def _users(services: Services) -> dict[str, UserInfo]:
    return {u.username: u for u in services.auth.list_users()}


def _fill(services: Services) -> None:
    services.demo.generate(customers=DEMO_CUSTOMERS, seed=7)
    users = _users(services)
    consultants = [users["guwen1"], users["guwen2"]]
    for name, phone, owner in KNOWN:
        services.reception.register_visit(
            users["qiantai"],
            RegistrationForm(
                phone=phone,
                name=name,
                gender=Gender.MALE.value,
                party_size=2,
                channel=Channel.WALK_IN.value,
                consultant_id=consultants[owner].id,
                consent_basic=True,
            ),
        )


@pytest.fixture(scope="module", name="office_template")
def office_template_fixture(
    tmp_path_factory: pytest.TempPathFactory, sqlite_template: Path
) -> Path:
    path = tmp_path_factory.mktemp("customers") / "office.sqlite3"
    shutil.copyfile(sqlite_template, path)
    db = open_database(f"sqlite:///{path}")
    try:
        _fill(Services(db))
    finally:
        db.dispose()
    return path


@pytest.fixture(name="office")
def office_fixture(office_template: Path, tmp_path: Path) -> Iterator[CustomersOffice]:
    path = tmp_path / "office.sqlite3"
    shutil.copyfile(office_template, path)
    services = Services(open_database(f"sqlite:///{path}"))
    users = _users(services)
    query = services.customer_query
    ids = {}
    phones = {}
    for name, phone, _owner in KNOWN:
        rows = query.page(users["jingli"], CustomerFilter(search=phone), limit=5)
        ids[name] = next(r.id for r in rows if r.name == name)
        phones[name] = phone
    yield CustomersOffice(
        services=services,
        manager=users["jingli"],
        reception=users["qiantai"],
        consultant=users["guwen1"],
        consultant2=users["guwen2"],
        service=users["kefu"],
        admin=users["admin"],
        ids=ids,
        phones=phones,
    )
    assert BackgroundTask.wait_for_all(10_000)
    services.db.dispose()


class SpyQuery:
    """Wraps ``CustomerQueryService`` and counts the rows each call returned."""

    def __init__(self, real: object) -> None:
        self._real = real
        self.calls: list[tuple[str, int]] = []

    def rows_fetched(self) -> int:
        return sum(n for name, n in self.calls if name in ("page", "page_at", "rows_by_ids"))

    def reset(self) -> None:
        self.calls.clear()

    def __getattr__(self, name: str) -> object:
        attr = getattr(self._real, name)
        if not callable(attr):
            return attr

        def call(*args: object, **kwargs: object) -> object:
            result = attr(*args, **kwargs)
            size = len(result) if hasattr(result, "__len__") else 1  # type: ignore[arg-type]
            self.calls.append((name, size))
            return result

        return call
