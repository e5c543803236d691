"""Layouts of the deal dialogs: hold, subscribe, contract, cancel, handover, delivery date,
the unit-import report, discount approvals, and the customer search they share."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDoubleSpinBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableView,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui import widgets
from app.ui.widgets import error_label, hint_label, title_label

MONEY_MAX = 999_999_999.0
AREA_MAX = 10_000.0


#: Amounts and areas are typed, not stepped: no arrows, as tall as a line edit. (A
#: stylesheet on a spin box hides its text under the application's QLineEdit padding.)
def _number(spin: QDoubleSpinBox) -> QDoubleSpinBox:
    spin.setButtonSymbols(QDoubleSpinBox.ButtonSymbols.NoButtons)
    spin.setAlignment(Qt.AlignmentFlag.AlignRight)
    spin.setMinimumHeight(QLineEdit().sizeHint().height())
    return spin


def money_spin() -> QDoubleSpinBox:
    """An amount in yuan: ``¥ 3,214,000.00``."""
    spin = QDoubleSpinBox()
    spin.setRange(0.0, MONEY_MAX)
    spin.setDecimals(2)
    spin.setSingleStep(1000.0)
    spin.setGroupSeparatorShown(True)
    spin.setPrefix("¥ ")
    spin.setMinimumWidth(200)
    return _number(spin)


def area_spin() -> QDoubleSpinBox:
    spin = QDoubleSpinBox()
    spin.setRange(0.0, AREA_MAX)
    spin.setDecimals(2)
    spin.setSingleStep(0.01)
    spin.setSuffix(" m²")
    spin.setMinimumWidth(160)
    return _number(spin)


def date_edit() -> QDateEdit:
    edit = widgets.date_edit()
    edit.setMinimumWidth(140)
    return edit


def _button_row(*buttons: QPushButton, left: QPushButton | None = None) -> QHBoxLayout:
    row = QHBoxLayout()
    if left is not None:
        row.addWidget(left)
    row.addStretch(1)
    for button in buttons:
        row.addWidget(button)
    return row


def _list_table(view: QTableView) -> None:
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.verticalHeader().setVisible(False)
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setHighlightSections(False)


class _ActionDialogView(QDialog):
    """Title, the unit it is about, a body, an inline error, cancel/OK buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("{title} — 售楼接待台").format(title=title))
        self.title_label = title_label(title, "dialogTitle", 1.25)
        self.subject_label = QLabel()
        self.subject_label.setObjectName("dialogSubject")
        self.subject_label.setWordWrap(True)
        self.error_label = error_label()
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.body = QVBoxLayout()
        self.body.setSpacing(12)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.subject_label)
        layout.addLayout(self.body, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(_button_row(self.cancel_button, self.ok_button))


class CustomerPickerView(QWidget):
    """Find a customer by phone (3+ digits), name or pinyin initials."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("customerSearch")
        self.search_edit.setPlaceholderText(self.tr("输入手机号（至少 3 位）、姓名或拼音首字母"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_button = QPushButton(self.tr("查找"))
        self.search_button.setAutoDefault(False)
        self.results = QTableView()
        self.results.setObjectName("customerResults")
        _list_table(self.results)
        self.results.setMinimumHeight(170)
        self.result_label = hint_label()
        row = QHBoxLayout()
        row.addWidget(self.search_edit, 1)
        row.addWidget(self.search_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(row)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.result_label)


class ChooseCustomerDialogView(_ActionDialogView):
    """Pick a customer (e.g. whom to print a purchase notice for)."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, ok_text, parent)
        self.resize(620, 480)
        self.picker = CustomerPickerView()
        self.body.addWidget(self.picker, 1)


class HoldDialogView(_ActionDialogView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("保留房源"), self.tr("保留"), parent)
        self.resize(640, 620)
        self.picker = CustomerPickerView()
        self.agreed_price_spin = money_spin()
        self.payment_combo = QComboBox()
        self.changes_edit = QLineEdit()
        self.changes_edit.setPlaceholderText(self.tr("如：赠送车位使用权一年（可不填）"))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("拟成交价"), self.agreed_price_spin)
        form.addRow(self.tr("付款方式"), self.payment_combo)
        form.addRow(self.tr("个性化变更"), self.changes_edit)
        self.expiry_hint = hint_label()
        self.body.addWidget(QLabel(self.tr("为哪位客户保留")))
        self.body.addWidget(self.picker, 1)
        self.body.addLayout(form)
        self.body.addWidget(self.expiry_hint)


