"""Reading and writing the typed ``AppSettings`` (one JSON value per field)."""

from __future__ import annotations

import json

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.settings import AppSettings
from app.models import Setting


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
        """Store every field that differs from what is stored; return the changed keys."""
        current = self.load().to_mapping()
        changed = [k for k, v in settings.to_mapping().items() if current.get(k) != v]
        if not changed:
            return []
        now = self._clock.now()
        values = settings.to_mapping()
        with self._db.write() as s:
            for key in changed:
                row = s.get(Setting, key)
                text = json.dumps(values[key], ensure_ascii=False)
                if row is None:
                    s.add(Setting(key=key, value=text, updated_at=now, updated_by=by_user_id))
                else:
                    row.value = text
                    row.updated_at = now
                    row.updated_by = by_user_id
        return changed
