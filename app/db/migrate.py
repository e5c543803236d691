"""Migrations runner: back up, refuse a database newer than the code, upgrade to head."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import inspect

from app.db.backup import backup_sqlite
from app.db.engine import Database, sqlite_path
from app.domain.errors import SchemaTooNewError

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(db: Database | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


def code_head() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    script = ScriptDirectory.from_config(alembic_config())
    return {rev.revision for rev in script.walk_revisions()}


def current_revision(db: Database) -> str | None:
    with db.read_engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def check_not_newer(db: Database) -> str | None:
    """Return the database's revision; raise if the code does not know it."""
    rev = current_revision(db)
    if rev is not None and rev not in known_revisions():
        raise SchemaTooNewError(rev, code_head())
    return rev


@dataclass(frozen=True)
class UpgradeResult:
    before: str | None
    after: str
    backup: Path | None


def upgrade(db: Database, backup_to: Path | None = None) -> UpgradeResult:
    """Migrate to head. A SQLite file that holds data is backed up first."""
    before = check_not_newer(db)
    head = code_head()
    backup_path: Path | None = None
    if before == head:
        return UpgradeResult(before, head, None)
    path = sqlite_path(db.url)
    if path is not None and backup_to is not None and path.exists():
        with db.read_engine.connect() as conn:
            has_tables = bool(inspect(conn).get_table_names())
        if has_tables:
            stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
            backup_path = backup_to / f"{path.stem}-before-{head}-{stamp}.sqlite3"
            backup_sqlite(db, backup_path)
    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(before, head, backup_path)
