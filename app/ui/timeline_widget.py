"""The 互动档案 (timeline) of a customer: everything that happened, newest first.

Read-only by design (SPEC §4: nothing on the timeline is ever deleted; a correction is
a new entry). Each kind has its own round icon with a character and a colour, so a
glance finds the visits, follow-ups, grade and ownership changes, deals, documents and
complaints; a grade change takes the colour of its new grade (``app.ui.colors``).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.domain.customer import TimelineEntry, TimelineKind
from app.ui.colors import GRADE_COLORS, MUTED_TEXT_COLOR

Index = QModelIndex | QPersistentModelIndex

ICON_SIZE = 30
MARGIN = 10
GAP = 12
LINE_COLOR = "#D3DAE3"

#: Kind → icon colour. Complaints are red, deals teal, visits blue...
KIND_COLORS: dict[TimelineKind, str] = {
    TimelineKind.VISIT: "#2F6FB0",
    TimelineKind.FOLLOW_UP: "#1F7A3A",
    TimelineKind.GRADE: "#E8871E",
    TimelineKind.OWNERSHIP: "#7B5EA7",
    TimelineKind.DEAL: "#0E7C86",
    TimelineKind.DOCUMENT: "#52606D",
    TimelineKind.COMPLAINT: "#B42318",
    TimelineKind.SURVEY: "#B7791F",
    TimelineKind.CONSENT: "#6B7C93",
}


def kind_label(kind: TimelineKind | str) -> str:
    labels = {
        TimelineKind.VISIT: QCoreApplication.translate("Timeline", "来访"),
        TimelineKind.FOLLOW_UP: QCoreApplication.translate("Timeline", "跟进"),
        TimelineKind.GRADE: QCoreApplication.translate("Timeline", "意向等级"),
        TimelineKind.OWNERSHIP: QCoreApplication.translate("Timeline", "归属变更"),
        TimelineKind.DEAL: QCoreApplication.translate("Timeline", "交易"),
        TimelineKind.DOCUMENT: QCoreApplication.translate("Timeline", "文件"),
        TimelineKind.COMPLAINT: QCoreApplication.translate("Timeline", "投诉"),
        TimelineKind.SURVEY: QCoreApplication.translate("Timeline", "满意度"),
        TimelineKind.CONSENT: QCoreApplication.translate("Timeline", "授权同意"),
    }
    return labels.get(TimelineKind(kind), str(kind))


def kind_glyph(kind: TimelineKind | str) -> str:
    """The one character inside the kind's icon."""
    glyphs = {
        TimelineKind.VISIT: QCoreApplication.translate("Timeline", "访"),
        TimelineKind.FOLLOW_UP: QCoreApplication.translate("Timeline", "跟"),
        TimelineKind.GRADE: QCoreApplication.translate("Timeline", "级"),
        TimelineKind.OWNERSHIP: QCoreApplication.translate("Timeline", "属"),
        TimelineKind.DEAL: QCoreApplication.translate("Timeline", "交"),
        TimelineKind.DOCUMENT: QCoreApplication.translate("Timeline", "档"),
        TimelineKind.COMPLAINT: QCoreApplication.translate("Timeline", "诉"),
        TimelineKind.SURVEY: QCoreApplication.translate("Timeline", "评"),
        TimelineKind.CONSENT: QCoreApplication.translate("Timeline", "授"),
    }
    return glyphs.get(TimelineKind(kind), "·")


def kind_color(entry: TimelineEntry) -> QColor:
    if entry.kind is TimelineKind.GRADE and entry.action in GRADE_COLORS:
        return QColor(GRADE_COLORS[entry.action])
    return QColor(KIND_COLORS.get(entry.kind, MUTED_TEXT_COLOR))


class TimelineModel(QAbstractListModel):
    """The entries, newest first (sorted here too, whatever order they came in)."""

    ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: list[TimelineEntry] = []

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.beginResetModel()
        self._entries = sorted(entries, key=lambda e: e.at, reverse=True)
        self.endResetModel()

    def entries(self) -> list[TimelineEntry]:
        return list(self._entries)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
        if role == self.ENTRY_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return entry.summary
        if role == Qt.ItemDataRole.ToolTipRole:
            return entry.detail or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{entry.at:%Y-%m-%d %H:%M} {kind_label(entry.kind)} {entry.summary}"
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


