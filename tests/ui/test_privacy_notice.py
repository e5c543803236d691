"""The privacy notice (issue 5): shown from 设置 and the 文件 menu, saved as a PDF."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.main_window import MainWindow
from app.ui.privacy_notice_dialog import PrivacyNoticeDialog


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in PdfReader(path).pages)


def test_notice_is_shown_and_saved_as_pdf(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo, tmp_path: Path
) -> None:
    dialog = PrivacyNoticeDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    notice = gui_services.privacy.notice()
    assert dialog.version_label.text() == f"第 {notice.version} 版"
    shown = dialog.text_view.toPlainText()
    assert "滨江壹号院 个人信息保护告知书" in shown and "我们不采集人脸图像" in shown

    path = tmp_path / "告知书" / "notice.pdf"
    assert dialog.save_pdf(path)
    assert dialog.status_label.text() == f"已保存到 {path}"
    reader = PdfReader(path)
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (595, 842)  # A4 in points
    text = _pdf_text(path).replace("\t", " ")
    assert "个人信息保护告知书" in text and "滨江壹号院" in text
    assert "客户签名" in text


def test_unwritable_path_is_explained(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo, tmp_path: Path
) -> None:
    dialog = PrivacyNoticeDialog(gui_services)
    qtbot.addWidget(dialog)
    dialog.show()
    blocker = tmp_path / "file"
    blocker.write_text("x")
    assert not dialog.save_pdf(blocker / "notice.pdf")
    assert dialog.error_label.isVisible() and "无法保存" in dialog.error_label.text()


def test_reception_reaches_it_from_the_file_menu(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    window = MainWindow(gui_services, consultant, AppEvents())
    qtbot.addWidget(window)
    window.show()
    window.privacy_notice_action.trigger()
    dialogs = [w for w in QApplication.topLevelWidgets()
               if isinstance(w, PrivacyNoticeDialog) and w.parent() is window]  # fmt: skip
    assert len(dialogs) == 1 and dialogs[0].isVisible()
    assert "个人信息保护告知书" in dialogs[0].text_view.toPlainText()
    dialogs[0].close()
