"""The ``salesdesk`` command.

With no subcommand it starts the desktop application. ``--database-url`` is global and
goes before the subcommand; every subcommand honours it.
"""

from __future__ import annotations

import argparse
import getpass
import sys
import time
from pathlib import Path

from app import __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_REFUSED = 2


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="salesdesk",
        description="售楼接待台 SalesDesk — reception desk of a real-estate sales office. "
        "With no command, starts the desktop application.",
    )
    p.add_argument("--version", action="version", version=f"salesdesk {__version__}")
    p.add_argument(
        "--database-url",
        metavar="URL",
        help="database to use, e.g. sqlite:////path/file.sqlite3 or "
        "postgresql://user:pass@host/db (default: $SALESDESK_DATABASE_URL, else a SQLite "
        "file in the user data directory)",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser(
        "demo",
        help="fill the database with a demo sales office",
        description="Fill an empty database with a realistic demo office: one project, two "
        "buildings of units with adverse factors, 8 consultants and other staff (password "
        "demo1234), customers, visits, follow-ups and deals.",
    )
    demo.add_argument("--customers", type=int, default=2000, metavar="N",
                      help="number of customers, up to 1000000 (default 2000)")  # fmt: skip
    demo.add_argument("--seed", type=int, default=1, metavar="S",
                      help="random seed; the same seed gives the same office (default 1)")  # fmt: skip

    db = sub.add_parser("db", help="database maintenance", description="Database maintenance.")
    dbsub = db.add_subparsers(dest="db_command", metavar="ACTION", required=True)
    dbsub.add_parser("upgrade", help="migrate the database to this version (backs up first)")
    dbsub.add_parser(
        "check",
        help="show the schema revision and run integrity and foreign-key checks",
    )
    backup = dbsub.add_parser("backup", help="copy the SQLite database to a backup file")
    backup.add_argument("--to", type=Path, metavar="PATH",
                        help="backup file or folder (default: the backups folder)")  # fmt: skip
    restore = dbsub.add_parser(
        "restore", help="replace the SQLite database with a backup (current one saved first)"
    )
    restore.add_argument("path", type=Path, metavar="PATH", help="backup file to restore")

    user = sub.add_parser("user", help="manage user accounts", description="User accounts.")
    usub = user.add_subparsers(dest="user_command", metavar="ACTION", required=True)
    add = usub.add_parser(
        "add",
        help="add a user; the password is asked for, or read from standard input "
        "when it is not a terminal",
    )
    add.add_argument("username")
    add.add_argument(
        "--role",
        required=True,
        choices=["reception", "consultant", "manager", "service", "admin"],
        help="前台 reception, 置业顾问 consultant, 销售经理 manager, 客服专员 service, "
        "管理员 admin",
    )
    add.add_argument("--name", metavar="DISPLAY_NAME", help="name shown in the app")

    pr = sub.add_parser(
        "print",
        help="issue a form as PDF (archived with number and SHA-256)",
        description="Issue a printed form: 购房告知书 purchase-notice, 交付通知书 "
        "delivery-notice, 交付验收单/钥匙交接单 handover, 客户档案移交单 transfer. Every "
        "form gets a new document number and is archived (file, SHA-256, who, when); "
        "--out also writes a copy. Examples: print purchase-notice --customer 13812345678 "
        "--unit 1号楼/1/1502 --out a.pdf; print handover --id 7 --out b.pdf (deal 7); "
        "print transfer --id 3 --out c.pdf (transfer 3).",
    )
    pr.add_argument("form", choices=["purchase-notice", "delivery-notice", "handover", "transfer"])
    pr.add_argument("--id", type=int, metavar="N",
                    help="the deal (or, for transfer, the transfer) to print")  # fmt: skip
    pr.add_argument("--customer", metavar="C",
                    help="purchase-notice: customer id or phone (with --unit)")  # fmt: skip
    pr.add_argument("--unit", metavar="U",
                    help="purchase-notice: unit id or 楼栋/单元/房号, e.g. 1号楼/1/1502")  # fmt: skip
    pr.add_argument("--out", type=Path, required=True, metavar="FILE.pdf",
                    help="where to write a copy of the archived PDF")  # fmt: skip
    pr.add_argument("--user", metavar="USERNAME",
                    help="who prints (recorded in the archive and the audit log)")  # fmt: skip
    return p


def _err(msg: str) -> None:
    print(f"salesdesk: {msg}", file=sys.stderr)


def _read_password() -> str:
    if sys.stdin.isatty():
        first = getpass.getpass("密码 Password: ")
        second = getpass.getpass("再次输入 Repeat: ")
        if first != second:
            raise ValueError("两次输入的密码不一致 (passwords differ)")
        return first
    return sys.stdin.readline().rstrip("\r\n")


def _cmd_demo(args: argparse.Namespace) -> int:
    from app.bootstrap import open_services

    opened = open_services(args.database_url)
    services = opened.services
    last = [0.0]

    def progress(label: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - last[0] >= 0.5:
            last[0] = now
            pct = 100 * done // total if total else 100
            print(f"\r{label} {done:,}/{total:,} ({pct}%)    ", end="", file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)

    try:
        result = services.load_demo_office(customers=args.customers, seed=args.seed,
                                        progress=progress)  # fmt: skip
    finally:
        services.db.dispose()
    print(
        f"演示数据已生成 demo office ready: {result.customers:,} customers, "
        f"{result.visits:,} visits, {result.follow_ups:,} follow-ups, {result.deals:,} deals "
        f"in {result.seconds:.1f} s"
    )
    print("账号 accounts (password demo1234): " + ", ".join(u for u, _p, _r in result.users))
    return EXIT_OK


def _cmd_db(args: argparse.Namespace) -> int:
    from app import paths
    from app.db.engine import open_database, resolve_url
    from app.services.maintenance_service import MaintenanceService

    url = resolve_url(args.database_url, paths.default_database_path())
    if args.db_command == "upgrade":
        from app.bootstrap import open_services

        opened = open_services(args.database_url)
        opened.services.db.dispose()
        up = opened.upgrade
        if up.before == up.after:
            print(f"已是最新 already at revision {up.after}")
        else:
            print(f"已升级 upgraded {up.before or '(empty)'} → {up.after}")
            if up.backup:
                print(f"升级前备份 backup before upgrade: {up.backup}")
        return EXIT_OK
    db = open_database(url)
    try:
        svc = MaintenanceService(db)
        if args.db_command == "check":
            report = svc.check()
            print(f"database: {report.url}")
            print(f"revision: {report.revision or '(empty database)'} (code: {report.code_head})")
            print(f"integrity_check: {report.integrity}")
            print(f"foreign_key_check: {report.foreign_keys}")
            for table, n in report.counts.items():
                print(f"{table}: {n:,}")
            if report.revision is None:
                print("数据库为空，运行 salesdesk db upgrade 建表 (run salesdesk db upgrade)")
                return EXIT_ERROR
            if report.revision != report.code_head:
                print("数据库需要升级 (run salesdesk db upgrade)")
                return EXIT_ERROR
            from app.services.audit_service import verify_chain

            with db.read() as session:
                chain = verify_chain(session)
            if chain.ok:
                print(f"audit_chain: ok ({chain.rows:,} rows)")
            else:
                print(f"audit_chain: BROKEN at audit_log id {chain.first_bad_id}: {chain.problem}")
                return EXIT_ERROR
            return EXIT_OK if report.healthy else EXIT_ERROR
        if args.db_command == "backup":
            path = svc.backup(args.to, paths.backup_dir())
            print(f"备份完成 backup written: {path}")
            return EXIT_OK
        if args.db_command == "restore":
            safety = svc.restore(args.path, paths.backup_dir())
            print(
                f"已恢复 restored {args.path}; 原数据库已备份 previous database saved as {safety}"
            )
            return EXIT_OK
    finally:
        db.dispose()
    return EXIT_ERROR


def _cmd_user(args: argparse.Namespace) -> int:
    from app.bootstrap import open_services
    from app.domain.enums import Role

    try:
        password = _read_password()
    except ValueError as exc:
        _err(str(exc))
        return EXIT_ERROR
    opened = open_services(args.database_url)
    try:
        opened.services.projects.ensure_default()
        info = opened.services.auth.create_user(
            args.username, password, Role(args.role), display_name=args.name
        )
    finally:
        opened.services.db.dispose()
    print(f"已添加用户 user added: {info.username} ({info.role.value})")
    return EXIT_OK


def _cmd_print(args: argparse.Namespace) -> int:
    from app.bootstrap import open_services

    opened = open_services(args.database_url)
    services = opened.services
    try:
        actor = None
        if args.user:
            actor = next((u for u in services.auth.list_users() if u.username == args.user), None)
            if actor is None:
                _err(f"没有用户 {args.user} (no such user)")
                return EXIT_ERROR
        docs = services.documents
        if args.form == "purchase-notice" and args.id is None:
            if not (args.customer and args.unit):
                _err("purchase-notice 需要 --customer 和 --unit，或交易编号 --id")
                return EXIT_ERROR
            customer_id = docs.customer_id_for(args.customer)
            unit_id = services.units.unit_id_for(
                args.unit, project_id=docs.project_of_customer(customer_id)
            )
            info = docs.issue_purchase_notice(customer_id, unit_id, actor=actor, out=args.out)
        elif args.id is None:
            _err(f"{args.form} 需要 --id N")
            return EXIT_ERROR
        elif args.form == "transfer":
            info = docs.issue_transfer_form(args.id, actor=actor, out=args.out)
        else:
            info = docs.issue_for_deal(
                args.form.replace("-", "_"), args.id, actor=actor, out=args.out
            )
    finally:
        services.db.dispose()
    print(f"已归档 issued {info.doc_no} ({info.title}) sha256 {info.sha256[:16]}…")
    print(f"归档文件 archived: {info.file_path}")
    print(f"副本 copy: {info.copy_path}")
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from app.domain.errors import DomainError, SchemaTooNewError

    try:
        if args.command is None:
            from app.bootstrap import run_gui

            return run_gui(args.database_url)
        if args.command == "demo":
            return _cmd_demo(args)
        if args.command == "db":
            return _cmd_db(args)
        if args.command == "user":
            return _cmd_user(args)
        if args.command == "print":
            return _cmd_print(args)
    except SchemaTooNewError as exc:
        _err(str(exc))
        return EXIT_REFUSED
    except DomainError as exc:
        _err(str(exc))
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    return EXIT_ERROR
