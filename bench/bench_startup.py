"""Startup benchmark: process start → signed in → main window shown and painted.

    python bench/bench_startup.py sqlite:////path/to/db.sqlite3 USER PASSWORD [--runs 5]

Each run is a fresh child process (this same file with ``--child``) that imports the
application, opens the services on the URL (the composition root's ``open_services``:
engine, "not newer than the code" check, migration to head if needed), signs in with
the real Argon2 check, builds and shows the main window and stops once the event loop
has delivered the window's first paint. The child times its phases with
``time.perf_counter`` from its very first line; the interpreter's own start-up, which
happens before that line, is measured by the parent as the wall time of
``python -c pass`` and added. The figure reported is that sum ("to first paint").

Qt runs on the platform given by ``QT_QPA_PLATFORM``; without it and without a display,
``offscreen``. The child writes no backups or files of its own (its data directory is a
temporary one), but signing in records the sign-in in the database like the app does.
"""

import time

_T0 = time.perf_counter()  # the child's zero: keep this the first statement

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import statistics  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PHASES = ("imports", "qt_app", "open_services", "authenticate", "window_built", "first_paint")


def _ms(t: float) -> float:
    return round((t - _T0) * 1000, 1)


def child(url: str, username: str, password: str) -> None:
    marks: dict[str, float] = {}
    sys.path.insert(0, str(ROOT))
    from app.bootstrap import open_services, preload_data_layer

    preload_data_layer()  # in the order ``run_gui`` does it: before PySide6
    from PySide6.QtCore import QEvent, QObject, QTimer

    from app.ui.app_events import AppEvents
    from app.ui.application import SalesDeskApplication, create_qt_app
    from app.ui.main_window import MainWindow

    marks["imports"] = _ms(time.perf_counter())
    qt_app = create_qt_app([sys.argv[0]])
    marks["qt_app"] = _ms(time.perf_counter())
    opened = open_services(url)
    services = opened.services
    marks["open_services"] = _ms(time.perf_counter())
    language = services.settings.load().language
    if isinstance(qt_app, SalesDeskApplication):
        qt_app.translations.apply(language)
    user = services.auth.authenticate(username, password)
    marks["authenticate"] = _ms(time.perf_counter())
    window = MainWindow(services, user, AppEvents())
    marks["window_built"] = _ms(time.perf_counter())

    class FirstPaint(QObject):
        """Notes the first paint inside the window; a 0 ms timer fires after the flush."""

        seen = False

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:
            if (
                not self.seen
                and event.type() == QEvent.Type.Paint
                and (obj is window or window.isAncestorOf(obj))  # type: ignore[arg-type]
            ):
                self.seen = True
                QTimer.singleShot(0, self.done)
            return False

        def done(self) -> None:
            marks["first_paint"] = _ms(time.perf_counter())
            qt_app.quit()

    watcher = FirstPaint()
    qt_app.installEventFilter(watcher)
    window.show()
    QTimer.singleShot(60_000, qt_app.quit)
    qt_app.exec()
    qt_app.removeEventFilter(watcher)
    upgraded = opened.upgrade.before != opened.upgrade.after
    print(json.dumps({"marks": marks, "migrated": upgraded, "database": services.db.display_name}))
    window.close()
    services.db.dispose()


SIGN_IN_PHASES = ("sign_in_painted", "enter", "main_painted")


def child_sign_in(url: str, username: str, password: str, typing_ms: int) -> None:
    """The real start: ``app.bootstrap.run_gui`` (preload, Qt, database, sign-in dialog,
    main window) with a robot that types the credentials ``typing_ms`` after the
    sign-in dialog's first paint and presses 登录. Marks: the dialog painted, 登录
    pressed, the main window painted.

    The robot watches only the two native windows (``QWindow``: expose and update
    requests, a handful of events), not every event of the application: a Python event
    filter on the application would itself slow the start it measures."""
    marks: dict[str, float] = {}
    sys.path.insert(0, str(ROOT))
    from app.bootstrap import run_gui
    from app.ui.session import SessionController

    real_start, real_signed_in = SessionController.start, SessionController._signed_in
    robot: list[object] = []

    def watch(widget, mark: str, then) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QEvent, QObject, QTimer

        class Painted(QObject):
            def eventFilter(self, obj: QObject, event: QEvent) -> bool:
                kind = event.type()
                if mark not in marks and kind in (QEvent.Type.Expose, QEvent.Type.UpdateRequest):
                    marks[mark] = -1.0  # noted once the frame is flushed
                    QTimer.singleShot(0, self.flushed)
                return False

            def flushed(self) -> None:
                marks[mark] = _ms(time.perf_counter())
                then()

        painted = Painted()
        robot.append(painted)
        handle = widget.windowHandle()
        if handle.isExposed():  # painted while being shown (exposing paints at once)
            marks[mark] = -1.0
            QTimer.singleShot(0, painted.flushed)
        else:
            handle.installEventFilter(painted)

    def start(self, name: str = "") -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer

        real_start(self, name)
        dialog = self.sign_in_dialog

        def type_into() -> None:
            dialog.username_edit.setText(username)
            dialog.password_edit.setText(password)
            marks["enter"] = _ms(time.perf_counter())
            dialog.sign_in_button.click()

        watch(dialog, "sign_in_painted", lambda: QTimer.singleShot(typing_ms, type_into))

    def signed_in(self, user) -> None:  # type: ignore[no-untyped-def]
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication

        real_signed_in(self, user)
        QTimer.singleShot(60_000, QApplication.quit)
        watch(self.window, "main_painted", self.window.close)

    SessionController.start = start  # type: ignore[method-assign]
    SessionController._signed_in = signed_in  # type: ignore[method-assign]
    code = run_gui(url, [sys.argv[0]])
    print(json.dumps({"marks": marks, "code": code, "migrated": False, "database": url}))


