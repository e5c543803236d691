"""报表 (SPEC §9): who sees which figures, the date rules, and what a sales report holds.

Pure Python: the scope rule, the date buckets (a week starts on Monday; both ends of a
range are inclusive), the range presets of the reports page, and the frozen dataclasses
``ReportService.sales_report`` returns. Reports hold aggregates only: counts, sums,
shares and staff names, never a customer's name, phone or ID number.

Which customers a role's figures count (enforced in ``app.services.report_service``):

- manager (销售经理): every customer of the project.
- consultant (置业顾问): only customers they own today (``customers.owner_id``); visits
  and deals count only when they received / made them themselves, and the ranking and
  overdue sections hold only their own line. Nothing that counts another consultant's
  customer.
- customer service (客服专员): only customers from subscription on (认购, 签约, 交付, 业主,
  退订: ``app.domain.access.POST_SALE_STAGES``), in every section; complaints: all of
  the project's.
- reception (前台) and admin (管理员): no reports (``PermissionDenied``).
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from app.domain.access import POST_SALE_STAGES
from app.domain.enums import Channel, Grade, Role, Stage
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.models import UserInfo

#: Roles that read reports.
REPORT_ROLES = frozenset({Role.MANAGER, Role.CONSULTANT, Role.SERVICE})

#: Shown instead of the report to everyone else, and the message of the refusal.
NO_REPORTS_MESSAGE = "报表仅供销售经理、置业顾问和客服查看"


class Granularity(StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"


class RangePreset(StrEnum):
    """The date ranges the reports page offers (今天 / 本周 / 本月 / 近30天 / 自定义)."""

    TODAY = "today"
    THIS_WEEK = "this_week"
    THIS_MONTH = "this_month"
    LAST_30_DAYS = "last_30_days"
    CUSTOM = "custom"


class ScopeKind(StrEnum):
    #: Every customer of the project (manager).
    PROJECT = "project"
    #: The actor's own customers, their own receptions and deals (consultant).
    OWN_CUSTOMERS = "own_customers"
    #: Customers from subscription on (customer service).
    POST_SALE = "post_sale"


# --- labels for the printed and exported report (the UI translates its own) -----------

GRANULARITY_LABELS: dict[str, str] = {"day": "按日", "week": "按周", "month": "按月"}
CHANNEL_LABELS: dict[str, str] = {
    Channel.WALK_IN: "自然来访",
    Channel.PHONE: "来电",
    Channel.ONLINE: "网络",
    Channel.AGENCY: "中介带看",
    Channel.REFERRAL: "老带新",
    Channel.AD: "广告",
    Channel.EVENT: "活动",
    Channel.OTHER: "其他",
}
NO_CHANNEL_LABEL = "未填写"
GRADE_LABELS: dict[str, str] = {
    Grade.A: "A 高意向",
    Grade.B: "B 中意向",
    Grade.C: "C 低意向",
    Grade.D: "D 无意向",
}
NO_GRADE_LABEL = "未评级"
NO_REASON_LABEL = "未填写原因"
FUNNEL_LABELS: dict[str, str] = {
    "visited": "来访",
    "returned": "复访",
    "subscribed": "认购",
    "contracted": "签约",
}
SCOPE_LABELS: dict[str, str] = {
    ScopeKind.PROJECT: "全部客户",
    ScopeKind.OWN_CUSTOMERS: "本人的客户",
    ScopeKind.POST_SALE: "认购及以后阶段的客户",
}
ROLE_LABELS: dict[str, str] = {
    Role.RECEPTION: "前台",
    Role.CONSULTANT: "置业顾问",
    Role.MANAGER: "销售经理",
    Role.SERVICE: "客服专员",
    Role.ADMIN: "管理员",
}


# --- who sees what ------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReportScope:
    """Which customers the figures of one actor's report count.

    ``owner_id`` set: only customers with ``customers.owner_id == owner_id``, and only
    visits received / deals made by that user. ``stages`` set: only customers in those
    stages. Neither: the whole project.
    """

    kind: ScopeKind
    project_id: int
    user_id: int
    user_name: str
    role: Role
    owner_id: int | None = None
    stages: frozenset[Stage] | None = None

    @property
    def label(self) -> str:
        return SCOPE_LABELS[self.kind]

    def sees_stage(self, stage: Stage | str) -> bool:
        return self.stages is None or Stage(stage) in self.stages


def report_scope(actor: UserInfo, project_id: int) -> ReportScope:
    """The scope of ``actor``'s reports in ``project_id``; reception and admin get none."""
    if actor.role not in REPORT_ROLES:
        raise PermissionDenied(NO_REPORTS_MESSAGE)
    name = actor.display_name or actor.username
    if actor.role is Role.CONSULTANT:
        return ReportScope(ScopeKind.OWN_CUSTOMERS, project_id, actor.id, name, actor.role,
                           owner_id=actor.id)  # fmt: skip
    if actor.role is Role.SERVICE:
        return ReportScope(ScopeKind.POST_SALE, project_id, actor.id, name, actor.role,
                           stages=POST_SALE_STAGES)  # fmt: skip
    return ReportScope(ScopeKind.PROJECT, project_id, actor.id, name, actor.role)


