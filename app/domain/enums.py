"""The closed vocabularies of SPEC.md. Values are the stored codes; labels live in the UI."""

from __future__ import annotations

from enum import StrEnum


class Role(StrEnum):
    RECEPTION = "reception"
    CONSULTANT = "consultant"
    MANAGER = "manager"
    SERVICE = "service"
    ADMIN = "admin"


class Grade(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"


class Stage(StrEnum):
    """Customer lifecycle (SPEC §2)."""

    LEAD = "lead"
    VISITED = "visited"
    SUBSCRIBED = "subscribed"
    CONTRACTED = "contracted"
    DELIVERED = "delivered"
    OWNER = "owner"
    LOST = "lost"
    CANCELLED = "cancelled"


class Channel(StrEnum):
    """来源渠道."""

    WALK_IN = "walk_in"
    PHONE = "phone"
    ONLINE = "online"
    AGENCY = "agency"
    REFERRAL = "referral"
    AD = "ad"
    EVENT = "event"
    OTHER = "other"


class Gender(StrEnum):
    MALE = "M"
    FEMALE = "F"


class VisitKind(StrEnum):
    FIRST = "first"
    RETURN = "return"
    SAME_DAY = "same_day"
    SCOUT = "scout"


class FollowUpChannel(StrEnum):
    PHONE = "phone"
    SMS = "sms"
    WECHAT = "wechat"
    EMAIL = "email"
    FACE_TO_FACE = "face"
    HOME_VISIT = "home"


class FollowUpKind(StrEnum):
    REGULAR = "regular"
    CALLBACK_SUBSCRIPTION = "callback_subscription"
    CALLBACK_CONTRACT = "callback_contract"
    CALLBACK_DELIVERY = "callback_delivery"
    INTRODUCE_CONSULTANT = "introduce_consultant"
    BIRTHDAY = "birthday"


class OwnershipEventKind(StrEnum):
    REGISTER = "register"
    CLAIM = "claim"
    RELEASE = "release"
    LAPSE = "lapse"
    TRANSFER = "transfer"
    OVERRIDE = "override"
    LOCK = "lock"
    UNLOCK = "unlock"


class RotationStatus(StrEnum):
    FREE = "free"
    BUSY = "busy"
    LEAVE = "leave"
    OFF = "off"


class RotationEventKind(StrEnum):
    SIGN_IN = "sign_in"
    ASSIGN = "assign"
    SKIP = "skip"
    BUSY = "busy"
    FREE = "free"
    LEAVE = "leave"
    SIGN_OUT = "sign_out"


class UnitStatus(StrEnum):
    AVAILABLE = "available"
    HELD = "held"
    SUBSCRIBED = "subscribed"
    CONTRACTED = "contracted"
    DELIVERED = "delivered"


class DealStatus(StrEnum):
    HELD = "held"
    SUBSCRIBED = "subscribed"
    CONTRACTED = "contracted"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    EXPIRED = "expired"


#: Deal statuses that occupy a unit; at most one such deal per unit (一房多卖 forbidden).
ACTIVE_DEAL_STATUSES: tuple[str, ...] = (
    DealStatus.HELD,
    DealStatus.SUBSCRIBED,
    DealStatus.CONTRACTED,
    DealStatus.DELIVERED,
)


class PaymentMethod(StrEnum):
    FULL = "full"
    COMMERCIAL_LOAN = "commercial_loan"
    FUND_LOAN = "fund_loan"
    COMBINED_LOAN = "combined_loan"


class DocumentKind(StrEnum):
    PURCHASE_NOTICE = "purchase_notice"
    DELIVERY_NOTICE = "delivery_notice"
    HANDOVER = "handover"
    TRANSFER = "transfer"
    SALES_CONTROL = "sales_control"
    PRIVACY_NOTICE = "privacy_notice"


class ConsentPurpose(StrEnum):
    BASIC = "basic"
    RESIDENT_ID = "resident_id"
    MARKETING = "marketing"


class ComplaintStatus(StrEnum):
    OPEN = "open"
    RESPONDED = "responded"
    CLOSED = "closed"


class SatisfactionLevel(StrEnum):
    SATISFIED = "satisfied"
    FAIRLY_SATISFIED = "fairly_satisfied"
    NEUTRAL = "neutral"
    DISSATISFIED = "dissatisfied"


class Language(StrEnum):
    ZH_CN = "zh_CN"
    EN = "en"
