"""Opening the database: SQLite by default, PostgreSQL (psycopg 3) when given a URL.

SQLite runs with foreign keys on, WAL, ``synchronous=FULL`` (a show-flat laptop can
lose power) and a 10 s busy timeout. Write transactions begin with ``BEGIN IMMEDIATE``:
pysqlite's default deferred BEGIN lets two writers both read and then fail to upgrade
their lock ("database is locked"), where IMMEDIATE makes the second one wait.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine, create_engine, event, make_url
from sqlalchemy.orm import Session, sessionmaker

from app.domain.errors import DatabaseError

SQLITE_BUSY_TIMEOUT_MS = 10_000
_NETWORK_FS = {
    "nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs",
    "davfs", "fuse.davfs2", "ncpfs", "glusterfs", "ceph", "fuse.rclone",
}  # fmt: skip


def resolve_url(cli_url: str | None, default_sqlite: Path) -> str:
    """``--database-url``, else ``SALESDESK_DATABASE_URL``, else the default SQLite file."""
    if cli_url:
        url = cli_url
    elif os.environ.get("SALESDESK_DATABASE_URL"):
        url = os.environ["SALESDESK_DATABASE_URL"]
    else:
        url = f"sqlite:///{default_sqlite}"
    parsed = make_url(url)
    if parsed.drivername in ("postgresql", "postgres"):
        url = parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database:
        return None
    if parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def is_network_path(path: Path) -> bool:
    """True if ``path`` lies on a network share, where SQLite's locking is unreliable."""
    text = str(path)
    if text.startswith("\\\\") or text.startswith("//"):
        return True
    if sys.platform == "win32":  # pragma: no cover - exercised on Windows only
        import ctypes

        drive = os.path.splitdrive(os.path.abspath(text))[0]
        if drive:
            drive_remote = 4
            return bool(ctypes.windll.kernel32.GetDriveTypeW(drive + "\\") == drive_remote)
        return False
    try:
        mounts = Path("/proc/mounts").read_text().splitlines()
    except OSError:
        return False
    target = os.path.realpath(path.parent if not path.exists() else path)
    best, best_fs = "", ""
    for line in mounts:
        parts = line.split()
        if len(parts) < 3:
            continue
        mount_point = parts[1].replace("\\040", " ")
        if (target == mount_point or target.startswith(mount_point.rstrip("/") + "/")) and len(
            mount_point
        ) > len(best):
            best, best_fs = mount_point, parts[2]
    return best_fs in _NETWORK_FS


def _install_sqlite_hooks(engine: Engine) -> None:
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn, _record):  # type: ignore[no-untyped-def]
        # Let SQLAlchemy's "begin" event issue BEGIN itself.
        dbapi_conn.isolation_level = None
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
        cur.execute("PRAGMA foreign_keys=ON")
        cur.execute("PRAGMA journal_mode=WAL")
        cur.execute("PRAGMA synchronous=FULL")
        # Deleted personal data is overwritten, not left in free pages (PIPL erasure);
        # python.org's Windows build has it off by default.
        cur.execute("PRAGMA secure_delete=ON")
        cur.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn):  # type: ignore[no-untyped-def]
        mode = conn.get_execution_options().get("sqlite_begin", "IMMEDIATE")
        conn.exec_driver_sql(f"BEGIN {mode}")


@dataclass
class Database:
    """The engine plus the two kinds of session: read (deferred) and write (immediate)."""

    url: str
    engine: Engine
    read_engine: Engine
    _write: sessionmaker[Session]
    _read: sessionmaker[Session]

    @property
    def is_sqlite(self) -> bool:
        return self.engine.dialect.name == "sqlite"

    @property
    def display_name(self) -> str:
        path = sqlite_path(self.url)
        if path is not None:
            return str(path)
        return make_url(self.url).render_as_string(hide_password=True)

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed whole, or rolled back whole on any exception."""
        with self._write() as session, session.begin():
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._read() as session, session.begin():
            yield session

    def dispose(self) -> None:
        self.engine.dispose()


def open_database(url: str, *, create_dir: bool = True) -> Database:
    """Open ``url``. Statement parameters are kept out of error messages and logs
    (``hide_parameters``): they hold phones and ID numbers, and an unexpected database
    error is logged and shown in a copyable report."""
    path = sqlite_path(url)
    if path is not None:
        if is_network_path(path):
            raise DatabaseError(
                f"数据库文件位于网络共享上（{path}），SQLite 在网络共享上会损坏数据。"
                "多台电脑共用请使用 PostgreSQL：salesdesk --database-url "
                "postgresql://用户:密码@服务器/数据库"
                f" (SQLite on a network share is not supported; use PostgreSQL.)"
            )
        if create_dir:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(
            url,
            connect_args={"timeout": SQLITE_BUSY_TIMEOUT_MS / 1000},
            hide_parameters=True,
        )
        _install_sqlite_hooks(engine)
    else:
        engine = create_engine(url, pool_pre_ping=True, hide_parameters=True)
    read_engine = engine.execution_options(sqlite_begin="DEFERRED")
    return Database(
        url=url,
        engine=engine,
        read_engine=read_engine,
        _write=sessionmaker(engine, expire_on_commit=False),
        _read=sessionmaker(read_engine, expire_on_commit=False),
    )
