"""Ownership (判客) rules of SPEC §3.2, pure and with every date passed in.

- Protection lapses ``protection_days`` (30) after the owner's last effective follow-up
  or visit; a lead that never visited is protected ``lead_protection_days`` (7). The
  anchor is never earlier than ``owner_since``: a new owner starts a fresh period.
- A locked customer (manager's lock) never lapses.
- Only a *complete* registration counts for ownership (required fields are a setting).
- Two consultants claiming one customer (撞单): the earliest complete registration wins.
- ``decide_route`` says where a walk-in goes: the valid owner (return visit), the
  consultant already with them today (same-day second visit), the chosen consultant
  (competitor scout), or the rotation (new, lapsed or public-pool customer).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from app.domain.enums import Stage
from app.domain.pool import LAPSABLE_STAGES
from app.domain.settings import AppSettings

#: Field names a registration may require, mapped to the customer attributes that
#: satisfy them ("wanted_area" is satisfied by either end of the area range).
REQUIRED_FIELD_SOURCES: dict[str, tuple[str, ...]] = {
    "name": ("name",),
    "gender": ("gender",),
    "phone": ("phone",),
    "channel": ("channel",),
    "wanted_area": ("wanted_area_min", "wanted_area_max"),
    "wanted_layout": ("wanted_layout",),
    "age_band": ("age_band",),
    "budget": ("budget_total",),
    "home_district": ("home_district",),
    "work_district": ("work_district",),
    "occupation": ("occupation",),
    "purpose": ("purpose",),
}


class ProtectionStatus(StrEnum):
    """Where a customer stands for 判客."""

    VALID = "valid"  # protected by the owner until ``protected_until``
    LAPSED = "lapsed"  # has an owner whose protection ran out: goes to the public pool
    LOCKED = "locked"  # a manager locked the customer to the owner: never lapses
    POOL = "pool"  # no owner: in the public pool


class RouteKind(StrEnum):
    """How a walk-in is routed to a consultant."""

    OWNER = "owner"  # valid owner: return visit, no rotation turn
    SAME_DAY = "same_day"  # second visit today: the same consultant, no turn
    SCOUT = "scout"  # competitor scout (踩盘): no turn, no ownership
    DISPUTE = "dispute"  # 撞单 won by a complete registration over an incomplete one
    ROTATION = "rotation"  # new, lapsed or public-pool customer: next in the queue


@dataclass(frozen=True, slots=True)
class OwnershipFacts:
    """What the rules need to know about a customer (all optional for a new one)."""

    owner_id: int | None
    owner_since: dt.datetime | None
    locked: bool
    in_public_pool: bool
    visit_count: int
    last_visit_at: dt.datetime | None
    last_effective_follow_up_at: dt.datetime | None
    registration_complete: bool
    registered_at: dt.datetime | None = None
    created_at: dt.datetime | None = None
    #: Stage code; customers past the subscription (not in ``LAPSABLE_STAGES``) never lapse.
    stage: str | None = None
    #: The stored ``customers.protected_until``; it may be later than the computed end
    #: (a manager's unlock grants a grace period) and is then the one that counts.
    protected_until: dt.datetime | None = None


@dataclass(frozen=True, slots=True)
class Protection:
    status: ProtectionStatus
    #: End of protection (None when locked or in the pool).
    until: dt.datetime | None
    #: True when the owner should be warned (``lapse_warning_days`` before ``until``).
    expiring_soon: bool = False


def protection_anchor(facts: OwnershipFacts) -> dt.datetime | None:
    """The latest of owner_since, last visit and last effective follow-up."""
    times = [
        t
        for t in (facts.owner_since, facts.last_visit_at, facts.last_effective_follow_up_at)
        if t is not None
    ]
    if not times and facts.created_at is not None:
        times = [facts.created_at]
    return max(times) if times else None


def protection_until(facts: OwnershipFacts, settings: AppSettings) -> dt.datetime | None:
    """When the owner's protection ends; ``None`` if there is no owner or no anchor.

    A customer who never visited is a lead and gets ``lead_protection_days``.
    """
    if facts.owner_id is None:
        return None
    anchor = protection_anchor(facts)
    if anchor is None:
        return None
    days = settings.protection_days if facts.visit_count > 0 else settings.lead_protection_days
    return anchor + dt.timedelta(days=days)


def protection(facts: OwnershipFacts, now: dt.datetime, settings: AppSettings) -> Protection:
    """The customer's protection status at ``now``.

    The end is the later of the computed end and the stored one (``facts.protected_until``).
    A customer past the subscription stays with the owner (VALID, no end).
    """
    if facts.owner_id is None or facts.in_public_pool:
        return Protection(ProtectionStatus.POOL, None)
    if facts.locked:
        return Protection(ProtectionStatus.LOCKED, None)
    if facts.stage is not None and Stage(facts.stage) not in LAPSABLE_STAGES:
        return Protection(ProtectionStatus.VALID, None)
    until = protection_until(facts, settings)
    if facts.protected_until is not None and (until is None or facts.protected_until > until):
        until = facts.protected_until
    if until is None or now >= until:
        return Protection(ProtectionStatus.LAPSED, until)
    warn = now >= until - dt.timedelta(days=settings.lapse_warning_days)
    return Protection(ProtectionStatus.VALID, until, warn)


def missing_required(values: Mapping[str, Any], required: Iterable[str]) -> list[str]:
    """The required registration fields (setting names) that ``values`` leaves empty.

    ``values`` maps customer attribute names to values; an unknown required name is
    looked up as an attribute of the same name.
    """
    missing = []
    for name in required:
        sources = REQUIRED_FIELD_SOURCES.get(name, (name,))
        if not any(_filled(values.get(src)) for src in sources):
            missing.append(name)
    return missing


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    return True


@dataclass(frozen=True, slots=True)
class Claim:
    """One consultant's registration of a customer."""

    consultant_id: int
    registered_at: dt.datetime
    complete: bool


