"""The idle lock (空闲锁定): hide every window's content until the same user's password.

``LockController`` covers each window of the program other than the main window (a
customer dialog left open, the audit log, a message box) with a ``LockScreen``, and
keeps the program's windows from being closed or typed into behind the covers; the main
window shows its own ``LockScreen`` in place of its pages (``MainWindow.lock``). The
password form appears on the one window that can take input (the topmost modal dialog,
otherwise the main window). Unlocking needs the signed-in user's password, checked by
``AuthService.verify_password`` with the same backoff as sign-in; 切换用户 instead
closes the covered dialogs and ends the session. No password is kept anywhere: each
attempt's field is cleared at once.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QMetaObject, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialog, QToolTip, QWidget

from app.domain.errors import AuthenticationError, DomainError
from app.domain.models import UserInfo
from app.ui.labels import role_label
from app.ui.views.lock_view import LockView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from app.services.container import Services

#: What the controller looks at while locked (it sees every event of the program).
_WATCHED_EVENTS = frozenset(
    {QEvent.Type.Show, QEvent.Type.Hide, QEvent.Type.Resize, QEvent.Type.Close}
)

#: Windows that are part of another window's interaction, not content: never covered.
_TRANSIENT_TYPES = frozenset(
    {Qt.WindowType.Popup, Qt.WindowType.ToolTip, Qt.WindowType.SplashScreen}
)


class LockScreen(LockView):
    """A lock view that swallows keys, so Esc or Enter never reach the window behind it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        event.accept()


@dataclass(eq=False)
class _Covered:
    """A window hidden behind a ``LockScreen``, with what to give back on unlock."""

    window: QWidget
    cover: LockScreen
    title: str
    size: QSize | None
    focus: QWidget | None
    disabled: list[QWidget] = field(default_factory=list)
    on_destroyed: QMetaObject.Connection | None = None


