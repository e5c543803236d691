"""Layout of the 交易 page: filters and counts, the deal list, the selected deal with its
actions and its archive of printed forms."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import date_edit, error_label, hint_label, scale_font, title_label, value_label

PANEL_MIN_HEIGHT = 310
ACTIONS_WIDTH = 230


class DealPanelView(QWidget):
    """The selected deal: summary, the steps that fit it, its printed forms."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_label = hint_label(
            self.tr("选择一笔交易，查看详情、办理后续业务和已打印的单据。")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        scale_font(self.title_label, 1.2)
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")

        self.customer_value = value_label()
        self.consultant_value = value_label()
        self.prices_value = value_label()
        self.deposit_value = value_label()
        self.contract_value = value_label()
        self.steps_value = value_label()
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.tr("客户"), self.customer_value)
        self.form.addRow(self.tr("置业顾问"), self.consultant_value)
        self.form.addRow(self.tr("价格"), self.prices_value)
        self.form.addRow(self.tr("定金"), self.deposit_value)
        self.form.addRow(self.tr("合同"), self.contract_value)
        self.form.addRow(self.tr("办理经过"), self.steps_value)

        self.notice_button = QPushButton(self.tr("打印购房告知书"))
        self.subscribe_button = QPushButton(self.tr("认购…"))
        self.subscribe_button.setObjectName("primaryButton")
        self.contract_button = QPushButton(self.tr("签约…"))
        self.contract_button.setObjectName("primaryButton")
        self.schedule_button = QPushButton(self.tr("安排交付日期…"))
        self.delivery_notice_button = QPushButton(self.tr("打印交付通知书"))
        self.handover_button = QPushButton(self.tr("交付验收…"))
        self.handover_button.setObjectName("primaryButton")
        self.handover_form_button = QPushButton(self.tr("打印交付验收单"))
        self.cancel_button = QPushButton(self.tr("退订…"))
        self.action_buttons = (
            self.subscribe_button,
            self.contract_button,
            self.handover_button,
            self.notice_button,
            self.schedule_button,
            self.delivery_notice_button,
            self.handover_form_button,
            self.cancel_button,
        )
        self.actions_hint = hint_label()
        self.actions_box = QGroupBox(self.tr("办理"))
        grid = QGridLayout(self.actions_box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(8)
        for i, button in enumerate(self.action_buttons):
            grid.addWidget(button, i, 0)
        grid.addWidget(self.actions_hint, len(self.action_buttons), 0)
        self.actions_box.setMinimumWidth(ACTIONS_WIDTH)

        self.documents_table = QTableView()
        self.documents_table.setObjectName("documents")
        self.documents_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.documents_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.documents_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.documents_table.verticalHeader().setVisible(False)
        self.documents_table.horizontalHeader().setStretchLastSection(True)
        self.documents_table.horizontalHeader().setHighlightSections(False)
        self.documents_table.setMinimumHeight(96)
        self.open_document_button = QPushButton(self.tr("预览…"))
        self.reprint_button = QPushButton(self.tr("补打"))
        self.mark_signed_button = QPushButton(self.tr("登记已签字"))
        self.attach_scan_button = QPushButton(self.tr("附扫描件…"))
        self.open_scan_button = QPushButton(self.tr("查看扫描件"))
        self.documents_empty = hint_label(self.tr("还没有打印过单据。"))
        self.documents_box = QGroupBox(self.tr("单据档案"))
        documents_layout = QVBoxLayout(self.documents_box)
        documents_layout.addWidget(self.documents_table, 1)
        documents_layout.addWidget(self.documents_empty)
        # One row: "附扫描件…" gives way to "查看扫描件" once a scan is attached.
        doc_buttons = QHBoxLayout()
        doc_buttons.setSpacing(8)
        for button in (
            self.open_document_button,
            self.reprint_button,
            self.mark_signed_button,
            self.attach_scan_button,
            self.open_scan_button,
        ):
            doc_buttons.addWidget(button)
        doc_buttons.addStretch(1)
        documents_layout.addLayout(doc_buttons)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.status_chip, 0, Qt.AlignmentFlag.AlignTop)
        summary = QVBoxLayout()
        summary.setSpacing(10)
        summary.addLayout(header)
        summary.addLayout(self.form)
        summary.addStretch(1)

        # Below the list: what the deal is | what can be done | its printed forms.
        self.details = QWidget()
        details_layout = QHBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(16)
        details_layout.addLayout(summary, 3)
        details_layout.addWidget(self.actions_box, 0, Qt.AlignmentFlag.AlignTop)
        details_layout.addWidget(self.documents_box, 7)

        self.pages = QStackedWidget()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(1)
        self.pages.addWidget(empty)
        self.pages.addWidget(self.details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.pages)

    def show_details(self, shown: bool) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)


class DealsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("交易"))
        self.status_combo = QComboBox()
        self.status_combo.setObjectName("statusFilter")
        self.status_combo.setMinimumWidth(130)
        self.consultant_combo = QComboBox()
        self.consultant_combo.setObjectName("consultantFilter")
        self.consultant_combo.setMinimumWidth(130)
        self.date_check = QCheckBox(self.tr("办理日期"))
        self.date_from = date_edit()
        self.date_to = date_edit()
        self.search_edit = QLineEdit()
        self.search_edit.setPlaceholderText(self.tr("客户、房号或合同编号"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setMinimumWidth(180)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.batch_button = QPushButton(self.tr("批量打印购房告知书…"))
        self.approvals_button = QPushButton(self.tr("优惠审批"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addStretch(1)
        top.addWidget(self.approvals_button)
        top.addWidget(self.batch_button)
        top.addWidget(self.refresh_button)

        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(QLabel(self.tr("状态")))
        filters.addWidget(self.status_combo)
        filters.addSpacing(8)
        filters.addWidget(QLabel(self.tr("置业顾问")))
        filters.addWidget(self.consultant_combo)
        filters.addSpacing(8)
        filters.addWidget(self.date_check)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("至")))
        filters.addWidget(self.date_to)
        filters.addSpacing(8)
        filters.addWidget(self.search_edit, 1)

        self.counts_label = QLabel()
        self.counts_label.setObjectName("dealCounts")
        self.counts_label.setWordWrap(True)

        self.table = QTableView()
        self.table.setObjectName("deals")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)

        self.panel = DealPanelView()
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setObjectName("dealPanel")
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.panel_scroll.setWidget(self.panel)
        self.panel_scroll.setMinimumHeight(PANEL_MIN_HEIGHT)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel_scroll)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        self.splitter.setSizes([10_000, PANEL_MIN_HEIGHT])  # the list first

        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
