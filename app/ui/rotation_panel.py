"""The rotation panel (接待轮序) of the reception page: today's queue with the next
consultant highlighted, sign-in and sign-out, busy / free / leave, skip with a reason,
and the day's history, each event with the queue as it stood after it (replayable).

Every action is one call of ``RotationService``; the queue shown is the one it returns.
``changed`` tells the page that the proposal for the next walk-in may have moved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from app.domain.customer import RotationQueueView
from app.domain.enums import Role, RotationStatus
from app.domain.errors import DomainError, ValidationError
from app.domain.models import UserInfo
from app.ui.error_dialog import show_error
from app.ui.labels import rotation_status_label
from app.ui.models.rotation_table_model import RotationEventTableModel, RotationTableModel
from app.ui.views.rotation_panel_view import (
    ReasonDialogView,
    RotationHistoryView,
    RotationPanelView,
)
from app.ui.widgets import grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services

#: Roles that run the queue for everybody (a consultant only signs themself in and out).
QUEUE_ROLES = (Role.RECEPTION, Role.MANAGER)


class ReasonDialog(ReasonDialogView):
    """Asks for a required written reason; ``ask`` returns it, or None if cancelled."""

    def __init__(self, title: str, explain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reason: str | None = None
        self.setWindowTitle(title)
        self.title_label.setText(title)
        self.explain_label.setText(explain)
        self.reason_edit.setPlaceholderText(self.tr("例如：该顾问正在带客户看样板间"))
        self.buttons.accepted.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason_edit.textEdited.connect(lambda _t: self.reason_field.set_error(""))

    @classmethod
    def ask(cls, parent: QWidget | None, title: str, explain: str) -> str | None:
        dialog = cls(title, explain, parent)
        try:
            dialog.exec()
            return dialog.reason
        finally:
            dialog.deleteLater()

    def _confirm(self) -> None:
        reason = " ".join(self.reason_edit.text().split())
        if not reason:
            self.reason_field.set_error(self.tr("请写明原因。"))
            grow_to_fit(self)
            self.reason_edit.setFocus()
            return
        self.reason = reason
        self.accept()


class RotationHistoryDialog(RotationHistoryView):
    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = RotationEventTableModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RotationEventTableModel.QUEUE, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        # A long queue wraps rather than being cut off.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.close_button.clicked.connect(self.accept)
        events = services.rotation.events(user)
        names = dict(services.rotation.candidates(user))
        for entry in services.rotation.queue(user).entries:
            names.setdefault(entry.consultant_id, entry.consultant_name)
        self.model.set_events(events, names)
        if not events:
            self.summary_label.setText(self.tr("今天的轮序还没有任何变动。"))
        elif self.model.all_replay():
            self.summary_label.setText(
                self.tr(
                    "今天共 {n} 条记录。按顺序重放每一条，得到的排队顺序都与当时保存的一致。"
                ).format(n=len(events))
            )
        else:
            bad = sum(1 for e in events if not e.replay_matches)
            self.summary_label.setText(
                self.tr(
                    "今天共 {n} 条记录，其中 {bad} 条重放结果与保存的排队顺序不一致，"
                    "请销售经理核查。"
                ).format(n=len(events), bad=bad)
            )


class RotationPanel(RotationPanelView):
    #: The queue changed (the next walk-in may go to someone else now).
    changed = Signal()

    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None):
        super().__init__(parent)
        self._services = services
        self._user = user
        self.queue: RotationQueueView | None = None
        self.model = RotationTableModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(RotationTableModel.CONSULTANT, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)

        runs_queue = user.role in QUEUE_ROLES
        self.skip_button.setVisible(runs_queue)
        self.history_button.setVisible(runs_queue)
        self.setEnabled(user.role in (*QUEUE_ROLES, Role.CONSULTANT))

        self.sign_in_button.clicked.connect(self.sign_in)
        self.sign_out_button.clicked.connect(self.sign_out)
        self.busy_button.clicked.connect(lambda: self.set_status(RotationStatus.BUSY))
        self.free_button.clicked.connect(lambda: self.set_status(RotationStatus.FREE))
        self.leave_button.clicked.connect(lambda: self.set_status(RotationStatus.LEAVE))
        self.skip_button.clicked.connect(self.skip)
        self.history_button.clicked.connect(self.show_history)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())

    # -- loading ---------------------------------------------------------------------------

    def refresh(self) -> None:
        if not self.isEnabled():
            self.summary_label.setText(self.tr("接待轮序由前台和销售经理管理。"))
            return
        try:
            queue = self._services.rotation.queue(self._user)
            candidates = self._services.rotation.candidates(self._user)
        except DomainError as exc:
            self._show_message(str(exc))
            return
        self._show_queue(queue)
        on_duty = {e.consultant_id for e in queue.entries if e.status is not RotationStatus.OFF}
        current = self.candidate_combo.currentData()
        self.candidate_combo.clear()
        for consultant_id, name in candidates:
            if consultant_id in on_duty:
                continue
            if self._user.role is Role.CONSULTANT and consultant_id != self._user.id:
                continue
            self.candidate_combo.addItem(name, consultant_id)
        index = self.candidate_combo.findData(current) if current is not None else -1
        self.candidate_combo.setCurrentIndex(index if index >= 0 else 0)
        self.sign_in_button.setEnabled(self.candidate_combo.count() > 0)

    def _show_queue(self, queue: RotationQueueView) -> None:
        selected = self.selected_consultant_id()
        self.queue = queue
        self.model.set_queue(queue)
        on_duty = self.model.on_duty()
        free = self.model.free()
        if queue.proposed_name:
            nxt = self.tr("下一位：{name}").format(name=queue.proposed_name)
        elif on_duty:
            nxt = self.tr("暂无空闲顾问")
        else:
            nxt = ""
        parts = [
            self.tr("在岗 {n} 人").format(n=on_duty),
            self.tr("空闲 {n} 人").format(n=free),
        ]
        if nxt:
            parts.append(nxt)
        self.summary_label.setText(" · ".join(parts))
        self.empty_label.setVisible(not queue.entries)
        self.table.setVisible(bool(queue.entries))
        if selected is None or self.model.row_of(selected) < 0:
            # Start on the next consultant (or one's own entry), so the buttons work.
            own = self._user.id if self._user.role is Role.CONSULTANT else None
            selected = own if own is not None else queue.proposed_id
        if selected is not None and self.model.row_of(selected) >= 0:
            self.table.selectRow(self.model.row_of(selected))
        self._update_buttons()

    def selected_consultant_id(self) -> int | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        if not rows:
            return None
        return self.model.row_at(rows[0].row()).consultant_id

    def select_consultant(self, consultant_id: int) -> bool:
        row = self.model.row_of(consultant_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        return True

    def _update_buttons(self) -> None:
        consultant_id = self.selected_consultant_id()
        row = self.model.row_of(consultant_id) if consultant_id is not None else -1
        entry = self.model.row_at(row) if row >= 0 else None
        mine = entry is not None and (
            self._user.role in QUEUE_ROLES or entry.consultant_id == self._user.id
        )
        on = entry is not None and entry.status is not RotationStatus.OFF
        status = entry.status if entry is not None else None
        self.busy_button.setEnabled(mine and on and status is not RotationStatus.BUSY)
        self.free_button.setEnabled(mine and on and status is not RotationStatus.FREE)
        self.leave_button.setEnabled(mine and on and status is not RotationStatus.LEAVE)
        self.skip_button.setEnabled(mine and on)
        self.sign_out_button.setEnabled(mine and on)

    # -- actions ---------------------------------------------------------------------------

    def _run(self, doing: str, call) -> bool:  # type: ignore[no-untyped-def]
        self._show_message("")
        try:
            queue = call()
        except ValidationError as exc:
            self._show_message(next(iter(exc.field_errors.values()), str(exc)))
            return False
        except DomainError as exc:
            self._show_message(str(exc))
            return False
        except Exception as exc:
            show_error(self, exc, doing)
            return False
        self._show_queue(queue)
        self.refresh()
        self.changed.emit()
        return True

    def sign_in(self) -> None:
        consultant_id = self.candidate_combo.currentData()
        if consultant_id is None:
            self._show_message(self.tr("请先选择要签到的置业顾问。"))
            return
        if self._run(
            self.tr("签到"),
            lambda: self._services.rotation.sign_in(self._user, int(consultant_id)),
        ):
            self.select_consultant(int(consultant_id))

    def sign_out(self) -> None:
        consultant_id = self.selected_consultant_id()
        if consultant_id is None:
            return
        self._run(
            self.tr("签退"), lambda: self._services.rotation.sign_out(self._user, consultant_id)
        )

    def set_status(self, status: RotationStatus) -> None:
        consultant_id = self.selected_consultant_id()
        if consultant_id is None:
            return
        self._run(
            rotation_status_label(status),
            lambda: self._services.rotation.set_status(self._user, consultant_id, status),
        )

    def skip(self) -> None:
        consultant_id = self.selected_consultant_id()
        if consultant_id is None:
            return
        name = self.model.row_at(self.model.row_of(consultant_id)).consultant_name
        reason = self.ask_reason(
            self.tr("跳过 {name}").format(name=name),
            self.tr(
                "{name} 将失去一次轮序（有补位的先扣补位，否则排到队尾）。原因会记入审计日志。"
            ).format(name=name),
        )
        if reason is None:
            return
        self._run(
            self.tr("跳过"), lambda: self._services.rotation.skip(self._user, consultant_id, reason)
        )

    def ask_reason(self, title: str, explain: str) -> str | None:
        """The skip reason (a dialog; tests replace this method)."""
        return ReasonDialog.ask(self, title, explain)

    def show_history(self) -> RotationHistoryDialog | None:
        try:
            dialog = RotationHistoryDialog(self._services, self._user, self)
        except DomainError as exc:
            self._show_message(str(exc))
            return None
        dialog.setModal(False)
        dialog.finished.connect(lambda _r: dialog.deleteLater())
        dialog.show()
        return dialog

    def _show_message(self, text: str) -> None:
        set_error(self.message_label, text)