def _interpreter_start_ms(python: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run([python, "-c", "pass"], check=True, env=env)
    return (time.perf_counter() - start) * 1000


def parent(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description="SalesDesk start-up time to the first paint")
    parser.add_argument("url", help="database URL, e.g. sqlite:////work/bench-data/demo.sqlite3")
    parser.add_argument("username")
    parser.add_argument("password")
    parser.add_argument("--runs", type=int, default=5, help="measured runs after one warm-up")
    parser.add_argument(
        "--flow",
        choices=("sign-in", "direct"),
        default="sign-in",
        help="sign-in: the real start through the sign-in dialog, typed by a robot; "
        "direct: sign in programmatically and show the main window (no dialog)",
    )
    parser.add_argument(
        "--typing-ms",
        type=int,
        default=0,
        help="sign-in flow: how long the robot 'types' after the dialog is painted",
    )
    args = parser.parse_args(argv)
    if args.flow == "sign-in":
        return _parent_sign_in(args)

    env = dict(os.environ)
    if not env.get("QT_QPA_PLATFORM") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["SALESDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="salesdesk-bench-")
    # A user's Python writes and reuses bytecode (pip compiles site-packages at install,
    # the app's own modules are compiled on the first start; the frozen build ships
    # .pyc). Some shells here set PYTHONDONTWRITEBYTECODE, which would make every run
    # recompile the app (~0.2 s) and measure something no user sees.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    python = sys.executable

    rows = []
    for run in range(args.runs + 1):  # run 0 warms the disk cache and is reported apart
        interpreter = _interpreter_start_ms(python, env)
        start = time.perf_counter()
        done = subprocess.run(
            [python, __file__, "--child", args.url, args.username, args.password],
            env=env,
            capture_output=True,
            text=True,
        )
        wall = (time.perf_counter() - start) * 1000
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        result = json.loads(done.stdout.strip().splitlines()[-1])
        marks = result["marks"]
        if "first_paint" not in marks:
            sys.stderr.write("the window was not painted within 60 s\n")
            return 1
        rows.append({"interpreter": interpreter, "wall": wall, **marks})
        label = "warm-up" if run == 0 else f"run {run}"
        print(
            f"{label:8}  interpreter {interpreter:6.0f} ms  "
            + "  ".join(f"{p} {marks[p]:6.0f}" for p in PHASES)
            + f"  → to first paint {interpreter + marks['first_paint']:6.0f} ms"
            + f"  (process wall incl. exit {wall:6.0f} ms)"
        )
        if result["migrated"]:
            print("          note: the database was migrated during this run")

    measured = rows[1:] or rows
    print()
    print(f"database: {result['database']}  platform: {env.get('QT_QPA_PLATFORM', 'xcb')}")
    print(f"median of {len(measured)} runs (ms from process start):")
    print(f"  interpreter start  {statistics.median(r['interpreter'] for r in measured):7.0f}")
    for phase in PHASES:
        value = statistics.median(r["interpreter"] + r[phase] for r in measured)
        print(f"  {phase:17}  {value:7.0f}")
    return 0


def _bench_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("QT_QPA_PLATFORM") and not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    env["SALESDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="salesdesk-bench-")
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # see parent()
    return env


def _parent_sign_in(args: argparse.Namespace) -> int:
    env = _bench_env()
    python = sys.executable
    rows = []
    for run in range(args.runs + 1):  # run 0 warms the disk cache and is reported apart
        interpreter = _interpreter_start_ms(python, env)
        done = subprocess.run(
            [python, __file__, "--child-sign-in", args.url, args.username, args.password]
            + [str(args.typing_ms)],
            env=env,
            capture_output=True,
            text=True,
        )
        if done.returncode != 0:
            sys.stderr.write(done.stderr)
            return done.returncode
        marks = json.loads(done.stdout.strip().splitlines()[-1])["marks"]
        if marks.get("main_painted", -1) < 0:
            sys.stderr.write("the main window was not painted within 60 s\n" + done.stderr)
            return 1
        row = {
            "dialog": interpreter + marks["sign_in_painted"],
            "enter_to_main": marks["main_painted"] - marks["enter"],
        }
        row["machine"] = row["dialog"] + row["enter_to_main"]
        row["wall"] = interpreter + marks["main_painted"]
        rows.append(row)
        label = "warm-up" if run == 0 else f"run {run}"
        print(
            f"{label:8}  start → sign-in dialog painted {row['dialog']:6.0f} ms   "
            f"登录 → main window painted {row['enter_to_main']:6.0f} ms   "
            f"sum {row['machine']:6.0f} ms   (start → main window incl. typing "
            f"{row['wall']:6.0f} ms)"
        )
    measured = rows[1:] or rows
    print()
    print(f"database: {args.url}  platform: {env.get('QT_QPA_PLATFORM', 'xcb')}")
    print(f"typing time: {args.typing_ms} ms; median of {len(measured)} runs:")
    for key, text in (
        ("dialog", "process start → sign-in dialog painted"),
        ("enter_to_main", "登录 pressed → main window painted"),
        ("machine", "sum: the time the person waits"),
        ("wall", "process start → main window painted"),
    ):
        print(f"  {text:42}  {statistics.median(r[key] for r in measured):7.0f} ms")
    return 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        child(*sys.argv[2:5])
    elif len(sys.argv) > 1 and sys.argv[1] == "--child-sign-in":
        child_sign_in(*sys.argv[2:5], typing_ms=int(sys.argv[5]))
    else:
        raise SystemExit(parent(sys.argv[1:]))
