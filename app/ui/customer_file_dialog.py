"""客户档案: one customer's file, edited and saved as one transaction.

Every field of SPEC §4 is here. Saving sends only the fields that changed to
``CustomerService.update``, which validates them as reception does and saves them all
or nothing; a rejected save shows each message under its field and keeps every typed
value. Family members are added and removed one by one; consent is granted or
withdrawn through ``PrivacyService.record_consent`` (a withdrawal erases the data it
covered and is audited). The timeline (互动档案) is read-only.

Only who may see the customer in full opens the file (the owner, the manager, customer
service after subscription): ``CustomerService.get_file`` refuses anyone else and audits
the attempt. The resident ID is shown masked even then; "查看" shows it with a reason
that is audited.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from app.domain.access import may_hold_resident_id
from app.domain.customer import CustomerFile, RelatedPersonInfo
from app.domain.enums import Channel, ConsentPurpose, Gender, PaymentMethod, Role, Stage
from app.domain.errors import DomainError, ValidationError
from app.domain.models import UserInfo
from app.domain.ownership import ProtectionStatus
from app.ui.colors import grade_chip_style
from app.ui.error_dialog import show_error
from app.ui.labels import (
    DECORATION_CODES,
    PURPOSE_CODES,
    channel_label,
    decoration_label,
    focus_point_label,
    gender_label,
    grade_label,
    purpose_label,
    relation_label,
    stage_label,
)
from app.ui.reveal_dialog import RevealDialog
from app.ui.sales_labels import payment_method_label
from app.ui.views.customer_file_view import CustomerFileView
from app.ui.widgets import grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services

#: Stages the file sets itself; 认购/签约/交付/退订 follow the deals (``CustomerService``).
EDITABLE_STAGES = (Stage.LEAD.value, Stage.VISITED.value, Stage.LOST.value)
FOCUS_POINTS = ("price", "location", "school", "transport", "amenities", "brand", "layout")
RELATIONS = ("spouse", "parent", "child", "other")
AGE_BANDS = ("18-25", "26-35", "36-45", "46-55", "56+")
FAMILIES = ("单身", "二人世界", "三口之家", "二孩家庭", "三代同堂", "空巢")
LAYOUTS = ("一室一厅", "二室两厅一卫", "三室两厅一卫", "三室两厅两卫", "四室两厅两卫")
FLOORS = ("低层", "中层", "中高层", "高层", "不限")
ORIENTATIONS = ("南北通透", "南向", "东南", "西南", "不限")
DELIVERIES = ("现房", "一年内", "两年内", "不限")
TEN_THOUSAND = Decimal(10_000)

#: Fields whose widget holds money in 万元 (the service takes yuan).
_MONEY = ("budget_total", "budget_down_payment")
_DATES = ("birthday", "next_follow_up_date")


def parse_date(text: str) -> dt.date | str | None:
    """``1985-06-01``, ``1985/6/1``, ``1985.6.1`` or ``19850601``; anything else is
    returned as typed (the service then says what is wrong)."""
    text = text.strip()
    if not text:
        return None
    m = re.fullmatch(r"(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?", text) or re.fullmatch(
        r"(\d{4})(\d{2})(\d{2})", text
    )
    if m:
        try:
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
        except ValueError:
            return text
    return text


def wan(value: Decimal | None) -> str:
    """Yuan shown as 万元 (3900000 → "390")."""
    if value is None:
        return ""
    shown = (Decimal(value) / TEN_THOUSAND).normalize()
    return f"{shown:f}"


def yuan_from_wan(text: str) -> Decimal | str | None:
    text = text.strip().replace(",", "")
    if not text:
        return None
    try:
        return Decimal(text) * TEN_THOUSAND
    except InvalidOperation:
        return text  # the service reports "金额应为数字"


def area_text(value: Decimal | None) -> str:
    return "" if value is None else f"{Decimal(value).normalize():f}"


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


class CustomerFileDialog(CustomerFileView):
    #: The customer was saved or changed here (consent, family): the id.
    customer_changed = Signal(int)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        customer_id: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.customer_id = customer_id
        self._initial: dict[str, Any] = {}
        self.file: CustomerFile = services.customers.get_file(user, customer_id)
        self._fill_choices()

        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        self.reveal_id_button.clicked.connect(self.reveal_resident_id)
        self.add_related_button.clicked.connect(self.add_related_person)
        self.remove_related_button.clicked.connect(self.remove_selected_related)
        self.related_table.itemSelectionChanged.connect(self._related_selection_changed)
        self.stage_combo.currentIndexChanged.connect(self._stage_changed)
        for row in self.consent_rows.values():
            row.grant_button.clicked.connect(
                lambda _=False, p=row.purpose: self.set_consent(p, True)
            )
            row.withdraw_button.clicked.connect(
                lambda _=False, p=row.purpose: self._withdraw_clicked(p)
            )
        for key, field in self.fields.items():
            self._watch(key, field.field)

        self.show_file(self.file)
        self.load_timeline()

    # --- choices ------------------------------------------------------------------------

    def _fill_choices(self) -> None:
        def fill(combo: QComboBox, items: list[tuple[str, str]], blank: str | None) -> None:
            combo.clear()
            if blank is not None:
                combo.addItem(blank, "")
            for value, label in items:
                combo.addItem(label, value)

        none = self.tr("未填")
        fill(self.gender_combo, [(g.value, gender_label(g.value)) for g in Gender], none)
        fill(self.channel_combo, [(c.value, channel_label(c.value)) for c in Channel], none)
        fill(self.decoration_combo, [(c, decoration_label(c)) for c in DECORATION_CODES], none)
        fill(self.purpose_combo, [(c, purpose_label(c)) for c in PURPOSE_CODES], none)
        fill(self.payment_method_combo,
             [(p.value, payment_method_label(p.value)) for p in PaymentMethod], none)  # fmt: skip
        fill(self.related_relation_combo, [(r, relation_label(r)) for r in RELATIONS],
             self.tr("关系"))  # fmt: skip
        for combo, presets in (
            (self.age_band_combo, AGE_BANDS),
            (self.family_structure_combo, FAMILIES),
            (self.wanted_layout_combo, LAYOUTS),
            (self.floor_preference_combo, FLOORS),
            (self.orientation_combo, ORIENTATIONS),
            (self.desired_delivery_combo, DELIVERIES),
        ):
            combo.clear()
            combo.addItem("")
            combo.addItems(list(presets))
        for i, code in enumerate(FOCUS_POINTS):
            check = QCheckBox(focus_point_label(code))
            self.focus_checks[code] = check
            self.focus_layout.addWidget(check, i // 4, i % 4)

    # --- showing ------------------------------------------------------------------------

    def show_file(self, f: CustomerFile) -> None:
        """Put the file's values into the widgets (and remember them as unchanged)."""
        self.file = f
        self.setWindowTitle(self.tr("客户档案 — {name}").format(name=f.name or ""))
        self.name_label.setText(f.name or self.tr("（未填姓名）"))
        self.grade_chip.setText(grade_label(f.grade, long=True))
        self.grade_chip.setStyleSheet(grade_chip_style(f.grade))
        self.stage_label.setText(stage_label(f.stage))
        self.owner_label.setText(self._owner_text(f))
        self.facts_label.setText(self._facts_text(f))

        self.name_edit.setText(f.name or "")
        self._set_combo_data(self.gender_combo, f.gender)
        self.age_band_combo.setCurrentText(f.age_band or "")
        self.phone_edit.setText(f.phone)
        self.alt_phone_edit.setText(f.alt_phone or "")
        self.occupation_edit.setText(f.occupation or "")
        self.home_district_edit.setText(f.home_district or "")
        self.work_district_edit.setText(f.work_district or "")
        self.family_structure_combo.setCurrentText(f.family_structure or "")
        self.birthday_edit.setText(f.birthday.isoformat() if f.birthday else "")
        self.resident_id_edit.clear()
        # Asked for at subscription or contract, not before (PIPL minimisation).
        id_allowed = may_hold_resident_id(f.stage)
        self.resident_id_edit.setEnabled(id_allowed)
        self.resident_id_edit.setPlaceholderText(
            f.resident_id
            or (
                self.tr("18 位身份证号（需客户授权）")
                if id_allowed
                else self.tr("认购或签约时登记")
            )
        )
        self._set_combo_data(self.channel_combo, f.channel)
        self.referrer_label.setText(f.referrer_name or self.tr("无"))
        self.registered_label.setText(
            self.tr("{when}（资料完整）").format(when=when(f.registered_at))
            if f.registration_complete
            else self.tr("资料未完整，缺：{fields}").format(
                fields="、".join(f.missing_fields) or "—"
            )
        )
        self._fill_stage(f.stage)
        self.lost_reason_edit.setText(f.lost_reason or "")
        self.next_follow_up_edit.setText(
            f.next_follow_up_date.isoformat() if f.next_follow_up_date else ""
        )

        self.budget_total_edit.setText(wan(f.budget_total))
        self.budget_down_payment_edit.setText(wan(f.budget_down_payment))
        self.wanted_layout_combo.setCurrentText(f.wanted_layout or "")
        self.area_min_edit.setText(area_text(f.wanted_area_min))
        self.area_max_edit.setText(area_text(f.wanted_area_max))
        self.floor_preference_combo.setCurrentText(f.floor_preference or "")
        self.orientation_combo.setCurrentText(f.orientation or "")
        self._set_combo_data(self.decoration_combo, f.decoration)
        self._set_combo_data(self.purpose_combo, f.purpose)
        self._set_combo_data(self.payment_method_combo, f.payment_method)
        self.desired_delivery_combo.setCurrentText(f.desired_delivery or "")
        self.decision_months_spin.setValue(
            f.decision_months if f.decision_months is not None else -1
        )
        self.asked_price_check.setChecked(f.asked_price)
        self.deposit_intent_check.setChecked(f.deposit_intent)
        for code, check in self.focus_checks.items():
            check.setChecked(code in f.focus_points)
        self.objections_edit.setPlainText(f.objections or "")
        self.competing_projects_edit.setText(f.competing_projects or "")
        self.note_edit.setPlainText(f.note or "")

        self._show_related(f.related_persons)
        self._show_consent(f)
        self._apply_access(f)
        self.clear_errors()
        self._initial = {key: self.form_value(key) for key in self.fields}

    def _owner_text(self, f: CustomerFile) -> str:
        if f.owner_id is None:
            return self.tr("公共客户池（暂无归属顾问）")
        parts = [self.tr("置业顾问：{name}").format(name=f.owner_name or "")]
        if f.owner_since is not None:
            parts.append(self.tr("自 {day} 起").format(day=f.owner_since.date().isoformat()))
        status = {
            ProtectionStatus.VALID: self.tr("保护期至 {day}").format(
                day=f.protected_until.date().isoformat() if f.protected_until else "—"
            ),
            ProtectionStatus.LAPSED: self.tr("保护期已过，将转入公共客户池"),
            ProtectionStatus.LOCKED: self.tr("经理已锁定归属"),
            ProtectionStatus.POOL: self.tr("公共客户池"),
        }.get(f.protection, "")
        if status:
            parts.append(status)
        return " · ".join(parts)

    def _facts_text(self, f: CustomerFile) -> str:
        parts = [self.tr("来访 {n} 次").format(n=f.visit_count)]
        if f.first_visit_at:
            parts.append(self.tr("首次来访 {when}").format(when=when(f.first_visit_at)))
        if f.last_visit_at:
            parts.append(self.tr("最近来访 {when}").format(when=when(f.last_visit_at)))
        if f.last_effective_follow_up_at:
            parts.append(
                self.tr("最近有效跟进 {when}").format(when=when(f.last_effective_follow_up_at))
            )
        return " · ".join(parts)

    def _fill_stage(self, stage: str) -> None:
        combo = self.stage_combo
        combo.blockSignals(True)
        combo.clear()
        if stage in EDITABLE_STAGES:
            for code in EDITABLE_STAGES:
                combo.addItem(stage_label(code), code)
            combo.setToolTip(self.tr("认购、签约、交付、退订由交易流程更新"))
        else:
            combo.addItem(stage_label(stage), stage)
            combo.setToolTip(self.tr("该阶段由交易流程更新，不能在档案中修改"))
        self._set_combo_data(combo, stage)
        combo.blockSignals(False)
        self._stage_changed()

    def _stage_changed(self) -> None:
        lost = self.stage_combo.currentData() == Stage.LOST.value
        self.lost_reason_edit.setPlaceholderText(
            self.tr("流失时必填") if lost else self.tr("仅在流失时填写")
        )

    def _show_related(self, persons: tuple[RelatedPersonInfo, ...]) -> None:
        table = self.related_table
        table.setRowCount(len(persons))
        for row, p in enumerate(persons):
            values = (relation_label(p.relation), p.name or "", p.phone, when(p.created_at))
            for column, text in enumerate(values):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, p.id)
                table.setItem(row, column, item)
        self._related_selection_changed()

    def _show_consent(self, f: CustomerFile) -> None:
        c = f.consent
        states = {
            ConsentPurpose.BASIC: (c.basic, c.basic_at),
            ConsentPurpose.RESIDENT_ID: (c.resident_id, c.resident_id_at),
            ConsentPurpose.MARKETING: (c.marketing, c.marketing_at),
        }
        for purpose, row in self.consent_rows.items():
            granted, at = states[purpose]
            if granted:
                text = self.tr("已同意（{when}）").format(when=when(at))
                row.state_label.setStyleSheet("color: #1F7A3A;")
            elif at is not None:
                text = self.tr("已撤回（{when}）").format(when=when(at))
                row.state_label.setStyleSheet("color: #B42318;")
            else:
                text = self.tr("未同意")
                row.state_label.setStyleSheet("color: #52606D;")
            row.state_label.setText(text)
            needs_basic = purpose is not ConsentPurpose.BASIC and not c.basic
            row.grant_button.setEnabled(not granted and not needs_basic)
            row.grant_button.setToolTip(
                self.tr("请先取得个人信息收集的基本同意") if needs_basic and not granted else ""
            )
            row.withdraw_button.setEnabled(granted)
            set_error(row.error, "")
        self.consent_version_label.setText(
            self.tr("依据的个人信息告知书：第 {version} 版").format(version=c.notice_version)
            if c.notice_version
            else ""
        )

    def _apply_access(self, f: CustomerFile) -> None:
        self.stage_combo.setEnabled(f.stage in EDITABLE_STAGES)
        own = self._user.role is Role.CONSULTANT and f.owner_id == self._user.id
        self.reveal_id_button.setVisible(
            bool(f.resident_id) and (own or self._user.role is Role.MANAGER)
        )

    def load_timeline(self) -> None:
        try:
            entries = self._services.customers.timeline(self._user, self.customer_id)
        except DomainError as exc:
            self.timeline.set_entries([])
            self.timeline_hint.setText(str(exc))
            return
        self.timeline.set_entries(entries)
        self.timeline_hint.setText(
            self.tr("共 {n} 条记录，最新的在最上面。记录只增不删，更正会作为新记录出现。").format(
                n=len(entries)
            )
        )

    @staticmethod
    def _set_combo_data(combo: QComboBox, value: object) -> None:
        index = combo.findData(value if value is not None else "")
        combo.setCurrentIndex(index if index >= 0 else 0)

    # --- reading the form ---------------------------------------------------------------

    def _watch(self, key: str, widget: QWidget) -> None:
        """Clear a field's error as soon as it is edited."""
        field = self.fields[key]

        def clear() -> None:
            field.set_error("")

        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(clear)
        elif isinstance(widget, QComboBox):
            widget.currentTextChanged.connect(clear)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(clear)
        elif isinstance(widget, QSpinBox):
            widget.valueChanged.connect(clear)
        elif isinstance(widget, QCheckBox):
            widget.toggled.connect(clear)

    def form_value(self, key: str) -> Any:
        """What the form holds for ``key``, as typed (for comparing and re-showing)."""
        if key == "focus_points":
            return tuple(code for code, check in self.focus_checks.items() if check.isChecked())
        widget = self.fields[key].field
        if isinstance(widget, QLineEdit):
            return widget.text()
        if isinstance(widget, QPlainTextEdit):
            return widget.toPlainText()
        if isinstance(widget, QComboBox):
            return widget.currentText().strip() if widget.isEditable() else widget.currentData()
        if isinstance(widget, QSpinBox):
            return widget.value()
        if isinstance(widget, QCheckBox):
            return widget.isChecked()
        raise KeyError(key)

    def _service_value(self, key: str, value: Any) -> Any:
        if key in _MONEY:
            return yuan_from_wan(value)
        if key in _DATES:
            return parse_date(value)
        if key == "decision_months":
            return None if value < 0 else value
        if key == "focus_points":
            return list(value)
        if key in ("gender", "channel", "decoration", "purpose", "payment_method"):
            return value or None
        if isinstance(value, str):
            return value.strip()
        return value

    def changes(self) -> dict[str, Any]:
        """The changed fields, in the form ``CustomerService.update`` takes."""
        out: dict[str, Any] = {}
        for key in self.fields:
            value = self.form_value(key)
            if value != self._initial.get(key):
                if key == "resident_id" and not str(value).strip():
                    continue  # empty means "keep the stored number"
                out[key] = self._service_value(key, value)
        return out

    def is_dirty(self) -> bool:
        return bool(self.changes())

    # --- saving -------------------------------------------------------------------------

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.set_error("")
        set_error(self.error_label, "")

    def show_errors(self, error: ValidationError) -> None:
        """Each message under its field; the first tab with an error is shown."""
        self.clear_errors()
        first_tab = -1
        unplaced = []
        for key, message in error.field_errors.items():
            field = self.fields.get(key)
            if field is None:
                unplaced.append(message)
                continue
            field.set_error(message)
            tab = self._tab_of(field)
            if tab >= 0 and (first_tab < 0 or tab < first_tab):
                first_tab = tab
        if first_tab >= 0:
            self.tabs.setCurrentIndex(first_tab)
        summary = self.tr("没有保存：请改正标出的内容。")
        if unplaced:
            summary += " " + "；".join(dict.fromkeys(unplaced))
        set_error(self.error_label, summary)
        grow_to_fit(self)

    def _tab_of(self, widget: QWidget) -> int:
        for i in range(self.tabs.count()):
            page = self.tabs.widget(i)
            if page is widget or page.isAncestorOf(widget):
                return i
        return -1

    def save(self) -> bool:
        """Save the changed fields in one transaction. False if nothing was saved."""
        changes = self.changes()
        if not changes:
            self.status_label.setText(self.tr("没有需要保存的修改。"))
            return False
        try:
            saved = self._services.customers.update(self._user, self.customer_id, changes)
        except ValidationError as exc:
            self.status_label.setText("")
            self.show_errors(exc)
            return False
        except DomainError as exc:
            self.status_label.setText("")
            set_error(self.error_label, self.tr("没有保存：{reason}").format(reason=exc))
            return False
        except Exception as exc:
            show_error(self, exc, self.tr("保存客户档案"))
            return False
        self.show_file(saved)
        self.load_timeline()
        self.status_label.setText(self.tr("已保存 {n} 项修改。").format(n=len(changes)))
        self.customer_changed.emit(self.customer_id)
        return True

    def reject(self) -> None:
        """关闭, Esc or the window's close button: ask before unsaved changes are lost."""
        if self.is_dirty():
            answer = QMessageBox.question(
                self,
                self.tr("客户档案"),
                self.tr("有修改尚未保存。放弃这些修改并关闭吗？"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def forget_changes(self) -> None:
        """Treat what the form shows as unchanged (closing then does not ask)."""
        self._initial = {key: self.form_value(key) for key in self.fields}

    def discard_and_close(self) -> None:
        """Close without asking (tests, sign-out)."""
        self.forget_changes()
        self.close()

    # --- reveal ---------------------------------------------------------------------------

    def reveal_resident_id(self) -> str | None:
        customers, user, cid = self._services.customers, self._user, self.customer_id
        value = RevealDialog.reveal(
            self,
            self.tr("查看身份证号：{name}").format(name=self.file.name or ""),
            lambda reason: customers.reveal_resident_id(user, cid, reason),
            self.tr("身份证号"),
        )
        if value:
            self.resident_id_edit.setText(value)
            self._initial["resident_id"] = value
            self.reveal_id_button.setEnabled(False)
            self.status_label.setText(self.tr("已显示完整身份证号；本次查看已记入审计日志。"))
        return value

    # --- family members -----------------------------------------------------------------

    def _related_selection_changed(self) -> None:
        self.remove_related_button.setEnabled(bool(self.related_table.selectedItems()))

    def add_related_person(self) -> bool:
        for field in (self.related_name_field, self.related_relation_field,
                      self.related_phone_field):  # fmt: skip
            field.set_error("")
        set_error(self.related_error, "")
        try:
            person = self._services.customers.add_related_person(
                self._user,
                self.customer_id,
                name=self.related_name_edit.text(),
                relation=self.related_relation_combo.currentData() or "",
                phone=self.related_phone_edit.text(),
            )
        except ValidationError as exc:
            errors = exc.field_errors
            self.related_name_field.set_error(errors.get("name", ""))
            self.related_relation_field.set_error(errors.get("relation", ""))
            self.related_phone_field.set_error(errors.get("phone", ""))
            other = [m for k, m in errors.items() if k not in ("name", "relation", "phone")]
            set_error(self.related_error, "；".join(other) or ("" if errors else str(exc)))
            return False
        except DomainError as exc:
            set_error(self.related_error, str(exc))
            return False
        persons = (*self.file.related_persons, person)
        self.file = self._replace_related(persons)
        self._show_related(persons)
        self.related_name_edit.clear()
        self.related_phone_edit.clear()
        self.related_relation_combo.setCurrentIndex(0)
        self.status_label.setText(self.tr("已添加家庭成员。"))
        self.customer_changed.emit(self.customer_id)
        return True

    def remove_selected_related(self, *, confirm: bool = True) -> bool:
        items = self.related_table.selectedItems()
        if not items:
            return False
        person_id = int(items[0].data(Qt.ItemDataRole.UserRole))
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("移除家庭成员"),
                self.tr("移除后，该成员的手机号将不再关联到本客户。确定移除吗？"),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        try:
            self._services.customers.remove_related_person(self._user, person_id)
        except DomainError as exc:
            set_error(self.related_error, str(exc))
            return False
        persons = tuple(p for p in self.file.related_persons if p.id != person_id)
        self.file = self._replace_related(persons)
        self._show_related(persons)
        self.status_label.setText(self.tr("已移除家庭成员。"))
        self.customer_changed.emit(self.customer_id)
        return True

    def _replace_related(self, persons: tuple[RelatedPersonInfo, ...]) -> CustomerFile:
        return replace(self.file, related_persons=persons)

    # --- consent ------------------------------------------------------------------------

    def _withdraw_clicked(self, purpose: ConsentPurpose) -> None:
        erased = {
            ConsentPurpose.BASIC: self.tr(
                "撤回基本同意会立即删除手机号和姓名以外的个人信息（含身份证号），且不能恢复。"
            ),
            ConsentPurpose.RESIDENT_ID: self.tr("撤回后会立即删除已保存的身份证号。"),
            ConsentPurpose.MARKETING: self.tr("撤回后不再向该客户发送营销信息。"),
        }[purpose]
        text = erased
        if self.is_dirty():
            text += "\n\n" + self.tr("未保存的修改将被放弃。")
        answer = QMessageBox.question(
            self, self.tr("撤回同意"), text + "\n\n" + self.tr("确定撤回吗？")
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.set_consent(purpose, False)

    def set_consent(self, purpose: ConsentPurpose, granted: bool) -> bool:
        """Record a grant or withdrawal (audited by the privacy service)."""
        row = self.consent_rows[purpose]
        set_error(row.error, "")
        try:
            self._services.privacy.record_consent(self._user, self.customer_id, purpose, granted)
        except DomainError as exc:
            message = (
                exc.field_errors.get("consent_basic") if isinstance(exc, ValidationError) else None
            )
            set_error(row.error, message or str(exc))
            return False
        fresh = self._services.customers.get_file(self._user, self.customer_id)
        if granted:
            # Keep what was typed: only the consent part changes.
            self.file = fresh
            self._show_consent(fresh)
            if purpose is ConsentPurpose.BASIC:
                self.clear_errors()  # the "no consent" messages no longer hold
        else:
            # A withdrawal erased data: show the file as it is now.
            self.show_file(fresh)
        self.load_timeline()
        self.status_label.setText(
            self.tr("已记录同意。") if granted else self.tr("已撤回同意，相关信息已删除。")
        )
        self.customer_changed.emit(self.customer_id)
        return True
