"""Idle lock (issue 5): a fake clock, the real main window, a real database."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QLineEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.models import UserInfo
from app.domain.privacy import AuditAction, AuditFilter
from app.services.container import Services
from app.ui import clipboard
from app.ui.app_events import AppEvents
from app.ui.idle_watcher import IdleWatcher
from app.ui.main_window import MainWindow
from app.ui.reveal_dialog import RevealDialog
from app.ui.session import SessionController
from app.ui.sign_in_dialog import SignInDialog

from .conftest import PASSWORD

PHONE = "13812345678"


class FakeTime:
    """A monotonic time source that only moves when told."""

    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def fake_time() -> FakeTime:
    return FakeTime()


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 2, 10, 0, 0))


@pytest.fixture
def services(gui_services: Services, clock: FixedClock) -> Services:
    """The same database with a clock the test moves (for the lockout backoff)."""
    return Services(gui_services.db, clock)


@pytest.fixture
def window(
    qtbot: QtBot, services: Services, consultant: UserInfo, fake_time: FakeTime
) -> MainWindow:
    win = MainWindow(services, consultant, AppEvents(), idle_time=fake_time)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _customer_label(window: MainWindow) -> QLineEdit:
    """Something on a page that must not be readable while locked."""
    page = window.pages["reception"]
    field = QLineEdit(f"王先生 {PHONE}", page)
    field.show()
    return field


def _go_idle(window: MainWindow, fake_time: FakeTime) -> None:
    fake_time.advance(5 * 60 + 1)
    window.idle_watcher.check()


def _type_password(qtbot: QtBot, window: MainWindow, password: str) -> None:
    screen = window.lock_controller.input_screen()
    qtbot.keyClicks(screen.password_edit, password)
    qtbot.mouseClick(screen.unlock_button, Qt.MouseButton.LeftButton)


# -- the watcher ---------------------------------------------------------------------------


def test_watcher_fires_once_after_the_timeout_without_input(
    qtbot: QtBot, fake_time: FakeTime
) -> None:
    widget = QLineEdit()
    qtbot.addWidget(widget)
    widget.show()
    timer = QTimer()
    watcher = IdleWatcher(300, now=fake_time, timer=timer)
    watcher.start()
    try:
        fake_time.advance(299)
        with qtbot.assertNotEmitted(watcher.idle):
            timer.timeout.emit()
        # A key press is activity: the count starts again.
        qtbot.keyClick(widget, Qt.Key.Key_A)
        fake_time.advance(200)
        assert not watcher.check()
        assert watcher.idle_seconds() == 200
        fake_time.advance(100)
        with qtbot.waitSignal(watcher.idle, timeout=1000):
            timer.timeout.emit()
        assert not watcher.is_running() and not timer.isActive()
        # Stopped: no second signal until started again.
        fake_time.advance(1000)
        assert not watcher.check()
        watcher.start()
        assert watcher.idle_seconds() == 0 and timer.isActive()
    finally:
        watcher.stop()


def test_mouse_movement_counts_as_activity(qtbot: QtBot, fake_time: FakeTime) -> None:
    widget = QWidget()
    widget.resize(200, 200)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    watcher = IdleWatcher(60, now=fake_time, timer=QTimer())
    watcher.start()
    try:
        fake_time.advance(59)
        qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)
        fake_time.advance(59)
        assert not watcher.check()
    finally:
        watcher.stop()


def test_a_timeout_of_zero_switches_the_lock_off(qtbot: QtBot, fake_time: FakeTime) -> None:
    watcher = IdleWatcher(0, now=fake_time, timer=QTimer())
    watcher.start()
    fake_time.advance(10_000)
    assert not watcher.check()
    watcher.set_timeout(60)
    assert watcher.check()


# -- locking and unlocking the main window ----------------------------------------------


def test_idle_window_hides_customer_data_and_unlocks_with_the_password(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime, services: Services, consultant: UserInfo
) -> None:
    field = _customer_label(window)
    title = window.windowTitle()
    assert field.isVisible() and not window.is_locked()
    assert window.idle_watcher.timeout_seconds == 5 * 60

    fake_time.advance(4 * 60)
    window.idle_watcher.check()
    assert not window.is_locked()
    window.statusBar().showMessage("王先生今天需要跟进")
    _go_idle(window, fake_time)

    assert window.is_locked()
    page = window.lock_controller.page
    assert page.isVisible() and page.form.isVisible()
    assert not window.work_area.isVisible() and not field.isVisible()
    assert not any(p.isVisible() for p in window.pages.values())
    assert window.windowTitle() == "售楼接待台 — 已锁定"
    assert window.statusBar().currentMessage() == ""
    assert not window.switch_user_action.isEnabled() and not window.menuBar().isVisible()
    assert "张伟" in page.user_label.text() and "5 分钟" in page.reason_label.text()
    grabbed = window.grab()  # what is on screen: the lock, not the page
    assert not grabbed.isNull()
    assert window.focusWidget() is page.password_edit

    # A wrong password is refused, cleared and explained.
    _type_password(qtbot, window, "not-the-password")
    assert window.is_locked()
    assert page.error_label.isVisible() and "密码不正确" in page.error_label.text()
    assert page.password_edit.text() == ""

    # Empty: explained without asking the service.
    qtbot.mouseClick(page.unlock_button, Qt.MouseButton.LeftButton)
    assert page.error_label.text() == "请输入密码。"

    _type_password(qtbot, window, PASSWORD)
    assert not window.is_locked()
    assert field.isVisible() and window.work_area.isVisible() and not page.isVisible()
    assert window.windowTitle() == title
    assert window.switch_user_action.isEnabled() and window.menuBar().isVisible()
    assert page.password_edit.text() == ""
    assert window.idle_watcher.is_running()

    manager = services.auth.create_user("boss", PASSWORD, Role.MANAGER, "王经理")
    rows = services.audit.page(manager, AuditFilter(actions=(AuditAction.UNLOCK,))).rows
    assert [r.user_id for r in rows] == [consultant.id]


def test_ctrl_l_locks_at_once(qtbot: QtBot, window: MainWindow) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is not None)
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_locked()
    assert "手动锁定" in window.lock_controller.page.reason_label.text()
    # The page shortcuts do nothing while locked.
    qtbot.keyClick(window, Qt.Key.Key_8, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reception" and window.is_locked()


def test_repeated_wrong_passwords_lock_the_account_with_the_same_backoff(
    qtbot: QtBot, window: MainWindow, clock: FixedClock
) -> None:
    window.lock()
    page = window.lock_controller.page
    for _ in range(2):
        _type_password(qtbot, window, "wrong")
        assert "密码不正确" in page.error_label.text()
    _type_password(qtbot, window, "wrong")
    assert page.error_label.text() == "密码错误次数过多，账号已暂时锁定，请 30 秒后再试"
    # While the account is locked even the right password is refused.
    _type_password(qtbot, window, PASSWORD)
    assert window.is_locked() and "账号已暂时锁定" in page.error_label.text()
    clock.advance(seconds=31)
    _type_password(qtbot, window, PASSWORD)
    assert not window.is_locked()


def test_changing_the_setting_changes_the_timeout(
    window: MainWindow, services: Services, fake_time: FakeTime
) -> None:
    settings = services.settings.load()
    settings.idle_lock_minutes = 15
    services.settings.save(settings)
    window.events.settings_changed.emit()
    assert window.idle_watcher.timeout_seconds == 15 * 60
    fake_time.advance(10 * 60)
    window.idle_watcher.check()
    assert not window.is_locked()


# -- other windows -----------------------------------------------------------------------


def _dialog_with_customer(qtbot: QtBot, parent: QWidget) -> tuple[QDialog, QLineEdit]:
    dialog = QDialog(parent)
    qtbot.addWidget(dialog)
    dialog.setWindowTitle("客户档案 — 王先生")
    field = QLineEdit(PHONE)
    layout = QVBoxLayout(dialog)
    layout.addWidget(field)
    dialog.resize(300, 120)
    return dialog, field


def test_open_dialogs_are_covered_and_keep_what_was_typed(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    dialog, field = _dialog_with_customer(qtbot, window)
    dialog.open()  # window-modal, like a customer form left open
    qtbot.waitExposed(dialog)
    field.setText(PHONE + " 待保存")

    _go_idle(window, fake_time)
    controller = window.lock_controller
    assert controller.covered_windows() == [dialog]
    cover = controller.input_screen()
    assert cover is not controller.page and cover.parent() is dialog
    assert cover.isVisible() and cover.form.isVisible() and cover.geometry() == dialog.rect()
    assert dialog.width() >= cover.minimumSizeHint().width()  # grown to fit the form
    assert not field.isEnabled()
    assert dialog.windowTitle() == "售楼接待台 — 已锁定"
    # The main window cannot take input behind the modal dialog: it says where to unlock.
    assert not controller.page.form.isVisible()
    assert "最前面的窗口" in controller.page.elsewhere_label.text()

    # Esc and the close button do not close the covered dialog.
    qtbot.keyClick(cover.password_edit, Qt.Key.Key_Escape)
    assert dialog.isVisible()
    dialog.close()  # not spontaneous: a program closing its own window still may
    qtbot.waitUntil(controller.page.form.isVisible)
    assert controller.input_screen() is controller.page
    dialog.open()
    qtbot.waitUntil(lambda: not controller.page.form.isVisible())
    assert controller.input_screen() is cover and cover.form.isVisible()

    _type_password(qtbot, window, PASSWORD)
    assert not window.is_locked()
    assert not cover.isVisible()
    assert dialog.isVisible() and field.isEnabled() and field.text() == PHONE + " 待保存"
    assert dialog.windowTitle() == "客户档案 — 王先生"
    assert dialog.width() == 300
    dialog.reject()


def test_a_window_opened_while_locked_is_covered_too(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    _go_idle(window, fake_time)
    dialog, field = _dialog_with_customer(qtbot, window)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert window.lock_controller.covered_windows() == [dialog]
    assert not field.isEnabled()
    # Not modal: the form stays on the main window.
    assert window.lock_controller.input_screen() is window.lock_controller.page
    _type_password(qtbot, window, PASSWORD)
    assert field.isEnabled()
    dialog.close()


# -- the clipboard -----------------------------------------------------------------------


def test_lock_clears_the_clipboard_only_if_the_program_put_the_text_there(
    qtbot: QtBot, window: MainWindow, fake_time: FakeTime
) -> None:
    board = QGuiApplication.clipboard()
    clipboard.copy_text(PHONE)
    assert board.text() == PHONE and clipboard.holds_our_text()
    _go_idle(window, fake_time)
    assert board.text() == ""
    _type_password(qtbot, window, PASSWORD)

    # Copied in another program (not through the helper): left alone.
    clipboard.copy_text(PHONE)
    board.setText("会议纪要：周五开盘")
    _go_idle(window, fake_time)
    assert board.text() == "会议纪要：周五开盘"
    board.clear()


# -- switching user from the lock screen ---------------------------------------------------


def test_switch_user_from_the_lock_screen(
    qtbot: QtBot, services: Services, consultant: UserInfo
) -> None:
    events = AppEvents()
    session = SessionController(services, events)
    session.start("zhang")
    sign_in = session.sign_in_dialog
    assert sign_in is not None
    qtbot.keyClicks(sign_in.password_edit, PASSWORD)
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    window = session.window
    assert window is not None
    dialog, _field = _dialog_with_customer(qtbot, window)
    dialog.show()
    window.lock()
    screen = window.lock_controller.input_screen()

    qtbot.mouseClick(screen.switch_user_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible() and not dialog.isVisible()
    assert session.window is None
    again = session.sign_in_dialog
    assert isinstance(again, SignInDialog) and again.isVisible()
    assert again.username_edit.text() == "" and again.password_edit.text() == ""

    manager = services.auth.create_user("boss", PASSWORD, Role.MANAGER, "王经理")
    outs = services.audit.page(manager, AuditFilter(actions=(AuditAction.SIGN_OUT,))).rows
    assert [(r.user_id, r.detail) for r in outs] == [(consultant.id, "切换用户")]
    session.close()


def test_switch_user_while_a_dialog_waits_in_exec(
    qtbot: QtBot, services: Services, consultant: UserInfo
) -> None:
    """The idle lock fires inside a dialog's own event loop; 切换用户 ends that loop."""
    session = SessionController(services, AppEvents())
    session.start("zhang")
    sign_in = session.sign_in_dialog
    assert sign_in is not None
    qtbot.keyClicks(sign_in.password_edit, PASSWORD)
    qtbot.mouseClick(sign_in.sign_in_button, Qt.MouseButton.LeftButton)
    window = session.window
    assert window is not None
    seen: list[bool] = []

    def lock_and_switch() -> None:
        window.lock()
        screen = window.lock_controller.input_screen()
        seen.append(screen is not window.lock_controller.page)  # the form is on the dialog
        qtbot.mouseClick(screen.switch_user_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, lock_and_switch)
    assert RevealDialog.ask(window, "查看完整手机号") is None
    assert seen == [True]
    assert session.window is None
    assert session.sign_in_dialog is not None and session.sign_in_dialog.isVisible()
    session.close()


def test_a_role_changed_while_locked_needs_a_new_sign_in(
    qtbot: QtBot, window: MainWindow, services: Services, consultant: UserInfo
) -> None:
    admin = services.auth.create_user("admin", PASSWORD, Role.ADMIN, "管理员")
    window.lock()
    services.auth.change_role(admin, consultant.id, Role.SERVICE)
    with qtbot.waitSignal(window.sign_out_requested):
        _type_password(qtbot, window, PASSWORD)
    assert not window.is_locked()
