"""Layout of the privacy notice window (个人信息保护告知书): the text, print, save as PDF."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import error_label, hint_label, title_label


class PrivacyNoticeView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("个人信息保护告知书 — 售楼接待台"))
        self.resize(760, 720)
        self.setMinimumSize(560, 420)

        self.title_label = title_label(self.tr("个人信息保护告知书"), "dialogTitle")
        self.version_label = QLabel()
        self.version_label.setObjectName("hintLabel")
        self.text_view = QTextBrowser()
        self.text_view.setObjectName("noticeText")
        self.text_view.setOpenLinks(False)
        self.hint_label = hint_label(
            self.tr("请打印后交来访客户阅读；客户同意的事项，以本版告知书为准记录。")
        )
        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("primaryButton")
        self.pdf_button = QPushButton(self.tr("存为 PDF…"))
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        buttons = QHBoxLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)

        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.version_label)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.text_view, 1)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
