"""Accounts and passwords: Argon2id at OWASP's minimum, failures counted, re-hash on sign-in."""

from __future__ import annotations

import pytest
from argon2 import PasswordHasher
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import AuthenticationError, ConflictError, ValidationError
from app.models import User
from app.services.auth_service import AccountLockedError
from app.services.container import Services


def test_password_is_stored_only_as_argon2id(services: Services) -> None:
    services.auth.create_user("guwen1", "correct-horse", Role.CONSULTANT, "李娜")
    with services.db.read() as s:
        stored = s.scalar(select(User.password_hash).where(User.username == "guwen1"))
    assert stored is not None and "correct-horse" not in stored
    assert stored.startswith("$argon2id$")
    params = dict(kv.split("=") for kv in stored.split("$")[3].split(","))
    assert int(params["m"]) >= 19 * 1024 and int(params["t"]) >= 2 and int(params["p"]) >= 1


def test_authenticate(services: Services) -> None:
    services.auth.create_user("qiantai", "front-desk", Role.RECEPTION, "小周")
    info = services.auth.authenticate("qiantai", "front-desk")
    assert info.role is Role.RECEPTION and info.display_name == "小周"
    with pytest.raises(AuthenticationError):
        services.auth.authenticate("qiantai", "wrong")
    with pytest.raises(AuthenticationError):
        services.auth.authenticate("nobody", "front-desk")


def test_failed_attempts_are_counted_and_reset(services: Services, clock: FixedClock) -> None:
    services.auth.create_user("jingli", "manager-pw", Role.MANAGER)
    for _ in range(2):
        with pytest.raises(AuthenticationError):
            services.auth.authenticate("jingli", "bad")
    with pytest.raises(AccountLockedError):  # the third failure locks (tests/test_auth_lockout.py)
        services.auth.authenticate("jingli", "bad")
    with services.db.read() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "jingli")) == 3
    clock.advance(seconds=30)
    services.auth.authenticate("jingli", "manager-pw")
    with services.db.read() as s:
        assert s.scalar(select(User.failed_attempts).where(User.username == "jingli")) == 0


def test_weak_old_hash_is_upgraded_on_sign_in(services: Services) -> None:
    services.auth.create_user("old", "legacy-pw", Role.SERVICE)
    weak = PasswordHasher(time_cost=1, memory_cost=8 * 1024, parallelism=1).hash("legacy-pw")
    with services.db.write() as s:
        s.scalars(select(User).where(User.username == "old")).one().password_hash = weak
    services.auth.authenticate("old", "legacy-pw")
    with services.db.read() as s:
        now = s.scalar(select(User.password_hash).where(User.username == "old"))
    assert now != weak and "m=19456" in (now or "")


def test_validation_and_duplicates(services: Services) -> None:
    with pytest.raises(ValidationError) as info:
        services.auth.create_user("", "123", Role.ADMIN)
    assert set(info.value.field_errors) == {"username", "password"}
    services.auth.create_user("admin", "admin-pw", Role.ADMIN)
    with pytest.raises(ConflictError):
        services.auth.create_user("admin", "admin-pw2", Role.ADMIN)
    assert services.auth.user_count() == 1