def resolve_claims(claims: Sequence[Claim]) -> Claim | None:
    """撞单: the earliest complete registration wins; ``None`` if none is complete.

    Ties on the same second go to the lower consultant id, so the answer never depends
    on the order the claims were read in.
    """
    valid = [c for c in claims if c.complete]
    if not valid:
        return None
    return min(valid, key=lambda c: (c.registered_at, c.consultant_id))


@dataclass(frozen=True, slots=True)
class RouteDecision:
    kind: RouteKind
    #: The consultant the visit goes to; ``None`` means "the rotation's proposal".
    consultant_id: int | None
    consumes_turn: bool
    #: The owner loses the customer to the pool before the rotation assigns it.
    lapses: bool = False
    #: A complete registration takes over from an owner whose registration was not.
    dispute_won: bool = False


def decide_route(
    facts: OwnershipFacts | None,
    now: dt.datetime,
    settings: AppSettings,
    *,
    scout: bool = False,
    today_consultant_id: int | None = None,
    form_complete: bool = False,
    form_consultant_id: int | None = None,
) -> RouteDecision:
    """Where a walk-in goes (SPEC §3.2-3.3).

    ``facts`` is None for an unknown phone. ``today_consultant_id`` is the consultant of
    the customer's earlier visit today, if any. ``form_complete`` and
    ``form_consultant_id`` describe the registration being saved, for 撞单: when the
    owner's registration is incomplete and this one is complete, the earliest *valid*
    registration is this one, and it wins.
    """
    if scout:
        return RouteDecision(RouteKind.SCOUT, form_consultant_id, consumes_turn=False)
    if facts is None:
        return RouteDecision(RouteKind.ROTATION, None, consumes_turn=True)
    if today_consultant_id is not None:
        return RouteDecision(RouteKind.SAME_DAY, today_consultant_id, consumes_turn=False)
    prot = protection(facts, now, settings)
    if prot.status in (ProtectionStatus.VALID, ProtectionStatus.LOCKED):
        owner = facts.owner_id
        assert owner is not None
        if form_consultant_id is not None and form_consultant_id != owner and not facts.locked:
            since = facts.registered_at or facts.owner_since or facts.created_at or now
            winner = resolve_claims(
                [
                    Claim(owner, since, facts.registration_complete),
                    Claim(form_consultant_id, now, form_complete),
                ]
            )
            if winner is not None and winner.consultant_id == form_consultant_id:
                return RouteDecision(
                    RouteKind.DISPUTE, form_consultant_id, consumes_turn=False, dispute_won=True
                )
        return RouteDecision(RouteKind.OWNER, owner, consumes_turn=False)
    return RouteDecision(
        RouteKind.ROTATION,
        None,
        consumes_turn=True,
        lapses=prot.status is ProtectionStatus.LAPSED,
    )
