"""Benchmark of the 客户 page itself (issue 3): the real page, offscreen, on a big database.

    QT_QPA_PLATFORM=offscreen python bench/bench_customers_ui.py \\
        --db /work/bench-data/demo-1m.sqlite3 [--user jingli] [--window --writable]

Measures what a user waits for, from the widget's point of view (service call, model,
view and paint included):

- **open**: building the page and showing it until the first rows are painted
  (target < 150 ms);
- **filter**: a search or filter change until its first rows are painted (median
  target < 50 ms), for a mix of searches (name, last four digits, pinyin) and filters;
  the time until the exact count is shown is printed too;
- **jump**: ``scrollToBottom()`` (and a jump to the middle) until the rows there are
  painted (target < 100 ms);
- **memory**: the resident set (``VmRSS`` of /proc/self/status; peak ``VmHWM``) with the
  page open after scrolling around (target < 200 MB). ``--window`` builds the whole main
  window (every page) instead of the customers page alone.

Without ``--window`` the database is only read (the customers page makes no writes) and
not migrated, so a shared benchmark database stays as it is. The main window WRITES: at
start-up it runs the protection-lapse job (customers whose protection ran out go to the
public pool, with ownership events and audit rows). ``--window`` therefore needs a copy
of the database and ``--writable`` to say so. Run on a quiet machine; the load is printed.
"""

from __future__ import annotations

