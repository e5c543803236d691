"""Sign-in lockout (issue 5): repeated wrong passwords lock the account for a while."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.sign_in_dialog import SignInDialog

from .conftest import PASSWORD


def test_repeated_failures_show_how_long_to_wait(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    clock = FixedClock(dt.datetime(2026, 3, 2, 10, 0, 0))
    services = Services(gui_services.db, clock)  # the same database, a clock we move
    dialog = SignInDialog(services, "zhang")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)

    def attempt(password: str) -> str:
        qtbot.keyClicks(dialog.password_edit, password)
        qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)
        assert dialog.password_edit.text() == ""  # never kept, right or wrong
        return dialog.error_label.text()

    assert "用户名或密码不正确" in attempt("wrong-1")
    assert "用户名或密码不正确" in attempt("wrong-2")
    assert attempt("wrong-3") == "密码错误次数过多，账号已暂时锁定，请 30 秒后再试"
    assert services.auth.locked_until("zhang") == clock.now() + dt.timedelta(seconds=30)

    # During the lock the right password is refused too, with the time left.
    clock.advance(seconds=20)
    with qtbot.assertNotEmitted(dialog.signed_in):
        assert attempt(PASSWORD) == "账号已暂时锁定，请 10 秒后再试"
    assert dialog.username_edit.text() == "zhang"

    # The next wrong one after the lock doubles it.
    clock.advance(seconds=11)
    assert attempt("wrong-4") == "密码错误次数过多，账号已暂时锁定，请 1 分钟后再试"

    clock.advance(minutes=1, seconds=1)
    with qtbot.waitSignal(dialog.signed_in):
        attempt(PASSWORD)