class LockController(QObject):
    """Locks and unlocks the windows of one signed-in session."""

    #: The password was right: the user as stored now (name or role may have changed).
    unlocked = Signal(object)
    #: 切换用户 on the lock screen; the covered dialogs have already been closed.
    switch_user_requested = Signal()

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        main_window: QWidget,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._main_window = main_window
        self._locked = False
        self._reason = ""
        self._covered: list[_Covered] = []
        #: The lock screen the main window shows in place of its pages.
        self.page = self._new_screen(None)

    # -- state ---------------------------------------------------------------------------

    def is_locked(self) -> bool:
        return self._locked

    def set_user(self, user: UserInfo) -> None:
        self._user = user

    def screens(self) -> list[LockScreen]:
        """The main window's lock screen and the covers of the other windows."""
        return [self.page] + [c.cover for c in self._covered]

    def covered_windows(self) -> list[QWidget]:
        return [c.window for c in self._covered]

    def input_screen(self) -> LockScreen:
        """The lock screen that shows the password form now."""
        owner = self._input_owner()
        for covered in self._covered:
            if covered.window is owner:
                return covered.cover
        return self.page

    # -- locking -------------------------------------------------------------------------

    def lock(self, reason: str) -> None:
        """Cover every other window; ``reason`` is shown under the user's name."""
        if self._locked:
            return
        self._locked = True
        self._reason = reason
        QToolTip.hideText()
        while (popup := QApplication.activePopupWidget()) is not None:
            popup.close()
        for screen in self.screens():
            self._describe(screen, reason)
        for window in QApplication.topLevelWidgets():
            self._cover(window)
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)
        self._arrange_forms()

    def _new_screen(self, parent: QWidget | None) -> LockScreen:
        screen = LockScreen(parent)
        screen.unlock_button.clicked.connect(lambda: self._try_unlock(screen))
        screen.password_edit.returnPressed.connect(lambda: self._try_unlock(screen))
        screen.password_edit.textEdited.connect(lambda: set_error(screen.error_label, ""))
        screen.switch_user_button.clicked.connect(self._switch_user)
        return screen

    def _describe(self, screen: LockScreen, reason: str) -> None:
        user = self._user
        screen.user_label.setText(
            self.tr("当前用户：{name}（{role}）").format(
                name=user.display_name or user.username, role=role_label(user.role)
            )
        )
        screen.reason_label.setText(reason)
        screen.password_edit.clear()
        set_error(screen.error_label, "")

    def _coverable(self, window: QWidget) -> bool:
        return (
            window.isWindow()
            and window.isVisible()
            and window is not self._main_window
            and window.windowType() not in _TRANSIENT_TYPES
            and not isinstance(window, LockScreen)
            and all(c.window is not window for c in self._covered)
        )

    def _cover(self, window: QWidget) -> None:
        if not self._coverable(window):
            return
        cover = self._new_screen(window)
        self._describe(cover, self._reason)
        record = _Covered(
            window=window,
            cover=cover,
            title=window.windowTitle(),
            size=None,
            focus=window.focusWidget(),
        )
        # Nothing behind the cover takes focus, keys or clicks.
        for child in window.findChildren(
            QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly
        ):
            if child is not cover and not child.isWindow() and child.isEnabled():
                child.setEnabled(False)
                record.disabled.append(child)
        window.setWindowTitle(self.tr("售楼接待台 — 已锁定"))
        needed = cover.minimumSizeHint()
        if window.width() < needed.width() or window.height() < needed.height():
            record.size = window.size()
            window.resize(
                max(window.width(), needed.width()), max(window.height(), needed.height())
            )
        cover.setGeometry(window.rect())
        cover.show()
        cover.raise_()
        record.on_destroyed = window.destroyed.connect(self._window_destroyed)
        self._covered.append(record)

    def _window_destroyed(self, window: QObject) -> None:
        """A covered window went away while locked (a finished progress window...)."""
        gone = shiboken6.getCppPointer(window)[0] if shiboken6.isValid(window) else None
        self._covered = [
            c
            for c in self._covered
            if shiboken6.isValid(c.window)
            and shiboken6.isValid(c.cover)
            and shiboken6.getCppPointer(c.window)[0] != gone
        ]
        # While the whole session is torn down the main window's screen may be gone too.
        if self._locked and shiboken6.isValid(self.page):
            self._arrange_forms()

    def _input_owner(self) -> QWidget | None:
        """The covered window that can take input now (the topmost modal), if any."""
        modal = QApplication.activeModalWidget()
        for covered in self._covered:
            if covered.window is modal and modal.isVisible():
                return modal
        return None

    def _rearrange(self) -> None:
        if self._locked:
            self._arrange_forms()

    def _arrange_forms(self) -> None:
        owner = self._input_owner()
        elsewhere = (
            self.tr("请在售楼接待台主窗口中输入密码解锁。")
            if owner is None
            else self.tr("请在最前面的窗口中输入密码解锁。")
        )
        self.page.set_form_visible(owner is None, elsewhere)
        target = self.page
        for covered in self._covered:
            is_owner = covered.window is owner
            covered.cover.set_form_visible(is_owner, elsewhere)
            if is_owner:
                target = covered.cover
            else:
                covered.cover.setFocus()
        target.password_edit.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._locked:
            return False
        kind = event.type()
        if kind not in _WATCHED_EVENTS or not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Show and watched.isWindow() and self._coverable(watched):
            self._cover(watched)  # opened while locked: a message box, a finished export...
        for covered in self._covered:
            if covered.window is not watched:
                continue
            if kind == QEvent.Type.Resize:
                covered.cover.setGeometry(covered.window.rect())
            elif kind in (QEvent.Type.Show, QEvent.Type.Hide):
                # A window becomes (or stops being) the modal one after its show event.
                QTimer.singleShot(0, self, self._rearrange)
            elif kind == QEvent.Type.Close and event.spontaneous():
                event.ignore()  # the window's close button: stays open, covered
                return True
            break
        return False

    # -- unlocking -----------------------------------------------------------------------

    def _try_unlock(self, screen: LockScreen) -> None:
        if not self._locked:
            return
        password = screen.password_edit.text()
        screen.password_edit.clear()
        if not password:
            set_error(screen.error_label, self.tr("请输入密码。"))
            screen.password_edit.setFocus()
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            user = self._services.auth.verify_password(self._user.id, password)
        except AuthenticationError:
            self._refuse(screen, self.tr("密码不正确，请重新输入。"))
            return
        except DomainError as exc:  # locked after too many attempts, database busy...
            self._refuse(screen, str(exc))
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._user = user
        self._release()
        self.unlocked.emit(user)

    def _refuse(self, screen: LockScreen, message: str) -> None:
        set_error(screen.error_label, message)
        screen.password_edit.setFocus()

    def shutdown(self) -> None:
        """The session's window is closing: stop watching other windows, give them back."""
        if self._locked:
            self._release(restore_focus=False)

    def _switch_user(self) -> None:
        if not self._locked:
            return
        windows = [c.window for c in reversed(self._covered)]  # newest (topmost) first
        self._release(restore_focus=False)
        for window in windows:
            _dismiss(window)
        self.switch_user_requested.emit()

    def _release(self, *, restore_focus: bool = True) -> None:
        """Take every cover away and give each window back what it had."""
        self._locked = False
        app = QApplication.instance()
        if app is not None:
            app.removeEventFilter(self)
        self.page.password_edit.clear()
        for covered in self._covered:
            window = covered.window
            if covered.on_destroyed is not None:
                QObject.disconnect(covered.on_destroyed)
            covered.cover.hide()
            covered.cover.deleteLater()
            for child in covered.disabled:
                child.setEnabled(True)
            window.setWindowTitle(covered.title)
            if covered.size is not None:
                window.resize(covered.size)
            if restore_focus and covered.focus is not None:
                covered.focus.setFocus()
        self._covered = []


def _dismiss(window: QWidget) -> None:
    """Close a window left open by the user who is switching out (as if cancelled)."""
    if isinstance(window, QDialog):
        window.reject()
    else:
        window.close()
