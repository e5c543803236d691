"""The deal steps as dialogs, and ``DealActions``, which both the 房源销控 and the 交易
pages use to run them: hold (保留), purchase notice (购房告知书), subscription (认购,
with the discount approval), contract (签约), cancellation (退订), delivery date,
handover (交付验收 / 钥匙交接, with 面积补差 computed as the area is typed), and the
delivery notice and handover form.

Every dialog opens window-modal without blocking (``open()``), shows an expected
failure (a ``DomainError``) inline and stays open, and emits ``completed`` with what
the service returned. Forms are issued off the GUI thread (``PdfTask``) and shown in the
preview (``PdfPreviewDialog``), from which they are printed.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QFileDialog, QPushButton, QSpinBox, QTableWidgetItem, QWidget

from app.domain.customer import CustomerFilter, CustomerRow
from app.domain.deals import (
    AREA_ERROR_LIMIT_PERCENT,
    DEFAULT_KEY_KINDS,
    DealInfo,
    DiscountApprovalInfo,
    DiscountApprovalRequiredError,
    HandoverInfo,
    HandoverInput,
    InspectionInput,
    PurchaseNoticeRequiredError,
    area_adjustment,
    contract_unit_price,
    discount_of,
)
from app.domain.enums import DealStatus, PaymentMethod, Role
from app.domain.errors import DomainError
from app.domain.forms import IssuedDocumentInfo
from app.domain.models import UserInfo
from app.domain.units import UnitImportReport, UnitInfo
from app.ui.error_dialog import show_error
from app.ui.models.customer_choice_table_model import CustomerChoiceTableModel
from app.ui.models.discount_approval_table_model import ApprovalRow, DiscountApprovalTableModel
from app.ui.models.import_rejection_table_model import ImportRejectionTableModel
from app.ui.pdf_preview_dialog import PdfPreviewDialog, PdfTask
from app.ui.progress_dialog import TaskProgressDialog
from app.ui.sales_labels import (
    LOAN_STATUS_CODES,
    area,
    day,
    document_kind_label,
    loan_status_label,
    payment_method_label,
    percent,
    when,
    yuan,
)
from app.ui.views.deal_dialog_views import (
    CancelDialogView,
    ChooseCustomerDialogView,
    ContractDialogView,
    CustomerPickerView,
    DiscountApprovalsDialogView,
    HandoverDialogView,
    HoldDialogView,
    ImportReportDialogView,
    ScheduleDeliveryDialogView,
    SubscribeDialogView,
)
from app.ui.widgets import grow_to_fit, set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.container import Services

#: Rooms and items of the default handover checklist (分户验收).
INSPECTION_ROOMS = ("客厅", "主卧", "次卧", "厨房", "卫生间", "阳台")
INSPECTION_ITEMS = ("墙面", "地面", "门窗", "水电")
DEFAULT_KEY_COUNTS = {"入户门钥匙": 3, "门禁卡": 2, "信报箱钥匙": 1, "电表箱钥匙": 1}
SEARCH_DELAY_MS = 300
SEARCH_LIMIT = 30
SUCCESS_COLOUR = "#1e7b34"
WARNING_COLOUR = "#b42318"


# ----------------------------------------------------------------------------- who may act


def can_sell(user: UserInfo, deal: DealInfo | None = None) -> bool:
    """Hold, notice, subscribe, contract: a manager, or the deal's own consultant."""
    if user.role is Role.MANAGER:
        return True
    if user.role is not Role.CONSULTANT:
        return False
    return deal is None or deal.consultant_id in (None, user.id)


def can_deliver(user: UserInfo) -> bool:
    return user.role in (Role.SERVICE, Role.MANAGER)


def can_cancel(user: UserInfo, deal: DealInfo) -> bool:
    if deal.status == DealStatus.CONTRACTED:
        return user.role is Role.MANAGER
    return deal.status in (DealStatus.HELD, DealStatus.SUBSCRIBED) and can_sell(user, deal)


def can_print_delivery(user: UserInfo, deal: DealInfo) -> bool:
    return can_deliver(user) or can_sell(user, deal)


# --------------------------------------------------------------------------------- helpers


def _money(value: float) -> Decimal:
    return Decimal(f"{value:.2f}")


def _attempt(dialog: QWidget, label: Any, doing: str, fn: Callable[[], Any]) -> tuple[bool, Any]:
    """Run a service call; an expected failure goes to ``label``, a bug to the error box."""
    set_error(label, "")
    try:
        return True, fn()
    except DomainError as exc:
        set_error(label, str(exc))
        grow_to_fit(dialog)
        return False, None
    except Exception as exc:
        show_error(dialog, exc, doing)
        return False, None


def _inline_error(dialog: Any, text: str) -> None:
    """An expected failure under the form; the dialog grows so nothing is squeezed."""
    set_error(dialog.error_label, text)
    if text:
        grow_to_fit(dialog)


def _fill_payment_combo(combo: Any, current: str | None, *, optional: bool) -> None:
    combo.clear()
    if optional:
        combo.addItem(QCoreApplication.translate("DealDialogs", "未定"), None)
    for method in PaymentMethod:
        combo.addItem(payment_method_label(method), method.value)
    index = combo.findData(current) if current else -1
    combo.setCurrentIndex(max(index, 0))


def _no_default_button(*buttons: QPushButton) -> None:
    """Enter in the customer search must search, not confirm the dialog."""
    for button in buttons:
        button.setDefault(False)
        button.setAutoDefault(False)


