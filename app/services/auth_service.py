"""Users and sign-in. Passwords are kept only as Argon2id hashes.

Sign-in hardening (issue 5):

- Failed sign-ins slow down exponentially per account: from the ``LOCKOUT_THRESHOLD``-th
  consecutive failure on, the account is locked for ``30 s × 2^(n-3)``, at most 15
  minutes (30 s, 1 min, 2 min, 4 min, 8 min, 15 min, 15 min...). An attempt during the
  lock is refused *without checking the password* (``AccountLockedError`` says how long
  to wait), so guessing during a lock gains nothing. Every lockout is audited.
- The hash is checked outside the write transaction, so a slow Argon2 check never holds
  SQLite's write lock; the counters are then updated in one short transaction that
  re-reads the row (``FOR UPDATE`` on PostgreSQL).
- Sign-in, sign-out, unlocking an idle-locked window, password and role changes,
  (de)activation: each audited in the same transaction as the change.

Who manages accounts: an admin manages every account; a manager manages reception,
consultant and customer-service accounts only (e.g. deactivating a consultant who leaves,
SPEC §5 transfer). Nobody changes their own role or deactivates themselves; since only an
admin may demote or deactivate an admin, the acting admin always remains.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
from collections.abc import Callable

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.access import MANAGER_MANAGED_ROLES
from app.domain.clock import Clock
from app.domain.enums import Role
from app.domain.errors import (
    AuthenticationError,
    ConflictError,
    DomainError,
    NotFoundError,
    PermissionDenied,
    ValidationError,
)
from app.domain.models import UserInfo
from app.domain.privacy import AuditAction, format_wait
from app.models import Project, User
from app.services import audit_service

# At or above OWASP's minimum for Argon2id: 19 MiB, t=2, p=1.
PASSWORD_HASHER = PasswordHasher(time_cost=2, memory_cost=19 * 1024, parallelism=1)
MIN_PASSWORD_LENGTH = 6

LOCKOUT_THRESHOLD = 3
LOCKOUT_BASE_SECONDS = 30
LOCKOUT_MAX_SECONDS = 15 * 60


_WRONG = "用户名或密码不正确"


#: The lockout message, by how the wait is said (seconds / whole minutes / both).
_LOCKED_MESSAGE = (
    "账号已暂时锁定，请 {seconds} 秒后再试",
    "账号已暂时锁定，请 {minutes} 分钟后再试",
    "账号已暂时锁定，请 {minutes} 分 {seconds} 秒后再试",
)
_JUST_LOCKED_MESSAGE = (
    "密码错误次数过多，账号已暂时锁定，请 {seconds} 秒后再试",
    "密码错误次数过多，账号已暂时锁定，请 {minutes} 分钟后再试",
    "密码错误次数过多，账号已暂时锁定，请 {minutes} 分 {seconds} 秒后再试",
)


class AccountLockedError(DomainError):
    """Too many wrong passwords: the account is locked until ``locked_until``.

    A ``DomainError`` (not an ``AuthenticationError``) so a sign-in dialog that shows
    ``str(err)`` for unexpected domain errors tells the user how long to wait.
    """

    def __init__(self, locked_until: dt.datetime, now: dt.datetime, *, just_locked: bool) -> None:
        self.locked_until = locked_until
        self.retry_after_seconds = max(1, math.ceil((locked_until - now).total_seconds()))
        minutes, seconds = divmod(self.retry_after_seconds, 60)
        unit = 0 if not minutes else 1 if not seconds else 2
        msg = (_JUST_LOCKED_MESSAGE if just_locked else _LOCKED_MESSAGE)[unit]
        super().__init__(msg, values={"minutes": minutes, "seconds": seconds})


def lockout_seconds(failed_attempts: int) -> int:
    """How long an account is locked after ``failed_attempts`` consecutive failures."""
    if failed_attempts < LOCKOUT_THRESHOLD:
        return 0
    exponent = min(failed_attempts - LOCKOUT_THRESHOLD, 16)  # 2^16 × 30 s is past the cap
    return min(LOCKOUT_BASE_SECONDS * 2**exponent, LOCKOUT_MAX_SECONDS)


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


def load_actor(session: Session, actor: UserInfo) -> UserInfo:
    """The acting user as stored now, inside the caller's transaction.

    Services check rights against this rather than the ``UserInfo`` the UI holds, so a
    window signed in before a role change or deactivation does not keep its old rights.
    """
    user = session.get(User, actor.id)
    if user is None or not user.active:
        raise PermissionDenied("您的账号已停用，请重新登录")
    return to_info(user)


def _check_password_rules(password: str, field: str = "password") -> None:
    if len(password or "") < MIN_PASSWORD_LENGTH:
        msg = "密码至少 {n} 位"
        raise ValidationError(msg, {field: msg}, values={"n": MIN_PASSWORD_LENGTH})


def _verify(stored_hash: str | None, password: str) -> bool:
    """Argon2 check; a missing account costs the same time as a real one."""
    if stored_hash is None:
        with contextlib.suppress(VerificationError):
            PASSWORD_HASHER.verify(_dummy_hash(), password or "")
        return False
    try:
        return bool(PASSWORD_HASHER.verify(stored_hash, password or ""))
    except (VerifyMismatchError, VerificationError, InvalidHashError):
        return False


class AuthService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # ------------------------------------------------------------------ reading

    def user_count(self) -> int:
        with self._db.read() as s:
            return int(s.scalar(select(func.count()).select_from(User)) or 0)

    def list_users(self) -> list[UserInfo]:
        with self._db.read() as s:
            return [to_info(u) for u in s.scalars(select(User).order_by(User.id))]

    def get_user(self, user_id: int) -> UserInfo:
        with self._db.read() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("找不到该用户")
            return to_info(user)

    def locked_until(self, username: str) -> dt.datetime | None:
        """When the account's lock ends, or None when it is not locked (for a countdown)."""
        now = self._clock.now()
        with self._db.read() as s:
            until = s.scalar(select(User.locked_until).where(User.username == username.strip()))
        return until if until is not None and until > now else None

    # ------------------------------------------------------------------ signing in

    def authenticate(self, username: str, password: str) -> UserInfo:
        """Sign in: check the password, re-hash it when the hashing parameters have risen.

        Raises ``AuthenticationError`` (wrong user or password, or deactivated account)
        or ``AccountLockedError``. A failed attempt is counted in its own committed
        transaction before the error is raised, so the count survives the failure.
        """
        username = (username or "").strip()

        def signed_in(s: Session, user: User, now: dt.datetime) -> None:
            user.last_login_at = now
            self._self_audit(s, user, AuditAction.SIGN_IN, "")

        return self._attempt(
            lambda s: s.scalar(select(User).where(User.username == username)), password, signed_in
        )

    def verify_password(self, user_id: int, password: str) -> UserInfo:
        """Unlock an idle-locked window: the same user's password, with the same backoff.

        Returns the user as stored now (role or name may have changed meanwhile); raises
        like ``authenticate``. Audited as ``unlock``.
        """

        def unlocked(s: Session, user: User, now: dt.datetime) -> None:
            self._self_audit(s, user, AuditAction.UNLOCK, "解锁空闲锁定的窗口")

        return self._attempt(lambda s: s.get(User, user_id), password, unlocked)

    def sign_out(self, user_id: int, reason: str = "") -> None:
        """Record a sign-out (``reason``: e.g. "切换用户", "空闲超时", "退出程序")."""
        with self._db.write() as s:
            user = s.get(User, user_id)
            if user is None:
                raise NotFoundError("找不到该用户")
            self._self_audit(s, user, AuditAction.SIGN_OUT, reason)

    def change_password(self, user_id: int, old_password: str, new_password: str) -> None:
        """The user changes their own password; the old one is checked with the backoff."""
        _check_password_rules(new_password, "new_password")
        new_hash = hash_password(new_password)

        def changed(s: Session, user: User, now: dt.datetime) -> None:
            user.password_hash = new_hash
            self._self_audit(s, user, AuditAction.PASSWORD_CHANGE, "")

        self._attempt(lambda s: s.get(User, user_id), old_password, changed)

    def _attempt(
        self,
        load: Callable[[Session], User | None],
        password: str,
        on_success: Callable[[Session, User, dt.datetime], None],
    ) -> UserInfo:
        """Check ``password`` for the account ``load`` finds, with the lockout rules;
        ``on_success`` runs in the transaction that resets the failure count."""
        # 1. Is the account there, active and unlocked? No password is checked during a lock.
        with self._db.read() as s:
            found = load(s)
            user_id = found.id if found is not None and found.active else None
            stored_hash = found.password_hash if user_id is not None and found else None
            locked_until = found.locked_until if user_id is not None and found else None
        now = self._clock.now()
        if locked_until is not None and locked_until > now:
            raise AccountLockedError(locked_until, now, just_locked=False)

        # 2. The slow check, outside any transaction (a missing account costs the same).
        ok = _verify(stored_hash, password)
        if user_id is None or stored_hash is None:
            raise AuthenticationError(_WRONG)
        new_hash = None
        if ok and PASSWORD_HASHER.check_needs_rehash(stored_hash):
            new_hash = hash_password(password)

        # 3. Count the result in one short transaction.
        locked: AccountLockedError | None = None
        with self._db.write() as s:
            user = s.get(User, user_id, with_for_update=True)
            if user is None or not user.active:
                raise AuthenticationError(_WRONG)
            now = self._clock.now()
            if user.locked_until is not None and user.locked_until > now:
                # Locked by a parallel attempt meanwhile: this result does not count.
                raise AccountLockedError(user.locked_until, now, just_locked=False)
            if ok and user.password_hash != stored_hash:  # changed meanwhile
                ok, new_hash = _verify(user.password_hash, password), None
            if ok:
                if new_hash is not None:
                    user.password_hash = new_hash
                user.failed_attempts = 0
                user.locked_until = None
                on_success(s, user, now)
                return to_info(user)
            user.failed_attempts = (user.failed_attempts or 0) + 1
            seconds = lockout_seconds(user.failed_attempts)
            if seconds:
                user.locked_until = now + dt.timedelta(seconds=seconds)
                self._self_audit(
                    s, user, AuditAction.LOCKOUT,
                    f"连续 {user.failed_attempts} 次密码错误，锁定 {format_wait(seconds)}",
                )  # fmt: skip
                locked = AccountLockedError(user.locked_until, now, just_locked=True)
        if locked is not None:
            raise locked
        raise AuthenticationError(_WRONG)

    # ------------------------------------------------------------------ passwords

    def reset_password(self, actor: UserInfo, user_id: int, new_password: str) -> None:
        """An admin (or a manager, for the roles they manage) sets a new password; this
        also clears a lockout."""
        _check_password_rules(new_password)
        new_hash = hash_password(new_password)
        with self._db.write() as s:
            me, user = self._managing(s, actor, user_id)
            user.password_hash = new_hash
            user.failed_attempts = 0
            user.locked_until = None
            self._audit(s, me, AuditAction.PASSWORD_RESET, user, "")

    def unlock_account(self, actor: UserInfo, user_id: int) -> None:
        """Clear a lockout before it runs out (the user phoned the manager)."""
        with self._db.write() as s:
            me, user = self._managing(s, actor, user_id)
            user.failed_attempts = 0
            user.locked_until = None
            self._audit(s, me, AuditAction.ACCOUNT_UNLOCK, user, "")

    # ------------------------------------------------------------------ accounts

    def create_user(
        self,
        username: str,
        password: str,
        role: Role,
        display_name: str | None = None,
        project_id: int | None = None,
        *,
        actor: UserInfo | None = None,
    ) -> UserInfo:
        """Add an account. ``actor`` is None only for trusted set-up paths (first run, the
        ``salesdesk user add`` command); otherwise the actor must manage ``role``."""
        username = (username or "").strip()
        errors: dict[str, str] = {}
        if not username:
            errors["username"] = "请输入用户名"
        if len(password or "") < MIN_PASSWORD_LENGTH:
            errors["password"] = "密码至少 {n} 位"
        if errors:
            raise ValidationError(
                "；".join(errors.values()), errors, values={"n": MIN_PASSWORD_LENGTH}
            )
        password_hash = hash_password(password)
        with self._db.write() as s:
            me = self._manager_of(s, actor, role) if actor is not None else None
            if s.scalar(select(User.id).where(User.username == username)) is not None:
                raise ConflictError("用户名“{username}”已存在", values={"username": username})
            if project_id is None:
                project_id = s.scalar(select(Project.id).order_by(Project.id).limit(1))
            user = User(
                username=username,
                display_name=(display_name or username).strip(),
                role=role.value,
                password_hash=password_hash,
                project_id=project_id,
                active=True,
                failed_attempts=0,
                created_at=self._clock.now(),
            )
            s.add(user)
            s.flush()
            self._audit(s, me, AuditAction.USER_CREATE, user, f"角色 {role.value}")
            return to_info(user)

    def create_first_admin(
        self, username: str, password: str, display_name: str | None, project_name: str
    ) -> UserInfo:
        """First run: the project (if none yet) and the administrator, in one transaction.

        Refused once any account exists, so it cannot be used to add a second admin.
        """
        project_name = (project_name or "").strip()
        if not project_name:
            raise ValidationError("请输入楼盘名称", {"project_name": "请输入楼盘名称"})
        username = (username or "").strip()
        errors: dict[str, str] = {}
        if not username:
            errors["username"] = "请输入用户名"
        if len(password or "") < MIN_PASSWORD_LENGTH:
            errors["password"] = "密码至少 {n} 位"
        if errors:
            raise ValidationError(
                "；".join(errors.values()), errors, values={"n": MIN_PASSWORD_LENGTH}
            )
        password_hash = hash_password(password)
        now = self._clock.now()
        with self._db.write() as s:
            if s.scalar(select(func.count()).select_from(User)):
                raise ConflictError("已经有账号了，请用管理员账号登录后再添加用户")
            project = s.scalar(select(Project).order_by(Project.id).limit(1))
            if project is None:
                project = Project(name=project_name, developer="", address="",
                                  sales_office_phone="", five_certificates="", parking_info="",
                                  created_at=now)  # fmt: skip
                s.add(project)
                s.flush()
            user = User(username=username, display_name=(display_name or username).strip(),
                        role=Role.ADMIN.value, password_hash=password_hash,
                        project_id=project.id, active=True, failed_attempts=0,
                        created_at=now)  # fmt: skip
            s.add(user)
            s.flush()
            self._audit(s, None, AuditAction.USER_CREATE, user, "首次运行创建管理员")
            return to_info(user)

    def change_role(self, actor: UserInfo, user_id: int, role: Role) -> UserInfo:
        """Give an account another role; audited with the old and new role."""
        with self._db.write() as s:
            me, user = self._managing(s, actor, user_id)
            old = Role(user.role)
            if old is role:
                return to_info(user)
            self._manager_of(s, me, role)
            user.role = role.value
            self._audit(s, me, AuditAction.ROLE_CHANGE, user, f"{old.value} → {role.value}")
            return to_info(user)

    def deactivate(self, actor: UserInfo, user_id: int, reason: str = "") -> UserInfo:
        """Stop an account from signing in (history keeps pointing at it)."""
        with self._db.write() as s:
            me, user = self._managing(s, actor, user_id)
            if not user.active:
                return to_info(user)
            user.active = False
            user.deactivated_at = self._clock.now()
            self._audit(s, me, AuditAction.USER_DEACTIVATE, user, reason)
            return to_info(user)

    def activate(self, actor: UserInfo, user_id: int) -> UserInfo:
        with self._db.write() as s:
            me, user = self._managing(s, actor, user_id)
            if user.active:
                return to_info(user)
            user.active = True
            user.deactivated_at = None
            user.failed_attempts = 0
            user.locked_until = None
            self._audit(s, me, AuditAction.USER_ACTIVATE, user, "")
            return to_info(user)

    # ------------------------------------------------------------------ helpers

    def _self_audit(self, s: Session, user: User, action: AuditAction, detail: str) -> None:
        """An event of the account itself (sign-in, lockout...): actor and entity are it."""
        audit_service.record(
            s, at=self._clock.now(), user_id=user.id, action=action, entity="user",
            entity_id=user.id, detail=detail,
        )  # fmt: skip

    def _audit(self, s: Session, actor: User | None, action: AuditAction, target: User,
               detail: str) -> None:  # fmt: skip
        audit_service.record(
            s, at=self._clock.now(), user_id=actor.id if actor else None, action=action,
            entity="user", entity_id=target.id,
            detail=(f"{target.username}：{detail}" if detail else target.username),
        )  # fmt: skip

    def _current(self, s: Session, actor: UserInfo) -> User:
        """The actor as stored now: a stale ``UserInfo`` (role changed, deactivated since)
        does not keep its old rights."""
        me = s.get(User, actor.id)
        if me is None or not me.active:
            raise PermissionDenied("您的账号已停用，请重新登录")
        return me

    def _manager_of(self, s: Session, actor: UserInfo | User | None, role: Role) -> User:
        """The actor, if they may manage accounts of ``role``."""
        assert actor is not None
        me = actor if isinstance(actor, User) else self._current(s, actor)
        my_role = Role(me.role)
        if my_role is Role.ADMIN or (my_role is Role.MANAGER and role in MANAGER_MANAGED_ROLES):
            return me
        raise PermissionDenied("您没有管理该类账号的权限")

    def _managing(self, s: Session, actor: UserInfo, user_id: int) -> tuple[User, User]:
        me = self._current(s, actor)
        user = s.get(User, user_id, with_for_update=True)
        if user is None:
            raise NotFoundError("找不到该用户")
        if user.id == me.id:
            raise PermissionDenied("不能更改自己的角色或状态，请联系其他管理员")
        self._manager_of(s, me, Role(user.role))
        return me, user


@functools.cache
def _dummy_hash() -> str:
    """Made on first need, not at import (~80 ms of Argon2 work at every start-up)."""
    return PASSWORD_HASHER.hash("salesdesk-dummy-password")
