"""接待台: register a walk-in by keyboard alone, phone first (SPEC §3).

Typing the phone looks it up (``ReceptionService.plan_visit``) 80 ms after the last key,
or at once when it is a complete mainland mobile, and the 判客 card shows who it is and
where the visit goes. Enter walks through the form, Ctrl+Enter saves, Esc clears (after
asking, if anything was typed). A rejected form keeps every value and shows each
problem under its field. When another PC registered the same phone a moment earlier the
service refuses (``expected_customer_id`` carries what the card showed): the page says
so calmly and shows the card again, so saving once more records a visit to that
customer instead of creating a second one.

The right-hand side is the rotation queue (``RotationPanel``) and the board of visitors
in the office now, with check-out.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QHeaderView,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from app.domain.customer import RegistrationForm, RegistrationResult, VisitPlan, VisitRow
from app.domain.enums import Role, RotationStatus, VisitKind
from app.domain.errors import ConflictError, DomainError, ValidationError
from app.domain.models import UserInfo
from app.domain.ownership import RouteKind
from app.domain.phone import normalize_phone
from app.ui.app_events import AppEvents
from app.ui.customer_card_widget import banner_style, required_field_label
from app.ui.error_dialog import show_error
from app.ui.labels import rotation_status_label, salutation_label, visit_kind_label
from app.ui.models.visit_table_model import VisitTableModel
from app.ui.privacy_notice_dialog import PrivacyNoticeDialog
from app.ui.reveal_dialog import RevealDialog
from app.ui.rotation_panel import RotationPanel
from app.ui.stale_watch import StaleWatch
from app.ui.views.reception_view import ReceptionView

if TYPE_CHECKING:
    from app.services.container import Services

#: Milliseconds after the last key before a phone that may still grow is looked up.
LOOKUP_DELAY_MS = 80
#: How often the board's elapsed minutes and the queue are brought up to date.
TICK_MS = 30_000
#: Roles that may register visits (ReceptionService.register_visit).
REGISTERING_ROLES = (Role.RECEPTION, Role.MANAGER, Role.CONSULTANT)
#: Wanted layouts offered in the combo; the digit keys 1-5 stand for them.
LAYOUTS = ("一室", "两室", "三室", "四室", "五室及以上")

#: Service field names → the form field that shows the message.
FIELD_OF_ERROR = {
    "phone": "phone",
    "name": "name",
    "gender": "gender",
    "party_size": "party_size",
    "channel": "channel",
    "consultant_id": "consultant_id",
    "assign_reason": "reason",
    "override_reason": "reason",
    "consent_basic": "consent_basic",
    "wanted_area_min": "wanted_area",
    "wanted_area_max": "wanted_area",
    "wanted_layout": "wanted_layout",
    "alt_phone": "alt_phone",
    "note": "note",
}
_AREA_SPLIT = re.compile(r"\s*(?:-|~|～|—|–|至|到|\s)\s*")


def parse_area(text: str) -> tuple[Decimal | None, Decimal | None]:
    """``"90-120"`` → (90, 120); ``"100"`` → (100, 100); ``""`` → (None, None).

    Raises ``ValueError`` for anything else; the service checks the range."""
    text = text.strip().replace("㎡", "").replace("m²", "").replace("平", "")
    if not text:
        return None, None
    parts = [p for p in _AREA_SPLIT.split(text) if p]
    if not 1 <= len(parts) <= 2:
        raise ValueError(text)
    try:
        values = [Decimal(p) for p in parts]
    except InvalidOperation as exc:
        raise ValueError(text) from exc
    return values[0], values[-1]


def layout_text(text: str) -> str:
    """A digit 1-5 stands for 一室 … 五室及以上; anything else is kept as typed."""
    text = text.strip()
    if len(text) == 1 and text in "12345":
        return LAYOUTS[int(text) - 1]
    return text


class ReceptionPage(ReceptionView):
    #: A visit was registered: its ``RegistrationResult``.
    registered = Signal(object)
    #: A visitor was checked out: the ``VisitRow`` with its duration.
    checked_out = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._events = events
        self.plan: VisitPlan | None = None
        #: The phone text the plan was made for.
        self._plan_text = ""
        #: Name and gender copied from a card (replaced when another phone is typed).
        self._autofilled: dict[str, str | None] = {}
        self._consultant_touched = False
        self._override = False
        self.watch = StaleWatch(self, self.refresh, when_visible=self.refresh_lists)
        #: Visits registered today (recounted on F5 and after each write).
        self._visits_today: int | None = None
        self.can_register = user.role in REGISTERING_ROLES
        self.sees_customers = user.role is not Role.ADMIN

        self.rotation_panel = RotationPanel(services, user)
        self.set_rotation_panel(self.rotation_panel)
        self.board_model = VisitTableModel(self)
        self.board.table.setModel(self.board_model)
        header = self.board.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VisitTableModel.CUSTOMER, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.board.table.setColumnHidden(VisitTableModel.PHONE, True)
        # Stored as written (customer data), whatever the UI language.
        self.layout_combo.addItems(list(LAYOUTS))
        self.layout_combo.setCurrentIndex(-1)
        self.layout_combo.setEditText("")
        self._set_reason_row(None)

        self._lookup_timer = QTimer(self)
        self._lookup_timer.setSingleShot(True)
        self._lookup_timer.setInterval(LOOKUP_DELAY_MS)
        self._lookup_timer.timeout.connect(self.lookup_now)
        self._tick = QTimer(self)
        self._tick.setInterval(TICK_MS)
        self._tick.timeout.connect(self._tick_now)

        self.phone_edit.textEdited.connect(self._phone_edited)
        self.scout_check.toggled.connect(self._scout_toggled)
        self.consultant_combo.activated.connect(self._consultant_chosen)
        self.card.reveal_requested.connect(self.reveal_phone)
        self.card.override_requested.connect(self.start_override)
        self.privacy_button.clicked.connect(self.show_privacy_notice)
        self.save_button.clicked.connect(self.save)
        self.clear_button.clicked.connect(self.request_clear)
        self.board.check_out_button.clicked.connect(self.check_out_selected)
        self.rotation_panel.changed.connect(self._queue_changed)
        events.visits_changed.connect(self.watch.changed)
        events.customers_changed.connect(self.watch.changed)
        self._connect_clear_errors()

        for widget in self.enter_chain:
            widget.installEventFilter(self)
        layout_line = self.layout_combo.lineEdit()
        assert layout_line is not None  # editable
        layout_line.installEventFilter(self)
        self._shortcut("F2", self.new_registration)
        self._shortcut("Ctrl+N", self.new_registration)
        self._shortcut("Ctrl+Return", self.save)
        self._shortcut("Ctrl+Enter", self.save)
        self._shortcut("Esc", self.request_clear)
        self._shortcut("F5", self.refresh)
        self._shortcut("F9", self.check_out_selected)

        if not self.sees_customers or not self.can_register:
            self._lock_form()

    def _shortcut(self, keys: str, slot) -> QShortcut:  # type: ignore[no-untyped-def]
        shortcut = QShortcut(QKeySequence(keys), self)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(slot)
        return shortcut

    def _lock_form(self) -> None:
        for widget in (*self.enter_chain, self.clear_button, self.scout_check):
            widget.setEnabled(False)
        self.board.check_out_button.setEnabled(False)
        self.card.show_empty(
            self.tr("管理员不查看客户信息，不能登记来访。")
            if not self.sees_customers
            else self.tr("只有前台、置业顾问和销售经理可以登记来访。")
        )

    # -- showing and refreshing ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()
        self._tick.start()
        # Ctrl+1 (or a click on 接待台) lands in the phone field, ready to type.
        focus = QApplication.focusWidget()
        if self.phone_edit.isEnabled() and (focus is None or not self.isAncestorOf(focus)):
            QTimer.singleShot(0, self, self._focus_phone_if_away)

    def _focus_phone_if_away(self) -> None:
        focus = QApplication.focusWidget()
        if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
            self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def hideEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().hideEvent(event)
        self._tick.stop()

    def refresh(self) -> None:
        """F5: the queue, the consultants, the board, and the card of the typed phone."""
        self.watch.refreshed()
        if not self.sees_customers:
            return
        self.refresh_lists()
        if self.phone_edit.text().strip():
            self.lookup_now()

    def refresh_lists(self, *, count_today: bool = True) -> None:
        self.rotation_panel.refresh()
        self.load_consultants()
        self.load_board(count_today=count_today)

    def _tick_now(self) -> None:
        """Every 30 s: what other PCs changed in the queue and the board, and the elapsed
        minutes (today's total is recounted on F5 and after each write)."""
        self.refresh_lists(count_today=False)

    def load_consultants(self) -> None:
        """The consultant combo: today's queue first (in order, with status), then the
        other active consultants of the project."""
        try:
            candidates = self._services.rotation.candidates(self._user)
        except DomainError:
            candidates = []
        queue = self.rotation_panel.queue
        entries = list(queue.entries) if queue is not None else []
        current = self.consultant_combo.currentData()
        combo = self.consultant_combo
        combo.blockSignals(True)
        combo.clear()
        listed = set()
        for entry in entries:
            if entry.status is RotationStatus.OFF:
                continue
            combo.addItem(
                f"{entry.consultant_name} · {rotation_status_label(entry.status)}",
                entry.consultant_id,
            )
            listed.add(entry.consultant_id)
        for consultant_id, name in candidates:
            if consultant_id not in listed:
                combo.addItem(self.tr("{name} · 未签到").format(name=name), consultant_id)
        combo.blockSignals(False)
        wanted = current if self._consultant_touched else self.proposed_consultant_id()
        self._select_consultant(wanted)
        self._update_reason_row()

    def proposed_consultant_id(self) -> int | None:
        """Who the visit should go to: the plan's consultant, else the queue's next."""
        if self.plan is not None and self.plan.route is not RouteKind.SCOUT:
            return self.plan.consultant_id
        queue = self.rotation_panel.queue
        return queue.proposed_id if queue is not None else None

    def _select_consultant(self, consultant_id: int | None) -> None:
        index = self.consultant_combo.findData(consultant_id) if consultant_id is not None else -1
        self.consultant_combo.setCurrentIndex(index)

    def load_board(self, *, count_today: bool = True) -> None:
        try:
            rows = self._services.reception.in_office_now(self._user)
            if count_today or self._visits_today is None:
                self._visits_today = self._services.reception.count_visits_today(self._user)
        except DomainError as exc:
            self.board.summary_label.setText(str(exc))
            return
        selected = self.selected_visit()
        self.board_model.set_rows(rows, self._services.clock.now())
        people = self.board_model.people()
        self.board.summary_label.setText(
            self.tr("在场 {groups} 组 · {people} 人 · 今日来访 {today} 组").format(
                groups=len(rows), people=people, today=self._visits_today
            )
        )
        self.board.empty_label.setVisible(not rows)
        if selected is not None and self.board_model.row_of(selected.visit_id) >= 0:
            self.board.table.selectRow(self.board_model.row_of(selected.visit_id))
        self.board.check_out_button.setEnabled(bool(rows) and self.can_register)

    # -- the phone and the card ------------------------------------------------------------

    def _phone_edited(self, text: str) -> None:
        self.fields_error("phone", "")
        self._hide_message()
        try:
            check = normalize_phone(text)
        except ValidationError:
            self._lookup_timer.stop()
            if self.plan is not None or not text.strip():
                self._forget_plan()
            self.phone_hint.setText("")
            return
        if check.is_cn_mobile:
            self._lookup_timer.stop()
            self.lookup_now()
        else:
            self._lookup_timer.start()

    def lookup_now(self) -> VisitPlan | None:
        """Look the typed phone up now (the card and the proposed consultant follow)."""
        self._lookup_timer.stop()
        text = self.phone_edit.text()
        if not text.strip() or not self.sees_customers:
            self._forget_plan()
            return None
        try:
            plan = self._services.reception.plan_visit(
                self._user, text, scout=self.scout_check.isChecked()
            )
        except ValidationError:
            self._forget_plan()
            return None
        except DomainError as exc:
            self._forget_plan()
            self.show_message(str(exc), "warning")
            return None
        self._apply_plan(plan, text)
        return plan

    def _apply_plan(self, plan: VisitPlan, text: str) -> None:
        previous = self.plan
        same_customer = (
            previous is not None
            and (previous.card.customer_id if previous.card else None)
            == (plan.card.customer_id if plan.card else None)
            and previous.phone_e164 == plan.phone_e164
        )
        self.plan = plan
        self._plan_text = text
        if not same_customer:
            self._override = False
            self._consultant_touched = False
        self.card.show_plan(
            plan,
            self._services.clock.now(),
            can_override=self._user.role is Role.MANAGER and self.can_register,
            can_reveal=self._user.role in (Role.RECEPTION, Role.MANAGER),
        )
        national = plan.phone_e164[3:] if plan.phone_e164.startswith("+86") else plan.phone_e164
        hint = self.tr("已识别：{phone}").format(phone=national)
        if plan.phone_warning:
            hint = f"{hint} · {plan.phone_warning}"
        self.phone_hint.setText(hint)
        style = "color: #b54708;" if plan.phone_warning else ""
        if self.phone_hint.styleSheet() != style:
            self.phone_hint.setStyleSheet(style)
        self._autofill(plan)
        if not self._consultant_touched:
            self._select_consultant(self.proposed_consultant_id())
        self._update_reason_row()

    def _forget_plan(self) -> None:
        had = self.plan is not None
        self.plan = None
        self._plan_text = ""
        self._override = False
        self.card.show_empty(self.tr("继续输入号码…") if self.phone_edit.text().strip() else "")
        self.phone_hint.setText("")
        if had:
            self._autofill(None)
            if not self._consultant_touched:
                self._select_consultant(self.proposed_consultant_id())
            self._update_reason_row()

    def _autofill(self, plan: VisitPlan | None) -> None:
        """Copy a known customer's name and gender into empty fields; take back what was
        copied when the phone changes to another customer."""
        card = plan.card if plan is not None else None
        name_auto = self._autofilled.get("name")
        if name_auto is not None and self.name_edit.text() == name_auto:
            self.name_edit.clear()
        gender_auto = self._autofilled.get("gender")
        if gender_auto is not None and self.gender_field.value() == gender_auto:
            self.gender_field.set_value(None)
        self._autofilled = {}
        if card is None:
            return
        if card.name and not self.name_edit.text().strip():
            self.name_edit.setText(card.name)
            self._autofilled["name"] = card.name
        if card.gender and self.gender_field.value() is None:
            self.gender_field.set_value(card.gender)
            self._autofilled["gender"] = card.gender

    def _scout_toggled(self, _checked: bool) -> None:
        if self.plan is not None or self.phone_edit.text().strip():
            self.lookup_now()
        self._update_reason_row()

    def _queue_changed(self) -> None:
        self.load_consultants()
        if self.plan is not None:
            self.lookup_now()

    # -- consultant, reason and override ---------------------------------------------------

    def _consultant_chosen(self, _index: int) -> None:
        self._consultant_touched = True
        self.fields_error("consultant_id", "")
        if (
            self._user.role is Role.MANAGER
            and self.plan is not None
            and self.plan.route in (RouteKind.OWNER, RouteKind.SAME_DAY)
            and self.consultant_combo.currentData() != self.plan.consultant_id
        ):
            self._override = True
        self._update_reason_row()

    def start_override(self) -> None:
        """Manager: give a protected customer to another consultant (reason required)."""
        self._override = True
        self._update_reason_row()
        self.show_message(
            self.tr("改派：请选择新的接待顾问并写明原因，登记后记入客户互动档案。"), "info"
        )
        self.consultant_combo.setFocus(Qt.FocusReason.OtherFocusReason)

    def reason_kind(self) -> str | None:
        """ "override" (manager 改派), "assign" (not the rotation's proposal) or None."""
        chosen = self.consultant_combo.currentData()
        plan = self.plan
        if plan is not None and plan.route is RouteKind.SCOUT:
            return None
        if self._override and self._user.role is Role.MANAGER:
            return "override"
        if plan is not None and plan.route in (RouteKind.OWNER, RouteKind.SAME_DAY):
            return None
        queue = self.rotation_panel.queue
        on_duty = queue is not None and any(
            e.status is not RotationStatus.OFF for e in queue.entries
        )
        if chosen is not None and on_duty and chosen != self.proposed_consultant_id():
            return "assign"
        return None

    def _update_reason_row(self) -> None:
        self._set_reason_row(self.reason_kind())

    def _set_reason_row(self, kind: str | None) -> None:
        if kind == "override":
            self.reason_label.setText(self.tr("改派原因"))
            self.reason_edit.setPlaceholderText(
                self.tr("经理改派的原因，例如：原顾问离职，客户要求换人")
            )
        elif kind == "assign":
            self.reason_label.setText(self.tr("不按轮序"))
            self.reason_edit.setPlaceholderText(
                self.tr("为什么不给轮到的顾问，例如：客户指定该顾问")
            )
        visible = kind is not None
        if self.reason_label.isHidden() == visible:
            self.reason_label.setVisible(visible)
            self.fields["reason"].setVisible(visible)

    # -- the form --------------------------------------------------------------------------

    def form(self) -> RegistrationForm:
        """What is typed, as the service's form (the area as parsed, if it parses)."""
        try:
            area_min, area_max = parse_area(self.area_edit.text())
        except ValueError:
            area_min = area_max = None
        kind = self.reason_kind()
        reason = " ".join(self.reason_edit.text().split())
        plan = self.plan
        channel = self.channel_combo.currentData()
        consultant = self.consultant_combo.currentData()
        return RegistrationForm(
            phone=self.phone_edit.text(),
            name=self.name_edit.text().strip(),
            gender=self.gender_field.value(),
            party_size=self.party_spin.value(),
            channel=str(channel) if channel is not None else None,
            consultant_id=int(consultant) if consultant is not None else None,
            expected_customer_id=plan.card.customer_id if plan and plan.card else None,
            scout=self.scout_check.isChecked(),
            assign_reason=reason if kind == "assign" else "",
            override_reason=reason if kind == "override" else "",
            consent_basic=self.consent_basic_check.isChecked(),
            consent_marketing=self.consent_marketing_check.isChecked(),
            alt_phone=self.alt_phone_edit.text().strip(),
            wanted_area_min=area_min,
            wanted_area_max=area_max,
            wanted_layout=layout_text(self.layout_combo.currentText()) or None,
            note=self.note_edit.text().strip(),
        )

    def _local_errors(self) -> dict[str, str]:
        errors: dict[str, str] = {}
        try:
            parse_area(self.area_edit.text())
        except ValueError:
            errors["wanted_area"] = self.tr("请写数字，如 90-120")
        kind = self.reason_kind()
        if kind is not None and not self.reason_edit.text().strip():
            errors["reason"] = (
                self.tr("经理改派须写明原因")
                if kind == "override"
                else self.tr("没有按轮序分配，请写明原因")
            )
        plan = self.plan
        if (
            kind == "override"
            and plan is not None
            and self.consultant_combo.currentData() == plan.consultant_id
        ):
            errors["consultant_id"] = self.tr("请选择另一位置业顾问")
        return errors

    def save(self) -> RegistrationResult | None:
        """Ctrl+Enter / 登记: check, register, and start the next registration."""
        if not self.can_register or not self.sees_customers:
            return None
        self.clear_errors()
        self._hide_message()
        text = self.phone_edit.text()
        if self._lookup_timer.isActive() or (text.strip() and text != self._plan_text):
            self.lookup_now()
        errors = self._local_errors()
        form = self.form()
        try:
            self._services.reception.check_form(form)
        except ValidationError as exc:
            errors.update(self._field_errors(exc))
        if errors:
            self.show_errors(errors)
            return None
        try:
            result = self._services.reception.register_visit(self._user, form)
        except ValidationError as exc:
            self.show_errors(self._field_errors(exc), str(exc))
            return None
        except ConflictError as exc:
            self._race_lost(exc)
            return None
        except DomainError as exc:
            self.show_message(str(exc), "error")
            return None
        except Exception as exc:
            show_error(self, exc, self.tr("来访登记"))
            return None
        self._registered(result)
        return result

    def _field_errors(self, exc: ValidationError) -> dict[str, str]:
        """The service's field errors on the form's fields; unknown fields in general."""
        errors: dict[str, str] = {}
        consent = exc.field_errors.get("consent_basic")
        for key, message in exc.field_errors.items():
            target = FIELD_OF_ERROR.get(key)
            if target is None:
                errors.setdefault("", message)
                continue
            if consent is not None and message == consent and target != "consent_basic":
                message = self.tr("须先勾选“同意收集个人信息”")
            errors.setdefault(target, message)
        if not errors:
            errors[""] = str(exc)
        return errors

    def _race_lost(self, exc: ConflictError) -> None:
        """Another PC registered this phone first: say so, show the card as it is now."""
        self._consultant_touched = False
        self._override = False
        self.lookup_now()
        self.show_message(
            self.tr("{message}\n卡片已刷新：核对后再按 Ctrl+Enter 登记即可。").format(
                message=str(exc)
            ),
            "warning",
        )
        self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _registered(self, result: RegistrationResult) -> None:
        name = result.card.name or self.tr("访客")
        who = f"{name}{salutation_label(result.card.gender)}"
        parts = [
            self.tr("已登记：{who}（{kind}），由 {consultant} 接待").format(
                who=who, kind=visit_kind_label(result.kind), consultant=result.consultant_name
            )
        ]
        parts.append(self.tr("占用一次轮序") if result.consumed_turn else self.tr("不占轮序"))
        text = "，".join(parts) + self.tr("。")
        if result.missing_fields and result.kind is not VisitKind.SCOUT:
            missing = "、".join(required_field_label(f) for f in result.missing_fields)
            text += "\n" + self.tr("登记还不完整（缺：{fields}），请顾问接待时补齐。").format(
                fields=missing
            )
        for warning in result.warnings:
            text += "\n" + warning
        self.clear_form()
        self.show_message(text, "success")
        self._announce()
        if self._visits_today is not None:
            self._visits_today += 1  # rather than reloading all of today's visits
        self.refresh_lists(count_today=False)
        self.registered.emit(result)

    def _announce(self) -> None:
        with self.watch.quiet():
            self._events.visits_changed.emit()
            self._events.customers_changed.emit()

    def show_errors(self, errors: dict[str, str], general: str = "") -> None:
        """Each message under its field; the first field in Enter order gets the focus."""
        if "reason" in errors:
            self.reason_label.setVisible(True)
            self.fields["reason"].setVisible(True)
        for key, message in errors.items():
            if key:
                self.fields_error(key, message)
        leftover = errors.get("", "")
        if leftover or (general and not any(k for k in errors)):
            self.show_message(leftover or general, "error")
        else:
            names = [self.field_name(k) for k in ("phone", *self.fields) if k in errors]
            self.show_message(
                self.tr("有 {n} 处需要修改：{fields}（见红字）").format(
                    n=len(names), fields="、".join(names)
                ),
                "error",
            )
        order = ["phone", *self.fields]
        widgets = {"phone": self.phone_edit} | {
            key: wrapper.field for key, wrapper in self.fields.items()
        }
        for key in order:
            if key in errors:
                target = widgets[key]
                if key == "consent_basic":
                    target = self.consent_basic_check
                target.setFocus(Qt.FocusReason.OtherFocusReason)
                break

    def field_name(self, key: str) -> str:
        names = {
            "phone": self.tr("手机号"),
            "name": self.tr("姓名"),
            "gender": self.tr("性别"),
            "party_size": self.tr("来访人数"),
            "channel": self.tr("来源渠道"),
            "consultant_id": self.tr("接待顾问"),
            "reason": self.reason_label.text(),
            "consent_basic": self.tr("客户同意"),
            "wanted_area": self.tr("意向面积"),
            "wanted_layout": self.tr("意向户型"),
            "alt_phone": self.tr("备用电话"),
            "note": self.tr("备注"),
        }
        return names.get(key, key)

    def fields_error(self, key: str, message: str) -> None:
        if key == "phone":
            self.phone_field.set_error(message)
        elif key in self.fields:
            self.fields[key].set_error(message)

    def clear_errors(self) -> None:
        self.phone_field.set_error("")
        for wrapper in self.fields.values():
            wrapper.set_error("")

    def _connect_clear_errors(self) -> None:
        def clearer(key: str):  # type: ignore[no-untyped-def]
            return lambda *_: self.fields_error(key, "")

        self.name_edit.textEdited.connect(clearer("name"))
        self.gender_field.changed.connect(clearer("gender"))
        self.party_spin.valueChanged.connect(clearer("party_size"))
        self.channel_combo.currentIndexChanged.connect(clearer("channel"))
        self.reason_edit.textEdited.connect(clearer("reason"))
        self.consent_basic_check.toggled.connect(clearer("consent_basic"))
        self.area_edit.textEdited.connect(clearer("wanted_area"))
        self.layout_combo.editTextChanged.connect(clearer("wanted_layout"))
        self.alt_phone_edit.textEdited.connect(clearer("alt_phone"))
        self.note_edit.textEdited.connect(clearer("note"))

    def has_input(self) -> bool:
        return any(
            (
                self.phone_edit.text().strip(),
                self.name_edit.text().strip(),
                self.gender_field.value(),
                self.party_spin.value() != 1,
                self.channel_combo.currentIndex() >= 0,
                self.reason_edit.text().strip(),
                self.scout_check.isChecked(),
                self.consent_basic_check.isChecked(),
                self.consent_marketing_check.isChecked(),
                self.area_edit.text().strip(),
                self.layout_combo.currentText().strip(),
                self.alt_phone_edit.text().strip(),
                self.note_edit.text().strip(),
            )
        )

    def request_clear(self) -> None:
        """Esc: clear the form, after asking if anything was typed."""
        if self.has_input() and self.confirm_clear():
            self.clear_form()
            self._hide_message()
        self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    def new_registration(self) -> None:
        """F2 / Ctrl+N: start a new registration in the phone field."""
        self.request_clear()
        self.phone_edit.selectAll()

    def confirm_clear(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("清空登记"),
            self.tr("清空已填写的内容，重新登记？"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def clear_form(self) -> None:
        self._lookup_timer.stop()
        self.clear_errors()
        for edit in (
            self.phone_edit,
            self.name_edit,
            self.reason_edit,
            self.area_edit,
            self.alt_phone_edit,
            self.note_edit,
        ):
            edit.clear()
        self.gender_field.set_value(None)
        self.party_spin.setValue(1)
        self.channel_combo.setCurrentIndex(-1)
        self.layout_combo.setCurrentIndex(-1)
        self.layout_combo.setEditText("")
        for check in (
            self.scout_check,
            self.consent_basic_check,
            self.consent_marketing_check,
        ):
            check.blockSignals(True)
            check.setChecked(False)
            check.blockSignals(False)
        self._autofilled = {}
        self._consultant_touched = False
        self._override = False
        self.plan = None
        self._plan_text = ""
        self.card.show_empty()
        self.phone_hint.setText("")
        self._select_consultant(self.proposed_consultant_id())
        self._update_reason_row()
        self.phone_edit.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- messages --------------------------------------------------------------------------

    def show_message(self, text: str, tone: str = "info") -> None:
        styles = {
            "success": "owner",
            "info": "rotation",
            "warning": "warning",
            "error": "error",
        }
        key = styles.get(tone, "rotation")
        if key == "error":
            style = (
                "QLabel { background: #FDECEA; border: 1px solid #F3B4AE; color: #8A1C12;"
                " border-radius: 6px; padding: 8px 12px; }"
            )
        else:
            style = banner_style(key)
        self.message_label.setStyleSheet(style)
        self.message_label.setText(text)
        self.message_label.setProperty("tone", tone)
        self.message_label.setVisible(bool(text))

    def _hide_message(self) -> None:
        self.message_label.setVisible(False)
        self.message_label.setText("")

    # -- reveal, privacy notice --------------------------------------------------------------

    def reveal_phone(self) -> None:
        plan = self.plan
        if plan is None or plan.card is None:
            return
        customer_id = plan.card.customer_id
        value = RevealDialog.reveal(
            self,
            self.tr("查看完整号码"),
            lambda reason: self._services.customers.reveal_phone(self._user, customer_id, reason),
            self.tr("手机号"),
        )
        if value:
            self.card.show_revealed_phone(value)

    def show_privacy_notice(self) -> None:
        dialog = PrivacyNoticeDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    # -- the board -------------------------------------------------------------------------

    def selected_visit(self) -> VisitRow | None:
        model = self.board.table.selectionModel()
        rows = model.selectedRows() if model is not None else []
        if rows:
            return self.board_model.row_at(rows[0].row())
        return None

    def check_out_selected(self) -> VisitRow | None:
        """F9 / 离店登记: the selected visitor (or the only one) leaves."""
        if not self.can_register:
            return None
        visit = self.selected_visit()
        if visit is None and self.board_model.rowCount() == 1:
            visit = self.board_model.row_at(0)
        if visit is None:
            self._board_message(
                self.tr("请先在列表中选中离开的访客。")
                if self.board_model.rowCount()
                else self.tr("目前没有在场的访客。")
            )
            return None
        try:
            row = self._services.reception.check_out(self._user, visit.visit_id)
        except DomainError as exc:
            self._board_message(str(exc))
            self.load_board()
            return None
        except Exception as exc:
            show_error(self, exc, self.tr("离店登记"))
            return None
        self._board_message(
            self.tr("{name} 已离店，停留 {minutes} 分钟。").format(
                name=row.customer_name or self.tr("访客"), minutes=row.duration_minutes or 0
            )
        )
        self._announce()
        self.refresh_lists(count_today=False)
        self.checked_out.emit(row)
        return row

    def _board_message(self, text: str) -> None:
        self.board.message_label.setText(text)
        self.board.message_label.setVisible(bool(text))

    # -- keyboard: Enter walks the form ------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Every event of the form's fields passes here: leave the others at once.
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        key = event.key()
        if watched is self.channel_combo and Qt.Key.Key_1 <= key <= Qt.Key.Key_8:
            # The digit picks the channel at once (a combo's own type-ahead would join
            # two quick digits into "12" and find nothing).
            self.channel_combo.setCurrentIndex(key - Qt.Key.Key_1)
            return True
        if key not in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return False
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods != Qt.KeyboardModifier.NoModifier:
            return False
        return self._enter_pressed(watched)

    def _enter_pressed(self, watched: QObject) -> bool:
        if watched is self.layout_combo.lineEdit():
            watched = self.layout_combo
        if watched is self.save_button or isinstance(watched, QPushButton):
            self.save()
            return True
        if watched is self.phone_edit:
            text = self.phone_edit.text()
            if text.strip():
                try:
                    normalize_phone(text)
                except ValidationError as exc:
                    self.fields_error("phone", exc.field_errors.get("phone", str(exc)))
                    return True
                if self._lookup_timer.isActive() or text != self._plan_text:
                    self.lookup_now()
        if watched is self.layout_combo:
            text = layout_text(self.layout_combo.currentText())
            if text != self.layout_combo.currentText():
                self.layout_combo.setEditText(text)
        if isinstance(watched, QWidget) and watched in self.enter_chain:
            self.focus_next(watched)
            return True
        return False

    def focus_next(self, widget: QWidget) -> None:
        chain = self.enter_chain
        start = chain.index(widget)
        for candidate in chain[start + 1 :]:
            if candidate.isVisible() and candidate.isEnabled():
                candidate.setFocus(Qt.FocusReason.TabFocusReason)
                form = self.form_scroll.widget()
                if form is not None and form.isAncestorOf(candidate):
                    self.form_scroll.ensureWidgetVisible(candidate)
                if isinstance(candidate, QLineEdit | QAbstractSpinBox):
                    candidate.selectAll()
                return
