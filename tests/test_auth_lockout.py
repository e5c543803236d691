"""Failed sign-ins slow down exponentially per account; every lockout is audited; an
attempt during a lock is refused without checking the password (fake clock, no sleeping)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import AuthenticationError, DomainError
from app.models import AuditEntry, User
from app.services import auth_service
from app.services.auth_service import AccountLockedError, lockout_seconds
from app.services.container import Services


def _audit(services: Services, action: str) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.action == action)
                              .order_by(AuditEntry.id)))  # fmt: skip


def _fail(services: Services, username: str = "guwen") -> DomainError:
    with pytest.raises(DomainError) as info:
        services.auth.authenticate(username, "wrong-password")
    return info.value


def test_backoff_schedule() -> None:
    assert [lockout_seconds(n) for n in range(0, 11)] == [
        0, 0, 0, 30, 60, 120, 240, 480, 900, 900, 900,
    ]  # fmt: skip
    assert lockout_seconds(10_000) == 900


def test_third_failure_locks_and_the_lock_refuses_even_the_right_password(
    services: Services, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    assert isinstance(_fail(services), AuthenticationError)
    assert isinstance(_fail(services), AuthenticationError)
    locked = _fail(services)
    assert isinstance(locked, AccountLockedError) and not isinstance(locked, AuthenticationError)
    assert locked.retry_after_seconds == 30 and "30 秒" in str(locked)
    assert services.auth.locked_until("guwen") == clock.now().replace(second=30)

    # During the lock no password is checked at all, and nothing is counted.
    def must_not_run(*_a: object) -> bool:
        raise AssertionError("password checked during a lock")

    monkeypatch.setattr(auth_service, "_verify", must_not_run)
    clock.advance(seconds=10)
    with pytest.raises(AccountLockedError) as info:
        services.auth.authenticate("guwen", "right-password")
    assert info.value.retry_after_seconds == 20 and "20 秒" in str(info.value)
    monkeypatch.undo()
    with services.db.read() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "guwen")) == 3

    clock.advance(seconds=20)
    assert services.auth.locked_until("guwen") is None
    user = services.auth.authenticate("guwen", "right-password")
    assert user.username == "guwen"
    with services.db.read() as s:
        row = s.scalars(select(User).where(User.username == "guwen")).one()
        assert row.failed_attempts == 0 and row.locked_until is None


def test_locks_double_up_to_fifteen_minutes_and_each_is_audited(
    services: Services, clock: FixedClock
) -> None:
    services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    _fail(services)
    _fail(services)
    waits = []
    for _ in range(7):
        err = _fail(services)
        assert isinstance(err, AccountLockedError)
        waits.append(err.retry_after_seconds)
        clock.advance(seconds=err.retry_after_seconds)
    assert waits == [30, 60, 120, 240, 480, 900, 900]
    assert "15 分钟" in str(err)
    lockouts = _audit(services, "lockout")
    assert len(lockouts) == 7
    uid = services.auth.list_users()[0].id
    assert all(e.user_id == uid and e.entity == "user" and e.entity_id == uid for e in lockouts)
    assert "连续 3 次密码错误" in lockouts[0].detail and "30 秒" in lockouts[0].detail


def test_lockout_is_per_account(services: Services) -> None:
    services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    services.auth.create_user("qiantai", "front-desk-pw", Role.RECEPTION)
    for _ in range(3):
        _fail(services, "guwen")
    assert services.auth.authenticate("qiantai", "front-desk-pw").username == "qiantai"


def test_unknown_or_deactivated_accounts_get_the_plain_message_and_no_lock(
    services: Services,
) -> None:
    for _ in range(5):
        err = _fail(services, "nobody")
        assert isinstance(err, AuthenticationError) and str(err) == "用户名或密码不正确"
    assert _audit(services, "lockout") == []


def test_sign_in_and_sign_out_are_audited(services: Services) -> None:
    services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    user = services.auth.authenticate("guwen", "right-password")
    services.auth.sign_out(user.id, "切换用户")
    (sign_in,) = _audit(services, "sign_in")
    (sign_out,) = _audit(services, "sign_out")
    assert sign_in.user_id == user.id and sign_out.user_id == user.id
    assert sign_out.detail == "切换用户"


def test_verify_password_unlocks_the_idle_window_with_the_same_backoff(
    services: Services, clock: FixedClock
) -> None:
    services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    user = services.auth.authenticate("guwen", "right-password")
    assert services.auth.verify_password(user.id, "right-password") == user
    assert len(_audit(services, "unlock")) == 1
    with pytest.raises(AuthenticationError):
        services.auth.verify_password(user.id, "nope")
    with pytest.raises(AuthenticationError):
        services.auth.verify_password(user.id, "nope")
    with pytest.raises(AccountLockedError):
        services.auth.verify_password(user.id, "nope")
    with pytest.raises(AccountLockedError):
        services.auth.verify_password(user.id, "right-password")
    # The lock applies to signing in from the sign-in dialog as well: one account, one count.
    with pytest.raises(AccountLockedError):
        services.auth.authenticate("guwen", "right-password")
    clock.advance(seconds=30)
    assert services.auth.verify_password(user.id, "right-password").id == user.id
    with pytest.raises(AuthenticationError):
        services.auth.verify_password(999_999, "right-password")


def test_verify_password_returns_the_current_role(services: Services) -> None:
    admin = services.auth.create_user("admin", "admin-password", Role.ADMIN)
    user = services.auth.create_user("guwen", "right-password", Role.CONSULTANT)
    services.auth.change_role(admin, user.id, Role.MANAGER)
    assert services.auth.verify_password(user.id, "right-password").role is Role.MANAGER
    services.auth.deactivate(admin, user.id, "离职")
    with pytest.raises(AuthenticationError):
        services.auth.verify_password(user.id, "right-password")
