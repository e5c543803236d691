"""A horizontal bar per consultant: overdue follow-ups (red) and those due today (blue).

A picture beats the table when a manager asks "who is behind?": the longest red bar
is the answer at a glance. Drawn with ``QPainter`` (no chart library to ship); a click on
a consultant's bar emits ``consultant_clicked`` so the page can show that day.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from app.domain.follow_up import ConsultantDay
from app.ui.colors import MUTED_TEXT_COLOR, OVERDUE_COLOR

DUE_TODAY_COLOR = "#2F6FB0"
GRID_COLOR = "#E4E7EB"
TEXT_COLOR = "#1F2933"
BAR_HEIGHT = 18
ROW_GAP = 10
MARGIN = 12


class TeamChartWidget(QWidget):
    consultant_clicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("teamChart")
        self._lines: list[ConsultantDay] = []
        self._selected: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMouseTracking(True)

    def set_lines(self, lines: list[ConsultantDay] | tuple[ConsultantDay, ...]) -> None:
        self._lines = list(lines)
        self.updateGeometry()
        self.update()

    def lines(self) -> list[ConsultantDay]:
        return list(self._lines)

    def set_selected(self, consultant_id: int | None) -> None:
        self._selected = consultant_id
        self.update()

    def _row_height(self) -> int:
        return max(BAR_HEIGHT, self.fontMetrics().height()) + ROW_GAP

    def _legend_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._lines))
        return QSize(420, MARGIN * 2 + self._legend_height() + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:
        return QSize(260, MARGIN * 2 + self._legend_height() + self._row_height())

    def row_rects(self) -> list[tuple[QRect, int]]:
        """Where each consultant's line is drawn: (rectangle, consultant id)."""
        top = MARGIN + self._legend_height()
        row_h = self._row_height()
        out = []
        for line in self._lines:
            out.append((QRect(MARGIN, top, self.width() - 2 * MARGIN, row_h), line.consultant_id))
            top += row_h
        return out

    def bar_rect(self, consultant_id: int) -> QRect | None:
        """Where a consultant's line is drawn (for tests and clicks)."""
        for rect, cid in self.row_rects():
            if cid == consultant_id:
                return rect
        return None

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(self.font())
        width = self.width()
        top = MARGIN
        # Legend.
        x = MARGIN
        for colour, text in (
            (OVERDUE_COLOR, self.tr("逾期")),
            (DUE_TODAY_COLOR, self.tr("今日待跟进")),
        ):
            painter.fillRect(QRect(x, top + 3, 12, 12), QColor(colour))
            x += 16
            painter.setPen(QColor(TEXT_COLOR))
            painter.drawText(
                QRect(x, top, metrics.horizontalAdvance(text) + 4, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += metrics.horizontalAdvance(text) + 18
        top += self._legend_height()
        if not self._lines:
            painter.setPen(QColor(MUTED_TEXT_COLOR))
            painter.drawText(
                QRect(MARGIN, top, width - 2 * MARGIN, self._row_height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.tr("团队里还没有置业顾问。"),
            )
            painter.end()
            return
        name_width = min(
            max(metrics.horizontalAdvance(line.consultant_name) for line in self._lines) + 12,
            width // 3,
        )
        most = max(1, max(line.counts.overdue + line.counts.due_today for line in self._lines))
        number_width = metrics.horizontalAdvance("0000") + 8
        bar_left = MARGIN + name_width
        bar_span = max(10, width - bar_left - MARGIN - number_width)
        row_h = self._row_height()
        for line in self._lines:
            row = QRect(MARGIN, top, width - 2 * MARGIN, row_h)
            if line.consultant_id == self._selected:
                painter.fillRect(row, QColor("#EEF4FB"))
            painter.setPen(QColor(TEXT_COLOR if line.active else MUTED_TEXT_COLOR))
            name = metrics.elidedText(line.consultant_name, Qt.TextElideMode.ElideRight,
                                      name_width - 8)  # fmt: skip
            painter.drawText(
                QRect(MARGIN, top, name_width - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                name,
            )
            bar_top = top + (row_h - BAR_HEIGHT) / 2
            painter.fillRect(QRectF(bar_left, bar_top, bar_span, BAR_HEIGHT), QColor(GRID_COLOR))
            overdue_w = bar_span * line.counts.overdue / most
            due_w = bar_span * line.counts.due_today / most
            if overdue_w:
                painter.fillRect(
                    QRectF(bar_left, bar_top, overdue_w, BAR_HEIGHT), QColor(OVERDUE_COLOR)
                )
            if due_w:
                painter.fillRect(
                    QRectF(bar_left + overdue_w, bar_top, due_w, BAR_HEIGHT),
                    QColor(DUE_TODAY_COLOR),
                )
            painter.setPen(QColor(OVERDUE_COLOR if line.counts.overdue else MUTED_TEXT_COLOR))
            painter.drawText(
                QRect(bar_left + bar_span + 6, top, number_width, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                str(line.counts.overdue),
            )
            top += row_h
        painter.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for rect, consultant_id in self.row_rects():
            if rect.contains(point):
                self.consultant_clicked.emit(consultant_id)
                return
        super().mousePressEvent(event)
