"""Personal-information protection (PIPL): the privacy notice, consent, deletion and retention
rules, and the vocabulary and row types of the audit trail that proves who did what.

Plain Python: the services in ``app.services.privacy_service``, ``auth_service`` and
``audit_query_service`` apply these rules; the UI imports the dataclasses from here so it
never needs SQLAlchemy.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from app.domain.enums import ConsentPurpose

# --------------------------------------------------------------------------------------
# The privacy notice (个人信息保护告知书)
# --------------------------------------------------------------------------------------

#: Used while the settings hold no ``privacy_notice_version``.
DEFAULT_NOTICE_VERSION = "1"

#: Placeholders a notice text may contain; each is replaced by plain text substitution
#: (not ``str.format``), so a manager's own text may contain any braces it likes.
NOTICE_PLACEHOLDERS = (
    "{project}",
    "{developer}",
    "{address}",
    "{contact}",
    "{retention_months}",
    "{version}",
)

DEFAULT_NOTICE_TEXT = """\
{project} 个人信息保护告知书（第 {version} 版）

尊敬的来访客户：
{developer}（以下简称“我们”）在 {project} 销售中心为您提供购房咨询与接待服务。根据《中华人民共和国个人信息保护法》，在处理您的个人信息之前，我们向您告知以下事项。

一、我们收集哪些信息，用于什么目的
1. 基本信息：姓名（或姓氏）、手机号码。用于来访登记、安排置业顾问接待、就您咨询的购房事宜与您联系。这是提供接待服务所必需的信息。
2. 购房需求及补充信息：性别、年龄段、职业、居住及工作区域、家庭结构、生日、购房预算和户型面积等需求。经您同意后记录，用于为您推荐合适的房源并提供后续跟进服务。
3. 身份证号码（敏感个人信息）：仅在您认购或签约时、经您单独同意后收集，用于办理认购、签约及法律法规要求的手续。系统中只显示部分遮盖后的号码。
4. 营销信息：经您单独同意后，我们会通过电话、短信或微信向您发送开盘、优惠、活动及生日关怀等信息。您可以随时撤回此项同意，撤回后我们不再发送，且不影响其他服务。
我们不采集人脸图像、指纹等生物识别信息。

二、保存期限
未成交客户的来访及咨询信息，自最后一次联系之日起保存 {retention_months} 个月，期满后删除或作匿名化处理；已认购、签约客户的交易资料按法律法规规定的期限保存。

三、使用范围与保护措施
您的信息仅供本项目的销售及客服人员在工作职责范围内使用：置业顾问只能查看由其本人接待的客户的完整信息，其他人员只能看到遮盖后的号码；查看完整号码、导出和打印均有审计记录。未经您同意，我们不会向第三方提供您的个人信息，法律、行政法规另有规定的除外。

四、您的权利
您有权查阅、复制、更正、补充您的个人信息，有权撤回同意，有权要求删除您的个人信息，并有权要求我们对上述处理规则作出解释说明。您可以到销售中心前台或通过下方联系方式提出申请，我们将在十五个工作日内答复。

五、联系方式
个人信息保护联系人：{contact}
销售中心地址：{address}

