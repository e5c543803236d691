"""Layout of the 房源销控 page: building, legend, the grid, and the room panel."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.units import STATUS_COLORS, STATUS_ORDER
from app.ui.sales_grid_widget import SalesGridView
from app.ui.widgets import error_label, hint_label, scale_font, title_label

PANEL_WIDTH = 380
SWATCH_SIZE = 16


def _value_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def swatch(colour: str) -> QLabel:
    """A small square in a status colour (legend, room panel)."""
    label = QLabel()
    label.setFixedSize(SWATCH_SIZE, SWATCH_SIZE)
    label.setStyleSheet(f"background: {colour}; border: 1px solid #8a96a3; border-radius: 3px;")
    return label


class LegendItem(QWidget):
    """One status of the legend: its colour, its name and count, its sums."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.swatch = swatch(STATUS_COLORS[status])
        self.count_label = QLabel()
        self.count_label.setObjectName("legendCount")
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.sum_label = QLabel()
        self.sum_label.setObjectName("hintLabel")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.count_label)
        text.addWidget(self.sum_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text)


class RoomPanelView(QWidget):
    """The selected room: its data, what can be done with it, its adverse factors."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.empty_label = hint_label(
            self.tr("点击销控表中的房间，查看详情并办理保留、认购等业务。")
        )
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.title_label = QLabel()
        self.title_label.setObjectName("roomTitle")
        self.title_label.setWordWrap(True)
        scale_font(self.title_label, 1.2)
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.status_chip = QLabel()
        self.status_chip.setObjectName("statusChip")
        self.status_chip.setSizePolicy(QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Fixed)

        self.layout_value = _value_label()
        self.building_area_value = _value_label()
        self.inner_area_value = _value_label()
        self.orientation_value = _value_label()
        self.list_price_value = _value_label()
        self.unit_price_value = _value_label()
        self.hold_expiry_value = _value_label()
        self.customer_value = _value_label()
        self.consultant_value = _value_label()
        self.agreed_price_value = _value_label()
        self.deposit_value = _value_label()
        self.contract_value = _value_label()
        self.form = QFormLayout()
        self.form.setHorizontalSpacing(14)
        self.form.setVerticalSpacing(6)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight)
        self.form.addRow(self.tr("户型"), self.layout_value)
        self.form.addRow(self.tr("建筑面积"), self.building_area_value)
        self.form.addRow(self.tr("套内面积"), self.inner_area_value)
        self.form.addRow(self.tr("朝向"), self.orientation_value)
        self.form.addRow(self.tr("表价"), self.list_price_value)
        self.form.addRow(self.tr("单价"), self.unit_price_value)
        self.form.addRow(self.tr("保留至"), self.hold_expiry_value)
        self.form.addRow(self.tr("客户"), self.customer_value)
        self.form.addRow(self.tr("置业顾问"), self.consultant_value)
        self.form.addRow(self.tr("成交价"), self.agreed_price_value)
        self.form.addRow(self.tr("定金"), self.deposit_value)
        self.form.addRow(self.tr("合同编号"), self.contract_value)

        # Actions: only those fitting the room's status and the user's role are shown.
        self.hold_button = QPushButton(self.tr("保留给客户…"))
        self.notice_button = QPushButton(self.tr("打印购房告知书…"))
        self.subscribe_button = QPushButton(self.tr("认购…"))
        self.subscribe_button.setObjectName("primaryButton")
        self.contract_button = QPushButton(self.tr("签约…"))
        self.contract_button.setObjectName("primaryButton")
        self.cancel_button = QPushButton(self.tr("退订…"))
        self.delivery_notice_button = QPushButton(self.tr("打印交付通知书"))
        self.handover_button = QPushButton(self.tr("交付验收…"))
        self.handover_button.setObjectName("primaryButton")
        self.handover_form_button = QPushButton(self.tr("打印交付验收单"))
        self.action_buttons = (
            self.hold_button,
            self.notice_button,
            self.subscribe_button,
            self.contract_button,
            self.handover_button,
            self.delivery_notice_button,
            self.handover_form_button,
            self.cancel_button,
        )
        self.actions_hint = hint_label()
        self.actions_box = QGroupBox(self.tr("办理"))
        actions_layout = QVBoxLayout(self.actions_box)
        actions_layout.setSpacing(8)
        for button in self.action_buttons:
            actions_layout.addWidget(button)
        actions_layout.addWidget(self.actions_hint)

        self.factors_box = QGroupBox(self.tr("不利因素"))
        self.factors_label = QLabel()
        self.factors_label.setWordWrap(True)
        self.factors_label.setTextFormat(Qt.TextFormat.RichText)
        self.factors_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.factors_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        factors_layout = QVBoxLayout(self.factors_box)
        factors_layout.addWidget(self.factors_label)

        header = QVBoxLayout()
        header.setSpacing(6)
        header.addWidget(self.title_label)
        chip_row = QHBoxLayout()
        chip_row.addWidget(self.status_chip)
        chip_row.addStretch(1)
        header.addLayout(chip_row)

        self.details = QWidget()
        details_layout = QVBoxLayout(self.details)
        details_layout.setContentsMargins(0, 0, 0, 0)
        details_layout.setSpacing(12)
        details_layout.addLayout(header)
        details_layout.addLayout(self.form)
        details_layout.addWidget(self.actions_box)
        details_layout.addWidget(self.factors_box)
        details_layout.addStretch(1)

        self.pages = QStackedWidget()
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty)
        self.pages.addWidget(self.details)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(self.pages)

    def show_details(self, shown: bool) -> None:
        self.pages.setCurrentIndex(1 if shown else 0)

    def set_row_visible(self, field: QWidget, visible: bool) -> None:
        self.form.setRowVisible(field, visible)


class UnitsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("房源销控"))
        self.building_combo = QComboBox()
        self.building_combo.setObjectName("buildingCombo")
        self.building_combo.setMinimumWidth(180)
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.export_xlsx_button = QPushButton(self.tr("导出 Excel…"))
        self.export_pdf_button = QPushButton(self.tr("导出 PDF…"))
        self.import_button = QPushButton(self.tr("导入房源…"))
        self.template_button = QPushButton(self.tr("下载导入模板…"))

        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.title_label)
        toolbar.addSpacing(16)
        toolbar.addWidget(QLabel(self.tr("楼栋")))
        toolbar.addWidget(self.building_combo)
        toolbar.addWidget(self.refresh_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_xlsx_button)
        toolbar.addWidget(self.export_pdf_button)
        toolbar.addWidget(self.import_button)
        toolbar.addWidget(self.template_button)

        self.legend_items = {status: LegendItem(status) for status in STATUS_ORDER}
        self.total_label = QLabel()
        self.total_label.setObjectName("legendTotal")
        self.generated_label = hint_label()
        self.generated_label.setWordWrap(False)
        legend = QHBoxLayout()
        legend.setSpacing(24)
        for item in self.legend_items.values():
            legend.addWidget(item)
        legend.addStretch(1)
        totals = QVBoxLayout()
        totals.setSpacing(0)
        totals.addWidget(self.total_label, 0, Qt.AlignmentFlag.AlignRight)
        totals.addWidget(self.generated_label, 0, Qt.AlignmentFlag.AlignRight)
        legend.addLayout(totals)

        self.grid = SalesGridView()
        self.empty_label = hint_label()
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.grid_stack = QStackedWidget()
        self.grid_stack.addWidget(self.grid)
        self.grid_stack.addWidget(self.empty_label)

        self.room_panel = RoomPanelView()
        self.panel_scroll = QScrollArea()
        self.panel_scroll.setObjectName("roomPanel")
        self.panel_scroll.setWidgetResizable(True)
        self.panel_scroll.setFrameShape(QFrame.Shape.StyledPanel)
        self.panel_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_scroll.setWidget(self.room_panel)
        self.panel_scroll.setFixedWidth(PANEL_WIDTH)

        body = QHBoxLayout()
        body.setSpacing(12)
        body.addWidget(self.grid_stack, 1)
        body.addWidget(self.panel_scroll)

        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(12)
        layout.addLayout(toolbar)
        layout.addLayout(legend)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