class SubscribeDialogView(_ActionDialogView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("认购"), self.tr("认购"), parent)
        self.resize(680, 760)
        self.picker = CustomerPickerView()
        self.customer_label = QLabel()
        self.customer_label.setWordWrap(True)
        self.customer_box = QGroupBox(self.tr("客户"))
        customer_layout = QVBoxLayout(self.customer_box)
        customer_layout.addWidget(self.customer_label)
        customer_layout.addWidget(self.picker, 1)

        self.list_price_label = QLabel()
        self.agreed_price_spin = money_spin()
        self.discount_label = QLabel()
        self.discount_label.setObjectName("discountLabel")
        self.discount_label.setWordWrap(True)
        self.deposit_spin = money_spin()
        self.deposit_date_edit = date_edit()
        self.payment_combo = QComboBox()
        self.changes_edit = QLineEdit()
        self.changes_edit.setPlaceholderText(self.tr("可不填"))
        # The resident ID is first asked for here, at subscription (not at reception).
        self.resident_id_edit = QLineEdit()
        self.resident_id_edit.setObjectName("subscribeResidentId")
        self.resident_id_edit.setMaxLength(18)
        self.resident_id_edit.setPlaceholderText(self.tr("18 位；不填则保留档案中已登记的"))
        self.consent_id_check = QCheckBox(self.tr("客户同意登记身份证号（用于认购书和合同）"))
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("表价"), self.list_price_label)
        form.addRow(self.tr("成交价"), self.agreed_price_spin)
        form.addRow("", self.discount_label)
        form.addRow(self.tr("定金"), self.deposit_spin)
        form.addRow(self.tr("定金日期"), self.deposit_date_edit)
        form.addRow(self.tr("付款方式"), self.payment_combo)
        form.addRow(self.tr("个性化变更"), self.changes_edit)
        form.addRow(self.tr("身份证号"), self.resident_id_edit)
        form.addRow("", self.consent_id_check)

        # A discount beyond the limit: the manager approves here, or it is requested.
        self.approval_box = QGroupBox(self.tr("房价优惠审批"))
        self.approval_label = QLabel()
        self.approval_label.setWordWrap(True)
        self.approve_check = QCheckBox(self.tr("由我（销售经理）现场审批此优惠"))
        self.approval_note_edit = QLineEdit()
        self.approval_note_edit.setPlaceholderText(self.tr("优惠原因，如：老带新客户"))
        self.request_button = QPushButton(self.tr("申请经理审批"))
        self.request_button.setAutoDefault(False)
        approval_layout = QVBoxLayout(self.approval_box)
        approval_layout.setSpacing(8)
        approval_layout.addWidget(self.approval_label)
        approval_layout.addWidget(self.approval_note_edit)
        approval_row = QHBoxLayout()
        approval_row.addWidget(self.approve_check)
        approval_row.addStretch(1)
        approval_row.addWidget(self.request_button)
        approval_layout.addLayout(approval_row)

        # The purchase notice has not been issued yet.
        self.notice_box = QFrame()
        self.notice_box.setObjectName("noticeRequired")
        self.notice_box.setFrameShape(QFrame.Shape.StyledPanel)
        self.notice_label = QLabel()
        self.notice_label.setWordWrap(True)
        self.notice_button = QPushButton(self.tr("先打印购房告知书"))
        self.notice_button.setAutoDefault(False)
        notice_layout = QHBoxLayout(self.notice_box)
        notice_layout.addWidget(self.notice_label, 1)
        notice_layout.addWidget(self.notice_button, 0, Qt.AlignmentFlag.AlignTop)
        self.notice_box.setVisible(False)

        self.body.addWidget(self.customer_box, 1)
        self.body.addLayout(form)
        self.body.addWidget(self.approval_box)
        self.body.addWidget(self.notice_box)
        self.body.addStretch(0)

    def fix_customer(self) -> None:
        """The customer is known (a held unit): no search, the form takes the space."""
        self.picker.setVisible(False)
        self.body.setStretchFactor(self.customer_box, 0)
        self.body.setStretch(self.body.count() - 1, 1)
        self.resize(self.width(), 560)


