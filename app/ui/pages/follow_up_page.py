"""跟进: "My day" (我的一天) and the public pool.

A consultant (or customer-service user) sees their own day: overdue follow-ups in red
with the days overdue, those due today, post-sale callbacks, other tasks ("introduce the
new consultant"), customers about to lapse to the pool, and birthdays (customers who
agreed to marketing only). A manager sees the team: a line per consultant with the
counts and the team total, a bar chart of who is behind, and the lists of the whole team
or of the consultant chosen. Enter (or a double click) on a row records a follow-up.

The counts come from ``FollowUpService.my_day`` (grouped, indexed queries: 0.14 s for a
consultant, about a second for a manager's whole team on a million customers), read on
a ``BackgroundTask`` so the window never freezes; the page reloads when shown after
something changed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from app.domain.enums import FollowUpKind, Role
from app.domain.errors import DomainError, PermissionDenied
from app.domain.follow_up import ConsultantDay, DueCustomer, MyDay, MyDayCounts, TaskRow
from app.domain.models import UserInfo
from app.ui.app_events import AppEvents
from app.ui.background import LatestOnly, Progress
from app.ui.colors import OVERDUE_COLOR
from app.ui.error_dialog import show_error
from app.ui.follow_up_dialog import FollowUpDialog, result_message
from app.ui.grade_dialog import GradeDialog
from app.ui.models.my_day_table_model import (
    ConsultantDayTableModel,
    DueCustomerTableModel,
    TaskTableModel,
)
from app.ui.pool_page_panel import PoolPanel
from app.ui.stale_watch import StaleWatch
from app.ui.transfer_dialog import TransferDialog
from app.ui.views.follow_up_view import FollowUpView, SectionView
from app.ui.widgets import set_error, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services

Index = QModelIndex | QPersistentModelIndex

#: Rows per list; the counts are exact, the lists say when they show only the first ones.
LIST_LIMIT = 200
#: Lines of the team table shown without scrolling (more scroll).
TEAM_ROWS_SHOWN = 8
#: Lines of the team table always shown, however small the window.
TEAM_MIN_ROWS = 4
TEAM_CELL_PADDING = 12
DUE_WIDTHS = {
    DueCustomerTableModel.NAME: 110,
    DueCustomerTableModel.PHONE: 130,
    DueCustomerTableModel.GRADE: 56,
    DueCustomerTableModel.STAGE: 70,
    DueCustomerTableModel.CONSULTANT: 100,
    DueCustomerTableModel.NEXT_DATE: 110,
}
TASK_WIDTHS = {
    TaskTableModel.KIND: 110,
    TaskTableModel.CUSTOMER: 110,
    TaskTableModel.PHONE: 130,
    TaskTableModel.ASSIGNEE: 100,
    TaskTableModel.DUE: 110,
}


class _SortProxy(QSortFilterProxyModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.setSortRole(DueCustomerTableModel.SORT_ROLE)


class FollowUpPage(FollowUpView):
    #: "My day" has been read and shown (or reading it failed and that was said).
    loaded = Signal()

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._events = events
        self.is_manager = user.role is Role.MANAGER
        self.day: MyDay | None = None
        self.follow_up_dialog: FollowUpDialog | None = None
        self.grade_dialog: GradeDialog | None = None
        self.transfer_dialog: TransferDialog | None = None
        self.watch = StaleWatch(self, self.refresh)
        self._first_load = True
        self._loader = LatestOnly(self.refresh, self)

        my_day = self.my_day
        self.due_models = {
            DueCustomerTableModel.OVERDUE: (DueCustomerTableModel("overdue", self), my_day.overdue),
            DueCustomerTableModel.DUE_TODAY: (
                DueCustomerTableModel("due_today", self),
                my_day.due_today,
            ),
            DueCustomerTableModel.LAPSING: (DueCustomerTableModel("lapsing", self), my_day.lapsing),
            DueCustomerTableModel.BIRTHDAYS: (
                DueCustomerTableModel("birthdays", self),
                my_day.birthdays,
            ),
        }
        for model, section in self.due_models.values():
            self._attach(section, model, DUE_WIDTHS)
        self.callbacks_model = TaskTableModel(self)
        self.tasks_model = TaskTableModel(self)
        self._attach(my_day.callbacks, self.callbacks_model, TASK_WIDTHS)
        self._attach(my_day.tasks, self.tasks_model, TASK_WIDTHS)

        self.team_model = ConsultantDayTableModel(self)
        my_day.team_table.setModel(self.team_model)
        header = my_day.team_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        my_day.team_table.selectionModel().selectionChanged.connect(self._team_row_chosen)
        my_day.team_chart.consultant_clicked.connect(self.show_consultant)
        my_day.team_table.installEventFilter(self)

        my_day.team_box.setVisible(self.is_manager)
        self.consultant_label.setVisible(self.is_manager)
        self.consultant_combo.setVisible(self.is_manager)
        self.transfer_button.setVisible(self.is_manager)
        self.consultant_combo.currentIndexChanged.connect(self._combo_changed)

        self.pool_panel: PoolPanel | None = None
        if user.role in (Role.CONSULTANT, Role.MANAGER):
            self.pool_panel = PoolPanel(services, user, events, self)
            self.tabs.addTab(self.pool_panel, self.tr("公共客户池"))

        my_day.follow_up_button.clicked.connect(self.open_follow_up)
        my_day.grade_button.clicked.connect(self.open_grade_dialog)
        my_day.sections.currentChanged.connect(lambda _i: self._update_buttons())
        self.refresh_button.clicked.connect(self.refresh)
        self.transfer_button.clicked.connect(self.open_transfer)
        QShortcut(QKeySequence(QKeySequence.StandardKey.Refresh), self, activated=self.refresh)
        events.customers_changed.connect(self.watch.changed)
        self._update_buttons()

    def _attach(self, section: SectionView, model: Any, widths: dict[int, int]) -> None:
        proxy = _SortProxy(self)
        proxy.setSourceModel(model)
        table = section.table
        table.setModel(proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in widths.items():
            header.resizeSection(column, width)
        # Enter on a selected row, or a double click, opens the follow-up dialog.
        table.activated.connect(lambda index, t=table: self._row_activated(t, index))
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()

    def _announce(self) -> None:
        with self.watch.quiet():
            self._events.customers_changed.emit()

    def chosen_consultant(self) -> int | None:
        return self.consultant_combo.currentData() if self.is_manager else None

    def refresh(self) -> None:
        """Read "My day" again (keeping the manager's choice of consultant), off the GUI
        thread: a manager's whole team on a million customers takes about a second. A
        request made while one runs is remembered and run after it."""
        self.watch.refreshed()
        set_error(self.error_label, "")
        today = self._services.clock.now().date()
        self.date_label.setText(QLocale().toString(to_qdate(today), "yyyy-MM-dd dddd"))
        follow_ups, user = self._services.follow_ups, self._user
        chosen = self.chosen_consultant() if self.is_manager else None
        is_manager = self.is_manager

        def work(_progress: Progress) -> tuple[tuple[ConsultantDay, ...] | None, MyDay]:
            if not is_manager:
                return None, follow_ups.my_day(user, limit=LIST_LIMIT)
            team = follow_ups.my_day(user, limit=LIST_LIMIT, team_lists=chosen is None)
            if chosen is None:
                return team.per_consultant, team
            return team.per_consultant, follow_ups.my_day(
                user, consultant_id=chosen, limit=LIST_LIMIT
            )

        started = self._loader.request(work, self._loaded, self._load_failed)
        if started and self.day is None:
            self.my_day.summary_label.setText(self.tr("正在读取今天的待办…"))

    @property
    def loading(self) -> bool:
        """ "My day" is being read (off the GUI thread); ``loaded`` says when it is shown."""
        return self._loader.running

    def _loaded(self, result: tuple[tuple[ConsultantDay, ...] | None, MyDay]) -> None:
        team, day = result
        if team is not None:
            self._show_team(team)
        self.show_day(day)
        self.loaded.emit()
        if self.pool_panel is not None and self.pool_panel.isVisible():
            self.pool_panel.refresh()

    def _load_failed(self, exc: BaseException) -> None:
        if isinstance(exc, PermissionDenied):
            self.my_day.summary_label.setText(str(exc))
            self.my_day.setEnabled(False)
        elif isinstance(exc, DomainError):
            self.show_problem(str(exc))
        else:
            show_error(self, exc, self.tr("读取今日待办"))
        self.loaded.emit()

    def _show_team(self, lines: tuple[ConsultantDay, ...]) -> None:
        ordered = sorted(
            lines,
            key=lambda line: (-line.counts.overdue, -line.counts.total, line.consultant_name),
        )
        chosen = self.chosen_consultant()
        self.team_model.set_rows(ordered)
        self._fit_team_table()
        self.my_day.team_chart.set_lines(ordered)
        self.my_day.team_chart.set_selected(chosen)
        combo = self.consultant_combo
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部团队"), None)
        for line in sorted(lines, key=lambda line: line.consultant_name):
            combo.addItem(line.consultant_name, line.consultant_id)
        combo.setCurrentIndex(max(combo.findData(chosen), 0) if chosen is not None else 0)
        combo.blockSignals(False)
        self._select_team_row(chosen)

    def _fit_team_table(self) -> None:
        """The team table sized to its columns and lines (up to ``TEAM_ROWS_SHOWN``); a
        small window scrolls it rather than hiding the lists below."""
        table = self.my_day.team_table
        header = table.horizontalHeader()
        table.resizeColumnsToContents()
        for column in range(self.team_model.columnCount()):
            header.resizeSection(column, header.sectionSize(column) + TEAM_CELL_PADDING)
        self._fit_team_height()

    def _fit_team_height(self) -> None:
        table = self.my_day.team_table
        header = table.horizontalHeader()
        frame = table.frameWidth() * 2
        count = self.team_model.rowCount()
        row_height = table.verticalHeader().defaultSectionSize()
        # A horizontal scroll bar (narrow window) must not cover the team total.
        scroll = (
            table.horizontalScrollBar().sizeHint().height()
            if header.length() + frame > table.width()
            else 0
        )
        base = header.height() + frame + scroll
        table.setMaximumHeight(base + min(count, TEAM_ROWS_SHOWN) * row_height)
        table.setMinimumHeight(base + min(count, TEAM_MIN_ROWS) * row_height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.my_day.team_table and event.type() == QEvent.Type.Resize:
            self._fit_team_height()
        return super().eventFilter(watched, event)

    def _select_team_row(self, consultant_id: int | None) -> None:
        table = self.my_day.team_table
        selection = table.selectionModel()
        selection.blockSignals(True)
        row = (
            self.team_model.row_of(consultant_id)
            if consultant_id is not None
            else self.team_model.rowCount() - 1
        )
        if row >= 0:
            table.selectRow(row)
        else:
            table.clearSelection()
        selection.blockSignals(False)

    def show_day(self, day: MyDay) -> None:
        self.day = day
        counts = day.counts
        self.due_models["overdue"][0].set_rows(day.overdue)
        self.due_models["due_today"][0].set_rows(day.due_today)
        self.due_models["lapsing"][0].set_rows(day.lapsing)
        self.due_models["birthdays"][0].set_rows(day.birthdays)
        self.callbacks_model.set_rows(day.callbacks)
        self.tasks_model.set_rows(day.tasks)
        team_lists = self.is_manager and day.consultant_id is None
        for _model, section in self.due_models.values():
            section.table.setColumnHidden(DueCustomerTableModel.CONSULTANT, not team_lists)
        for section in (self.my_day.callbacks, self.my_day.tasks):
            section.table.setColumnHidden(TaskTableModel.ASSIGNEE, not team_lists)

        settings = self._services.settings.load()
        sections = self.my_day.sections
        entries = [
            (self.my_day.overdue, self.tr("逾期"), counts.overdue, len(day.overdue)),
            (self.my_day.due_today, self.tr("今日待跟进"), counts.due_today, len(day.due_today)),
            (self.my_day.callbacks, self.tr("售后回访"), counts.callbacks, len(day.callbacks)),
            (self.my_day.tasks, self.tr("任务"), counts.tasks, len(day.tasks)),
            (
                self.my_day.lapsing,
                self.tr("即将掉池"),
                counts.lapsing,
                len(day.lapsing),
            ),
            (self.my_day.birthdays, self.tr("今日生日"), counts.birthdays, len(day.birthdays)),
        ]
        bar = sections.tabBar()
        for section, title, count, shown in entries:
            index = sections.indexOf(section)
            sections.setTabText(index, self.tr("{title}（{n}）").format(title=title, n=count))
            section.show_empty(count == 0)
            section.more_label.setVisible(shown < count)
            section.more_label.setText(
                self.tr("只显示前 {shown} 位，共 {n} 位。").format(shown=shown, n=count)
            )
        sections.setTabToolTip(
            sections.indexOf(self.my_day.lapsing),
            self.tr("保护期不足 {n} 天、即将掉入公共池的客户：联系上客户即可续期").format(
                n=settings.lapse_warning_days
            ),
        )
        overdue_index = sections.indexOf(self.my_day.overdue)
        bar.setTabTextColor(
            overdue_index,
            QColor(OVERDUE_COLOR) if counts.overdue else self.palette().windowText().color(),
        )
        if self._first_load:
            self._first_load = False
            for section, _title, count, _shown in entries:
                if count:
                    sections.setCurrentWidget(section)
                    break
        self.my_day.summary_label.setText(self._summary(day, counts))
        self._update_buttons()

    def _summary(self, day: MyDay, counts: MyDayCounts) -> str:
        if self.is_manager and day.consultant_id is None:
            who = self.tr("全队")
        elif self.is_manager:
            who = self.consultant_combo.currentText()
        else:
            who = self.tr("我")
        if not counts.total:
            return self.tr("{who}今天没有待办，一切就绪。").format(who=who)
        text = self.tr("{who}今天共 {n} 项待办").format(who=who, n=counts.total)
        if counts.overdue:
            text += self.tr("，其中 <b style='color:{color}'>{n} 位客户逾期未跟进</b>"
                            "（最久 {days} 天）").format(
                color=OVERDUE_COLOR, n=counts.overdue, days=counts.max_days_overdue
            )  # fmt: skip
        return text + self.tr("。")

    # -- the manager's choice of consultant --------------------------------------------------

    def _combo_changed(self) -> None:
        self.refresh()

    def show_consultant(self, consultant_id: int | None) -> None:
        """Show one consultant's lists (None: the whole team)."""
        index = self.consultant_combo.findData(consultant_id) if consultant_id is not None else 0
        if index < 0:
            return
        if index == self.consultant_combo.currentIndex():
            return
        self.consultant_combo.setCurrentIndex(index)

    def _team_row_chosen(self) -> None:
        rows = self.my_day.team_table.selectionModel().selectedRows()
        if not rows:
            return
        line = rows[0].data(ConsultantDayTableModel.ROW_ROLE)
        self.show_consultant(line.consultant_id if line is not None else None)

    # -- rows and actions ---------------------------------------------------------------------

    def current_table(self) -> QTableView:
        section = self.my_day.sections.currentWidget()
        assert isinstance(section, SectionView)
        return section.table

    def selected_row(self) -> DueCustomer | TaskRow | None:
        table = self.current_table()
        rows = table.selectionModel().selectedRows()
        if not rows:
            return None
        return rows[0].data(DueCustomerTableModel.ROW_ROLE)

    def select_customer(self, customer_id: int) -> bool:
        """Select the customer's row in the current section."""
        table = self.current_table()
        model = table.model()
        for row in range(model.rowCount()):
            item = model.index(row, 0).data(DueCustomerTableModel.ROW_ROLE)
            if item.customer_id == customer_id:
                table.setFocus()
                table.selectRow(row)
                return True
        return False

    def _update_buttons(self) -> None:
        row = self.selected_row() if self.my_day.isEnabled() else None
        self.my_day.follow_up_button.setEnabled(row is not None)
        self.my_day.grade_button.setEnabled(row is not None)

    def _row_activated(self, table: QTableView, index: Index) -> None:
        if index.isValid():
            table.selectRow(index.row())
            self.open_follow_up()

    def open_follow_up(self) -> FollowUpDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        task = row if isinstance(row, TaskRow) else None
        kind = (
            FollowUpKind.BIRTHDAY
            if self.my_day.sections.currentWidget() is self.my_day.birthdays
            else FollowUpKind.REGULAR
        )
        try:
            dialog = FollowUpDialog(
                self._services, self._user, row.customer_id, task=task, kind=kind, parent=self
            )
        except DomainError as exc:
            self.show_problem(str(exc))
            return None
        except Exception as exc:
            show_error(self, exc, self.tr("打开跟进"))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda result, d=dialog: self._follow_up_saved(d, result))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "follow_up_dialog", None))
        self.follow_up_dialog = dialog
        dialog.open()
        return dialog

    def _follow_up_saved(self, dialog: FollowUpDialog, result: Any) -> None:
        self.refresh()
        self.show_message(result_message(dialog.customer.name, result))
        self._announce()

    def open_grade_dialog(self) -> GradeDialog | None:
        row = self.selected_row()
        if row is None:
            return None
        try:
            dialog = GradeDialog(self._services, self._user, row.customer_id, parent=self)
        except DomainError as exc:
            self.show_problem(str(exc))
            return None
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda change, d=dialog: self._grade_saved(d, change))
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "grade_dialog", None))
        self.grade_dialog = dialog
        dialog.open()
        return dialog

    def _grade_saved(self, dialog: GradeDialog, change: Any) -> None:
        self.refresh()
        if change.changed:
            text = self.tr("{name}的意向等级已改为 {grade} 级").format(
                name=dialog.customer.name, grade=change.new_grade.value
            )
            if change.next_follow_up_date is not None:
                text += self.tr("，下次跟进 {date}").format(
                    date=change.next_follow_up_date.isoformat()
                )
            self.show_message(text + self.tr("。"))
        else:
            self.show_message(self.tr("意向等级没有变化。"))
        self._announce()

    def open_transfer(self) -> TransferDialog | None:
        if not self.is_manager:
            return None
        dialog = TransferDialog(
            self._services, self._user, parent=self, from_user_id=self.chosen_consultant()
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.transferred.connect(lambda _result: self._transferred())
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "transfer_dialog", None))
        self.transfer_dialog = dialog
        dialog.open()
        return dialog

    def _transferred(self) -> None:
        self.refresh()
        self._announce()

    # -- messages -----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.status_label.setVisible(False)
        set_error(self.error_label, text)
