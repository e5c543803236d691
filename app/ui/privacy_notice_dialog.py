"""The privacy notice (个人信息保护告知书) that reception hands to a visitor (PIPL art. 17).

The text comes from ``PrivacyService.notice()`` (the version in force, with the
project's details). It is printed through the system's print dialog, or saved as an A4
PDF, from one ``QTextDocument`` so the screen, paper and PDF say the same thing. The
notice holds no personal data, so printing it is not audited.
"""

from __future__ import annotations

import html
import re
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMarginsF, QStandardPaths
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QWidget

from app.domain.privacy import PrivacyNotice
from app.ui.error_dialog import show_error
from app.ui.views.privacy_notice_view import PrivacyNoticeView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.services.container import Services

#: Section headings of the notice: 一、 二、 … (shown in bold).
_HEADING_RE = re.compile(r"^[一二三四五六七八九十]+、")
PRINT_POINT_SIZE = 11
PAGE_MARGIN_MM = 20


def notice_html(notice: PrivacyNotice) -> str:
    """The notice as simple HTML: the title centred, section headings bold."""
    lines = notice.text.splitlines()
    parts = []
    for index, line in enumerate(lines):
        text = html.escape(line)
        if index == 0:
            parts.append(f'<h2 align="center">{text}</h2>')
        elif not line.strip():
            continue
        elif _HEADING_RE.match(line):
            parts.append(f'<p style="margin-top:10px"><b>{text}</b></p>')
        else:
            parts.append(f"<p>{text}</p>")
    return "\n".join(parts)


def notice_document(notice: PrivacyNotice) -> QTextDocument:
    doc = QTextDocument()
    font = QFont(QApplication.font())  # the UI's CJK font (app.ui.application)
    font.setPointSizeF(PRINT_POINT_SIZE)
    doc.setDefaultFont(font)
    doc.setHtml(notice_html(notice))
    return doc


def _a4(printer: QPrinter) -> None:
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM, PAGE_MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def save_notice_pdf(notice: PrivacyNotice, path: Path) -> Path:
    """Write ``notice`` to ``path`` as an A4 PDF (the CJK font embedded by Qt)."""
    from PySide6.QtPrintSupport import QPrinter

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("ab"):  # Qt only warns when it cannot write: find out here, as OSError
        pass
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setDocName(notice.title)
    _a4(printer)
    notice_document(notice).print_(printer)
    if path.stat().st_size == 0:
        raise OSError(f"PDF not written: {path}")
    return path


class PrivacyNoticeDialog(PrivacyNoticeView):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.notice = services.privacy.notice()
        self.version_label.setText(self.tr("第 {version} 版").format(version=self.notice.version))
        self.text_view.setHtml(notice_html(self.notice))

        self.print_button.clicked.connect(self.print_notice)
        self.pdf_button.clicked.connect(self._save_pdf_clicked)
        self.close_button.clicked.connect(self.accept)

    def print_notice(self) -> None:
        """Print through the system's print dialog (a printer, or "Microsoft Print to PDF")."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.notice.title)
        _a4(printer)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印个人信息保护告知书"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            notice_document(self.notice).print_(printer)
        except Exception as exc:  # a printer driver failing is not the user's mistake
            show_error(self, exc, self.tr("打印告知书"))
            return
        self._done(self.tr("已发送到打印机。"))

    def choose_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.tr("个人信息保护告知书（第{version}版）.pdf").format(
            version=self.notice.version
        )
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("存为 PDF"), str(Path(folder) / name), self.tr("PDF 文件 (*.pdf)")
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def _save_pdf_clicked(self) -> None:
        path = self.choose_pdf_path()
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        set_error(self.error_label, "")
        try:
            save_notice_pdf(self.notice, path)
        except OSError as exc:
            set_error(
                self.error_label,
                self.tr("无法保存到 {path}：{reason}").format(
                    path=path, reason=exc.strerror or exc
                ),
            )
            return False
        self._done(self.tr("已保存到 {path}").format(path=path))
        return True

    def _done(self, message: str) -> None:
        self.status_label.setText(message)
        self.status_label.setVisible(True)
