"""Benchmark of the reception and customers queries (issue 3) on a big SQLite database.

    python bench/bench_reception.py run  --db /work/bench-data/demo-1m.sqlite3
    python bench/bench_reception.py make --db /work/bench-data/mine.sqlite3 --customers 1000000

``run`` times the service calls the reception and customers pages make (phone lookup,
first page, search and filter changes, jumps to any row, counts) and prints p50/p95 per
case. ``make`` writes a synthetic office when the demo database is not there yet: it
migrates a new file to head and bulk-inserts customers and their phones with the same
stored forms the ORM writes (the search triggers of migration 0002 fire as usual).

This is a benchmark, not a test: run it on a quiet machine and write the figures into
bench/README.md with the machine, the date, the SQLite version and the load.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import random
import sqlite3
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import migrate  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.domain import pinyin  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.customer import CustomerFilter, CustomerSort, SortKey  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.domain.models import UserInfo  # noqa: E402
from app.services.container import Services  # noqa: E402

SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕"
    "丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严"
)
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超兰霞平刚桂英华建国志红玉萍飞鹏辉斌宇浩凯晨欣怡婷雪琳"
    "子涵梓轩一诺雨桐浩然俊杰思远嘉怡佳琪文博天佑诗涵梦琪晓东海燕春梅秋菊冬梅永强建军德华卫东"
)
PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "170",
    "171",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "198",
    "199",
]
GRADES = ("A", "B", "B", "C", "C", "C", "D", None)
STAGES = ("lead", "visited", "visited", "visited", "visited", "subscribed", "contracted",
          "delivered", "owner", "lost", "cancelled")  # fmt: skip
CHANNELS = ("walk_in", "phone", "online", "agency", "referral", "ad", "event", "other")
NOW = dt.datetime(2026, 3, 2, 10, 0, 0)


def _ts(d: dt.datetime | None) -> str | None:
    return None if d is None else d.strftime("%Y-%m-%d %H:%M:%S.000000")


def make(db_path: Path, customers: int, seed: int = 1) -> None:
    if db_path.exists():
        sys.exit(f"{db_path} exists; remove it first")
    db = open_database(f"sqlite:///{db_path}")
    migrate.upgrade(db)
    svc = Services(db, FixedClock(NOW))
    project = svc.projects.ensure_default("基准测试楼盘")
    consultants = [
        svc.auth.create_user(f"gw{i}", "bench1234", Role.CONSULTANT, f"顾问{i}", project.id)
        for i in range(1, 9)
    ]
    svc.auth.create_user("qt1", "bench1234", Role.RECEPTION, "前台一", project.id)
    svc.auth.create_user("jl1", "bench1234", Role.MANAGER, "经理一", project.id)
    db.dispose()

    rng = random.Random(seed)
    con = sqlite3.connect(db_path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    con.execute("PRAGMA cache_size=-400000")
    cols = (
        "id, project_id, name, pinyin_initials, pinyin_full, gender, phone, alt_phone, "
        "consent_basic, consent_resident_id, consent_marketing, channel, wanted_layout, "
        "wanted_area_min, wanted_area_max, asked_price, deposit_intent, owner_id, owner_since, "
        "registration_complete, registered_at, protected_until, locked, in_public_pool, grade, "
        "stage, visit_count, first_visit_at, last_visit_at, next_follow_up_date, created_at, "
        "updated_at"
    )
    ph = ", ".join("?" * len(cols.split(",")))
    used: set[str] = set()
    start = time.perf_counter()
    batch = 50_000
    con.execute("BEGIN")
    cid = 0
    for lo in range(0, customers, batch):
        rows = []
        phones = []
        for _ in range(min(batch, customers - lo)):
            cid += 1
            name = rng.choice(SURNAMES) + "".join(
                rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2)))
            )
            while True:
                p = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
                if p not in used:
                    used.add(p)
                    break
            e164 = "+86" + p
            alt = None
            if rng.random() < 0.15:
                while True:
                    a = rng.choice(PREFIXES) + f"{rng.randrange(10**8):08d}"
                    if a not in used:
                        used.add(a)
                        break
                alt = "+86" + a
            created = NOW - dt.timedelta(seconds=rng.randrange(730 * 86400))
            visits = 0 if rng.random() < 0.15 else rng.choice((1, 1, 1, 2, 2, 3, 5))
            last_visit = (
                created + dt.timedelta(seconds=rng.randrange(max(1, int((NOW - created).total_seconds()))))
                if visits
                else None
            )  # fmt: skip
            pool = rng.random() < 0.1
            owner = None if pool else rng.choice(consultants).id
            anchor = last_visit or created
            protected = anchor + dt.timedelta(days=30 if visits else 7)
            nfu = (anchor + dt.timedelta(days=rng.choice((2, 5, 14, 30)))).date()
            rows.append((
                cid, project.id, name, pinyin.initials(name), pinyin.full(name),
                rng.choice("MF"), e164, alt, 1, 0, int(rng.random() < 0.5),
                rng.choice(CHANNELS), rng.choice(("两室两厅", "三室两厅", "四室两厅", None)),
                rng.choice((8000, 9000, 12000)), rng.choice((10000, 12000, 14000)),
                0, 0, owner, _ts(created), 1, _ts(created), _ts(protected), 0, int(pool),
                rng.choice(GRADES), "lead" if not visits else rng.choice(STAGES[1:]), visits,
                _ts(created if visits else None), _ts(last_visit), nfu.isoformat(),
                _ts(created), _ts(last_visit or created),
            ))  # fmt: skip
            phones.append((project.id, e164, cid, "primary"))
            if alt:
                phones.append((project.id, alt, cid, "alternate"))
        con.executemany(f"INSERT INTO customers ({cols}) VALUES ({ph})", rows)
        con.executemany(
            "INSERT INTO customer_phones (project_id, phone, customer_id, kind) VALUES (?,?,?,?)",
            phones,
        )
        print(f"  {cid:>9} customers  {time.perf_counter() - start:6.1f} s", flush=True)
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()
    print(f"made {customers} customers in {time.perf_counter() - start:.1f} s")


# --- timing ---------------------------------------------------------------------------


def _time(fn: Callable[[], object], runs: int) -> tuple[float, float, float]:
    fn()  # warm the page cache and the statement cache
    xs = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        xs.append((time.perf_counter() - t) * 1000)
    xs.sort()
    return statistics.median(xs), xs[min(len(xs) - 1, int(len(xs) * 0.95))], xs[-1]


def machine() -> str:
    model = "?"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    ram = "?"
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        ram = f"{kb / 1024 / 1024:.0f} GiB"
    except (OSError, ValueError, IndexError):
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{model}, {os.cpu_count()} cores, {ram} RAM, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, load {load:.2f}"
    )


def run(db_path: Path, runs: int) -> None:
    db = open_database(f"sqlite:///{db_path}", create_dir=False)
    with db.read_engine.connect() as conn:
        # "Now" is when the database was made, so "overdue" and "lapsed" mean what they
        # meant to the office the generator simulated.
        latest = conn.exec_driver_sql("SELECT max(created_at) FROM customers").scalar()
    now = dt.datetime.fromisoformat(str(latest)[:19]) + dt.timedelta(minutes=1)
    svc = Services(db, FixedClock(now))
    q = svc.customer_query
    with db.read_engine.connect() as conn:
        total = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar()
        project_id = conn.exec_driver_sql("SELECT min(id) FROM projects").scalar()
        manager_id = conn.exec_driver_sql(
            "SELECT id FROM users WHERE role = 'manager' ORDER BY id LIMIT 1"
        ).scalar()
        reception_id = conn.exec_driver_sql(
            "SELECT id FROM users WHERE role = 'reception' ORDER BY id LIMIT 1"
        ).scalar()
        owner_id = conn.exec_driver_sql(
            "SELECT owner_id FROM customers WHERE owner_id IS NOT NULL LIMIT 1"
        ).scalar()
        sample = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT phone FROM customer_phones ORDER BY random() LIMIT 200"
            )
        ]
        name3 = conn.exec_driver_sql(
            "SELECT name FROM customers WHERE length(name) = 3 LIMIT 1 OFFSET 777"
        ).scalar()
    manager = UserInfo(manager_id, "m", "m", Role.MANAGER, project_id, True)
    reception = UserInfo(reception_id or manager_id, "r", "r", Role.RECEPTION, project_id, True)
    print(f"database: {db_path} ({total} customers)")
    print(f"machine:  {machine()}")
    print(f"date:     {dt.datetime.now():%Y-%m-%d %H:%M} (office clock {now:%Y-%m-%d %H:%M})")
    results: list[tuple[str, float, float, float, str]] = []

    def case(label: str, fn: Callable[[], object], target: str = "", n: int = runs) -> None:
        p50, p95, mx = _time(fn, n)
        results.append((label, p50, p95, mx, target))
        print(f"  {label:<52} p50 {p50:8.2f}  p95 {p95:8.2f}  max {mx:8.2f}  {target}")

    it = iter(sample * (runs // len(sample) + 2))
    case("phone lookup (判客), random known phone", lambda: svc.reception.lookup_phone(
        reception, next(it)[3:]), "< 5 ms p95")  # fmt: skip
    case("phone lookup, unknown phone", lambda: svc.reception.lookup_phone(
        reception, "13900000000"), "< 5 ms p95")  # fmt: skip
    default = CustomerFilter()
    by_created = CustomerSort(SortKey.CREATED, descending=True)
    case("first page (100 rows), no filter, newest first",
         lambda: q.page(manager, default, by_created, limit=100), "< 150 ms")  # fmt: skip
    cases = {
        "search name 3 chars (FTS trigram)": CustomerFilter(search=name3),
        "search name 1 char (surname prefix) 张": CustomerFilter(search="张"),
        "search name 2 chars prefix": CustomerFilter(search=name3[:2]),
        "search last 4 digits of phone": CustomerFilter(search=sample[0][-4:]),
        "search 7 digits of phone": CustomerFilter(search=sample[1][-9:-2]),
        "search pinyin initials zs": CustomerFilter(search="zs"),
        "search pinyin zhangs": CustomerFilter(search="zhangs"),
        "search pinyin 1 letter w": CustomerFilter(search="w"),
        "filter grade A": CustomerFilter(grades=("A",)),
        "filter owner": CustomerFilter(owner_ids=(owner_id,)),
        "filter owner + grade B + overdue": CustomerFilter(
            owner_ids=(owner_id,), grades=("B",), overdue=True
        ),
        "filter public pool": CustomerFilter(public_pool=True),
        "filter stage subscribed + channel agency": CustomerFilter(
            stages=("subscribed",), channels=("agency",)
        ),
        "filter created in one week": CustomerFilter(
            created_from=dt.date(2025, 6, 1), created_to=dt.date(2025, 6, 7)
        ),
        "search 张 + grade A": CustomerFilter(search="张", grades=("A",)),
    }
    for label, flt in cases.items():
        case(f"{label}: first page", lambda flt=flt: q.page(manager, flt, by_created, limit=100),
             "< 50 ms p50")  # fmt: skip
    for key in (SortKey.NAME, SortKey.LAST_VISIT, SortKey.GRADE, SortKey.OWNER, SortKey.VISIT_COUNT,
                SortKey.NEXT_FOLLOW_UP):  # fmt: skip
        s = CustomerSort(key, descending=False)
        case(f"sort by {key.value}: first page",
             lambda s=s: q.page(manager, default, s, limit=100), "< 50 ms p50")  # fmt: skip
    n = q.count(manager, default)
    case("jump to last row, no positions yet (walk from the end)",
         lambda: q.page_at(manager, default, by_created, n - 1, 50, total=n), "< 100 ms")  # fmt: skip
    case("jump to middle row, no positions yet",
         lambda: q.page_at(manager, default, by_created, n // 2, 50, total=n), "< 100 ms")  # fmt: skip
    positions = [random.Random(2).randrange(n) for _ in range(runs + 5)]
    pit = iter(positions)
    case("jump to random row, no positions yet",
         lambda: q.page_at(manager, default, by_created, next(pit), 50, total=n), "< 100 ms")  # fmt: skip
    grade_b = CustomerFilter(grades=("B",))
    by_name = CustomerSort(SortKey.NAME, descending=False)
    views = (("no filter, newest first", default, by_created),
             ("no filter, by name", default, by_name),
             ("grade B, newest first", grade_b, by_created),
             ("grade B, by name", grade_b, by_name),
             ("search 张, newest first", CustomerFilter(search="张"), by_created))  # fmt: skip
    for label, flt, srt in views:
        ids = q.ids(manager, flt, srt)
        assert ids is not None
        case(f"positions (all ids in order): {label} [{len(ids)} rows]",
             lambda flt=flt, srt=srt: q.ids(manager, flt, srt), "background", n=3)  # fmt: skip
        last = len(ids) - 1
        case(f"jump to last row with positions: {label}",
             lambda ids=ids, last=last: q.rows_by_ids(manager, ids[max(0, last - 49): last + 1]),
             "< 100 ms")  # fmt: skip
        rnd = iter([random.Random(3).randrange(len(ids)) for _ in range(runs + 5)])
        case(f"jump to random row with positions: {label}",
             lambda ids=ids, rnd=rnd: q.rows_by_ids(manager, ids[(i := next(rnd)): i + 50]),
             "< 100 ms")  # fmt: skip
    counts = (("no filter", default), ("grade A", CustomerFilter(grades=("A",))),
              ("search 张", CustomerFilter(search="张")),
              ("search last 4 digits", cases["search last 4 digits of phone"]),
              ("owner + grade B + overdue", cases["filter owner + grade B + overdue"]),
              ("stage + channel", cases["filter stage subscribed + channel agency"]))  # fmt: skip
    for label, flt in counts:
        case(f"count ({label})", lambda flt=flt: q.count(manager, flt), "", n=max(5, runs // 4))
    print()
    print("| case | p50 ms | p95 ms | max ms | target |")
    print("|---|---:|---:|---:|---|")
    for label, p50, p95, mx, target in results:
        print(f"| {label} | {p50:.1f} | {p95:.1f} | {mx:.1f} | {target} |")
    db.dispose()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("make")
    m.add_argument("--db", type=Path, required=True)
    m.add_argument("--customers", type=int, default=1_000_000)
    r = sub.add_parser("run")
    r.add_argument("--db", type=Path, default=Path("/work/bench-data/demo-1m.sqlite3"))
    r.add_argument("--runs", type=int, default=40)
    args = ap.parse_args()
    if args.cmd == "make":
        make(args.db, args.customers)
    else:
        run(args.db, args.runs)


if __name__ == "__main__":
    main()
