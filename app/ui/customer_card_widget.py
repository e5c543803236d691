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
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.customer import CustomerCard, VisitPlan
from app.domain.ownership import ProtectionStatus, RouteKind
from app.ui.colors import grade_chip_style
from app.ui.labels import grade_label, protection_label, salutation_label, stage_label
from app.ui.widgets import hint_label, scale_font

#: A push button that looks like a link (secondary actions next to a field).
LINK_BUTTON_STYLE = (
    "QPushButton#linkButton { border: none; background: transparent; color: #2f6fb0;"
    " padding: 0 4px; min-width: 0; text-decoration: underline; }"
)
#: Banner colours by tone: (background, border, text).
BANNER_TONES: dict[str, tuple[str, str, str]] = {
    "owner": ("#E6F4EA", "#9BD0AE", "#1E5631"),
    "rotation": ("#E8F1FB", "#A9C7EA", "#1B4F8A"),
    "warning": ("#FFF4E5", "#F5C48A", "#7A4100"),
    "quiet": ("#EEF1F5", "#C9D2DC", "#323F4B"),
}


def required_field_label(name: str) -> str:
    """The Chinese name of a required registration field (a setting name)."""
    labels = {
        "name": QCoreApplication.translate("CustomerCardWidget", "姓名"),
        "gender": QCoreApplication.translate("CustomerCardWidget", "性别"),
        "phone": QCoreApplication.translate("CustomerCardWidget", "手机"),
        "channel": QCoreApplication.translate("CustomerCardWidget", "来源渠道"),
        "wanted_area": QCoreApplication.translate("CustomerCardWidget", "意向面积"),
        "wanted_layout": QCoreApplication.translate("CustomerCardWidget", "意向户型"),
        "age_band": QCoreApplication.translate("CustomerCardWidget", "年龄段"),
        "budget": QCoreApplication.translate("CustomerCardWidget", "预算"),
        "home_district": QCoreApplication.translate("CustomerCardWidget", "居住区域"),
        "work_district": QCoreApplication.translate("CustomerCardWidget", "工作区域"),
        "occupation": QCoreApplication.translate("CustomerCardWidget", "职业"),
        "purpose": QCoreApplication.translate("CustomerCardWidget", "购房目的"),
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
        " border-radius: 6px; padding: 6px 12px; }"
    )


def route_message(plan: VisitPlan) -> str:
    """Where the visit goes, in the UI language (``VisitPlan.message`` is Chinese only,
    and words a scout with an unknown phone as a new customer)."""

    who = plan.consultant_name or QCoreApplication.translate(
        "CustomerCardWidget", "（暂无空闲顾问）"
    )
    card = plan.card
    if plan.route is RouteKind.SCOUT:
        return QCoreApplication.translate(
            "CustomerCardWidget", "竞品踩盘，不占轮序，不建立客户归属"
        )
    if card is None:
        return QCoreApplication.translate(
            "CustomerCardWidget", "新客户，按轮序由 {who} 接待"
        ).format(who=who)
    if plan.route is RouteKind.SAME_DAY:
        return QCoreApplication.translate(
            "CustomerCardWidget", "今日再次来访，仍由 {who} 接待（不占轮序）"
        ).format(who=who)
    if plan.route is RouteKind.OWNER:
        if card.locked:
            return QCoreApplication.translate(
                "CustomerCardWidget", "老客户，已锁定归属 {who}（不占轮序）"
            ).format(who=who)
        if card.protected_until is not None:
            return QCoreApplication.translate(
                "CustomerCardWidget", "老客户，归属顾问 {who}（保护期至 {date}），复访不占轮序"
            ).format(who=who, date=card.protected_until.strftime("%Y-%m-%d"))
        return QCoreApplication.translate(
            "CustomerCardWidget", "老客户，归属顾问 {who}，复访不占轮序"
        ).format(who=who)
    if plan.route is RouteKind.DISPUTE:
        return QCoreApplication.translate(
            "CustomerCardWidget", "撞单：以最早的完整登记为准，由 {who} 接待"
        ).format(who=who)
    if plan.lapses:
        return QCoreApplication.translate(
            "CustomerCardWidget",
            "原归属顾问 {owner} 的保护期已过，转入公共客户池，按轮序由 {who} 接待",
        ).format(owner=card.owner_name or "", who=who)
    return QCoreApplication.translate(
        "CustomerCardWidget", "公共客户池客户，按轮序由 {who} 接待"
    ).format(who=who)


