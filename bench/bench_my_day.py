"""My day (跟进) on a big office: ``FollowUpService.my_day`` for a consultant, for the
manager's whole team (counts only, and with the team's lists), and for one consultant
chosen by the manager.

    python bench/bench_my_day.py sqlite:////tmp/copy-of-demo-1m.sqlite3 [--runs 4]

Use a copy of the demo database (``bench/bench_demo.py 1000000 --keep PATH``): signing
in writes to it. "today" is the demo's last day, 2026-11-23 18:00.
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.engine import open_database  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.services.container import Services  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("url")
    parser.add_argument("--runs", type=int, default=4)
    args = parser.parse_args()
    db = open_database(args.url)
    svc = Services(db, FixedClock(dt.datetime(2026, 11, 23, 18, 0)))
    manager = svc.auth.authenticate("jingli", "demo1234")
    consultant = svc.auth.authenticate("guwen1", "demo1234")
    cases = [
        ("consultant's day", lambda: svc.follow_ups.my_day(consultant)),
        ("manager: team counts", lambda: svc.follow_ups.my_day(manager)),
        ("manager: team lists", lambda: svc.follow_ups.my_day(manager, team_lists=True)),
        (
            "manager: one consultant",
            lambda: svc.follow_ups.my_day(manager, consultant_id=consultant.id),
        ),
    ]
    for label, fn in cases:
        times = []
        for _ in range(args.runs):
            start = time.perf_counter()
            day = fn()
            times.append((time.perf_counter() - start) * 1000)
        print(
            f"{label:25} first {times[0]:7.0f} ms  p50 of the rest "
            f"{statistics.median(times[1:] or times):7.0f} ms  ({day.counts.total:,} items)"
        )
    db.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