class ContractDialogView(_ActionDialogView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("签约"), self.tr("签约"), parent)
        self.resize(520, 320)
        self.contract_no_edit = QLineEdit()
        self.contract_no_edit.setPlaceholderText(self.tr("《商品房买卖合同》编号"))
        self.payment_combo = QComboBox()
        self.loan_combo = QComboBox()
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.form.addRow(self.tr("合同编号"), self.contract_no_edit)
        self.form.addRow(self.tr("付款方式"), self.payment_combo)
        self.form.addRow(self.tr("贷款状态"), self.loan_combo)
        self.body.addLayout(self.form)
        self.body.addStretch(1)


class CancelDialogView(_ActionDialogView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("退订"), self.tr("确认退订"), parent)
        self.resize(560, 360)
        self.reason_combo = QComboBox()
        self.reason_combo.setEditable(True)
        self.reason_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.detail_edit = QPlainTextEdit()
        self.detail_edit.setPlaceholderText(self.tr("补充说明（可不填）"))
        self.detail_edit.setMaximumHeight(90)
        self.effect_label = hint_label()
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("退订原因"), self.reason_combo)
        form.addRow(self.tr("说明"), self.detail_edit)
        self.body.addLayout(form)
        self.body.addWidget(self.effect_label)
        self.body.addStretch(1)


class ScheduleDeliveryDialogView(_ActionDialogView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("安排交付日期"), self.tr("保存"), parent)
        self.resize(460, 240)
        self.date_edit = date_edit()
        form = QFormLayout()
        form.addRow(self.tr("交付日期"), self.date_edit)
        self.body.addLayout(form)
        self.body.addWidget(hint_label(self.tr("交付通知书应在交付日期前 10 天送达业主。")))
        self.body.addStretch(1)


