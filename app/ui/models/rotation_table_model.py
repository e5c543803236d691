"""Today's rotation queue (接待轮序) and its event history, as table models.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's dataclass through any proxy, ``data()`` delegating to small
helpers. The queue model marks the consultant the next new walk-in goes to.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.customer import RotationEntryRow, RotationEventRow, RotationQueueView
from app.domain.enums import RotationStatus
from app.domain.rotation import QueueEntry
from app.ui.labels import rotation_event_label, rotation_status_label

Index = QModelIndex | QPersistentModelIndex

_CENTER = Qt.AlignmentFlag.AlignCenter

#: Status text colours of the queue (calm, readable on white).
STATUS_TEXT_COLORS: dict[str, str] = {
    RotationStatus.FREE: "#1F7A3A",
    RotationStatus.BUSY: "#B54708",
    RotationStatus.LEAVE: "#7B8794",
    RotationStatus.OFF: "#9AA5B1",
}
#: Background of the row of the consultant who gets the next new walk-in.
NEXT_UP_BACKGROUND = "#DBEAFB"


class RotationTableModel(QAbstractTableModel):
    POSITION, CONSULTANT, STATUS, MAKE_UP, SIGNED_IN = range(5)
    COLUMN_COUNT = 5
    #: ``data(index, ROW_ROLE)`` is the row's ``RotationEntryRow``.
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RotationEntryRow] = []
        self._proposed: int | None = None

    def set_queue(self, queue: RotationQueueView | None) -> None:
        self.beginResetModel()
        self._rows = list(queue.entries) if queue is not None else []
        self._proposed = queue.proposed_id if queue is not None else None
        self.endResetModel()

    def rows(self) -> list[RotationEntryRow]:
        return list(self._rows)

    def row_at(self, row: int) -> RotationEntryRow:
        return self._rows[row]

    def row_of(self, consultant_id: int) -> int:
        for number, entry in enumerate(self._rows):
            if entry.consultant_id == consultant_id:
                return number
        return -1

    def proposed_id(self) -> int | None:
        return self._proposed

    def on_duty(self) -> int:
        """Consultants signed in and not signed out again."""
        return sum(1 for r in self._rows if r.status is not RotationStatus.OFF)

    def free(self) -> int:
        return sum(1 for r in self._rows if r.status is RotationStatus.FREE)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.POSITION: self.tr("顺序"),
            self.CONSULTANT: self.tr("置业顾问"),
            self.STATUS: self.tr("状态"),
            self.MAKE_UP: self.tr("补位"),
            self.SIGNED_IN: self.tr("签到"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        entry = self._rows[index.row()]
        column = index.column()
        is_next = entry.consultant_id == self._proposed
        if role == self.ROW_ROLE:
            return entry
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(entry, column, is_next)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in (self.POSITION, self.MAKE_UP, self.SIGNED_IN):
                return int(_CENTER)
            return None
        if role == Qt.ItemDataRole.BackgroundRole and is_next:
            return QBrush(QColor(NEXT_UP_BACKGROUND))
        if role == Qt.ItemDataRole.ForegroundRole and column == self.STATUS:
            return QBrush(QColor(STATUS_TEXT_COLORS.get(entry.status, "#1F2933")))
        if role == Qt.ItemDataRole.FontRole and is_next:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column == self.MAKE_UP and entry.make_up_turns:
            return self.tr("接待时被跳过，空闲后优先补接 {n} 组").format(n=entry.make_up_turns)
        return None

    def _display(self, entry: RotationEntryRow, column: int, is_next: bool) -> str | None:
        if column == self.POSITION:
            return self.tr("▶ 下一位") if is_next else str(entry.position + 1)
        if column == self.CONSULTANT:
            return entry.consultant_name
        if column == self.STATUS:
            return rotation_status_label(entry.status)
        if column == self.MAKE_UP:
            return self.tr("补 {n}").format(n=entry.make_up_turns) if entry.make_up_turns else ""
        if column == self.SIGNED_IN:
            return entry.signed_in_at.strftime("%H:%M")
        return None


def queue_text(snapshot: tuple[QueueEntry, ...], names: Mapping[int, str]) -> str:
    """A stored queue as one line: "王芳 → 李强(接待中, 补1) → 赵敏(请假)"."""
    parts = []
    for entry in snapshot:
        name = names.get(entry.consultant_id, f"#{entry.consultant_id}")
        notes = []
        if entry.status is not RotationStatus.FREE:
            notes.append(rotation_status_label(entry.status))
        if entry.make_up_turns:
            notes.append(
                QCoreApplication.translate("RotationEventTableModel", "补{n}").format(
                    n=entry.make_up_turns
                )
            )
        parts.append(f"{name}（{'，'.join(notes)}）" if notes else name)
    return " → ".join(parts)


class RotationEventTableModel(QAbstractTableModel):
    """The day's rotation events, oldest first, each with the queue as it stood after it."""

    TIME, EVENT, CONSULTANT, REASON, BY, QUEUE, REPLAY = range(7)
    COLUMN_COUNT = 7
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[RotationEventRow] = []
        self._names: dict[int, str] = {}

    def set_events(self, rows: list[RotationEventRow], names: Mapping[int, str]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._names = dict(names)
        for r in rows:
            if r.consultant_id is not None and r.consultant_name:
                self._names.setdefault(r.consultant_id, r.consultant_name)
        self.endResetModel()

    def row_at(self, row: int) -> RotationEventRow:
        return self._rows[row]

    def all_replay(self) -> bool:
        return all(r.replay_matches for r in self._rows)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = {
            self.TIME: self.tr("时间"),
            self.EVENT: self.tr("事件"),
            self.CONSULTANT: self.tr("置业顾问"),
            self.REASON: self.tr("原因"),
            self.BY: self.tr("操作人"),
            self.QUEUE: self.tr("之后的轮序（前→后）"),
            self.REPLAY: self.tr("复核"),
        }
        return headers.get(section)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        event = self._rows[index.row()]
        column = index.column()
        if role == self.ROW_ROLE:
            return event
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(event, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.QUEUE, self.REASON):
            return self._display(event, column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.REPLAY:
            return QBrush(QColor("#1F7A3A" if event.replay_matches else "#B42318"))
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.TIME, self.REPLAY):
            return int(_CENTER)
        return None

    def _display(self, event: RotationEventRow, column: int) -> str | None:
        if column == self.TIME:
            return event.at.strftime("%H:%M:%S")
        if column == self.EVENT:
            return rotation_event_label(event.kind)
        if column == self.CONSULTANT:
            return event.consultant_name or ""
        if column == self.REASON:
            return event.reason or ""
        if column == self.BY:
            return event.by_user_name or ""
        if column == self.QUEUE:
            return queue_text(event.snapshot, self._names)
        if column == self.REPLAY:
            return self.tr("一致") if event.replay_matches else self.tr("不一致")
        return None
