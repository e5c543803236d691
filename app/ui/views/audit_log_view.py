"""Layout of the audit log window (审计日志): filters, the table, count, check and export."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import date_edit, error_label, hint_label, title_label

DATE_FORMAT = "yyyy-MM-dd"


def _date_edit() -> QDateEdit:
    edit = date_edit(DATE_FORMAT)
    edit.setEnabled(False)
    edit.setMinimumWidth(150)
    return edit


class AuditLogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("审计日志 — 售楼接待台"))
        self.resize(1180, 720)
        self.setMinimumSize(900, 520)

        title = title_label(self.tr("审计日志"), "dialogTitle")
        self.scope_label = hint_label()

        # Filters
        self.user_combo = QComboBox()
        self.user_combo.setObjectName("auditUser")
        self.user_combo.setMinimumWidth(180)
        self.action_combo = QComboBox()
        self.action_combo.setObjectName("auditAction")
        self.action_combo.setMinimumWidth(200)
        self.customer_edit = QLineEdit()
        self.customer_edit.setObjectName("auditCustomer")
        self.customer_edit.setPlaceholderText(self.tr("客户编号"))
        self.customer_edit.setMaximumWidth(160)
        self.from_check = QCheckBox(self.tr("从"))
        self.from_edit = _date_edit()
        self.to_check = QCheckBox(self.tr("至"))
        self.to_edit = _date_edit()
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("auditText")
        self.text_edit.setPlaceholderText(self.tr("详情中包含的文字"))
        self.search_button = QPushButton(self.tr("查询"))
        self.search_button.setObjectName("primaryButton")
        self.search_button.setDefault(True)
        self.clear_button = QPushButton(self.tr("清除条件"))
        self.clear_button.setAutoDefault(False)

        filters = QGridLayout()
        filters.setHorizontalSpacing(10)
        filters.setVerticalSpacing(8)
        filters.addWidget(QLabel(self.tr("用户")), 0, 0)
        filters.addWidget(self.user_combo, 0, 1)
        filters.addWidget(QLabel(self.tr("操作")), 0, 2)
        filters.addWidget(self.action_combo, 0, 3)
        self.customer_caption = QLabel(self.tr("客户"))
        filters.addWidget(self.customer_caption, 0, 4)
        filters.addWidget(self.customer_edit, 0, 5)
        dates = QHBoxLayout()
        dates.setSpacing(6)
        dates.addWidget(self.from_check)
        dates.addWidget(self.from_edit)
        dates.addSpacing(8)
        dates.addWidget(self.to_check)
        dates.addWidget(self.to_edit)
        dates.addStretch(1)
        filters.addWidget(QLabel(self.tr("日期")), 1, 0)
        filters.addLayout(dates, 1, 1, 1, 3)
        filters.addWidget(QLabel(self.tr("详情")), 1, 4)
        filters.addWidget(self.text_edit, 1, 5)
        filter_buttons = QHBoxLayout()
        filter_buttons.addStretch(1)
        filter_buttons.addWidget(self.clear_button)
        filter_buttons.addWidget(self.search_button)
        filters.addLayout(filter_buttons, 1, 6)
        filters.setColumnStretch(6, 1)
        self.filter_error_label = error_label()

        # The table
        self.table = QTableView()
        self.table.setObjectName("auditTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setDefaultAlignment(
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        )
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)

        # Below the table
        self.count_label = QLabel()
        self.count_label.setObjectName("auditCount")
        self.chain_label = QLabel()
        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setWordWrap(True)
        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()
        self.verify_button = QPushButton(self.tr("校验完整性"))
        self.verify_button.setAutoDefault(False)
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.setSpacing(12)
        bottom.addWidget(self.count_label)
        bottom.addWidget(self.chain_label, 1)
        bottom.addWidget(self.verify_button)
        bottom.addWidget(self.export_button)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(self.scope_label)
        layout.addLayout(filters)
        layout.addWidget(self.filter_error_label)
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
