"""Frozen dataclasses of the reception desk and the customers pages (SPEC §3, §4).

These travel from the services to the UI; none holds an ORM object. A phone shown in a
dataclass is already masked (``138****5678``) unless the actor may see it in full
(``app.domain.access.sees_full``); ``phone_masked`` says which.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum

from app.domain.enums import RotationEventKind, RotationStatus, VisitKind
from app.domain.ownership import ProtectionStatus, RouteKind
from app.domain.rotation import QueueEntry

# --- reception (来访登记) ---------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class CustomerCard:
    """What the reception desk shows for a known phone (判客 card)."""

    customer_id: int
    name: str
    gender: str | None
    #: Shown phone (full or masked, see ``phone_masked``): the customer's primary phone.
    phone: str
    phone_masked: bool
    #: How the typed phone matched: "primary", "alternate" or "related".
    matched_by: str
    #: The related person (family member) whose phone matched, if any.
    related_person_name: str | None
    owner_id: int | None
    owner_name: str | None
    grade: str | None
    stage: str
    visit_count: int
    first_visit_at: dt.datetime | None
    last_visit_at: dt.datetime | None
    last_effective_follow_up_at: dt.datetime | None
    protection: ProtectionStatus
    #: End of the owner's protection (None when locked or in the pool).
    protected_until: dt.datetime | None
    #: Protection ends within ``lapse_warning_days``.
    expiring_soon: bool
    locked: bool
    in_public_pool: bool
    registration_complete: bool
    #: Required registration fields (setting names) still empty.
    missing_fields: tuple[str, ...]
    consent_basic: bool
    consent_marketing: bool
    #: The consultant of the customer's visit earlier today, if any (same-day visit).
    visited_today_consultant_id: int | None


@dataclass(frozen=True, slots=True)
class VisitPlan:
    """Where a walk-in with this phone would go, before anything is saved."""

    phone_e164: str
    #: A warning about the phone (unknown prefix); never a block.
    phone_warning: str | None
    card: CustomerCard | None
    route: RouteKind
    #: Proposed consultant (owner, today's consultant, or the rotation's next).
    consultant_id: int | None
    consultant_name: str | None
    consumes_turn: bool
    #: The owner's protection has lapsed: saving the visit moves the customer to the pool
    #: and on to the rotation.
    lapses: bool
    #: A sentence for the reception desk, e.g. "老客户，归属顾问 王芳（保护期至 3月30日）".
    message: str


@dataclass(frozen=True, slots=True)
class RegistrationForm:
    """What reception typed. Minimum: phone, name (or surname), gender, party size,
    channel, consultant. Everything else may be filled in later by the consultant. There
    is no resident ID here: it is asked for at subscription or contract, not at the door
    (PIPL minimisation; see ``app.domain.access.may_hold_resident_id``).

    ``expected_customer_id`` is the customer the card showed for this phone (None: the
    phone was unknown). If the database says otherwise when saving (another PC has just
    registered the phone), the save is refused with ``ConflictError``.
    """

    phone: str
    name: str
    gender: str | None
    party_size: int | None
    channel: str | None
    consultant_id: int | None
    expected_customer_id: int | None = None
    #: A competitor's staff scouting (踩盘): no rotation turn, no ownership.
    scout: bool = False
    #: Why reception gives a new walk-in to someone other than the rotation's proposal.
    assign_reason: str = ""
    #: A manager gives the customer to another consultant than the owner (written reason).
    override_reason: str = ""
    consent_basic: bool = False
    consent_marketing: bool = False
    alt_phone: str = ""
    age_band: str | None = None
    wanted_area_min: Decimal | None = None
    wanted_area_max: Decimal | None = None
    wanted_layout: str | None = None
    referrer_customer_id: int | None = None
    note: str = ""


@dataclass(frozen=True, slots=True)
class RegistrationResult:
    visit_id: int
    customer_id: int
    created_customer: bool
    kind: VisitKind
    route: RouteKind
    consultant_id: int
    consultant_name: str
    consumed_turn: bool
    #: The ownership event written (register / lapse+register / override / ...), if any.
    ownership_events: tuple[str, ...]
    registration_complete: bool
    missing_fields: tuple[str, ...]
    warnings: tuple[str, ...]
    card: CustomerCard


@dataclass(frozen=True, slots=True)
class VisitRow:
    """One visit, as listed on the "in the office now" board and elsewhere."""

    visit_id: int
    customer_id: int
    customer_name: str
    phone: str
    phone_masked: bool
    consultant_id: int | None
    consultant_name: str | None
    arrived_at: dt.datetime
    left_at: dt.datetime | None
    duration_minutes: int | None
    party_size: int
    kind: VisitKind
    channel: str | None
    consumed_turn: bool


# --- rotation (接待轮序) ----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RotationEntryRow:
    consultant_id: int
    consultant_name: str
    position: int
    status: RotationStatus
    make_up_turns: int
    signed_in_at: dt.datetime


@dataclass(frozen=True, slots=True)
class RotationQueueView:
    day: dt.date
    #: Everyone signed in today, front of the queue first (signed-out ones included,
    #: with status "off").
    entries: tuple[RotationEntryRow, ...]
    proposed_id: int | None
    proposed_name: str | None


@dataclass(frozen=True, slots=True)
class RotationAssignment:
    consultant_id: int
    consultant_name: str
    by_make_up: bool
    manual: bool
    passed_busy: tuple[int, ...]
    passed_leave: tuple[int, ...]
    queue: RotationQueueView


@dataclass(frozen=True, slots=True)
class RotationEventRow:
    id: int
    at: dt.datetime
    kind: RotationEventKind
    consultant_id: int | None
    consultant_name: str | None
    visit_id: int | None
    by_user_id: int | None
    by_user_name: str | None
    reason: str | None
    #: The queue as stored right after the event (front first).
    snapshot: tuple[QueueEntry, ...]
    #: Re-applying the day's events up to this one gives exactly ``snapshot``.
    replay_matches: bool


# --- customers page (客户) ---------------------------------------------------------------


class SortKey(StrEnum):
    """Sortable columns of the customers page."""

    NAME = "name"
    GRADE = "grade"
    STAGE = "stage"
    #: Groups by owning consultant (by user id, not alphabetically: it stays indexed).
    OWNER = "owner"
    CHANNEL = "channel"
    VISIT_COUNT = "visit_count"
    LAST_VISIT = "last_visit"
    NEXT_FOLLOW_UP = "next_follow_up"
    CREATED = "created"
    UPDATED = "updated"


@dataclass(frozen=True, slots=True)
class CustomerSort:
    key: SortKey = SortKey.CREATED
    descending: bool = True


@dataclass(frozen=True, slots=True)
class CustomerFilter:
    """The customers page's search box and filters; empty fields do not filter.

    ``search`` matches the name (3+ characters anywhere in it; 1-2 characters at its
    start), any 3+ consecutive digits of any phone of the customer (primary, alternate,
    related persons), or a prefix of the pinyin initials or full pinyin (``zs``,
    ``zhangs`` find 张三).
    """

    search: str = ""
    grades: tuple[str, ...] = ()
    #: Owning consultants. ``None`` inside the tuple is not allowed: use ``public_pool``.
    owner_ids: tuple[int, ...] = ()
    stages: tuple[str, ...] = ()
    channels: tuple[str, ...] = ()
    created_from: dt.date | None = None
    #: Inclusive.
    created_to: dt.date | None = None
    #: Next follow-up date before today.
    overdue: bool = False
    #: In the public pool, or the owner's protection has run out (not locked).
    public_pool: bool = False


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One row of the customers table."""

    id: int
    name: str
    gender: str | None
    phone: str
    phone_masked: bool
    grade: str | None
    stage: str
    owner_id: int | None
    owner_name: str | None
    channel: str | None
    visit_count: int
    last_visit_at: dt.datetime | None
    next_follow_up_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    in_public_pool: bool
    locked: bool
    overdue: bool


