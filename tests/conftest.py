"""Shared fixtures: a fresh migrated database per test, on SQLite and (when
``SALESDESK_TEST_DATABASE_URL`` is set) on PostgreSQL.

The schema is migrated once into a template (a SQLite file, or a PostgreSQL template
database) and copied for each test, which is far faster than migrating every time.
"""

from __future__ import annotations

import datetime as dt
import itertools
import os
import shutil
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.db import migrate  # noqa: E402
from app.db.engine import open_database, resolve_url  # noqa: E402
from app.domain.clock import FixedClock  # noqa: E402
from app.services.container import Services  # noqa: E402

PG_URL = os.environ.get("SALESDESK_TEST_DATABASE_URL", "").strip()
BACKENDS = ["sqlite"] + (["postgresql"] if PG_URL else [])
_counter = itertools.count()


@pytest.fixture(autouse=True)
def _isolated_data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep every test away from the real user data directory and database URL."""
    monkeypatch.setenv("SALESDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("SALESDESK_DATABASE_URL", raising=False)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    db = open_database(f"sqlite:///{path}")
    migrate.upgrade(db)
    db.dispose()  # the last connection to close checkpoints and removes the WAL
    return path


class _PgTemplate:
    def __init__(self, url: str) -> None:
        self.url = resolve_url(url, Path("unused"))
        self.base = make_url(self.url)
        self.admin = create_engine(self.base.set(database="postgres"), isolation_level="AUTOCOMMIT")
        self.prefix = f"sdtest_{uuid.uuid4().hex[:8]}"
        self.template = f"{self.prefix}_tpl"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{self.template}"'))
        db = open_database(self.base.set(database=self.template).render_as_string(False))
        migrate.upgrade(db)
        db.dispose()

    def new_url(self) -> tuple[str, str]:
        name = f"{self.prefix}_{next(_counter)}"
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{self.template}"'))
        return name, self.base.set(database=name).render_as_string(hide_password=False)

    def drop(self, name: str) -> None:
        with self.admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))

    def close(self) -> None:
        self.drop(self.template)
        self.admin.dispose()


@pytest.fixture(scope="session")
def pg_template() -> Iterator[_PgTemplate | None]:
    if not PG_URL:
        yield None
        return
    tpl = _PgTemplate(PG_URL)
    yield tpl
    tpl.close()


def _sqlite_copy(template: Path, tmp_path: Path) -> str:
    path = tmp_path / "test.sqlite3"
    shutil.copyfile(template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=BACKENDS)
def database_url(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    pg_template: _PgTemplate | None,
) -> Iterator[str]:
    """A fresh database at head, once per backend."""
    if request.param == "sqlite":
        yield _sqlite_copy(sqlite_template, tmp_path)
        return
    assert pg_template is not None
    name, url = pg_template.new_url()
    yield url
    pg_template.drop(name)


@pytest.fixture
def sqlite_url(tmp_path: Path, sqlite_template: Path) -> str:
    """A fresh SQLite database at head, for tests about SQLite itself."""
    return _sqlite_copy(sqlite_template, tmp_path)


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 2, 10, 0, 0))


@pytest.fixture
def services(database_url: str, clock: FixedClock) -> Iterator[Services]:
    db = open_database(database_url)
    svc = Services(db, clock)
    yield svc
    db.dispose()


@pytest.fixture
def sqlite_services(sqlite_url: str, clock: FixedClock) -> Iterator[Services]:
    db = open_database(sqlite_url)
    svc = Services(db, clock)
    yield svc
    db.dispose()
