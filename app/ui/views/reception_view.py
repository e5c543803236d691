"""Layout of the 接待台 page: the phone and the 判客 card, the registration form, the
rotation queue (接待轮序) and the "in the office now" board (在场客户).

Left: everything reception types, top to bottom in the order Enter walks through it.
Right: the queue above the board. Behaviour lives in ``app.ui.pages.reception_page``
and ``app.ui.rotation_panel``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Channel, Gender
from app.ui.customer_card_widget import LINK_BUTTON_STYLE, CustomerCardWidget
from app.ui.labels import channel_label
from app.ui.widgets import FieldWithError, hint_label, read_only_table, scale_font, title_label

#: Party sizes reception may enter (the service accepts 1-50).
MAX_PARTY = 50
#: Channel codes in the order of SPEC §2; the digit keys 1-8 pick them.
CHANNEL_ORDER: tuple[str, ...] = tuple(c.value for c in Channel)
#: Narrowest the registration column and the queue / board column may get.
FORM_MIN_WIDTH = 420
SIDE_MIN_WIDTH = 300
#: Compact buttons and a light selection in the narrow right-hand column (the status
#: colours of the queue stay readable on a selected row).
SIDE_BUTTON_STYLE = (
    "QGroupBox { padding: 10px 10px 8px 10px; }"
    " QPushButton { min-width: 0; padding: 6px 8px; }"
    " QTableView { selection-background-color: #cfe0f5; selection-color: #1f2933; }"
)


def field(widget: QWidget) -> FieldWithError:
    """An input with an inline error that may wrap (long rule messages)."""
    wrapped = FieldWithError(widget)
    wrapped.error.setWordWrap(True)
    return wrapped


def form_label(text: str, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text)
    label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
    label.setContentsMargins(0, 6, 0, 0)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


def table_view(name: str) -> QTableView:
    table = read_only_table(name)
    table.setAlternatingRowColors(False)
    table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 14)
    table.horizontalHeader().setStretchLastSection(True)
    return table


class GenderField(QFrame):
    """先生 / 女士 as two radio buttons; the field itself takes the keyboard focus and
    the keys 1 (先生) and 2 (女士) choose, so no mouse is needed."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("genderField")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.male_radio = QRadioButton(self.tr("先生 1"))
        self.female_radio = QRadioButton(self.tr("女士 2"))
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        for radio in (self.male_radio, self.female_radio):
            radio.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.group.addButton(radio)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        layout.setSpacing(18)
        layout.addWidget(self.male_radio)
        layout.addWidget(self.female_radio)
        layout.addStretch(1)
        self._set_focus_style(False)

    def value(self) -> str | None:
        if self.male_radio.isChecked():
            return Gender.MALE.value
        if self.female_radio.isChecked():
            return Gender.FEMALE.value
        return None

    def set_value(self, gender: str | None) -> None:
        if gender == Gender.MALE.value:
            self.male_radio.setChecked(True)
        elif gender == Gender.FEMALE.value:
            self.female_radio.setChecked(True)
        else:
            self.group.setExclusive(False)
            self.male_radio.setChecked(False)
            self.female_radio.setChecked(False)
            self.group.setExclusive(True)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_1, Qt.Key.Key_Left):
            self.set_value(Gender.MALE.value)
        elif key in (Qt.Key.Key_2, Qt.Key.Key_Right):
            self.set_value(Gender.FEMALE.value)
        elif key == Qt.Key.Key_Space:
            self.set_value(
                Gender.FEMALE.value if self.value() == Gender.MALE.value else Gender.MALE.value
            )
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self._set_focus_style(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self._set_focus_style(False)

    def _set_focus_style(self, focused: bool) -> None:
        border = "#2f6fb0" if focused else "#b8c2cc"
        self.setStyleSheet(
            f"QFrame#genderField {{ background: #ffffff; border: 1px solid {border};"
            " border-radius: 4px; }"
        )


class VisitBoardView(QGroupBox):
    """在场客户: who is in the office now, with whom, since when; check-out."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("在场客户"), parent)
        self.setStyleSheet(SIDE_BUTTON_STYLE)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.table = table_view("visitBoard")
        self.table.setMinimumHeight(
            self.table.verticalHeader().defaultSectionSize() * 3
            + self.table.horizontalHeader().sizeHint().height()
            + 4
        )
        self.empty_label = hint_label(self.tr("目前没有在场的访客。"))
        self.check_out_button = QPushButton(self.tr("离店登记 (F9)"))
        self.check_out_button.setToolTip(self.tr("选中的访客离开售楼处：记录离开时间和停留时长"))
        self.message_label = hint_label()
        self.message_label.setVisible(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message_label, 1)
        buttons.addWidget(self.check_out_button)

        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)


class ReceptionView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("来访登记"))
        self.keys_label = hint_label(
            self.tr("F2 新登记 · Enter 下一项 · Ctrl+Enter 登记 · Esc 清空 · F5 刷新")
        )
        header = QVBoxLayout()
        header.setSpacing(2)
        header.addWidget(self.title_label)
        header.addWidget(self.keys_label)

        # -- the phone and the card ------------------------------------------------------
        self.phone_edit = QLineEdit()
        self.phone_edit.setObjectName("phoneEdit")
        self.phone_edit.setPlaceholderText(self.tr("输入客户手机号"))
        self.phone_edit.setMaxLength(32)
        self.phone_edit.setClearButtonEnabled(True)
        scale_font(self.phone_edit, 1.5)
        self.phone_field = field(self.phone_edit)
        # Always there (empty until a number is recognised), so nothing below moves.
        self.phone_hint = hint_label()
        self.phone_hint.setWordWrap(False)
        self.phone_hint.setMinimumHeight(self.phone_hint.fontMetrics().height())
        self.scout_check = QCheckBox(self.tr("竞品踩盘(&T)"))
        self.scout_check.setToolTip(self.tr("同行来访探盘：记录为踩盘，不占轮序，不建立客户归属"))
        phone_label = form_label(self.tr("手机号(&P)"), self.phone_edit)
        scale_font(phone_label, 1.2)
        phone_label.setContentsMargins(0, 10, 0, 0)
        phone_row = QGridLayout()
        phone_row.setHorizontalSpacing(12)
        phone_row.addWidget(phone_label, 0, 0)
        phone_row.addWidget(self.phone_field, 0, 1)
        phone_row.addWidget(self.scout_check, 0, 2, Qt.AlignmentFlag.AlignTop)
        phone_row.addWidget(self.phone_hint, 1, 1, 1, 2)
        phone_row.setColumnStretch(1, 1)
        self.scout_check.setContentsMargins(0, 10, 0, 0)

        self.card = CustomerCardWidget()

        # -- the registration form -------------------------------------------------------
        self.name_edit = QLineEdit()
        self.name_edit.setObjectName("nameEdit")
        self.name_edit.setPlaceholderText(self.tr("姓名或姓氏"))
        self.name_edit.setMaxLength(64)
        self.gender_field = GenderField()
        self.party_spin = QSpinBox()
        self.party_spin.setRange(1, MAX_PARTY)
        self.party_spin.setValue(1)
        self.party_spin.setSuffix(self.tr(" 人"))
        self.channel_combo = QComboBox()
        self.channel_combo.setObjectName("channelCombo")
        for number, code in enumerate(CHANNEL_ORDER, start=1):
            self.channel_combo.addItem(f"{number} {channel_label(code)}", code)
        self.channel_combo.setPlaceholderText(self.tr("按数字键选择"))
        self.channel_combo.setCurrentIndex(-1)
        self.channel_combo.setMaxVisibleItems(len(CHANNEL_ORDER))
        self.consultant_combo = QComboBox()
        self.consultant_combo.setObjectName("consultantCombo")
        self.consultant_combo.setPlaceholderText(self.tr("没有可选的置业顾问"))
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setMaxLength(200)
        self.reason_label = form_label(self.tr("改派原因"), self.reason_edit)

        self.consent_basic_check = QCheckBox(self.tr("个人信息收集"))
        self.consent_marketing_check = QCheckBox(self.tr("营销信息"))
        self.privacy_button = QPushButton(self.tr("告知书…"))
        self.privacy_button.setObjectName("linkButton")
        self.privacy_button.setFlat(True)
        self.privacy_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.privacy_button.setStyleSheet(LINK_BUTTON_STYLE)
        self.privacy_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.privacy_button.setToolTip(self.tr("查看或打印交给客户的个人信息处理告知书"))
        consent_box = QWidget()
        consent_row = QHBoxLayout(consent_box)
        consent_row.setContentsMargins(0, 4, 0, 0)
        consent_row.setSpacing(16)
        consent_row.addWidget(self.consent_basic_check)
        consent_row.addWidget(self.consent_marketing_check)
        consent_row.addStretch(1)
        consent_row.addWidget(self.privacy_button)

        self.area_edit = QLineEdit()
        self.area_edit.setObjectName("areaEdit")
        self.area_edit.setPlaceholderText(self.tr("如 90-120"))
        self.area_edit.setMaxLength(20)
        self.layout_combo = QComboBox()
        self.layout_combo.setObjectName("layoutCombo")
        self.layout_combo.setEditable(True)
        self.layout_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        layout_line = self.layout_combo.lineEdit()
        assert layout_line is not None  # editable
        layout_line.setPlaceholderText(self.tr("3 = 三室"))
        layout_line.setMaxLength(32)
        self.alt_phone_edit = QLineEdit()
        self.alt_phone_edit.setMaxLength(32)
        self.note_edit = QLineEdit()
        self.note_edit.setMaxLength(500)
        self.note_edit.setPlaceholderText(self.tr("其他情况，可不填"))

        self.fields: dict[str, FieldWithError] = {
            "name": field(self.name_edit),
            "gender": field(self.gender_field),
            "party_size": field(self.party_spin),
            "channel": field(self.channel_combo),
            "consultant_id": field(self.consultant_combo),
            "reason": field(self.reason_edit),
            "consent_basic": field(consent_box),
            "wanted_area": field(self.area_edit),
            "wanted_layout": field(self.layout_combo),
            "alt_phone": field(self.alt_phone_edit),
            "note": field(self.note_edit),
        }
        f = self.fields

        visit_box = QGroupBox(self.tr("登记信息"))
        grid = QGridLayout(visit_box)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(6)
        grid.addWidget(form_label(self.tr("姓名(&N)"), self.name_edit), 0, 0)
        grid.addWidget(f["name"], 0, 1)
        grid.addWidget(form_label(self.tr("性别"), self.gender_field), 0, 2)
        grid.addWidget(f["gender"], 0, 3)
        grid.addWidget(form_label(self.tr("来访人数"), self.party_spin), 1, 0)
        grid.addWidget(f["party_size"], 1, 1)
        grid.addWidget(form_label(self.tr("来源渠道"), self.channel_combo), 1, 2)
        grid.addWidget(f["channel"], 1, 3)
        grid.addWidget(form_label(self.tr("接待顾问(&C)"), self.consultant_combo), 2, 0)
        grid.addWidget(f["consultant_id"], 2, 1, 1, 3)
        grid.addWidget(self.reason_label, 3, 0)
        grid.addWidget(f["reason"], 3, 1, 1, 3)
        grid.addWidget(form_label(self.tr("客户同意")), 4, 0)
        grid.addWidget(f["consent_basic"], 4, 1, 1, 3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(3, 1)

        more_box = QGroupBox(self.tr("购房意向和其他（须客户同意）"))
        more = QGridLayout(more_box)
        more.setHorizontalSpacing(12)
        more.setVerticalSpacing(6)
        more.addWidget(form_label(self.tr("意向面积 m²"), self.area_edit), 0, 0)
        more.addWidget(f["wanted_area"], 0, 1)
        more.addWidget(form_label(self.tr("意向户型"), self.layout_combo), 0, 2)
        more.addWidget(f["wanted_layout"], 0, 3)
        more.addWidget(form_label(self.tr("备用电话"), self.alt_phone_edit), 1, 0)
        more.addWidget(f["alt_phone"], 1, 1)
        more.addWidget(form_label(self.tr("备注"), self.note_edit), 1, 2)
        more.addWidget(f["note"], 1, 3)
        more.setColumnStretch(1, 1)
        more.setColumnStretch(3, 1)

        self.message_label = QLabel()
        self.message_label.setObjectName("registrationMessage")
        self.message_label.setWordWrap(True)
        self.message_label.setVisible(False)
        self.message_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        scale_font(self.message_label, 1.05)

        self.save_button = QPushButton(self.tr("登记  Ctrl+Enter"))
        self.save_button.setObjectName("primaryButton")
        scale_font(self.save_button, 1.2)
        self.save_button.setMinimumHeight(self.save_button.fontMetrics().height() + 22)
        self.clear_button = QPushButton(self.tr("清空  Esc"))
        self.clear_button.setMinimumHeight(self.save_button.minimumHeight())
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.save_button, 3)
        buttons.addWidget(self.clear_button, 1)

        form = QWidget()
        form.setObjectName("receptionForm")
        form_layout = QVBoxLayout(form)
        form_layout.setContentsMargins(24, 16, 16, 16)
        form_layout.setSpacing(12)
        form_layout.addLayout(header)
        form_layout.addLayout(phone_row)
        form_layout.addWidget(self.card)
        form_layout.addWidget(visit_box)
        form_layout.addWidget(more_box)
        form_layout.addStretch(1)
        self.form_scroll = QScrollArea()
        self.form_scroll.setObjectName("pageScroll")
        self.form_scroll.setWidgetResizable(True)
        self.form_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.form_scroll.setWidget(form)
        # The outcome and the 登记 button stay in view however far the form scrolls.
        bottom = QVBoxLayout()
        bottom.setContentsMargins(24, 8, 16, 16)
        bottom.setSpacing(8)
        bottom.addWidget(self.message_label)
        bottom.addLayout(buttons)
        left = QWidget()
        left.setMinimumWidth(FORM_MIN_WIDTH)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.setSpacing(0)
        left_layout.addWidget(self.form_scroll, 1)
        left_layout.addLayout(bottom)

        # -- the queue and the board -----------------------------------------------------
        self.rotation_slot = QVBoxLayout()
        self.rotation_slot.setContentsMargins(0, 0, 0, 0)
        self.board = VisitBoardView()
        side = QWidget()
        side.setMinimumWidth(SIDE_MIN_WIDTH)
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(8, 16, 16, 16)
        side_layout.setSpacing(12)
        side_layout.addLayout(self.rotation_slot, 3)
        side_layout.addWidget(self.board, 2)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(left)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 5)
        self.splitter.setStretchFactor(1, 4)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        # The order Enter walks through (Tab follows the same order).
        self.enter_chain: list[QWidget] = [
            self.phone_edit,
            self.name_edit,
            self.gender_field,
            self.party_spin,
            self.channel_combo,
            self.consultant_combo,
            self.reason_edit,
            self.consent_basic_check,
            self.consent_marketing_check,
            self.area_edit,
            self.layout_combo,
            self.alt_phone_edit,
            self.note_edit,
            self.save_button,
        ]
        for before, after in zip(self.enter_chain, self.enter_chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        QWidget.setTabOrder(self.save_button, self.clear_button)
        QWidget.setTabOrder(self.clear_button, self.scout_check)

    def set_rotation_panel(self, panel: QWidget) -> None:
        self.rotation_slot.addWidget(panel)
