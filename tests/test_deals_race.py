"""一房多卖: two desks racing for one unit — exactly one wins, on SQLite and PostgreSQL."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from decimal import Decimal

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from app.db.engine import open_database
from app.domain.clock import FixedClock
from app.domain.deals import UnitUnavailableError
from app.models import Customer, Deal
from app.services import deal_service
from app.services.container import Services
from tests.test_deals_support import SalesOffice, make_sales_office


@pytest.fixture
def two_desks(database_url: str, clock: FixedClock) -> Iterator[tuple[Services, Services]]:
    """Two PCs of one office: two engines (connection pools) on one database."""
    a, b = open_database(database_url), open_database(database_url)
    yield Services(a, clock), Services(b, clock)
    a.dispose()
    b.dispose()


def _race(calls: list[Callable[[], object]]) -> list[object]:
    barrier = threading.Barrier(len(calls))
    results: list[object] = [None] * len(calls)

    def run(i: int, call: Callable[[], object]) -> None:
        barrier.wait()
        try:
            results[i] = call()
        except Exception as exc:  # collected and asserted on below
            results[i] = exc

    threads = [threading.Thread(target=run, args=(i, c)) for i, c in enumerate(calls)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    return results


def _one_winner(results: list[object]) -> None:
    errors = [r for r in results if isinstance(r, Exception)]
    wins = [r for r in results if not isinstance(r, Exception)]
    assert len(wins) == 1, results
    assert len(errors) == len(results) - 1
    for e in errors:
        assert isinstance(e, UnitUnavailableError), repr(e)
        assert "一房不能多卖" in str(e) or "已" in str(e)


def _active(services: Services, unit_id: int) -> list[Deal]:
    with services.db.read() as s:
        return list(s.scalars(select(Deal).where(Deal.unit_id == unit_id,
                                                 Deal.status.in_(("held", "subscribed")))))  # fmt: skip


def _office(services: Services) -> SalesOffice:
    return make_sales_office(services)


def test_two_holds_at_once(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    o = _office(a)
    u = o.units[0]
    results = _race([
        lambda: a.deals.hold(o.customers[0], u, actor=o.consultant),
        lambda: b.deals.hold(o.customers[1], u, actor=o.consultant2),
    ])  # fmt: skip
    _one_winner(results)
    assert len(_active(a, u)) == 1


def test_two_subscriptions_at_once(two_desks: tuple[Services, Services]) -> None:
    a, b = two_desks
    o = _office(a)
    u = o.units[0]
    a.documents.issue_purchase_notice(o.customers[0], u, actor=o.consultant)
    b.documents.issue_purchase_notice(o.customers[1], u, actor=o.consultant2)
    price = Decimal("3214000")
    results = _race([
        lambda: a.deals.subscribe(o.customers[0], u, actor=o.consultant, deposit="50000",
                                  agreed_price=price),
        lambda: b.deals.subscribe(o.customers[1], u, actor=o.consultant2, deposit="50000",
                                  agreed_price=price),
    ])  # fmt: skip
    _one_winner(results)
    active = _active(a, u)
    assert len(active) == 1 and active[0].status == "subscribed"
    with a.db.read() as s:
        stages = dict(s.execute(select(Customer.id, Customer.stage)
                                .where(Customer.id.in_(o.customers[:2]))).all())  # fmt: skip
    assert sorted(stages.values()) == ["subscribed", "visited"]


def test_a_hold_races_a_subscription_from_four_desks(database_url: str, clock: FixedClock) -> None:
    dbs = [open_database(database_url) for _ in range(4)]
    desks = [Services(db, clock) for db in dbs]
    try:
        o = _office(desks[0])
        u = o.units[0]
        for i in range(4):
            actor = o.consultant if i % 2 == 0 else o.consultant2
            desks[0].documents.issue_purchase_notice(o.customers[i], u, actor=actor)
        calls: list[Callable[[], object]] = []
        for i, desk in enumerate(desks):
            actor = o.consultant if i % 2 == 0 else o.consultant2
            if i % 2:
                calls.append(lambda d=desk, c=o.customers[i], a=actor: d.deals.hold(c, u, actor=a))
            else:
                calls.append(lambda d=desk, c=o.customers[i], a=actor: d.deals.subscribe(
                    c, u, actor=a, deposit="50000", agreed_price="3214000"))  # fmt: skip
        _one_winner(_race(calls))
        assert len(_active(desks[0], u)) == 1
    finally:
        for db in dbs:
            db.dispose()


def test_the_database_refuses_even_when_the_code_forgets_to_check(
    two_desks: tuple[Services, Services], monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the service's own check gone, the partial unique index still refuses, and the
    loser gets the same clear error (the IntegrityError is classified, not swallowed)."""
    a, b = two_desks
    o = _office(a)
    u = o.units[0]
    monkeypatch.setattr(deal_service, "active_deal", lambda _s, _unit_id: None)
    results = _race([
        lambda: a.deals.hold(o.customers[0], u, actor=o.consultant),
        lambda: b.deals.hold(o.customers[1], u, actor=o.consultant2),
    ])  # fmt: skip
    _one_winner(results)
    assert len(_active(a, u)) == 1


def test_raw_inserts_in_two_sessions_hit_the_unique_index(
    two_desks: tuple[Services, Services], clock: FixedClock
) -> None:
    """Session A inserts an active deal and holds its transaction open; session B inserts
    one for the same unit meanwhile: B waits for A, then fails on uq_deals_active_unit."""
    a, b = two_desks
    o = _office(a)
    u = o.units[0]
    inserted = threading.Event()

    def deal(customer_id: int) -> Deal:
        return Deal(project_id=o.project_id, customer_id=customer_id, unit_id=u,
                    status="held", list_price=Decimal("1"), created_at=clock.now())  # fmt: skip

    def session_a() -> str:
        with a.db.write() as s:
            s.add(deal(o.customers[0]))
            s.flush()
            inserted.set()
            time.sleep(0.5)
        return "committed"

    def session_b() -> str:
        inserted.wait(10)
        with b.db.write() as s:
            s.add(deal(o.customers[1]))
            s.flush()
        return "committed"

    results: dict[str, object] = {}

    def run(name: str, fn: Callable[[], str]) -> None:
        try:
            results[name] = fn()
        except Exception as exc:
            results[name] = exc

    threads = [threading.Thread(target=run, args=("a", session_a)),
               threading.Thread(target=run, args=("b", session_b))]  # fmt: skip
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert results["a"] == "committed"
    assert isinstance(results["b"], IntegrityError), results
    assert deal_service._is_double_sale(results["b"])
    # a cancelled or expired deal does not count: the unit can be held again after one
    with a.db.write() as s:
        d = s.scalar(select(Deal).where(Deal.unit_id == u))
        assert d is not None
        d.status = "cancelled"
        s.add(deal(o.customers[1]))
