"""Layout of 设置 → 用户管理 and its small dialogs (add user, reset password, change role)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import FieldWithError, error_label, hint_label, title_label

TABLE_MIN_HEIGHT = 240


def _password_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setObjectName(name)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMaxLength(256)
    return edit


class UserManagementView(QWidget):
    """The account list with its buttons (inside the settings page's 用户管理 box)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = QTableView()
        self.table.setObjectName("userTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        self.table.setMinimumHeight(TABLE_MIN_HEIGHT)

        self.add_button = QPushButton(self.tr("添加用户…"))
        self.reset_password_button = QPushButton(self.tr("重置密码…"))
        self.change_role_button = QPushButton(self.tr("更改角色…"))
        self.unlock_button = QPushButton(self.tr("解除锁定"))
        self.toggle_active_button = QPushButton(self.tr("停用"))
        # A column beside the table: the labels get long in English.
        buttons = QVBoxLayout()
        buttons.setSpacing(8)
        buttons.addWidget(self.add_button)
        buttons.addSpacing(12)
        buttons.addWidget(self.reset_password_button)
        buttons.addWidget(self.change_role_button)
        buttons.addWidget(self.unlock_button)
        buttons.addWidget(self.toggle_active_button)
        buttons.addStretch(1)
        table_row = QHBoxLayout()
        table_row.setSpacing(12)
        table_row.addWidget(self.table, 1)
        table_row.addLayout(buttons)

        self.hint_label = hint_label()
        self.status_label = hint_label()
        self.status_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.hint_label)
        layout.addLayout(table_row)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)


class _FormDialog(QDialog):
    """A title, a form, a general error line and 取消 / OK buttons."""

    def __init__(self, title: str, ok_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self.title_label = title_label(title, "dialogTitle", 1.25)
        self.intro_label = hint_label()
        self.intro_label.setVisible(False)
        self.form = QFormLayout()
        self.form.setSpacing(10)
        self.error_label = error_label()
        self.ok_button = QPushButton(ok_text)
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("取消"))
        self.cancel_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 24, 28, 20)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.intro_label)
        layout.addLayout(self.form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)


class AddUserView(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("添加用户"), self.tr("添加"), parent)
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("displayName")
        self.display_name_edit.setMaxLength(64)
        self.display_name_edit.setPlaceholderText(self.tr("显示在界面上的名字，可不填"))
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role")
        self.password_edit = _password_edit("password")
        self.password_again_edit = _password_edit("passwordAgain")
        self.username_field = FieldWithError(self.username_edit)
        self.display_name_field = FieldWithError(self.display_name_edit)
        self.role_field = FieldWithError(self.role_combo)
        self.password_field = FieldWithError(self.password_edit)
        self.password_again_field = FieldWithError(self.password_again_edit)
        self.form.addRow(self.tr("用户名"), self.username_field)
        self.form.addRow(self.tr("姓名"), self.display_name_field)
        self.form.addRow(self.tr("角色"), self.role_field)
        self.form.addRow(self.tr("密码"), self.password_field)
        self.form.addRow(self.tr("再次输入密码"), self.password_again_field)


class ResetPasswordView(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("重置密码"), self.tr("重置"), parent)
        self.password_edit = _password_edit("password")
        self.password_again_edit = _password_edit("passwordAgain")
        self.password_field = FieldWithError(self.password_edit)
        self.password_again_field = FieldWithError(self.password_again_edit)
        self.form.addRow(self.tr("新密码"), self.password_field)
        self.form.addRow(self.tr("再次输入新密码"), self.password_again_field)


class ChangeRoleView(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("更改角色"), self.tr("更改"), parent)
        self.role_combo = QComboBox()
        self.role_combo.setObjectName("role")
        self.role_field = FieldWithError(self.role_combo)
        self.form.addRow(self.tr("新角色"), self.role_field)


class ChangePasswordView(_FormDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("修改我的密码"), self.tr("修改"), parent)
        self.old_password_edit = _password_edit("oldPassword")
        self.password_edit = _password_edit("password")
        self.password_again_edit = _password_edit("passwordAgain")
        self.old_password_field = FieldWithError(self.old_password_edit)
        self.password_field = FieldWithError(self.password_edit)
        self.password_again_field = FieldWithError(self.password_again_edit)
        self.form.addRow(self.tr("当前密码"), self.old_password_field)
        self.form.addRow(self.tr("新密码"), self.password_field)
        self.form.addRow(self.tr("再次输入新密码"), self.password_again_field)
