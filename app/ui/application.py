"""The Qt side of the composition root (called by ``app.bootstrap.run_gui``).

``create_qt_app`` sets up the application object (name, font, stylesheet);
``show_fatal`` explains a database that cannot be opened; ``run_main`` installs the
translators for the stored language and runs first run → sign-in → main window.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QDialog

import app
from app.paths import resource
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask
from app.ui.error_dialog import show_error, show_fatal_message
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.i18n import Translations
from app.ui.session import SessionController

if TYPE_CHECKING:
    from app.services.container import Services

log = logging.getLogger(__name__)

#: Comfortable at a reception desk, read at arm's length, also by older managers.
BASE_POINT_SIZE = 12
#: The first of these that is installed becomes the UI font (Windows, macOS, Linux).
CJK_FAMILIES = (
    "Microsoft YaHei UI",
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "Source Han Sans SC",
    "WenQuanYi Micro Hei",
)
STYLESHEET = ("qss", "salesdesk.qss")


class SalesDeskApplication(QApplication):
    """The ``QApplication`` with the translators it owns (switched by ``run_main``)."""

    def __init__(self, argv: list[str]) -> None:
        super().__init__(argv)
        self.translations = Translations(self)


def ui_font(point_size: float = BASE_POINT_SIZE) -> QFont:
    font = QFont(QApplication.font())
    installed = set(QFontDatabase.families())
    preferred = [family for family in CJK_FAMILIES if family in installed]
    if preferred:
        # The rest of the list stays as fallbacks for glyphs the first one lacks.
        font.setFamilies(preferred + [f for f in font.families() if f not in preferred])
    font.setPointSizeF(point_size)
    return font


def load_stylesheet() -> str:
    """The stylesheet with ``@ICONS@`` pointing at the icons folder (dev and frozen)."""
    path = resource(*STYLESHEET)
    try:
        text = path.read_text(encoding="utf-8")
    except OSError:
        log.warning("stylesheet not found: %s", path)
        return ""
    return text.replace("@ICONS@", resource("icons").as_posix())


def create_qt_app(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    if existing is not None:  # tests, or a second call
        return existing  # type: ignore[return-value]
    qt_app = SalesDeskApplication(argv)
    qt_app.setApplicationName("SalesDesk")
    qt_app.setOrganizationName("SalesDesk")
    qt_app.setApplicationVersion(app.__version__)
    qt_app.setFont(ui_font())
    qt_app.setStyleSheet(load_stylesheet())
    # Chinese until the stored language is known: a fatal error box says 确定, not OK.
    qt_app.translations.apply("zh_CN")
    return qt_app


def show_fatal(message: str) -> None:
    show_fatal_message(message)


@contextmanager
def _bugs_shown_in_dialogs() -> Iterator[None]:
    """While the event loop runs, an exception escaping a slot is shown, not just printed."""

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unhandled exception", exc_info=(kind, exc, tb))
        if not isinstance(exc, Exception):  # KeyboardInterrupt, SystemExit
            sys.__excepthook__(kind, exc, tb)
            return
        show_error(QApplication.activeWindow(), exc.with_traceback(tb))

    previous = sys.excepthook
    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def run_main(qt_app: QApplication, services: Services) -> int:
    """First run (no user yet) → sign-in → main window; returns the event loop's code."""
    settings = services.settings.load()
    own_translations = isinstance(qt_app, SalesDeskApplication)
    translations = qt_app.translations if own_translations else Translations(qt_app)
    translations.apply(settings.language)
    # The session decides when the application ends (sign-out closes the last window).
    quit_on_last_window = qt_app.quitOnLastWindowClosed()
    qt_app.setQuitOnLastWindowClosed(False)
    try:
        return _run_session(qt_app, services)
    finally:
        qt_app.setQuitOnLastWindowClosed(quit_on_last_window)
        if not own_translations:
            translations.remove()


def _run_session(qt_app: QApplication, services: Services) -> int:
    events = AppEvents(qt_app)
    username = ""
    if services.auth.user_count() == 0:
        first_run = FirstRunDialog(services)
        accepted = first_run.exec() == QDialog.DialogCode.Accepted
        username = first_run.created_username
        first_run.deleteLater()
        if not accepted and not username:
            return 0

    session = SessionController(services, events, qt_app)
    session.finished.connect(qt_app.quit)
    session.start(username)
    with _bugs_shown_in_dialogs():
        code = qt_app.exec()
    session.close()
    if not BackgroundTask.wait_for_all():
        log.warning("a background task was still running at exit")
    events.deleteLater()
    session.deleteLater()
    return code
