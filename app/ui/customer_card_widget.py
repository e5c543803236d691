"""The 判客 card of the reception page: who this phone belongs to and where the visit goes.

It shows a ``VisitPlan`` (``ReceptionService.plan_visit``): for a known phone the
customer's name, grade (in the grade colour used on every page), owner, protection,
visit count, last visit and last effective follow-up; for a new phone the consultant the
rotation proposes; in both cases the route message in a coloured banner (green: the
owner or today's consultant, blue: the rotation, amber: a lapse or nobody free).
The card only displays; the page decides what the two buttons do.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.domain.customer import CustomerCard, VisitPlan
from app.domain.ownership import ProtectionStatus, RouteKind
from app.ui.colors import grade_chip_style
from app.ui.labels import grade_label, protection_label, salutation_label, stage_label
from app.ui.widgets import hint_label, scale_font

#: Banner colours by tone: (background, border, text).
BANNER_TONES: dict[str, tuple[str, str, str]] = {
    "owner": ("#E6F4EA", "#9BD0AE", "#1E5631"),
    "rotation": ("#E8F1FB", "#A9C7EA", "#1B4F8A"),
    "warning": ("#FFF4E5", "#F5C48A", "#7A4100"),
    "quiet": ("#EEF1F5", "#C9D2DC", "#323F4B"),
}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CustomerCardWidget", text)


def required_field_label(name: str) -> str:
    """The Chinese name of a required registration field (a setting name)."""
    labels = {
        "name": _tr("姓名"),
        "gender": _tr("性别"),
        "phone": _tr("手机"),
        "channel": _tr("来源渠道"),
        "wanted_area": _tr("意向面积"),
        "wanted_layout": _tr("意向户型"),
        "age_band": _tr("年龄段"),
        "budget": _tr("预算"),
        "home_district": _tr("居住区域"),
        "work_district": _tr("工作区域"),
        "occupation": _tr("职业"),
        "purpose": _tr("购房目的"),
    }
    return labels.get(name, name)


def banner_tone(plan: VisitPlan) -> str:
    if plan.route in (RouteKind.OWNER, RouteKind.SAME_DAY):
        return "owner"
    if plan.route is RouteKind.SCOUT:
        return "quiet"
    if plan.lapses or plan.route is RouteKind.DISPUTE or plan.consultant_id is None:
        return "warning"
    return "rotation"


def banner_style(tone: str) -> str:
    background, border, text = BANNER_TONES[tone]
    return (
        f"QLabel {{ background: {background}; border: 1px solid {border}; color: {text};"
        " border-radius: 6px; padding: 8px 12px; }"
    )


def _date(at: dt.datetime | None) -> str:
    return at.strftime("%Y-%m-%d") if at is not None else _tr("无")


def protection_text(card: CustomerCard, now: dt.datetime) -> str:
    """保护期内，至 2026-04-01（还剩 12 天） / 保护期已过（2026-03-01 到期） / …"""
    status = card.protection
    if status is ProtectionStatus.VALID:
        if card.protected_until is None:
            return _tr("保护期内（已成交，长期保护）")
        days = max(0, (card.protected_until.date() - now.date()).days)
        text = _tr("保护期内，至 {date}（还剩 {days} 天）").format(
            date=card.protected_until.strftime("%Y-%m-%d"), days=days
        )
        if card.expiring_soon:
            text += _tr("，即将到期")
        return text
    if status is ProtectionStatus.LAPSED:
        if card.protected_until is not None:
            return _tr("保护期已过（{date} 到期）").format(
                date=card.protected_until.strftime("%Y-%m-%d")
            )
        return protection_label(status)
    if status is ProtectionStatus.LOCKED:
        return _tr("已锁定归属（经理锁定，不会过期）")
    return _tr("公共客户池（无归属顾问）")


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _key(text: str) -> QLabel:
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    return label


class CustomerCardWidget(QFrame):
    #: The user asked to see the full phone number (masked on the card).
    reveal_requested = Signal()
    #: A manager asked to give the customer to another consultant (改派).
    override_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet(
            "QFrame#customerCard { background: #ffffff; border: 1px solid #d9dee5;"
            " border-radius: 8px; }"
        )
        self.plan: VisitPlan | None = None

        self.empty_label = hint_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        scale_font(self.empty_label, 1.1)

        self.name_label = QLabel()
        self.name_label.setObjectName("cardName")
        scale_font(self.name_label, 1.4)
        bold = self.name_label.font()
        bold.setBold(True)
        self.name_label.setFont(bold)
        self.name_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.grade_chip = QLabel()
        self.grade_chip.setObjectName("gradeChip")
        self.grade_chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("hintLabel")
        self.matched_label = hint_label()
        self.matched_label.setWordWrap(False)

        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.name_label)
        header.addWidget(self.grade_chip)
        header.addWidget(self.stage_label)
        header.addStretch(1)
        header.addWidget(self.matched_label)

        self.phone_value = _value()
        self.phone_value.setWordWrap(False)
        self.reveal_button = QPushButton(self.tr("查看完整号码…"))
        self.reveal_button.setObjectName("linkButton")
        self.reveal_button.setFlat(True)
        self.reveal_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.reveal_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.reveal_button.setStyleSheet(
            "QPushButton#linkButton { border: none; background: transparent; color: #2f6fb0;"
            " padding: 0 4px; min-width: 0; text-decoration: underline; }"
        )
        phone_row = QHBoxLayout()
        phone_row.setContentsMargins(0, 0, 0, 0)
        phone_row.setSpacing(6)
        phone_row.addWidget(self.phone_value)
        phone_row.addWidget(self.reveal_button)
        phone_row.addStretch(1)

        self.owner_value = _value()
        self.protection_value = _value()
        self.visits_value = _value()
        self.last_visit_value = _value()
        self.follow_up_value = _value()
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(_key(self.tr("手机")), 0, 0)
        grid.addLayout(phone_row, 0, 1)
        grid.addWidget(_key(self.tr("归属顾问")), 0, 2)
        grid.addWidget(self.owner_value, 0, 3)
        grid.addWidget(_key(self.tr("保护状态")), 1, 0)
        grid.addWidget(self.protection_value, 1, 1, 1, 3)
        grid.addWidget(_key(self.tr("来访次数")), 2, 0)
        grid.addWidget(self.visits_value, 2, 1)
        grid.addWidget(_key(self.tr("最近来访")), 2, 2)
        grid.addWidget(self.last_visit_value, 2, 3)
        grid.addWidget(_key(self.tr("最近有效跟进")), 3, 0)
        grid.addWidget(self.follow_up_value, 3, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.missing_label = hint_label()

        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(8)
        details_layout.addLayout(header)
        details_layout.addLayout(grid)
        details_layout.addWidget(self.missing_label)

        self.headline_label = QLabel()
        self.headline_label.setObjectName("cardHeadline")
        scale_font(self.headline_label, 1.3)
        headline_font = self.headline_label.font()
        headline_font.setBold(True)
        self.headline_label.setFont(headline_font)
        self.headline_label.setWordWrap(True)

        self.route_label = QLabel()
        self.route_label.setObjectName("routeBanner")
        self.route_label.setWordWrap(True)
        scale_font(self.route_label, 1.1)
        self.override_button = QPushButton(self.tr("改派（经理）…"))
        self.override_button.setToolTip(
            self.tr("把该客户交给其他置业顾问接待：须填写原因，记入客户互动档案")
        )
        route_row = QHBoxLayout()
        route_row.setSpacing(8)
        route_row.addWidget(self.route_label, 1)
        route_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.headline_label)
        layout.addWidget(self.details)
        layout.addLayout(route_row)

        self.reveal_button.clicked.connect(self.reveal_requested)
        self.override_button.clicked.connect(self.override_requested)
        self.show_empty()

    # -- states ------------------------------------------------------------------------

    def show_empty(self, text: str = "") -> None:
        self.plan = None
        self.empty_label.setText(
            text or self.tr("输入手机号，自动查重判客（客户、备用电话、家属电话都能查到）")
        )
        self.empty_label.setVisible(True)
        self.headline_label.setVisible(False)
        self.details.setVisible(False)
        self.route_label.setVisible(False)
        self.override_button.setVisible(False)

    def show_plan(
        self,
        plan: VisitPlan,
        now: dt.datetime,
        *,
        can_override: bool = False,
        can_reveal: bool = False,
    ) -> None:
        self.plan = plan
        self.empty_label.setVisible(False)
        card = plan.card
        if card is None:
            self.headline_label.setText(self.tr("新客户"))
            self.headline_label.setVisible(True)
            self.details.setVisible(False)
        else:
            self.headline_label.setVisible(False)
            self._show_card(card, now, can_reveal)
            self.details.setVisible(True)
        message = plan.message
        if plan.phone_warning:
            message = f"{message}\n{plan.phone_warning}"
        self.route_label.setText(message)
        self.route_label.setStyleSheet(banner_style(banner_tone(plan)))
        self.route_label.setVisible(True)
        protected = card is not None and card.protection in (
            ProtectionStatus.VALID,
            ProtectionStatus.LOCKED,
        )
        self.override_button.setVisible(
            can_override
            and protected
            and plan.route in (RouteKind.OWNER, RouteKind.SAME_DAY)
            and card is not None
            and card.owner_id is not None
        )

    def _show_card(self, card: CustomerCard, now: dt.datetime, can_reveal: bool) -> None:
        salutation = salutation_label(card.gender)
        name = card.name or self.tr("（未留姓名）")
        self.name_label.setText(f"{name} {salutation}".strip())
        self.grade_chip.setText(grade_label(card.grade, long=True))
        self.grade_chip.setStyleSheet(grade_chip_style(card.grade))
        self.stage_label.setText(stage_label(card.stage))
        matched = ""
        if card.matched_by == "alternate":
            matched = self.tr("按备用电话查到")
        elif card.matched_by == "related":
            matched = self.tr("按家属 {name} 的电话查到").format(
                name=card.related_person_name or ""
            )
        self.matched_label.setText(matched)
        self.matched_label.setVisible(bool(matched))
        self.phone_value.setText(card.phone)
        self.reveal_button.setVisible(card.phone_masked and can_reveal)
        self.owner_value.setText(card.owner_name or self.tr("无（公共客户池）"))
        self.protection_value.setText(protection_text(card, now))
        lapsed = card.protection is ProtectionStatus.LAPSED
        self.protection_value.setStyleSheet("color: #b54708;" if lapsed else "")
        self.visits_value.setText(self.tr("{n} 次").format(n=card.visit_count))
        self.last_visit_value.setText(_date(card.last_visit_at))
        self.follow_up_value.setText(_date(card.last_effective_follow_up_at))
        if card.missing_fields:
            names = "、".join(required_field_label(f) for f in card.missing_fields)
            self.missing_label.setText(
                self.tr("登记不完整，缺：{fields}（撞单时以最早的完整登记为准）").format(fields=names)
            )
        self.missing_label.setVisible(bool(card.missing_fields))

    def show_revealed_phone(self, phone: str) -> None:
        self.phone_value.setText(phone)
        self.reveal_button.setVisible(False)
