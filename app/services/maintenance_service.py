"""Database health check, backup and restore (``salesdesk db ...``)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from sqlalchemy import func, select, text

from app.db import migrate
from app.db.backup import backup_sqlite, restore_sqlite
from app.db.engine import Database, sqlite_path
from app.domain.errors import DatabaseError, SchemaTooNewError
from app.domain.models import DbCheckReport
from app.models import Customer, Deal, Unit, User, Visit


class MaintenanceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    def schema_revision(self) -> tuple[str | None, str]:
        """(the database's revision, this program's head): one small query, for display."""
        return migrate.current_revision(self._db), migrate.code_head()

    def check(self) -> DbCheckReport:
        """Revision and SQLite's integrity and foreign-key checks; raises if too new."""
        revision = migrate.check_not_newer(self._db)
        head = migrate.code_head()
        integrity = "ok"
        fk = "ok"
        counts: dict[str, int] = {}
        with self._db.read_engine.connect() as conn:
            if self._db.is_sqlite:
                rows = [r[0] for r in conn.exec_driver_sql("PRAGMA integrity_check")]
                integrity = "ok" if rows == ["ok"] else "; ".join(map(str, rows[:20]))
                bad = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                fk = (
                    "ok"
                    if not bad
                    else f"{len(bad)} 行外键不一致: "
                    + "; ".join(f"{r[0]}#{r[1]}→{r[2]}" for r in bad[:20])
                )
            else:
                conn.execute(text("SELECT 1"))
            if revision is not None:
                for model in (User, Customer, Visit, Unit, Deal):
                    counts[model.__tablename__] = int(
                        conn.execute(select(func.count()).select_from(model)).scalar() or 0
                    )
        return DbCheckReport(
            url=self._db.display_name,
            revision=revision,
            code_head=head,
            integrity=integrity,
            foreign_keys=fk,
            counts=counts,
        )

    def backup(self, to: Path | None, default_dir: Path) -> Path:
        if to is None:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            to = default_dir / f"salesdesk-{stamp}.sqlite3"
        elif to.is_dir():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            to = to / f"salesdesk-{stamp}.sqlite3"
        return backup_sqlite(self._db, to)

    def restore(self, backup: Path, safety_dir: Path) -> Path:
        """Replace the database with ``backup``; the current one is backed up first."""
        target = sqlite_path(self._db.url)
        if target is None:
            raise DatabaseError("PostgreSQL 数据库请用 pg_restore 恢复")
        revision = _file_revision(backup)
        if revision is not None and revision not in migrate.known_revisions():
            raise SchemaTooNewError(revision, migrate.code_head())
        safety = None
        if target.exists():
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            safety = backup_sqlite(self._db, safety_dir / f"before-restore-{stamp}.sqlite3")
        self._db.dispose()
        restore_sqlite(backup, target)
        return safety or target


def _file_revision(path: Path) -> str | None:
    """The Alembic revision stored in a SQLite file, read without changing the file."""
    if not path.exists():
        raise DatabaseError("找不到备份文件：{path}", values={"path": path})
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "备份文件不是售楼接待台的数据库：{path} ({exc})", values={"path": path, "exc": exc}
        ) from exc
    return str(row[0]) if row else None
