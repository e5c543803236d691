"""The ``salesdesk`` command: db upgrade/check/backup/restore and user add."""

from __future__ import annotations

import io
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from app.cli import main
from app.db.engine import open_database
from app.db.migrate import code_head
from app.domain.clock import SystemClock
from app.services.auth_service import AuthService


def test_help_documents_every_command() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "app", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for word in ("demo", "db", "user", "--database-url"):
        assert word in out
    db_help = subprocess.run(
        [sys.executable, "-m", "app", "db", "--help"], capture_output=True, text=True, check=True
    ).stdout
    for word in ("upgrade", "check", "backup", "restore"):
        assert word in db_help


def test_db_upgrade_then_check_reports_ok(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = f"sqlite:///{tmp_path / 'cli.sqlite3'}"
    assert main(["--database-url", url, "db", "upgrade"]) == 0
    assert main(["--database-url", url, "db", "check"]) == 0
    out = capsys.readouterr().out
    assert f"revision: {code_head()}" in out
    assert "integrity_check: ok" in out
    assert "foreign_key_check: ok" in out


def test_db_check_reports_foreign_key_violations(
    sqlite_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    con.execute("PRAGMA foreign_keys=OFF")
    con.execute("INSERT INTO buildings (project_id, name, floors) VALUES (42, 'x', 1)")
    con.commit()
    con.close()
    assert main(["--database-url", sqlite_url, "db", "check"]) == 1
    assert "buildings" in capsys.readouterr().out


def test_database_url_from_environment(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "env.sqlite3"
    monkeypatch.setenv("SALESDESK_DATABASE_URL", f"sqlite:///{path}")
    assert main(["db", "upgrade"]) == 0
    assert path.exists()


def test_user_add_reads_password_from_stdin(
    database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-pass\n"))
    assert main(["--database-url", database_url, "user", "add", "wangli", "--role", "consultant",
                 "--name", "王丽"]) == 0  # fmt: skip
    db = open_database(database_url)
    auth = AuthService(db, SystemClock())
    user = auth.authenticate("wangli", "s3cret-pass")
    assert user.display_name == "王丽" and user.role.value == "consultant"
    db.dispose()


def test_user_add_duplicate_is_an_error(
    database_url: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for expected in (0, 1):
        monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-pass\n"))
        assert (
            main(["--database-url", database_url, "user", "add", "li", "--role", "manager"])
            == expected
        )
    assert "已存在" in capsys.readouterr().err


def test_backup_and_restore_round_trip(
    sqlite_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-pass\n"))
    assert main(["--database-url", sqlite_url, "user", "add", "before", "--role", "admin"]) == 0
    backup = tmp_path / "b.sqlite3"
    assert main(["--database-url", sqlite_url, "db", "backup", "--to", str(backup)]) == 0
    monkeypatch.setattr(sys, "stdin", io.StringIO("s3cret-pass\n"))
    assert main(["--database-url", sqlite_url, "user", "add", "after", "--role", "admin"]) == 0
    assert main(["--database-url", sqlite_url, "db", "restore", str(backup)]) == 0
    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    names = {r[0] for r in con.execute("SELECT username FROM users")}
    con.close()
    assert names == {"before"}


def test_restore_refuses_a_file_that_is_not_a_database(
    sqlite_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 100)
    assert main(["--database-url", sqlite_url, "db", "restore", str(junk)]) == 1
    assert "junk.sqlite3" in capsys.readouterr().err


def test_demo_office_can_print_every_form(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``salesdesk demo`` leaves deals at every stage, a handover and a transfer behind,
    and each form prints from the command line."""
    from pypdf import PdfReader

    url = f"sqlite:///{tmp_path / 'demo.sqlite3'}"
    assert main(["--database-url", url, "demo", "--customers", "400", "--seed", "3"]) == 0
    con = sqlite3.connect(tmp_path / "demo.sqlite3")
    statuses = {r[0] for r in con.execute("SELECT DISTINCT status FROM deals")}
    delivered = con.execute(
        "SELECT d.id FROM deals d JOIN handovers h ON h.deal_id = d.id LIMIT 1"
    ).fetchone()[0]
    subscribed = con.execute("SELECT id FROM deals WHERE status = 'subscribed' LIMIT 1").fetchone()[
        0
    ]
    transfer = con.execute("SELECT id FROM transfers LIMIT 1").fetchone()[0]
    con.close()
    assert {"held", "subscribed", "contracted", "delivered", "cancelled"} <= statuses
    for kind, ident in (
        ("purchase-notice", subscribed),
        ("delivery-notice", delivered),
        ("handover", delivered),
        ("transfer", transfer),
    ):
        out = tmp_path / f"{kind}.pdf"
        assert (
            main(["--database-url", url, "print", kind, "--id", str(ident), "--out", str(out)]) == 0
        )
        text = "".join(page.extract_text() for page in PdfReader(out).pages)
        assert "第 1 页" in text, kind