import argparse
import gc
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("SALESDESK_DATA_DIR", tempfile.mkdtemp(prefix="salesdesk-bench-ui-"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QEvent, QObject  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.db.engine import open_database  # noqa: E402
from app.domain.models import UserInfo  # noqa: E402
from app.services.container import Services  # noqa: E402
from app.ui.app_events import AppEvents  # noqa: E402
from app.ui.application import create_qt_app  # noqa: E402
from app.ui.background import BackgroundTask  # noqa: E402
from app.ui.pages.customers_page import CustomersPage  # noqa: E402

WIDTH, HEIGHT = 1280, 800


def status_kb(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


class PaintWatch(QObject):
    """Notes when the table's viewport has painted rows."""

    def __init__(self, page: CustomersPage) -> None:
        super().__init__()
        self.page = page
        self.painted = False
        page.table.viewport().installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self.page.model.rowCount() > 0:
            self.painted = True
        return False

    def wait(self, deadline_s: float = 30.0) -> None:
        end = time.perf_counter() + deadline_s
        while not self.painted and time.perf_counter() < end:
            QApplication.processEvents()


def settle(page: CustomersPage) -> float:
    """Wait for the positions (exact count); the seconds it took."""
    t0 = time.perf_counter()
    while not page.model.positions_known:
        QApplication.processEvents()
        time.sleep(0.002)
    QApplication.processEvents()
    return time.perf_counter() - t0


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f} ms"


def open_page(services: Services, user: UserInfo, events: AppEvents) -> tuple[CustomersPage, float]:
    t0 = time.perf_counter()
    page = CustomersPage(services, user, events)
    page.resize(WIDTH, HEIGHT)
    watch = PaintWatch(page)
    page.show()
    watch.wait()
    return page, time.perf_counter() - t0


def timed_change(page: CustomersPage, change: Callable[[], None]) -> tuple[float, float]:
    """(seconds to the first painted rows, seconds until the exact count)."""
    watch = PaintWatch(page)
    watch.painted = False
    t0 = time.perf_counter()
    change()
    page.apply_filters()
    watch.wait()
    first = time.perf_counter() - t0
    if page.model.rowCount() == 0:  # the empty state: nothing to paint in the table
        QApplication.processEvents()
        first = time.perf_counter() - t0
    settle(page)
    return first, time.perf_counter() - t0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/work/bench-data/demo-1m.sqlite3")
    parser.add_argument("--user", default="jingli")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--window", action="store_true", help="the whole main window")
    parser.add_argument(
        "--writable", action="store_true", help="--window may write (use a copy of the database)"
    )
    args = parser.parse_args()
    if args.window and not args.writable:
        print("--window runs the main window's lapse job, which writes: use a copy and --writable")
        return 2

    db_path = Path(args.db).resolve()
    if not db_path.is_file() or db_path.stat().st_size < 1_000_000:
        # Never create (or touch) a database that is not there: it may be being rebuilt.
        print(f"no benchmark database at {db_path}; make one with bench/bench_demo.py")
        return 2
    rss_start = status_kb("VmRSS")
    qt_app = create_qt_app(["bench"])
    services = Services(open_database(f"sqlite:///{db_path}", create_dir=False))
    users = {u.username: u for u in services.auth.list_users()}
    user = users[args.user]
    consultant = next((u for u in users.values() if u.username == "guwen1"), None)
    events = AppEvents()
    print(f"SalesDesk customers page benchmark — {time.strftime('%Y-%m-%d %H:%M')}")
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} CPUs, "
          f"Python {platform.python_version()}, SQLite {sqlite3.sqlite_version}")  # fmt: skip
    print(f"load average: {os.getloadavg()}")
    print(f"database: {args.db}  user: {user.username} ({user.role})")
    print()

    # --- open -------------------------------------------------------------------------
    opens = []
    for _ in range(args.runs):
        page, seconds = open_page(services, user, events)
        opens.append(seconds)
        count_s = settle(page)
        page.close()
        page.deleteLater()
        BackgroundTask.wait_for_all()
        QApplication.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        gc.collect()
    print(f"open → first rows painted: first {ms(opens[0])}, median {ms(statistics.median(opens))}"
          f"  (target < 150 ms); exact count after a further {count_s:.2f} s")  # fmt: skip

    if args.window:
        from app.ui.main_window import MainWindow

        window = MainWindow(services, user, events)
        window.resize(WIDTH + 220, HEIGHT)
        window.show()
        page = window.pages["customers"]  # type: ignore[assignment]
        watch = PaintWatch(page)
        window.show_page("customers")
        watch.wait()
    else:
        page, _ = open_page(services, user, events)
    settle(page)
    print(f"rows: {page.model.rowCount():,}  ({page.count_label.text()})")

    # --- filter changes ---------------------------------------------------------------
    owner_id = consultant.id if consultant is not None else user.id
    changes: list[tuple[str, Callable[[], None]]] = [
        ("search 张 (1 char)", lambda: page.search_edit.setText("张")),
        ("search 王芳", lambda: page.search_edit.setText("王芳")),
        ("search 张晓明 (3 chars)", lambda: page.search_edit.setText("张晓明")),
        ("search 5678 (last four)", lambda: page.search_edit.setText("5678")),
        ("search 13800 (digits)", lambda: page.search_edit.setText("13800")),
        ("search zs (initials)", lambda: page.search_edit.setText("zs")),
        ("search zhangs (pinyin)", lambda: page.search_edit.setText("zhangs")),
        ("search none", lambda: page.search_edit.setText("")),
        ("grade A", lambda: page.grade_filter.set_selected(("A",), notify=False)),
        ("+ owner guwen1", lambda: page.owner_filter.set_selected((owner_id,), notify=False)),
        ("+ overdue", lambda: page.overdue_check.setChecked(True)),
        ("clear", lambda: page.clear_filters()),
        ("stage visited", lambda: page.stage_filter.set_selected(("visited",), notify=False)),
        ("+ channel agency", lambda: page.channel_filter.set_selected(("agency",), notify=False)),
        ("clear", lambda: page.clear_filters()),
        ("public pool only", lambda: page.pool_check.setChecked(True)),
        ("clear", lambda: page.clear_filters()),
    ]
    firsts = []
    print("\nsearch / filter change → first rows painted (→ exact count shown):")
    for label, change in changes:
        for w in (page.search_edit, page.grade_filter, page.owner_filter, page.overdue_check,
                  page.stage_filter, page.channel_filter, page.pool_check):  # fmt: skip
            w.blockSignals(True)
        try:
            first, counted = timed_change(page, change)
        finally:
            for w in (page.search_edit, page.grade_filter, page.owner_filter, page.overdue_check,
                      page.stage_filter, page.channel_filter, page.pool_check):  # fmt: skip
                w.blockSignals(False)
        firsts.append(first)
        print(f"  {label:26s} {ms(first)}   count {counted:6.2f} s   "
              f"{page.model.rowCount():>9,} rows")  # fmt: skip
    print(f"  median {ms(statistics.median(firsts))}  p90 "
          f"{ms(statistics.quantiles(firsts, n=10)[-1])}  max {ms(max(firsts))}"
          "  (target: median < 50 ms)")  # fmt: skip

    # --- jumps ------------------------------------------------------------------------
    page.clear_filters()
    settle(page)
    jumps = []
    model = page.model
    for label, action in (
        ("scrollToBottom (last row)", page.table.scrollToBottom),
        ("row 500,000", lambda: page.table.scrollTo(model.index(model.rowCount() // 2, 1))),
        ("scrollToTop", page.table.scrollToTop),
        ("scrollToBottom again", page.table.scrollToBottom),
        ("row 123,456", lambda: page.table.scrollTo(model.index(123_456, 1))),
    ):
        watch = PaintWatch(page)
        t0 = time.perf_counter()
        before = model.rows_requested
        action()
        watch.wait()
        seconds = time.perf_counter() - t0
        jumps.append(seconds)
        bottom = page.table.rowAt(page.table.viewport().height() - 2)
        print(f"  jump {label:27s} {ms(seconds)}  rows read {model.rows_requested - before:4d}"
              f"  bottom row shown: {bottom:,}")  # fmt: skip
    print(f"  last row: {model.rowCount() - 1:,}; jump median {ms(statistics.median(jumps))}"
          " (target < 100 ms)")  # fmt: skip

    # --- memory after scrolling around --------------------------------------------------
    bar = page.table.verticalScrollBar()
    for step in range(0, 200):
        bar.setValue(bar.maximum() * step // 200)
        QApplication.processEvents()
    for _ in range(50):
        bar.triggerAction(bar.SliderAction.SliderPageStepAdd)
        QApplication.processEvents()
    gc.collect()
    rss = status_kb("VmRSS") / 1024
    hwm = status_kb("VmHWM") / 1024
    print(f"\nmemory: VmRSS {rss:.0f} MB (peak VmHWM {hwm:.0f} MB; at start {rss_start / 1024:.0f}"
          f" MB) with the {'main window' if args.window else 'customers page'} open after"
          f" scrolling; target < 200 MB")  # fmt: skip
    print(f"load average at the end: {os.getloadavg()}")
    BackgroundTask.wait_for_all()
    services.db.dispose()
    del qt_app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
