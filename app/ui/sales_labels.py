"""Translated labels, colours and number formats of units, deals and printed forms.

The stored codes come from ``app.domain.enums``; the colours from
``app.domain.units.STATUS_COLORS`` so that one colour means one status everywhere (the
grid, its legend, the deal list, the Excel and PDF exports). Amounts are shown the way
a mainland office writes them: ``¥1,234,567`` (whole yuan) or ``¥1,234,567.89``.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QColor

from app.domain.enums import DealStatus, DocumentKind, PaymentMethod, UnitStatus
from app.domain.units import STATUS_COLORS

#: Text on a status colour (all of STATUS_COLORS are light).
STATUS_TEXT_COLOUR = "#1f2933"
#: A deal that no longer occupies its unit (退订, 保留过期).
ENDED_DEAL_COLOUR = "#E0E0E0"


def unit_status_label(status: str) -> str:
    """可售 / 保留 / 已认购 / 已签约 / 已交付."""
    labels: dict[str, str] = {
        UnitStatus.AVAILABLE: QCoreApplication.translate("SalesLabels", "可售"),
        UnitStatus.HELD: QCoreApplication.translate("SalesLabels", "保留"),
        UnitStatus.SUBSCRIBED: QCoreApplication.translate("SalesLabels", "已认购"),
        UnitStatus.CONTRACTED: QCoreApplication.translate("SalesLabels", "已签约"),
        UnitStatus.DELIVERED: QCoreApplication.translate("SalesLabels", "已交付"),
    }
    return labels.get(status, status)


def deal_status_label(status: str) -> str:
    """保留 / 认购 / 签约 / 交付 / 退订 / 保留过期."""
    labels: dict[str, str] = {
        DealStatus.HELD: QCoreApplication.translate("SalesLabels", "保留"),
        DealStatus.SUBSCRIBED: QCoreApplication.translate("SalesLabels", "认购"),
        DealStatus.CONTRACTED: QCoreApplication.translate("SalesLabels", "签约"),
        DealStatus.DELIVERED: QCoreApplication.translate("SalesLabels", "交付"),
        DealStatus.CANCELLED: QCoreApplication.translate("SalesLabels", "退订"),
        DealStatus.EXPIRED: QCoreApplication.translate("SalesLabels", "保留过期"),
    }
    return labels.get(status, status)


def payment_method_label(code: str | None) -> str:
    if not code:
        return ""
    labels: dict[str, str] = {
        PaymentMethod.FULL: QCoreApplication.translate("SalesLabels", "全款"),
        PaymentMethod.COMMERCIAL_LOAN: QCoreApplication.translate("SalesLabels", "商业贷款"),
        PaymentMethod.FUND_LOAN: QCoreApplication.translate("SalesLabels", "公积金贷款"),
        PaymentMethod.COMBINED_LOAN: QCoreApplication.translate("SalesLabels", "组合贷款"),
    }
    return labels.get(code, code)


def loan_status_label(code: str | None) -> str:
    if not code:
        return ""
    labels: dict[str, str] = {
        "pending": QCoreApplication.translate("SalesLabels", "审批中"),
        "approved": QCoreApplication.translate("SalesLabels", "已批贷"),
        "disbursed": QCoreApplication.translate("SalesLabels", "已放款"),
        "rejected": QCoreApplication.translate("SalesLabels", "未获批"),
    }
    return labels.get(code, code)


LOAN_STATUS_CODES: tuple[str, ...] = ("pending", "approved", "disbursed", "rejected")


def document_kind_label(kind: str) -> str:
    labels: dict[str, str] = {
        DocumentKind.PURCHASE_NOTICE: QCoreApplication.translate("SalesLabels", "购房告知书"),
        DocumentKind.DELIVERY_NOTICE: QCoreApplication.translate("SalesLabels", "交付通知书"),
        DocumentKind.HANDOVER: QCoreApplication.translate("SalesLabels", "交付验收单 / 钥匙交接单"),
        DocumentKind.TRANSFER: QCoreApplication.translate("SalesLabels", "客户档案移交单"),
        DocumentKind.SALES_CONTROL: QCoreApplication.translate("SalesLabels", "销控表"),
        DocumentKind.PRIVACY_NOTICE: QCoreApplication.translate(
            "SalesLabels", "个人信息处理告知书"
        ),
    }
    return labels.get(kind, kind)


def adverse_scope_label(scope: str) -> str:
    """The printed scope of an adverse factor (项目 / 楼栋 / 本房源) in the UI language."""
    labels = {
        "项目": QCoreApplication.translate("SalesLabels", "项目"),
        "楼栋": QCoreApplication.translate("SalesLabels", "楼栋"),
        "本房源": QCoreApplication.translate("SalesLabels", "本房源"),
    }
    return labels.get(scope, scope)


def status_colour(status: str) -> QColor:
    """The grid colour of a unit status (``STATUS_COLORS``)."""
    return QColor(STATUS_COLORS.get(status, ENDED_DEAL_COLOUR))


def deal_colour(status: str) -> QColor:
    """A deal takes the colour of the unit status it gives its unit; ended deals are grey."""
    return QColor(STATUS_COLORS.get(status, ENDED_DEAL_COLOUR))


def yuan(amount: Decimal | float | int | None, *, cents: bool = False, blank: str = "—") -> str:
    """``¥1,234,567`` (``cents``: ``¥1,234,567.00``); a negative amount ``-¥1,200``."""
    if amount is None:
        return blank
    places = Decimal("0.01") if cents else Decimal("1")
    q = Decimal(str(amount)).quantize(places, rounding=ROUND_HALF_UP)
    sign = "-" if q < 0 else ""
    return f"{sign}¥{abs(q):,.{2 if cents else 0}f}"


def area(value: Decimal | float | None, *, blank: str = "—") -> str:
    """``128.56 m²``."""
    if value is None:
        return blank
    q = Decimal(str(value)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q:,.2f} m²"


def percent(part: Decimal, whole: Decimal) -> str:
    """``1.25%`` of ``whole``; empty when ``whole`` is zero."""
    if not whole:
        return ""
    q = (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return f"{q.normalize():f}%" if q == q.to_integral() else f"{q}%"


def when(at: dt.datetime | None, *, blank: str = "") -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else blank


def day(at: dt.date | None, *, blank: str = "") -> str:
    return at.strftime("%Y-%m-%d") if at is not None else blank
