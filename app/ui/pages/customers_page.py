"""客户: every customer of the project, searched, filtered and sorted in SQL.

The table is a lazy ``CustomerTableModel`` (first rows at once, then positions from a
worker, so any row is reachable without loading every row). The search box waits for
a pause in typing before it queries. Phones are masked per SPEC §1; "查看完整号码" asks
for a reason and is audited by the service. Double-click or Enter opens the customer
file (客户档案). "导出 Excel" writes the current view (filters, sort and visible columns)
off the GUI thread, with a progress window that can cancel.
"""

from __future__ import annotations

import datetime as dt
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QEvent,
    QItemSelection,
    QLocale,
    QModelIndex,
    QObject,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QFileDialog, QWidget

from app.domain.access import may_reveal, sees_customer_data, sees_full
from app.domain.customer import CustomerFilter, CustomerRow, ExportResult
from app.domain.enums import Channel, Grade, Role, Stage
from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask, Progress
from app.ui.column_chooser import ColumnChooser, ui_state
from app.ui.customer_file_dialog import CustomerFileDialog
from app.ui.error_dialog import show_error
from app.ui.labels import channel_label, grade_label, stage_label
from app.ui.models.customer_table_model import CustomerTableModel
from app.ui.reveal_dialog import RevealDialog
from app.ui.stale_watch import StaleWatch
from app.ui.views.customers_view import CustomersView, ExportProgressDialog
from app.ui.widgets import set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services

#: Pause in typing before the search runs.
SEARCH_DELAY_MS = 250
#: Longest wait for the first paint before the positions are read anyway.
POSITIONS_FALLBACK_MS = 200
#: Settings key of the hidden columns (column codes).
HIDDEN_COLUMNS_KEY = "customers/hidden_columns"
#: The date range filter starts as the last 30 days when switched on.
DEFAULT_RANGE_DAYS = 30


def format_count(n: int) -> str:
    """1,000,000 — grouped as in zh_CN (and en) whatever the system locale."""
    locale = QLocale()
    if locale.language() == QLocale.Language.C:
        locale = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    return locale.toString(n)


