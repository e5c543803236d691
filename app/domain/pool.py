"""Protection, the public pool (公共客户池) and transfers (客户移交), SPEC §3.2 and §5.

How long protection lasts is ``app.domain.ownership.protection_until`` (the last visit or
effective follow-up, or the start of ownership, plus 30 days, or 7 for a lead); every
service that records such a contact stores the result in ``customers.protected_until``.
This module works on that stored value: the owner is warned ``lapse_warning_days`` (3)
before it, and once it has passed the lapse job moves the customer to the pool. Locked
customers never lapse; nor do customers past the subscription (a buyer is not poached),
see ``LAPSABLE_STAGES``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from app.domain.enums import Grade, OwnershipEventKind, Stage
from app.domain.errors import ConflictError

#: Customers in these stages lapse to the pool and count toward the consultant's cap.
LAPSABLE_STAGES: frozenset[Stage] = frozenset({Stage.LEAD, Stage.VISITED, Stage.CANCELLED})
#: "Active customers" of SPEC §5's cap (200): the prospects a consultant is working on.
CAP_STAGES: frozenset[Stage] = LAPSABLE_STAGES


def warning_starts(protected_until: dt.datetime, warning_days: int) -> dt.datetime:
    return protected_until - dt.timedelta(days=warning_days)


def is_lapsed(protected_until: dt.datetime | None, now: dt.datetime, *, locked: bool) -> bool:
    """Protection has run out (``protected_until`` is the first unprotected moment)."""
    return not locked and protected_until is not None and protected_until <= now


def in_warning_period(
    protected_until: dt.datetime | None, now: dt.datetime, warning_days: int, *, locked: bool
) -> bool:
    """The owner should be warned: less than ``warning_days`` of protection left."""
    if locked or protected_until is None:
        return False
    return warning_starts(protected_until, warning_days) <= now < protected_until


def days_to_lapse(protected_until: dt.datetime, now: dt.datetime) -> int:
    """Whole days left, rounded up: 1 means "lapses within a day"."""
    seconds = (protected_until - now).total_seconds()
    if seconds <= 0:
        return 0
    return int(-(-seconds // 86_400))


def day_bounds(day: dt.date) -> tuple[dt.datetime, dt.datetime]:
    start = dt.datetime.combine(day, dt.time())
    return start, start + dt.timedelta(days=1)


# --- caps and quotas -----------------------------------------------------------


class PoolLimitError(ConflictError):
    """A claim would exceed the consultant's cap or daily quota."""


def check_claim_allowed(
    *, active_customers: int, claims_today: int, max_active: int, max_daily: int
) -> None:
    """Raise ``PoolLimitError`` unless one more claim fits both limits."""
    if active_customers >= max_active:
        raise PoolLimitError(
            "您名下已有 {active} 位在跟客户，已达上限 {cap} 位，请先跟进或释放部分客户后再领取",
            values={"active": active_customers, "cap": max_active},
        )
    if claims_today >= max_daily:
        raise PoolLimitError(
            "今天已领取 {claims} 位客户，已达每日上限 {quota} 位",
            values={"claims": claims_today, "quota": max_daily},
        )


# --- spreading a transfer evenly --------------------------------------------------

S = TypeVar("S", bound=Hashable)

_GRADE_RANK = {g.value: i for i, g in enumerate((Grade.A, Grade.B, Grade.C, Grade.D))}


def spread_evenly(
    items: Sequence[tuple[int, str | None]], successors: Sequence[S]
) -> dict[S, list[int]]:
    """Deal ``(customer_id, grade)`` items to successors like cards: sorted by grade then
    id, round robin. Every successor gets the same number ±1 and a like mix of grades.
    """
    if not successors:
        raise ValueError("no successors")
    if len(set(successors)) != len(successors):
        raise ValueError("duplicate successors")
    ordered = sorted(items, key=lambda it: (_GRADE_RANK.get(it[1] or "", 9), it[0]))
    out: dict[S, list[int]] = {s: [] for s in successors}
    for i, (customer_id, _grade) in enumerate(ordered):
        out[successors[i % len(successors)]].append(customer_id)
    return out


# --- what the pool and transfer services return ---------------------------------------


@dataclass(frozen=True, slots=True)
class LapseJobResult:
    at: dt.datetime
    moved: int
    customer_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class OwnershipChange:
    """One claim, release, lock or unlock."""

    customer_id: int
    kind: OwnershipEventKind
    from_user_id: int | None
    to_user_id: int | None
    at: dt.datetime
    reason: str | None
    owner_id: int | None
    protected_until: dt.datetime | None
    locked: bool
    in_public_pool: bool


@dataclass(frozen=True, slots=True)
class ClaimQuota:
    """A consultant's standing against the cap and the daily quota."""

    user_id: int
    active_customers: int
    max_active: int
    claims_today: int
    max_daily: int

    @property
    def claims_left(self) -> int:
        return max(
            0, min(self.max_active - self.active_customers, self.max_daily - self.claims_today)
        )


@dataclass(frozen=True, slots=True)
class PoolCustomer:
    """A row of the public pool list (masked phone: nobody owns it)."""

    customer_id: int
    name: str
    masked_phone: str
    grade: Grade | None
    stage: Stage
    wanted_layout: str | None
    last_visit_at: dt.datetime | None
    in_pool_since: dt.datetime | None


@dataclass(frozen=True, slots=True)
class SuccessorShare:
    user_id: int
    name: str
    customers: int
    #: The successor's active customers after the transfer exceed the cap (a warning only:
    #: a manager's transfer is not refused for it).
    over_cap: bool


@dataclass(frozen=True, slots=True)
class TransferResult:
    transfer_id: int
    at: dt.datetime
    from_user_id: int
    from_user_name: str
    reason: str
    moved: int
    shares: tuple[SuccessorShare, ...]
    tasks_created: int
    #: Open tasks (callbacks...) of the departing consultant handed to the successors.
    tasks_reassigned: int
    deactivated: bool
