"""客户移交 (manager): move all or selected customers of a consultant to one or several
successors, spread evenly, with a reason; optionally deactivate the departing user.

The preview shows how the customers would be spread (``TransferService.preview``). The
transfer itself is one transaction that may cover thousands of customers, so it runs
off the GUI thread, with a progress window when it is big. Afterwards the dialog offers
to print the 客户档案移交单 (issued and archived by ``DocumentService``, then previewed).
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QWidget

from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, SortKey
from app.domain.enums import Role
from app.domain.errors import DomainError, ValidationError
from app.domain.forms import IssuedDocumentInfo
from app.domain.models import UserInfo
from app.domain.pool import TransferResult
from app.ui.background import BackgroundTask, Progress
from app.ui.error_dialog import show_error
from app.ui.models.pool_table_model import OwnedCustomerTableModel
from app.ui.pdf_preview_dialog import PdfPreviewDialog, PdfTask
from app.ui.progress_dialog import TaskProgressDialog
from app.ui.views.transfer_dialog_view import TransferDialogView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.container import Services

#: From this many customers on, the transfer shows a progress window.
BIG_TRANSFER = 500
CUSTOMER_SORT = CustomerSort(SortKey.NAME, descending=False)


class TransferDialog(TransferDialogView):
    #: The transfer is done: the ``TransferResult``.
    transferred = Signal(object)
    #: The transfer form was issued: its ``IssuedDocumentInfo``.
    form_issued = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        *,
        from_user_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.result: TransferResult | None = None
        self.document: IssuedDocumentInfo | None = None
        self.preview: PdfPreviewDialog | None = None
        self.progress_dialog: TaskProgressDialog | None = None
        self._task: BackgroundTask | None = None
        self._pdf_task: PdfTask | None = None
        self.counts: dict[int, int] = {}
        self.users: dict[int, UserInfo] = {}

        self.customers_model = OwnedCustomerTableModel(self)
        self.customers_table.setModel(self.customers_model)
        header = self.customers_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((100, 130, 56, 70, 110)):
            header.resizeSection(column, width)

        self._fill_users(from_user_id)
        self.all_radio.setChecked(True)

        self.from_combo.currentIndexChanged.connect(lambda _i: self._from_changed())
        self.scope_group.buttonToggled.connect(lambda *_: self._scope_changed())
        self.customers_table.selectionModel().selectionChanged.connect(
            lambda *_: self._selection_changed()
        )
        self.successors_list.itemChanged.connect(lambda _item: self.update_preview())
        self.transfer_button.clicked.connect(self.start_transfer)
        self.cancel_button.clicked.connect(self.reject)
        self.print_button.clicked.connect(self.print_form)
        self.close_button.clicked.connect(self.accept)
        self._from_changed()

    # -- choices -----------------------------------------------------------------------------

    def _fill_users(self, from_user_id: int | None) -> None:
        users = [
            u
            for u in self._services.auth.list_users()
            if u.role in (Role.CONSULTANT, Role.MANAGER)
            and (self._user.project_id is None or u.project_id in (None, self._user.project_id))
        ]
        self.users = {u.id: u for u in users}
        query = self._services.customer_query
        combo = self.from_combo
        combo.blockSignals(True)
        combo.clear()
        for u in users:
            n = query.count(self._user, CustomerFilter(owner_ids=(u.id,)))
            self.counts[u.id] = n
            if u.role is Role.MANAGER and not n:
                continue
            name = u.display_name or u.username
            if not u.active:
                name = self.tr("{name}（已停用）").format(name=name)
            combo.addItem(self.tr("{name}（{n} 位客户）").format(name=name, n=n), u.id)
        index = combo.findData(from_user_id) if from_user_id is not None else -1
        if index < 0:
            # The first consultant who has customers.
            index = next(
                (i for i in range(combo.count()) if self.counts.get(combo.itemData(i), 0)), 0
            )
        combo.setCurrentIndex(index)
        combo.blockSignals(False)

    def from_user_id(self) -> int | None:
        return self.from_combo.currentData()

    def _from_changed(self) -> None:
        from_id = self.from_user_id()
        query, user = self._services.customer_query, self._user
        if from_id is None:
            self.customers_model.set_fetch(None)
        else:
            flt = CustomerFilter(owner_ids=(from_id,))

            def fetch(rows: Sequence[CustomerRow], limit: int) -> Sequence[CustomerRow]:
                return query.page(user, flt, CUSTOMER_SORT, offset=len(rows), limit=limit)

            self.customers_model.set_fetch(fetch)
        self.from_hint.setText(self.tr("没有可移交的顾问") if from_id is None else "")
        self.successors_list.blockSignals(True)
        self.successors_list.clear()
        for u in self.users.values():
            if u.id == from_id or not u.active or u.role is not Role.CONSULTANT:
                continue
            item = QListWidgetItem(u.display_name or u.username)
            item.setData(Qt.ItemDataRole.UserRole, u.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.successors_list.addItem(item)
        self.successors_list.blockSignals(False)
        self._scope_changed()

    def _scope_changed(self) -> None:
        selected = self.selected_radio.isChecked()
        self.customers_table.setEnabled(selected)
        self.deactivate_check.setEnabled(not selected)
        if selected:
            self.deactivate_check.setChecked(False)
            self.deactivate_check.setToolTip(self.tr("只有移交全部客户后才能停用账号"))
        else:
            self.deactivate_check.setToolTip("")
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.customers_field.set_error("")
        if self.selected_radio.isChecked():
            self.selection_label.setText(
                self.tr("已选 {n} 位（按住 Ctrl 或 Shift 多选）").format(
                    n=len(self.selected_customer_ids())
                )
            )
        else:
            self.selection_label.setText(
                self.tr("将移交全部 {n} 位客户").format(n=self.counts.get(self.from_user_id(), 0))
            )
        self.update_preview()

    def selected_customer_ids(self) -> list[int]:
        rows = self.customers_table.selectionModel().selectedRows()
        return sorted(self.customers_model.row_at(index.row()).id for index in rows)

    def customer_ids(self) -> list[int] | None:
        """None for all the customers, else the selected ones."""
        return self.selected_customer_ids() if self.selected_radio.isChecked() else None

    def successors(self) -> list[int]:
        out = []
        for row in range(self.successors_list.count()):
            item = self.successors_list.item(row)
            if item.checkState() == Qt.CheckState.Checked:
                out.append(int(item.data(Qt.ItemDataRole.UserRole)))
        return out

    def set_successors(self, user_ids: Sequence[int]) -> None:
        for row in range(self.successors_list.count()):
            item = self.successors_list.item(row)
            wanted = int(item.data(Qt.ItemDataRole.UserRole)) in user_ids
            item.setCheckState(Qt.CheckState.Checked if wanted else Qt.CheckState.Unchecked)

    def update_preview(self) -> None:
        self.successors_field.set_error("")
        from_id, successors, ids = self.from_user_id(), self.successors(), self.customer_ids()
        if from_id is None or not successors:
            self.preview_label.setText(self.tr("勾选一位或几位接手顾问后显示分配结果。"))
            return
        if ids is not None and not ids:
            self.preview_label.setText(self.tr("请在上表中选择要移交的客户。"))
            return
        try:
            shares = self._services.transfers.preview(self._user, from_id, ids, successors)
        except DomainError as exc:
            self.preview_label.setText(str(exc))
            return
        parts = []
        for share in shares:
            text = self.tr("{name} {n} 位").format(name=share.name, n=share.customers)
            if share.over_cap:
                text += self.tr("（将超过 {cap} 位上限）").format(
                    cap=self._services.settings.load().max_active_customers
                )
            parts.append(text)
        self.preview_label.setText(
            self.tr("按等级均匀分配：{parts}").format(parts="；".join(parts))
        )

    # -- transfer ------------------------------------------------------------------------------

    def _check(self) -> bool:
        ok = True
        for field in (self.customers_field, self.successors_field, self.reason_field):
            field.set_error("")
        set_error(self.error_label, "")
        if self.from_user_id() is None:
            set_error(self.error_label, self.tr("请选择移交人"))
            ok = False
        ids = self.customer_ids()
        if ids is not None and not ids:
            self.customers_field.set_error(self.tr("请选择要移交的客户"))
            ok = False
        if not self.successors():
            self.successors_field.set_error(self.tr("请勾选接手的置业顾问"))
            ok = False
        if not self.reason_edit.text().strip():
            self.reason_field.set_error(self.tr("请填写移交原因"))
            ok = False
        return ok

    def start_transfer(self) -> bool:
        """Run the transfer off the GUI thread (a progress window when it is big)."""
        if self._task is not None or not self._check():
            return False
        from_id = self.from_user_id()
        assert from_id is not None
        ids = self.customer_ids()
        successors = self.successors()
        reason = self.reason_edit.text().strip()
        deactivate = self.deactivate_check.isChecked() and ids is None
        count = len(ids) if ids is not None else self.counts.get(from_id, 0)
        transfers, user = self._services.transfers, self._user
        label = self.tr("正在移交 {n} 位客户，请稍候……").format(n=count)

        def work(progress: Progress) -> TransferResult:
            progress(label, 0, 0)
            return transfers.transfer(user, from_id, ids, successors, reason, deactivate)

        task = BackgroundTask(work)
        task.succeeded.connect(self._transfer_done)
        task.failed.connect(self._transfer_failed)
        if count >= BIG_TRANSFER:
            dialog = TaskProgressDialog(self.tr("客户移交"), self)
            dialog.set_progress(label, 0, 0)
            task.progress.connect(dialog.set_progress)
            self.progress_dialog = dialog
            dialog.open()
        self._task = task
        self.transfer_button.setEnabled(False)
        self.cancel_button.setEnabled(False)
        task.start()
        return True

    def _end_task(self) -> None:
        self._task = None
        self.transfer_button.setEnabled(True)
        self.cancel_button.setEnabled(True)
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _transfer_done(self, result: TransferResult) -> None:
        self._end_task()
        self.result = result
        shares = "、".join(
            self.tr("{name}（{n} 位）").format(name=s.name, n=s.customers) for s in result.shares
        )
        text = self.tr("已将 {n} 位客户由 {from_name} 移交给 {shares}。").format(
            n=result.moved, from_name=result.from_user_name, shares=shares
        )
        text += self.tr("每位客户都已为接手顾问生成“介绍新顾问”跟进任务。")
        if result.tasks_reassigned:
            text += self.tr("原顾问未完成的 {n} 项任务已转给接手顾问。").format(
                n=result.tasks_reassigned
            )
        if result.deactivated:
            text += self.tr("{name} 的账号已停用。").format(name=result.from_user_name)
        self.done_label.setText(text)
        self.pages.setCurrentIndex(1)
        self.close_button.setFocus()
        self.transferred.emit(result)

    def _transfer_failed(self, exc: BaseException) -> None:
        self._end_task()
        if isinstance(exc, ValidationError) and exc.field_errors:
            fields = {
                "reason": self.reason_field,
                "successors": self.successors_field,
                "customer_ids": self.customers_field,
            }
            for key, text in exc.field_errors.items():
                field = fields.get(key)
                if field is not None:
                    field.set_error(text)
                else:
                    set_error(self.error_label, str(exc))
        elif isinstance(exc, DomainError):
            set_error(self.error_label, str(exc))
        else:
            show_error(self, exc, self.tr("客户移交"))

    # -- the transfer form -------------------------------------------------------------------

    def print_form(self) -> bool:
        """Issue the 客户档案移交单 (archived, numbered) off the GUI thread, then preview it."""
        if self.result is None or self._pdf_task is not None:
            return False
        documents, user, transfer_id = self._services.documents, self._user, self.result.transfer_id
        set_error(self.print_error, "")
        self.print_status.setText(self.tr("正在生成移交单……"))
        self.print_status.setVisible(True)
        self.print_button.setEnabled(False)

        def work() -> IssuedDocumentInfo:
            return documents.issue_transfer_form(transfer_id, actor=user)

        self._pdf_task = PdfTask(self._services, work, self._form_done, self._form_failed, self)
        self._pdf_task.start()
        return True

    def _form_done(self, info: IssuedDocumentInfo, font: FontChoice) -> None:
        self._pdf_task = None
        self.document = info
        self.print_button.setEnabled(True)
        self.print_status.setText(
            self.tr("已生成移交单 {number}，已归档。").format(number=info.doc_no)
        )
        self.form_issued.emit(info)
        preview = PdfPreviewDialog(
            Path(info.file_path),
            self.tr("客户档案移交单"),
            number=info.doc_no,
            suggested_name=f"{info.doc_no}.pdf",
            font=font,
            parent=self,
        )
        preview.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        preview.destroyed.connect(lambda _obj=None: setattr(self, "preview", None))
        self.preview = preview
        preview.show()

    def _form_failed(self, exc: BaseException) -> None:
        self._pdf_task = None
        self.print_button.setEnabled(True)
        self.print_status.setVisible(False)
        if isinstance(exc, DomainError):
            set_error(self.print_error, str(exc))
        else:
            show_error(self, exc, self.tr("打印客户档案移交单"))

    def reject(self) -> None:
        if self._task is None:  # never close while the transfer runs
            super().reject()

    def busy(self) -> bool:
        return self._task is not None or self._pdf_task is not None