# --- dates --------------------------------------------------------------------------


def check_range(start: dt.date, end: dt.date) -> None:
    if start > end:
        raise ValidationError("开始日期不能晚于结束日期", {"start": "开始日期不能晚于结束日期"})


def preset_range(preset: RangePreset | str, today: dt.date) -> tuple[dt.date, dt.date]:
    """(first day, last day) of a preset, both inclusive, ending today. ``CUSTOM`` has no
    range of its own: it keeps today's (the page then lets the user pick)."""
    preset = RangePreset(preset)
    if preset is RangePreset.THIS_WEEK:
        return week_start(today), today
    if preset is RangePreset.THIS_MONTH:
        return today.replace(day=1), today
    if preset is RangePreset.LAST_30_DAYS:
        return today - dt.timedelta(days=29), today
    return today, today


def week_start(day: dt.date) -> dt.date:
    """The Monday of ``day``'s week (Chinese offices count weeks Monday to Sunday)."""
    return day - dt.timedelta(days=day.weekday())


def bucket_start(day: dt.date, granularity: Granularity | str) -> dt.date:
    granularity = Granularity(granularity)
    if granularity is Granularity.WEEK:
        return week_start(day)
    if granularity is Granularity.MONTH:
        return day.replace(day=1)
    return day


def bucket_last_day(first: dt.date, granularity: Granularity | str) -> dt.date:
    """The last day of the bucket that starts on ``first``."""
    granularity = Granularity(granularity)
    if granularity is Granularity.WEEK:
        return first + dt.timedelta(days=6)
    if granularity is Granularity.MONTH:
        return first.replace(day=calendar.monthrange(first.year, first.month)[1])
    return first


def bucket_bounds(
    start: dt.date, end: dt.date, granularity: Granularity | str
) -> list[tuple[dt.date, dt.date]]:
    """Every bucket that meets [start, end], as (first, last) day clipped to the range:
    a week range from Wednesday to the next Tuesday gives Wed–Sun and Mon–Tue."""
    check_range(start, end)
    out = []
    first = bucket_start(start, granularity)
    while first <= end:
        last = bucket_last_day(first, granularity)
        out.append((max(first, start), min(last, end)))
        first = last + dt.timedelta(days=1)
    return out


def fold_days(
    day_counts: Iterable[tuple[dt.date, str, int]],
    start: dt.date,
    end: dt.date,
    granularity: Granularity | str,
) -> tuple[VisitBucket, ...]:
    """Fold per-day visit counts ((day, kind, n), as grouped by the database) into the
    buckets of the range; every bucket is there, empty ones with zeros."""
    bounds = bucket_bounds(start, end, granularity)
    index = {bucket_start(first, granularity): i for i, (first, _last) in enumerate(bounds)}
    first_counts = [0] * len(bounds)
    return_counts = [0] * len(bounds)
    for day, kind, n in day_counts:
        if not start <= day <= end:
            continue
        i = index[bucket_start(day, granularity)]
        if kind == "first":
            first_counts[i] += int(n)
        elif kind == "return":
            return_counts[i] += int(n)
    return tuple(
        VisitBucket(first, last, first_counts[i], return_counts[i])
        for i, (first, last) in enumerate(bounds)
    )


