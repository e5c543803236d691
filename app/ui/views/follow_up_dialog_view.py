"""Layout of the follow-up dialog (记录跟进) and the grade dialog (调整意向等级)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import FollowUpChannel
from app.ui.labels import follow_up_channel_label
from app.ui.widgets import FieldWithError, date_edit, error_label, hint_label, scale_font

#: Wide enough for the suggestion's reasons on one or two lines.
DIALOG_WIDTH = 620


def _customer_header(dialog: QWidget) -> tuple[QLabel, QLabel, QLabel, QLabel, QHBoxLayout]:
    name = QLabel()
    name.setObjectName("dialogTitle")
    scale_font(name, 1.25)
    bold = name.font()
    bold.setBold(True)
    name.setFont(bold)
    grade = QLabel()
    grade.setObjectName("gradeChip")
    grade.setAlignment(Qt.AlignmentFlag.AlignCenter)
    details = hint_label()
    details.setWordWrap(False)
    task = hint_label()
    row = QHBoxLayout()
    row.setSpacing(10)
    row.addWidget(name)
    row.addWidget(grade, 0, Qt.AlignmentFlag.AlignVCenter)
    row.addWidget(details, 1, Qt.AlignmentFlag.AlignVCenter)
    return name, grade, details, task, row


class FollowUpDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("记录跟进"))
        # A preferred width, not a minimum: the layout's minimum wins (longer English).
        self.resize(DIALOG_WIDTH, 0)
        (self.name_label, self.grade_chip, self.details_label, self.task_label,
         header) = _customer_header(self)  # fmt: skip

        # 跟进方式
        self.channel_group = QButtonGroup(self)
        self.channel_buttons: dict[str, QRadioButton] = {}
        channels = QHBoxLayout()
        channels.setSpacing(14)
        for channel in FollowUpChannel:
            button = QRadioButton(follow_up_channel_label(channel))
            button.setObjectName(f"channel_{channel.value}")
            self.channel_group.addButton(button)
            self.channel_buttons[channel.value] = button
            channels.addWidget(button)
        channels.addStretch(1)
        channel_widget = QWidget()
        channel_widget.setLayout(channels)
        channels.setContentsMargins(0, 0, 0, 0)
        self.channel_field = FieldWithError(channel_widget)

        # 联系上了吗
        self.reached_yes = QRadioButton(self.tr("已联系上客户"))
        self.reached_no = QRadioButton(self.tr("未联系上（未接通、未回复）"))
        self.reached_group = QButtonGroup(self)
        self.reached_group.addButton(self.reached_yes)
        self.reached_group.addButton(self.reached_no)
        reached_row = QHBoxLayout()
        reached_row.setContentsMargins(0, 0, 0, 0)
        reached_row.setSpacing(14)
        reached_row.addWidget(self.reached_yes)
        reached_row.addWidget(self.reached_no)
        reached_row.addStretch(1)
        reached_widget = QWidget()
        reached_widget.setLayout(reached_row)
        self.reached_field = FieldWithError(reached_widget)
        self.protection_hint = hint_label()

        self.content_edit = QPlainTextEdit()
        self.content_edit.setObjectName("content")
        self.content_edit.setPlaceholderText(
            self.tr("聊了什么：客户的顾虑、关注的房源、家人的意见……")
        )
        self.content_edit.setTabChangesFocus(True)
        self.content_edit.setFixedHeight(self.content_edit.fontMetrics().lineSpacing() * 4 + 16)
        self.content_field = FieldWithError(self.content_edit)
        self.outcome_edit = QLineEdit()
        self.outcome_edit.setObjectName("outcome")
        self.outcome_edit.setPlaceholderText(self.tr("例如：约周六带家人来看样板间"))

        # 意向等级
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeChoice")
        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setWordWrap(True)
        self.reasons_label = hint_label()
        self.grade_reason_edit = QLineEdit()
        self.grade_reason_edit.setObjectName("gradeReason")
        self.grade_reason_edit.setPlaceholderText(self.tr("与系统建议不同时必填"))
        self.grade_reason_field = FieldWithError(self.grade_reason_edit)
        grade_row = QHBoxLayout()
        grade_row.setSpacing(10)
        grade_row.addWidget(self.grade_combo)
        grade_row.addWidget(self.suggestion_label, 1)

        # 下次跟进
        self.plan_radio = QRadioButton()
        self.plan_radio.setObjectName("planned")
        self.pick_radio = QRadioButton(self.tr("指定日期"))
        self.next_group = QButtonGroup(self)
        self.next_group.addButton(self.plan_radio)
        self.next_group.addButton(self.pick_radio)
        self.next_date_edit = date_edit()
        self.next_date_edit.setObjectName("nextDate")
        pick_row = QHBoxLayout()
        pick_row.setContentsMargins(0, 0, 0, 0)
        pick_row.addWidget(self.pick_radio)
        pick_row.addWidget(self.next_date_edit)
        pick_row.addStretch(1)
        next_box = QVBoxLayout()
        next_box.setSpacing(4)
        next_box.addWidget(self.plan_radio)
        next_box.addLayout(pick_row)
        next_widget = QWidget()
        next_widget.setLayout(next_box)
        next_box.setContentsMargins(0, 0, 0, 0)
        self.next_field = FieldWithError(next_widget)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.addRow(self.tr("跟进方式"), self.channel_field)
        self.form.addRow(self.tr("是否联系上"), self.reached_field)
        self.form.addRow("", self.protection_hint)
        self.form.addRow(self.tr("跟进内容"), self.content_field)
        self.form.addRow(self.tr("结果"), self.outcome_edit)
        self.form.addRow(self.tr("意向等级"), grade_row)
        self.form.addRow("", self.reasons_label)
        self.form.addRow(self.tr("调整原因"), self.grade_reason_field)
        self.form.addRow(self.tr("下次跟进"), self.next_field)

        self.error_label = error_label()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setToolTip(self.tr("Ctrl+Enter"))
        self.cancel_button = QPushButton(self.tr("取消"))
        for button in (self.save_button, self.cancel_button):
            # Enter in a text field must not save half a follow-up; Ctrl+Enter saves.
            button.setAutoDefault(False)
            button.setDefault(False)
        self.shortcut_hint = hint_label(self.tr("Ctrl+Enter 保存"))
        self.shortcut_hint.setWordWrap(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.shortcut_hint)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.task_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)


class GradeDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("调整意向等级"))
        # A preferred width, not a minimum: the layout's minimum wins (longer English).
        self.resize(DIALOG_WIDTH, 0)
        (self.name_label, self.grade_chip, self.details_label, self.task_label,
         header) = _customer_header(self)  # fmt: skip
        self.task_label.setVisible(False)

        self.suggestion_label = QLabel()
        self.suggestion_label.setObjectName("suggestion")
        self.suggestion_label.setWordWrap(True)
        self.reasons_label = hint_label()
        self.grade_combo = QComboBox()
        self.grade_combo.setObjectName("gradeChoice")
        grade_row = QHBoxLayout()
        grade_row.addWidget(self.grade_combo)
        grade_row.addStretch(1)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("gradeReason")
        self.reason_edit.setPlaceholderText(self.tr("与系统建议不同时必填"))
        self.reason_field = FieldWithError(self.reason_edit)
        self.pick_check = QCheckBox(self.tr("指定下次跟进日期"))
        self.next_date_edit = date_edit()
        self.plan_label = hint_label()
        next_row = QHBoxLayout()
        next_row.addWidget(self.pick_check)
        next_row.addWidget(self.next_date_edit)
        next_row.addStretch(1)

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.tr("系统建议"), self.suggestion_label)
        self.form.addRow("", self.reasons_label)
        self.form.addRow(self.tr("确认等级"), grade_row)
        self.form.addRow(self.tr("调整原因"), self.reason_field)
        self.form.addRow(self.tr("下次跟进"), next_row)
        self.form.addRow("", self.plan_label)

        self.history_table = QTableWidget(0, 4)
        self.history_table.setObjectName("gradeHistory")
        self.history_table.setHorizontalHeaderLabels(
            [self.tr("时间"), self.tr("调整"), self.tr("系统建议"), self.tr("原因")]
        )
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.history_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.history_table.setMinimumHeight(120)
        self.history_empty = hint_label(self.tr("还没有调整过等级。"))

        self.error_label = error_label()
        self.save_button = QPushButton(self.tr("保存"))
        self.save_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("取消"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.cancel_button)

        history_title = QLabel(self.tr("调整记录"))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addLayout(self.form)
        layout.addWidget(history_title)
        layout.addWidget(self.history_table, 1)
        layout.addWidget(self.history_empty)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