def _date(at: dt.datetime | None) -> str:
    return (
        at.strftime("%Y-%m-%d")
        if at is not None
        else QCoreApplication.translate("CustomerCardWidget", "无")
    )


def protection_text(card: CustomerCard, now: dt.datetime) -> str:
    """保护期内，至 2026-04-01（还剩 12 天） / 保护期已过（2026-03-01 到期） / …"""
    status = card.protection
    if status is ProtectionStatus.VALID:
        if card.protected_until is None:
            return QCoreApplication.translate("CustomerCardWidget", "保护期内（已成交，长期保护）")
        days = max(0, (card.protected_until.date() - now.date()).days)
        text = QCoreApplication.translate(
            "CustomerCardWidget", "保护期内，至 {date}（还剩 {days} 天）"
        ).format(date=card.protected_until.strftime("%Y-%m-%d"), days=days)
        if card.expiring_soon:
            text += QCoreApplication.translate("CustomerCardWidget", "，即将到期")
        return text
    if status is ProtectionStatus.LAPSED:
        if card.protected_until is not None:
            return QCoreApplication.translate(
                "CustomerCardWidget", "保护期已过（{date} 到期）"
            ).format(date=card.protected_until.strftime("%Y-%m-%d"))
        return protection_label(status)
    if status is ProtectionStatus.LOCKED:
        return QCoreApplication.translate("CustomerCardWidget", "已锁定归属（经理锁定，不会过期）")
    return QCoreApplication.translate("CustomerCardWidget", "公共客户池（无归属顾问）")


def _value() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _banner() -> QLabel:
    label = QLabel()
    label.setObjectName("routeBanner")
    label.setWordWrap(True)
    scale_font(label, 1.1)
    return label


def _set_shown(widget: QWidget, shown: bool) -> None:
    """Show or hide only on a change (each call relayouts and repolishes)."""
    if widget.isHidden() == shown:
        widget.setVisible(shown)


