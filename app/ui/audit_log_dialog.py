"""The manager's audit viewer (审计日志): filter, read page by page, check the chain, export.

Who sees which rows is decided by ``AuditQueryService`` (a manager everything, an admin
only the rows about no customer); this window only says so. The table loads lazily
(``AuditTableModel`` pages through the service as the user scrolls); checking the hash
chain and exporting read the whole log, so they run off the GUI thread.
"""

from __future__ import annotations

import datetime as dt
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QStandardPaths, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import QFileDialog, QHeaderView, QWidget

from app.domain.enums import Role
from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.domain.privacy import AuditChainStatus, AuditExport, AuditFilter
from app.ui.background import BackgroundTask, Progress
from app.ui.error_dialog import show_error
from app.ui.models.audit_table_model import AuditTableModel, action_label
from app.ui.progress_dialog import TaskProgressDialog
from app.ui.views.audit_log_view import AuditLogView
from app.ui.widgets import set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services

#: Starting width of the columns other than the last (详情, which takes the rest).
COLUMN_WIDTHS = {
    AuditTableModel.TIME: 170,
    AuditTableModel.USER: 120,
    AuditTableModel.ACTION: 200,
    AuditTableModel.CUSTOMER: 110,
    AuditTableModel.OBJECT: 110,
}
DEFAULT_DAYS = 30


