"""The charts of the reports page, drawn with ``QPainter`` (no chart library to ship).

- ``VisitsChartWidget``: a stacked column per day, week or month, first visits (blue)
  under return visits (orange), with a value axis and as many date labels as fit;
  hovering a column shows its figures.
- ``BarChartWidget``: horizontal bars with a label on the left and the figure on the
  right: channel mix, grade mix (in the grade colours of ``app.ui.colors``), the
  conversion funnel (bars centred, so it reads as a funnel), lost reasons, the ranking,
  overdue follow-ups.

Both show a calm sentence instead of an empty frame when there is nothing to draw.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.domain.reports import VisitBucket
from app.ui.colors import MUTED_TEXT_COLOR

FIRST_COLOR = "#2F6FB0"
RETURN_COLOR = "#E8871E"
GRID_COLOR = "#E4E7EB"
TEXT_COLOR = "#1F2933"
TRACK_COLOR = "#F1F3F5"
MARGIN = 10
BAR_HEIGHT = 18
ROW_GAP = 8


@dataclass(frozen=True, slots=True)
class Bar:
    """One horizontal bar: ``value`` sets its length, ``text`` is printed after it."""

    label: str
    value: float
    color: str
    text: str
    tooltip: str = ""


def nice_step(value: float, ticks: int = 4) -> float:
    """A round step (1, 2 or 5 times a power of ten, at least 1) so that ``ticks`` steps
    reach ``value``."""
    raw = max(value / ticks, 1.0)
    power = 10 ** math.floor(math.log10(raw))
    for step in (1, 2, 5, 10):
        if step * power >= raw:
            return float(step * power)
    return 10.0 * power


class _Chart(QWidget):
    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._empty_text = empty_text
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)

    def set_empty_text(self, text: str) -> None:
        self._empty_text = text
        self.update()

    def empty_text(self) -> str:
        return self._empty_text

    def _draw_empty(self, painter: QPainter) -> None:
        painter.setPen(QColor(MUTED_TEXT_COLOR))
        painter.drawText(
            self.rect().adjusted(MARGIN, MARGIN, -MARGIN, -MARGIN),
            Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
            self._empty_text,
        )


class VisitsChartWidget(_Chart):
    """First and return visits per bucket, stacked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setObjectName("visitsChart")
        self.setMouseTracking(True)
        self._buckets: list[VisitBucket] = []
        self._labels: list[str] = []
        self._axis_labels: list[str] = []
        self._legend = (self.tr("首次来访"), self.tr("复访"))

    def set_buckets(
        self,
        buckets: Sequence[VisitBucket],
        labels: Sequence[str],
        axis_labels: Sequence[str] | None = None,
    ) -> None:
        """The columns, their labels (tooltips) and their short labels under the axis."""
        self._buckets = list(buckets)
        self._labels = list(labels)
        self._axis_labels = list(axis_labels) if axis_labels is not None else list(labels)
        self.update()

    def buckets(self) -> list[VisitBucket]:
        return list(self._buckets)

    def is_empty(self) -> bool:
        return not any(b.total for b in self._buckets)

    def sizeHint(self) -> QSize:
        return QSize(520, 240)

    def minimumSizeHint(self) -> QSize:
        return QSize(260, 180)

    # -- geometry ----------------------------------------------------------------------

    def _plot_rect(self) -> QRect:
        metrics = self.fontMetrics()
        top = MARGIN + metrics.height() + 8
        axis_w = metrics.horizontalAdvance("00000") + 8
        bottom = self.height() - MARGIN - metrics.height() - 6
        return QRect(MARGIN + axis_w, top, self.width() - 2 * MARGIN - axis_w, bottom - top)

    def column_rect(self, index: int) -> QRectF:
        """Where column ``index`` stands (its whole height, for hovering and tests)."""
        plot = self._plot_rect()
        slot = plot.width() / max(1, len(self._buckets))
        gap = min(6.0, slot * 0.25)
        return QRectF(plot.left() + index * slot + gap / 2, plot.top(), slot - gap, plot.height())

    def _label_step(self, metrics: QFontMetrics) -> int:
        if not self._axis_labels:
            return 1
        widest = max(metrics.horizontalAdvance(text) for text in self._axis_labels) + 12
        slot = self._plot_rect().width() / max(1, len(self._axis_labels))
        return max(1, math.ceil(widest / max(slot, 1)))

    # -- painting ----------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_empty():
            self._draw_empty(painter)
            painter.end()
            return
        metrics = self.fontMetrics()
        self._draw_legend(painter, metrics)
        plot = self._plot_rect()
        most = max(b.total for b in self._buckets)
        step = nice_step(most)
        ticks = max(1, math.ceil(most / step))
        top_value = step * ticks
        for i in range(ticks + 1):
            value = step * i
            y = plot.bottom() - plot.height() * i / ticks
            painter.setPen(QColor(GRID_COLOR))
            painter.drawLine(plot.left(), round(y), plot.right(), round(y))
            painter.setPen(QColor(MUTED_TEXT_COLOR))
            text = f"{value:,.0f}"
            painter.drawText(
                QRect(MARGIN, round(y) - metrics.height() // 2, plot.left() - MARGIN - 6,
                      metrics.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                text,
            )  # fmt: skip
        scale = plot.height() / top_value
        for i, bucket in enumerate(self._buckets):
            column = self.column_rect(i)
            first_h = bucket.first * scale
            return_h = bucket.returning * scale
            bottom = float(plot.bottom())
            if first_h:
                painter.fillRect(
                    QRectF(column.left(), bottom - first_h, column.width(), first_h),
                    QColor(FIRST_COLOR),
                )
            if return_h:
                painter.fillRect(
                    QRectF(column.left(), bottom - first_h - return_h, column.width(), return_h),
                    QColor(RETURN_COLOR),
                )
        every = self._label_step(metrics)
        painter.setPen(QColor(TEXT_COLOR))
        right_of_last = -1
        for i, text in enumerate(self._axis_labels):
            if i % every:
                continue
            column = self.column_rect(i)
            width = metrics.horizontalAdvance(text) + 4
            left = int(column.center().x() - width / 2)
            left = max(MARGIN, min(left, self.width() - MARGIN - width))
            if left <= right_of_last + 8:
                continue  # would touch the label before
            right_of_last = left + width
            painter.drawText(
                QRect(left, plot.bottom() + 4, width, metrics.height()),
                Qt.AlignmentFlag.AlignCenter,
                text,
            )
        painter.end()

    def _draw_legend(self, painter: QPainter, metrics: QFontMetrics) -> None:
        x = self._plot_rect().left()
        for colour, text in ((FIRST_COLOR, self._legend[0]), (RETURN_COLOR, self._legend[1])):
            painter.fillRect(QRect(x, MARGIN + 3, 12, 12), QColor(colour))
            x += 16
            painter.setPen(QColor(TEXT_COLOR))
            width = metrics.horizontalAdvance(text) + 4
            painter.drawText(
                QRect(x, MARGIN, width, metrics.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                text,
            )
            x += width + 16

    # -- hover ---------------------------------------------------------------------------

    def column_at(self, point: QPoint) -> int | None:
        for i in range(len(self._buckets)):
            if self.column_rect(i).contains(point.toPointF()):
                return i
        return None

    def tooltip_for(self, index: int) -> str:
        bucket = self._buckets[index]
        return self.tr("{label}\n首次来访 {first}，复访 {returning}，合计 {total}").format(
            label=self._labels[index] if index < len(self._labels) else "",
            first=bucket.first,
            returning=bucket.returning,
            total=bucket.total,
        )

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        index = self.column_at(point)
        if index is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(self.mapToGlobal(point), self.tooltip_for(index), self)
        super().mouseMoveEvent(event)


class BarChartWidget(_Chart):
    """Horizontal bars, one per line; ``centered`` bars grow from the middle (a funnel)."""

    def __init__(
        self, name: str, empty_text: str = "", *, centered: bool = False,
        parent: QWidget | None = None,
    ) -> None:  # fmt: skip
        super().__init__(empty_text, parent)
        self.setObjectName(name)
        self.setMouseTracking(True)
        self._bars: list[Bar] = []
        self._centered = centered

    def set_bars(self, bars: Sequence[Bar]) -> None:
        self._bars = list(bars)
        self.updateGeometry()
        self.update()

    def bars(self) -> list[Bar]:
        return list(self._bars)

    def is_empty(self) -> bool:
        return not any(bar.value for bar in self._bars)

    def _row_height(self) -> int:
        return max(BAR_HEIGHT, self.fontMetrics().height()) + ROW_GAP

    def sizeHint(self) -> QSize:
        rows = max(2, len(self._bars))
        return QSize(360, 2 * MARGIN + rows * self._row_height())

    def minimumSizeHint(self) -> QSize:
        rows = max(2, min(len(self._bars), 4))
        return QSize(220, 2 * MARGIN + rows * self._row_height())

    def row_rect(self, index: int) -> QRect:
        height = self._row_height()
        return QRect(MARGIN, MARGIN + index * height, self.width() - 2 * MARGIN, height)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.is_empty():
            self._draw_empty(painter)
            painter.end()
            return
        metrics = self.fontMetrics()
        width = self.width()
        label_w = min(max(metrics.horizontalAdvance(b.label) for b in self._bars) + 12, width // 3)
        text_w = min(max(metrics.horizontalAdvance(b.text) for b in self._bars) + 10, width // 3)
        left = MARGIN + label_w
        span = max(10, width - left - MARGIN - text_w)
        most = max(bar.value for bar in self._bars) or 1
        row_h = self._row_height()
        for i, bar in enumerate(self._bars):
            row = self.row_rect(i)
            painter.setPen(QColor(TEXT_COLOR))
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(
                QRect(MARGIN, row.top(), label_w - 8, row_h),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            top = row.top() + (row_h - BAR_HEIGHT) / 2
            length = span * bar.value / most
            if self._centered:
                painter.fillRect(QRectF(left, top, span, BAR_HEIGHT), QColor(TRACK_COLOR))
                x = left + (span - length) / 2
            else:
                painter.fillRect(QRectF(left, top, span, BAR_HEIGHT), QColor(TRACK_COLOR))
                x = left
            if length:
                painter.fillRect(QRectF(x, top, max(length, 2.0), BAR_HEIGHT), QColor(bar.color))
            painter.setPen(QColor(TEXT_COLOR if bar.value else MUTED_TEXT_COLOR))
            painter.drawText(
                QRect(left + span + 6, row.top(), text_w, row_h),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                metrics.elidedText(bar.text, Qt.TextElideMode.ElideRight, text_w),
            )
        painter.end()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        for i, bar in enumerate(self._bars):
            if self.row_rect(i).contains(point):
                QToolTip.showText(self.mapToGlobal(point), bar.tooltip or bar.label, self)
                break
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)