@dataclass(frozen=True, slots=True)
class CountResult:
    """A row count; ``exact`` is False when counting stopped at ``cap``."""

    value: int
    exact: bool


# --- customer file (客户档案) ------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RelatedPersonInfo:
    id: int
    name: str | None
    relation: str
    phone: str
    phone_masked: bool
    created_at: dt.datetime


@dataclass(frozen=True, slots=True)
class ConsentState:
    basic: bool
    basic_at: dt.datetime | None
    resident_id: bool
    resident_id_at: dt.datetime | None
    marketing: bool
    marketing_at: dt.datetime | None
    notice_version: str | None


#: Fields ``CustomerService.update`` accepts, with SPEC §4's meaning.
EDITABLE_FIELDS: tuple[str, ...] = (
    # basic information
    "name", "gender", "age_band", "phone", "alt_phone", "occupation", "home_district",
    "work_district", "family_structure", "birthday", "resident_id",
    # origin
    "channel", "referrer_customer_id",
    # purchase needs
    "budget_total", "budget_down_payment", "wanted_layout", "wanted_area_min",
    "wanted_area_max", "floor_preference", "orientation", "decoration", "purpose",
    "payment_method", "desired_delivery", "focus_points", "objections",
    "competing_projects", "decision_months", "asked_price", "deposit_intent", "note",
    # lifecycle
    "stage", "lost_reason", "next_follow_up_date",
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class CustomerFile:
    """Everything SPEC §4 keeps about a customer, masked for this actor."""

    id: int
    #: The actor sees this customer in full (own customer, or manager...).
    full_access: bool
    name: str | None
    gender: str | None
    age_band: str | None
    phone: str
    alt_phone: str
    phone_masked: bool
    occupation: str | None
    home_district: str | None
    work_district: str | None
    family_structure: str | None
    birthday: dt.date | None
    #: Always masked (``1101**********002X``); empty if none.
    resident_id: str
    channel: str | None
    referrer_customer_id: int | None
    referrer_name: str | None
    budget_total: Decimal | None
    budget_down_payment: Decimal | None
    wanted_layout: str | None
    wanted_area_min: Decimal | None
    wanted_area_max: Decimal | None
    floor_preference: str | None
    orientation: str | None
    decoration: str | None
    purpose: str | None
    payment_method: str | None
    desired_delivery: str | None
    focus_points: tuple[str, ...]
    objections: str | None
    competing_projects: str | None
    decision_months: int | None
    asked_price: bool
    deposit_intent: bool
    note: str | None
    owner_id: int | None
    owner_name: str | None
    owner_since: dt.datetime | None
    grade: str | None
    stage: str
    lost_reason: str | None
    locked: bool
    in_public_pool: bool
    protection: ProtectionStatus
    protected_until: dt.datetime | None
    registration_complete: bool
    registered_at: dt.datetime | None
    missing_fields: tuple[str, ...]
    visit_count: int
    first_visit_at: dt.datetime | None
    last_visit_at: dt.datetime | None
    last_effective_follow_up_at: dt.datetime | None
    next_follow_up_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    consent: ConsentState
    related_persons: tuple[RelatedPersonInfo, ...] = field(default_factory=tuple)


class TimelineKind(StrEnum):
    VISIT = "visit"
    FOLLOW_UP = "follow_up"
    GRADE = "grade"
    OWNERSHIP = "ownership"
    DEAL = "deal"
    DOCUMENT = "document"
    COMPLAINT = "complaint"
    SURVEY = "survey"
    CONSENT = "consent"


@dataclass(frozen=True, slots=True)
class TimelineEntry:
    """One line of the 互动档案, newest first. Nothing on it is ever deleted."""

    at: dt.datetime
    kind: TimelineKind
    #: The sub-kind: visit kind, ownership event kind, deal status, document kind...
    action: str
    #: A one-line Chinese summary, e.g. "复访（接待：王芳，2 人）".
    summary: str
    #: Free text: follow-up content, reason of an override, complaint description...
    detail: str
    user_id: int | None
    user_name: str | None
    #: The source table and row, for opening the item.
    entity: str
    entity_id: int


@dataclass(frozen=True, slots=True)
class ExportResult:
    path: str
    rows: int
    columns: tuple[str, ...]
    cancelled: bool = False