class CustomerPicker(QObject):
    """Behaviour of a ``CustomerPickerView``: search as the user types, pick one."""

    chosen_changed = Signal()
    activated = Signal()

    def __init__(
        self, view: CustomerPickerView, services: Services, user: UserInfo, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.view = view
        self._services = services
        self._user = user
        self.model = CustomerChoiceTableModel(self)
        view.results.setModel(self.model)
        header = view.results.horizontalHeader()
        header.resizeSection(CustomerChoiceTableModel.NAME, 120)
        header.resizeSection(CustomerChoiceTableModel.PHONE, 150)
        header.resizeSection(CustomerChoiceTableModel.CONSULTANT, 110)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search)
        view.search_edit.textEdited.connect(lambda _text: self._timer.start())
        view.search_edit.returnPressed.connect(self.search)
        view.search_button.clicked.connect(self.search)
        view.results.selectionModel().selectionChanged.connect(self.chosen_changed)
        view.results.doubleClicked.connect(self.activated)
        view.result_label.setText(self.tr("可按手机号、姓名或拼音首字母查找。"))

    def search(self, text: str | None = None) -> int:
        """Show the customers matching ``text`` (default: the search box); returns how many."""
        self._timer.stop()
        if text is not None:
            self.view.search_edit.setText(text)
        query = self.view.search_edit.text().strip()
        if not query:
            self.model.set_rows([])
            self.view.result_label.setText(self.tr("可按手机号、姓名或拼音首字母查找。"))
            self.chosen_changed.emit()
            return 0
        try:
            rows = self._services.customer_query.page(
                self._user, CustomerFilter(search=query), limit=SEARCH_LIMIT
            )
        except DomainError as exc:
            self.model.set_rows([])
            self.view.result_label.setText(str(exc))
            self.chosen_changed.emit()
            return 0
        self.model.set_rows(rows)
        if not rows:
            self.view.result_label.setText(self.tr("没有找到“{query}”。").format(query=query))
        elif len(rows) >= SEARCH_LIMIT:
            self.view.result_label.setText(
                self.tr("只显示前 {n} 位，请输入更多号码或姓名。").format(n=SEARCH_LIMIT)
            )
        else:
            self.view.result_label.setText(self.tr("找到 {n} 位客户。").format(n=len(rows)))
        if len(rows) == 1:
            self.view.results.selectRow(0)
        self.chosen_changed.emit()
        return len(rows)

    def chosen(self) -> CustomerRow | None:
        rows = self.view.results.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.row_at(rows[0].row())

    def choose_row(self, row: int) -> None:
        self.view.results.selectRow(row)


# ------------------------------------------------------------------------------ the dialogs


class ChooseCustomerDialog(ChooseCustomerDialogView):
    """Whom to issue a purchase notice for (a unit that nobody holds yet)."""

    chosen = Signal(int)

    def __init__(
        self, services: Services, user: UserInfo, unit: UnitInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("打印购房告知书"), self.tr("打印"), parent)
        self.subject_label.setText(
            self.tr("{unit}，表价 {price}").format(unit=unit.label, price=yuan(unit.list_price))
        )
        self.customers = CustomerPicker(self.picker, services, user, self)
        _no_default_button(self.ok_button)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.customers.activated.connect(self.submit)

    def submit(self) -> None:
        row = self.customers.chosen()
        if row is None:
            _inline_error(self, self.tr("请先查找并选择客户。"))
            return
        self.chosen.emit(row.id)
        self.accept()


