"""Sign-in through the real dialog against a real database."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.sign_in_dialog import SignInDialog

from .conftest import PASSWORD


def _dialog(qtbot: QtBot, services: Services, username: str = "") -> SignInDialog:
    dialog = SignInDialog(services, username)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_sign_in_with_the_right_password(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    dialog = _dialog(qtbot, gui_services)
    assert "滨江壹号院" in dialog.project_label.text()
    assert gui_services.db.display_name in dialog.database_label.text()
    qtbot.keyClicks(dialog.username_edit, "zhang")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(dialog.signed_in) as signed_in:
        # Enter in the password field presses the default button (登录).
        qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    user = signed_in.args[0]
    assert user.id == consultant.id and user.display_name == "张伟"
    assert dialog.result() == SignInDialog.DialogCode.Accepted
    assert dialog.password_edit.text() == ""


def test_wrong_password_keeps_the_user_name_and_clears_the_password(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    dialog = _dialog(qtbot, gui_services)
    qtbot.keyClicks(dialog.username_edit, "zhang")
    qtbot.keyClicks(dialog.password_edit, "not-the-password")
    with qtbot.assertNotEmitted(dialog.signed_in):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_label.isVisible()
    assert "用户名或密码不正确" in dialog.error_label.text()
    assert dialog.username_edit.text() == "zhang"
    assert dialog.password_edit.text() == ""
    assert dialog.focusWidget() is dialog.password_edit

    # Typing again clears the message; the right password then signs in.
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    assert not dialog.error_label.isVisible()
    with qtbot.waitSignal(dialog.signed_in):
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)


def test_unknown_user_gets_the_same_message(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    dialog = _dialog(qtbot, gui_services)
    qtbot.keyClicks(dialog.username_edit, "nobody")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert "用户名或密码不正确" in dialog.error_label.text()


def test_empty_fields_are_explained_without_asking_the_database(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    dialog = _dialog(qtbot, gui_services)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请输入用户名。"
    qtbot.keyClicks(dialog.username_edit, "zhang")
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
    assert dialog.error_label.text() == "请输入密码。"
    assert dialog.focusWidget() is dialog.password_edit


def test_user_name_can_be_filled_in_and_focus_goes_to_the_password(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    dialog = _dialog(qtbot, gui_services, "zhang")
    assert dialog.focusWidget() is dialog.password_edit
    assert dialog.username_edit.text() == "zhang"
