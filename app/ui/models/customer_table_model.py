"""The customers table of the 客户 page: a lazy window onto up to a million customers.

One table-model shape (STYLE.md): column constants, translated headers, ``ROW_ROLE``
returning the row's ``CustomerRow``, ``data()`` delegating to small helpers,
``dataChanged`` for partial updates (a revealed phone, a saved customer file).

Nothing here holds the whole view. Filtering and sorting happen in SQL
(``CustomerQueryService``); the model keeps blocks of ``BLOCK`` rows:

1. ``set_query`` reads the first ``FIRST_PAGE`` rows and shows them at once; until the
   positions are known, ``rowCount`` grows with Qt's ``fetchMore`` by ``FETCH`` rows.
2. A worker thread then reads every id of the view in order (``ids()``, 8 bytes a row).
   With it ``rowCount`` is exact and any row, the last included, is one
   ``rows_by_ids`` call for its block away; blocks far from the screen are dropped
   (at most ``CACHE_BLOCKS`` are kept).
3. ``count_changed`` reports the number of rows: from ``count_within`` if it is cheap,
   else ``None`` ("counting…") until the ids arrive, whose length is exact.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Any, Protocol

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont

from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, SortKey
from app.domain.models import UserInfo
from app.ui.background import BackgroundTask, Progress
from app.ui.colors import MUTED_TEXT_COLOR, OVERDUE_COLOR
from app.ui.labels import channel_label, gender_label, grade_label, stage_label

log = logging.getLogger(__name__)

Index = QModelIndex | QPersistentModelIndex

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
_CENTER = Qt.AlignmentFlag.AlignCenter
_DISPLAY = int(Qt.ItemDataRole.DisplayRole)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole)
_FOREGROUND = int(Qt.ItemDataRole.ForegroundRole)
_FONT = int(Qt.ItemDataRole.FontRole)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole)


class CustomerSource(Protocol):
    """What the model needs of ``CustomerQueryService`` (a test may wrap it)."""

    def page(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort = ...,
        *,
        offset: int = ...,
        limit: int = ...,
    ) -> list[CustomerRow]: ...

    def count_within(
        self, actor: UserInfo, flt: CustomerFilter, budget_ms: float
    ) -> int | None: ...

    def ids(
        self,
        actor: UserInfo,
        flt: CustomerFilter,
        sort: CustomerSort = ...,
        *,
        cancelled: Callable[[], bool] | None = ...,
    ) -> array[int] | None: ...

    def rows_by_ids(self, actor: UserInfo, ids: Sequence[int]) -> list[CustomerRow]: ...


_BRUSHES: dict[str, QBrush] = {}


def _brush(colour: str) -> QBrush:
    brush = _BRUSHES.get(colour)
    if brush is None:
        brush = _BRUSHES[colour] = QBrush(QColor(colour))
    return brush


def when(value: dt.datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M") if value is not None else ""


def day(value: dt.date | None) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.datetime):
        value = value.date()
    return value.isoformat()


class CustomerTableModel(QAbstractTableModel):
    (
        ID,
        NAME,
        GENDER,
        PHONE,
        GRADE,
        STAGE,
        OWNER,
        CHANNEL,
        VISITS,
        LAST_VISIT,
        NEXT_FOLLOW_UP,
        CREATED,
        UPDATED,
    ) = range(13)
    COLUMN_COUNT = 13
    #: ``data(index, ROW_ROLE)`` is the row's ``CustomerRow`` (None while not loaded).
    ROW_ROLE = Qt.ItemDataRole.UserRole + 1

    #: Stable column names (remembered by the column chooser; the export's codes).
    COLUMN_CODES: tuple[str, ...] = (
        "id",
        "name",
        "gender",
        "phone",
        "grade",
        "stage",
        "owner",
        "channel",
        "visit_count",
        "last_visit",
        "next_follow_up",
        "created",
        "updated",
    )
    #: Columns the export service knows (``export_service.COLUMNS``).
    EXPORTABLE: frozenset[str] = frozenset(COLUMN_CODES) - {"updated"}
    #: Columns hidden until the user shows them.
    HIDDEN_BY_DEFAULT: frozenset[str] = frozenset({"id", "updated"})
    #: Header click → ORDER BY in SQL. Gender and phone are not sortable.
    SORT_KEYS: dict[int, SortKey] = {
        NAME: SortKey.NAME,
        GRADE: SortKey.GRADE,
        STAGE: SortKey.STAGE,
        OWNER: SortKey.OWNER,
        CHANNEL: SortKey.CHANNEL,
        VISITS: SortKey.VISIT_COUNT,
        LAST_VISIT: SortKey.LAST_VISIT,
        NEXT_FOLLOW_UP: SortKey.NEXT_FOLLOW_UP,
        CREATED: SortKey.CREATED,
        UPDATED: SortKey.UPDATED,
    }

    #: Rows read when the view opens or changes (a screenful and some).
    FIRST_PAGE = 60
    #: Rows added by each ``fetchMore`` until the positions are known.
    FETCH = 200
    #: Rows read at once after a jump (one ``rows_by_ids`` call).
    BLOCK = 200
    #: Blocks kept in memory once positions are known (older ones are dropped).
    CACHE_BLOCKS = 15
    #: Time the count may take (in the worker) before "counting…" is shown until the
    #: positions give the exact count.
    COUNT_BUDGET_MS = 150.0

    #: The number of rows of the view; None while it is being counted.
    count_changed = Signal(object)
    #: Every row of the view can be reached (the ids have arrived).
    positions_ready = Signal()
    #: The view was reloaded (a new filter or sort); the first rows are there.
    reloaded = Signal()
    #: The sort in effect changed (or a click on an unsortable column was refused).
    sort_changed = Signal(int, Qt.SortOrder)
    #: Reading rows failed (the exception); shown by the page, never from ``data()``.
    load_failed = Signal(object)

    def __init__(
        self, source: CustomerSource, actor: UserInfo, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._source = source
        self._actor = actor
        self._flt = CustomerFilter()
        self._sort = CustomerSort()
        self._generation = 0
        self._blocks: OrderedDict[int, list[CustomerRow | None]] = OrderedDict()
        self._failed_blocks: set[int] = set()
        #: Blocks read whole by id (a hole in one is a customer deleted meanwhile).
        self._complete_blocks: set[int] = set()
        self._ids: array[int] | None = None
        self._known = 0
        self._exhausted = True
        self._count: int | None = 0
        self._revealed: dict[int, str] = {}
        self._cancel: threading.Event | None = None
        self._task: BackgroundTask | None = None
        self._loaded = False
        self._fetching = False
        #: The query whose positions are still to be read (see ``start_positions``).
        self._pending: int | None = None
        #: Start reading positions right after ``set_query`` (False: the caller starts
        #: them, e.g. after the first paint).
        self.auto_positions = True
        #: The block last read from (most cells of a paint come from one block).
        self._hot: tuple[int, list[CustomerRow | None]] | None = None
        self._bold: QFont | None = None
        #: Translated labels by (kind, code), cleared with each query.
        self._labels: dict[tuple[str, str | None], str] = {}
        #: Rows asked of the service since the last reset (for tests and the benchmark).
        self.rows_requested = 0

    # --- the query ----------------------------------------------------------------------

    @property
    def filter(self) -> CustomerFilter:
        return self._flt

    @property
    def current_sort(self) -> CustomerSort:
        return self._sort

    @property
    def loaded(self) -> bool:
        """True once a query ran (the page loads on first show)."""
        return self._loaded

    @property
    def count(self) -> int | None:
        """The exact number of rows, or None while counting."""
        return self._count

    @property
    def positions_known(self) -> bool:
        return self._ids is not None

    def sort_column(self) -> int:
        for column, key in self.SORT_KEYS.items():
            if key is self._sort.key:
                return column
        return self.CREATED

    def sort_order(self) -> Qt.SortOrder:
        return (
            Qt.SortOrder.DescendingOrder if self._sort.descending else Qt.SortOrder.AscendingOrder
        )

    def set_query(
        self, flt: CustomerFilter | None = None, sort: CustomerSort | None = None
    ) -> None:
        """Show the view of ``flt`` in ``sort`` order (both default to the current ones):
        the first rows now, positions and count as they come."""
        self._cancel_positions()
        self._generation += 1
        generation = self._generation
        self.beginResetModel()
        self._loaded = True
        if flt is not None:
            self._flt = flt
        if sort is not None:
            self._sort = sort
        self._blocks.clear()
        self._failed_blocks.clear()
        self._complete_blocks.clear()
        self._hot = None
        self._labels.clear()
        self._ids = None
        self._known = 0
        self._exhausted = False
        self.rows_requested = 0
        error: BaseException | None = None
        try:
            rows = self._read_page(0, self.FIRST_PAGE)
        except Exception as exc:  # shown by the page; the table stays empty
            rows, error = [], exc
        self._store(0, rows)
        self._known = len(rows)
        complete = error is not None or len(rows) < self.FIRST_PAGE
        if complete:
            self._exhausted = True
            self._ids = array("q", (r.id for r in rows))
        self._end_reset()
        self.reloaded.emit()
        self.sort_changed.emit(self.sort_column(), self.sort_order())
        if error is not None:
            self._set_count(0)
            self.load_failed.emit(error)
            return
        if complete:
            self._set_count(len(rows))
            self.positions_ready.emit()
            return
        self._set_count(None)
        # The count and the positions are read in a worker. It starts once the first rows
        # are on the screen (``start_positions``; the page calls it after the first paint),
        # because the worker competes for the GIL with the painting of the rows.
        self._pending = generation
        if self.auto_positions:
            self.start_positions()

    def _end_reset(self) -> None:
        # Slots of modelReset (views, Qt's model tester) must not fetch more rows while
        # the others have not heard of the reset yet.
        self._fetching = True
        try:
            self.endResetModel()
        finally:
            self._fetching = False

    def refresh(self) -> None:
        """Read the view again (after customers changed elsewhere)."""
        self.set_query()

    def _read_page(self, offset: int, limit: int) -> list[CustomerRow]:
        rows = self._source.page(self._actor, self._flt, self._sort, offset=offset, limit=limit)
        self.rows_requested += len(rows)
        return rows

    def _set_count(self, n: int | None) -> None:
        self._count = n
        self.count_changed.emit(n)

    # --- positions (off the GUI thread) ---------------------------------------------------

    @property
    def positions_pending(self) -> bool:
        """The positions of the current view are wanted but not being read yet."""
        return self._pending is not None

    def start_positions(self) -> None:
        """Read the count and every id of the view in a worker (once per query)."""
        generation = self._pending
        if generation is None or generation != self._generation:
            return
        self._pending = None
        cancel = threading.Event()
        self._cancel = cancel
        source, actor, flt, sort = self._source, self._actor, self._flt, self._sort
        budget = self.COUNT_BUDGET_MS

        def work(progress: Progress) -> tuple[int, array[int] | None]:
            # A cheap count first (a search, one indexed filter): shown at once.
            n = source.count_within(actor, flt, budget)
            if n is not None and not cancel.is_set():
                progress("count", n, n)
            return generation, source.ids(actor, flt, sort, cancelled=cancel.is_set)

        task = BackgroundTask(work)
        task.progress.connect(self._positions_progress)
        task.succeeded.connect(self._positions_arrived)
        task.failed.connect(self._positions_failed)
        self._task = task
        task.start()

    def _cancel_positions(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self._cancel = None
        self._task = None
        self._pending = None

    def _positions_progress(self, label: str, done: int, _total: int) -> None:
        if label == "count" and self.sender() is self._task and self._count is None:
            self._set_count(done)

    def wait_for_positions(self, timeout_ms: int = 30_000) -> bool:
        """Block until the positions worker has finished (tests, the benchmark)."""
        task = self._task
        return task is None or task.wait(timeout_ms)

    def _positions_failed(self, exc: BaseException) -> None:
        log.error("reading the positions of the customers view failed", exc_info=exc)
        # Rows still load page by page; only jumping far and the exact count are lost.

    def _positions_arrived(self, result: tuple[int, array[int] | None]) -> None:
        generation, ids = result
        if generation != self._generation or ids is None or self._ids is not None:
            return
        self._task = None
        self._cancel = None
        known = self._known
        # No more fetchMore from here on (also not from a slot of the signals below).
        self._exhausted = True
        consistent = len(ids) >= known and all(
            row is None or row.id == ids[i]
            for i, row in ((i, self._cached(i)) for i in range(known))
        )
        if not consistent:
            # Customers changed between the first page and the ids: start from the ids.
            self.beginResetModel()
            self._blocks.clear()
            self._complete_blocks.clear()
            self._hot = None
            self._ids = ids
            self._known = len(ids)
            self._end_reset()
        elif len(ids) > known:
            self.beginInsertRows(QModelIndex(), known, len(ids) - 1)
            self._ids = ids
            self._known = len(ids)
            self.endInsertRows()
        else:
            self._ids = ids
        self._trim()
        self._set_count(len(ids))
        self.positions_ready.emit()

    # --- rows ---------------------------------------------------------------------------

    def _cached(self, row: int) -> CustomerRow | None:
        block = self._blocks.get(row // self.BLOCK)
        return block[row % self.BLOCK] if block is not None else None

    def _store(self, start: int, rows: Sequence[CustomerRow]) -> None:
        for i, row in enumerate(rows):
            b, o = divmod(start + i, self.BLOCK)
            block = self._blocks.get(b)
            if block is None:
                block = self._blocks[b] = [None] * self.BLOCK
            block[o] = row

    def _trim(self) -> None:
        if self._ids is None:
            return  # before the positions every loaded row is needed (no way back)
        while len(self._blocks) > self.CACHE_BLOCKS:
            b, _ = self._blocks.popitem(last=False)
            self._complete_blocks.discard(b)

    def _load_block(self, b: int) -> list[CustomerRow | None]:
        assert self._ids is not None
        ids = self._ids[b * self.BLOCK : (b + 1) * self.BLOCK]
        rows = self._source.rows_by_ids(self._actor, ids)
        self.rows_requested += len(rows)
        by_id = {r.id: r for r in rows}
        block: list[CustomerRow | None] = [by_id.get(i) for i in ids]
        block.extend([None] * (self.BLOCK - len(block)))
        self._blocks[b] = block
        self._complete_blocks.add(b)
        self._trim()
        return block

    def row_at(self, row: int) -> CustomerRow | None:
        """The customer on ``row``, read (with its block) if it is not in memory."""
        if not 0 <= row < self.rowCount():
            return None
        b, o = divmod(row, self.BLOCK)
        hot = self._hot
        if hot is not None and hot[0] == b and hot[1][o] is not None:
            return hot[1][o]
        block = self._blocks.get(b)
        if block is not None:
            self._blocks.move_to_end(b)
            self._hot = (b, block)
            if block[o] is not None or self._ids is None or b in self._complete_blocks:
                return block[o]
        if self._ids is None or b in self._failed_blocks:
            return None
        try:
            block = self._load_block(b)
            self._hot = (b, block)
            return block[o]
        except Exception as exc:
            # Never raise into the paint: remember, and let the page tell the user.
            self._failed_blocks.add(b)
            log.exception("reading rows of the customers view failed")
            failure = exc
            QTimer.singleShot(0, self, lambda: self.load_failed.emit(failure))
            return None

    def row_of(self, customer_id: int) -> int:
        """The row of a customer in the view, or -1 (searched in the ids when known)."""
        if self._ids is not None:
            try:
                return self._ids.index(customer_id)
            except ValueError:
                return -1
        for b, block in self._blocks.items():
            for o, row in enumerate(block):
                if row is not None and row.id == customer_id:
                    return b * self.BLOCK + o
        return -1

    def ensure_loaded(self, first: int, last: int) -> None:
        """Read the blocks of rows ``first..last`` now (before a paint needs them)."""
        for b in range(max(0, first) // self.BLOCK, max(0, last) // self.BLOCK + 1):
            self.row_at(min(b * self.BLOCK, self.rowCount() - 1))

    # --- partial updates --------------------------------------------------------------

    def set_revealed(self, customer_id: int, phone: str) -> None:
        """Show the full number the user revealed (audited) instead of the masked one."""
        self._revealed[customer_id] = phone
        self._changed(customer_id, self.PHONE, self.PHONE)

    def revealed_phone(self, customer_id: int) -> str | None:
        return self._revealed.get(customer_id)

    def update_customer(self, customer_id: int) -> None:
        """Read one customer again (after its file was saved) and repaint its row."""
        positions = [
            (b, o)
            for b, block in self._blocks.items()
            for o, row in enumerate(block)
            if row is not None and row.id == customer_id
        ]
        if not positions:
            return
        rows = self._source.rows_by_ids(self._actor, [customer_id])
        fresh = rows[0] if rows else None
        for b, o in positions:
            self._blocks[b][o] = fresh
        self._changed(customer_id, 0, self.COLUMN_COUNT - 1, positions)

    def _changed(
        self,
        customer_id: int,
        first: int,
        last: int,
        positions: list[tuple[int, int]] | None = None,
    ) -> None:
        if positions is None:
            positions = [
                (b, o)
                for b, block in self._blocks.items()
                for o, row in enumerate(block)
                if row is not None and row.id == customer_id
            ]
        for b, o in positions:
            row = b * self.BLOCK + o
            self.dataChanged.emit(self.index(row, first), self.index(row, last))

    # --- Qt model API -------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._ids) if self._ids is not None else self._known

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMN_COUNT

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return (
            not parent.isValid()
            and self._ids is None
            and not self._exhausted
            and not self._fetching
        )

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        try:
            rows = self._read_page(self._known, self.FETCH)
        except Exception as exc:
            self._exhausted = True
            self.load_failed.emit(exc)
            return
        if len(rows) < self.FETCH:
            self._exhausted = True
        if not rows:
            return
        start = self._known
        # A slot of rowsAboutToBeInserted may ask for more: not until these are in.
        self._fetching = True
        try:
            self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
            self._store(start, rows)
            self._known += len(rows)
            self.endInsertRows()
        finally:
            self._fetching = False
        if self._exhausted and self._count is None:
            self._set_count(self._known)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = self.SORT_KEYS.get(column)
        if key is None:
            # Not sortable in SQL: keep the current order and its indicator.
            self.sort_changed.emit(self.sort_column(), self.sort_order())
            return
        wanted = CustomerSort(key, order == Qt.SortOrder.DescendingOrder)
        if wanted == self._sort and self._loaded:
            return
        if not self._loaded:
            self._sort = wanted
            return
        self.set_query(sort=wanted)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.column_title(section)
        if (
            role == Qt.ItemDataRole.ToolTipRole
            and section not in self.SORT_KEYS
            and 0 <= section < self.COLUMN_COUNT
        ):
            return self.tr("此列不能排序")
        return None

    def column_title(self, column: int) -> str | None:
        titles = {
            self.ID: self.tr("客户编号"),
            self.NAME: self.tr("姓名"),
            self.GENDER: self.tr("性别"),
            self.PHONE: self.tr("手机号"),
            self.GRADE: self.tr("意向等级"),
            self.STAGE: self.tr("阶段"),
            self.OWNER: self.tr("置业顾问"),
            self.CHANNEL: self.tr("来源渠道"),
            self.VISITS: self.tr("来访次数"),
            self.LAST_VISIT: self.tr("最近来访"),
            self.NEXT_FOLLOW_UP: self.tr("下次跟进"),
            self.CREATED: self.tr("登记时间"),
            self.UPDATED: self.tr("更新时间"),
        }
        return titles.get(column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # Painting asks for about seven roles of every visible cell: answer the ones
        # that need no row, and the columns that have nothing for a role, at once.
        if role not in _ROLES:
            return None
        column = index.column()
        if role == _ALIGNMENT:
            return _ALIGNMENTS.get(column)
        if role == _FONT and column != self.NEXT_FOLLOW_UP:
            return None
        if role == _FOREGROUND and column not in _COLOURED:
            return None
        if not index.isValid():
            return None
        customer = self.row_at(index.row())
        if customer is None:
            return None
        if role == _DISPLAY:
            return self._display(customer, column)
        if role == self.ROW_ROLE:
            return customer
        if role == _FOREGROUND:
            return self._foreground(customer, column)
        if role == _FONT:
            return self._font(customer, column)
        return self._tooltip(customer, column)

    def _label(self, kind: str, code: str | None, fn: Callable[[str | None], str]) -> str:
        key = (kind, code)
        text = self._labels.get(key)
        if text is None:
            text = self._labels[key] = fn(code)
        return text

    def _display(self, c: CustomerRow, column: int) -> str | None:
        if column == self.NAME:
            return c.name
        if column == self.PHONE:
            return self._revealed.get(c.id, c.phone) if self._revealed else c.phone
        if column == self.GRADE:
            return c.grade or ""
        if column == self.STAGE:
            return self._label("stage", c.stage, stage_label)
        if column == self.OWNER:
            if c.owner_name:
                return c.owner_name
            return self._label("pool", None, self._pool_label) if c.in_public_pool else ""
        if column == self.CHANNEL:
            return self._label("channel", c.channel, channel_label)
        if column == self.GENDER:
            return self._label("gender", c.gender, gender_label)
        if column == self.VISITS:
            return str(c.visit_count)
        # Days in the table (the columns stay narrow); the time is in the tooltip.
        if column == self.LAST_VISIT:
            return day(c.last_visit_at)
        if column == self.NEXT_FOLLOW_UP:
            return day(c.next_follow_up_date)
        if column == self.CREATED:
            return day(c.created_at)
        if column == self.UPDATED:
            return day(c.updated_at)
        if column == self.ID:
            return str(c.id)
        return None

    def _pool_label(self, _code: str | None) -> str:
        return self.tr("公共客户池")

    def _foreground(self, c: CustomerRow, column: int) -> QBrush | None:
        if column == self.NEXT_FOLLOW_UP and c.overdue:
            return _brush(OVERDUE_COLOR)
        if column == self.PHONE and c.phone_masked and c.id not in self._revealed:
            return _brush(MUTED_TEXT_COLOR)
        if column == self.OWNER and not c.owner_name:
            return _brush(MUTED_TEXT_COLOR)
        return None

    def _font(self, c: CustomerRow, column: int) -> QFont | None:
        if column == self.NEXT_FOLLOW_UP and c.overdue:
            if self._bold is None:
                self._bold = QFont()
                self._bold.setBold(True)
            return self._bold
        return None

    def _tooltip(self, c: CustomerRow, column: int) -> str | None:
        if column == self.PHONE and c.phone_masked and c.id not in self._revealed:
            return self.tr("号码已隐藏。需要时可“查看完整号码”，查看会记入审计日志。")
        if column == self.NEXT_FOLLOW_UP and c.overdue:
            return self.tr("跟进已逾期")
        if column == self.GRADE:
            return grade_label(c.grade, long=True)
        if column == self.OWNER and c.locked:
            return self.tr("经理已锁定归属")
        if column == self.LAST_VISIT:
            return when(c.last_visit_at) or None
        if column == self.CREATED:
            return when(c.created_at)
        if column == self.UPDATED:
            return when(c.updated_at)
        return None


_M = CustomerTableModel
_ROLES = frozenset({_DISPLAY, _ALIGNMENT, _FOREGROUND, _FONT, _TOOLTIP, int(_M.ROW_ROLE)})
_ALIGNMENTS = {
    _M.ID: int(_RIGHT),
    _M.GRADE: int(_CENTER),
    _M.GENDER: int(_CENTER),
    _M.VISITS: int(_CENTER),
}
#: Columns with their own text colour (overdue date, masked phone, public pool).
_COLOURED = frozenset({_M.NEXT_FOLLOW_UP, _M.PHONE, _M.OWNER})
