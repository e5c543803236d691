"""Sign-in (登录): user name and password, checked by ``AuthService.authenticate``.

Nothing is remembered between runs. On failure the message is shown inline, the
password is cleared and the user name kept, so only the password needs retyping.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QApplication, QLineEdit, QWidget

from app.domain.errors import AuthenticationError, DomainError
from app.domain.models import UserInfo
from app.ui.views.sign_in_view import SignInView
from app.ui.widgets import grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services


class SignInDialog(SignInView):
    #: Emitted with the ``UserInfo`` of the user who signed in, just before ``accept()``.
    signed_in = Signal(object)

    def __init__(
        self, services: Services, username: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.user: UserInfo | None = None

        project = services.projects.current()
        if project is not None:
            self.project_label.setText(project.name)
            self.project_label.setVisible(True)
        self.database_label.setText(self.tr("数据库：{path}").format(path=services.db.display_name))
        self.username_edit.setText(username)

        self.sign_in_button.clicked.connect(self._sign_in)
        self.quit_button.clicked.connect(self.reject)
        self.username_edit.textEdited.connect(self._clear_error)
        self.password_edit.textEdited.connect(self._clear_error)

        (self.password_edit if username else self.username_edit).setFocus()

    def _clear_error(self) -> None:
        set_error(self.error_label, "")

    def _fail(self, message: str, focus: QLineEdit) -> None:
        set_error(self.error_label, message)
        grow_to_fit(self)
        focus.setFocus()

    def _sign_in(self) -> None:
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        if not username:
            self._fail(self.tr("请输入用户名。"), self.username_edit)
            return
        if not password:
            self._fail(self.tr("请输入密码。"), self.password_edit)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            user = self._services.auth.authenticate(username, password)
        except AuthenticationError:
            self.password_edit.clear()
            self._fail(self.tr("用户名或密码不正确，请重新输入密码。"), self.password_edit)
            return
        except DomainError as exc:
            self.password_edit.clear()
            self._fail(str(exc), self.password_edit)
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.password_edit.clear()
        self.user = user
        self.signed_in.emit(user)
        self.accept()
