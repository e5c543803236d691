"""Benchmark of the reports page's one read, ``ReportService.sales_report``.

    cp /work/bench-data/demo-1m.sqlite3 /tmp/reports-1m.sqlite3
    python bench/bench_reports.py --db /tmp/reports-1m.sqlite3 [--runs 5]

Opens a COPY of the demo database: the file is migrated to head first (migration 0006
adds the report indexes, a few seconds on 1M customers), so the script refuses to open
anything under ``/work/bench-data``. "Today" is the day of the last visit in the file
(the demo's data end there), so the 30-day range is full.

For the manager, the busiest consultant and customer service, over the last 30 and 365
days (by day, and by week for the year), it prints the first call in the process (cold
statement cache, SQLite page cache empty) and the median / max of ``--runs`` more, plus
the machine, the date and the load average. Write the figures into bench/README.md.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import os
import platform
import sqlite3
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db import migrate  # noqa: E402
from app.db.engine import open_database  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.domain.enums import Role  # noqa: E402
from app.domain.models import UserInfo  # noqa: E402
from app.domain.reports import Granularity  # noqa: E402
from app.services.container import Services  # noqa: E402

PROTECTED = Path("/work/bench-data")
TARGET_MS = 1000.0  # the manager's 30-day report on 1M customers


def machine() -> str:
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    uname = " ".join(platform.uname())
    with contextlib.suppress(OSError):
        uname = subprocess.run(["uname", "-a"], capture_output=True, text=True).stdout.strip()
    return (
        f"{dt.datetime.now():%Y-%m-%d %H:%M}; nproc {os.cpu_count()}; {uname}; "
        f"Python {platform.python_version()}; SQLite {sqlite3.sqlite_version}; load {load}"
    )


def pick_users(db_path: Path) -> dict[str, UserInfo]:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        rows = con.execute(
            "SELECT id, username, display_name, role, project_id FROM users WHERE active = 1"
        ).fetchall()
        busiest = con.execute(
            "SELECT consultant_id FROM visits GROUP BY consultant_id ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()[0]
    finally:
        con.close()
    users: dict[str, UserInfo] = {}
    for uid, username, name, role, pid in rows:
        info = UserInfo(uid, username, name, Role(role), pid, True)
        if role == Role.MANAGER and "manager" not in users:
            users["manager"] = info
        elif role == Role.SERVICE and "service" not in users:
            users["service"] = info
        elif uid == busiest:
            users["consultant"] = info
    return users


def last_day(db_path: Path) -> dt.date:
    con = sqlite3.connect(f"file:{db_path}?mode=ro", uri=True)
    try:
        (latest,) = con.execute("SELECT max(arrived_at) FROM visits").fetchone()
    finally:
        con.close()
    return dt.date.fromisoformat(str(latest)[:10])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/tmp/reports-1m.sqlite3"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db_path: Path = args.db.resolve()
    if db_path.is_relative_to(PROTECTED):
        parser.error(f"open a copy, not {db_path}: the migration writes to the file")
    if not db_path.is_file():
        parser.error(f"no such file: {db_path}")

    print(machine())
    db = open_database(f"sqlite:///{db_path}")
    t0 = time.perf_counter()
    result = migrate.upgrade(db)
    if result.before != result.after:
        print(f"migrated {result.before} → {result.after} in {time.perf_counter() - t0:.1f} s")
    db.dispose()

    today = last_day(db_path)
    users = pick_users(db_path)
    db = open_database(f"sqlite:///{db_path}")
    services = Services(db, FixedClock(dt.datetime.combine(today, dt.time(18, 0))))
    with db.read() as s:
        counts = {
            t: s.connection().exec_driver_sql(f"SELECT count(*) FROM {t}").scalar()
            for t in ("customers", "visits", "follow_ups", "deals")
        }
    print(f"database {db_path} ({db_path.stat().st_size / 2**30:.2f} GiB): {counts}; "
          f"today = {today}")  # fmt: skip
    print(f"{'who':<11} {'range':<6} {'per':<5} {'first ms':>9} {'p50 ms':>8} {'max ms':>8}  "
          f"visits / new visitors")  # fmt: skip
    manager_30 = None
    for who in ("manager", "consultant", "service"):
        user = users[who]
        for days, granularity in ((30, Granularity.DAY), (365, Granularity.DAY),
                                  (365, Granularity.WEEK)):  # fmt: skip
            start = today - dt.timedelta(days=days - 1)
            times = []
            report = None
            for _ in range(args.runs + 1):
                t0 = time.perf_counter()
                report = services.reports.sales_report(user, start, today, granularity)
                times.append((time.perf_counter() - t0) * 1000)
            assert report is not None
            first, rest = times[0], times[1:]
            p50 = statistics.median(rest) if rest else first
            if who == "manager" and days == 30:
                manager_30 = max(first, p50)
            print(
                f"{who:<11} {days:>3} d  {granularity.value:<5} {first:9.0f} {p50:8.0f} "
                f"{max(rest or [first]):8.0f}  {report.visits.total:,} / {report.funnel.visited:,}"
            )
    db.dispose()
    assert manager_30 is not None
    met = "met" if manager_30 < TARGET_MS else "MISSED"
    print(f"target: manager, 30 days < {TARGET_MS:.0f} ms: {met} ({manager_30:.0f} ms)")
    print(f"load after: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
