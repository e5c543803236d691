"""The sales control grid on screen: one coloured tile per room, floors top first.

``SalesGridView`` is a ``QTableView`` over ``SalesGridTableModel`` with a delegate that
paints each room as a tile in its status colour (``STATUS_COLORS``): the room number
and status on the first line, the building area, then the price (成交价 once sold,
else 表价). Colour is never the only cue: the status is written on the tile too.
``unit_selected`` is emitted when the user picks a room (mouse or keyboard).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from app.domain.units import STATUS_ORDER, GridCell
from app.ui.models.sales_grid_table_model import SalesGridTableModel
from app.ui.sales_labels import STATUS_TEXT_COLOUR, area, status_colour, unit_status_label, yuan

Index = QModelIndex | QPersistentModelIndex

TILE_MARGIN = 3
TILE_PADDING = 6
SELECTED_OUTLINE = QColor("#1b4f8a")
#: Secondary lines are this much of the view's font size.
SMALL_FACTOR = 0.86


def _small(font: QFont) -> QFont:
    small = QFont(font)
    small.setPointSizeF(font.pointSizeF() * SMALL_FACTOR)
    return small


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


def tile_size(font: QFont) -> QSize:
    """A tile wide enough for "1502" and the longest status (in the UI language) on one
    line, and for "¥12,345,678" below, in ``font``."""
    big = QFontMetrics(_bold(font))
    small = QFontMetrics(_small(font))
    status = max(small.horizontalAdvance(unit_status_label(s)) for s in STATUS_ORDER)
    first = big.horizontalAdvance("8888") + status + 10
    price = small.horizontalAdvance("¥88,888,888")
    width = max(first, price, small.horizontalAdvance("888.88 m²")) + 2 * (
        TILE_MARGIN + TILE_PADDING
    )
    height = big.height() + 2 * small.height() + 4 + 2 * (TILE_MARGIN + TILE_PADDING)
    return QSize(width, height)


class SalesGridDelegate(QStyledItemDelegate):
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        cell = index.data(SalesGridTableModel.CELL_ROLE)
        if not isinstance(cell, GridCell):
            return
        rect = option.rect.adjusted(TILE_MARGIN, TILE_MARGIN, -TILE_MARGIN, -TILE_MARGIN)
        fill = status_colour(cell.status)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setBrush(fill)
        painter.setPen(QPen(SELECTED_OUTLINE, 3) if selected else QPen(fill.darker(125), 1))
        painter.drawRoundedRect(rect, 4, 4)

        inner = rect.adjusted(TILE_PADDING, TILE_PADDING - 2, -TILE_PADDING, -TILE_PADDING + 2)
        base = option.font
        bold, small = _bold(base), _small(base)
        big_h = QFontMetrics(bold).height()
        small_h = QFontMetrics(small).height()
        painter.setPen(QColor(STATUS_TEXT_COLOUR))

        first = QRect(inner.left(), inner.top(), inner.width(), big_h)
        # Room number first; the status gets what is left (elided, never overlapping).
        painter.setFont(bold)
        room = QFontMetrics(bold).elidedText(cell.room_no, Qt.TextElideMode.ElideRight,
                                             first.width())  # fmt: skip
        room_width = QFontMetrics(bold).horizontalAdvance(room)
        painter.drawText(first, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, room)
        painter.setFont(small)
        status_rect = first.adjusted(room_width + 6, 0, 0, 0)
        status = QFontMetrics(small).elidedText(unit_status_label(cell.status),
                                                Qt.TextElideMode.ElideRight, status_rect.width())  # fmt: skip
        painter.drawText(status_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         status)  # fmt: skip

        second = QRect(inner.left(), first.bottom() + 3, inner.width(), small_h)
        painter.drawText(second, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         area(cell.building_area))  # fmt: skip
        third = QRect(inner.left(), second.bottom() + 1, inner.width(), small_h)
        price = cell.deal_price if cell.deal_price is not None else cell.list_price
        painter.drawText(third, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                         yuan(price))  # fmt: skip
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        return tile_size(option.font)


class SalesGridView(QTableView):
    """The grid; ``unit_selected(unit_id)`` when a room becomes the current one."""

    unit_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("salesGrid")
        self.grid_model = SalesGridTableModel(self)
        self.setModel(self.grid_model)
        self.setItemDelegate(SalesGridDelegate(self))
        self.setShowGrid(False)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setCornerButtonEnabled(False)
        self.setWordWrap(False)
        self.setMouseTracking(True)
        for header in (self.horizontalHeader(), self.verticalHeader()):
            header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
            header.setHighlightSections(False)
        self.horizontalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self.verticalHeader().setDefaultAlignment(Qt.AlignmentFlag.AlignCenter)
        self._apply_tile_size()
        self.selectionModel().currentChanged.connect(self._current_changed)

    def _apply_tile_size(self) -> None:
        size = tile_size(self.font())
        self.horizontalHeader().setDefaultSectionSize(size.width())
        self.verticalHeader().setDefaultSectionSize(size.height())
        self.verticalHeader().setMinimumWidth(
            QFontMetrics(self.font()).horizontalAdvance("888层") + 16
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._apply_tile_size()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        cell = current.data(SalesGridTableModel.CELL_ROLE) if current.isValid() else None
        if isinstance(cell, GridCell):
            self.unit_selected.emit(cell.unit_id)

    def select_unit(self, unit_id: int) -> bool:
        """Make ``unit_id`` the current room (emits ``unit_selected``); False if absent."""
        index = self.grid_model.index_of_unit(unit_id)
        if not index.isValid():
            return False
        self.setCurrentIndex(index)
        self.scrollTo(index)
        return True

    def current_unit_id(self) -> int | None:
        cell = self.currentIndex().data(SalesGridTableModel.CELL_ROLE)
        return cell.unit_id if isinstance(cell, GridCell) else None

    def rect_of_unit(self, unit_id: int) -> QRect:
        """Where ``unit_id``'s tile is, in viewport coordinates (tests click it)."""
        index = self.grid_model.index_of_unit(unit_id)
        return self.visualRect(index) if index.isValid() else QRect()
