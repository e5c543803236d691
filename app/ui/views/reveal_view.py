"""Layout of the reveal dialog (查看完整号码): why the full number is needed."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import FieldWithError, error_label, hint_label, title_label


class RevealView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(500)

        self.title_label = title_label("", "dialogTitle", 1.25)
        self.title_label.setWordWrap(True)
        self.explain_label = hint_label()

        self.reason_combo = QComboBox()
        self.reason_combo.setObjectName("revealReason")
        self.detail_edit = QLineEdit()
        self.detail_edit.setObjectName("revealDetail")
        self.detail_edit.setMaxLength(200)
        self.reason_field = FieldWithError(self.reason_combo)
        self.detail_field = FieldWithError(self.detail_edit)
        form = QFormLayout()
        form.setSpacing(10)
        form.addRow(self.tr("查看原因"), self.reason_field)
        form.addRow(self.tr("补充说明"), self.detail_field)

        self.error_label = error_label()

        self.ok_button = QPushButton(self.tr("查看"))
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
        layout.addWidget(self.explain_label)
        layout.addSpacing(4)
        layout.addLayout(form)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
