"""Layout of the public-pool tab (公共客户池) and of the small "reason" dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.ui.views.follow_up_view import list_table
from app.ui.widgets import FieldWithError, error_label, hint_label, scale_font


class PoolPanelView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quota_label = QLabel()
        self.quota_label.setObjectName("quotaLabel")
        scale_font(self.quota_label, 1.1)
        self.quota_hint = hint_label()
        top = QHBoxLayout()
        top.setSpacing(10)
        top.addWidget(self.quota_label)
        top.addWidget(self.quota_hint, 1)

        self.pool_table = list_table("poolTable", multi=True)
        self.claim_button = QPushButton(self.tr("领取"))
        self.claim_button.setObjectName("primaryButton")
        self.pool_hint = hint_label(
            self.tr("保护期已过或被释放的客户。电话已隐藏，领取后可查看完整资料，并需在今天跟进。")
        )
        pool_buttons = QHBoxLayout()
        pool_buttons.addWidget(self.claim_button)
        pool_buttons.addWidget(self.pool_hint, 1)
        self.pool_box = QGroupBox(self.tr("公共客户池"))
        pool_layout = QVBoxLayout(self.pool_box)
        pool_layout.addWidget(self.pool_table, 1)
        pool_layout.addLayout(pool_buttons)

        self.owner_label = QLabel(self.tr("置业顾问"))
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("ownerChoice")
        self.owner_combo.setMinimumWidth(140)
        owner_row = QHBoxLayout()
        owner_row.addWidget(self.owner_label)
        owner_row.addWidget(self.owner_combo)
        owner_row.addStretch(1)
        self.owned_table = list_table("ownedTable")
        self.release_button = QPushButton(self.tr("释放到公共池…"))
        self.lock_button = QPushButton(self.tr("锁定…"))
        self.lock_button.setToolTip(self.tr("锁定后客户不会因保护期已过而掉入公共池"))
        self.unlock_button = QPushButton(self.tr("解除锁定…"))
        owned_buttons = QHBoxLayout()
        owned_buttons.addWidget(self.release_button)
        owned_buttons.addWidget(self.lock_button)
        owned_buttons.addWidget(self.unlock_button)
        owned_buttons.addStretch(1)
        self.owned_box = QGroupBox(self.tr("我的客户"))
        owned_layout = QVBoxLayout(self.owned_box)
        owned_layout.addLayout(owner_row)
        owned_layout.addWidget(self.owned_table, 1)
        owned_layout.addLayout(owned_buttons)

        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.pool_box)
        self.splitter.addWidget(self.owned_box)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)

        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)


class PoolReasonDialogView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(460, 0)
        self.prompt_label = QLabel()
        self.prompt_label.setWordWrap(True)
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("reason")
        self.reason_field = FieldWithError(self.reason_edit)
        self.error_label = error_label()
        self.ok_button = QPushButton(self.tr("确定"))
        self.ok_button.setObjectName("primaryButton")
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("取消"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.ok_button)
        buttons.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 18)
        layout.setSpacing(10)
        layout.addWidget(self.prompt_label)
        layout.addWidget(self.reason_field)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
