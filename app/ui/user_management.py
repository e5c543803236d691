"""设置 → 用户管理: accounts for an admin (every role) or a manager (front-line roles).

Every change goes through ``AuthService``, which checks the right again and audits it;
this panel only offers what the signed-in user may do. A form that the service rejects
(user name taken, password too short) stays open with everything typed still in it and
the message under the field concerned.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget

from app.domain import access
from app.domain.enums import Role
from app.domain.errors import AuthenticationError, ConflictError, DomainError, ValidationError
from app.domain.models import UserInfo
from app.ui.error_dialog import show_error
from app.ui.labels import role_label
from app.ui.models.user_table_model import UserRow, UserTableModel
from app.ui.views.user_management_view import (
    AddUserView,
    ChangePasswordView,
    ChangeRoleView,
    ResetPasswordView,
    UserManagementView,
)
from app.ui.widgets import FieldWithError, grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services

COLUMN_WIDTHS = {UserTableModel.USERNAME: 110, UserTableModel.NAME: 100, UserTableModel.ROLE: 140}


def _name(user: UserInfo) -> str:
    return user.display_name or user.username


class _FormBehaviour:
    """Inline errors for a form dialog: under a field when the key names one."""

    error_label: object

    def _fields(self) -> dict[str, FieldWithError]:
        return {}

    def _clear_errors(self) -> None:
        for field in self._fields().values():
            field.set_error("")
        set_error(self.error_label, "")  # type: ignore[arg-type]

    def _show_errors(self, errors: dict[str, str]) -> None:
        fields = self._fields()
        general = []
        for key, message in errors.items():
            if key in fields:
                fields[key].set_error(message)
            else:
                general.append(message)
        set_error(self.error_label, "\n".join(general))  # type: ignore[arg-type]
        grow_to_fit(self)  # type: ignore[arg-type]
        for key, field in fields.items():
            if key in errors:
                field.field.setFocus()
                break

    def _passwords(self, new: str, again: str) -> dict[str, str]:
        if not new:
            return {"password": self.tr("请输入密码。")}  # type: ignore[attr-defined]
        if new != again:
            return {"password_again": self.tr("两次输入的密码不一致，请检查。")}  # type: ignore[attr-defined]
        return {}


class AddUserDialog(_FormBehaviour, AddUserView):
    def __init__(self, services: Services, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self.created: UserInfo | None = None
        for role in access.manageable_roles(actor):
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(Role.CONSULTANT.value)))
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.username_edit.setFocus()

    def _fields(self) -> dict[str, FieldWithError]:
        return {
            "username": self.username_field,
            "display_name": self.display_name_field,
            "role": self.role_field,
            "password": self.password_field,
            "password_again": self.password_again_field,
        }

    def _submit(self) -> None:
        self._clear_errors()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        errors = {} if username else {"username": self.tr("请输入用户名。")}
        errors.update(self._passwords(password, self.password_again_edit.text()))
        if errors:
            self._show_errors(errors)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.created = self._services.auth.create_user(
                username,
                password,
                Role(self.role_combo.currentData()),
                display_name=self.display_name_edit.text().strip() or None,
                actor=self._actor,
            )
        except ValidationError as exc:
            self._show_errors(exc.field_errors or {"": str(exc)})
            return
        except ConflictError as exc:  # the user name is taken
            self._show_errors({"username": str(exc)})
            return
        except DomainError as exc:  # no right (any more), database busy...
            self._show_errors({"": str(exc)})
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class ResetPasswordDialog(_FormBehaviour, ResetPasswordView):
    def __init__(
        self, services: Services, actor: UserInfo, target: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._target = target
        self.intro_label.setText(
            self.tr("为“{name}”（{username}）设置新密码。重置后该账号的锁定也会解除。").format(
                name=_name(target), username=target.username
            )
        )
        self.intro_label.setVisible(True)
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.password_edit.setFocus()

    def _fields(self) -> dict[str, FieldWithError]:
        return {"password": self.password_field, "password_again": self.password_again_field}

    def _submit(self) -> None:
        self._clear_errors()
        password = self.password_edit.text()
        errors = self._passwords(password, self.password_again_edit.text())
        if errors:
            self._show_errors(errors)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._services.auth.reset_password(self._actor, self._target.id, password)
        except ValidationError as exc:
            self._show_errors(exc.field_errors or {"": str(exc)})
            return
        except DomainError as exc:
            self._show_errors({"": str(exc)})
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class ChangeRoleDialog(_FormBehaviour, ChangeRoleView):
    def __init__(
        self, services: Services, actor: UserInfo, target: UserInfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._target = target
        self.changed: UserInfo | None = None
        self.intro_label.setText(
            self.tr("“{name}”现在是{role}。更改后，对方下次登录时按新角色使用。").format(
                name=_name(target), role=role_label(target.role)
            )
        )
        self.intro_label.setVisible(True)
        for role in access.manageable_roles(actor):
            self.role_combo.addItem(role_label(role), role.value)
        self.role_combo.setCurrentIndex(max(0, self.role_combo.findData(target.role.value)))
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)

    def _fields(self) -> dict[str, FieldWithError]:
        return {"role": self.role_field}

    def _submit(self) -> None:
        self._clear_errors()
        try:
            self.changed = self._services.auth.change_role(
                self._actor, self._target.id, Role(self.role_combo.currentData())
            )
        except DomainError as exc:
            self._show_errors({"": str(exc)})
            return
        self.accept()


class ChangePasswordDialog(_FormBehaviour, ChangePasswordView):
    """Anyone changes their own password (the old one is checked, with the backoff)."""

    def __init__(self, services: Services, user: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self.ok_button.clicked.connect(self._submit)
        self.cancel_button.clicked.connect(self.reject)
        self.old_password_edit.setFocus()

    def _fields(self) -> dict[str, FieldWithError]:
        return {
            "old_password": self.old_password_field,
            "new_password": self.password_field,
            "password": self.password_field,
            "password_again": self.password_again_field,
        }

    def _submit(self) -> None:
        self._clear_errors()
        old = self.old_password_edit.text()
        new = self.password_edit.text()
        errors = {} if old else {"old_password": self.tr("请输入当前密码。")}
        errors.update(self._passwords(new, self.password_again_edit.text()))
        if errors:
            self._show_errors(errors)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self._services.auth.change_password(self._user.id, old, new)
        except AuthenticationError:
            self.old_password_edit.clear()
            self._show_errors({"old_password": self.tr("当前密码不正确。")})
            return
        except ValidationError as exc:
            self._show_errors(exc.field_errors or {"": str(exc)})
            return
        except DomainError as exc:  # locked after too many wrong passwords...
            self.old_password_edit.clear()
            self._show_errors({"": str(exc)})
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.accept()


class UserManagementPanel(UserManagementView):
    def __init__(self, services: Services, actor: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self._actor = actor
        self._roles = set(access.manageable_roles(actor))

        self.model = UserTableModel(self)
        self.table.setModel(self.model)
        header = self.table.horizontalHeader()
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, width)
        if actor.role is Role.ADMIN:
            self.hint_label.setText(self.tr("管理员可以管理所有账号。不能更改或停用自己的账号。"))
        else:
            self.hint_label.setText(
                self.tr(
                    "销售经理可以管理前台、置业顾问和客服专员的账号。置业顾问离职时请先移交客户，再停用账号。"
                )
            )

        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.add_button.clicked.connect(self.add_user)
        self.reset_password_button.clicked.connect(self.reset_password)
        self.change_role_button.clicked.connect(self.change_role)
        self.unlock_button.clicked.connect(self.unlock)
        self.toggle_active_button.clicked.connect(self.toggle_active)
        self.refresh()

    # -- the list ----------------------------------------------------------------------

    def refresh(self, select_id: int | None = None) -> None:
        selected = self.selected()
        if select_id is None and selected is not None:
            select_id = selected.user.id
        auth = self._services.auth
        try:
            rows = [
                UserRow(user, auth.locked_until(user.username) if user.active else None)
                for user in auth.list_users()
            ]
        except DomainError as exc:
            set_error(self.error_label, str(exc))
            return
        self.model.set_rows(rows)
        row = self.model.row_of(select_id) if select_id is not None else -1
        if row >= 0:
            self.table.selectRow(row)
        self._update_buttons()

    def selected(self) -> UserRow | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.data(rows[0], UserTableModel.ROW_ROLE)  # type: ignore[no-any-return]

    def select_user(self, user_id: int) -> None:
        row = self.model.row_of(user_id)
        if row >= 0:
            self.table.selectRow(row)

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_buttons()

    def _manageable(self, row: UserRow | None) -> bool:
        return row is not None and row.user.id != self._actor.id and row.user.role in self._roles

    def _update_buttons(self) -> None:
        row = self.selected()
        manageable = self._manageable(row)
        self.add_button.setEnabled(bool(self._roles))
        self.reset_password_button.setEnabled(manageable)
        self.change_role_button.setEnabled(manageable and row is not None and row.user.active)
        self.unlock_button.setEnabled(
            manageable and row is not None and row.locked_until is not None
        )
        self.toggle_active_button.setEnabled(manageable)
        active = row is None or row.user.active
        self.toggle_active_button.setText(self.tr("停用") if active else self.tr("启用"))

    def _done(self, message: str, select_id: int | None = None) -> None:
        set_error(self.error_label, "")
        self.status_label.setText(message)
        self.status_label.setVisible(True)
        self.refresh(select_id)

    def _failed(self, exc: BaseException, doing: str) -> None:
        self.status_label.setVisible(False)
        if isinstance(exc, DomainError):
            set_error(self.error_label, str(exc))
        else:
            show_error(self, exc, doing)
        self.refresh()

    # -- actions -----------------------------------------------------------------------

    def add_user(self) -> None:
        dialog = AddUserDialog(self._services, self._actor, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.created is not None:
                user = dialog.created
                self._done(
                    self.tr("已添加{role}“{name}”（{username}）。").format(
                        role=role_label(user.role), name=_name(user), username=user.username
                    ),
                    user.id,
                )
        finally:
            dialog.deleteLater()

    def reset_password(self) -> None:
        row = self.selected()
        if not self._manageable(row):
            return
        assert row is not None
        dialog = ResetPasswordDialog(self._services, self._actor, row.user, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self._done(
                    self.tr("已为“{name}”重置密码，请当面告知新密码。").format(name=_name(row.user))
                )
        finally:
            dialog.deleteLater()

    def change_role(self) -> None:
        row = self.selected()
        if not self._manageable(row):
            return
        assert row is not None
        dialog = ChangeRoleDialog(self._services, self._actor, row.user, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted and dialog.changed is not None:
                self._done(
                    self.tr("“{name}”的角色已改为{role}。").format(
                        name=_name(row.user), role=role_label(dialog.changed.role)
                    )
                )
        finally:
            dialog.deleteLater()

    def unlock(self) -> None:
        row = self.selected()
        if not self._manageable(row):
            return
        assert row is not None
        try:
            self._services.auth.unlock_account(self._actor, row.user.id)
        except Exception as exc:
            self._failed(exc, self.tr("解除账号锁定"))
            return
        self._done(self.tr("已解除“{name}”的锁定。").format(name=_name(row.user)))

    def toggle_active(self) -> None:
        row = self.selected()
        if not self._manageable(row):
            return
        assert row is not None
        user = row.user
        try:
            if user.active:
                question = self.tr("停用后“{name}”将不能再登录，历史记录仍然保留。确定停用吗？")
                if not self.confirm(question.format(name=_name(user))):
                    return
                self._services.auth.deactivate(self._actor, user.id)
                message = self.tr("已停用“{name}”。")
            else:
                self._services.auth.activate(self._actor, user.id)
                message = self.tr("已启用“{name}”。")
        except Exception as exc:
            self._failed(exc, self.tr("更改账号状态"))
            return
        self._done(message.format(name=_name(user)))

    def confirm(self, question: str) -> bool:
        """Ask before an action that locks someone out (a seam for tests)."""
        answer = QMessageBox.question(
            self,
            self.tr("用户管理"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes
