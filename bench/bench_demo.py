"""Benchmark of the demo office generator (``salesdesk demo``) on a fresh SQLite file.

    python bench/bench_demo.py [CUSTOMERS] [--seed S] [--keep PATH]

Creates and migrates a database in a temporary directory, generates CUSTOMERS customers
(default 1,000,000) and prints the elapsed time per phase, the rows per table, the file
size and the peak memory. ``--keep PATH`` keeps the database (moved to PATH) for other
benchmarks. Not a pytest test: it takes minutes.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("customers", nargs="?", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--keep", type=Path, metavar="PATH", help="keep the database here")
    args = parser.parse_args(argv)

    with tempfile.TemporaryDirectory(prefix="salesdesk-bench-") as tmp:
        # Backups and settings of this run stay in the temporary directory.
        os.environ["SALESDESK_DATA_DIR"] = tmp
        path = Path(tmp) / "demo.sqlite3"
        from app.bootstrap import open_services

        opened = open_services(f"sqlite:///{path}")
        services = opened.services
        phases: list[tuple[str, float, float]] = []  # label, wall and CPU time at start
        began = time.perf_counter()

        def progress(label: str, done: int, total: int) -> None:
            if not phases or phases[-1][0] != label:
                phases.append((label, time.perf_counter() - began, _cpu(resource.RUSAGE_SELF)))
                print(f"  {phases[-1][1]:7.1f} s  {label}", flush=True)

        result = services.demo.generate(customers=args.customers, seed=args.seed,
                                        progress=progress)  # fmt: skip
        elapsed = time.perf_counter() - began
        cpu_end = _cpu(resource.RUSAGE_SELF)
        services.db.dispose()

        con = sqlite3.connect(path)
        tables = [r[0] for r in con.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'customer_search_%' ORDER BY name")]  # fmt: skip
        counts = {t: con.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}
        con.close()
        size = sum(p.stat().st_size for p in Path(tmp).glob("demo.sqlite3*"))
        own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
        worker = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024

        print()
        print(f"customers       {args.customers:,} (seed {args.seed})")
        print(f"elapsed         {elapsed:.1f} s (generate() reports {result.seconds:.1f} s)")
        print(f"load average    {' '.join(f'{x:.2f}' for x in os.getloadavg())} (1, 5, 15 min)")
        print("phase           wall s   CPU s (this process)")
        ends = [(t, c) for _, t, c in phases[1:]] + [(elapsed, cpu_end)]
        for (label, start, cpu), (end, cpu_next) in zip(phases, ends, strict=True):
            print(f"  {end - start:7.1f}  {cpu_next - cpu:7.1f}    {label}")
        print(f"CPU of the worker process {_cpu(resource.RUSAGE_CHILDREN):.1f} s")
        print(f"database        {size / 2**20:,.0f} MiB")
        print(f"peak RSS        {own:,.0f} MiB (worker process {worker:,.0f} MiB)")
        print(f"python/sqlite   {platform.python_version()} / {sqlite3.sqlite_version}")
        print("rows:")
        for table, n in counts.items():
            if n:
                print(f"  {table:22s} {n:>12,}")
        print(f"  {'total':22s} {sum(counts.values()):>12,}")

        if args.keep:
            args.keep.parent.mkdir(parents=True, exist_ok=True)
            for suffix in ("-wal", "-shm"):
                Path(str(args.keep) + suffix).unlink(missing_ok=True)
            shutil.move(path, args.keep)
            print(f"kept            {args.keep}")
    return 0


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


if __name__ == "__main__":
    raise SystemExit(main())
