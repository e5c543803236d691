"""Layout of the 房源销控 page: building, legend, the grid, and the room panel."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.domain.units import STATUS_COLORS, STATUS_ORDER
from app.ui.sales_grid_widget import SalesGridView
from app.ui.widgets import error_label, hint_label, scale_font, title_label, value_label

PANEL_WIDTH = 380
PANEL_MIN_WIDTH = 300
SWATCH_SIZE = 16


def swatch(colour: str) -> QLabel:
    """A small square in a status colour (legend, room panel)."""
    label = QLabel()
    label.setFixedSize(SWATCH_SIZE, SWATCH_SIZE)
    label.setStyleSheet(f"background: {colour}; border: 1px solid #8a96a3; border-radius: 3px;")
    return label


class LegendItem(QWidget):
    """One status of the legend: its colour, then its name and count, area, amount."""

    def __init__(self, status: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.status = status
        self.swatch = swatch(STATUS_COLORS[status])
        self.count_label = QLabel()
        self.count_label.setObjectName("legendCount")
        bold = self.count_label.font()
        bold.setBold(True)
        self.count_label.setFont(bold)
        self.area_label = QLabel()
        self.area_label.setObjectName("hintLabel")
        self.sum_label = QLabel()
        self.sum_label.setObjectName("hintLabel")
        text = QVBoxLayout()
        text.setSpacing(0)
        text.setContentsMargins(0, 0, 0, 0)
        text.addWidget(self.count_label)
        text.addWidget(self.area_label)
        text.addWidget(self.sum_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.swatch, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(text)


class LegendBar(QWidget):
    """The legend items in as many columns as fit; more rows on a narrow window.

    The items are placed by hand (no layout), so that the bar can tell its parent
    layout how tall it is at a given width (``heightForWidth``).
    """

    SPACING = 14
    ROW_SPACING = 8

    def __init__(self, items: list[QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._items = items
        for item in items:
            item.setParent(self)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self._rows = 1

    def _flow(self, width: int, *, place: bool) -> tuple[int, int]:
        """Lay the items out left to right, wrapping at ``width``: (height, rows)."""
        row_height = max(item.sizeHint().height() for item in self._items)
        x = y = 0
        rows = 1
        for item in self._items:
            w = item.sizeHint().width()
            if x > 0 and x + w > width:
                x = 0
                y += row_height + self.ROW_SPACING
                rows += 1
            if place:
                item.setGeometry(x, y, w, row_height)
            x += w + self.SPACING
        return y + row_height, rows

    def rows(self) -> int:
        return self._flow(self.width(), place=False)[1]

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._flow(width, place=False)[0]

    def sizeHint(self) -> QSize:
        widths = [item.sizeHint().width() for item in self._items]
        height = max(item.sizeHint().height() for item in self._items)
        return QSize(sum(widths) + (len(widths) - 1) * self.SPACING, height)

    def minimumSizeHint(self) -> QSize:
        width = max(item.sizeHint().width() for item in self._items)
        return QSize(width, self.heightForWidth(width))

    def relayout(self) -> None:
        """Place the items for the current width (also after their texts changed)."""
        _height, rows = self._flow(self.width(), place=True)
        if rows != self._rows:
            self._rows = rows
            self.updateGeometry()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.relayout()

    def event(self, event: QEvent) -> bool:
        # An item's text (so its size hint) changed: place the items again.
        if event.type() == QEvent.Type.LayoutRequest:
            self.relayout()
        return super().event(event)


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

        self.layout_value = value_label()
        self.building_area_value = value_label()
        self.inner_area_value = value_label()
        self.orientation_value = value_label()
        self.list_price_value = value_label()
        self.unit_price_value = value_label()
        self.hold_expiry_value = value_label()
        self.customer_value = value_label()
        self.consultant_value = value_label()
        self.agreed_price_value = value_label()
        self.deposit_value = value_label()
        self.contract_value = value_label()
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
        self.building_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.building_combo.setMinimumContentsLength(9)
        self.refresh_button = QPushButton(self.tr("刷新"))
        # Exports and the import each under one button: the toolbar must fit 960 px.
        self.export_button = QPushButton(self.tr("导出"))
        export_menu = QMenu(self.export_button)
        self.export_xlsx_action = export_menu.addAction(self.tr("导出为 Excel…"))
        self.export_pdf_action = export_menu.addAction(self.tr("导出为 PDF…"))
        self.export_button.setMenu(export_menu)
        self.import_button = QPushButton(self.tr("导入房源"))
        import_menu = QMenu(self.import_button)
        self.import_action = import_menu.addAction(self.tr("从 Excel 房源表导入…"))
        self.template_action = import_menu.addAction(self.tr("下载导入模板…"))
        self.import_button.setMenu(import_menu)

        toolbar = QHBoxLayout()
        toolbar.setSpacing(8)
        toolbar.addWidget(self.title_label)
        toolbar.addSpacing(8)
        toolbar.addWidget(QLabel(self.tr("楼栋")))
        toolbar.addWidget(self.building_combo)
        toolbar.addWidget(self.refresh_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.export_button)
        toolbar.addWidget(self.import_button)

        self.legend_items = {status: LegendItem(status) for status in STATUS_ORDER}
        self.total_label = QLabel()
        self.total_label.setObjectName("legendTotal")
        bold = self.total_label.font()
        bold.setBold(True)
        self.total_label.setFont(bold)
        self.generated_label = hint_label()
        self.generated_label.setWordWrap(False)
        totals = QWidget()
        totals_layout = QVBoxLayout(totals)
        totals_layout.setContentsMargins(0, 0, 0, 0)
        totals_layout.setSpacing(0)
        totals_layout.addWidget(self.total_label)
        totals_layout.addWidget(self.generated_label)
        totals_layout.addStretch(1)
        self.legend = LegendBar([*self.legend_items.values(), totals])

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
        layout.addWidget(self.legend)
        layout.addLayout(body, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)

    def resizeEvent(self, event: QResizeEvent) -> None:
        # The room panel is narrower on a small screen, so the grid keeps a few columns.
        self.panel_scroll.setFixedWidth(max(PANEL_MIN_WIDTH, min(PANEL_WIDTH, self.width() // 3)))
        super().resizeEvent(event)