class TimelineDelegate(QStyledItemDelegate):
    """An icon on a vertical line; kind, person and time; the summary; the detail."""

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._view = view

    def _fonts(self, base: QFont) -> tuple[QFont, QFont, QFont]:
        small = QFont(base)
        small.setPointSizeF(base.pointSizeF() * 0.9)
        bold = QFont(base)
        bold.setBold(True)
        return small, bold, QFont(base)

    def _text_width(self, option_width: int) -> int:
        return max(120, option_width - ICON_SIZE - GAP - 2 * MARGIN)

    def _heights(self, entry: TimelineEntry, base: QFont, width: int) -> tuple[int, int, int]:
        small, bold, normal = self._fonts(base)
        flags = int(Qt.TextFlag.TextWordWrap)
        meta = QFontMetrics(small).height()
        summary = QFontMetrics(bold).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                  entry.summary).height()  # fmt: skip
        detail = 0
        if entry.detail:
            detail = QFontMetrics(normal).boundingRect(QRect(0, 0, width, 10_000), flags,
                                                       entry.detail).height()  # fmt: skip
        return meta, summary, detail

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        entry = index.data(TimelineModel.ENTRY_ROLE)
        width = self._view.viewport().width()
        if not isinstance(entry, TimelineEntry):
            return QSize(width, ICON_SIZE)
        meta, summary, detail = self._heights(entry, option.font, self._text_width(width))
        height = MARGIN + meta + 2 + summary + (4 + detail if detail else 0) + MARGIN
        return QSize(width, max(height, ICON_SIZE + 2 * MARGIN))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        entry = index.data(TimelineModel.ENTRY_ROLE)
        if not isinstance(entry, TimelineEntry):
            return
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, QColor("#EAF1FA"))
        small, bold, normal = self._fonts(option.font)
        # The line joining the icons (not above the newest, not below the oldest).
        icon = QRect(rect.left() + MARGIN, rect.top() + MARGIN, ICON_SIZE, ICON_SIZE)
        painter.setPen(QPen(QColor(LINE_COLOR), 2))
        x = icon.center().x()
        if index.row() > 0:
            painter.drawLine(x, rect.top(), x, icon.top())
        if index.row() < index.model().rowCount() - 1:
            painter.drawLine(x, icon.bottom(), x, rect.bottom())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(kind_color(entry))
        painter.drawEllipse(icon)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(bold)
        painter.drawText(icon, Qt.AlignmentFlag.AlignCenter, kind_glyph(entry.kind))

        left = icon.right() + GAP
        width = self._text_width(rect.width())
        meta_h, summary_h, detail_h = self._heights(entry, option.font, width)
        y = rect.top() + MARGIN
        painter.setFont(small)
        painter.setPen(kind_color(entry))
        kind_text = kind_label(entry.kind)
        painter.drawText(QRect(left, y, width, meta_h), Qt.AlignmentFlag.AlignLeft, kind_text)
        painter.setPen(QColor(MUTED_TEXT_COLOR))
        offset = QFontMetrics(small).horizontalAdvance(kind_text + "  ")
        who = entry.user_name or ""
        painter.drawText(QRect(left + offset, y, width - offset, meta_h),
                         Qt.AlignmentFlag.AlignLeft, who)  # fmt: skip
        painter.drawText(QRect(left, y, width, meta_h), Qt.AlignmentFlag.AlignRight,
                         entry.at.strftime("%Y-%m-%d %H:%M"))  # fmt: skip
        y += meta_h + 2
        painter.setFont(bold)
        painter.setPen(QColor("#1F2933"))
        painter.drawText(QRect(left, y, width, summary_h), int(Qt.TextFlag.TextWordWrap),
                         entry.summary)  # fmt: skip
        if entry.detail:
            y += summary_h + 4
            painter.setFont(normal)
            painter.setPen(QColor("#52606D"))
            painter.drawText(QRect(left, y, width, detail_h), int(Qt.TextFlag.TextWordWrap),
                             entry.detail)  # fmt: skip
        painter.restore()


class TimelineWidget(QListView):
    """The read-only timeline list; ``set_entries`` replaces what it shows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("timeline")
        self.timeline_model = TimelineModel(self)
        self.setModel(self.timeline_model)
        self.setItemDelegate(TimelineDelegate(self))
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setResizeMode(QListView.ResizeMode.Adjust)
        self.setUniformItemSizes(False)
        self.setWordWrap(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setStyleSheet("QListView#timeline { background: #ffffff; }")

    def set_entries(self, entries: Sequence[TimelineEntry]) -> None:
        self.timeline_model.set_entries(entries)

    def entries(self) -> list[TimelineEntry]:
        return self.timeline_model.entries()
