"""Layout of the customer file (客户档案): header, tabs of fields, family, consent, timeline.

Every editable field sits in a ``FieldWithError`` registered in ``fields`` under the
service's field name (``EDITABLE_FIELDS``), so a ``ValidationError``'s ``field_errors``
land under the right input.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import ConsentPurpose
from app.ui.timeline_widget import TimelineWidget
from app.ui.widgets import FieldWithError, error_label, hint_label, title_label

FORM_SPACING = 8
LABEL_MIN_WIDTH = 84


def _form() -> QFormLayout:
    form = QFormLayout()
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(FORM_SPACING)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    return form


def _combo(editable: bool = False) -> QComboBox:
    combo = QComboBox()
    combo.setEditable(editable)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(8)
    return combo


def _scrolled(content: QWidget) -> QScrollArea:
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(content)
    return area


class ConsentRow(QWidget):
    """One consent: what it covers, whether and when it was given, grant/withdraw."""

    def __init__(self, purpose: ConsentPurpose, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.purpose = purpose
        self.title_label = QLabel(title)
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.state_label = QLabel()
        self.state_label.setObjectName("consentState")
        self.grant_button = QPushButton(self.tr("记录同意"))
        self.withdraw_button = QPushButton(self.tr("撤回同意…"))
        self.error = error_label()
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.state_label)
        text.addWidget(self.error)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addLayout(text, 1)
        layout.addWidget(self.grant_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.withdraw_button, 0, Qt.AlignmentFlag.AlignTop)


class CustomerFileView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("customerFile")
        self.resize(980, 720)
        self.setMinimumSize(820, 560)
        self.setSizeGripEnabled(True)
        self.fields: dict[str, FieldWithError] = {}
        # A disabled input must not look editable.
        self.setStyleSheet(
            "QLineEdit:disabled, QComboBox:disabled, QPlainTextEdit:disabled,"
            " QSpinBox:disabled { background: #f1f3f5; color: #52606d; }"
        )

        # --- header: who, grade, stage, owner; reveal buttons ---------------------------
        self.name_label = title_label("", "dialogTitle", 1.35)
        self.grade_chip = QLabel()
        self.grade_chip.setObjectName("gradeChip")
        self.grade_chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)
        self.stage_label = QLabel()
        self.stage_label.setObjectName("stageChip")
        self.stage_label.setStyleSheet(
            "background: #E8EDF3; color: #323F4B; border-radius: 9px; padding: 1px 10px;"
        )
        self.owner_label = hint_label()
        self.owner_label.setWordWrap(False)
        self.facts_label = hint_label()
        self.reveal_id_button = QPushButton(self.tr("查看身份证号…"))

        title_row = QHBoxLayout()
        title_row.setSpacing(10)
        title_row.addWidget(self.name_label)
        title_row.addWidget(self.grade_chip, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addWidget(self.stage_label, 0, Qt.AlignmentFlag.AlignVCenter)
        title_row.addStretch(1)
        title_row.addWidget(self.reveal_id_button)

        # --- 基本信息 -----------------------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(64)
        self.gender_combo = _combo()
        self.age_band_combo = _combo(editable=True)
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("filePhone")
        self.alt_phone_edit = QLineEdit()
        self.occupation_edit = QLineEdit()
        self.home_district_edit = QLineEdit()
        self.work_district_edit = QLineEdit()
        self.family_structure_combo = _combo(editable=True)
        self.birthday_edit = QLineEdit()
        self.birthday_edit.setPlaceholderText(self.tr("例如 1985-06-01"))
        self.resident_id_edit = QLineEdit()
        self.resident_id_edit.setMaxLength(18)
        self.channel_combo = _combo()
        self.referrer_label = QLabel()
        self.registered_label = hint_label()

        basic = _form()
        self._add(basic, self.tr("姓名"), "name", self.name_edit)
        self._add(basic, self.tr("性别"), "gender", self.gender_combo)
        self._add(basic, self.tr("年龄段"), "age_band", self.age_band_combo)
        self._add(basic, self.tr("手机号"), "phone", self.phone_edit)
        self._add(basic, self.tr("备用电话"), "alt_phone", self.alt_phone_edit)
        self._add(basic, self.tr("生日"), "birthday", self.birthday_edit)
        self._add(basic, self.tr("身份证号"), "resident_id", self.resident_id_edit)
        about = _form()
        self._add(about, self.tr("职业"), "occupation", self.occupation_edit)
        self._add(about, self.tr("居住区域"), "home_district", self.home_district_edit)
        self._add(about, self.tr("工作区域"), "work_district", self.work_district_edit)
        self._add(about, self.tr("家庭结构"), "family_structure", self.family_structure_combo)
        self._add(about, self.tr("来源渠道"), "channel", self.channel_combo)
        about.addRow(self.tr("推荐人"), self.referrer_label)

        self.stage_combo = _combo()
        self.lost_reason_edit = QLineEdit()
        self.next_follow_up_edit = QLineEdit()
        self.next_follow_up_edit.setPlaceholderText(self.tr("例如 2026-03-05"))
        status = _form()
        self._add(status, self.tr("客户阶段"), "stage", self.stage_combo)
        self._add(status, self.tr("流失原因"), "lost_reason", self.lost_reason_edit)
        self._add(status, self.tr("下次跟进"), "next_follow_up_date", self.next_follow_up_edit)
        status.addRow(self.tr("登记"), self.registered_label)

        basic_box = QGroupBox(self.tr("基本信息"))
        basic_box.setLayout(basic)
        about_box = QGroupBox(self.tr("职业与家庭"))
        about_box.setLayout(about)
        status_box = QGroupBox(self.tr("状态与跟进"))
        status_box.setLayout(status)
        basic_page = QWidget()
        grid = QGridLayout(basic_page)
        grid.setContentsMargins(4, 4, 4, 4)
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(6)
        grid.addWidget(basic_box, 0, 0, 2, 1)
        grid.addWidget(about_box, 0, 1)
        grid.addWidget(status_box, 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        grid.setRowStretch(2, 1)

        # --- 购房需求 -----------------------------------------------------------------------
        self.budget_total_edit = QLineEdit()
        self.budget_total_edit.setPlaceholderText(self.tr("万元"))
        self.budget_down_payment_edit = QLineEdit()
        self.budget_down_payment_edit.setPlaceholderText(self.tr("万元"))
        self.wanted_layout_combo = _combo(editable=True)
        self.area_min_edit = QLineEdit()
        self.area_min_edit.setPlaceholderText(self.tr("最小 ㎡"))
        self.area_max_edit = QLineEdit()
        self.area_max_edit.setPlaceholderText(self.tr("最大 ㎡"))
        self.floor_preference_combo = _combo(editable=True)
        self.orientation_combo = _combo(editable=True)
        self.decoration_combo = _combo()
        self.purpose_combo = _combo()
        self.payment_method_combo = _combo()
        self.desired_delivery_combo = _combo(editable=True)
        self.decision_months_spin = QSpinBox()
        self.decision_months_spin.setRange(-1, 120)
        self.decision_months_spin.setSpecialValueText(self.tr("未填"))
        self.decision_months_spin.setSuffix(self.tr(" 个月"))
        self.asked_price_check = QCheckBox(self.tr("已询问价格或房源"))
        self.deposit_intent_check = QCheckBox(self.tr("有交定金意向"))
        self.focus_checks: dict[str, QCheckBox] = {}
        self.focus_box = QWidget()
        focus_layout = QGridLayout(self.focus_box)
        focus_layout.setContentsMargins(0, 0, 0, 0)
        focus_layout.setHorizontalSpacing(12)
        self.focus_layout = focus_layout
        self.objections_edit = QPlainTextEdit()
        self.objections_edit.setTabChangesFocus(True)
        self.objections_edit.setFixedHeight(58)
        self.competing_projects_edit = QLineEdit()
        self.note_edit = QPlainTextEdit()
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(58)

        money = _form()
        self._add(money, self.tr("总价预算（万元）"), "budget_total", self.budget_total_edit)
        self._add(
            money, self.tr("首付预算（万元）"), "budget_down_payment", self.budget_down_payment_edit
        )
        self._add(money, self.tr("付款方式"), "payment_method", self.payment_method_combo)
        self._add(money, self.tr("决策周期"), "decision_months", self.decision_months_spin)
        money.addRow("", self.asked_price_check)
        money.addRow("", self.deposit_intent_check)
        self.fields["asked_price"] = FieldWithError(self.asked_price_check)
        self.fields["deposit_intent"] = FieldWithError(self.deposit_intent_check)

        area_row = QWidget()
        area_layout = QHBoxLayout(area_row)
        area_layout.setContentsMargins(0, 0, 0, 0)
        self.fields["wanted_area_min"] = FieldWithError(self.area_min_edit)
        self.fields["wanted_area_max"] = FieldWithError(self.area_max_edit)
        area_layout.addWidget(self.fields["wanted_area_min"])
        dash = QLabel("–")
        dash.setFixedHeight(self.area_min_edit.sizeHint().height())
        area_layout.addWidget(dash, 0, Qt.AlignmentFlag.AlignTop)
        area_layout.addWidget(self.fields["wanted_area_max"])
        house = _form()
        self._add(house, self.tr("意向户型"), "wanted_layout", self.wanted_layout_combo)
        house.addRow(self.tr("面积（㎡）"), area_row)
        self._add(house, self.tr("楼层偏好"), "floor_preference", self.floor_preference_combo)
        self._add(house, self.tr("朝向"), "orientation", self.orientation_combo)
        self._add(house, self.tr("装修标准"), "decoration", self.decoration_combo)
        self._add(house, self.tr("购房目的"), "purpose", self.purpose_combo)
        self._add(house, self.tr("期望交付"), "desired_delivery", self.desired_delivery_combo)

        more = _form()
        self._add(more, self.tr("关注点"), "focus_points", self.focus_box)
        self._add(more, self.tr("抗性"), "objections", self.objections_edit)
        self._add(more, self.tr("已看竞品"), "competing_projects", self.competing_projects_edit)
        self._add(more, self.tr("备注"), "note", self.note_edit)

        money_box = QGroupBox(self.tr("预算与决策"))
        money_box.setLayout(money)
        house_box = QGroupBox(self.tr("房源需求"))
        house_box.setLayout(house)
        more_box = QGroupBox(self.tr("关注点与抗性"))
        more_box.setLayout(more)
        needs_page = QWidget()
        needs = QGridLayout(needs_page)
        needs.setContentsMargins(4, 4, 4, 4)
        needs.setHorizontalSpacing(14)
        needs.setVerticalSpacing(6)
        needs.addWidget(house_box, 0, 0)
        needs.addWidget(money_box, 0, 1)
        needs.addWidget(more_box, 1, 0, 1, 2)
        needs.setColumnStretch(0, 1)
        needs.setColumnStretch(1, 1)
        needs.setRowStretch(2, 1)

        # --- 家庭成员 -----------------------------------------------------------------------
        self.related_table = QTableWidget(0, 4)
        self.related_table.setObjectName("relatedTable")
        self.related_table.setHorizontalHeaderLabels(
            [self.tr("关系"), self.tr("姓名"), self.tr("手机号"), self.tr("添加时间")]
        )
        self.related_table.verticalHeader().setVisible(False)
        self.related_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.related_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.related_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.related_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.related_hint = hint_label(
            self.tr("家庭成员的手机号也能在前台找到本客户（判客时视为同一客户）。")
        )
        self.related_name_edit = QLineEdit()
        self.related_name_edit.setPlaceholderText(self.tr("姓名（可不填）"))
        self.related_relation_combo = _combo()
        self.related_phone_edit = QLineEdit()
        self.related_phone_edit.setPlaceholderText(self.tr("手机号"))
        self.related_name_field = FieldWithError(self.related_name_edit)
        self.related_relation_field = FieldWithError(self.related_relation_combo)
        self.related_phone_field = FieldWithError(self.related_phone_edit)
        self.add_related_button = QPushButton(self.tr("添加"))
        self.remove_related_button = QPushButton(self.tr("移除选中…"))
        self.related_error = error_label()
        add_row = QHBoxLayout()
        add_row.addWidget(self.related_relation_field)
        add_row.addWidget(self.related_name_field, 1)
        add_row.addWidget(self.related_phone_field, 1)
        add_row.addWidget(self.add_related_button, 0, Qt.AlignmentFlag.AlignTop)
        related_page = QWidget()
        related = QVBoxLayout(related_page)
        related.setContentsMargins(8, 8, 8, 8)
        related.addWidget(self.related_hint)
        related.addWidget(self.related_table, 1)
        remove_row = QHBoxLayout()
        remove_row.addStretch(1)
        remove_row.addWidget(self.remove_related_button)
        related.addLayout(remove_row)
        add_box = QGroupBox(self.tr("添加家庭成员"))
        add_box.setLayout(add_row)
        related.addWidget(add_box)
        related.addWidget(self.related_error)
        self.related_page = related_page

        # --- 授权同意 -----------------------------------------------------------------------
        self.consent_rows: dict[ConsentPurpose, ConsentRow] = {
            ConsentPurpose.BASIC: ConsentRow(
                ConsentPurpose.BASIC, self.tr("个人信息收集（基本同意）")
            ),
            ConsentPurpose.RESIDENT_ID: ConsentRow(
                ConsentPurpose.RESIDENT_ID, self.tr("身份证信息")
            ),
            ConsentPurpose.MARKETING: ConsentRow(ConsentPurpose.MARKETING, self.tr("营销信息")),
        }
        self.consent_hint = hint_label(
            self.tr(
                "保存手机号和姓名以外的信息需要客户的基本同意；保存身份证号需要身份证信息授权；"
                "发送营销信息需要单独同意。撤回同意会立即删除相应信息，并记入审计日志。"
            )
        )
        self.consent_version_label = hint_label()
        consent_page = QWidget()
        consent = QVBoxLayout(consent_page)
        consent.setContentsMargins(12, 12, 12, 12)
        consent.setSpacing(6)
        consent.addWidget(self.consent_hint)
        consent.addSpacing(6)
        for row in self.consent_rows.values():
            line = QFrame()
            line.setFrameShape(QFrame.Shape.HLine)
            line.setStyleSheet("color: #D9DEE5;")
            consent.addWidget(row)
            consent.addWidget(line)
        consent.addWidget(self.consent_version_label)
        consent.addStretch(1)

        # --- 互动档案 -----------------------------------------------------------------------
        self.timeline = TimelineWidget()
        self.timeline_hint = hint_label()
        timeline_page = QWidget()
        timeline = QVBoxLayout(timeline_page)
        timeline.setContentsMargins(8, 8, 8, 8)
        timeline.addWidget(self.timeline_hint)
        timeline.addWidget(self.timeline, 1)

        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.basic_tab = _scrolled(basic_page)
        self.needs_tab = _scrolled(needs_page)
        self.tabs.addTab(self.basic_tab, self.tr("基本信息"))
        self.tabs.addTab(self.needs_tab, self.tr("购房需求"))
        self.tabs.addTab(related_page, self.tr("家庭成员"))
        self.tabs.addTab(consent_page, self.tr("授权同意"))
        self.tabs.addTab(timeline_page, self.tr("互动档案"))
        self.related_tab, self.consent_tab, self.timeline_tab = (
            related_page,
            consent_page,
            timeline_page,
        )

        # --- bottom ---------------------------------------------------------------------
        self.error_label = error_label()
        self.status_label = hint_label()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.status_label, 1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 16)
        layout.setSpacing(8)
        layout.addLayout(title_row)
        layout.addWidget(self.owner_label)
        layout.addWidget(self.facts_label)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

    def _add(self, form: QFormLayout, label: str, key: str, widget: QWidget) -> None:
        field = FieldWithError(widget)
        self.fields[key] = field
        form.addRow(label, field)
