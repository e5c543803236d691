"""The signed-in session: sign-in dialog → main window → (切换用户) → sign-in dialog …

Signing out destroys the main window with everything it showed, so the next user starts
from a clean window. ``finished`` is emitted when the user quits (closes the window, or
leaves the sign-in dialog with 退出).
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal

from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.ui.app_events import AppEvents
from app.ui.main_window import MainWindow, warm_up_first_page
from app.ui.sign_in_dialog import SignInDialog

if TYPE_CHECKING:
    from app.services.container import Services

log = logging.getLogger(__name__)


class SessionController(QObject):
    finished = Signal()

    def __init__(
        self, services: Services, events: AppEvents, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._events = events
        self.sign_in_dialog: SignInDialog | None = None
        self.window: MainWindow | None = None

    def start(self, username: str = "") -> None:
        """Show the sign-in dialog (user name filled in, e.g. just after first run)."""
        dialog = SignInDialog(self._services, username)
        dialog.signed_in.connect(self._signed_in)
        dialog.rejected.connect(self._quit)
        self.sign_in_dialog = dialog
        dialog.show()
        dialog.activateWindow()
        # After the dialog has been painted, while the person types.
        QTimer.singleShot(0, self, warm_up_first_page)

    def _signed_in(self, user: UserInfo) -> None:
        dialog = self.sign_in_dialog
        self.sign_in_dialog = None
        if dialog is not None:
            dialog.deleteLater()
        window = MainWindow(self._services, user, self._events)
        window.sign_out_requested.connect(self._sign_out)
        window.closed.connect(self._window_closed)
        self.window = window
        window.show()

    def _sign_out(self) -> None:
        window = self.window
        self.window = None
        if window is not None:
            self._record_sign_out(window.user, "切换用户")
        self.start()
        if window is not None:
            window.close()
            window.deleteLater()

    def _window_closed(self) -> None:
        if self.window is not None:
            self._record_sign_out(self.window.user, "退出程序")
        self._quit()

    def _record_sign_out(self, user: UserInfo, reason: str) -> None:
        """Audit the sign-out; a failure to write it must not keep the user signed in."""
        try:
            self._services.auth.sign_out(user.id, reason)
        except DomainError:
            log.warning("could not record the sign-out of user %s", user.id, exc_info=True)

    def _quit(self) -> None:
        dialog, self.sign_in_dialog = self.sign_in_dialog, None
        if dialog is not None:
            dialog.deleteLater()
        self.finished.emit()

    def close(self) -> None:
        """Close whatever window is open (the event loop has ended)."""
        if self.window is not None:
            self.window.closed.disconnect(self._window_closed)
            self.window.close()
            self.window.deleteLater()
            self.window = None
        if self.sign_in_dialog is not None:
            self.sign_in_dialog.rejected.disconnect(self._quit)
            self.sign_in_dialog.close()
            self.sign_in_dialog.deleteLater()
            self.sign_in_dialog = None