def share(part: int | Decimal, whole: int | Decimal) -> float | None:
    """``part / whole`` as a fraction (0.25 for 25 %); None when ``whole`` is zero."""
    if not whole:
        return None
    return float(part) / float(whole)


def format_share(value: float | None, *, blank: str = "—") -> str:
    """``25.0%`` (``0.04%`` under one per cent, so a small share does not read as
    none); ``blank`` when there is nothing to divide by."""
    if value is None:
        return blank
    if 0 < value < 0.01:
        return f"{value * 100:.2f}%"
    return f"{value * 100:.1f}%"


def format_range(start: dt.date, end: dt.date) -> str:
    """``2026年3月1日 至 2026年3月31日`` (one date when they are the same)."""
    first = f"{start.year}年{start.month}月{start.day}日"
    if start == end:
        return first
    return f"{first} 至 {end.year}年{end.month}月{end.day}日"


def bucket_label(first: dt.date, last: dt.date, granularity: Granularity | str) -> str:
    """``3月2日`` / ``3月2日–3月8日`` / ``2026年3月`` (a clipped month shows its days)."""
    granularity = Granularity(granularity)
    if (
        granularity is Granularity.MONTH
        and first.day == 1
        and last == bucket_last_day(first, granularity)
    ):
        return f"{first.year}年{first.month}月"
    if first == last:
        return f"{first.month}月{first.day}日"
    return f"{first.month}月{first.day}日–{last.month}月{last.day}日"


# --- what a report holds ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class VisitBucket:
    """Visits of one day, week or month (clipped to the range): first and return visits."""

    start: dt.date
    end: dt.date
    first: int
    returning: int

    @property
    def total(self) -> int:
        return self.first + self.returning


@dataclass(frozen=True, slots=True)
class VisitSummary:
    """来访: first (首次来访) and return visits (复访) per bucket.

    A second visit on the same day (同日再访) and competitor scouts (踩盘) are not visits
    of the report; their counts are given so the totals can be reconciled.
    """

    granularity: Granularity
    buckets: tuple[VisitBucket, ...]
    same_day: int = 0
    scouts: int = 0

    @property
    def first(self) -> int:
        return sum(b.first for b in self.buckets)

    @property
    def returning(self) -> int:
        return sum(b.returning for b in self.buckets)

    @property
    def total(self) -> int:
        return self.first + self.returning


@dataclass(frozen=True, slots=True)
class MixLine:
    """One channel (来源渠道) or grade (意向等级) of the new visitors; ``code`` None is
    "not recorded" (未填写 / 未评级)."""

    code: str | None
    customers: int
    share: float | None


@dataclass(frozen=True, slots=True)
class FunnelStep:
    key: str  # visited / returned / subscribed / contracted
    customers: int
    #: Of the first step (来访).
    of_first: float | None
    #: Of the step before (None for the first step).
    of_previous: float | None

    @property
    def label(self) -> str:
        return FUNNEL_LABELS[self.key]


@dataclass(frozen=True, slots=True)
class Funnel:
    """转化漏斗: customers whose first visit is in the range, and of them how many came
    back, subscribed and contracted by the end of the range."""

    visited: int = 0
    returned: int = 0
    subscribed: int = 0
    contracted: int = 0

    @property
    def steps(self) -> tuple[FunnelStep, ...]:
        counts = [
            ("visited", self.visited),
            ("returned", self.returned),
            ("subscribed", self.subscribed),
            ("contracted", self.contracted),
        ]
        out = []
        previous: int | None = None
        for key, n in counts:
            out.append(
                FunnelStep(
                    key,
                    n,
                    share(n, self.visited),
                    None if previous is None else share(n, previous),
                )
            )
            previous = n
        return tuple(out)


