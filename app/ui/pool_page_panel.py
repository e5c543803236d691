"""公共客户池: the pool tab of the 跟进 page.

A consultant sees their standing ("今日已领取 3/10，名下 150/200"), claims customers from
the pool within the daily quota and the cap, and releases one of their own customers
with a reason. A manager chooses a consultant, locks a customer to them (exempt from
lapsing) or unlocks it, and may release too. Pool phones are masked. Both lists load
lazily a page at a time.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.customer import CustomerFilter, CustomerRow, CustomerSort, SortKey
from app.domain.enums import Role
from app.domain.errors import DomainError, ValidationError
from app.domain.models import UserInfo
from app.domain.pool import ClaimQuota, PoolCustomer
from app.ui.app_events import AppEvents
from app.ui.error_dialog import show_error
from app.ui.models.pool_table_model import OwnedCustomerTableModel, PoolTableModel
from app.ui.stale_watch import StaleWatch
from app.ui.views.pool_view import PoolPanelView, PoolReasonDialogView
from app.ui.widgets import grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services

OWNED_SORT = CustomerSort(SortKey.NEXT_FOLLOW_UP, descending=False)


class PoolReasonDialog(PoolReasonDialogView):
    """Ask for a reason; ``submit(reason)`` returns an error to show, or None when done.

    The dialog stays open with the text kept when the reason is missing or refused.
    """

    def __init__(
        self,
        title: str,
        prompt: str,
        submit: Callable[[str], str | None],
        *,
        required: bool = True,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.prompt_label.setText(prompt)
        self._submit = submit
        self._required = required
        self.reason_edit.setPlaceholderText(self.tr("必填") if required else self.tr("选填"))
        self.ok_button.clicked.connect(self.confirm)
        self.cancel_button.clicked.connect(self.reject)
        self.reason_edit.returnPressed.connect(self.confirm)

    def confirm(self) -> bool:
        reason = self.reason_edit.text().strip()
        self.reason_field.set_error("")
        set_error(self.error_label, "")
        if self._required and not reason:
            self.reason_field.set_error(self.tr("请填写原因"))
            grow_to_fit(self)
            return False
        problem = self._submit(reason)
        if problem:
            set_error(self.error_label, problem)
            grow_to_fit(self)
            return False
        self.accept()
        return True


class PoolPanel(PoolPanelView):
    #: Something to say on the page (a claim, a release).
    message = Signal(str)

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
        self.quota: ClaimQuota | None = None
        self.reason_dialog: PoolReasonDialog | None = None
        self.watch = StaleWatch(self, self.refresh)

        self.pool_model = PoolTableModel(self)
        self.pool_table.setModel(self.pool_model)
        self.owned_model = OwnedCustomerTableModel(self)
        self.owned_table.setModel(self.owned_model)
        for table, widths in (
            (self.pool_table, (90, 130, 56, 70, 120, 140)),
            (self.owned_table, (90, 130, 56, 70, 110)),
        ):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
            for column, width in enumerate(widths):
                header.resizeSection(column, width)

        can_claim = user.role is Role.CONSULTANT
        self.claim_button.setVisible(can_claim)
        self.quota_label.setVisible(can_claim)
        self.owner_label.setVisible(self.is_manager)
        self.owner_combo.setVisible(self.is_manager)
        self.lock_button.setVisible(self.is_manager)
        self.unlock_button.setVisible(self.is_manager)
        self.owned_box.setTitle(self.tr("顾问的客户") if self.is_manager else self.tr("我的客户"))
        if self.is_manager:
            self.quota_hint.setText(
                self.tr("置业顾问从公共池领取客户；经理可锁定客户（不掉入公共池）或解除锁定。")
            )

        self.claim_button.clicked.connect(self.claim_selected)
        self.release_button.clicked.connect(self.ask_release)
        self.lock_button.clicked.connect(lambda: self.ask_lock(True))
        self.unlock_button.clicked.connect(lambda: self.ask_lock(False))
        self.owner_combo.currentIndexChanged.connect(lambda _i: self._load_owned())
        self.pool_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        self.owned_table.selectionModel().selectionChanged.connect(lambda *_: self._update())
        events.customers_changed.connect(self.watch.changed)
        self._update()

    # -- loading -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.watch.shown()

    def _announce(self) -> None:
        with self.watch.quiet():
            self._events.customers_changed.emit()

    def refresh(self) -> None:
        self.watch.refreshed()
        set_error(self.error_label, "")
        if self.is_manager and self.owner_combo.count() == 0:
            self._fill_owners()
        self._show_quota()
        pool, user = self._services.pool, self._user

        def fetch_pool(rows: Sequence[PoolCustomer], limit: int) -> Sequence[PoolCustomer]:
            before = rows[-1].customer_id if rows else None
            return pool.list_pool(user, limit=limit, before_id=before)

        try:
            self.pool_model.set_fetch(fetch_pool)
        except DomainError as exc:
            self.pool_model.set_fetch(None)
            self.show_problem(str(exc))
        self._load_owned()

    def _fill_owners(self) -> None:
        combo = self.owner_combo
        combo.blockSignals(True)
        combo.clear()
        try:
            users = self._services.auth.list_users()
        except DomainError:
            users = []
        for u in users:
            if (
                u.role is Role.CONSULTANT
                and u.active
                and (self._user.project_id is None or u.project_id in (None, self._user.project_id))
            ):
                combo.addItem(u.display_name or u.username, u.id)
        combo.blockSignals(False)

    def owner_id(self) -> int | None:
        if self.is_manager:
            return self.owner_combo.currentData()
        return self._user.id

    def _load_owned(self) -> None:
        owner = self.owner_id()
        if owner is None:
            self.owned_model.set_fetch(None)
            self._update()
            return
        query, user = self._services.customer_query, self._user
        flt = CustomerFilter(owner_ids=(owner,))

        def fetch_owned(rows: Sequence[CustomerRow], limit: int) -> Sequence[CustomerRow]:
            return query.page(user, flt, OWNED_SORT, offset=len(rows), limit=limit)

        try:
            self.owned_model.set_fetch(fetch_owned)
        except DomainError as exc:
            self.owned_model.set_fetch(None)
            self.show_problem(str(exc))
        self._update()

    def _show_quota(self) -> None:
        if self._user.role is not Role.CONSULTANT:
            return
        try:
            quota = self._services.pool.quota(self._user)
        except DomainError as exc:
            self.show_problem(str(exc))
            return
        self.quota = quota
        self.quota_label.setText(
            self.tr("今日已领取 {claims}/{daily}，名下 {active}/{cap}").format(
                claims=quota.claims_today,
                daily=quota.max_daily,
                active=quota.active_customers,
                cap=quota.max_active,
            )
        )
        if quota.claims_left:
            hint = self.tr("今天还可以领取 {n} 位。").format(n=quota.claims_left)
        elif quota.active_customers >= quota.max_active:
            hint = self.tr("名下在跟客户已达上限，请先跟进或释放部分客户。")
        else:
            hint = self.tr("今天的领取名额已用完，明天再来。")
        self.quota_hint.setText(hint)
        self._update()

    # -- selection ---------------------------------------------------------------------------

    def selected_pool(self) -> list[PoolCustomer]:
        rows = self.pool_table.selectionModel().selectedRows()
        return [self.pool_model.row_at(index.row()) for index in rows]

    def selected_owned(self) -> CustomerRow | None:
        rows = self.owned_table.selectionModel().selectedRows()
        return self.owned_model.row_at(rows[0].row()) if rows else None

    def select_pool_customer(self, customer_id: int) -> bool:
        for row, item in enumerate(self.pool_model.rows()):
            if item.customer_id == customer_id:
                self.pool_table.selectRow(row)
                return True
        return False

    def select_owned_customer(self, customer_id: int) -> bool:
        row = self.owned_model.row_of(customer_id)
        if row >= 0:
            self.owned_table.selectRow(row)
        return row >= 0

    def _update(self) -> None:
        quota_left = self.quota is None or self.quota.claims_left > 0
        self.claim_button.setEnabled(bool(self.selected_pool()) and quota_left)
        owned = self.selected_owned()
        self.release_button.setEnabled(owned is not None and not owned.locked)
        self.lock_button.setEnabled(owned is not None and not owned.locked)
        self.unlock_button.setEnabled(owned is not None and owned.locked)

    # -- claim and release -------------------------------------------------------------------

    def claim_selected(self) -> int:
        """Claim the selected pool customers, one by one, until the quota says no."""
        chosen = self.selected_pool()
        claimed: list[str] = []
        problem = ""
        for customer in chosen:
            try:
                self._services.pool.claim(self._user, customer.customer_id)
            except DomainError as exc:
                problem = str(exc)
                break
            except Exception as exc:
                show_error(self, exc, self.tr("领取客户"))
                break
            claimed.append(customer.name)
        if claimed:
            self.pool_model.reload()
            self._load_owned()
            self._announce()
        self._show_quota()
        if claimed:
            self.show_message(
                self.tr("已领取：{names}。请在今天内跟进。").format(names="、".join(claimed))
            )
            self.message.emit(self.status_label.text())
        if problem:
            self.show_problem(problem)
        return len(claimed)

    def ask_release(self) -> PoolReasonDialog | None:
        customer = self.selected_owned()
        if customer is None:
            return None
        return self._ask(
            self.tr("释放到公共池"),
            self.tr("把 {name} 释放到公共池？释放后其他置业顾问可以领取。请填写原因：").format(
                name=customer.name
            ),
            lambda reason: self.release(customer.id, reason),
            required=True,
        )

    def release(self, customer_id: int, reason: str) -> str | None:
        """Release a customer to the pool; returns the refusal, or None when done."""
        try:
            self._services.pool.release(self._user, customer_id, reason)
        except ValidationError as exc:
            return exc.field_errors.get("reason") or str(exc)
        except DomainError as exc:
            return str(exc)
        self._after_change(self.tr("已释放到公共池。"))
        return None

    def ask_lock(self, lock: bool) -> PoolReasonDialog | None:
        customer = self.selected_owned()
        if customer is None:
            return None
        if lock:
            title = self.tr("锁定客户")
            prompt = self.tr("锁定 {name}：保护期过后也不会掉入公共池。原因（选填）：")
        else:
            title = self.tr("解除锁定")
            prompt = self.tr("解除 {name} 的锁定：置业顾问将有 {n} 天时间跟进。原因（选填）：")
        warning_days = self._services.settings.load().lapse_warning_days
        return self._ask(
            title,
            prompt.format(name=customer.name, n=warning_days),
            lambda reason: self.set_locked(customer.id, lock, reason),
            required=False,
        )

    def set_locked(self, customer_id: int, lock: bool, reason: str = "") -> str | None:
        pool = self._services.pool
        try:
            if lock:
                pool.lock(self._user, customer_id, reason or None)
            else:
                pool.unlock(self._user, customer_id, reason or None)
        except DomainError as exc:
            return str(exc)
        self._after_change(self.tr("已锁定。") if lock else self.tr("已解除锁定。"))
        return None

    def _ask(
        self, title: str, prompt: str, submit: Callable[[str], str | None], *, required: bool
    ) -> PoolReasonDialog:
        dialog = PoolReasonDialog(title, prompt, submit, required=required, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(lambda _obj=None: setattr(self, "reason_dialog", None))
        self.reason_dialog = dialog
        dialog.open()
        return dialog

    def _after_change(self, text: str) -> None:
        self.pool_model.reload()
        self.owned_model.reload()
        self._show_quota()
        self._update()
        self.show_message(text)
        self._announce()

    # -- messages -----------------------------------------------------------------------------

    def show_message(self, text: str) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(text)
        self.status_label.setVisible(bool(text))

    def show_problem(self, text: str) -> None:
        self.status_label.setVisible(False)
        set_error(self.error_label, text)
