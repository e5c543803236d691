"""Follow-up planning (跟进计划) and post-sale callbacks (售后回访), SPEC §5 and §6.

Pure date rules plus the frozen dataclasses the follow-up services return. Dates are
calendar dates in office time; "due" means on or before the day.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum

from app.domain.enums import FollowUpKind, Grade, Stage

#: Grade whose interval plans the follow-ups of a customer not graded yet.
UNGRADED_PLANNING_GRADE = Grade.B

#: Stages whose customers get regular (grade-planned) follow-ups and show on "My day".
FOLLOW_UP_STAGES: frozenset[Stage] = frozenset(
    {Stage.LEAD, Stage.VISITED, Stage.SUBSCRIBED, Stage.CONTRACTED, Stage.CANCELLED}
)

#: An "introduce the new consultant" task is due this many days after a transfer.
INTRODUCE_DUE_DAYS = 3

SUBSCRIPTION_CALLBACK_DAYS = 7
CONTRACT_CALLBACK_DAYS = 7
DELIVERY_CALLBACK_MONTHS = 3

CALLBACK_KINDS: frozenset[FollowUpKind] = frozenset(
    {
        FollowUpKind.CALLBACK_SUBSCRIPTION,
        FollowUpKind.CALLBACK_CONTRACT,
        FollowUpKind.CALLBACK_DELIVERY,
    }
)


class PostSaleEvent(StrEnum):
    """The deal events that create a post-sale callback."""

    SUBSCRIPTION = "subscription"
    CONTRACT = "contract"
    DELIVERY = "delivery"


CALLBACK_KIND_OF: Mapping[PostSaleEvent, FollowUpKind] = {
    PostSaleEvent.SUBSCRIPTION: FollowUpKind.CALLBACK_SUBSCRIPTION,
    PostSaleEvent.CONTRACT: FollowUpKind.CALLBACK_CONTRACT,
    PostSaleEvent.DELIVERY: FollowUpKind.CALLBACK_DELIVERY,
}


# --- date rules ------------------------------------------------------------------


def add_months(day: dt.date, months: int) -> dt.date:
    """Calendar months later, clamped to the month's last day (11-30 + 3 → 02-28/29)."""
    index = day.year * 12 + (day.month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    last = calendar.monthrange(year, month)[1]
    return dt.date(year, month, min(day.day, last))


def grade_interval_days(grade: str | None, intervals: Mapping[str, int]) -> int | None:
    """Days between follow-ups for a grade; None (or 0) in settings means "no plan"."""
    key = grade or UNGRADED_PLANNING_GRADE.value
    days = intervals.get(key)
    if days is None or days <= 0:
        return None
    return int(days)


def plan_next_follow_up(
    last_contact: dt.date,
    grade: str | None,
    intervals: Mapping[str, int],
    *,
    chosen: dt.date | None = None,
    not_before: dt.date | None = None,
) -> dt.date | None:
    """The next follow-up date: the consultant's ``chosen`` date if any, otherwise the last
    contact plus the grade interval, never before ``not_before`` (usually today, so a
    re-plan does not make a customer overdue for days nobody had planned).
    """
    if chosen is not None:
        return chosen
    days = grade_interval_days(grade, intervals)
    if days is None:
        return None
    planned = last_contact + dt.timedelta(days=days)
    if not_before is not None and planned < not_before:
        return not_before
    return planned


def days_overdue(due: dt.date, today: dt.date) -> int:
    return max(0, (today - due).days)


def birthday_in_year(birthday: dt.date, year: int) -> dt.date:
    """The day a birthday is celebrated in ``year``: 29 February on 28 February when the
    year has no 29th."""
    if birthday.month == 2 and birthday.day == 29 and not calendar.isleap(year):
        return dt.date(year, 2, 28)
    return birthday.replace(year=year)


def is_birthday(birthday: dt.date | None, day: dt.date) -> bool:
    return birthday is not None and birthday_in_year(birthday, day.year) == day


def birthday_month_days(day: dt.date) -> tuple[tuple[int, int], ...]:
    """The (month, day) pairs of birthdays celebrated on ``day`` (28 Feb of a common year
    also celebrates those born on 29 Feb)."""
    pairs = [(day.month, day.day)]
    if day.month == 2 and day.day == 28 and not calendar.isleap(day.year):
        pairs.append((2, 29))
    return tuple(pairs)


def callback_due_date(event: PostSaleEvent, at: dt.datetime | dt.date) -> dt.date:
    """When a post-sale callback is due: subscription and contract +7 days, delivery
    +3 calendar months (SPEC §6)."""
    day = at.date() if isinstance(at, dt.datetime) else at
    if event is PostSaleEvent.SUBSCRIPTION:
        return day + dt.timedelta(days=SUBSCRIPTION_CALLBACK_DAYS)
    if event is PostSaleEvent.CONTRACT:
        return day + dt.timedelta(days=CONTRACT_CALLBACK_DAYS)
    return add_months(day, DELIVERY_CALLBACK_MONTHS)


# --- what the follow-up services return ------------------------------------------


@dataclass(frozen=True, slots=True)
class FollowUpResult:
    """What ``FollowUpService.complete`` changed."""

    follow_up_id: int
    customer_id: int
    kind: FollowUpKind
    done_at: dt.datetime
    reached: bool
    next_follow_up_date: dt.date | None
    #: Renewed only when the customer was reached; otherwise as it was.
    protected_until: dt.datetime | None
    grade: Grade | None
    grade_changed: bool


@dataclass(frozen=True, slots=True)
class DueCustomer:
    """A customer on "My day": due today, overdue, birthday or about to lapse."""

    customer_id: int
    name: str
    #: Full for the owner and the manager, masked otherwise.
    phone: str
    grade: Grade | None
    stage: Stage
    consultant_id: int | None
    consultant_name: str
    next_follow_up_date: dt.date | None
    days_overdue: int = 0
    protected_until: dt.datetime | None = None
    #: Whole days left before the customer lapses to the public pool (lapse list only).
    days_to_lapse: int | None = None
    birthday: dt.date | None = None


@dataclass(frozen=True, slots=True)
class TaskRow:
    """An open follow-up task: a post-sale callback or "introduce the new consultant"."""

    follow_up_id: int
    kind: FollowUpKind
    customer_id: int
    customer_name: str
    phone: str
    assignee_id: int | None
    assignee_name: str
    due_date: dt.date
    days_overdue: int
    deal_id: int | None


@dataclass(frozen=True, slots=True)
class MyDayCounts:
    due_today: int = 0
    overdue: int = 0
    birthdays: int = 0
    callbacks: int = 0
    tasks: int = 0
    lapsing: int = 0
    #: The longest overdue regular follow-up, in days (0 when none).
    max_days_overdue: int = 0

    @property
    def total(self) -> int:
        return (
            self.due_today + self.overdue + self.birthdays + self.callbacks + self.tasks
            + self.lapsing
        )  # fmt: skip

    def __add__(self, other: MyDayCounts) -> MyDayCounts:
        return MyDayCounts(
            due_today=self.due_today + other.due_today,
            overdue=self.overdue + other.overdue,
            birthdays=self.birthdays + other.birthdays,
            callbacks=self.callbacks + other.callbacks,
            tasks=self.tasks + other.tasks,
            lapsing=self.lapsing + other.lapsing,
            max_days_overdue=max(self.max_days_overdue, other.max_days_overdue),
        )


@dataclass(frozen=True, slots=True)
class ConsultantDay:
    """One line of the manager's team view."""

    consultant_id: int
    consultant_name: str
    active: bool
    counts: MyDayCounts


@dataclass(frozen=True, slots=True)
class MyDay:
    """Everything on "My day" (我的一天 / 跟进) for one person or the whole team.

    Lists are newest-relevant first and capped at the ``limit`` given to ``my_day``;
    ``counts`` are exact. ``per_consultant`` is filled for the manager's team view
    (``consultant_id`` None) and empty otherwise.
    """

    day: dt.date
    consultant_id: int | None
    due_today: tuple[DueCustomer, ...]
    #: Oldest first (most days overdue first): shown in red.
    overdue: tuple[DueCustomer, ...]
    birthdays: tuple[DueCustomer, ...]
    callbacks: tuple[TaskRow, ...]
    tasks: tuple[TaskRow, ...]
    lapsing: tuple[DueCustomer, ...]
    counts: MyDayCounts
    per_consultant: tuple[ConsultantDay, ...] = ()


@dataclass(frozen=True, slots=True)
class ReminderSummary:
    """What the start-up / periodic notification says."""

    at: dt.datetime
    counts: MyDayCounts
    #: Short Chinese lines, one per non-empty category.
    lines: tuple[str, ...]

    @property
    def has_anything(self) -> bool:
        return bool(self.lines)

    @property
    def title(self) -> str:
        return f"今日待办 {self.counts.total} 项" if self.lines else "今日暂无待办"


def reminder_lines(counts: MyDayCounts, warning_days: int) -> tuple[str, ...]:
    lines: list[str] = []
    if counts.overdue:
        lines.append(f"逾期未跟进 {counts.overdue} 位客户（最久 {counts.max_days_overdue} 天）")
    if counts.due_today:
        lines.append(f"今日待跟进 {counts.due_today} 位客户")
    if counts.callbacks:
        lines.append(f"售后回访 {counts.callbacks} 项")
    if counts.tasks:
        lines.append(f"新顾问介绍等任务 {counts.tasks} 项")
    if counts.lapsing:
        lines.append(f"{counts.lapsing} 位客户将在 {warning_days} 天内掉入公共池")
    if counts.birthdays:
        lines.append(f"今天生日的客户 {counts.birthdays} 位")
    return tuple(lines)