class AuditLogDialog(AuditLogView):
    #: An export finished: its ``AuditExport`` (for tests and the status line).
    exported = Signal(object)
    #: The chain check finished: its ``AuditChainStatus``.
    verified = Signal(object)

    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._task: BackgroundTask | None = None
        self._progress: TaskProgressDialog | None = None
        self._shown_filter = AuditFilter()

        self.model = AuditTableModel(parent=self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        header.setSectionResizeMode(AuditTableModel.DETAIL, QHeaderView.ResizeMode.Stretch)
        self.model.total_changed.connect(self._show_count)

        restricted = user.role is not Role.MANAGER
        self.scope_label.setText(
            self.tr("管理员只能看到与客户无关的记录：登录、账号、设置等。")
            if restricted
            else self.tr("所有人的操作记录，最新的在最前面。记录只能追加，不能修改或删除。")
        )
        self.customer_caption.setVisible(not restricted)
        self.customer_edit.setVisible(not restricted)
        self.customer_edit.setValidator(QIntValidator(1, 2_147_483_647, self))
        today = dt.date.today()
        self.from_edit.setDate(to_qdate(today - dt.timedelta(days=DEFAULT_DAYS)))
        self.to_edit.setDate(to_qdate(today))
        self._fill_choices()

        self.from_check.toggled.connect(self.from_edit.setEnabled)
        self.to_check.toggled.connect(self.to_edit.setEnabled)
        self.search_button.clicked.connect(self.search)
        self.clear_button.clicked.connect(self.clear_filter)
        self.customer_edit.returnPressed.connect(self.search)
        self.text_edit.returnPressed.connect(self.search)
        self.verify_button.clicked.connect(self.verify)
        self.export_button.clicked.connect(self._export_clicked)
        self.close_button.clicked.connect(self.close)

        self.search()

    # -- filters ---------------------------------------------------------------------

    def _fill_choices(self) -> None:
        self.user_combo.addItem(self.tr("全部用户"), None)
        self.action_combo.addItem(self.tr("全部操作"), "")
        try:
            users = self._services.auth.list_users()
            actions = self._services.audit.actions(self._user)
        except DomainError as exc:
            set_error(self.filter_error_label, str(exc))
            return
        for user in users:
            name = user.display_name or user.username
            if user.display_name and user.display_name != user.username:
                name = f"{user.display_name}（{user.username}）"
            self.user_combo.addItem(name, user.id)
        for code in actions:
            self.action_combo.addItem(action_label(code), code)

    def current_filter(self) -> AuditFilter:
        customer = self.customer_edit.text().strip()
        action = self.action_combo.currentData()
        return AuditFilter(
            user_id=self.user_combo.currentData(),
            actions=(action,) if action else (),
            customer_id=int(customer) if customer.isdigit() and self.customer_edit.isVisible()
            else None,
            date_from=to_date(self.from_edit.date()) if self.from_check.isChecked() else None,
            date_to=to_date(self.to_edit.date()) if self.to_check.isChecked() else None,
            text=self.text_edit.text().strip(),
        )  # fmt: skip

    def search(self) -> None:
        """Show the rows matching the filter, from the newest."""
        set_error(self.filter_error_label, "")
        flt = self.current_filter()
        if flt.date_from and flt.date_to and flt.date_from > flt.date_to:
            set_error(self.filter_error_label, self.tr("开始日期不能晚于结束日期。"))
            return
        try:
            self.model.set_source(partial(self._page, flt))
        except DomainError as exc:  # no longer allowed (role changed), database busy...
            set_error(self.filter_error_label, str(exc))
            self._show_count(0)
            return
        self._shown_filter = flt
        self.table.scrollToTop()

    def _page(self, flt: AuditFilter, offset: int, limit: int):  # type: ignore[no-untyped-def]
        return self._services.audit.page(self._user, flt, offset=offset, limit=limit)

    def clear_filter(self) -> None:
        self.user_combo.setCurrentIndex(0)
        self.action_combo.setCurrentIndex(0)
        self.customer_edit.clear()
        self.text_edit.clear()
        self.from_check.setChecked(False)
        self.to_check.setChecked(False)
        self.search()

    def _show_count(self, total: int) -> None:
        self.count_label.setText(self.tr("共 {n} 条").format(n=f"{total:,}"))
        self.export_button.setEnabled(total > 0 and self._task is None)

    # -- background work ---------------------------------------------------------------

    def _busy(self, busy: bool) -> None:
        self.verify_button.setEnabled(not busy)
        self.export_button.setEnabled(not busy and self.model.total > 0)

    def verify(self) -> None:
        """Re-compute the whole hash chain off the GUI thread."""
        if self._task is not None:
            return
        audit, user = self._services.audit, self._user

        def check(_progress: Progress) -> AuditChainStatus:
            return audit.verify(user)

        self.chain_label.setObjectName("chainStatus")
        self.chain_label.setText(self.tr("正在校验……"))
        self._start(check, self._verified, self._verify_failed)

    def _start(self, fn, succeeded, failed) -> BackgroundTask:  # type: ignore[no-untyped-def]
        set_error(self.error_label, "")
        task = BackgroundTask(fn)
        task.succeeded.connect(succeeded)
        task.failed.connect(failed)
        self._task = task
        self._busy(True)
        task.start()
        return task

    def _task_done(self) -> None:
        self._task = None
        self._busy(False)

    def _verified(self, status: AuditChainStatus) -> None:
        self._task_done()
        if status.first_bad_id is None and not status.problem:
            self.chain_label.setObjectName("chainOk")
            text = self.tr("完整性校验通过：共 {n} 条记录，未被修改或删除。").format(
                n=f"{status.rows:,}"
            )
        else:
            self.chain_label.setObjectName("chainBroken")
            where = (
                self.tr("第 {id} 条记录").format(id=status.first_bad_id)
                if status.first_bad_id is not None
                else self.tr("记录链")
            )
            text = self.tr(
                "完整性校验失败：{where}被修改或删除（{problem}）。请立即联系管理员。"
            ).format(where=where, problem=status.problem or self.tr("哈希不符"))
        self._restyle(self.chain_label)
        self.chain_label.setText(text)
        self.verified.emit(status)

    def _verify_failed(self, exc: BaseException) -> None:
        self._task_done()
        self.chain_label.setText("")
        self._failed(exc, self.tr("校验审计日志"))

    def _failed(self, exc: BaseException, doing: str) -> None:
        if isinstance(exc, DomainError):
            set_error(self.error_label, str(exc))
        else:
            show_error(self, exc, doing)

    @staticmethod
    def _restyle(widget: QWidget) -> None:
        widget.style().unpolish(widget)
        widget.style().polish(widget)

    # -- export ----------------------------------------------------------------------

    def choose_export_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("审计日志_{date}.xlsx").format(date=dt.date.today().strftime("%Y%m%d"))
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("导出审计日志"), str(Path(folder) / name), self.tr("Excel 文件 (*.xlsx)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".xlsx" else path.with_suffix(".xlsx")

    def _export_clicked(self) -> None:
        path = self.choose_export_path()
        if path is not None:
            self.export_to(path)

    def export_to(self, path: Path) -> None:
        """Export the rows of the filter now shown to ``path`` (.xlsx), off the GUI thread."""
        if self._task is not None:
            return
        audit, user, flt = self._services.audit, self._user, self._shown_filter
        label = self.tr("正在导出审计日志……")

        def export(progress: Progress) -> AuditExport:
            return audit.export_xlsx(
                user, flt, path, progress=lambda done, total: progress(label, done, total)
            )

        self.status_label.setVisible(False)
        self._progress = TaskProgressDialog(self.tr("导出审计日志"), self)
        task = self._start(export, self._exported, self._export_failed)
        task.progress.connect(self._progress.set_progress)
        self._progress.open()

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.finish()
            self._progress.deleteLater()
            self._progress = None

    def _exported(self, result: AuditExport) -> None:
        self._close_progress()
        self._task_done()
        self.status_label.setText(
            self.tr("已导出 {n} 条记录到 {path}").format(n=f"{result.rows:,}", path=result.path)
        )
        self.status_label.setVisible(True)
        # The export itself is audited: show that row too.
        self.search()
        self.exported.emit(result)

    def _export_failed(self, exc: BaseException) -> None:
        self._close_progress()
        self._task_done()
        self._failed(exc, self.tr("导出审计日志"))
