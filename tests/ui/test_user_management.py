"""设置 → 用户管理 (issue 5): accounts added, reset, unlocked, (de)activated, re-roled."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import AuthenticationError, DomainError
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.models.user_table_model import UserRow, UserTableModel
from app.ui.pages.settings_page import SettingsPage
from app.ui.user_management import (
    AddUserDialog,
    ChangePasswordDialog,
    ChangeRoleDialog,
    ResetPasswordDialog,
    UserManagementPanel,
)

from .conftest import PASSWORD


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(dt.datetime(2026, 3, 2, 10, 0))


@pytest.fixture
def services(gui_services: Services, clock: FixedClock) -> Services:
    gui_services.projects.ensure_default("滨江壹号院")
    return Services(gui_services.db, clock)


@pytest.fixture
def admin(services: Services) -> UserInfo:
    return services.auth.create_user("admin", PASSWORD, Role.ADMIN, "系统管理员")


@pytest.fixture
def manager(services: Services, admin: UserInfo) -> UserInfo:
    return services.auth.create_user("jingli", PASSWORD, Role.MANAGER, "王经理", actor=admin)


@pytest.fixture
def consultant(services: Services, manager: UserInfo) -> UserInfo:
    return services.auth.create_user("zhang", PASSWORD, Role.CONSULTANT, "张伟", actor=manager)


def _panel(qtbot: QtBot, services: Services, actor: UserInfo) -> UserManagementPanel:
    panel = UserManagementPanel(services, actor)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def _names(panel: UserManagementPanel) -> list[str]:
    return [panel.model.row_at(r).user.username for r in range(panel.model.rowCount())]


def _state(panel: UserManagementPanel, username: str) -> str:
    row = _names(panel).index(username)
    return str(panel.model.data(panel.model.index(row, UserTableModel.STATE)))


def test_the_model_passes_the_model_tester(qtmodeltester, admin: UserInfo) -> None:  # type: ignore[no-untyped-def]
    model = UserTableModel()
    model.set_rows([UserRow(admin), UserRow(admin, dt.datetime(2026, 3, 2, 10, 30))])
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(0, UserTableModel.ROLE)) == "管理员"
    assert model.data(model.index(1, UserTableModel.STATE)) == "已锁定（至 10:30:00）"
    assert model.data(model.index(0, 0), UserTableModel.ROW_ROLE) == UserRow(admin)


def test_add_user_keeps_what_was_typed_when_refused(
    qtbot: QtBot, services: Services, manager: UserInfo, consultant: UserInfo
) -> None:
    dialog = AddUserDialog(services, manager)
    qtbot.addWidget(dialog)
    dialog.show()
    roles = [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())]
    assert roles == ["前台", "置业顾问", "客服专员"]  # a manager adds front-line accounts only
    assert dialog.role_combo.currentText() == "置业顾问"

    qtbot.keyClicks(dialog.username_edit, "zhang")  # taken
    dialog.display_name_edit.setText("张伟二")
    qtbot.keyClicks(dialog.password_edit, "abc")
    qtbot.keyClicks(dialog.password_again_edit, "abd")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.created is None
    assert dialog.password_again_field.error.text() == "两次输入的密码不一致，请检查。"

    dialog.password_again_edit.setText("abc")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.password_field.error.text() == "密码至少 6 位"  # from the service

    dialog.password_edit.setText("secret-9")
    dialog.password_again_edit.setText("secret-9")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "已存在" in dialog.username_field.error.text()
    # Nothing typed was lost.
    assert dialog.username_edit.text() == "zhang" and dialog.display_name_edit.text() == "张伟二"
    assert dialog.password_edit.text() == "secret-9"

    dialog.username_edit.setText("zhang2")
    dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("客服专员"))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == AddUserDialog.DialogCode.Accepted
    created = dialog.created
    assert created is not None and created.role is Role.SERVICE and created.display_name == "张伟二"
    assert services.auth.authenticate("zhang2", "secret-9").id == created.id


def test_panel_adds_a_user_and_selects_it(
    qtbot: QtBot, services: Services, admin: UserInfo, manager: UserInfo
) -> None:
    panel = _panel(qtbot, services, admin)
    assert _names(panel) == ["admin", "jingli"]
    assert "管理员可以管理所有账号" in panel.hint_label.text()

    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, AddUserDialog)
        roles = [dialog.role_combo.itemText(i) for i in range(dialog.role_combo.count())]
        assert "管理员" in roles and "销售经理" in roles
        qtbot.keyClicks(dialog.username_edit, "qiantai")
        dialog.display_name_edit.setText("李前台")
        dialog.role_combo.setCurrentIndex(dialog.role_combo.findText("前台"))
        qtbot.keyClicks(dialog.password_edit, "secret-1")
        qtbot.keyClicks(dialog.password_again_edit, "secret-1")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    assert _names(panel) == ["admin", "jingli", "qiantai"]
    selected = panel.selected()
    assert selected is not None and selected.user.username == "qiantai"
    assert panel.status_label.text() == "已添加前台“李前台”（qiantai）。"


def test_deactivate_and_activate(
    qtbot: QtBot,
    services: Services,
    admin: UserInfo,
    manager: UserInfo,
    consultant: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(qtbot, services, manager)
    questions: list[str] = []
    monkeypatch.setattr(panel, "confirm", lambda q: questions.append(q) or True)

    # A manager cannot manage the admin, another manager or themselves.
    for user in (admin, manager):
        panel.select_user(user.id)
        assert not panel.toggle_active_button.isEnabled()
        assert not panel.reset_password_button.isEnabled()

    panel.select_user(consultant.id)
    assert panel.toggle_active_button.text() == "停用" and panel.toggle_active_button.isEnabled()
    qtbot.mouseClick(panel.toggle_active_button, Qt.MouseButton.LeftButton)
    assert "张伟" in questions[0]
    assert _state(panel, "zhang") == "已停用"
    assert panel.status_label.text() == "已停用“张伟”。"
    with pytest.raises(AuthenticationError):
        services.auth.authenticate("zhang", PASSWORD)

    # Still selected; the button now activates.
    assert panel.toggle_active_button.text() == "启用"
    assert not panel.change_role_button.isEnabled()
    qtbot.mouseClick(panel.toggle_active_button, Qt.MouseButton.LeftButton)
    assert _state(panel, "zhang") == "正常" and len(questions) == 1
    assert services.auth.authenticate("zhang", PASSWORD).id == consultant.id


def test_declining_the_question_changes_nothing(
    qtbot: QtBot,
    services: Services,
    manager: UserInfo,
    consultant: UserInfo,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    panel = _panel(qtbot, services, manager)
    monkeypatch.setattr(panel, "confirm", lambda q: False)
    panel.select_user(consultant.id)
    qtbot.mouseClick(panel.toggle_active_button, Qt.MouseButton.LeftButton)
    assert _state(panel, "zhang") == "正常"


def test_unlock_a_locked_out_account(
    qtbot: QtBot, services: Services, manager: UserInfo, consultant: UserInfo
) -> None:
    for _ in range(3):
        with pytest.raises(DomainError):
            services.auth.authenticate("zhang", "wrong")
    panel = _panel(qtbot, services, manager)
    assert _state(panel, "zhang") == "已锁定（至 10:00:30）"
    panel.select_user(consultant.id)
    assert panel.unlock_button.isEnabled()
    qtbot.mouseClick(panel.unlock_button, Qt.MouseButton.LeftButton)
    assert _state(panel, "zhang") == "正常" and not panel.unlock_button.isEnabled()
    assert services.auth.authenticate("zhang", PASSWORD).id == consultant.id


def test_reset_password_and_change_role_dialogs(
    qtbot: QtBot, services: Services, admin: UserInfo, consultant: UserInfo
) -> None:
    reset = ResetPasswordDialog(services, admin, consultant)
    qtbot.addWidget(reset)
    assert "张伟" in reset.intro_label.text()
    qtbot.keyClicks(reset.password_edit, "short")
    qtbot.keyClicks(reset.password_again_edit, "short")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    assert reset.password_field.error.text() == "密码至少 6 位"
    assert reset.password_edit.text() == "short"  # kept, to be corrected
    reset.password_edit.setText("new-secret")
    reset.password_again_edit.setText("new-secret")
    qtbot.mouseClick(reset.ok_button, Qt.MouseButton.LeftButton)
    assert reset.result() == ResetPasswordDialog.DialogCode.Accepted
    assert services.auth.authenticate("zhang", "new-secret").id == consultant.id

    change = ChangeRoleDialog(services, admin, consultant)
    qtbot.addWidget(change)
    assert change.role_combo.currentText() == "置业顾问"
    change.role_combo.setCurrentIndex(change.role_combo.findText("销售经理"))
    qtbot.mouseClick(change.ok_button, Qt.MouseButton.LeftButton)
    assert change.changed is not None and change.changed.role is Role.MANAGER
    assert services.auth.get_user(consultant.id).role is Role.MANAGER


def test_change_my_password(qtbot: QtBot, services: Services, consultant: UserInfo) -> None:
    dialog = ChangePasswordDialog(services, consultant)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.old_password_edit, "wrong")
    qtbot.keyClicks(dialog.password_edit, "brand-new-1")
    qtbot.keyClicks(dialog.password_again_edit, "brand-new-1")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.old_password_field.error.text() == "当前密码不正确。"
    assert dialog.old_password_edit.text() == ""
    qtbot.keyClicks(dialog.old_password_edit, PASSWORD)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ChangePasswordDialog.DialogCode.Accepted
    assert services.auth.authenticate("zhang", "brand-new-1").id == consultant.id


def test_settings_page_shows_user_management_to_admins_and_managers(
    qtbot: QtBot, services: Services, admin: UserInfo, consultant: UserInfo
) -> None:
    page = SettingsPage(services, admin, AppEvents())
    qtbot.addWidget(page)
    page.show()
    assert page.users_box.isVisible() and isinstance(page.users_panel, UserManagementPanel)
    assert page.idle_row.isVisible()

    mine = SettingsPage(services, consultant, AppEvents())
    qtbot.addWidget(mine)
    mine.show()
    assert mine.users_panel is None and not mine.users_box.isVisible()
    assert not mine.idle_row.isVisible() and mine.change_password_button.isVisible()


def test_idle_minutes_are_saved_and_announced(
    qtbot: QtBot, services: Services, manager: UserInfo
) -> None:
    events = AppEvents()
    page = SettingsPage(services, manager, events)
    qtbot.addWidget(page)
    page.show()
    assert page.idle_minutes_spin.value() == 5 and not page.idle_save_button.isEnabled()
    page.idle_minutes_spin.setValue(10)
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.idle_save_button, Qt.MouseButton.LeftButton)
    assert services.settings.load().idle_lock_minutes == 10
    assert "10 分钟" in page.idle_saved_label.text()
