"""Layout of the first-run dialog: create the administrator, optionally load the demo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import FieldWithError, error_label, hint_label, title_label


class FirstRunView(QDialog):
    FORM_PAGE = 0
    DONE_PAGE = 1

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("首次使用 — 售楼接待台"))
        self.setMinimumWidth(600)
        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form_page())
        self.pages.addWidget(self._build_done_page())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 28, 32, 24)
        layout.addWidget(self.pages)

    def _build_form_page(self) -> QWidget:
        page = QWidget()
        title = title_label(self.tr("欢迎使用售楼接待台"), "dialogTitle")
        intro = hint_label(
            self.tr(
                "这台电脑上还没有任何账号。请填写楼盘名称并创建管理员账号，"
                "之后用它为前台、置业顾问和其他同事添加账号。"
            )
        )

        self.project_name_edit = QLineEdit()
        self.project_name_edit.setObjectName("projectName")
        self.project_name_edit.setMaxLength(128)
        self.project_name_edit.setPlaceholderText(self.tr("例如：滨江·云璟府"))
        self.username_edit = QLineEdit()
        self.username_edit.setObjectName("username")
        self.username_edit.setMaxLength(64)
        self.display_name_edit = QLineEdit()
        self.display_name_edit.setObjectName("displayName")
        self.display_name_edit.setMaxLength(64)
        self.display_name_edit.setPlaceholderText(self.tr("显示在界面上的名字，可不填"))
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("password")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_again_edit = QLineEdit()
        self.password_again_edit.setObjectName("passwordAgain")
        self.password_again_edit.setEchoMode(QLineEdit.EchoMode.Password)

        self.project_name_field = FieldWithError(self.project_name_edit)
        self.username_field = FieldWithError(self.username_edit)
        self.display_name_field = FieldWithError(self.display_name_edit)
        self.password_field = FieldWithError(self.password_edit)
        self.password_again_field = FieldWithError(self.password_again_edit)

        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("楼盘名称"), self.project_name_field)
        form.addRow(self.tr("用户名"), self.username_field)
        form.addRow(self.tr("姓名"), self.display_name_field)
        form.addRow(self.tr("密码"), self.password_field)
        form.addRow(self.tr("再次输入密码"), self.password_again_field)

        self.demo_check = QCheckBox(self.tr("同时载入演示数据（约 2000 位虚构客户）"))
        self.demo_hint = hint_label(
            self.tr("供培训和试用。演示数据会写入当前数据库，正式使用时请不要勾选。")
        )
        self.form_error_label = error_label()

        self.create_button = QPushButton(self.tr("创建账号"))
        self.create_button.setObjectName("primaryButton")
        self.create_button.setDefault(True)
        self.quit_button = QPushButton(self.tr("退出"))
        self.quit_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.create_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addSpacing(4)
        layout.addWidget(self.demo_check)
        layout.addWidget(self.demo_hint)
        layout.addWidget(self.form_error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_done_page(self) -> QWidget:
        page = QWidget()
        title = title_label(self.tr("准备就绪"), "dialogTitle")
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.demo_result_label = QLabel()
        self.demo_result_label.setWordWrap(True)
        self.demo_result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.demo_error_label = error_label()
        self.continue_button = QPushButton(self.tr("去登录"))
        self.continue_button.setObjectName("primaryButton")
        self.continue_button.setDefault(True)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.continue_button)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(12)
        layout.addWidget(title)
        layout.addWidget(self.done_label)
        layout.addWidget(self.demo_result_label)
        layout.addWidget(self.demo_error_label)
        layout.addStretch(1)
        layout.addLayout(buttons)
        return page
