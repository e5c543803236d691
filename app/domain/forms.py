"""The data of each printed form (SPEC §7), as frozen dataclasses.

A form in ``app.reports`` takes one of these and writes a PDF; it never reads the
database. The document service builds them from the database and archives a JSON
snapshot of each (``to_json``/``from_json``), so that a reprint shows exactly what the
customer signed, with a new number that refers to the original.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import types
import typing
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from typing import Any, TypeVar

from app.domain.enums import DocumentKind, PaymentMethod, Stage

#: Prefix of the document number of each kind: ``GF-20261124-000123``.
DOC_PREFIX: dict[str, str] = {
    DocumentKind.PURCHASE_NOTICE: "GF",
    DocumentKind.DELIVERY_NOTICE: "JF",
    DocumentKind.HANDOVER: "YS",
    DocumentKind.TRANSFER: "YJ",
    DocumentKind.SALES_CONTROL: "XK",
    DocumentKind.PRIVACY_NOTICE: "SQ",
}

DOC_TITLES: dict[str, str] = {
    DocumentKind.PURCHASE_NOTICE: "购房告知书",
    DocumentKind.DELIVERY_NOTICE: "交付通知书",
    DocumentKind.HANDOVER: "交付验收单 / 钥匙交接单",
    DocumentKind.TRANSFER: "客户档案移交单",
    DocumentKind.SALES_CONTROL: "销控表",
    DocumentKind.PRIVACY_NOTICE: "个人信息处理告知书",
}

#: Printed forms are in Chinese whatever the UI language is.
PAYMENT_METHOD_LABELS: dict[str, str] = {
    PaymentMethod.FULL: "全款",
    PaymentMethod.COMMERCIAL_LOAN: "商业贷款",
    PaymentMethod.FUND_LOAN: "公积金贷款",
    PaymentMethod.COMBINED_LOAN: "组合贷款",
}

STAGE_LABELS: dict[str, str] = {
    Stage.LEAD: "潜在",
    Stage.VISITED: "来访",
    Stage.SUBSCRIBED: "认购",
    Stage.CONTRACTED: "签约",
    Stage.DELIVERED: "交付",
    Stage.OWNER: "业主",
    Stage.LOST: "流失",
    Stage.CANCELLED: "退订",
}

ACKNOWLEDGEMENT = "本人已阅读并知悉上述全部不利因素"


def document_number(kind: str, day: dt.date, sequence: int) -> str:
    """``GF-20261124-000123``: kind prefix, issue date, running number of the archive."""
    return f"{DOC_PREFIX[kind]}-{day:%Y%m%d}-{sequence:06d}"


def format_money(amount: Decimal | None, *, blank: str = "—") -> str:
    """Yuan as printed in mainland China: ``¥1,234,567.00``, ``-¥1,200.50``."""
    if amount is None:
        return blank
    q = Decimal(amount).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    return f"{sign}¥{abs(q):,.2f}"


def format_area(area: Decimal | None, *, blank: str = "—") -> str:
    if area is None:
        return blank
    q = Decimal(area).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:,.2f} m²"


def format_date(day: dt.date | None, *, blank: str = "____年____月____日") -> str:
    if day is None:
        return blank
    return f"{day.year}年{day.month}月{day.day}日"


def format_datetime(at: dt.datetime) -> str:
    return f"{at.year}年{at.month}月{at.day}日 {at:%H:%M}"


# --------------------------------------------------------------------------- shared parts


@dataclass(frozen=True, slots=True)
class DocumentStamp:
    """What every page carries: number and issue time; a reprint names its original."""

    doc_no: str
    issued_at: dt.datetime
    reprint_of: str | None = None
    #: A preview that is not archived: printed with "样稿" and no valid number.
    draft: bool = False


@dataclass(frozen=True, slots=True)
class UnitLine:
    """A unit as printed on a form."""

    building: str
    unit_no: str
    floor: int
    room_no: str
    layout: str
    building_area: Decimal
    inner_area: Decimal
    orientation: str

    @property
    def label(self) -> str:
        """``1号楼 2单元 1502室``."""
        unit = self.unit_no if self.unit_no.endswith("单元") else f"{self.unit_no}单元"
        return f"{self.building} {unit} {self.room_no}室"


@dataclass(frozen=True, slots=True)
class AdverseFactorLine:
    scope: str  # 项目 / 楼栋 / 本房源
    title: str
    direction: str | None
    distance_m: int | None
    impact: str

    @property
    def where(self) -> str:
        """``西北 约 350 米``, or ``—`` when no place applies."""
        parts = []
        if self.direction:
            parts.append(self.direction)
        if self.distance_m is not None:
            parts.append(f"约 {self.distance_m:,} 米")
        return " ".join(parts) or "—"


# ----------------------------------------------------------------------------- the forms


@dataclass(frozen=True, slots=True)
class PurchaseNoticeData:
    """购房告知书 (SPEC §7.1)."""

    stamp: DocumentStamp
    project_name: str
    developer: str
    project_address: str
    sales_office_phone: str
    customer_name: str
    unit: UnitLine
    list_price: Decimal
    agreed_price: Decimal | None
    payment_method: str | None  # PaymentMethod code
    five_certificates: tuple[str, ...]
    parking_info: str
    personalised_changes: str
    adverse_factors: tuple[AdverseFactorLine, ...]
    consultant_name: str

    @property
    def discount(self) -> Decimal | None:
        if self.agreed_price is None:
            return None
        return self.list_price - self.agreed_price


@dataclass(frozen=True, slots=True)
class FeeLine:
    item: str
    amount: Decimal | None
    note: str = ""


@dataclass(frozen=True, slots=True)
class DeliveryNoticeData:
    """交付通知书 (SPEC §7.2), sent 10 days before delivery."""

    stamp: DocumentStamp
    project_name: str
    developer: str
    owner_name: str
    unit: UnitLine
    contract_no: str
    delivery_date: dt.date | None
    delivery_place: str
    what_to_bring: tuple[str, ...]
    fees: tuple[FeeLine, ...]
    contact_name: str
    contact_phone: str


@dataclass(frozen=True, slots=True)
class KeyLine:
    kind: str  # 入户门钥匙 / 门禁卡 / 信报箱钥匙 ...
    count: int


@dataclass(frozen=True, slots=True)
class InspectionLine:
    room: str
    item: str
    passed: bool
    issue_text: str = ""


@dataclass(frozen=True, slots=True)
class AreaAdjustment:
    """面积补差: (measured − contracted) × contract unit price; positive means the owner pays."""

    contracted_area: Decimal
    measured_area: Decimal
    unit_price: Decimal
    amount: Decimal

    @property
    def difference(self) -> Decimal:
        return self.measured_area - self.contracted_area

    @property
    def error_ratio_percent(self) -> Decimal:
        """面积误差比, in percent, two decimals."""
        if not self.contracted_area:
            return Decimal("0.00")
        ratio = self.difference / self.contracted_area * 100
        return ratio.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True, slots=True)
class HandoverFormData:
    """交付验收单 / 钥匙交接单 (SPEC §7.3)."""

    stamp: DocumentStamp
    project_name: str
    owner_name: str
    unit: UnitLine
    contract_no: str
    handover_date: dt.date
    water_reading: str
    electricity_reading: str
    gas_reading: str
    keys: tuple[KeyLine, ...]
    inspection: tuple[InspectionLine, ...]
    area: AreaAdjustment
    handled_by: str


@dataclass(frozen=True, slots=True)
class TransferCustomerLine:
    name: str
    masked_phone: str
    grade: str
    stage: str  # Stage code
    to_consultant: str


@dataclass(frozen=True, slots=True)
class TransferFormData:
    """客户档案移交单 (SPEC §7.4). Phones are masked."""

    stamp: DocumentStamp
    project_name: str
    transfer_id: int
    from_consultant: str
    to_consultants: tuple[str, ...]
    transfer_date: dt.date
    reason: str
    customers: tuple[TransferCustomerLine, ...]
    manager_name: str


FormData = PurchaseNoticeData | DeliveryNoticeData | HandoverFormData | TransferFormData

FORM_CLASSES: dict[str, type] = {
    DocumentKind.PURCHASE_NOTICE: PurchaseNoticeData,
    DocumentKind.DELIVERY_NOTICE: DeliveryNoticeData,
    DocumentKind.HANDOVER: HandoverFormData,
    DocumentKind.TRANSFER: TransferFormData,
}


# ----------------------------------------------------------------- JSON snapshot of a form


def _encode(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _encode(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, tuple | list):
        return [_encode(v) for v in value]
    return value


def to_json(data: Any) -> str:
    """A stable JSON text of a form dataclass (Decimals and dates as strings)."""
    return json.dumps(_encode(data), ensure_ascii=False, sort_keys=True)


T = TypeVar("T")


def _decode(tp: Any, value: Any) -> Any:
    origin = typing.get_origin(tp)
    if origin in (typing.Union, types.UnionType):
        args = [a for a in typing.get_args(tp) if a is not type(None)]
        if value is None:
            return None
        return _decode(args[0], value)
    if origin is tuple:
        (item_tp, *_rest) = typing.get_args(tp)
        return tuple(_decode(item_tp, v) for v in value)
    if value is None:
        return None
    if dataclasses.is_dataclass(tp):
        hints = typing.get_type_hints(tp)
        kwargs = {
            f.name: _decode(hints[f.name], value[f.name])
            for f in dataclasses.fields(tp)
            if f.name in value
        }
        return tp(**kwargs)
    if tp is Decimal:
        return Decimal(value)
    if tp is dt.datetime:
        return dt.datetime.fromisoformat(value)
    if tp is dt.date:
        return dt.date.fromisoformat(value)
    return value


def from_json(cls: type[T], text: str) -> T:
    return typing.cast(T, _decode(cls, json.loads(text)))


# ------------------------------------------------------------------------ the archive


@dataclass(frozen=True, slots=True)
class IssuedDocumentInfo:
    """One archived form (归档单据). ``file_path`` is the archived PDF; ``copy_path`` is
    where a copy was also written when the caller asked for one (``--out``)."""

    id: int
    doc_no: str
    kind: str  # DocumentKind code
    customer_id: int | None
    unit_id: int | None
    deal_id: int | None
    transfer_id: int | None
    reprint_of_id: int | None
    reprint_of_doc_no: str | None
    file_path: str
    sha256: str
    issued_by: int | None
    issued_by_name: str | None
    issued_at: dt.datetime
    signed_at: dt.datetime | None
    scan_path: str | None
    scan_sha256: str | None
    copy_path: str | None = None

    @property
    def title(self) -> str:
        return DOC_TITLES.get(self.kind, self.kind)

    @property
    def signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True, slots=True)
class DocumentCheck:
    """Does the archived file (and scan) still match the SHA-256 recorded at issue?"""

    document_id: int
    file_exists: bool
    file_matches: bool
    scan_exists: bool | None  # None: no scan attached
    scan_matches: bool | None

    @property
    def ok(self) -> bool:
        return self.file_matches and self.scan_matches is not False
