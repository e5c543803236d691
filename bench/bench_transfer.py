"""Benchmark of follow-up, pool and transfer (issue 4) on a big database.

    python bench/bench_transfer.py                      # SQLite, 1,000,000 customers
    python bench/bench_transfer.py --customers 100000   # quicker
    python bench/bench_transfer.py --pg-url postgresql://postgres@127.0.0.1:55432/postgres

It builds a synthetic office in a new database (a temporary SQLite file, or a new
PostgreSQL database that is dropped afterwards): 100 consultants, 2 customer-service
users, a manager; ``--customers`` customers, 40 % owned by the consultants (a mix of
stages, planned follow-up dates around today, protection ending within the next 30
days, birthdays with and without marketing consent), the rest in the public pool; one
completed follow-up record for every fifth customer and an open task for every fiftieth.

Then it times, through the services:

- ``FollowUpService.my_day`` for a consultant and for the manager's team view,
- ``ReminderService.due_summary`` for both (with ``--proposed-index`` a second time after
  creating the covering index suggested for a migration),
- ``PoolService.run_lapse_job`` with 1,000 lapsed customers, and again with none,
- ``TransferService.transfer`` of 10,000 customers of a departing consultant to three
  successors, with deactivation, in one transaction (3 runs, each on new customers).

This is a benchmark, not a test: run it on a quiet machine and write the figures into
bench/README.md with the machine, the date and the load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import random
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import create_engine, insert, make_url, select, text  # noqa: E402

from app.db import migrate  # noqa: E402
from app.db.engine import Database, open_database, resolve_url  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.domain.models import UserInfo  # noqa: E402
from app.models import Customer, FollowUp, User  # noqa: E402
from app.services.auth_service import to_info  # noqa: E402
from app.services.container import Services  # noqa: E402

NOW = dt.datetime(2026, 3, 2, 10, 0, 0)
STAGES = ("lead", "visited", "visited", "visited", "visited", "subscribed", "contracted",
          "delivered", "owner", "lost", "cancelled")  # fmt: skip
LAPSABLE = {"lead", "visited", "cancelled"}
PLANNED = {"lead", "visited", "subscribed", "contracted", "cancelled"}
GRADES = ("A", "B", "B", "C", "C", "C", "D", None)
BATCH = 20_000


def _users(svc: Services, project_id: int, n_consultants: int) -> dict[str, list[UserInfo]]:
    out: dict[str, list[UserInfo]] = {"consultant": [], "service": [], "manager": []}
    with svc.db.write() as s:

        def add(username: str, role: Role) -> UserInfo:
            u = User(username=username, display_name=username, role=role.value, password_hash="x",
                     project_id=project_id, active=True, failed_attempts=0, created_at=NOW)  # fmt: skip
            s.add(u)
            s.flush()
            return to_info(u)

        out["manager"].append(add("manager", Role.MANAGER))
        out["service"] = [add(f"service{i}", Role.SERVICE) for i in range(2)]
        out["consultant"] = [add(f"c{i:03d}", Role.CONSULTANT) for i in range(n_consultants)]
    return out


def _customer(rng: random.Random, i: int, project_id: int, owner: int | None) -> dict[str, Any]:
    stage = rng.choice(STAGES) if owner else rng.choice(("lead", "visited", "lost"))
    visits = 0 if stage == "lead" else rng.randint(1, 5)
    row: dict[str, Any] = {
        "project_id": project_id, "name": f"客户{i}", "pinyin_initials": "kh",
        "pinyin_full": f"kehu{i}", "phone": f"+86139{i:08d}", "consent_basic": True,
        "consent_resident_id": False, "consent_marketing": rng.random() < 0.5,
        "asked_price": False, "deposit_intent": False, "registration_complete": True,
        "locked": False, "in_public_pool": owner is None, "stage": stage, "grade": rng.choice(GRADES),
        "visit_count": visits, "owner_id": owner, "created_at": NOW, "updated_at": NOW,
        "birthday": dt.date(rng.randint(1950, 2000), rng.randint(1, 12), rng.randint(1, 28)),
        "last_visit_at": NOW - dt.timedelta(days=rng.randint(1, 300)) if visits else None,
        "owner_since": NOW - dt.timedelta(days=rng.randint(1, 300)) if owner else None,
        "next_follow_up_date": None, "protected_until": None,
    }  # fmt: skip
    if owner and stage in PLANNED:
        row["next_follow_up_date"] = NOW.date() + dt.timedelta(days=rng.randint(-30, 30))
    if owner and stage in LAPSABLE:
        row["protected_until"] = NOW + dt.timedelta(minutes=rng.randint(1, 30 * 24 * 60))
    return row


def _follow_up(customer_id: int, assignee_id: int, kind: str, due: dt.date | None,
               done_at: dt.datetime | None) -> dict[str, Any]:  # fmt: skip
    return {
        "customer_id": customer_id, "assignee_id": assignee_id, "kind": kind, "due_date": due,
        "done_at": done_at, "channel": "phone" if done_at else None,
        "content": "跟进" if done_at else None, "outcome": None,
        "reached": True if done_at else None, "next_date": None, "deal_id": None,
        "created_at": NOW, "created_by": None,
    }  # fmt: skip


def build(
    svc: Services, customers: int, n_consultants: int, seed: int = 1
) -> dict[str, list[UserInfo]]:
    project = svc.projects.ensure_default("基准测试楼盘")
    users = _users(svc, project.id, n_consultants)
    ids = [u.id for u in users["consultant"]]
    rng = random.Random(seed)
    t0 = time.perf_counter()
    for start in range(0, customers, BATCH):
        rows = [
            _customer(rng, i, project.id, rng.choice(ids) if rng.random() < 0.4 else None)
            for i in range(start, min(start + BATCH, customers))
        ]
        with svc.db.write() as s:
            first = (s.scalar(select(Customer.id).order_by(Customer.id.desc()).limit(1)) or 0) + 1
            s.execute(insert(Customer.__table__), rows)
            follow = []
            for k, row in enumerate(rows):
                cid = first + k
                if row["owner_id"] and k % 5 == 0:
                    follow.append(_follow_up(cid, row["owner_id"], "regular", None,
                                             NOW - dt.timedelta(days=3)))  # fmt: skip
                if row["owner_id"] and k % 50 == 0:
                    due = NOW.date() + dt.timedelta(days=rng.randint(-5, 10))
                    follow.append(
                        _follow_up(cid, row["owner_id"], "callback_subscription", due, None)
                    )
            if follow:
                s.execute(insert(FollowUp.__table__), follow)
        print(f"\r  customers: {min(start + BATCH, customers):,}", end="", flush=True)
    print(f"  ({time.perf_counter() - t0:.0f} s)")
    return users


def timed(fn: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    times = []
    result = None
    for _ in range(runs):
        t0 = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - t0) * 1000)
    return times, result


def report(label: str, times: list[float]) -> None:
    times = sorted(times)
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    print(
        f"  {label:<52} p50 {statistics.median(times):8.1f} ms   p95 {p95:8.1f} ms   (n={len(times)})"
    )


#: An index that would make every "My day" count index-only (suggested for a migration).
PROPOSED_INDEX = (
    "CREATE INDEX ix_customers_owner_day ON customers (owner_id, next_follow_up_date, stage, "
    "protected_until, locked, consent_marketing, birthday, anonymized_at)"
)


def my_day_timings(svc: Services, manager: UserInfo, cons: list[UserInfo], title: str) -> None:
    print(f"My day and reminders ({title}):")
    sample = cons[:20]
    times: list[float] = []
    day = None
    for c in sample:
        t, day = timed(lambda c=c: svc.follow_ups.my_day(c), 3)
        times.extend(t)
    assert day is not None
    report("my_day(consultant)", times)
    print(f"    e.g. counts {day.counts}")
    t, team = timed(lambda: svc.follow_ups.my_day(manager), 5)
    report(f"my_day(manager, team of {len(team.per_consultant)}, counts)", t)
    print(f"    team counts {team.counts}")
    t, team = timed(lambda: svc.follow_ups.my_day(manager, team_lists=True), 3)
    report("my_day(manager, team, with lists)", t)
    t, _ = timed(lambda: svc.follow_ups.my_day(manager, consultant_id=cons[0].id), 10)
    report("my_day(manager, one consultant)", t)
    times = []
    for c in sample:
        times.extend(timed(lambda c=c: svc.reminders.due_summary(c), 3)[0])
    report("due_summary(consultant)", times)
    report("due_summary(manager)", timed(lambda: svc.reminders.due_summary(manager), 5)[0])


def bench(db: Database, customers: int, consultants: int, proposed_index: bool) -> None:
    clock = FixedClock(NOW)
    svc = Services(db, clock)
    print(f"building {customers:,} customers ...")
    users = build(svc, customers, consultants)
    if db.is_sqlite:
        with db.engine.connect() as conn:
            conn.exec_driver_sql("ANALYZE")
    else:
        with db.engine.connect() as conn:
            conn.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql("ANALYZE")
    manager = users["manager"][0]
    cons = users["consultant"]

    my_day_timings(svc, manager, cons, "schema as migrated")
    lapse_timings(svc)
    transfer_timings(svc, manager, cons, "schema as migrated", first_run=0)
    if proposed_index:
        t0 = time.perf_counter()
        with db.engine.begin() as conn:
            conn.exec_driver_sql(PROPOSED_INDEX)
            conn.exec_driver_sql("ANALYZE")
        print(f"(created the proposed covering index in {time.perf_counter() - t0:.0f} s)")
        my_day_timings(svc, manager, cons, "with the proposed covering index")
        transfer_timings(svc, manager, cons, "with the proposed covering index", first_run=3)


def lapse_timings(svc: Services) -> None:
    print("Lapse job:")
    with svc.db.write() as s:
        lapse_ids = list(
            s.scalars(
                select(Customer.id)
                .where(Customer.protected_until.is_not(None))
                .order_by(Customer.id)
                .limit(1000)
            )
        )
        s.execute(
            Customer.__table__.update()
            .where(Customer.id.in_(lapse_ids))
            .values(protected_until=NOW - dt.timedelta(hours=1))
        )
    t, res = timed(lambda: svc.pool.run_lapse_job(NOW), 1)
    report(f"run_lapse_job, {res.moved} lapsed", t)
    t, res = timed(lambda: svc.pool.run_lapse_job(NOW), 5)
    report(f"run_lapse_job again, {res.moved} lapsed", t)


def transfer_timings(
    svc: Services, manager: UserInfo, cons: list[UserInfo], title: str, first_run: int
) -> None:
    print(f"Transfer of 10,000 customers, one transaction ({title}):")
    rng = random.Random(7 + first_run)
    times = []
    project_id = manager.project_id
    result = None
    for run in range(first_run, first_run + 3):
        leaving = _users_extra(svc, project_id, f"leaving{run}")
        rows = [
            _customer(rng, 10_000_000 + run * 10_000 + i, project_id, leaving.id)  # type: ignore[arg-type]
            for i in range(10_000)
        ]
        with svc.db.write() as s:
            s.execute(insert(Customer.__table__), rows)
        successors = [cons[(run * 3 + k) % len(cons)].id for k in range(3)]
        t, result = timed(
            lambda leaving=leaving, successors=successors: svc.transfers.transfer(
                manager, leaving.id, None, successors, "离职移交", deactivate_from_user=True
            ),
            1,
        )
        assert result.moved == 10_000, result
        times.extend(t)
        print(f"    run {run + 1}: {t[0]:.0f} ms, shares {[s.customers for s in result.shares]}")
    report("transfer(10,000 customers → 3 successors)", times)
    assert result is not None
    t, form = timed(lambda: svc.transfers.transfer_form(manager, result.transfer_id), 3)
    report(f"transfer_form ({len(form.customers):,} lines)", t)


def _users_extra(svc: Services, project_id: int | None, username: str) -> UserInfo:
    with svc.db.write() as s:
        u = User(username=username, display_name=username, role=Role.CONSULTANT.value,
                 password_hash="x", project_id=project_id, active=True, failed_attempts=0,
                 created_at=NOW)  # fmt: skip
        s.add(u)
        s.flush()
        return to_info(u)


def main() -> None:
    p = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("--customers", type=int, default=1_000_000)
    p.add_argument("--consultants", type=int, default=100)
    p.add_argument("--pg-url", help="a PostgreSQL server URL; a new database is made and dropped")
    p.add_argument("--keep", type=Path, help="SQLite: write the database here and keep it")
    p.add_argument("--proposed-index", action="store_true",
                   help="time My day again after creating the proposed covering index")  # fmt: skip
    args = p.parse_args()
    print(f"python {platform.python_version()}, {platform.platform()}")

    if args.pg_url:
        base = make_url(resolve_url(args.pg_url, Path("unused")))
        admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        name = f"bench_transfer_{uuid.uuid4().hex[:8]}"
        with admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"'))
            version = conn.execute(text("SHOW server_version")).scalar()
        print(f"PostgreSQL {version}, database {name}")
        try:
            db = open_database(base.set(database=name).render_as_string(hide_password=False))
            migrate.upgrade(db)
            bench(db, args.customers, args.consultants, args.proposed_index)
            db.dispose()
        finally:
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
            admin.dispose()
        return

    import sqlite3

    print(f"SQLite {sqlite3.sqlite_version}")
    with tempfile.TemporaryDirectory() as tmp:
        path = args.keep or Path(tmp) / "bench.sqlite3"
        db = open_database(f"sqlite:///{path}")
        migrate.upgrade(db)
        bench(db, args.customers, args.consultants, args.proposed_index)
        db.dispose()


if __name__ == "__main__":
    main()
