"""SQLite connection settings, BEGIN IMMEDIATE under concurrent writers, network shares."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text

from app.db.engine import is_network_path, open_database, resolve_url
from app.domain.errors import DatabaseError


def test_sqlite_pragmas(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
        assert conn.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    db.dispose()


def test_foreign_keys_are_enforced(sqlite_url: str) -> None:
    db = open_database(sqlite_url)
    with pytest.raises(Exception, match="FOREIGN KEY"), db.write() as s:
        s.execute(
            text("INSERT INTO buildings (project_id, name, floors) VALUES (999, '1号楼', 10)")
        )
    db.dispose()


def test_concurrent_writers_never_see_database_locked(sqlite_url: str) -> None:
    """Read-then-write transactions from 3 writers: deferred BEGIN fails many, IMMEDIATE none."""
    db = open_database(sqlite_url)
    with db.write() as s:
        s.execute(
            text(
                "INSERT INTO projects (name, developer, address, sales_office_phone,"
                " five_certificates, parking_info, created_at)"
                " VALUES ('p', '', '', '', '', '', '2026-01-01 00:00:00')"
            )
        )
    errors: list[BaseException] = []
    per_thread = 60

    def writer(n: int) -> None:
        for i in range(per_thread):
            try:
                with db.write() as s:
                    count = s.execute(text("SELECT count(*) FROM buildings")).scalar()
                    s.execute(
                        text("INSERT INTO buildings (project_id, name, floors) VALUES (1, :n, :f)"),
                        {"n": f"{n}-{i}-{count}", "f": 10},
                    )
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

    threads = [threading.Thread(target=writer, args=(n,)) for n in range(3)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with db.read() as s:
        assert s.execute(text("SELECT count(*) FROM buildings")).scalar() == 3 * per_thread
    db.dispose()


def test_reads_do_not_take_the_write_lock(sqlite_url: str) -> None:
    """A long read must not block a writer (reads begin DEFERRED, writes IMMEDIATE)."""
    db = open_database(sqlite_url)
    with db.read() as reader:
        reader.execute(text("SELECT count(*) FROM customers")).scalar()
        with db.write() as writer:
            writer.execute(
                text(
                    "INSERT INTO projects (name, developer, address, sales_office_phone,"
                    " five_certificates, parking_info, created_at)"
                    " VALUES ('p', '', '', '', '', '', '2026-01-01 00:00:00')"
                )
            )
    db.dispose()


def test_unc_path_is_a_network_share() -> None:
    assert is_network_path(Path("//fileserver/share/salesdesk.sqlite3"))
    assert is_network_path(Path("\\\\fileserver\\share\\salesdesk.sqlite3"))


def test_local_path_is_not_a_network_share(tmp_path: Path) -> None:
    assert not is_network_path(tmp_path / "x.sqlite3")


def test_sqlite_on_network_share_is_refused_with_pointer_to_postgresql(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setattr("app.db.engine.is_network_path", lambda _p: True)
    with pytest.raises(DatabaseError, match="PostgreSQL"):
        open_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")


def test_network_mount_detected_from_proc_mounts(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    mounts = f"/dev/sda1 / ext4 rw 0 0\n//nas/sales {tmp_path} cifs rw 0 0\n"
    real_read_text = Path.read_text

    def fake_read_text(self: Path, *a: object, **k: object) -> str:
        if str(self) == "/proc/mounts":
            return mounts
        return real_read_text(self, *a, **k)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "read_text", fake_read_text)
    assert is_network_path(tmp_path / "salesdesk.sqlite3")


def test_url_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    default = tmp_path / "default.sqlite3"
    monkeypatch.delenv("SALESDESK_DATABASE_URL", raising=False)
    assert resolve_url(None, default) == f"sqlite:///{default}"
    monkeypatch.setenv("SALESDESK_DATABASE_URL", "sqlite:////env.sqlite3")
    assert resolve_url(None, default) == "sqlite:////env.sqlite3"
    assert resolve_url("sqlite:////cli.sqlite3", default) == "sqlite:////cli.sqlite3"
    pg = resolve_url("postgresql://u:p@h/db", default)
    assert pg.startswith("postgresql+psycopg://u:p@h/db")


def test_database_errors_never_carry_statement_parameters(sqlite_url: str) -> None:
    """An unexpected database error is logged and shown; its text must not hold a phone."""
    db = open_database(sqlite_url)
    with pytest.raises(Exception) as info, db.write() as s:
        s.execute(
            text("INSERT INTO buildings (project_id, name, floors) VALUES (999, :n, 10)"),
            {"n": "+8613812345678"},
        )
    db.dispose()
    assert "FOREIGN KEY" in str(info.value)
    assert "13812345678" not in str(info.value)


def test_unindexed_keeps_sqlite_off_an_index_and_is_the_plain_column_elsewhere() -> None:
    from sqlalchemy import select
    from sqlalchemy.dialects import postgresql, sqlite

    from app.db.sql import unindexed
    from app.models import Customer

    query = select(Customer.id).where(unindexed(Customer.protected_until) < "2026-11-26")
    on_sqlite = str(query.compile(dialect=sqlite.dialect()))
    on_postgres = str(query.compile(dialect=postgresql.dialect()))
    assert "+customers.protected_until <" in on_sqlite
    assert "customers.protected_until <" in on_postgres and "+customers" not in on_postgres
