"""The PDF preview: real PDFs from bytes and from files, printing through QPrinter,
saving the archived bytes, the fallback-font warning, and the font registered off the
GUI thread."""

from __future__ import annotations

import io
import threading
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter
from pytestqt.qtbot import QtBot
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from app.domain.enums import Role
from app.reports.fonts import FontChoice
from app.services.container import Services
from app.ui import pdf_preview_dialog
from app.ui.pdf_preview_dialog import PdfPreviewDialog, PdfTask, warm_up

from .sales_office import make_office

WAIT_MS = 15_000


def _pdf(pages: int) -> bytes:
    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=A4)
    for number in range(1, pages + 1):
        c.drawString(72, 760, f"page {number}")
        c.rect(72, 72, 451, 650)
        c.showPage()
    c.save()
    return buf.getvalue()


def _dialog(qtbot: QtBot, pdf: bytes | Path, **kwargs: object) -> PdfPreviewDialog:
    dialog = PdfPreviewDialog(pdf, "购房告知书", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.waitUntil(lambda: dialog.page_count() > 0, timeout=WAIT_MS)
    return dialog


def test_loads_a_pdf_from_bytes(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot, _pdf(3), number="GF-20260302-000001")
    assert dialog.page_count() == 3
    assert dialog.pages_label.text() == "共 3 页"
    assert dialog.number_label.text() == "GF-20260302-000001"
    assert dialog.print_button.isEnabled() and dialog.save_button.isEnabled()
    assert not dialog.error_label.isVisible()


def test_loads_an_archived_form_from_its_file(
    qtbot: QtBot, gui_services: Services, tmp_path: Path
) -> None:
    office = make_office(gui_services)
    info = gui_services.documents.issue_purchase_notice(
        office.customers["张伟"], office.units["102"], actor=office.consultant
    )
    path = Path(info.file_path)
    dialog = _dialog(qtbot, path, number=info.doc_no)
    assert dialog.page_count() == len(PdfReader(path).pages)
    saved = tmp_path / "copy.pdf"
    assert dialog.save_pdf(saved)
    assert saved.read_bytes() == path.read_bytes()
    assert str(saved) in dialog.status_label.text()


def test_a_missing_file_is_explained(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = PdfPreviewDialog(tmp_path / "gone.pdf", "交付通知书")
    qtbot.addWidget(dialog)
    assert "找不到文件" in dialog.error_label.text()
    assert not dialog.print_button.isEnabled()


def test_prints_every_page_onto_the_printer(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = _dialog(qtbot, _pdf(2))
    printer = QPrinter(QPrinter.PrinterMode.ScreenResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setFullPage(True)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    assert dialog.print_to(printer) == 2
    assert len(PdfReader(out).pages) == 2


def test_fallback_font_shows_a_visible_warning(qtbot: QtBot) -> None:
    fallback = FontChoice("STSong-Light", None, 0, False, "fallback", "未找到可嵌入的中文字体")
    dialog = _dialog(qtbot, _pdf(1), font=fallback)
    assert dialog.font_warning_label.isVisible()
    assert "没有找到可嵌入的中文字体" in dialog.font_warning_label.text()
    embedded = FontChoice("CJK", "/fonts/x.ttc", 0, True, "system")
    ok = _dialog(qtbot, _pdf(1), font=embedded)
    assert not ok.font_warning_label.isVisible()


def test_font_is_registered_off_the_gui_thread(
    qtbot: QtBot, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pdf_preview_dialog, "_font", None)
    threads: list[bool] = []
    real_font = gui_services.documents.font

    def font() -> FontChoice:
        threads.append(threading.current_thread() is threading.main_thread())
        return real_font()

    monkeypatch.setattr(gui_services.documents, "font", font)
    got: list[FontChoice] = []
    warm_up(gui_services, got.append)
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT_MS)
    assert threads == [False]
    assert pdf_preview_dialog.known_font() is got[0]

    results: list[object] = []
    PdfTask(
        gui_services, lambda: "pdf", lambda r, f: results.append((r, f)), results.append
    ).start()
    qtbot.waitUntil(lambda: bool(results), timeout=WAIT_MS)
    assert results[0] == ("pdf", got[0])


def test_settings_show_the_pdf_font_and_warn_about_the_fallback(
    qtbot: QtBot, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.ui.app_events import AppEvents
    from app.ui.pages.settings_page import SettingsPage

    gui_services.projects.ensure_default("滨江壹号院")
    user = gui_services.auth.create_user("zhang", "secret-123", Role.CONSULTANT, "张伟")
    font = gui_services.documents.font()
    page = SettingsPage(gui_services, user, AppEvents())
    qtbot.addWidget(page)
    page.show()
    qtbot.waitUntil(lambda: "PDF" in page.pdf_font_label.text(), timeout=WAIT_MS)
    assert page.pdf_font_label.text() == (
        f"{font.family}（已嵌入 PDF）"
        if font.embedded
        else f"{font.family}（未嵌入，内置替代字体）"
    )

    fallback = FontChoice("STSong-Light", None, 0, False, "fallback", "未找到可嵌入的中文字体")
    page.show_pdf_font(fallback)
    assert page.pdf_font_label.text() == "STSong-Light（未嵌入，内置替代字体）"
    assert page.pdf_font_warning_label.isVisible()
    assert page.pdf_font_warning_label.text() == "未找到可嵌入的中文字体"
