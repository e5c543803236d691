"""ReminderService: the counts and lines of the start-up / periodic notification."""

from __future__ import annotations

import datetime as dt

from app.domain.clock import FixedClock
from app.services.container import Services
from tests.test_follow_up_support import add_customer, make_office


def test_due_summary(services: Services, clock: FixedClock) -> None:
    office = make_office(services)
    now = clock.now()
    today = now.date()
    add_customer(services, office, owner_id=office.c1.id, next_follow_up_date=today)
    add_customer(
        services, office, owner_id=office.c1.id, next_follow_up_date=today - dt.timedelta(days=6)
    )
    add_customer(
        services, office, owner_id=office.c1.id, protected_until=now + dt.timedelta(days=1)
    )
    add_customer(
        services,
        office,
        owner_id=office.c1.id,
        consent_marketing=True,
        birthday=dt.date(1975, 3, 2),
    )
    add_customer(
        services, office, owner_id=office.c2.id, next_follow_up_date=today - dt.timedelta(days=1)
    )

    mine = services.reminders.due_summary(office.c1)
    assert mine.has_anything
    assert (
        mine.counts.due_today,
        mine.counts.overdue,
        mine.counts.lapsing,
        mine.counts.birthdays,
    ) == (1, 1, 1, 1)
    assert mine.lines == (
        "逾期未跟进 1 位客户（最久 6 天）",
        "今日待跟进 1 位客户",
        "1 位客户将在 3 天内掉入公共池",
        "今天生日的客户 1 位",
    )
    assert mine.title == "今日待办 4 项"

    team = services.reminders.due_summary(office.manager)
    assert team.counts.overdue == 2
    assert team.lines[0] == "团队：逾期未跟进 2 位客户（最久 6 天）"

    nothing = services.reminders.due_summary(office.consultants[2])
    assert not nothing.has_anything and nothing.title == "今日暂无待办"
    assert not services.reminders.due_summary(office.reception).has_anything


def test_summary_follows_the_clock(services: Services, clock: FixedClock) -> None:
    office = make_office(services)
    add_customer(
        services,
        office,
        owner_id=office.c1.id,
        next_follow_up_date=clock.now().date() + dt.timedelta(days=2),
    )
    assert services.reminders.due_summary(office.c1).counts.total == 0
    clock.advance(days=2)
    assert services.reminders.due_summary(office.c1).counts.due_today == 1
    later = clock.now() + dt.timedelta(days=1)
    assert services.reminders.due_summary(office.c1, later).counts.overdue == 1
