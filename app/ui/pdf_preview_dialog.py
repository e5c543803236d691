"""Previewing an issued form inside the app (QtPdf), printing it, saving it as PDF.

The PDF comes as bytes (a form just rendered, read through a ``QBuffer``) or as a file
of the archive. Printing renders each page with ``QPdfDocument.render`` onto the
``QPrinter`` the system print dialog set up; "存为 PDF" writes the very bytes that were
archived (with the font subset embedded), not a re-rendering.

Forms are made off the GUI thread by ``PdfTask``: the first one registers the CJK font
(``DocumentService.font()``, 0.1–0.3 s, once per process); the font's status is kept
here so that every preview, and the Settings page, can warn when the PDF had to use
the non-embedded fallback font.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QObject,
    QRect,
    QSize,
    QStandardPaths,
    QTimer,
)
from PySide6.QtGui import QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QDialog, QFileDialog, QWidget

from app.ui.background import BackgroundTask, Progress
from app.ui.error_dialog import show_error
from app.ui.views.pdf_preview_view import PdfPreviewView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter

    from app.reports.fonts import FontChoice
    from app.services.container import Services

#: Pages are rendered for the printer at most at this resolution (an A4 page at 300 dpi
#: is a 35 MB image; more gains nothing on office printers and costs memory).
MAX_PRINT_DPI = 300
ZOOM_STEP = 1.25

FONT_WARNING_STYLE = (
    "QLabel { background: #fff4e5; border: 1px solid #f0b35b; border-radius: 4px;"
    " color: #7a4100; padding: 8px 10px; }"
)

_font: FontChoice | None = None


def known_font() -> FontChoice | None:
    """The font the forms use, once a form (or ``warm_up``) has registered it."""
    return _font


def remember_font(font: FontChoice) -> None:
    global _font
    _font = font


class PdfTask(QObject):
    """Make a PDF (or anything that needs the font) off the GUI thread.

    ``work()`` runs in a ``BackgroundTask`` after ``services.documents.font()`` (which
    registers the font the first time); ``done(result, font)`` or ``failed(exc)`` is
    called in the GUI thread. Like the task, it keeps itself alive until it has
    reported (a caller may drop it); a ``parent`` that is deleted first cancels the
    callbacks.
    """

    _alive: ClassVar[set[PdfTask]] = set()

    def __init__(
        self,
        services: Services,
        work: Callable[[], Any],
        done: Callable[[Any, FontChoice], None],
        failed: Callable[[BaseException], None],
        parent: QObject | None = None,
    ) -> None:
        # No Qt parent: a parent deleted while the thread runs would delete this object
        # under the thread's queued signal (a segfault at teardown). The parent is only
        # watched, and the callbacks are skipped once it is gone.
        super().__init__(None)
        self._watched = parent
        self._done = done
        self._failed = failed
        documents = services.documents

        def run(_progress: Progress) -> tuple[Any, FontChoice]:
            font = documents.font()
            return work(), font

        self.task = BackgroundTask(run)
        self.task.succeeded.connect(self._succeeded)
        self.task.failed.connect(self._task_failed)

    def start(self) -> PdfTask:
        PdfTask._alive.add(self)
        self.task.start()
        return self

    def _finish(self) -> None:
        # Let go of it from the event loop, not from inside its own slot: the last
        # Python reference going away there would delete the object under Qt's feet.
        self._watched = None
        QTimer.singleShot(0, partial(PdfTask._alive.discard, self))

    def is_running(self) -> bool:
        return self.task.isRunning()

    def _watched_gone(self) -> bool:
        return self._watched is not None and not shiboken6.isValid(self._watched)

    def _succeeded(self, outcome: tuple[Any, FontChoice]) -> None:
        result, font = outcome
        remember_font(font)
        try:
            if not self._watched_gone():
                self._done(result, font)
        finally:
            self._finish()

    def _task_failed(self, exc: BaseException) -> None:
        try:
            if not self._watched_gone():
                self._failed(exc)
        finally:
            self._finish()


def warm_up(
    services: Services,
    done: Callable[[FontChoice], None] | None = None,
    *,
    parent: QObject | None = None,
) -> PdfTask:
    """Register the font off the GUI thread now (Settings shows its status); ``done``
    is not called once ``parent`` is gone."""

    def finished(_result: object, font: FontChoice) -> None:
        if done is not None:
            done(font)

    return PdfTask(services, lambda: None, finished, lambda _exc: None, parent).start()


class PdfPreviewDialog(PdfPreviewView):
    """Show one PDF: ``pdf`` is the PDF's bytes or the path of a PDF file."""

    def __init__(
        self,
        pdf: bytes | Path,
        title: str,
        *,
        number: str = "",
        suggested_name: str = "",
        font: FontChoice | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._title = title
        self._suggested_name = suggested_name or f"{title}.pdf"
        self.title_label.setText(title)
        self.number_label.setText(number)
        self.number_label.setVisible(bool(number))
        self.font_warning_label.setStyleSheet(FONT_WARNING_STYLE)
        self.show_font(font if font is not None else known_font())

        self._path: Path | None = None
        self._data: QByteArray | None = None
        self._buffer: QBuffer | None = None
        self.document.statusChanged.connect(self._status_changed)
        if isinstance(pdf, Path):
            self._load_file(pdf)
        else:
            self._load_bytes(pdf)

        self.print_button.clicked.connect(self.print_document)
        self.save_button.clicked.connect(self._save_clicked)
        self.close_button.clicked.connect(self.accept)
        self.zoom_in_button.clicked.connect(lambda: self._zoom(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(self._fit_width)

    # -- loading ----------------------------------------------------------------------------

    def _load_bytes(self, data: bytes) -> None:
        self._data = QByteArray(data)
        self._buffer = QBuffer(self._data, self)
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(self._buffer)
        self._status_changed()

    def _load_file(self, path: Path) -> None:
        self._path = path
        if not path.is_file():
            set_error(self.error_label, self.tr("找不到文件：{path}").format(path=path))
            self._status_changed()
            return
        error = self.document.load(str(path))
        if error != QPdfDocument.Error.None_:
            set_error(self.error_label, self.tr("无法打开 PDF 文件：{path}").format(path=path))
        self._status_changed()

    def _status_changed(self, *_args: object) -> None:
        ready = self.document.status() == QPdfDocument.Status.Ready
        if self.document.status() == QPdfDocument.Status.Error and not self.error_label.text():
            set_error(self.error_label, self.tr("PDF 无法显示。"))
        self.print_button.setEnabled(ready)
        self.save_button.setEnabled(ready)
        self.pages_label.setText(
            self.tr("共 {n} 页").format(n=self.page_count()) if ready else self.tr("正在载入……")
        )

    def page_count(self) -> int:
        return self.document.pageCount()

    def pdf_bytes(self) -> bytes:
        if self._data is not None:
            return bytes(self._data.data())
        if self._path is not None:
            return self._path.read_bytes()
        return b""

    # -- font -------------------------------------------------------------------------------

    def show_font(self, font: FontChoice | None) -> None:
        """A visible warning when the form could not embed a Chinese font."""
        warn = font is not None and not font.embedded
        self.font_warning_label.setVisible(warn)
        if warn:
            assert font is not None
            self.font_warning_label.setText(
                self.tr(
                    "注意：没有找到可嵌入的中文字体，本单据使用了内置替代字体。在其他电脑或"
                    "打印机上，中文可能显示为其他字体甚至方框。请在“设置”中指定中文字体文件。"
                )
            )
            self.font_warning_label.setToolTip(font.warning or "")

    # -- zoom -------------------------------------------------------------------------------

    def _zoom(self, factor: float) -> None:
        current = self.pdf_view.zoomFactor()
        self.pdf_view.setZoomMode(self.pdf_view.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.25, min(4.0, current * factor)))

    def _fit_width(self) -> None:
        self.pdf_view.setZoomMode(self.pdf_view.ZoomMode.FitToWidth)

    # -- print ------------------------------------------------------------------------------

    def print_document(self) -> None:
        """Print through the system's print dialog."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self._title)
        printer.setFullPage(True)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("打印{title}").format(title=self._title))
        dialog.setMinMax(1, max(1, self.page_count()))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            self.print_to(printer)
        except Exception as exc:  # a printer driver failing is not the user's mistake
            show_error(self, exc, self.tr("打印"))
            return
        self._done(self.tr("已发送到打印机。"))

    def print_to(self, printer: QPrinter) -> int:
        """Render the pages (or the range chosen in the print dialog) onto ``printer``;
        returns the number of pages printed."""
        from PySide6.QtPrintSupport import QPrinter

        count = self.page_count()
        first, last = 1, count
        if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
            first, last = printer.fromPage(), min(printer.toPage() or count, count)
        painter = QPainter()
        if not painter.begin(printer):
            raise OSError(self.tr("打印机无法开始打印"))
        printed = 0
        try:
            for number in range(first, last + 1):
                if printed:
                    printer.newPage()
                self._paint_page(painter, printer, number - 1)
                printed += 1
        finally:
            painter.end()
        return printed

    def _paint_page(self, painter: QPainter, printer: QPrinter, page: int) -> None:
        target = painter.viewport()
        points = self.document.pagePointSize(page)
        if points.width() <= 0 or points.height() <= 0:
            return
        scale = min(target.width() / points.width(), target.height() / points.height())
        width, height = int(points.width() * scale), int(points.height() * scale)
        dpi = min(printer.resolution(), MAX_PRINT_DPI)
        pixels = QSize(int(points.width() * dpi / 72), int(points.height() * dpi / 72))
        pixels = pixels.boundedTo(QSize(width, height))
        image = self.document.render(page, pixels)
        left = target.x() + (target.width() - width) // 2
        top = target.y() + (target.height() - height) // 2
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.drawImage(QRect(left, top, width, height), image)

    # -- save -------------------------------------------------------------------------------

    def choose_pdf_path(self) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("存为 PDF"),
            str(Path(folder) / self._suggested_name),
            self.tr("PDF 文件 (*.pdf)"),
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == ".pdf" else path.with_suffix(".pdf")

    def _save_clicked(self) -> None:
        path = self.choose_pdf_path()
        if path is not None:
            self.save_pdf(path)

    def save_pdf(self, path: Path) -> bool:
        set_error(self.error_label, "")
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(self.pdf_bytes())
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