class CustomersPage(CustomersView):
    #: An export finished (``ExportResult``; ``cancelled`` says whether it stopped early).
    export_finished = Signal(object)
    #: An export failed (the exception).
    export_failed = Signal(object)
    #: A customer file was opened (the dialog).
    file_opened = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
        *,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._events = events
        self._allowed = sees_customer_data(user)
        self.watch = StaleWatch(self, self.refresh, when_visible=self._reload_keeping_selection)
        self._owners_loaded = False
        #: The customer to select again once a refresh has its positions.
        self._reselect_id: int | None = None
        self.file_dialog: CustomerFileDialog | None = None
        self.export_dialog: ExportProgressDialog | None = None
        self._export_task: BackgroundTask | None = None

        self.model = CustomerTableModel(services.customer_query, user, self)
        # The count and positions worker starts after the first rows are painted (it
        # competes with the painting for Python's GIL); a timer covers a hidden table.
        self.model.auto_positions = False
        self._positions_timer = QTimer(self)
        self._positions_timer.setSingleShot(True)
        self._positions_timer.setInterval(POSITIONS_FALLBACK_MS)
        self._positions_timer.timeout.connect(self.model.start_positions)
        self.table.viewport().installEventFilter(self)
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(CustomerTableModel.GRADE, self.grade_delegate)
        header = self.table.horizontalHeader()
        header.setSortIndicator(self.model.sort_column(), self.model.sort_order())
        header.setSortIndicatorShown(True)
        self.table.setSortingEnabled(True)

        titles = [self.model.column_title(c) or "" for c in range(CustomerTableModel.COLUMN_COUNT)]
        self.fit_columns(titles)
        self.column_chooser = ColumnChooser(
            header,
            CustomerTableModel.COLUMN_CODES,
            titles,
            settings=settings if settings is not None else ui_state(),
            key=HIDDEN_COLUMNS_KEY,
            hidden_by_default=CustomerTableModel.HIDDEN_BY_DEFAULT,
            always_shown=("name",),
            parent=self,
        )
        self.columns_button.setMenu(self.column_chooser)

        self.grade_filter.set_options(
            [(g.value, grade_label(g.value, long=True), g.value) for g in Grade]
        )
        self.stage_filter.set_options([(s.value, stage_label(s.value)) for s in Stage])
        self.channel_filter.set_options([(c.value, channel_label(c.value)) for c in Channel])
        today = dt.date.today()
        self.date_to_edit.setDate(to_qdate(today))
        self.date_from_edit.setDate(to_qdate(today - dt.timedelta(days=DEFAULT_RANGE_DAYS)))

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self._search_typed)
        self.search_edit.returnPressed.connect(self.apply_filters)
        for button in (
            self.grade_filter,
            self.owner_filter,
            self.stage_filter,
            self.channel_filter,
        ):
            button.changed.connect(self.apply_filters)
        self.date_check.toggled.connect(self._date_toggled)
        self.date_from_edit.dateChanged.connect(self._date_changed)
        self.date_to_edit.dateChanged.connect(self._date_changed)
        self.overdue_check.toggled.connect(self.apply_filters)
        self.pool_check.toggled.connect(self.apply_filters)
        self.clear_button.clicked.connect(self.clear_filters)
        self.empty_clear_button.clicked.connect(self.clear_filters)

        self.model.count_changed.connect(self._show_count)
        self.model.reloaded.connect(self._reloaded)
        self.model.sort_changed.connect(self._sort_changed)
        self.model.load_failed.connect(self._load_failed)
        self.model.positions_ready.connect(self._positions_ready)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.activated.connect(self._activated)
        self.open_button.clicked.connect(self.open_selected)
        self.reveal_button.clicked.connect(self.reveal_selected)
        self.export_button.clicked.connect(self._export_clicked)
        find = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        find.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        find.activated.connect(self._focus_search)

        events.customers_changed.connect(self.watch.changed)
        if not self._allowed:
            self._deny()
        self._update_actions()

    # --- loading ----------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()

    def _reload_keeping_selection(self) -> None:
        """Read the view again, and come back to the customer the user was on."""
        selected = self.selected_customer()
        self._reselect_id = selected.id if selected is not None else None
        self.refresh()

    def _positions_ready(self) -> None:
        customer_id, self._reselect_id = self._reselect_id, None
        if customer_id is not None:
            row = self.model.row_of(customer_id)
            if row >= 0:
                self.select_row(row)
        self._update_actions()

    def refresh(self) -> None:
        """Read the current view again (first rows now, the rest lazily)."""
        self.watch.refreshed()
        if not self._allowed:
            return
        if not self._owners_loaded:
            self._load_owners()
        self.model.set_query(self.current_filter())

    def _load_owners(self) -> None:
        self._owners_loaded = True
        try:
            users = self._services.auth.list_users()
        except Exception as exc:  # the filter stays empty; the table still works
            show_error(self, exc, self.tr("读取置业顾问名单"))
            return
        options = []
        for u in users:
            if u.role is not Role.CONSULTANT:
                continue
            if self._user.project_id is not None and u.project_id not in (
                None,
                self._user.project_id,
            ):
                continue
            name = u.display_name or u.username
            if not u.active:
                name = self.tr("{name}（已停用）").format(name=name)
            options.append((u.id, name))
        self.owner_filter.set_options(options)

    def _deny(self) -> None:
        for widget in (
            self.search_edit,
            self.grade_filter,
            self.owner_filter,
            self.stage_filter,
            self.channel_filter,
            self.date_check,
            self.overdue_check,
            self.pool_check,
            self.clear_button,
            self.export_button,
            self.columns_button,
        ):
            widget.setEnabled(False)
        self.empty_headline.setText(self.tr("管理员不能查看客户信息"))
        self.show_empty(
            True,
            self.tr("客户信息只对销售、前台和客服人员开放（信息保密原则）。"),
            can_clear=False,
        )
        self.count_label.setText("")

    # --- filters ----------------------------------------------------------------------

    def current_filter(self) -> CustomerFilter:
        """The filter the widgets describe now."""
        created_from = created_to = None
        if self.date_check.isChecked():
            created_from = to_date(self.date_from_edit.date())
            created_to = to_date(self.date_to_edit.date())
            if created_to < created_from:
                created_from, created_to = created_to, created_from
        return CustomerFilter(
            search=self.search_edit.text().strip(),
            grades=tuple(str(v) for v in self.grade_filter.selected()),
            owner_ids=tuple(int(v) for v in self.owner_filter.selected()),  # type: ignore[call-overload]
            stages=tuple(str(v) for v in self.stage_filter.selected()),
            channels=tuple(str(v) for v in self.channel_filter.selected()),
            created_from=created_from,
            created_to=created_to,
            overdue=self.overdue_check.isChecked(),
            public_pool=self.pool_check.isChecked(),
        )

    def apply_filters(self) -> None:
        """Run the query of the widgets now (the search box calls it after a pause)."""
        self._search_timer.stop()
        if not self._allowed:
            return
        flt = self.current_filter()
        if flt == self.model.filter and self.model.loaded:
            return
        self.watch.refreshed()
        self.model.set_query(flt)

    def clear_filters(self) -> None:
        widgets = (
            self.search_edit,
            self.grade_filter,
            self.owner_filter,
            self.stage_filter,
            self.channel_filter,
            self.date_check,
            self.overdue_check,
            self.pool_check,
        )
        for widget in widgets:
            widget.blockSignals(True)
        try:
            self.search_edit.clear()
            for button in (
                self.grade_filter,
                self.owner_filter,
                self.stage_filter,
                self.channel_filter,
            ):
                button.set_selected((), notify=False)
            self.date_check.setChecked(False)
            self.overdue_check.setChecked(False)
            self.pool_check.setChecked(False)
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.date_from_edit.setEnabled(False)
        self.date_to_edit.setEnabled(False)
        self.apply_filters()
        self.search_edit.setFocus()

    def _search_typed(self) -> None:
        self._search_timer.start()

    def _date_toggled(self, on: bool) -> None:
        self.date_from_edit.setEnabled(on)
        self.date_to_edit.setEnabled(on)
        self.apply_filters()

    def _date_changed(self) -> None:
        if self.date_check.isChecked():
            self.apply_filters()

    def _focus_search(self) -> None:
        self.search_edit.setFocus()
        self.search_edit.selectAll()

    # --- what the model reports -------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Paint
            and watched is self.table.viewport()
            and self.model.positions_pending
        ):
            # The first rows are being painted now: read the rest right after.
            QTimer.singleShot(0, self.model.start_positions)
        return super().eventFilter(watched, event)

    def _reloaded(self) -> None:
        if self.model.positions_pending:
            self._positions_timer.start()
        set_error(self.error_label, "")
        empty = self.model.rowCount() == 0
        if empty:
            filtered = self.model.filter != CustomerFilter()
            if filtered:
                self.empty_headline.setText(self.tr("没有符合条件的客户"))
                text = self.tr("换个关键词，或清除筛选条件后再看。")
            else:
                self.empty_headline.setText(self.tr("还没有客户"))
                text = self.tr("前台登记来访后，客户会出现在这里。")
            self.show_empty(True, text, can_clear=filtered)
        else:
            self.show_empty(False)
            self.table.scrollToTop()
        self._update_actions()

    def _show_count(self, n: int | None) -> None:
        if n is None:
            self.count_label.setText(self.tr("统计中…"))
        else:
            self.count_label.setText(self.tr("共 {count} 位客户").format(count=format_count(n)))

    def _sort_changed(self, column: int, order: Qt.SortOrder) -> None:
        header = self.table.horizontalHeader()
        if header.sortIndicatorSection() != column or header.sortIndicatorOrder() != order:
            header.setSortIndicator(column, order)

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, DomainError):
            set_error(self.error_label, self.tr("读取客户没有完成：{reason}").format(reason=exc))
        else:
            show_error(self, exc, self.tr("读取客户"))

    # --- selection and actions ----------------------------------------------------------

    def selected_customer(self) -> CustomerRow | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        if not index.isValid():
            return None
        row = index.data(CustomerTableModel.ROW_ROLE)
        return row if isinstance(row, CustomerRow) else None

    def select_row(self, row: int) -> None:
        index = self.model.index(row, CustomerTableModel.NAME)
        self.table.setCurrentIndex(index)
        self.table.scrollTo(index)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        customer = self.selected_customer() if self._allowed else None
        can_open = customer is not None and sees_full(self._user, customer.owner_id, customer.stage)
        self.open_button.setEnabled(can_open)
        self.open_button.setToolTip(
            self.tr("完整档案只有归属顾问和销售经理可以打开")
            if customer is not None and not can_open
            else self.tr("打开选中客户的档案（双击或回车）")
        )
        can_reveal = (
            customer is not None
            and customer.phone_masked
            and self.model.revealed_phone(customer.id) is None
            and may_reveal(self._user, customer.owner_id, customer.stage)
        )
        self.reveal_button.setEnabled(can_reveal)
        if customer is not None and customer.phone_masked and not can_reveal:
            if self.model.revealed_phone(customer.id) is not None:
                self.reveal_button.setToolTip(self.tr("已显示完整号码"))
            else:
                self.reveal_button.setToolTip(
                    self.tr("只有销售经理、前台或归属顾问可以查看该客户的完整号码")
                )
        else:
            self.reveal_button.setToolTip(
                self.tr("查看选中客户的完整手机号（需填写原因，记入审计日志）")
            )
        self.export_button.setEnabled(self._allowed and self._export_task is None)

    def _activated(self, index: QModelIndex) -> None:
        row = index.data(CustomerTableModel.ROW_ROLE)
        if isinstance(row, CustomerRow):
            self.open_row(row)

    def open_selected(self) -> None:
        customer = self.selected_customer()
        if customer is not None:
            self.open_row(customer)

    def open_row(self, row: CustomerRow) -> CustomerFileDialog | None:
        """Open the file of a listed customer; for someone else's customer say why not.

        The row already shows what 判客 needs; the file itself is for the owner and the
        manager (the service refuses anyone else and audits the attempt, e.g. a list
        that went stale after a transfer)."""
        if not sees_full(self._user, row.owner_id, row.stage):
            owner = row.owner_name or self.tr("公共客户池")
            self.show_message(
                self.tr(
                    "{name} 归属：{owner}。完整档案只有归属顾问和销售经理可以打开；"
                    "列表中的姓名、隐藏号码、归属和等级就是判客所需的信息。"
                ).format(name=row.name, owner=owner)
            )
            return None
        self.show_message("")
        return self.open_customer(row.id)

    def open_customer(self, customer_id: int) -> CustomerFileDialog | None:
        """Open the customer file (客户档案) as a window over the page."""
        if self.file_dialog is not None:
            self.file_dialog.close()
            if self.file_dialog is not None and self.file_dialog.isVisible():
                return self.file_dialog  # unsaved changes kept: stay with that file
        try:
            dialog = CustomerFileDialog(self._services, self._user, customer_id, self)
        except DomainError as exc:
            show_error(self, exc, self.tr("打开客户档案"))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.customer_changed.connect(self._customer_saved)
        dialog.finished.connect(self._file_closed)
        self.file_dialog = dialog
        dialog.open()
        self.file_opened.emit(dialog)
        return dialog

    def _file_closed(self, _result: int) -> None:
        if self.file_dialog is not None and self.sender() is self.file_dialog:
            self.file_dialog = None

    def _customer_saved(self, customer_id: int) -> None:
        self.model.update_customer(customer_id)
        self._update_actions()
        with self.watch.quiet():
            self._events.customers_changed.emit()

    def reveal_selected(self) -> str | None:
        """Ask for a reason and show the selected customer's full phone (audited)."""
        customer = self.selected_customer()
        if customer is None or not customer.phone_masked:
            return None
        customers, user, customer_id = self._services.customers, self._user, customer.id
        value = RevealDialog.reveal(
            self,
            self.tr("查看完整号码：{name}").format(name=customer.name),
            lambda reason: customers.reveal_phone(user, customer_id, reason),
            self.tr("手机号"),
        )
        if value:
            self.model.set_revealed(customer_id, value)
            self.show_message(self.tr("已显示 {name} 的完整号码；本次查看已记入审计日志。").format(
                name=customer.name))  # fmt: skip
            self._update_actions()
        return value

    def show_message(self, text: str) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.status_label.setVisible(False)
        set_error(self.error_label, text)

    # --- export -------------------------------------------------------------------------

    def export_columns(self) -> tuple[str, ...]:
        """The visible columns in their shown order, as the export knows them."""
        codes = self.column_chooser.visible_codes()
        return tuple(c for c in codes if c in CustomerTableModel.EXPORTABLE)

    def _export_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("客户_{date}").format(date=dt.date.today().strftime("%Y%m%d")) + ".xlsx"
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出客户"), str(Path(folder) / name), self.tr("Excel 文件 (*.xlsx)")
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        self.export_to(path)

    def export_to(self, path: Path | str) -> BackgroundTask | None:
        """Write the current view to ``path`` (.xlsx) off the GUI thread."""
        if not self._allowed or self._export_task is not None:
            return None
        exports, user = self._services.exports, self._user
        flt, sort, columns = self.model.filter, self.model.current_sort, self.export_columns()
        target = Path(path)
        stop = threading.Event()
        template = self.tr("已导出 {done} / {total} 位客户")

        def work(progress: Progress) -> ExportResult:
            def report(done: int, total: int) -> bool:
                progress(template.format(done=f"{done:,}", total=f"{total:,}"), done, total)
                return not stop.is_set()

            return exports.export_customers(
                user, flt, sort, target, columns=columns or None, progress=report
            )

        dialog = ExportProgressDialog(self.tr("导出客户"), self)
        dialog.label.setText(self.tr("正在读取客户列表……"))
        dialog.cancel_requested.connect(stop.set)
        self.export_dialog = dialog
        task = BackgroundTask(work)
        task.progress.connect(dialog.set_progress)
        task.succeeded.connect(self._exported)
        task.failed.connect(self._export_error)
        self._export_task = task
        self._update_actions()
        self.show_message(self.tr("正在导出到 {path}……").format(path=target))
        dialog.open()
        task.start()
        return task

    def _export_over(self) -> None:
        self._export_task = None
        if self.export_dialog is not None:
            self.export_dialog.finish()
            self.export_dialog.deleteLater()
            self.export_dialog = None
        self._update_actions()

    def _exported(self, result: ExportResult) -> None:
        self._export_over()
        if result.cancelled:
            self.show_message(self.tr("导出已取消，没有生成文件。"))
        else:
            self.show_message(
                self.tr("已导出 {count} 位客户到 {path}").format(
                    count=format_count(result.rows), path=result.path
                )
            )
        self.export_finished.emit(result)

    def _export_error(self, exc: BaseException) -> None:
        self._export_over()
        if isinstance(exc, (DomainError, OSError)):
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            self.show_problem(self.tr("导出没有完成：{reason}").format(reason=reason))
        else:
            self.show_message("")
            show_error(self, exc, self.tr("导出客户"))
        self.export_failed.emit(exc)