class HoldDialog(HoldDialogView):
    completed = Signal(object)  # DealInfo

    def __init__(
        self, services: Services, user: UserInfo, unit: UnitInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.unit = unit
        self.subject_label.setText(
            self.tr("{unit}，{layout}，{area}，表价 {price}").format(
                unit=unit.label,
                layout=unit.layout,
                area=area(unit.building_area),
                price=yuan(unit.list_price),
            )
        )
        self.customers = CustomerPicker(self.picker, services, user, self)
        self.agreed_price_spin.setValue(float(unit.list_price))
        _fill_payment_combo(self.payment_combo, None, optional=True)
        hours = services.settings.load().hold_hours
        until = services.clock.now() + dt.timedelta(hours=hours)
        self.expiry_hint.setText(
            self.tr(
                "保留 {hours} 小时，到 {time} 未交定金认购的，房源自动恢复可售。"
                "拟成交价和付款方式会印在购房告知书上。"
            ).format(hours=hours, time=when(until))
        )
        _no_default_button(self.ok_button)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    def submit(self) -> None:
        row = self.customers.chosen()
        if row is None:
            _inline_error(self, self.tr("请先查找并选择客户。"))
            return
        price = self.agreed_price_spin.value()
        ok, deal = _attempt(
            self,
            self.error_label,
            self.tr("保留房源"),
            lambda: self._services.deals.hold(
                row.id,
                self.unit.id,
                actor=self._user,
                agreed_price=_money(price) if price > 0 else None,
                payment_method=self.payment_combo.currentData(),
                personalised_changes=self.changes_edit.text(),
            ),
        )
        if ok:
            self.completed.emit(deal)
            self.accept()


class SubscribeDialog(SubscribeDialogView):
    """认购: deposit, date and agreed price; a discount beyond the limit needs a manager."""

    completed = Signal(object)  # DealInfo
    notice_requested = Signal(int, int)  # customer id, unit id

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        unit: UnitInfo,
        deal: DealInfo | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.unit = unit
        self.deal = deal
        self.subject_label.setText(
            self.tr("{unit}，{layout}，{area}").format(
                unit=unit.label, layout=unit.layout, area=area(unit.building_area)
            )
        )
        self.customers = CustomerPicker(self.picker, services, user, self)
        if deal is not None:
            self.customer_label.setText(
                self.tr("{name}（{status}，置业顾问 {consultant}）").format(
                    name=deal.customer_name,
                    status=self.tr("已保留"),
                    consultant=deal.consultant_name or self.tr("未分配"),
                )
            )
            self.fix_customer()
        else:
            self.customer_label.setText(self.tr("该房源未保留，请查找认购的客户："))
            _no_default_button(self.ok_button)
        self.list_price_label.setText(yuan(unit.list_price, cents=True))
        start_price = deal.agreed_price if deal and deal.agreed_price else unit.list_price
        self.agreed_price_spin.setValue(float(start_price))
        self.deposit_spin.setSpecialValueText(self.tr("请填写定金"))
        today = services.clock.now().date()
        self.deposit_date_edit.setDate(to_qdate(today))
        self.deposit_date_edit.setMaximumDate(to_qdate(today))
        _fill_payment_combo(
            self.payment_combo, deal.payment_method if deal else None, optional=False
        )
        self.limit = services.deals.discount_limit(unit.id)
        self.percent = services.settings.load().discount_approval_percent
        self.is_manager = user.role is Role.MANAGER
        self.approve_check.setVisible(self.is_manager)
        self.request_button.setVisible(not self.is_manager)
        self._approved = Decimal(0)
        self._pending = Decimal(0)
        self._load_approvals()

        self.agreed_price_spin.valueChanged.connect(self.update_discount)
        self.customers.chosen_changed.connect(self._customer_changed)
        self.request_button.clicked.connect(self.request_approval)
        self.notice_button.clicked.connect(self._notice_clicked)
        self.resident_id_edit.textEdited.connect(lambda _text: set_error(self.error_label, ""))
        self.consent_id_check.toggled.connect(lambda _on: set_error(self.error_label, ""))
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.update_discount()

    # -- customer and approvals ---------------------------------------------------------

    def customer_id(self) -> int | None:
        if self.deal is not None:
            return self.deal.customer_id
        row = self.customers.chosen()
        return row.id if row is not None else None

    def _customer_changed(self) -> None:
        self.notice_box.setVisible(False)
        self._load_approvals()
        self.update_discount()

    def _load_approvals(self) -> None:
        self._approved = self._pending = Decimal(0)
        customer = self.customer_id()
        if customer is None:
            return
        mine = {None, self.deal.id if self.deal else None}
        for a in self._services.deals.discount_approvals(
            customer_id=customer, unit_id=self.unit.id
        ):
            if a.deal_id not in mine:
                continue
            if a.decision == "approved":
                self._approved = max(self._approved, a.discount)
            elif a.decision == "pending":
                self._pending = max(self._pending, a.discount)

    def discount(self) -> Decimal:
        return discount_of(self.unit.list_price, _money(self.agreed_price_spin.value()))

    def needs_approval(self) -> bool:
        return self.discount() > self.limit and self.discount() > self._approved

    def update_discount(self) -> None:
        d = self.discount()
        limit_text = self.tr("表价的 {percent}%（{amount}）").format(
            percent=f"{self.percent:g}", amount=yuan(self.limit, cents=True)
        )
        colour = ""
        if d < 0:
            text = self.tr("成交价高于表价 {amount}。").format(amount=yuan(-d, cents=True))
        elif d == 0:
            text = self.tr("无优惠。")
        elif d <= self.limit:
            text = self.tr("优惠 {amount}（{share}），未超过{limit}，无需审批。").format(
                amount=yuan(d, cents=True), share=percent(d, self.unit.list_price), limit=limit_text
            )
        elif d <= self._approved:
            text = self.tr(
                "优惠 {amount}（{share}），超过{limit}；销售经理已批准 {approved}。"
            ).format(
                amount=yuan(d, cents=True),
                share=percent(d, self.unit.list_price),
                limit=limit_text,
                approved=yuan(self._approved, cents=True),
            )
            colour = SUCCESS_COLOUR
        else:
            text = self.tr("优惠 {amount}（{share}），超过{limit}，需要销售经理审批。").format(
                amount=yuan(d, cents=True), share=percent(d, self.unit.list_price), limit=limit_text
            )
            colour = WARNING_COLOUR
        self.discount_label.setText(text)
        self.discount_label.setStyleSheet(f"color: {colour};" if colour else "")
        needs = self.needs_approval()
        self.approval_box.setVisible(needs)
        if needs:
            if self.is_manager:
                self.approval_label.setText(
                    self.tr("您是销售经理，可以现场审批；审批人和时间会记录在案。")
                )
            elif self._pending >= d:
                self.approval_label.setText(
                    self.tr("已申请优惠 {amount}，等待销售经理审批。批准后即可认购。").format(
                        amount=yuan(self._pending, cents=True)
                    )
                )
            else:
                self.approval_label.setText(
                    self.tr("请向销售经理申请审批，或请经理登录本机现场审批。")
                )
        grow_to_fit(self)

    def request_approval(self) -> None:
        customer = self.customer_id()
        if customer is None:
            _inline_error(self, self.tr("请先查找并选择客户。"))
            return
        ok, info = _attempt(
            self,
            self.error_label,
            self.tr("申请优惠审批"),
            lambda: self._services.deals.request_discount(
                customer,
                self.unit.id,
                self.discount(),
                actor=self._user,
                note=self.approval_note_edit.text(),
            ),
        )
        if ok:
            assert isinstance(info, DiscountApprovalInfo)
            self._pending = max(self._pending, info.discount)
            self.update_discount()

    # -- purchase notice ------------------------------------------------------------------

    def _notice_clicked(self) -> None:
        customer = self.customer_id()
        if customer is not None:
            self.notice_button.setEnabled(False)
            self.notice_requested.emit(customer, self.unit.id)

    def notice_issued(self, info: IssuedDocumentInfo) -> None:
        """The notice asked for has been issued: the subscription can be saved now."""
        self.notice_button.setEnabled(True)
        self.notice_box.setVisible(True)
        self.notice_button.setVisible(False)
        self.notice_label.setText(
            self.tr(
                "购房告知书 {number} 已打印。请客户阅读并签字确认全部不利因素后，再点“认购”。"
            ).format(number=info.doc_no)
        )

    def notice_failed(self) -> None:
        self.notice_button.setEnabled(True)

    # -- save -------------------------------------------------------------------------------

    def submit(self) -> None:
        customer = self.customer_id()
        if customer is None:
            _inline_error(self, self.tr("请先查找并选择客户。"))
            return
        if self.deposit_spin.value() <= 0:
            _inline_error(self, self.tr("请填写定金金额。"))
            self.deposit_spin.setFocus()
            return
        discount = self.discount()
        if self.needs_approval() and self.is_manager:
            if not self.approve_check.isChecked():
                _inline_error(
                    self,
                    self.tr(
                        "优惠超过审批线：请勾选“由我（销售经理）现场审批此优惠”，或调整成交价。"
                    ),
                )
                return
            ok, _info = _attempt(
                self,
                self.error_label,
                self.tr("审批优惠"),
                lambda: self._services.deals.approve_discount(
                    customer,
                    self.unit.id,
                    discount,
                    approver=self._user,
                    requested_by=self.deal.consultant_id if self.deal else None,
                    note=self.approval_note_edit.text(),
                ),
            )
            if not ok:
                return
            self._approved = max(self._approved, discount)
            self.update_discount()
        set_error(self.error_label, "")
        try:
            deal = self._services.deals.subscribe(
                customer,
                self.unit.id,
                actor=self._user,
                deposit=_money(self.deposit_spin.value()),
                agreed_price=_money(self.agreed_price_spin.value()),
                deposit_date=to_date(self.deposit_date_edit.date()),
                payment_method=self.payment_combo.currentData(),
                personalised_changes=self.changes_edit.text(),
                resident_id=self.resident_id_edit.text(),
                consent_resident_id=self.consent_id_check.isChecked(),
            )
        except PurchaseNoticeRequiredError as exc:
            self.notice_label.setText(str(exc))
            self.notice_button.setVisible(True)
            self.notice_box.setVisible(True)
            grow_to_fit(self)
            return
        except DiscountApprovalRequiredError as exc:
            _inline_error(self, str(exc))
            self._load_approvals()
            self.update_discount()
            self.approval_box.setVisible(True)
            return
        except DomainError as exc:
            _inline_error(self, str(exc))
            grow_to_fit(self)
            return
        except Exception as exc:
            show_error(self, exc, self.tr("认购"))
            return
        self.completed.emit(deal)
        self.accept()


class ContractDialog(ContractDialogView):
    completed = Signal(object)  # DealInfo

    def __init__(
        self, services: Services, user: UserInfo, deal: DealInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.deal = deal
        self.subject_label.setText(
            self.tr("{customer} · {unit}，成交价 {price}，定金 {deposit}").format(
                customer=deal.customer_name,
                unit=deal.unit_label,
                price=yuan(deal.agreed_price),
                deposit=yuan(deal.deposit),
            )
        )
        _fill_payment_combo(
            self.payment_combo,
            deal.payment_method or PaymentMethod.COMMERCIAL_LOAN.value,
            optional=False,
        )
        for code in LOAN_STATUS_CODES:
            self.loan_combo.addItem(loan_status_label(code), code)
        self.payment_combo.currentIndexChanged.connect(self._payment_changed)
        self._payment_changed()
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    def _payment_changed(self) -> None:
        loan = self.payment_combo.currentData() != PaymentMethod.FULL
        self.form.setRowVisible(self.loan_combo, loan)

    def submit(self) -> None:
        method = str(self.payment_combo.currentData())
        ok, deal = _attempt(
            self,
            self.error_label,
            self.tr("签约"),
            lambda: self._services.deals.contract(
                self.deal.id,
                actor=self._user,
                contract_no=self.contract_no_edit.text(),
                payment_method=method,
                loan_status=self.loan_combo.currentData() if method != PaymentMethod.FULL else None,
            ),
        )
        if ok:
            self.completed.emit(deal)
            self.accept()


class CancelDialog(CancelDialogView):
    completed = Signal(object)  # DealInfo

    def __init__(
        self, services: Services, user: UserInfo, deal: DealInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.deal = deal
        held = deal.status == DealStatus.HELD
        if held:
            self.setWindowTitle(self.tr("取消保留 — 售楼接待台"))
            self.title_label.setText(self.tr("取消保留"))
            self.ok_button.setText(self.tr("取消保留"))
            self.cancel_button.setText(self.tr("返回"))
        self.subject_label.setText(
            self.tr("{customer} · {unit}（{status}）").format(
                customer=deal.customer_name, unit=deal.unit_label, status=self._status_text()
            )
        )
        self.reason_combo.addItems(
            [
                self.tr("客户资金安排变化"),
                self.tr("客户改选其他房源"),
                self.tr("贷款未获批准"),
                self.tr("客户家庭意见不一致"),
            ]
        )
        self.reason_combo.setCurrentIndex(-1)
        edit = self.reason_combo.lineEdit()
        assert edit is not None  # the combo is editable
        edit.setPlaceholderText(self.tr("请选择或填写原因"))
        if held:
            effect = self.tr("取消保留后，房源立即恢复为可售。")
        elif deal.status == DealStatus.CONTRACTED:
            effect = self.tr(
                "已签约的交易解约只能由销售经理办理。解约后房源恢复为可售，客户阶段随之调整。"
            )
        else:
            effect = self.tr(
                "退订后房源立即恢复为可售，客户阶段随之调整。定金退还按认购书约定另行办理。"
            )
        self.effect_label.setText(effect)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    def _status_text(self) -> str:
        from app.ui.sales_labels import deal_status_label

        return deal_status_label(self.deal.status)

    def reason(self) -> str:
        reason = self.reason_combo.currentText().strip()
        detail = self.detail_edit.toPlainText().strip()
        if reason and detail:
            return self.tr("{reason}：{detail}").format(reason=reason, detail=detail)
        return reason or detail

    def submit(self) -> None:
        if not self.reason():
            _inline_error(self, self.tr("请填写退订原因。"))
            return
        ok, deal = _attempt(
            self,
            self.error_label,
            self.tr("退订"),
            lambda: self._services.deals.cancel(self.deal.id, self.reason(), actor=self._user),
        )
        if ok:
            self.completed.emit(deal)
            self.accept()


class ScheduleDeliveryDialog(ScheduleDeliveryDialogView):
    completed = Signal(object)  # DealInfo

    def __init__(
        self, services: Services, user: UserInfo, deal: DealInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.deal = deal
        self.subject_label.setText(
            self.tr("{customer} · {unit}").format(customer=deal.customer_name, unit=deal.unit_label)
        )
        start = deal.delivery_date or services.clock.now().date() + dt.timedelta(days=10)
        self.date_edit.setDate(to_qdate(start))
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)

    def submit(self) -> None:
        ok, deal = _attempt(
            self,
            self.error_label,
            self.tr("安排交付日期"),
            lambda: self._services.deals.schedule_delivery(
                self.deal.id, to_date(self.date_edit.date()), actor=self._user
            ),
        )
        if ok:
            self.completed.emit(deal)
            self.accept()


class HandoverDialog(HandoverDialogView):
    """交付验收 / 钥匙交接: meters, keys, the checklist by room, and 面积补差 live."""

    completed = Signal(object)  # HandoverInfo

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        deal: DealInfo,
        unit: UnitInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.deal = deal
        self.unit = unit
        self.contracted_area = unit.building_area
        self.unit_price = contract_unit_price(
            deal.agreed_price or deal.list_price, self.contracted_area
        )
        self.subject_label.setText(
            self.tr("{customer} · {unit}，合同编号 {contract}").format(
                customer=deal.customer_name, unit=deal.unit_label, contract=deal.contract_no or "—"
            )
        )
        today = services.clock.now().date()
        self.date_edit.setDate(to_qdate(today))
        self.date_edit.setMaximumDate(to_qdate(today))
        self.contracted_area_label.setText(
            self.tr("{area}（合同单价 {price}/m²）").format(
                area=area(self.contracted_area), price=yuan(self.unit_price, cents=True)
            )
        )
        self.measured_area_spin.setValue(float(self.contracted_area))

        self.key_spins: dict[str, QSpinBox] = {}
        for kind in DEFAULT_KEY_KINDS:
            spin = QSpinBox()
            spin.setRange(0, 99)
            spin.setValue(DEFAULT_KEY_COUNTS.get(kind, 1))
            spin.setMinimumWidth(64)
            self.key_spins[kind] = spin
            self.keys_form.addRow(kind, spin)
        self.keys_form.addRow(self.other_key_row)

        for room in INSPECTION_ROOMS:
            for item in INSPECTION_ITEMS:
                self.add_inspection_row(room, item)

        self.measured_area_spin.valueChanged.connect(self.update_adjustment)
        self.inspection_table.itemChanged.connect(self._inspection_changed)
        self.add_item_button.clicked.connect(lambda: self.add_inspection_row("", "", edit=True))
        self.remove_item_button.clicked.connect(self.remove_selected_rows)
        self.ok_button.clicked.connect(self.submit)
        self.cancel_button.clicked.connect(self.reject)
        self.update_adjustment()
        self._inspection_changed()

    # -- 面积补差 -------------------------------------------------------------------------

    def measured_area(self) -> Decimal:
        return _money(self.measured_area_spin.value())

    def adjustment(self) -> Decimal:
        return area_adjustment(self.contracted_area, self.measured_area(), self.unit_price)

    def update_adjustment(self) -> None:
        measured = self.measured_area()
        diff = measured - self.contracted_area
        amount = self.adjustment()
        ratio = percent(abs(diff), self.contracted_area) or "0%"
        sign = "+" if diff > 0 else ("-" if diff < 0 else "±")
        lines = [
            self.tr("面积差 {sign}{diff} m²（误差比 {sign}{ratio}）").format(
                sign=sign, diff=f"{abs(diff):.2f}", ratio=ratio
            )
        ]
        if amount > 0:
            lines.append(
                self.tr("面积补差：业主补缴 {amount}").format(amount=yuan(amount, cents=True))
            )
        elif amount < 0:
            lines.append(
                self.tr("面积补差：退还业主 {amount}").format(amount=yuan(-amount, cents=True))
            )
        else:
            lines.append(self.tr("面积补差：无"))
        colour = ""
        if (
            self.contracted_area
            and abs(diff) * 100 / self.contracted_area > AREA_ERROR_LIMIT_PERCENT
        ):
            lines.append(
                self.tr("面积误差比超过 {limit}%：按合同约定处理，业主有权退房。").format(
                    limit=AREA_ERROR_LIMIT_PERCENT
                )
            )
            colour = WARNING_COLOUR
        self.adjustment_label.setText("\n".join(lines))
        self.adjustment_label.setStyleSheet(
            f"font-weight: bold; color: {colour};" if colour else "font-weight: bold;"
        )

    # -- checklist ------------------------------------------------------------------------

    def add_inspection_row(self, room: str, item: str, *, edit: bool = False) -> int:
        table = self.inspection_table
        row = table.rowCount()
        table.blockSignals(True)
        table.insertRow(row)
        table.setItem(row, self.ROOM, QTableWidgetItem(room))
        table.setItem(row, self.ITEM, QTableWidgetItem(item))
        check = QTableWidgetItem(self.tr("合格"))
        check.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        check.setCheckState(Qt.CheckState.Checked)
        table.setItem(row, self.PASSED, check)
        table.setItem(row, self.ISSUE, QTableWidgetItem(""))
        table.blockSignals(False)
        if edit:
            table.setCurrentCell(row, self.ROOM)
            table.editItem(self._cell(row, self.ROOM))
        self._inspection_changed()
        return row

    def remove_selected_rows(self) -> None:
        rows = sorted(
            {index.row() for index in self.inspection_table.selectedIndexes()}, reverse=True
        )
        for row in rows:
            self.inspection_table.removeRow(row)
        self._inspection_changed()

    def set_issue(self, row: int, text: str) -> None:
        """Mark checklist row ``row`` as failed with ``text`` (what the inspector types)."""
        self._cell(row, self.PASSED).setCheckState(Qt.CheckState.Unchecked)
        self._cell(row, self.ISSUE).setText(text)

    def _cell(self, row: int, column: int) -> QTableWidgetItem:
        item = self.inspection_table.item(row, column)
        assert item is not None  # every cell gets an item in add_inspection_row
        return item

    def inspection(self) -> list[InspectionInput]:
        out = []
        table = self.inspection_table
        for row in range(table.rowCount()):
            room = self._cell(row, self.ROOM).text().strip()
            item = self._cell(row, self.ITEM).text().strip()
            passed = self._cell(row, self.PASSED).checkState() == Qt.CheckState.Checked
            issue = self._cell(row, self.ISSUE).text().strip()
            if not room and not item and passed and not issue:
                continue  # an added row left empty
            out.append(InspectionInput(room, item, passed, "" if passed else issue))
        return out

    def _inspection_changed(self, *_args: object) -> None:
        table = self.inspection_table
        failed = 0
        for row in range(table.rowCount()):
            check = table.item(row, self.PASSED)
            if check is not None and check.checkState() != Qt.CheckState.Checked:
                failed += 1
        total = table.rowCount()
        self.issues_label.setText(
            self.tr("共 {total} 项，不合格 {failed} 项。").format(total=total, failed=failed)
        )

    def keys(self) -> list[tuple[str, int]]:
        keys = [(kind, spin.value()) for kind, spin in self.key_spins.items()]
        other = self.other_key_edit.text().strip()
        if other and self.other_key_spin.value() > 0:
            keys.append((other, self.other_key_spin.value()))
        return keys

    def handover_input(self) -> HandoverInput:
        return HandoverInput(
            handover_date=to_date(self.date_edit.date()),
            measured_area=self.measured_area(),
            water_reading=self.water_edit.text(),
            electricity_reading=self.electricity_edit.text(),
            gas_reading=self.gas_edit.text(),
            keys=tuple(self.keys()),
            inspection=tuple(self.inspection()),
        )

    def submit(self) -> None:
        if self.measured_area_spin.value() <= 0:
            _inline_error(self, self.tr("请填写实测建筑面积。"))
            return
        for item in self.inspection():
            if not item.passed and not item.issue_text:
                _inline_error(
                    self,
                    self.tr("请填写“{room} {item}”的问题描述。").format(
                        room=item.room, item=item.item
                    ),
                )
                return
        ok, info = _attempt(
            self,
            self.error_label,
            self.tr("交付"),
            lambda: self._services.deals.deliver(
                self.deal.id, self.handover_input(), actor=self._user
            ),
        )
        if ok:
            self.completed.emit(info)
            self.accept()


class ImportReportDialog(ImportReportDialogView):
    """What an import of a unit list did, every refused row with its reason."""

    def __init__(
        self, services: Services, report: UnitImportReport, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.report = report
        self.model = ImportRejectionTableModel(self)
        self.model.set_rows(report.rejected)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.resizeSection(ImportRejectionTableModel.ROW_NO, 60)
        header.resizeSection(ImportRejectionTableModel.REASON, 380)
        for column in range(ImportRejectionTableModel.FIRST_VALUE, self.model.columnCount()):
            header.resizeSection(column, 80)
        self.table.resizeRowsToContents()
        lines = [
            self.tr(
                "共 {total} 行：新增 {created} 套，更新 {updated} 套，未导入 {rejected} 行。"
            ).format(
                total=report.total_rows,
                created=report.created,
                updated=report.updated,
                rejected=len(report.rejected),
            )
        ]
        if report.buildings_created:
            lines.append(
                self.tr("新建楼栋：{names}").format(
                    names=self.tr("、").join(report.buildings_created)
                )
            )
        if report.dry_run:
            lines.append(self.tr("这是试导入，没有保存任何房源。"))
        self.summary_label.setText("\n".join(lines))
        rejected = bool(report.rejected)
        self.rejected_label.setText(
            self.tr("以下各行没有导入，请按原因修改后重新导入：")
            if rejected
            else self.tr("所有行都已导入。")
        )
        self.table.setVisible(rejected)
        self.save_button.setVisible(rejected)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button.clicked.connect(self.accept)

    def _save_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("保存未导入的行"),
            str(Path(folder) / self.tr("未导入的房源.xlsx")),
            self.tr("Excel 文件 (*.xlsx)"),
        )
        if chosen:
            path = Path(chosen)
            self.save_rejections(
                path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")
            )

    def save_rejections(self, path: Path) -> bool:
        set_error(self.error_label, "")
        try:
            self._services.units.write_rejections_xlsx(self.report, path)
        except OSError as exc:
            _inline_error(
                self,
                self.tr("无法保存到 {path}：{reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self.status_label.setText(self.tr("已保存到 {path}").format(path=path))
        self.status_label.setVisible(True)
        return True


class DiscountApprovalsDialog(DiscountApprovalsDialogView):
    """The manager decides the pending discount requests (approver and time recorded)."""

    decided = Signal(object)  # DiscountApprovalInfo

    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.model = DiscountApprovalTableModel(self)
        self.table.setModel(self.model)
        self.table.horizontalHeader().resizeSection(DiscountApprovalTableModel.UNIT, 190)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.approve_button.clicked.connect(lambda: self.decide(True))
        self.reject_button.clicked.connect(lambda: self.decide(False))
        self.close_button.clicked.connect(self.accept)
        self.reload()

    def reload(self) -> None:
        pending = self._services.deals.discount_approvals(pending_only=True)
        names = {u.id: u.display_name or u.username for u in self._services.auth.list_users()}
        customers: dict[int, str] = {}
        ids = sorted({a.customer_id for a in pending})
        if ids:
            try:
                for row in self._services.customer_query.rows_by_ids(self._user, ids):
                    customers[row.id] = row.name
            except DomainError:
                customers = {}
        rows = []
        units: dict[int, UnitInfo] = {}
        for a in pending:
            if a.unit_id not in units:
                units[a.unit_id] = self._services.units.get_unit(a.unit_id)
            unit = units[a.unit_id]
            rows.append(
                ApprovalRow(
                    approval=a,
                    customer_name=customers.get(a.customer_id, f"#{a.customer_id}"),
                    unit_label=unit.label,
                    list_price=unit.list_price,
                    requested_by_name=names.get(a.requested_by, ""),
                )
            )
        self.model.set_rows(rows)
        self.empty_label.setVisible(not rows)
        if rows:
            self.table.selectRow(0)
        self._selection_changed()

    def selected(self) -> ApprovalRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        chosen = self.selected() is not None
        self.approve_button.setEnabled(chosen)
        self.reject_button.setEnabled(chosen)

    def decide(self, approve: bool) -> None:
        row = self.selected()
        if row is None:
            return
        ok, info = _attempt(
            self,
            self.error_label,
            self.tr("审批优惠"),
            lambda: self._services.deals.decide_discount(
                row.approval.id, approver=self._user, approve=approve, note=self.note_edit.text()
            ),
        )
        if ok:
            self.note_edit.clear()
            self.decided.emit(info)
            self.reload()


class BatchProgressDialog(TaskProgressDialog):
    """The progress of a batch that the user may stop between two documents."""

    cancel_requested = Signal()

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.cancel_button = QPushButton(self.tr("停止"))
        self.cancel_button.setAutoDefault(False)
        self.cancel_button.clicked.connect(self.request_cancel)
        layout = self.layout()
        assert layout is not None
        layout.addWidget(self.cancel_button, 0, Qt.AlignmentFlag.AlignRight)  # type: ignore[call-arg]
        self.stop_event = threading.Event()

    def request_cancel(self) -> None:
        if self.stop_event.is_set():
            return
        self.stop_event.set()
        self.cancel_button.setEnabled(False)
        self.label.setText(self.tr("正在停止：当前这份打印完后停止……"))
        self.cancel_requested.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.request_cancel()
            return
        super().keyPressEvent(event)

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            self.request_cancel()
        super().closeEvent(event)


# ------------------------------------------------------------------------ the controller


class DealActions(QObject):
    """Runs the deal steps for a page: opens the dialog, issues forms, previews them.

    ``changed`` after a deal or unit changed; ``documents_changed`` after a form was
    issued; ``message``/``error`` for the page's status line (expected failures).
    ``dialog`` is the step's dialog while it is open, ``preview`` the last preview.
    """

    changed = Signal(object)  # the DealInfo (or HandoverInfo) the step returned
    documents_changed = Signal(object)  # IssuedDocumentInfo
    message = Signal(str)
    error = Signal(str)

    def __init__(self, services: Services, user: UserInfo, widget: QWidget) -> None:
        super().__init__(widget)
        self._services = services
        self._user = user
        self._widget = widget
        self.dialog: QDialog | None = None
        self.preview: PdfPreviewDialog | None = None
        self._task: PdfTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None

    def _open(self, dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished.connect(lambda _code, d=dialog: self._closed(d))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _changed(self, what: object, text: str) -> None:
        self.message.emit(text)
        self.changed.emit(what)

    # -- steps ----------------------------------------------------------------------------

    def hold(self, unit: UnitInfo) -> HoldDialog:
        dialog = HoldDialog(self._services, self._user, unit, self._widget)
        dialog.completed.connect(
            lambda deal: self._changed(
                deal,
                self.tr("已为 {customer} 保留 {unit}，保留至 {time}。").format(
                    customer=deal.customer_name,
                    unit=deal.unit_label,
                    time=when(deal.hold_expires_at),
                ),
            )
        )
        self._open(dialog)
        return dialog

    def print_notice(self, unit: UnitInfo, deal: DealInfo | None) -> QDialog | None:
        """The purchase notice for the deal's customer, or for a customer chosen now."""
        if deal is not None:
            self.issue_notice(deal.customer_id, unit.id)
            return None
        dialog = ChooseCustomerDialog(self._services, self._user, unit, self._widget)
        dialog.chosen.connect(lambda customer: self.issue_notice(customer, unit.id))
        self._open(dialog)
        return dialog

    def subscribe(self, unit: UnitInfo, deal: DealInfo | None) -> SubscribeDialog:
        dialog = SubscribeDialog(self._services, self._user, unit, deal, self._widget)
        dialog.completed.connect(
            lambda d: self._changed(
                d,
                self.tr("{customer} 已认购 {unit}，成交价 {price}。").format(
                    customer=d.customer_name, unit=d.unit_label, price=yuan(d.agreed_price)
                ),
            )
        )
        dialog.notice_requested.connect(
            lambda customer, unit_id: self.issue_notice(customer, unit_id, for_dialog=dialog)
        )
        self._open(dialog)
        return dialog

    def contract(self, deal: DealInfo) -> ContractDialog:
        dialog = ContractDialog(self._services, self._user, deal, self._widget)
        dialog.completed.connect(
            lambda d: self._changed(
                d,
                self.tr("{unit} 已签约，合同编号 {number}。").format(
                    unit=d.unit_label, number=d.contract_no
                ),
            )
        )
        self._open(dialog)
        return dialog

    def cancel(self, deal: DealInfo) -> CancelDialog:
        dialog = CancelDialog(self._services, self._user, deal, self._widget)
        dialog.completed.connect(
            lambda d: self._changed(
                d, self.tr("{unit} 已退订，房源恢复为可售。").format(unit=d.unit_label)
            )
        )
        self._open(dialog)
        return dialog

    def schedule_delivery(self, deal: DealInfo) -> ScheduleDeliveryDialog:
        dialog = ScheduleDeliveryDialog(self._services, self._user, deal, self._widget)
        dialog.completed.connect(
            lambda d: self._changed(
                d,
                self.tr("{unit} 的交付日期定为 {day}。").format(
                    unit=d.unit_label, day=day(d.delivery_date)
                ),
            )
        )
        self._open(dialog)
        return dialog

    def handover(self, deal: DealInfo) -> HandoverDialog:
        unit = self._services.units.get_unit(deal.unit_id)
        dialog = HandoverDialog(self._services, self._user, deal, unit, self._widget)
        dialog.completed.connect(lambda info: self._handed_over(deal, info))
        self._open(dialog)
        return dialog

    def _handed_over(self, deal: DealInfo, info: HandoverInfo) -> None:
        repairs = len(info.repairs)
        text = self.tr("{unit} 已交付。").format(unit=deal.unit_label)
        if repairs:
            text += self.tr("验收发现 {n} 个问题，已生成维修单。").format(n=repairs)
        self._changed(info, text)
        # The customer signs the handover form on the spot: print it now.
        self.handover_form(deal)

    def delivery_notice(self, deal: DealInfo) -> None:
        self._issue(
            lambda: self._services.documents.issue_delivery_notice(deal.id, actor=self._user)
        )

    def handover_form(self, deal: DealInfo) -> None:
        self._issue(lambda: self._services.documents.issue_handover_form(deal.id, actor=self._user))

    def issue_notice(
        self, customer_id: int, unit_id: int, *, for_dialog: SubscribeDialog | None = None
    ) -> None:
        def done(info: IssuedDocumentInfo) -> None:
            if for_dialog is not None and self.dialog is for_dialog:
                for_dialog.notice_issued(info)

        def failed() -> None:
            if for_dialog is not None and self.dialog is for_dialog:
                for_dialog.notice_failed()

        self._issue(
            lambda: self._services.documents.issue_purchase_notice(
                customer_id, unit_id, actor=self._user
            ),
            after=done,
            on_failure=failed,
            dialog=for_dialog,
        )

    def reprint(self, document: IssuedDocumentInfo) -> None:
        self._issue(lambda: self._services.documents.reprint(document.id, actor=self._user))

    # -- issuing and previewing -----------------------------------------------------------

    def _issue(
        self,
        work: Callable[[], IssuedDocumentInfo],
        *,
        after: Callable[[IssuedDocumentInfo], None] | None = None,
        on_failure: Callable[[], None] | None = None,
        dialog: QDialog | None = None,
    ) -> bool:
        if self._task is not None:
            self.error.emit(self.tr("上一份单据还在生成，请稍候。"))
            if on_failure is not None:
                on_failure()
            return False
        self.message.emit(self.tr("正在生成单据……"))

        def done(info: IssuedDocumentInfo, font: FontChoice) -> None:
            self._task = None
            self.message.emit(
                self.tr("已打印{title} {number}，已归档。").format(
                    title=document_kind_label(info.kind), number=info.doc_no
                )
            )
            self.documents_changed.emit(info)
            if after is not None:
                after(info)
            owner = dialog if dialog is not None and self.dialog is dialog else self._widget
            self.show_document(info, font=font, parent=owner)

        def failed(exc: BaseException) -> None:
            self._task = None
            if on_failure is not None:
                on_failure()
            if isinstance(exc, DomainError):
                target = dialog if dialog is not None and self.dialog is dialog else None
                if target is not None and hasattr(target, "error_label"):
                    set_error(target.error_label, str(exc))  # type: ignore[attr-defined]
                else:
                    self.error.emit(str(exc))
            else:
                show_error(self._widget, exc, self.tr("打印单据"))

        self._task = PdfTask(self._services, work, done, failed, self).start()
        return True

    def show_document(
        self,
        info: IssuedDocumentInfo,
        *,
        font: FontChoice | None = None,
        parent: QWidget | None = None,
    ) -> PdfPreviewDialog:
        """Preview an archived form (its file in the archive)."""
        title = document_kind_label(info.kind)
        if info.reprint_of_doc_no:
            title = self.tr("{title}（补打，原单号 {number}）").format(
                title=title, number=info.reprint_of_doc_no
            )
        return self.show_pdf(
            Path(info.file_path),
            title,
            number=info.doc_no,
            suggested_name=f"{info.doc_no}.pdf",
            font=font,
            parent=parent,
        )

    def show_pdf(
        self,
        pdf: bytes | Path,
        title: str,
        *,
        number: str = "",
        suggested_name: str = "",
        font: FontChoice | None = None,
        parent: QWidget | None = None,
    ) -> PdfPreviewDialog:
        preview = PdfPreviewDialog(
            pdf,
            title,
            number=number,
            suggested_name=suggested_name,
            font=font,
            parent=parent or self._widget,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _obj=None, p=preview: self._preview_gone(p))
        self.preview = preview
        preview.show()
        return preview

    def _preview_gone(self, preview: PdfPreviewDialog) -> None:
        if self.preview is preview:
            self.preview = None


__all__ = [
    "BatchProgressDialog",
    "CancelDialog",
    "ChooseCustomerDialog",
    "ContractDialog",
    "DealActions",
    "DiscountApprovalsDialog",
    "HandoverDialog",
    "HoldDialog",
    "ImportReportDialog",
    "ScheduleDeliveryDialog",
    "SubscribeDialog",
    "can_cancel",
    "can_deliver",
    "can_print_delivery",
    "can_sell",
]
