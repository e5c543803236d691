"""Layout of the PDF preview window: the pages (QtPdf), print, save as PDF."""

from __future__ import annotations

from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import error_label, hint_label, title_label


class PdfPreviewView(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("打印预览 — 售楼接待台"))
        self.resize(860, 900)
        self.setMinimumSize(560, 480)

        self.title_label = title_label("", "dialogTitle", 1.25)
        self.title_label.setWordWrap(True)
        self.number_label = QLabel()
        self.number_label.setObjectName("hintLabel")
        self.font_warning_label = QLabel()
        self.font_warning_label.setObjectName("fontWarning")
        self.font_warning_label.setWordWrap(True)
        self.font_warning_label.setVisible(False)

        self.document = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setObjectName("pdfView")
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setPageSpacing(12)

        self.pages_label = QLabel()
        self.pages_label.setObjectName("hintLabel")
        self.zoom_out_button = QPushButton(self.tr("缩小"))
        self.zoom_in_button = QPushButton(self.tr("放大"))
        self.fit_button = QPushButton(self.tr("适合宽度"))
        for button in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            button.setAutoDefault(False)

        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        self.save_button = QPushButton(self.tr("存为 PDF…"))
        self.save_button.setAutoDefault(False)
        self.close_button = QPushButton(self.tr("关闭"))
        self.close_button.setAutoDefault(False)
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.setDefault(True)

        header = QHBoxLayout()
        header.addWidget(self.title_label, 1)
        header.addWidget(self.number_label)

        tools = QHBoxLayout()
        tools.addWidget(self.pages_label)
        tools.addStretch(1)
        tools.addWidget(self.zoom_out_button)
        tools.addWidget(self.zoom_in_button)
        tools.addWidget(self.fit_button)

        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.print_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.font_warning_label)
        layout.addLayout(tools)
        layout.addWidget(self.pdf_view, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)
