"""Online SQLite backup and restore through SQLite's backup API."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from app.domain.errors import DatabaseError

if TYPE_CHECKING:
    from app.db.engine import Database


def backup_sqlite(db: Database, target: Path) -> Path:
    """Copy the live database to ``target`` consistently, even while it is in use."""
    from app.db.engine import sqlite_path

    source = sqlite_path(db.url)
    if source is None:
        raise DatabaseError("PostgreSQL 数据库请用 pg_dump 备份 (back up PostgreSQL with pg_dump)")
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.with_suffix(target.suffix + ".part")
    if tmp.exists():
        tmp.unlink()
    src = sqlite3.connect(str(source), timeout=10)
    try:
        dst = sqlite3.connect(str(tmp))
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    tmp.replace(target)
    return target


def check_sqlite_file(path: Path) -> str:
    """SQLite's integrity_check on a file that is not open elsewhere; 'ok' when healthy."""
    if not path.exists():
        raise DatabaseError("找不到备份文件：{path}", values={"path": path})
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.DatabaseError as exc:
        raise DatabaseError(
            "备份文件不是有效的数据库：{path} ({exc})", values={"path": path, "exc": exc}
        ) from exc


def restore_sqlite(backup: Path, target: Path) -> None:
    """Replace ``target`` with ``backup`` through the backup API (WAL files stay consistent)."""
    result = check_sqlite_file(backup)
    if result != "ok":
        raise DatabaseError("备份文件已损坏，未恢复：{result}", values={"result": result})
    src = sqlite3.connect(f"file:{backup}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(str(target), timeout=10)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
