"""Reminders: what is due, for the non-blocking notification (no network involved).

The UI calls, at start-up and then on a timer (hourly is plenty), off the GUI thread:

    services.pool.run_lapse_job()               # move lapsed customers to the pool
    summary = services.reminders.due_summary(user)
    if summary.has_anything: show a tray message / toast with summary.title, summary.lines

``due_summary`` runs only the grouped count queries of "My day" (no lists), so it is
cheap on a million customers.
"""

from __future__ import annotations

import datetime as dt

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import Role
from app.domain.follow_up import MyDayCounts, ReminderSummary, reminder_lines
from app.domain.models import UserInfo
from app.services.follow_up_service import day_counts, resolve_day_scope
from app.services.settings_service import load_settings


class ReminderService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def due_summary(self, actor: UserInfo, now: dt.datetime | None = None) -> ReminderSummary:
        """Counts and short Chinese lines of what is due for ``actor`` today.

        A consultant or service user: their own. A manager: the whole team's totals
        (lines prefixed 团队). Other roles have nothing due (an empty summary).
        """
        now = now or self._clock.now()
        if actor.role not in (Role.CONSULTANT, Role.SERVICE, Role.MANAGER):
            return ReminderSummary(now, MyDayCounts(), ())
        with self._db.read() as s:
            settings = load_settings(s)
            ids, _names, _team = resolve_day_scope(s, actor, None)
            total = MyDayCounts()
            for c in day_counts(s, ids, now.date(), now, settings).values():
                total = total + c
        lines = reminder_lines(total, settings.lapse_warning_days)
        if actor.role is Role.MANAGER:
            lines = tuple("团队：" + line for line in lines)
        return ReminderSummary(now, total, lines)
