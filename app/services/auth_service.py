"""Users and sign-in. Passwords are kept only as Argon2id hashes."""

from __future__ import annotations

import contextlib

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import Role
from app.domain.errors import AuthenticationError, ConflictError, ValidationError
from app.domain.models import UserInfo
from app.models import User

# At or above OWASP's minimum for Argon2id: 19 MiB, t=2, p=1.
PASSWORD_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD_LENGTH = 6


def hash_password(password: str) -> str:
    return PASSWORD_HASHER.hash(password)


def to_info(user: User) -> UserInfo:
    return UserInfo(
        id=user.id,
        username=user.username,
        display_name=user.display_name,
        role=Role(user.role),
        project_id=user.project_id,
        active=user.active,
    )


class AuthService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def user_count(self) -> int:
        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)

    def create_user(
        self,
        username: str,
        password: str,
        role: Role,
        display_name: str | None = None,
        project_id: int | None = None,
    ) -> UserInfo:
        username = (username or "").strip()
        errors: dict[str, str] = {}
        if not username:
            errors["username"] = "请输入用户名"
        if len(password or "") < MIN_PASSWORD_LENGTH:
            errors["password"] = f"密码至少 {MIN_PASSWORD_LENGTH} 位"
        if errors:
            raise ValidationError("；".join(errors.values()), errors)
        with self._db.write() as s:
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise ConflictError(f"用户名“{username}”已存在")
            if project_id is None:
                from app.models import Project

                project_id = s.scalar(select(Project.id).order_by(Project.id).limit(1))
            user = User(
                username=username,
                display_name=(display_name or username).strip(),
                role=role.value,
                password_hash=hash_password(password),
                project_id=project_id,
                active=True,
                failed_attempts=0,
                created_at=self._clock.now(),
            )
            s.add(user)
            s.flush()
            return to_info(user)

    def authenticate(self, username: str, password: str) -> UserInfo:
        """Check a password; re-hash it when the hashing parameters have risen.

        A failed attempt is counted in its own committed transaction before the error is
        raised, so the count survives the failure.
        """
        username = (username or "").strip()
        with self._db.write() as s:
            user = s.scalar(select(User).where(User.username == username))
            if user is None or not user.active:
                # Same work as a real check, so a missing user is not told apart by timing.
                with contextlib.suppress(VerificationError):
                    PASSWORD_HASHER.verify(_DUMMY_HASH, password or "")
                ok = False
            else:
                try:
                    PASSWORD_HASHER.verify(user.password_hash, password or "")
                    ok = True
                except (VerifyMismatchError, VerificationError, InvalidHashError):
                    ok = False
                if not ok:
                    user.failed_attempts += 1
                else:
                    if PASSWORD_HASHER.check_needs_rehash(user.password_hash):
                        user.password_hash = hash_password(password)
                    user.failed_attempts = 0
                    user.last_login_at = self._clock.now()
                    info = to_info(user)
        if not ok:
            raise AuthenticationError("用户名或密码不正确")
        return info

    def list_users(self) -> list[UserInfo]:
        with self._db.read() as s:
            return [to_info(u) for u in s.scalars(select(User).order_by(User.id))]


_DUMMY_HASH = PASSWORD_HASHER.hash("salesdesk-dummy-password")
