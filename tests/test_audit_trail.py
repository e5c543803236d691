"""The audit trail: append-only on both backends, tamper-evident through the hash chain
(``salesdesk db check`` fails on a broken chain), written in the same transaction as the
change, and read through the manager's viewer (filters, paging, export)."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.exc import DBAPIError

from app.cli import main
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.privacy import AuditFilter
from app.models import AuditEntry, User
from app.services import audit_service
from app.services.auth_service import hash_password
from app.services.container import Services

_HASH = hash_password("secret-123")


def _users(services: Services) -> dict[str, UserInfo]:
    """One account per role, inserted directly (hashing once keeps the tests fast)."""
    now = services.clock.now()
    out = {}
    with services.db.write() as s:
        for role in Role:
            u = User(username=role.value, display_name=role.value.title(), role=role.value,
                     password_hash=_HASH, active=True, failed_attempts=0, created_at=now)  # fmt: skip
            s.add(u)
            s.flush()
            out[role.value] = UserInfo(u.id, u.username, u.display_name, role, None, True)
    return out


def _record(services: Services, **kw: object) -> None:
    with services.db.write() as s:
        audit_service.record(s, **kw)  # type: ignore[arg-type]


def _rows(services: Services, action: str | None = None) -> list[AuditEntry]:
    with services.db.read() as s:
        stmt = select(AuditEntry).order_by(AuditEntry.id)
        if action:
            stmt = stmt.where(AuditEntry.action == action)
        return list(s.scalars(stmt))


def _fill(services: Services, clock: FixedClock, n: int = 5) -> None:
    for i in range(n):
        _record(services, at=clock.now(), user_id=None, action="sign_in", detail=f"#{i}")


# ---------------------------------------------------------------- append-only


def test_triggers_exist_at_head(database_url: str, services: Services) -> None:
    with services.db.read_engine.connect() as conn:
        if services.db.is_sqlite:
            names = set(
                conn.scalars(
                    text(
                        "SELECT name FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
                    )
                )
            )
        else:
            names = set(conn.scalars(text(
                "SELECT tgname FROM pg_trigger WHERE tgrelid = 'audit_log'::regclass "
                "AND NOT tgisinternal")))  # fmt: skip
    expected = (
        {"audit_log_no_update", "audit_log_no_delete"}
        if services.db.is_sqlite
        else {"audit_log_no_update_delete", "audit_log_no_truncate"}
    )
    assert expected <= names


@pytest.mark.parametrize(
    "sql",
    ["UPDATE audit_log SET detail = 'edited'", "DELETE FROM audit_log",
     "UPDATE audit_log SET hash = prev_hash WHERE id = 1"],
)  # fmt: skip
def test_update_and_delete_are_refused(services: Services, clock: FixedClock, sql: str) -> None:
    _fill(services, clock, 2)
    with pytest.raises(DBAPIError) as info, services.db.write() as s:
        s.execute(text(sql))
    assert "append-only" in str(info.value)
    assert len(_rows(services)) == 2
    assert services.audit.verify(_users(services)["manager"]).ok


def test_truncate_is_refused_on_postgresql(services: Services, clock: FixedClock) -> None:
    if services.db.is_sqlite:
        pytest.skip("SQLite has no TRUNCATE (DELETE is refused: test above)")
    _fill(services, clock, 2)
    with pytest.raises(DBAPIError, match="append-only"), services.db.write() as s:
        s.execute(text("TRUNCATE audit_log"))
    assert len(_rows(services)) == 2


# ---------------------------------------------------------------- tampering is detected


def _tamper(url: str, is_sqlite: bool, sql: str) -> None:
    """Change the log behind the app's back, the way someone with the file would."""
    if is_sqlite:
        con = sqlite3.connect(url.removeprefix("sqlite:///"))
        con.execute("DROP TRIGGER audit_log_no_update")
        con.execute("DROP TRIGGER audit_log_no_delete")
        con.execute(sql)
        con.commit()
        con.close()
        return
    engine = create_engine(url)  # the test server's user is a superuser
    with engine.begin() as conn:
        conn.execute(text("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
        conn.execute(text(sql))
        conn.execute(text("ALTER TABLE audit_log ENABLE TRIGGER ALL"))
    engine.dispose()


@pytest.mark.parametrize(
    ("sql", "bad_id", "problem"),
    [
        ("UPDATE audit_log SET detail = '改过了' WHERE id = 3", 3, "修改"),
        ("DELETE FROM audit_log WHERE id = 3", 4, "删除"),
        ("UPDATE audit_log SET at = at WHERE id = 3", None, None),  # a no-op edit is fine
    ],
)
def test_edits_with_triggers_off_break_the_chain_and_db_check_fails(
    database_url: str,
    services: Services,
    clock: FixedClock,
    capsys: pytest.CaptureFixture[str],
    sql: str,
    bad_id: int | None,
    problem: str | None,
) -> None:
    manager = _users(services)["manager"]
    _fill(services, clock, 5)
    assert main(["--database-url", database_url, "db", "check"]) == 0
    assert "audit_chain: ok (5 rows)" in capsys.readouterr().out
    services.db.dispose()

    _tamper(database_url, services.db.is_sqlite, sql)

    status = services.audit.verify(manager)
    assert status.first_bad_id == bad_id
    if problem is None:
        assert status.ok
        return
    assert not status.ok and problem in (status.problem or "")
    assert main(["--database-url", database_url, "db", "check"]) == 1
    assert f"audit_chain: BROKEN at audit_log id {bad_id}" in capsys.readouterr().out


# ---------------------------------------------------------------- same transaction


def test_a_failing_change_leaves_no_audit_row(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = _users(services)
    before = len(_rows(services))
    real_record = audit_service.record

    def record_then_fail(*args: object, **kwargs: object) -> object:
        real_record(*args, **kwargs)  # type: ignore[arg-type]
        raise RuntimeError("disk full after the audit row was written")

    monkeypatch.setattr(audit_service, "record", record_then_fail)
    with pytest.raises(RuntimeError):
        services.auth.change_role(staff["admin"], staff["consultant"].id, Role.MANAGER)
    monkeypatch.undo()
    assert len(_rows(services)) == before
    assert services.auth.get_user(staff["consultant"].id).role is Role.CONSULTANT
    # …and the change and its audit row do land together when nothing fails.
    services.auth.change_role(staff["admin"], staff["consultant"].id, Role.MANAGER)
    assert [r.action for r in _rows(services)][before:] == ["role_change"]


# ---------------------------------------------------------------- the viewer


def _scene(services: Services, clock: FixedClock) -> dict[str, UserInfo]:
    staff = _users(services)
    start = clock.now()
    events = [
        (0, staff["consultant"].id, "sign_in", None, ""),
        (1, staff["consultant"].id, "reveal", 11, "查看完整手机号 138****5678：回访"),
        (2, staff["manager"].id, "export", None, "导出客户列表 120 行"),
        (3, staff["manager"].id, "reveal", 12, "查看完整身份证号 1101**********002X"),
        (26, staff["reception"].id, "print", 11, "打印 50%_折扣 告知书"),
        (50, staff["admin"].id, "settings_change", None, "retention_months"),
    ]
    for hours, uid, action, cid, detail in events:
        _record(services, at=start + dt.timedelta(hours=hours), user_id=uid, action=action,
                customer_id=cid, detail=detail)  # fmt: skip
    return staff


def test_viewer_filters_pages_and_counts(services: Services, clock: FixedClock) -> None:
    staff = _scene(services, clock)
    manager = staff["manager"]
    page = services.audit.page(manager, limit=4)
    assert page.total == 6 and len(page.rows) == 4
    assert [r.action for r in page.rows] == ["settings_change", "print", "reveal", "export"]
    assert page.rows[0].user_name == "Admin"
    rest = services.audit.page(manager, offset=4, limit=4)
    assert [r.action for r in rest.rows] == ["reveal", "sign_in"]

    def actions(**kw: object) -> list[str]:
        return [r.action for r in services.audit.page(manager, AuditFilter(**kw)).rows]  # type: ignore[arg-type]

    assert actions(user_id=staff["consultant"].id) == ["reveal", "sign_in"]
    assert actions(actions=("reveal", "print")) == ["print", "reveal", "reveal"]
    assert actions(customer_id=11) == ["print", "reveal"]
    day = clock.now().date()
    assert actions(date_from=day, date_to=day) == ["reveal", "export", "reveal", "sign_in"]
    assert actions(date_from=day + dt.timedelta(days=1)) == ["settings_change", "print"]
    assert actions(text="50%_") == ["print"]
    assert actions(text="%") == ["print"]  # a literal percent sign, not "anything"
    assert services.audit.count(manager, AuditFilter(actions=("reveal",))) == 2
    assert services.audit.actions(manager) == [
        "export", "print", "reveal", "settings_change", "sign_in",
    ]  # fmt: skip


def test_admin_sees_only_rows_about_no_customer_and_others_nothing(
    services: Services, clock: FixedClock
) -> None:
    staff = _scene(services, clock)
    admin_rows = services.audit.page(staff["admin"]).rows
    assert {r.action for r in admin_rows} == {"sign_in", "export", "settings_change"}
    assert all(r.customer_id is None for r in admin_rows)
    assert services.audit.count(staff["admin"], AuditFilter(customer_id=11)) == 0
    assert "reveal" not in services.audit.actions(staff["admin"])
    for role in ("consultant", "reception", "service"):
        with pytest.raises(PermissionDenied):
            services.audit.page(staff[role])
        with pytest.raises(PermissionDenied):
            services.audit.verify(staff[role])


def test_export_to_xlsx_is_itself_audited(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    staff = _scene(services, clock)
    manager = staff["manager"]
    seen: list[tuple[int, int]] = []
    result = services.audit.export_xlsx(
        manager, AuditFilter(actions=("reveal",)), tmp_path / "audit.xlsx",
        progress=lambda done, total: seen.append((done, total)),
    )  # fmt: skip
    assert result.rows == 2 and seen[-1] == (2, 2)
    ws = load_workbook(result.path, read_only=True)["审计日志"]
    values = list(ws.iter_rows(values_only=True))
    assert values[0][:4] == ("id", "时间", "用户", "操作")
    assert [v[3] for v in values[1:]] == ["reveal", "reveal"]
    assert all(len(v[9]) == 64 for v in values[1:])  # hashes go along, to check later
    (row,) = _rows(services, "audit_export")
    assert row.user_id == manager.id and "导出 2 条" in row.detail and "reveal" in row.detail
    assert services.audit.verify(manager).ok

    # The admin's export holds only rows about no customer.
    result = services.audit.export_xlsx(staff["admin"], None, tmp_path / "admin.xlsx")
    ws = load_workbook(result.path, read_only=True)["审计日志"]
    assert all(v[4] is None for v in list(ws.iter_rows(values_only=True))[1:])


def test_a_failed_export_records_nothing(
    services: Services, clock: FixedClock, tmp_path: Path
) -> None:
    staff = _scene(services, clock)
    with pytest.raises(ValidationError):
        services.audit.export_xlsx(staff["manager"], None, tmp_path / "audit.csv")
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("x")
    with pytest.raises(OSError):
        services.audit.export_xlsx(staff["manager"], None, blocker / "audit.xlsx")
    with pytest.raises(PermissionDenied):
        services.audit.export_xlsx(staff["consultant"], None, tmp_path / "c.xlsx")
    assert _rows(services, "audit_export") == []
    assert not (tmp_path / "c.xlsx").exists()


def test_verify_walks_a_long_chain_in_batches(services: Services, clock: FixedClock) -> None:
    manager = _users(services)["manager"]
    with services.db.write() as s:
        for i in range(250):
            audit_service.record(s, at=clock.now(), user_id=None, action="sign_in", detail=str(i))
    with services.db.read() as s:
        assert audit_service.verify_chain(s, batch=100).rows == 250
        assert s.scalar(select(func.count()).select_from(AuditEntry)) == 250
    assert services.audit.verify(manager).rows == 250
