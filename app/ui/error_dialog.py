"""Showing failures: expected ones plainly, bugs with a copyable report.

A ``DomainError`` carries a message a receptionist understands, so it is shown as it is.
Anything else is a bug: it is logged with its traceback and shown with the report in the
dialog's details, where it can be selected and copied for the support request.
"""

from __future__ import annotations

import logging
import traceback

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from app.domain.errors import DomainError

log = logging.getLogger(__name__)

_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse | (
    Qt.TextInteractionFlag.TextSelectableByKeyboard
)


def error_report(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def show_error(parent: QWidget | None, exc: BaseException, doing: str = "") -> None:
    """Tell the user that ``doing`` (e.g. "保存设置") failed because of ``exc``."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "售楼接待台"))
    box.setTextInteractionFlags(_SELECTABLE)
    if isinstance(exc, DomainError):
        box.setIcon(QMessageBox.Icon.Warning)
        text = str(exc)
        if doing:
            text = QCoreApplication.translate("ErrorDialog", "{doing}没有完成：{reason}").format(
                doing=doing, reason=exc
            )
        box.setText(text)
    else:
        log.error("unexpected error%s", f" while {doing}" if doing else "", exc_info=exc)
        box.setIcon(QMessageBox.Icon.Critical)
        box.setText(
            QCoreApplication.translate(
                "ErrorDialog",
                "程序出现了意外错误，刚才的操作没有完成。请把下面的详细信息复制给技术支持。",
            )
        )
        box.setDetailedText(error_report(exc))
    box.exec()


def show_fatal_message(message: str) -> None:
    """A blocking error box for failures before any window exists (database unusable)."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "售楼接待台"))
    box.setText(QCoreApplication.translate("ErrorDialog", "售楼接待台无法启动。"))
    box.setInformativeText(message)
    box.setTextInteractionFlags(_SELECTABLE)
    # The details pane is a plain text box: the easiest place to select all and copy.
    box.setDetailedText(message)
    box.exec()