def _set_style(widget: QWidget, style: str) -> None:
    """Set a style sheet only when it differs (re-styling is costly on every key)."""
    if widget.styleSheet() != style:
        widget.setStyleSheet(style)


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
        self.reveal_button.setStyleSheet(LINK_BUTTON_STYLE)
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
        grid.setVerticalSpacing(4)
        grid.addWidget(_key(self.tr("手机")), 0, 0)
        grid.addLayout(phone_row, 0, 1, 1, 3)
        grid.addWidget(_key(self.tr("归属顾问")), 1, 0)
        grid.addWidget(self.owner_value, 1, 1)
        grid.addWidget(_key(self.tr("来访次数")), 1, 2)
        grid.addWidget(self.visits_value, 1, 3)
        grid.addWidget(_key(self.tr("保护状态")), 2, 0)
        grid.addWidget(self.protection_value, 2, 1, 1, 3)
        grid.addWidget(_key(self.tr("最近来访")), 3, 0)
        grid.addWidget(self.last_visit_value, 3, 1)
        grid.addWidget(_key(self.tr("最近有效跟进")), 3, 2)
        grid.addWidget(self.follow_up_value, 3, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)
        self.missing_label = hint_label()
        self.missing_label.setVisible(False)

        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(6)
        details_layout.addLayout(header)
        details_layout.addLayout(grid)
        details_layout.addWidget(self.missing_label)

        self.headline_label = QLabel(self.tr("新客户"))
        self.headline_label.setObjectName("cardHeadline")
        scale_font(self.headline_label, 1.3)
        headline_font = self.headline_label.font()
        headline_font.setBold(True)
        self.headline_label.setFont(headline_font)
        self.new_route_label = _banner()
        self.known_route_label = _banner()
        self.override_button = QPushButton(self.tr("改派（经理）…"))
        self.override_button.setToolTip(
            self.tr("把该客户交给其他置业顾问接待：须填写原因，记入客户互动档案")
        )
        route_row = QHBoxLayout()
        route_row.setSpacing(8)
        route_row.addWidget(self.known_route_label, 1)
        route_row.addWidget(self.override_button, 0, Qt.AlignmentFlag.AlignTop)

        # Three pages of one height, so the form below never moves while the phone is
        # typed (and switching is a cheap page change, not a relayout of the form).
        self.empty_page = QWidget()
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.setContentsMargins(0, 0, 0, 0)
        self.empty_help_label = hint_label(
            self.tr(
                "老客户：显示归属顾问、保护期和来访记录，复访归原顾问。\n"
                "新客户：显示按轮序推荐的接待顾问。\n"
                "然后 Enter 逐项填写，Ctrl+Enter 登记。"
            )
        )
        self.empty_help_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addSpacing(8)
        empty_layout.addWidget(self.empty_help_label)
        empty_layout.addStretch(1)
        self.new_page = QWidget()
        new_layout = QVBoxLayout(self.new_page)
        new_layout.setContentsMargins(0, 0, 0, 0)
        new_layout.setSpacing(10)
        new_layout.addWidget(self.headline_label)
        new_layout.addWidget(self.new_route_label)
        new_layout.addStretch(1)
        self.known_page = QWidget()
        known_layout = QVBoxLayout(self.known_page)
        known_layout.setContentsMargins(0, 0, 0, 0)
        known_layout.setSpacing(8)
        known_layout.addWidget(self.details)
        known_layout.addLayout(route_row)
        known_layout.addStretch(1)
        self.pages = QStackedWidget()
        for page in (self.empty_page, self.new_page, self.known_page):
            self.pages.addWidget(page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.addWidget(self.pages)

        self.reveal_button.clicked.connect(self.reveal_requested)
        self.override_button.clicked.connect(self.override_requested)
        self.show_empty()

    @property
    def route_label(self) -> QLabel:
        """The route banner on the page shown (new or known customer)."""
        if self.pages.currentWidget() is self.known_page:
            return self.known_route_label
        return self.new_route_label

    # -- states ------------------------------------------------------------------------

    def show_empty(self, text: str = "") -> None:
        self.plan = None
        self.empty_label.setText(
            text or self.tr("输入手机号，自动查重判客（客户、备用电话、家属电话都能查到）")
        )
        self.empty_help_label.setVisible(not text)
        self.pages.setCurrentWidget(self.empty_page)

    def show_plan(
        self,
        plan: VisitPlan,
        now: dt.datetime,
        *,
        can_override: bool = False,
        can_reveal: bool = False,
    ) -> None:
        self.plan = plan
        card = plan.card
        if card is not None:
            self._show_card(card, now, can_reveal)
        message = route_message(plan)
        if plan.phone_warning:
            message = f"{message}\n{plan.phone_warning}"
        banner = self.known_route_label if card is not None else self.new_route_label
        banner.setText(message)
        _set_style(banner, banner_style(banner_tone(plan)))
        protected = card is not None and card.protection in (
            ProtectionStatus.VALID,
            ProtectionStatus.LOCKED,
        )
        _set_shown(
            self.override_button,
            can_override
            and protected
            and plan.route in (RouteKind.OWNER, RouteKind.SAME_DAY)
            and card is not None
            and card.owner_id is not None,
        )
        self.pages.setCurrentWidget(self.known_page if card is not None else self.new_page)

    def _show_card(self, card: CustomerCard, now: dt.datetime, can_reveal: bool) -> None:
        salutation = salutation_label(card.gender)
        name = card.name or self.tr("（未留姓名）")
        self.name_label.setText(f"{name} {salutation}".strip())
        self.grade_chip.setText(grade_label(card.grade, long=True))
        _set_style(self.grade_chip, grade_chip_style(card.grade))
        self.stage_label.setText(stage_label(card.stage))
        matched = ""
        if card.matched_by == "alternate":
            matched = self.tr("按备用电话查到")
        elif card.matched_by == "related":
            matched = self.tr("按家属 {name} 的电话查到").format(
                name=card.related_person_name or ""
            )
        self.matched_label.setText(matched)
        self.phone_value.setText(card.phone)
        _set_shown(self.reveal_button, card.phone_masked and can_reveal)
        self.owner_value.setText(card.owner_name or self.tr("无（公共客户池）"))
        self.protection_value.setText(protection_text(card, now))
        lapsed = card.protection is ProtectionStatus.LAPSED
        _set_style(self.protection_value, "color: #b54708;" if lapsed else "")
        self.visits_value.setText(self.tr("{n} 次").format(n=card.visit_count))
        self.last_visit_value.setText(_date(card.last_visit_at))
        self.follow_up_value.setText(_date(card.last_effective_follow_up_at))
        missing = ""
        if card.missing_fields:
            names = "、".join(required_field_label(f) for f in card.missing_fields)
            missing = self.tr("登记不完整，缺：{fields}（撞单时以最早的完整登记为准）").format(
                fields=names
            )
        self.missing_label.setText(missing)
        _set_shown(self.missing_label, bool(missing))

    def show_revealed_phone(self, phone: str) -> None:
        self.phone_value.setText(phone)
        self.reveal_button.setVisible(False)
