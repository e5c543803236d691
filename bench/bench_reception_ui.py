"""Keystroke → repainted 判客 card on the reception page, on a big database (issue 3).

    QT_QPA_PLATFORM=offscreen python bench/bench_reception_ui.py --db /work/bench-data/demo-1m.sqlite3

Opens the database **read-only** (``mode=ro``; nothing is written, so the 2 GB demo file
needs no copy), signs nobody in (the user ``qiantai`` is read from the users table) and
builds the real 接待台 page offscreen (``--window``: inside the main window). For each sample it
types the first ten digits of a phone into the phone field, then times the eleventh
key: ``QTest.keyClick`` → the page's lookup (``ReceptionService.plan_visit``) → the card
filled in → pending layout and paint events processed → the card repainted
(``QWidget.repaint``, which paints synchronously). Known phones (random rows of
``customer_phones``) and unknown ones (a new walk-in with the rotation's proposal) are
timed separately, and the lookup alone for comparison.

This is a benchmark, not a test: run it on a quiet machine; the target is < 50 ms.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from app.db.engine import open_database  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.services.container import Services  # noqa: E402

TARGET_MS = 50.0


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


def report(label: str, values: list[float]) -> tuple[float, float, float]:
    p50 = statistics.median(values)
    p95 = percentile(values, 95)
    worst = max(values)
    print(f"  {label:<46} p50 {p50:7.2f} ms  p95 {p95:7.2f} ms  max {worst:7.2f} ms")
    return p50, p95, worst


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=Path("/work/bench-data/demo-1m.sqlite3"))
    parser.add_argument("--samples", type=int, default=200)
    parser.add_argument("--user", default="qiantai")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--save-on-copy",
        type=Path,
        metavar="PATH",
        help="also time typed registrations saved on a copy made at PATH (deleted after)",
    )
    parser.add_argument(
        "--window", action="store_true", help="the whole main window (needs a writable copy)"
    )
    args = parser.parse_args()
    if not args.db.exists():
        print(f"no database at {args.db}; make one with: salesdesk demo --customers 1000000")
        return 2

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    from app.ui.app_events import AppEvents
    from app.ui.application import create_qt_app
    from app.ui.main_window import MainWindow
    from app.ui.pages.reception_page import ReceptionPage

    db = open_database(f"sqlite:///file:{args.db}?mode=ro&uri=true", create_dir=False)
    with db.read_engine.connect() as conn:
        latest = conn.exec_driver_sql("SELECT max(created_at) FROM customers").scalar()
        total = conn.exec_driver_sql("SELECT count(*) FROM customers").scalar()
        user_id = conn.exec_driver_sql(
            "SELECT id FROM users WHERE username = ?", (args.user,)
        ).scalar()
        rng = random.Random(args.seed)
        phones = [
            r[0]
            for r in conn.exec_driver_sql(
                "SELECT phone FROM customer_phones WHERE phone LIKE '+861%' "
                "AND rowid IN (SELECT abs(random()) % (SELECT max(rowid) FROM customer_phones) "
                "FROM customer_phones LIMIT ?)",
                (args.samples * 3,),
            )
        ][: args.samples]
    if user_id is None:
        print(f"no user {args.user!r} in {args.db}")
        return 2
    # "Now" is when the demo office was generated, so protection means what it meant then.
    now = dt.datetime.fromisoformat(str(latest)[:19]) + dt.timedelta(minutes=1)
    services = Services(db, FixedClock(now))
    user = services.auth.get_user(int(user_id))

    qt_app = create_qt_app(["bench"])
    window: QWidget
    if args.window:
        window = MainWindow(services, user, AppEvents())
        window.resize(1280, 800)
        page = window.pages["reception"]
    else:
        # The page alone, at its size in a 1280 x 800 window: other pages of the main
        # window refresh their own data when built, which a read-only file refuses.
        page = window = ReceptionPage(services, user, AppEvents())
        window.resize(1060, 740)
    window.show()
    assert isinstance(page, ReceptionPage)
    for _ in range(10):
        qt_app.processEvents()

    unknown: list[str] = []
    while len(unknown) < args.samples:
        candidate = f"+86159{rng.randrange(10**8):08d}"
        unknown.append(candidate)

    def one(phone_e164: str) -> tuple[float, float]:
        national = phone_e164[3:]
        page.clear_form()
        qt_app.processEvents()
        QTest.keyClicks(page.phone_edit, national[:-1])
        qt_app.processEvents()
        t0 = time.perf_counter()
        QTest.keyClicks(page.phone_edit, national[-1])
        t_card = time.perf_counter()
        qt_app.processEvents()  # layout requests and the queued paint of the window
        page.card.repaint()  # and the card painted now, whatever is still pending
        t1 = time.perf_counter()
        assert page.plan is not None and page.plan.phone_e164 == phone_e164
        return (t_card - t0) * 1000, (t1 - t0) * 1000

    def lookup_only(phone_e164: str) -> float:
        t0 = time.perf_counter()
        services.reception.plan_visit(user, phone_e164[3:])
        return (time.perf_counter() - t0) * 1000

    for phone in phones[:10]:  # warm the page cache and Qt's font caches
        one(phone)
    known_card, known_painted, new_card, new_painted = [], [], [], []
    known_missing = 0
    for phone in phones:
        card_ms, painted_ms = one(phone)
        if page.plan is None or page.plan.card is None:
            known_missing += 1
        known_card.append(card_ms)
        known_painted.append(painted_ms)
    for phone in unknown:
        card_ms, painted_ms = one(phone)
        new_card.append(card_ms)
        new_painted.append(painted_ms)
    lookups = [lookup_only(p) for p in phones]

    import platform
    import sqlite3

    print(f"database: {args.db} ({total} customers, opened read-only)")
    print(
        f"machine:  {platform.machine()}, {os.cpu_count()} cores, {platform.system()} "
        f"{platform.release()}, Python {platform.python_version()}, SQLite "
        f"{sqlite3.sqlite_version}, load {os.getloadavg()[0]:.2f}"
    )
    print(f"date:     {dt.datetime.now():%Y-%m-%d %H:%M} (office clock {now:%Y-%m-%d %H:%M})")
    print(f"samples:  {len(phones)} known phones, {len(unknown)} unknown, user {args.user}")
    report("plan_visit alone (known phone)", lookups)
    report("11th key -> card filled (known)", known_card)
    _, p95_known, _ = report("11th key -> card repainted (known)", known_painted)
    report("11th key -> card filled (new walk-in)", new_card)
    _, p95_new, _ = report("11th key -> card repainted (new walk-in)", new_painted)
    if known_missing:
        print(f"  note: {known_missing} sampled phones were not found")
    worst = max(p95_known, p95_new)
    verdict = "met" if worst < TARGET_MS else "MISSED"
    print(f"target keystroke -> repainted card < {TARGET_MS:.0f} ms at p95: {verdict}")
    window.close()
    db.dispose()
    if args.save_on_copy is not None:
        save_on_copy(args.db, args.save_on_copy, args.user, now, min(args.samples, 40))
    return 0 if worst < TARGET_MS else 1


def save_on_copy(source: Path, copy: Path, username: str, now: dt.datetime, n: int) -> None:
    """Type ``n`` complete new walk-ins with the README's keystrokes and save each with
    Ctrl+Enter, on a copy of the database (deleted afterwards)."""
    import shutil

    from PySide6.QtCore import Qt
    from PySide6.QtGui import QInputMethodEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.ui.app_events import AppEvents
    from app.ui.pages.reception_page import ReceptionPage

    print(f"copying {source} to {copy} for the save timings …")
    shutil.copyfile(source, copy)
    db = open_database(f"sqlite:///{copy}", create_dir=False)
    try:
        services = Services(db, FixedClock(now))
        with db.read_engine.connect() as conn:
            user_id = conn.exec_driver_sql(
                "SELECT id FROM users WHERE username = ?", (username,)
            ).scalar()
        assert user_id is not None, username
        user = services.auth.get_user(int(user_id))
        for consultant_id, _name in services.rotation.candidates(user):
            services.rotation.sign_in(user, consultant_id)
        page = ReceptionPage(services, user, AppEvents())
        page.resize(1060, 740)
        page.show()
        qt_app = QApplication.instance()
        assert qt_app is not None
        page.activateWindow()
        for _ in range(100):
            qt_app.processEvents()
            if QApplication.activeWindow() is page:
                break
        rng = random.Random(11)
        machine, saving, writes = [], [], []
        register = services.reception.register_visit

        def timed_register(*a, **kw):  # type: ignore[no-untyped-def]
            started = time.perf_counter()
            try:
                return register(*a, **kw)
            finally:
                writes.append((time.perf_counter() - started) * 1000)

        services.reception.register_visit = timed_register  # type: ignore[method-assign]
        enter = Qt.Key.Key_Return

        def key(k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
            widget = page.focusWidget() or page.phone_edit
            QTest.keyClick(widget, k, mods)

        for _ in range(n):
            # Everyone is busy after a few walk-ins: free them, as check-outs would.
            for entry in services.rotation.queue(user).entries:
                if entry.status.value == "busy":
                    services.rotation.set_status(user, entry.consultant_id, entry.status.FREE)
            page.refresh_lists()
            page.phone_edit.setFocus()
            qt_app.processEvents()
            phone = f"159{rng.randrange(10**8):08d}"
            t0 = time.perf_counter()
            QTest.keyClicks(page.phone_edit, phone)
            key(enter)
            event = QInputMethodEvent("", [])
            event.setCommitString("张")
            QApplication.sendEvent(page.name_edit, event)
            key(enter)
            key(Qt.Key.Key_1)
            key(enter)
            key(enter)
            key(Qt.Key.Key_1)
            key(enter)
            key(enter)
            key(Qt.Key.Key_Space)
            key(enter)
            key(enter)
            QTest.keyClicks(page.area_edit, "90-120")
            key(enter)
            QTest.keyClicks(page.layout_combo, "3")
            t1 = time.perf_counter()
            key(enter, Qt.KeyboardModifier.ControlModifier)
            qt_app.processEvents()
            page.repaint()
            t2 = time.perf_counter()
            assert "已登记" in page.message_label.text(), page.message_label.text()
            machine.append((t1 - t0) * 1000)
            saving.append((t2 - t1) * 1000)
        report("typed path, all keys but Ctrl+Enter", machine)
        report("Ctrl+Enter -> saved, lists reloaded, repainted", saving)
        report("  of which register_visit (one transaction)", writes)
        page.close()
    finally:
        db.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{copy}{suffix}").unlink(missing_ok=True)
        print(f"deleted {copy}")


if __name__ == "__main__":
    raise SystemExit(main())