本人已阅读并理解上述告知内容。
□ 同意记录本人的购房需求及补充信息
□ 同意接收营销信息
客户签名：________________        日期：______年____月____日
"""


@dataclass(frozen=True, slots=True)
class PrivacyNotice:
    """A rendered notice, ready to show or print; ``version`` goes on every consent record."""

    version: str
    title: str
    text: str


def render_notice(
    template: str | None,
    *,
    version: str,
    project: str,
    developer: str = "",
    address: str = "",
    contact: str = "",
    retention_months: int = 24,
) -> PrivacyNotice:
    """Fill the placeholders of ``template`` (the default text when empty)."""
    text = template.strip("\n") + "\n" if template and template.strip() else DEFAULT_NOTICE_TEXT
    values = {
        "{project}": project or "本项目",
        "{developer}": developer or project or "本项目开发企业",
        "{address}": address or "销售中心",
        "{contact}": contact or "销售中心前台",
        "{retention_months}": str(retention_months),
        "{version}": version,
    }
    for key, value in values.items():
        text = text.replace(key, value)
    title = text.splitlines()[0].strip() if text.strip() else "个人信息保护告知书"
    return PrivacyNotice(version=version, title=title, text=text)


# --------------------------------------------------------------------------------------
# Consent (同意)
# --------------------------------------------------------------------------------------

#: What the customer row stores per purpose: (flag column, time column).
CONSENT_COLUMNS: dict[ConsentPurpose, tuple[str, str]] = {
    ConsentPurpose.BASIC: ("consent_basic", "consent_basic_at"),
    ConsentPurpose.RESIDENT_ID: ("consent_resident_id", "consent_resident_id_at"),
    ConsentPurpose.MARKETING: ("consent_marketing", "consent_marketing_at"),
}

#: Customer fields beyond name, gender and phone: storing them needs basic consent
#: (SPEC §3.6), and withdrawing basic consent erases them (PIPL art. 47). Gender stays as
#: the form of address (先生/女士); grade, stage, channel and visit history stay as the
#: record of what happened. ``reception_service.CONSENT_FIELDS`` (what the registration
#: form may store only with consent) must be a subset (tests/test_privacy.py checks).
BASIC_CONSENT_FIELDS: tuple[str, ...] = (
    "alt_phone",
    "age_band",
    "occupation",
    "home_district",
    "work_district",
    "family_structure",
    "birthday",
    "referrer_customer_id",
    "budget_total",
    "budget_down_payment",
    "wanted_layout",
    "wanted_area_min",
    "wanted_area_max",
    "floor_preference",
    "orientation",
    "decoration",
    "purpose",
    "payment_method",
    "desired_delivery",
    "focus_points",
    "objections",
    "competing_projects",
    "decision_months",
    "note",
)

CONSENT_PURPOSE_LABELS: dict[ConsentPurpose, str] = {
    ConsentPurpose.BASIC: "基本信息以外的购房需求及补充信息",
    ConsentPurpose.RESIDENT_ID: "身份证号码",
    ConsentPurpose.MARKETING: "营销信息",
}


@dataclass(frozen=True, slots=True)
class ConsentEvent:
    """One grant or withdrawal as recorded (``consent_records``)."""

    id: int
    purpose: ConsentPurpose
    granted: bool
    notice_version: str
    at: dt.datetime
    recorded_by: int | None


@dataclass(frozen=True, slots=True)
class ConsentHistory:
    """A customer's current consents and their whole history, newest first.

    (``app.domain.customer.ConsentState`` is the current flags alone, on the customer file.)
    """

    customer_id: int
    basic: bool
    resident_id: bool
    marketing: bool
    notice_version: str | None
    basic_at: dt.datetime | None = None
    resident_id_at: dt.datetime | None = None
    marketing_at: dt.datetime | None = None
    history: tuple[ConsentEvent, ...] = ()

    def granted(self, purpose: ConsentPurpose) -> bool:
        return {
            ConsentPurpose.BASIC: self.basic,
            ConsentPurpose.RESIDENT_ID: self.resident_id,
            ConsentPurpose.MARKETING: self.marketing,
        }[purpose]


# --------------------------------------------------------------------------------------
# Deletion (anonymisation) and retention
# --------------------------------------------------------------------------------------


def anonymised_name(customer_id: int) -> str:
    """What a deleted customer is called from then on: ``已删除客户#42``."""
    return f"已删除客户#{customer_id}"


def months_before(moment: dt.datetime, months: int) -> dt.datetime:
    """``moment`` minus whole calendar months (31 March - 1 month = 28/29 February)."""
    total = moment.year * 12 + (moment.month - 1) - months
    year, month0 = divmod(total, 12)
    month = month0 + 1
    next_first = dt.date(year + (month == 12), month % 12 + 1, 1)
    last_day = (next_first - dt.timedelta(days=1)).day
    return moment.replace(year=year, month=month, day=min(moment.day, last_day))


def retention_cutoff(now: dt.datetime, retention_months: int) -> dt.datetime:
    """A lead whose last contact is before this moment has outlived its retention."""
    if retention_months < 1:
        raise ValueError("retention_months must be at least 1")
    return months_before(now, retention_months)


@dataclass(frozen=True, slots=True)
class AnonymisedCustomer:
    """What deleting one customer did.

    ``documents_kept`` counts archived forms (``issued_documents``) naming the customer:
    the archive is append-only (migration 0004), so their PDF and snapshot keep the name
    (never the full phone) as transaction evidence.
    """

    customer_id: int
    name: str
    rows_cleared: dict[str, int]
    documents_kept: int
    compacted: bool


@dataclass(frozen=True, slots=True)
class RetentionResult:
    """One run of the retention job."""

    cutoff: dt.datetime
    anonymised: int
    customer_ids: tuple[int, ...]


@dataclass(frozen=True, slots=True)
class PersonalDataExport:
    """A copy of everything stored about one person (PIPL art. 45)."""

    path: Path
    format: str  # "json" or "xlsx"
    customer_id: int
    tables: dict[str, int]


# --------------------------------------------------------------------------------------
# Identifiers must never reach a log line or an audit detail
# --------------------------------------------------------------------------------------

# A phone (mainland mobile, E.164 or any run of 11+ digits) or an 18-character ID number.
_RESIDENT_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
_LONG_NUMBER_RE = re.compile(r"(?<!\d)\+?\d{11,}(?!\d)")


def _mask_run(run: str) -> str:
    plus = "+" if run.startswith("+") else ""
    digits = run.lstrip("+")
    if len(digits) == 13 and digits.startswith("861"):  # +86 mobile: mask the national part
        plus, digits = plus + "86", digits[2:]
    return plus + digits[:3] + "*" * (len(digits) - 7) + digits[-4:]


