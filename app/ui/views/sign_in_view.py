"""Layout of the sign-in dialog (登录)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import error_label, hint_label, title_label


class SignInView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("登录 — 售楼接待台"))
        self.setMinimumWidth(480)

        self.title_label = title_label(self.tr("售楼接待台"), "dialogTitle")
        self.project_label = QLabel()
        self.project_label.setObjectName("dialogProject")
        self.project_label.setVisible(False)
        self.subtitle_label = hint_label(self.tr("请输入用户名和密码登录。"))

        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("用户名"), self.username_edit)
        form.addRow(self.tr("密码"), self.password_edit)

        self.error_label = error_label()
        self.database_label = hint_label(selectable=True)

        self.sign_in_button = QPushButton(self.tr("登录"))
        self.sign_in_button.setObjectName("primaryButton")
        self.sign_in_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("退出"))
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.sign_in_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title_label)
        layout.addWidget(self.project_label)
        layout.addWidget(self.subtitle_label)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addSpacing(8)
        layout.addLayout(buttons)
        layout.addSpacing(4)
        layout.addWidget(self.database_label)
