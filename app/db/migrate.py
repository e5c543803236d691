"""Migrations runner: back up, refuse a database newer than the code, upgrade to head.

Alembic costs about 0.4 s to import, so the common start (database already at head)
never imports it: the revisions are read from the scripts' ``revision`` /
``down_revision`` lines and the database's from ``alembic_version`` with one query.
Alembic is loaded only when an upgrade really has to run.
"""

from __future__ import annotations

import ast
import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from app.db.backup import backup_sqlite
from app.db.engine import Database, sqlite_path
from app.domain.errors import SchemaTooNewError

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


def alembic_config(db: Database | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    if db is not None:
        cfg.set_main_option("sqlalchemy.url", db.url.replace("%", "%%"))
    return cfg


@lru_cache(maxsize=1)
def _revision_graph() -> dict[str, str | None]:
    """revision -> down_revision, read from the scripts' module-level assignments."""
    graph: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS_DIR / "versions").glob("*.py")):
        values: dict[str, object] = {}
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            target = None
            if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                target, value = node.target.id, node.value
            elif isinstance(node, ast.Assign) and isinstance(node.targets[0], ast.Name):
                target, value = node.targets[0].id, node.value
            if target in ("revision", "down_revision") and value is not None:
                values[target] = ast.literal_eval(value)
        if "revision" in values:
            graph[str(values["revision"])] = values.get("down_revision")  # type: ignore[assignment]
    return graph


def known_revisions() -> set[str]:
    return set(_revision_graph())


def code_head() -> str:
    graph = _revision_graph()
    parents = {down for down in graph.values() if down is not None}
    heads = sorted(set(graph) - parents)
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def current_revision(db: Database) -> str | None:
    with db.read_engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        try:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        except DBAPIError:
            return None


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
    from alembic import command

    cfg = alembic_config(db)
    with db.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    return UpgradeResult(before, head, backup_path)
