"""交易: every deal of the project with its steps and its archive of printed forms.

The list holds at most a few thousand deals, so it is loaded whole and filtered by a
``QSortFilterProxyModel`` (status, consultant, date of the last step, text). The steps
run through ``DealActions`` (shared with 房源销控); the archive of the selected deal can
be previewed, reprinted (a new number that refers to the original) and marked signed
with a scan attached. Purchase notices for many deals are issued off the GUI thread
with a progress window that can stop between two documents.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    QStandardPaths,
    Qt,
    QUrl,
    Signal,
)
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import QFileDialog, QHeaderView, QMessageBox, QWidget

from app.domain.deals import DealInfo
from app.domain.enums import DealStatus, DocumentKind, Role
from app.domain.errors import DomainError
from app.domain.forms import IssuedDocumentInfo
from app.domain.models import UserInfo
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask, Progress
from app.ui.deal_dialogs import (
    BatchProgressDialog,
    DealActions,
    DiscountApprovalsDialog,
    can_cancel,
    can_deliver,
    can_print_delivery,
    can_sell,
)
from app.ui.error_dialog import show_error
from app.ui.models.deal_table_model import DealTableModel, last_step_at
from app.ui.models.document_table_model import DocumentTableModel
from app.ui.sales_labels import (
    STATUS_TEXT_COLOUR,
    day,
    deal_colour,
    deal_status_label,
    loan_status_label,
    payment_method_label,
    when,
    yuan,
)
from app.ui.stale_watch import StaleWatch
from app.ui.views.deals_view import DealsView
from app.ui.widgets import set_error, to_date, to_qdate

if TYPE_CHECKING:
    from app.services.container import Services

Index = QModelIndex | QPersistentModelIndex

#: The status filter's choices: a label key and the statuses it shows.
ACTIVE = (DealStatus.HELD, DealStatus.SUBSCRIBED, DealStatus.CONTRACTED)
ALL_STATUSES = tuple(DealStatus)
LIST_LIMIT = 5000
NO_CONSULTANT = -1
DEFAULT_DAYS = 30
COLUMN_WIDTHS = {
    DealTableModel.ID: 60,
    DealTableModel.CUSTOMER: 90,
    DealTableModel.UNIT: 170,
    DealTableModel.STATUS: 96,
    DealTableModel.CONSULTANT: 90,
    DealTableModel.LIST_PRICE: 110,
    DealTableModel.AGREED_PRICE: 110,
    DealTableModel.DEPOSIT: 90,
    DealTableModel.CONTRACT: 130,
}


class DealFilterProxy(QSortFilterProxyModel):
    """Status, consultant, date of the last step (inclusive) and a text in any of
    customer, unit and contract number."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.statuses: frozenset[str] | None = None
        self.consultant_id: int | None = None
        self.date_from: dt.date | None = None
        self.date_to: dt.date | None = None
        self.text = ""
        self.setSortRole(DealTableModel.SORT_ROLE)

    def set_filters(
        self,
        *,
        statuses: frozenset[str] | None,
        consultant_id: int | None,
        date_from: dt.date | None,
        date_to: dt.date | None,
        text: str,
    ) -> None:
        self.beginFilterChange()
        self.statuses = statuses
        self.consultant_id = consultant_id
        self.date_from, self.date_to = date_from, date_to
        self.text = text.strip().lower()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def accepts(self, deal: DealInfo, *, ignore_status: bool = False) -> bool:
        if not ignore_status and self.statuses is not None and deal.status not in self.statuses:
            return False
        if self.consultant_id == NO_CONSULTANT and deal.consultant_id is not None:
            return False
        if (
            self.consultant_id not in (None, NO_CONSULTANT)
            and deal.consultant_id != self.consultant_id
        ):
            return False
        if self.date_from is not None or self.date_to is not None:
            when_ = last_step_at(deal).date()
            if self.date_from is not None and when_ < self.date_from:
                return False
            if self.date_to is not None and when_ > self.date_to:
                return False
        if self.text:
            haystack = " ".join(
                (deal.customer_name, deal.unit_label, deal.contract_no or "")
            ).lower()
            if self.text not in haystack:
                return False
        return True

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not isinstance(model, DealTableModel) or source_parent.isValid():
            return True
        return self.accepts(model.row_at(source_row))