@dataclass(frozen=True, slots=True)
class ReasonLine:
    """流失原因: how many of the new visitors are lost for this reason (None: not given).
    The reason is free text: the customer's own name is masked and phone or ID numbers
    are scrubbed before it leaves the service."""

    reason: str | None
    customers: int
    share: float | None
    #: More than 0: this line stands for that many rarer reasons taken together.
    other: int = 0

    @property
    def label(self) -> str:
        if self.other:
            return f"其他 {self.other} 种原因"
        return self.reason or NO_REASON_LABEL


@dataclass(frozen=True, slots=True)
class ConsultantRank:
    """One line of the consultant ranking (置业顾问排名)."""

    rank: int
    consultant_id: int
    consultant_name: str
    active: bool
    #: Visits received in the range (first and return visits).
    receptions: int
    #: Subscriptions in the range that were not cancelled since (成交).
    deals: int
    #: Their agreed prices (list price where none was agreed), in yuan.
    amount: Decimal
    #: Average survey score in the range; None when no survey was taken (shown "—").
    satisfaction: float | None
    surveys: int = 0

    @property
    def id(self) -> int:
        return self.consultant_id


@dataclass(frozen=True, slots=True)
class OverdueLine:
    """Overdue follow-ups of one person, today (not the range: overdue is a state)."""

    consultant_id: int
    consultant_name: str
    active: bool
    #: Customers whose planned follow-up date has passed (as on "My day").
    customers: int
    max_days_overdue: int
    #: Post-sale callbacks assigned to them and past their due date.
    callbacks: int

    @property
    def id(self) -> int:
        return self.consultant_id

    @property
    def total(self) -> int:
        return self.customers + self.callbacks


@dataclass(frozen=True, slots=True)
class ComplaintSummary:
    """投诉: received in the range, and the whole backlog today. Overdue: no first
    response yet, and received more than ``response_days`` days ago (SPEC §8)."""

    received: int = 0
    received_open: int = 0
    received_overdue: int = 0
    open_total: int = 0
    overdue_total: int = 0
    response_days: int = 2


@dataclass(frozen=True, slots=True)
class DealSummary:
    deals: int = 0
    amount: Decimal = Decimal("0.00")


@dataclass(frozen=True, slots=True)
class SalesReport:
    """Every section of the reports page for one actor, range and granularity."""

    scope: ReportScope
    project_name: str
    start: dt.date
    end: dt.date
    granularity: Granularity
    generated_at: dt.datetime
    visits: VisitSummary
    channels: tuple[MixLine, ...]
    grades: tuple[MixLine, ...]
    funnel: Funnel
    lost_reasons: tuple[ReasonLine, ...]
    ranking: tuple[ConsultantRank, ...]
    overdue: tuple[OverdueLine, ...]
    complaints: ComplaintSummary
    deals: DealSummary

    @property
    def has_visits(self) -> bool:
        return self.visits.total > 0

    @property
    def is_empty(self) -> bool:
        """Nothing happened in the range: no visit, no deal, no complaint."""
        return not (self.visits.total or self.deals.deals or self.complaints.received)

    @property
    def lost(self) -> int:
        return sum(line.customers for line in self.lost_reasons)

    @property
    def range_label(self) -> str:
        return format_range(self.start, self.end)

    def describe(self) -> str:
        """One line for the audit log and the file headers (no personal data)."""
        return (
            f"{self.start.isoformat()} 至 {self.end.isoformat()}，"
            f"{GRANULARITY_LABELS[self.granularity]}，范围：{self.scope.label}"
        )


def mix_lines(
    counts: dict[str | None, int], order: Iterable[str], *, keep_zero: bool = True
) -> tuple[MixLine, ...]:
    """Lines for every code of ``order`` (zeros kept), then "not recorded" if any, then
    codes not in ``order`` (old data), each with its share of the total."""
    total = sum(counts.values())
    known = list(order)
    out = [MixLine(code, counts.get(code, 0), share(counts.get(code, 0), total)) for code in known]
    if not keep_zero:
        out = [line for line in out if line.customers]
    extra = sorted((c for c in counts if c is not None and c not in known), key=str)
    out += [MixLine(code, counts[code], share(counts[code], total)) for code in extra]
    if counts.get(None):
        out.append(MixLine(None, counts[None], share(counts[None], total)))
    return tuple(out)
