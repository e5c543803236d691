"""PoolService on a real database: the lapse job, claims, releases, lock and unlock."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import OwnershipEventKind, Stage
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.pool import PoolLimitError
from app.domain.settings import AppSettings
from app.models import AuditEntry, Customer, OwnershipEvent
from app.services.audit_service import verify_chain
from app.services.container import Services
from tests.test_follow_up_support import Office, add_customer, get_customer, make_office


@pytest.fixture
def office(services: Services) -> Office:
    return make_office(services)


def _snapshot(services: Services) -> list[tuple[object, ...]]:
    with services.db.read() as s:
        customers = s.execute(
            select(Customer.id, Customer.owner_id, Customer.in_public_pool, Customer.protected_until,
                   Customer.locked, Customer.next_follow_up_date).order_by(Customer.id)
        ).all()  # fmt: skip
        events = s.execute(
            select(OwnershipEvent.customer_id, OwnershipEvent.kind).order_by(OwnershipEvent.id)
        ).all()
        audits = s.execute(
            select(AuditEntry.action, AuditEntry.customer_id).order_by(AuditEntry.id)
        ).all()
        return [tuple(r) for r in customers + events + audits]


def test_lapse_job_moves_only_lapsed_customers_and_is_idempotent(
    services: Services, office: Office, clock: FixedClock
) -> None:
    now = clock.now()
    c1 = office.c1.id
    lapsed = add_customer(services, office, owner_id=c1, protected_until=now - dt.timedelta(hours=1),
                          next_follow_up_date=now.date())  # fmt: skip
    exact = add_customer(services, office, owner_id=c1, protected_until=now)
    warned = add_customer(services, office, owner_id=c1, protected_until=now + dt.timedelta(days=2))
    locked = add_customer(
        services, office, owner_id=c1, locked=True, protected_until=now - dt.timedelta(days=9)
    )
    bought = add_customer(services, office, owner_id=c1, stage=Stage.SUBSCRIBED.value,
                          protected_until=now - dt.timedelta(days=9))  # fmt: skip
    lead = add_customer(services, office, owner_id=c1, stage=Stage.LEAD.value, visit_count=0,
                        protected_until=now - dt.timedelta(days=1))  # fmt: skip
    no_date = add_customer(services, office, owner_id=c1, protected_until=None)

    result = services.pool.run_lapse_job()
    assert result.moved == 3
    assert result.customer_ids == tuple(sorted((lapsed, exact, lead)))
    for cid in (lapsed, exact, lead):
        c = get_customer(services, cid)
        assert c.owner_id is None and c.in_public_pool and c.protected_until is None
        assert c.next_follow_up_date is None
    for cid in (warned, locked, bought, no_date):
        assert get_customer(services, cid).owner_id == c1
    with services.db.read() as s:
        events = s.scalars(select(OwnershipEvent).where(OwnershipEvent.kind == "lapse")).all()
        assert sorted(e.customer_id for e in events) == sorted(result.customer_ids)
        assert all(e.from_user_id == c1 and e.to_user_id is None and e.at == now for e in events)
        audits = s.scalars(select(AuditEntry).where(AuditEntry.action == "pool.lapse")).all()
        assert sorted(a.customer_id for a in audits) == sorted(result.customer_ids)
        assert verify_chain(s).ok

    before = _snapshot(services)
    again = services.pool.run_lapse_job()
    assert again.moved == 0 and again.customer_ids == ()
    assert _snapshot(services) == before

    # The warned customer lapses once its time has come, and only then.
    clock.advance(days=2)
    assert services.pool.run_lapse_job().customer_ids == (warned,)
    assert services.pool.run_lapse_job().moved == 0


def test_claim_sets_owner_protection_and_logs(
    services: Services, office: Office, clock: FixedClock
) -> None:
    visited = add_customer(services, office, owner_id=None, in_public_pool=True)
    lead = add_customer(
        services, office, owner_id=None, in_public_pool=True, visit_count=0, stage="lead"
    )
    now = clock.now()
    change = services.pool.claim(office.c1, visited)
    assert change.kind is OwnershipEventKind.CLAIM and change.owner_id == office.c1.id
    assert change.protected_until == now + dt.timedelta(days=30)
    assert not change.in_public_pool
    c = get_customer(services, visited)
    assert (c.owner_id, c.owner_since, c.in_public_pool, c.next_follow_up_date) == (
        office.c1.id, now, False, now.date(),
    )  # fmt: skip
    assert services.pool.claim(office.c1, lead).protected_until == now + dt.timedelta(days=7)
    with pytest.raises(ConflictError, match="不在公共池"):
        services.pool.claim(office.c2, visited)
    with services.db.read() as s:
        kinds = s.scalars(
            select(OwnershipEvent.kind).where(OwnershipEvent.to_user_id == office.c1.id)
        ).all()
        assert kinds == ["claim", "claim"]
    with pytest.raises(PermissionDenied):
        services.pool.claim(office.manager, add_customer(services, office, in_public_pool=True))


def test_daily_claim_quota(services: Services, office: Office, clock: FixedClock) -> None:
    services.settings.save(AppSettings(max_daily_claims=2))
    pool = [add_customer(services, office, owner_id=None, in_public_pool=True) for _ in range(4)]
    services.pool.claim(office.c1, pool[0])
    services.pool.claim(office.c1, pool[1])
    assert services.pool.quota(office.c1).claims_left == 0
    with pytest.raises(PoolLimitError, match="每日上限 2"):
        services.pool.claim(office.c1, pool[2])
    assert get_customer(services, pool[2]).in_public_pool
    services.pool.claim(office.c2, pool[2])  # the quota is per consultant
    clock.set(dt.datetime.combine(clock.now().date() + dt.timedelta(days=1), dt.time(0, 0)))
    services.pool.claim(office.c1, pool[3])  # a new day
    q = services.pool.quota(office.c1)
    assert (q.claims_today, q.active_customers, q.max_daily) == (1, 3, 2)


def test_active_customer_cap(services: Services, office: Office) -> None:
    services.settings.save(AppSettings(max_active_customers=2))
    add_customer(services, office, owner_id=office.c1.id)
    add_customer(
        services, office, owner_id=office.c1.id, stage=Stage.CONTRACTED.value
    )  # not counted
    pool = [add_customer(services, office, owner_id=None, in_public_pool=True) for _ in range(2)]
    services.pool.claim(office.c1, pool[0])
    with pytest.raises(PoolLimitError, match="上限 2 位"):
        services.pool.claim(office.c1, pool[1])


def test_release_needs_a_reason(services: Services, office: Office, clock: FixedClock) -> None:
    cid = add_customer(
        services, office, owner_id=office.c1.id, protected_until=clock.now() + dt.timedelta(days=9)
    )
    with pytest.raises(ValidationError):
        services.pool.release(office.c1, cid, "  ")
    with pytest.raises(PermissionDenied):
        services.pool.release(office.c2, cid, "不是我的")
    change = services.pool.release(office.c1, cid, "客户已在别处购房")
    assert (
        change.kind is OwnershipEventKind.RELEASE
        and change.in_public_pool
        and change.owner_id is None
    )
    with services.db.read() as s:
        e = s.scalars(select(OwnershipEvent).where(OwnershipEvent.customer_id == cid)).one()
        assert (e.kind, e.from_user_id, e.reason, e.by_user_id) == (
            "release", office.c1.id, "客户已在别处购房", office.c1.id,
        )  # fmt: skip
    with pytest.raises(ConflictError):
        services.pool.release(office.c1, cid, "again")
    bought = add_customer(services, office, owner_id=office.c1.id, stage=Stage.SUBSCRIBED.value)
    with pytest.raises(ConflictError, match="已认购"):
        services.pool.release(office.c1, bought, "x")
    assert [p.customer_id for p in services.pool.list_pool(office.c2)] == [cid]
    assert services.pool.list_pool(office.c2)[0].in_pool_since == clock.now()
    assert "****" in services.pool.list_pool(office.c2)[0].masked_phone


def test_lock_and_unlock(services: Services, office: Office, clock: FixedClock) -> None:
    now = clock.now()
    cid = add_customer(services, office, owner_id=office.c1.id, protected_until=now + dt.timedelta(days=1),
                       last_visit_at=now - dt.timedelta(days=29))  # fmt: skip
    with pytest.raises(PermissionDenied):
        services.pool.lock(office.c1, cid)
    assert services.pool.lock(office.manager, cid, "大客户，经理指定").locked
    with pytest.raises(ConflictError):
        services.pool.lock(office.manager, cid)
    with pytest.raises(ConflictError, match="锁定"):
        services.pool.release(office.c1, cid, "不想跟了")
    clock.advance(days=60)
    assert services.pool.run_lapse_job().moved == 0
    change = services.pool.unlock(office.manager, cid, "恢复正常管理")
    # Protection had long run out: the owner gets the warning period from now.
    assert change.protected_until == clock.now() + dt.timedelta(days=3)
    assert services.pool.run_lapse_job().moved == 0
    clock.advance(days=3)
    assert services.pool.run_lapse_job().customer_ids == (cid,)
    with services.db.read() as s:
        kinds = s.scalars(
            select(OwnershipEvent.kind)
            .where(OwnershipEvent.customer_id == cid)
            .order_by(OwnershipEvent.id)
        ).all()
    assert kinds == ["lock", "unlock", "lapse"]
    with pytest.raises(ConflictError):
        services.pool.lock(office.manager, cid)  # in the pool: nobody to lock it to
