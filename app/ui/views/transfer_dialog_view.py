"""Layout of the transfer dialog (客户移交): who leaves, which customers, to whom, why;
then the outcome with the offer to print the transfer form."""

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
    QListWidget,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.views.follow_up_view import list_table
from app.ui.widgets import FieldWithError, error_label, hint_label, scale_font


class TransferDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("客户移交"))
        self.resize(760, 640)

        self.from_combo = QComboBox()
        self.from_combo.setObjectName("fromUser")
        self.from_combo.setMinimumWidth(220)
        self.from_hint = hint_label()
        from_row = QHBoxLayout()
        from_row.addWidget(self.from_combo)
        from_row.addWidget(self.from_hint, 1)

        self.all_radio = QRadioButton(self.tr("全部客户"))
        self.selected_radio = QRadioButton(self.tr("只移交下表中选中的客户"))
        self.scope_group = QButtonGroup(self)
        self.scope_group.addButton(self.all_radio)
        self.scope_group.addButton(self.selected_radio)
        scope_row = QHBoxLayout()
        scope_row.addWidget(self.all_radio)
        scope_row.addWidget(self.selected_radio)
        scope_row.addStretch(1)
        self.customers_table = list_table("transferCustomers", multi=True)
        self.customers_table.setMinimumHeight(150)
        self.selection_label = hint_label()
        self.customers_field = FieldWithError(self.customers_table)

        self.successors_list = QListWidget()
        self.successors_list.setObjectName("successors")
        self.successors_list.setMaximumHeight(120)
        self.successors_field = FieldWithError(self.successors_list)
        self.preview_label = QLabel()
        self.preview_label.setObjectName("spreadPreview")
        self.preview_label.setWordWrap(True)

        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_edit.setPlaceholderText(self.tr("例如：离职、调岗到其他项目"))
        self.reason_field = FieldWithError(self.reason_edit)
        self.deactivate_check = QCheckBox(self.tr("移交后停用该账号（离职；账号不会被删除）"))

        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(8)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.tr("移交人"), from_row)
        self.form.addRow(self.tr("移交范围"), scope_row)
        self.form.addRow("", self.customers_field)
        self.form.addRow("", self.selection_label)
        self.form.addRow(self.tr("接手顾问"), self.successors_field)
        self.form.addRow(self.tr("分配预览"), self.preview_label)
        self.form.addRow(self.tr("移交原因"), self.reason_field)
        self.form.addRow("", self.deactivate_check)

        self.error_label = error_label()
        self.transfer_button = QPushButton(self.tr("移交"))
        self.transfer_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("取消"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.transfer_button)
        buttons.addWidget(self.cancel_button)

        form_page = QWidget()
        form_layout = QVBoxLayout(form_page)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(10)
        form_layout.addLayout(self.form, 1)
        form_layout.addWidget(self.error_label)
        form_layout.addLayout(buttons)

        # The outcome, with the offer to print the form.
        self.done_title = QLabel(self.tr("移交完成"))
        self.done_title.setObjectName("dialogTitle")
        scale_font(self.done_title, 1.25)
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_hint = hint_label(
            self.tr("请打印《客户档案移交单》，由移交人、接手人和销售经理签字后存档。")
        )
        self.print_status = hint_label()
        self.print_status.setVisible(False)
        self.print_error = error_label()
        self.print_button = QPushButton(self.tr("打印客户档案移交单…"))
        self.print_button.setObjectName("primaryButton")
        self.close_button = QPushButton(self.tr("关闭"))
        done_buttons = QHBoxLayout()
        done_buttons.addStretch(1)
        done_buttons.addWidget(self.print_button)
        done_buttons.addWidget(self.close_button)
        done_page = QWidget()
        done_layout = QVBoxLayout(done_page)
        done_layout.setContentsMargins(0, 0, 0, 0)
        done_layout.setSpacing(12)
        done_layout.addWidget(self.done_title)
        done_layout.addWidget(self.done_label)
        done_layout.addWidget(self.print_hint)
        done_layout.addWidget(self.print_status)
        done_layout.addWidget(self.print_error)
        done_layout.addStretch(1)
        done_layout.addLayout(done_buttons)

        self.pages = QStackedWidget()
        self.pages.addWidget(form_page)
        self.pages.addWidget(done_page)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.addWidget(self.pages)
