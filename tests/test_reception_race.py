"""Two reception PCs registering the same new phone at the same moment end with one
customer; the losing side gets a clear ConflictError (SQLite and PostgreSQL)."""

from __future__ import annotations

import threading
import time

import pytest
from sqlalchemy import func, select, text

from app.db.engine import open_database
from app.domain.errors import ConflictError
from app.models import Customer, CustomerPhone, Visit
from app.services.container import Services
from tests.test_reception_support import Office, form, make_office

PHONE = "13812345678"


def _one_race(database_url: str, services: Services, office: Office, phone: str) -> list[object]:
    # Two PCs: two engines, two connection pools, as on two machines.
    dbs = [open_database(database_url) for _ in range(2)]
    pcs = [Services(db, services.clock) for db in dbs]
    barrier = threading.Barrier(2)
    outcomes: list[object] = [None, None]

    def register(k: int) -> None:
        actor = office.reception if k == 0 else office.manager
        barrier.wait()
        try:
            outcomes[k] = pcs[k].reception.register_visit(
                actor, form(phone, office.a.id if k == 0 else office.b.id)
            )
        except ConflictError as exc:
            outcomes[k] = exc

    threads = [threading.Thread(target=register, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    for db in dbs:
        db.dispose()
    return outcomes


def _race(database_url: str, services: Services, rounds: int = 3) -> None:
    office = make_office(services)
    for i in range(rounds):
        outcomes = _one_race(database_url, services, office, f"1381234{i:04d}")
        errors = [o for o in outcomes if isinstance(o, ConflictError)]
        assert len(errors) == 1, outcomes
        assert "其他电脑" in str(errors[0])
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == rounds
        assert s.scalar(select(func.count()).select_from(CustomerPhone)) == rounds
        assert s.scalar(select(func.count()).select_from(Visit)) == rounds


def test_two_pcs_register_the_same_new_phone_at_once(database_url: str, services: Services) -> None:
    _race(database_url, services)


def test_insert_that_loses_on_the_unique_constraint_becomes_a_conflict(
    database_url: str, services: Services
) -> None:
    """The exact IntegrityError path: the other PC's insert is in flight (uncommitted) when
    ours looks the phone up, so only the unique constraint can stop the second customer."""
    office = make_office(services)
    if not database_url.startswith("postgresql"):
        pytest.skip("SQLite serialises writers (BEGIN IMMEDIATE): the lookup sees the winner")
    other = open_database(database_url)
    result: list[object] = []
    with other.write() as s:
        now = services.clock.now()
        c = Customer(project_id=office.project_id, name="李雷", phone="+86" + PHONE,
                     stage="visited", owner_id=office.b.id, owner_since=now, created_at=now,
                     updated_at=now, visit_count=1)  # fmt: skip
        s.add(c)
        s.flush()
        s.add(CustomerPhone(project_id=office.project_id, phone=c.phone, customer_id=c.id,
                            kind="primary"))  # fmt: skip
        s.flush()

        def ours() -> None:
            try:
                result.append(services.reception.register_visit(office.reception,
                                                                form(PHONE, office.a.id)))  # fmt: skip
            except ConflictError as exc:
                result.append(exc)

        t = threading.Thread(target=ours)
        t.start()
        # Wait until our insert blocks on the other PC's uncommitted unique key.
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            with other.engine.connect() as probe:
                waiting = probe.execute(text(
                    "SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock'"
                )).scalar()  # fmt: skip
            if waiting:
                break
            time.sleep(0.02)
        assert waiting, "our insert never waited on the other transaction"
    t.join(30)
    other.dispose()
    assert len(result) == 1 and isinstance(result[0], ConflictError)
    assert "李雷" in str(result[0])
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(Visit)) == 0