class DealsPage(DealsView):
    #: A batch of purchase notices ended: the list of ``IssuedDocumentInfo`` issued.
    batch_finished = Signal(object)
    #: The selected deal changed (its DealInfo, or None).
    deal_shown = Signal(object)

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
        project = services.projects.current()
        self.project_id = user.project_id or (project.id if project is not None else None)
        self.deal: DealInfo | None = None
        self.batch_dialog: BatchProgressDialog | None = None
        self.approvals_dialog: DiscountApprovalsDialog | None = None
        self._batch_task: BackgroundTask | None = None
        self.watch = StaleWatch(self, self.refresh)

        self.model = DealTableModel(self)
        self.proxy = DealFilterProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table.setModel(self.proxy)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        self.table.sortByColumn(DealTableModel.LAST, Qt.SortOrder.DescendingOrder)

        self.documents_model = DocumentTableModel(self)
        self.panel.documents_table.setModel(self.documents_model)
        doc_header = self.panel.documents_table.horizontalHeader()
        doc_header.setStretchLastSection(False)
        for column in range(DocumentTableModel.COLUMN_COUNT):
            doc_header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        # The form's name takes what is left (elided, whole in the tooltip).
        doc_header.setSectionResizeMode(DocumentTableModel.KIND, QHeaderView.ResizeMode.Stretch)

        self.deal_actions = DealActions(services, user, self)
        self.deal_actions.changed.connect(self._deal_changed)
        self.deal_actions.documents_changed.connect(self._documents_changed)
        self.deal_actions.message.connect(self.show_message)
        self.deal_actions.error.connect(self.show_problem)

        self.status_combo.addItem(self.tr("全部"), None)
        self.status_combo.addItem(self.tr("进行中"), frozenset(ACTIVE))
        for status in ALL_STATUSES:
            self.status_combo.addItem(deal_status_label(status), frozenset({status}))
        today = services.clock.now().date()
        self.date_from.setDate(to_qdate(today - dt.timedelta(days=DEFAULT_DAYS)))
        self.date_to.setDate(to_qdate(today))
        self._date_check_changed()

        sells = user.role in (Role.MANAGER, Role.CONSULTANT)
        self.batch_button.setVisible(sells)
        self.approvals_button.setVisible(user.role is Role.MANAGER)

        self.status_combo.currentIndexChanged.connect(self.apply_filters)
        self.consultant_combo.currentIndexChanged.connect(self.apply_filters)
        self.date_check.toggled.connect(self._date_check_changed)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.search_edit.textChanged.connect(self.apply_filters)
        self.refresh_button.clicked.connect(self.refresh)
        self.batch_button.clicked.connect(self._batch_clicked)
        self.approvals_button.clicked.connect(self.open_approvals)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        panel = self.panel
        panel.notice_button.clicked.connect(self._with_deal(self._print_notice))
        panel.subscribe_button.clicked.connect(self._with_deal(self._subscribe))
        panel.contract_button.clicked.connect(self._with_deal(self.deal_actions.contract))
        panel.cancel_button.clicked.connect(self._with_deal(self.deal_actions.cancel))
        panel.schedule_button.clicked.connect(self._with_deal(self.deal_actions.schedule_delivery))
        panel.delivery_notice_button.clicked.connect(
            self._with_deal(self.deal_actions.delivery_notice)
        )
        panel.handover_button.clicked.connect(self._with_deal(self.deal_actions.handover))
        panel.handover_form_button.clicked.connect(self._with_deal(self.deal_actions.handover_form))
        panel.documents_table.selectionModel().selectionChanged.connect(self._update_doc_buttons)
        panel.documents_table.doubleClicked.connect(lambda _index: self.open_document())
        panel.open_document_button.clicked.connect(self.open_document)
        panel.reprint_button.clicked.connect(self.reprint_document)
        panel.mark_signed_button.clicked.connect(lambda: self.mark_signed())
        panel.attach_scan_button.clicked.connect(self._attach_scan_clicked)
        panel.open_scan_button.clicked.connect(self.open_scan)

        events.deals_changed.connect(self.watch.changed)
        events.documents_changed.connect(self._documents_elsewhere)
        self.show_deal(None)

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()

    def refresh(self) -> None:
        self.watch.refreshed()
        selected = self.deal.id if self.deal is not None else None
        try:
            self._services.units.expire_holds()
            deals = (
                self._services.deals.list_deals(self.project_id, limit=LIST_LIMIT)
                if self.project_id is not None
                else []
            )
        except DomainError as exc:
            self.show_problem(str(exc))
            return
        self.model.set_rows(deals)
        self._fill_consultants(deals)
        self.apply_filters()
        if selected is not None:
            self.select_deal(selected)
        self._update_approvals_button()

    def _fill_consultants(self, deals: list[DealInfo]) -> None:
        combo = self.consultant_combo
        current = combo.currentData()
        names = {d.consultant_id: d.consultant_name for d in deals if d.consultant_id is not None}
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("全部"), None)
        for consultant_id, name in sorted(names.items(), key=lambda kv: kv[1] or ""):
            combo.addItem(name or f"#{consultant_id}", consultant_id)
        if any(d.consultant_id is None for d in deals):
            combo.addItem(self.tr("未分配"), NO_CONSULTANT)
        index = combo.findData(current) if current is not None else 0
        combo.setCurrentIndex(max(index, 0))
        combo.blockSignals(False)

    def _date_check_changed(self) -> None:
        on = self.date_check.isChecked()
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def set_status_filter(self, status: str | None) -> None:
        """Show only ``status`` (a ``DealStatus`` code), or every deal with None."""
        data = frozenset({status}) if status is not None else None
        for index in range(self.status_combo.count()):
            if self.status_combo.itemData(index) == data:
                self.status_combo.setCurrentIndex(index)
                return

    def apply_filters(self) -> None:
        on = self.date_check.isChecked()
        self.proxy.set_filters(
            statuses=self.status_combo.currentData(),
            consultant_id=self.consultant_combo.currentData(),
            date_from=to_date(self.date_from.date()) if on else None,
            date_to=to_date(self.date_to.date()) if on else None,
            text=self.search_edit.text(),
        )
        self._show_counts()
        deal = self.deal
        if deal is not None and self.model.row_of(deal.id) >= 0 and not self.proxy.accepts(deal):
            self.table.clearSelection()

    def _show_counts(self) -> None:
        rows = [d for d in self.model.rows() if self.proxy.accepts(d, ignore_status=True)]
        counts = {status: 0 for status in ALL_STATUSES}
        for d in rows:
            counts[DealStatus(d.status)] = counts.get(DealStatus(d.status), 0) + 1
        parts = [
            self.tr("{status} {n}").format(status=deal_status_label(s), n=n)
            for s, n in counts.items()
        ]
        self.counts_label.setText(
            self.tr("显示 {shown} 笔（共 {total} 笔）：{parts}").format(
                shown=self.proxy.rowCount(), total=len(rows), parts=" · ".join(parts)
            )
        )

    def shown_deals(self) -> list[DealInfo]:
        return [
            self.proxy.index(row, 0).data(DealTableModel.ROW_ROLE)
            for row in range(self.proxy.rowCount())
        ]

    def select_deal(self, deal_id: int) -> bool:
        source = self.model.row_of(deal_id)
        if source < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(source, 0))
        if not index.isValid():
            return False
        self.table.selectRow(index.row())
        self.table.scrollTo(index)
        return True

    def selected_deals(self) -> list[DealInfo]:
        rows = self.table.selectionModel().selectedRows()
        return [index.data(DealTableModel.ROW_ROLE) for index in rows]

    def _selection_changed(self) -> None:
        current = self.table.selectionModel().selectedRows()
        if len(current) == 1:
            self.show_deal(current[0].data(DealTableModel.ROW_ROLE))
        elif not current:
            self.show_deal(None)

    # -- the selected deal ------------------------------------------------------------------

    def show_deal(self, deal: DealInfo | None) -> None:
        self.deal = deal
        panel = self.panel
        if deal is None:
            panel.show_details(False)
            self.documents_model.set_rows([])
            self.deal_shown.emit(None)
            return
        panel.title_label.setText(deal.unit_label)
        panel.status_chip.setText(deal_status_label(deal.status))
        panel.status_chip.setStyleSheet(
            f"background: {deal_colour(deal.status).name()}; color: {STATUS_TEXT_COLOUR};"
            " border: 1px solid #8a96a3; border-radius: 4px; padding: 2px 10px;"
        )
        panel.customer_value.setText(deal.customer_name)
        panel.consultant_value.setText(deal.consultant_name or self.tr("未分配"))
        prices = self.tr("表价 {list}").format(list=yuan(deal.list_price))
        if deal.agreed_price is not None:
            prices += self.tr("，成交价 {agreed}").format(agreed=yuan(deal.agreed_price))
        if deal.discount:
            prices += self.tr("（优惠 {discount}）").format(discount=yuan(deal.discount))
        panel.prices_value.setText(prices)
        deposit = ""
        if deal.deposit is not None:
            deposit = self.tr("{amount}，{day} 交").format(
                amount=yuan(deal.deposit), day=day(deal.deposit_date)
            )
        panel.deposit_value.setText(deposit)
        panel.form.setRowVisible(panel.deposit_value, bool(deposit))
        contract = ""
        if deal.contract_no:
            contract = self.tr("{number}，{method}").format(
                number=deal.contract_no, method=payment_method_label(deal.payment_method)
            )
            if deal.loan_status:
                contract += self.tr("，贷款{status}").format(
                    status=loan_status_label(deal.loan_status)
                )
        panel.contract_value.setText(contract)
        panel.form.setRowVisible(panel.contract_value, bool(contract))
        panel.steps_value.setText(self._steps_text(deal))
        self._update_actions()
        self.load_documents()
        panel.show_details(True)
        self.deal_shown.emit(deal)

    def _steps_text(self, deal: DealInfo) -> str:
        lines = []
        if deal.held_at:
            lines.append(
                self.tr("{time} 保留（至 {until}）").format(
                    time=when(deal.held_at), until=when(deal.hold_expires_at)
                )
            )
        if deal.subscribed_at:
            lines.append(self.tr("{time} 认购").format(time=when(deal.subscribed_at)))
        if deal.contracted_at:
            lines.append(self.tr("{time} 签约").format(time=when(deal.contracted_at)))
        if deal.delivery_date and not deal.delivered_at:
            lines.append(self.tr("{day} 计划交付").format(day=day(deal.delivery_date)))
        if deal.delivered_at:
            lines.append(self.tr("{time} 交付").format(time=when(deal.delivered_at)))
        if deal.cancelled_at:
            lines.append(
                self.tr("{time} 退订：{reason}").format(
                    time=when(deal.cancelled_at), reason=deal.cancel_reason or ""
                )
            )
        if deal.status == DealStatus.EXPIRED:
            lines.append(
                self.tr("{time} 保留到期，房源已释放").format(time=when(deal.hold_expires_at))
            )
        return "\n".join(lines)

    def _update_actions(self) -> None:
        panel, deal, user = self.panel, self.deal, self._user
        shown: set[Any] = set()
        if deal is not None:
            status = deal.status
            if status in (DealStatus.HELD, DealStatus.SUBSCRIBED) and can_sell(user, deal):
                shown.add(panel.notice_button)
            if status == DealStatus.HELD and can_sell(user, deal):
                shown.add(panel.subscribe_button)
            if status == DealStatus.SUBSCRIBED and can_sell(user, deal):
                shown.add(panel.contract_button)
            if status == DealStatus.CONTRACTED:
                if can_deliver(user) or user.role is Role.CONSULTANT and can_sell(user, deal):
                    shown.add(panel.schedule_button)
                if can_print_delivery(user, deal):
                    shown.add(panel.delivery_notice_button)
                if can_deliver(user):
                    shown.add(panel.handover_button)
            if status == DealStatus.DELIVERED and can_print_delivery(user, deal):
                shown.add(panel.handover_form_button)
            if can_cancel(user, deal):
                shown.add(panel.cancel_button)
            panel.cancel_button.setText(
                self.tr("取消保留…")
                if status == DealStatus.HELD
                else self.tr("解约退房…")
                if status == DealStatus.CONTRACTED
                else self.tr("退订…")
            )
        for button in panel.action_buttons:
            button.setVisible(button in shown)
        hint = ""
        if deal is not None and not shown and deal.is_active:
            hint = self.tr("由客户的置业顾问 {consultant} 或销售经理办理后续业务。").format(
                consultant=deal.consultant_name or self.tr("（未分配）")
            )
        elif deal is not None and not deal.is_active:
            hint = self.tr("这笔交易已结束，房源已释放。")
        panel.actions_hint.setText(hint)
        panel.actions_hint.setVisible(bool(hint))

    def visible_actions(self) -> list[str]:
        return [b.text() for b in self.panel.action_buttons if not b.isHidden()]

    def _with_deal(self, fn: Any) -> Any:
        def run() -> None:
            if self.deal is not None:
                fn(self.deal)

        return run

    def _print_notice(self, deal: DealInfo) -> None:
        self.deal_actions.issue_notice(deal.customer_id, deal.unit_id)

    def _subscribe(self, deal: DealInfo) -> None:
        self.deal_actions.subscribe(self._services.units.get_unit(deal.unit_id), deal)

    def _deal_changed(self, what: object) -> None:
        if isinstance(what, DealInfo):
            self.model.replace(what)
            if self.deal is not None and self.deal.id == what.id:
                self.show_deal(what)
        self._events.deals_changed.emit()  # this page refreshes too (its StaleWatch)

    # -- documents --------------------------------------------------------------------------

    def load_documents(self) -> None:
        deal = self.deal
        if deal is None:
            self.documents_model.set_rows([])
            self._update_doc_buttons()
            return
        docs = {d.id: d for d in self._services.documents.list_documents(deal_id=deal.id)}
        # A purchase notice printed before the hold belongs to the customer and unit.
        for d in self._services.documents.list_documents(
            customer_id=deal.customer_id,
            unit_id=deal.unit_id,
            kind=DocumentKind.PURCHASE_NOTICE.value,
        ):
            docs.setdefault(d.id, d)
        rows = sorted(docs.values(), key=lambda d: d.id, reverse=True)
        self.documents_model.set_rows(rows)
        self.panel.documents_table.setVisible(bool(rows))
        self.panel.documents_empty.setVisible(not rows)
        self._update_doc_buttons()

    def documents(self) -> list[IssuedDocumentInfo]:
        return [self.documents_model.row_at(r) for r in range(self.documents_model.rowCount())]

    def selected_document(self) -> IssuedDocumentInfo | None:
        rows = self.panel.documents_table.selectionModel().selectedRows()
        return self.documents_model.row_at(rows[0].row()) if rows else None

    def select_document(self, document_id: int) -> bool:
        row = self.documents_model.row_of(document_id)
        if row < 0:
            return False
        self.panel.documents_table.selectRow(row)
        return True

    def _update_doc_buttons(self) -> None:
        doc = self.selected_document()
        panel = self.panel
        chosen = doc is not None
        can_print = self._user.role is not Role.ADMIN
        panel.open_document_button.setEnabled(chosen)
        panel.reprint_button.setEnabled(chosen and can_print)
        panel.mark_signed_button.setEnabled(chosen and doc is not None and not doc.signed)
        has_scan = doc is not None and bool(doc.scan_path)
        panel.attach_scan_button.setEnabled(chosen and not has_scan)
        panel.attach_scan_button.setVisible(not has_scan)
        panel.open_scan_button.setVisible(has_scan)

    def _documents_changed(self, _doc: object) -> None:
        self._events.documents_changed.emit()

    def _documents_elsewhere(self) -> None:
        if self.deal is not None:
            selected = self.selected_document()
            self.load_documents()
            if selected is not None:
                self.select_document(selected.id)

    def open_document(self) -> None:
        doc = self.selected_document()
        if doc is not None:
            self.deal_actions.show_document(doc)

    def reprint_document(self) -> None:
        doc = self.selected_document()
        if doc is not None:
            self.deal_actions.reprint(doc)

    def mark_signed(self, scan: Path | None = None) -> bool:
        """Record that the selected form was signed (and attach ``scan``, if given)."""
        doc = self.selected_document()
        if doc is None:
            return False
        try:
            info = self._services.documents.mark_signed(doc.id, actor=self._user, scan=scan)
        except DomainError as exc:
            self.show_problem(str(exc))
            return False
        except Exception as exc:
            show_error(self, exc, self.tr("登记签字"))
            return False
        self.documents_model.replace(info)
        self.select_document(info.id)
        self._update_doc_buttons()
        self.show_message(
            self.tr("{number} 已登记为已签字，扫描件已归档。").format(number=info.doc_no)
            if scan is not None
            else self.tr("{number} 已登记为已签字。").format(number=info.doc_no)
        )
        self._events.documents_changed.emit()
        return True

    def _attach_scan_clicked(self) -> None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("选择签字后的扫描件"),
            folder,
            self.tr("扫描件 (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        if chosen:
            self.mark_signed(Path(chosen))

    def open_scan(self) -> None:
        doc = self.selected_document()
        if doc is not None and doc.scan_path:
            QDesktopServices.openUrl(QUrl.fromLocalFile(doc.scan_path))

    # -- batch of purchase notices -----------------------------------------------------------

    def batch_candidates(self) -> list[tuple[int, int]]:
        """(customer, unit) of the selected deals if several are selected, else of every
        held or subscribed deal whose purchase notice has not been printed yet."""
        selected = [
            d
            for d in self.selected_deals()
            if d.status in (DealStatus.HELD, DealStatus.SUBSCRIBED) and can_sell(self._user, d)
        ]
        if len(self.selected_deals()) > 1:
            return [(d.customer_id, d.unit_id) for d in selected]
        documents = self._services.documents
        return [
            (d.customer_id, d.unit_id)
            for d in self.model.rows()
            if d.status in (DealStatus.HELD, DealStatus.SUBSCRIBED)
            and can_sell(self._user, d)
            and not documents.has_purchase_notice(d.customer_id, d.unit_id)
        ]

    def _batch_clicked(self) -> None:
        pairs = self.batch_candidates()
        if not pairs:
            self.show_message(self.tr("没有需要打印购房告知书的交易。"))
            return
        several = len(self.selected_deals()) > 1
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("批量打印购房告知书"))
        box.setText(
            self.tr("为选中的 {n} 笔交易打印购房告知书？").format(n=len(pairs))
            if several
            else self.tr("为 {n} 笔尚未打印购房告知书的保留和认购交易打印？").format(n=len(pairs))
        )
        box.setInformativeText(self.tr("每份都会编号归档。打印期间可以继续工作，也可以随时停止。"))
        box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.accepted.connect(lambda: self.start_batch(pairs))
        box.open()

    def start_batch(self, pairs: list[tuple[int, int]]) -> bool:
        """Issue the purchase notices of ``pairs`` off the GUI thread, with progress."""
        if self._batch_task is not None or not pairs:
            return False
        documents, user = self._services.documents, self._user
        dialog = BatchProgressDialog(self.tr("批量打印购房告知书"), self)
        label = self.tr("正在打印购房告知书 {done} / {total}")
        stop = dialog.stop_event

        def work(progress: Progress) -> list[IssuedDocumentInfo]:
            progress(label.format(done=0, total=len(pairs)), 0, len(pairs))
            return documents.issue_purchase_notices(
                pairs,
                actor=user,
                progress=lambda done, total: progress(
                    label.format(done=done, total=total), done, total
                ),
                cancelled=stop.is_set,
            )

        task = BackgroundTask(work)
        task.progress.connect(dialog.set_progress)
        task.succeeded.connect(lambda issued: self._batch_done(issued, len(pairs)))
        task.failed.connect(self._batch_failed)
        self._batch_task = task
        self.batch_dialog = dialog
        self.batch_button.setEnabled(False)
        dialog.open()
        task.start()
        return True

    def _batch_end(self) -> None:
        self._batch_task = None
        self.batch_button.setEnabled(True)
        if self.batch_dialog is not None:
            self.batch_dialog.finish()
            self.batch_dialog.deleteLater()
            self.batch_dialog = None

    def _batch_done(self, issued: list[IssuedDocumentInfo], wanted: int) -> None:
        self._batch_end()
        if len(issued) < wanted:
            text = self.tr("已停止：打印了 {n} / {total} 份购房告知书，均已归档。").format(
                n=len(issued), total=wanted
            )
        else:
            text = self.tr("已打印 {n} 份购房告知书，均已归档，可在单据档案中预览和补打。").format(
                n=len(issued)
            )
        self.show_message(text)
        if issued:
            self._events.documents_changed.emit()
        self.batch_finished.emit(issued)

    def _batch_failed(self, exc: BaseException) -> None:
        self._batch_end()
        if isinstance(exc, DomainError):
            self.show_problem(self.tr("批量打印没有完成：{reason}").format(reason=exc))
        else:
            show_error(self, exc, self.tr("批量打印购房告知书"))
        self._events.documents_changed.emit()
        self.batch_finished.emit([])

    # -- discount approvals -------------------------------------------------------------------

    def _update_approvals_button(self) -> None:
        if self._user.role is not Role.MANAGER:
            return
        try:
            pending = len(self._services.deals.discount_approvals(pending_only=True))
        except DomainError:
            pending = 0
        self.approvals_button.setText(
            self.tr("优惠审批（{n}）").format(n=pending) if pending else self.tr("优惠审批")
        )

    def open_approvals(self) -> DiscountApprovalsDialog:
        dialog = DiscountApprovalsDialog(self._services, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(lambda _info: self._update_approvals_button())
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "approvals_dialog", None))
        self.approvals_dialog = dialog
        dialog.open()
        return dialog

    # -- messages -----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.status_label.setVisible(False)
        set_error(self.error_label, text)