class HandoverDialogView(_ActionDialogView):
    ROOM, ITEM, PASSED, ISSUE = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("交付验收 / 钥匙交接"), self.tr("完成交付"), parent)
        self.resize(980, 860)

        self.date_edit = date_edit()
        self.contracted_area_label = QLabel()
        self.measured_area_spin = area_spin()
        self.adjustment_label = QLabel()
        self.adjustment_label.setObjectName("areaAdjustment")
        self.adjustment_label.setWordWrap(True)
        self.adjustment_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        area_box = QGroupBox(self.tr("面积补差"))
        area_form = QFormLayout(area_box)
        area_form.setSpacing(8)
        area_form.addRow(self.tr("交付日期"), self.date_edit)
        area_form.addRow(self.tr("合同建筑面积"), self.contracted_area_label)
        area_form.addRow(self.tr("实测建筑面积"), self.measured_area_spin)
        area_form.addRow(self.adjustment_label)

        self.water_edit = QLineEdit()
        self.electricity_edit = QLineEdit()
        self.gas_edit = QLineEdit()
        for edit in (self.water_edit, self.electricity_edit, self.gas_edit):
            edit.setMinimumWidth(120)
        meters_box = QGroupBox(self.tr("水电气表读数"))
        meters_form = QFormLayout(meters_box)
        meters_form.setSpacing(8)
        meters_form.addRow(self.tr("水表"), self.water_edit)
        meters_form.addRow(self.tr("电表"), self.electricity_edit)
        meters_form.addRow(self.tr("燃气表"), self.gas_edit)

        self.keys_box = QGroupBox(self.tr("钥匙和门卡"))
        self.keys_form = QFormLayout(self.keys_box)
        self.keys_form.setSpacing(8)
        self.other_key_edit = QLineEdit()
        self.other_key_edit.setPlaceholderText(self.tr("其他（名称）"))
        self.other_key_spin = QSpinBox()
        self.other_key_spin.setRange(0, 99)
        self.other_key_spin.setMinimumWidth(64)
        # The page adds the default kinds above; "other" spans both columns below them.
        self.other_key_row = QWidget()
        other_layout = QHBoxLayout(self.other_key_row)
        other_layout.setContentsMargins(0, 0, 0, 0)
        other_layout.addWidget(self.other_key_edit, 1)
        other_layout.addWidget(self.other_key_spin)

        top = QHBoxLayout()
        top.setSpacing(12)
        top.addWidget(area_box, 4)
        top.addWidget(meters_box, 3)
        top.addWidget(self.keys_box, 3)

        self.inspection_table = QTableWidget(0, 4)
        self.inspection_table.setObjectName("inspectionTable")
        self.inspection_table.setHorizontalHeaderLabels(
            [self.tr("房间"), self.tr("项目"), self.tr("合格"), self.tr("问题描述")]
        )
        self.inspection_table.verticalHeader().setVisible(False)
        header = self.inspection_table.horizontalHeader()
        header.setSectionResizeMode(self.ROOM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ITEM, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.PASSED, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(self.ISSUE, QHeaderView.ResizeMode.Stretch)
        self.inspection_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.add_item_button = QPushButton(self.tr("添加检查项"))
        self.add_item_button.setAutoDefault(False)
        self.remove_item_button = QPushButton(self.tr("删除选中项"))
        self.remove_item_button.setAutoDefault(False)
        self.issues_label = hint_label()
        inspection_box = QGroupBox(self.tr("分户验收"))
        inspection_layout = QVBoxLayout(inspection_box)
        inspection_layout.addWidget(
            hint_label(
                self.tr(
                    "不合格的项目请取消“合格”并写明问题；每个问题会生成一张维修单，跟踪到整改完成。"
                )
            )
        )
        inspection_layout.addWidget(self.inspection_table, 1)
        row = QHBoxLayout()
        row.addWidget(self.issues_label, 1)
        row.addWidget(self.add_item_button)
        row.addWidget(self.remove_item_button)
        inspection_layout.addLayout(row)

        self.body.addLayout(top)
        self.body.addWidget(inspection_box, 1)


class ImportReportDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("导入结果 — 售楼接待台"))
        self.resize(980, 560)
        self.title_label = title_label(self.tr("房源导入结果"), "dialogTitle", 1.25)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rejected_label = QLabel()
        self.table = QTableView()
        self.table.setObjectName("rejectedRows")
        _list_table(self.table)
        self.table.setWordWrap(True)
        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()
        self.save_button = QPushButton(self.tr("保存未导入的行…"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setObjectName("primaryButton")
        self.close_button.setDefault(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.rejected_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(_button_row(self.close_button, left=self.save_button))


class DiscountApprovalsDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("房价优惠审批 — 售楼接待台"))
        self.resize(860, 460)
        self.title_label = title_label(self.tr("待审批的房价优惠"), "dialogTitle", 1.25)
        self.table = QTableView()
        self.table.setObjectName("approvals")
        _list_table(self.table)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("审批意见（可不填）"))
        self.empty_label = hint_label(self.tr("没有待审批的优惠申请。"))
        self.error_label = error_label()
        self.reject_button = QPushButton(self.tr("驳回"))
        self.approve_button = QPushButton(self.tr("批准"))
        self.approve_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.note_edit)
        layout.addWidget(self.error_label)
        layout.addLayout(
            _button_row(self.reject_button, self.approve_button, left=self.close_button)
        )
