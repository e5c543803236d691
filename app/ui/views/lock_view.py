"""Layout of the lock screen (已锁定): who locked it, the password, 解锁 / 切换用户.

The same view fills the main window while it is locked and covers every other window
of the program (a dialog, the audit log...), so nothing behind it can be read. Only the
window that can take input shows the password form; the others say where to unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import error_label, hint_label, title_label

CARD_WIDTH = 460


class LockView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setAutoFillBackground(True)

        self.card = QFrame()
        self.card.setObjectName("lockCard")
        self.card.setMaximumWidth(CARD_WIDTH)

        self.title_label = title_label(self.tr("售楼接待台已锁定"), "lockTitle", 1.5)
        self.title_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title_label.setWordWrap(True)
        self.user_label = QLabel()
        self.user_label.setObjectName("lockUser")
        self.user_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.user_label.setWordWrap(True)
        self.reason_label = hint_label()
        self.reason_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # The form: only on the one window that can take input.
        self.form = QWidget()
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("lockPassword")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.password_edit.setMaxLength(256)
        self.password_edit.setPlaceholderText(self.tr("请输入密码"))
        self.error_label = error_label()
        self.error_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.unlock_button = QPushButton(self.tr("解锁"))
        self.unlock_button.setObjectName("primaryButton")
        self.unlock_button.setDefault(True)
        self.switch_user_button = QPushButton(self.tr("切换用户"))
        self.switch_user_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        buttons.addWidget(self.switch_user_button)
        buttons.addStretch(1)
        buttons.addWidget(self.unlock_button)
        form_layout = QVBoxLayout(self.form)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.setSpacing(10)
        form_layout.addWidget(self.password_edit)
        form_layout.addWidget(self.error_label)
        form_layout.addLayout(buttons)

        # Instead of the form on the windows that cannot take input.
        self.elsewhere_label = hint_label()
        self.elsewhere_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.elsewhere_label.setVisible(False)

        self.privacy_label = hint_label(
            self.tr("锁定期间不显示任何客户信息。\n从本程序复制到剪贴板的内容已清除。")
        )
        self.privacy_label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        card_layout = QVBoxLayout(self.card)
        card_layout.setContentsMargins(32, 28, 32, 24)
        card_layout.setSpacing(12)
        card_layout.addWidget(self.title_label)
        card_layout.addWidget(self.user_label)
        card_layout.addWidget(self.reason_label)
        card_layout.addSpacing(8)
        card_layout.addWidget(self.form)
        card_layout.addWidget(self.elsewhere_label)
        card_layout.addSpacing(4)
        card_layout.addWidget(self.privacy_label)

        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.card, 10)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addStretch(2)
        layout.addLayout(row)
        layout.addStretch(3)

    def set_form_visible(self, visible: bool, elsewhere: str = "") -> None:
        """Show the password form, or instead ``elsewhere``: where to unlock."""
        self.form.setVisible(visible)
        self.elsewhere_label.setText(elsewhere)
        self.elsewhere_label.setVisible(not visible)
