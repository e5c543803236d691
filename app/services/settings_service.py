"""Reading and writing the typed ``AppSettings`` (one JSON value per field)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import Role
from app.domain.errors import PermissionDenied
from app.domain.settings import AppSettings
from app.models import Setting, User
from app.services import audit_service

#: Settings any signed-in user may change for the office.
PERSONAL_KEYS = frozenset({"language"})


def load_settings(session: Session) -> AppSettings:
    """The typed settings, read inside the caller's transaction."""
    rows = session.execute(select(Setting.key, Setting.value)).all()
    return AppSettings.from_mapping({k: json.loads(v) for k, v in rows})


class SettingsService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def load(self) -> AppSettings:
        with self._db.read() as s:
            return load_settings(s)

    def save(self, settings: AppSettings, by_user_id: int | None = None) -> list[str]:
        """Store every field that differs from what is stored; return the changed keys.

        The interface language is anyone's choice; every other setting is a manager's or
        an administrator's. A change by a signed-in user is audited in the same
        transaction (``by_user_id`` None: the command line or a test fixture).
        """
        values = settings.to_mapping()
        now = self._clock.now()
        with self._db.write() as s:
            current = load_settings(s).to_mapping()
            changed = [k for k, v in values.items() if current.get(k) != v]
            if not changed:
                return []
            if by_user_id is not None:
                role = s.scalar(select(User.role).where(User.id == by_user_id))
                if role is None:
                    raise PermissionDenied("找不到当前用户，请重新登录")
                if set(changed) - PERSONAL_KEYS and role not in (Role.MANAGER, Role.ADMIN):
                    raise PermissionDenied("只有销售经理或管理员可以修改这些设置")
            for key in changed:
                row = s.get(Setting, key)
                text = json.dumps(values[key], ensure_ascii=False)
                if row is None:
                    s.add(Setting(key=key, value=text, updated_at=now, updated_by=by_user_id))
                else:
                    row.value = text
                    row.updated_at = now
                    row.updated_by = by_user_id
            if by_user_id is not None:
                audit_service.record(
                    s,
                    at=now,
                    user_id=by_user_id,
                    action="settings_change",
                    entity="settings",
                    detail="修改设置：" + "、".join(changed),
                )
        return changed