def contains_identifier(text: str | None) -> bool:
    """True if ``text`` holds something that looks like a full phone or ID number."""
    if not text:
        return False
    return bool(_RESIDENT_ID_RE.search(text) or _LONG_NUMBER_RE.search(text))


def scrub_identifiers(text: str | None) -> str:
    """Mask anything in free text that looks like a full phone or ID number.

    ``138****5678`` and ``1101**********002X`` survive unchanged; ``13812345678`` becomes
    ``138****5678``. Used on every audit detail and log message these services write.
    """
    if not text:
        return ""
    text = _RESIDENT_ID_RE.sub(lambda m: m.group(0)[:4] + "*" * 10 + m.group(0)[-4:], text)
    return _LONG_NUMBER_RE.sub(lambda m: _mask_run(m.group(0)), text)


# --------------------------------------------------------------------------------------
# The audit trail: its vocabulary and what the manager's viewer gets back
# --------------------------------------------------------------------------------------


class AuditAction(StrEnum):
    """The ``audit_log.action`` codes. Other services may add codes of their own (<= 32
    characters); these are the ones this module's services write or expect."""

    SIGN_IN = "sign_in"
    SIGN_OUT = "sign_out"
    UNLOCK = "unlock"  # idle-locked window unlocked with the same user's password
    LOCKOUT = "lockout"
    USER_CREATE = "user_create"
    ROLE_CHANGE = "role_change"
    USER_DEACTIVATE = "user_deactivate"
    USER_ACTIVATE = "user_activate"
    PASSWORD_CHANGE = "password_change"
    PASSWORD_RESET = "password_reset"
    ACCOUNT_UNLOCK = "account_unlock"  # a lockout cleared by an admin or manager
    REVEAL_PHONE = "reveal_phone"  # customer_service.reveal_phone
    REVEAL_RESIDENT_ID = "reveal_resident_id"
    ACCESS_DENIED = "access_denied"
    EXPORT = "export"
    EXPORT_CUSTOMERS = "export_customers"  # export_service
    PRINT = "print"
    TRANSFER = "transfer"
    OWNERSHIP_OVERRIDE = "ownership_override"  # customer_service.override_owner
    SETTINGS_CHANGE = "settings_change"
    CONSENT = "consent"
    SUBJECT_EXPORT = "subject_export"  # a copy of a person's data, for the person
    CORRECTION = "correction"
    ANONYMISE = "anonymise"
    RETENTION = "retention"
    AUDIT_EXPORT = "audit_export"


#: Actions about accounts and the installation rather than about a customer: the ones an
#: admin (who sees no customer data) may read in the audit viewer.
SECURITY_ACTIONS: frozenset[str] = frozenset(
    {
        AuditAction.SIGN_IN,
        AuditAction.SIGN_OUT,
        AuditAction.UNLOCK,
        AuditAction.LOCKOUT,
        AuditAction.USER_CREATE,
        AuditAction.ROLE_CHANGE,
        AuditAction.USER_DEACTIVATE,
        AuditAction.USER_ACTIVATE,
        AuditAction.PASSWORD_CHANGE,
        AuditAction.PASSWORD_RESET,
        AuditAction.ACCOUNT_UNLOCK,
        AuditAction.SETTINGS_CHANGE,
        AuditAction.RETENTION,
        AuditAction.AUDIT_EXPORT,
    }
)


@dataclass(frozen=True, slots=True)
class AuditFilter:
    """What the audit viewer asks for; every field is optional.

    ``date_to`` is inclusive (the whole day). ``text`` is a plain substring of the detail
    (``%`` and ``_`` match themselves).
    """

    user_id: int | None = None
    actions: tuple[str, ...] = ()
    customer_id: int | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    text: str = ""


@dataclass(frozen=True, slots=True)
class AuditRow:
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str  # display name, "" for the system
    action: str
    customer_id: int | None
    entity: str | None
    entity_id: int | None
    detail: str


@dataclass(frozen=True, slots=True)
class AuditPage:
    """One page of the viewer, newest first, and how many rows match in all."""

    rows: tuple[AuditRow, ...]
    total: int
    offset: int
    limit: int


@dataclass(frozen=True, slots=True)
class AuditExport:
    path: Path
    rows: int


@dataclass(frozen=True, slots=True)
class AuditChainStatus:
    """The result of re-computing the hash chain; ``first_bad_id`` names the first bad row."""

    rows: int
    first_bad_id: int | None
    problem: str | None = None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def format_wait(seconds: int) -> str:
    """How long to wait, in words a receptionist reads at a glance: ``1 分 30 秒``."""
    seconds = max(1, int(seconds))
    minutes, secs = divmod(seconds, 60)
    if not minutes:
        return f"{secs} 秒"
    if not secs:
        return f"{minutes} 分钟"
    return f"{minutes} 分 {secs} 秒"
