"""Models and migrations agree; a database newer than the code is refused; backups."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.cli import main
from app.db import migrate
from app.db.engine import open_database
from app.domain.errors import SchemaTooNewError
from app.models import Base
from app.services.customer_query_service import is_search_schema_object


def _not_search_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    # Migration 0002's search structures (FTS5 table, search indexes) are not ORM-mapped.
    return not (reflected and compare_to is None and is_search_schema_object(name))


def test_models_and_migrations_agree(database_url: str) -> None:
    db = open_database(database_url)
    with db.engine.connect() as conn:
        ctx = MigrationContext.configure(
            conn, opts={"compare_type": True, "include_object": _not_search_object}
        )
        diff = compare_metadata(ctx, Base.metadata)
    db.dispose()
    assert diff == []


def test_lookup_indexes_exist(database_url: str) -> None:
    """The lookups SPEC names are served by an index (or a unique constraint's index)."""
    db = open_database(database_url)
    with db.read_engine.connect() as conn:
        insp = inspect(conn)
        covered: set[tuple[str, tuple[str, ...]]] = set()
        for table in insp.get_table_names():
            for ix in insp.get_indexes(table):
                covered.add((table, tuple(ix["column_names"])))
            for uq in insp.get_unique_constraints(table):
                covered.add((table, tuple(uq["column_names"])))
    db.dispose()

    def has_prefix(table: str, cols: tuple[str, ...]) -> bool:
        return any(t == table and c[: len(cols)] == cols for t, c in covered)

    for needed in (
        ("customers", ("project_id", "phone")),
        ("customers", ("project_id", "alt_phone")),
        ("customers", ("owner_id", "next_follow_up_date")),
        ("customers", ("project_id", "stage")),
        ("customers", ("project_id", "created_at")),
        ("customer_phones", ("project_id", "phone")),
        ("related_persons", ("customer_id",)),
        ("deals", ("unit_id",)),
    ):
        assert has_prefix(*needed), needed


def _stamp(db_url: str, revision: str) -> None:
    db = open_database(db_url)
    with db.write() as s:
        s.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    db.dispose()


def test_newer_database_is_refused(database_url: str) -> None:
    _stamp(database_url, "9999future")
    db = open_database(database_url)
    with pytest.raises(SchemaTooNewError) as info:
        migrate.upgrade(db)
    db.dispose()
    assert "9999future" in str(info.value)
    assert migrate.code_head() in str(info.value)


def test_db_check_refuses_newer_database_with_nonzero_exit(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    _stamp(sqlite_url, "9999future")
    assert main(["--database-url", sqlite_url, "db", "check"]) == 2
    err = capsys.readouterr().err
    assert "9999future" in err and migrate.code_head() in err


def test_upgrade_backs_up_a_sqlite_file_that_holds_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE legacy_visitors (name TEXT)")
    con.execute("INSERT INTO legacy_visitors VALUES ('张三')")
    con.commit()
    con.close()
    db = open_database(f"sqlite:///{path}")
    result = migrate.upgrade(db, backup_to=tmp_path / "backups")
    db.dispose()
    assert result.before is None and result.after == migrate.code_head()
    assert result.backup is not None and result.backup.exists()
    con = sqlite3.connect(result.backup)
    assert con.execute("SELECT name FROM legacy_visitors").fetchall() == [("张三",)]
    con.close()


def test_upgrade_of_new_empty_file_makes_no_backup(tmp_path: Path) -> None:
    db = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    result = migrate.upgrade(db, backup_to=tmp_path / "backups")
    db.dispose()
    assert result.backup is None
    assert migrate.current_revision(db) == migrate.code_head()


def test_fast_revision_reading_agrees_with_alembic() -> None:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(migrate.alembic_config())
    assert migrate.code_head() == script.get_current_head()
    assert migrate.known_revisions() == {r.revision for r in script.walk_revisions()}


def test_start_at_head_does_not_import_alembic(sqlite_url: str) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from app.db.engine import open_database\n"
        "from app.db import migrate\n"
        f"db = open_database({sqlite_url!r})\n"
        "r = migrate.upgrade(db)\n"
        "assert r.before == r.after\n"
        "assert 'alembic' not in sys.modules, 'alembic imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
