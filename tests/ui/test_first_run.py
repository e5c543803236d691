"""The first-run dialog creates the administrator and, if asked, loads the demo office."""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.enums import Role
from app.domain.errors import DomainError
from app.domain.models import DemoResult
from app.services.container import Services
from app.ui.first_run_dialog import DEMO_CUSTOMERS, FirstRunDialog


def _dialog(qtbot: QtBot, services: Services) -> FirstRunDialog:
    dialog = FirstRunDialog(services)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _fill(
    qtbot: QtBot,
    dialog: FirstRunDialog,
    username: str,
    name: str,
    password: str,
    again: str,
    project: str = "滨江·云璟府",
) -> None:
    for edit, text in (
        (dialog.project_name_edit, project),
        (dialog.username_edit, username),
        (dialog.display_name_edit, name),
        (dialog.password_edit, password),
        (dialog.password_again_edit, again),
    ):
        if text.isascii():
            qtbot.keyClicks(edit, text)
        else:  # QTest types ASCII only; Chinese arrives through the input method anyway
            edit.insert(text)


def _click(qtbot: QtBot, button: object) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[arg-type]


def test_creates_the_administrator(qtbot: QtBot, gui_services: Services) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "李管理", "admin-pass", "admin-pass")
    _click(qtbot, dialog.create_button)

    assert dialog.pages.currentIndex() == dialog.DONE_PAGE
    assert "admin" in dialog.done_label.text()
    [user] = gui_services.auth.list_users()
    assert (user.username, user.display_name, user.role) == ("admin", "李管理", Role.ADMIN)
    assert gui_services.auth.authenticate("admin", "admin-pass").id == user.id
    assert dialog.created_username == "admin"
    # The project (楼盘) is made with the administrator: a real office works at once.
    project = gui_services.projects.current()
    assert project is not None and project.name == "滨江·云璟府"
    assert user.project_id == project.id

    _click(qtbot, dialog.continue_button)
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


def test_mismatched_passwords_keep_everything_typed(qtbot: QtBot, gui_services: Services) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "李管理", "admin-pass", "admin-pasz")
    dialog.demo_check.setChecked(True)
    _click(qtbot, dialog.create_button)

    assert dialog.pages.currentIndex() == dialog.FORM_PAGE
    assert dialog.password_again_field.error.isVisible()
    assert "不一致" in dialog.password_again_field.error.text()
    assert not dialog.username_field.error.isVisible()
    assert dialog.username_edit.text() == "admin"
    assert dialog.display_name_edit.text() == "李管理"
    assert dialog.password_edit.text() == "admin-pass"
    assert dialog.password_again_edit.text() == "admin-pasz"
    assert dialog.demo_check.isChecked()
    assert gui_services.auth.user_count() == 0

    # Correcting the second entry is enough.
    dialog.password_again_edit.clear()
    qtbot.keyClicks(dialog.password_again_edit, "admin-pass")
    dialog.demo_check.setChecked(False)
    _click(qtbot, dialog.create_button)
    assert not dialog.password_again_field.error.isVisible()
    assert gui_services.auth.user_count() == 1


def test_the_services_own_rules_are_shown_under_the_field(
    qtbot: QtBot, gui_services: Services
) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "", "abc", "abc")  # too short for AuthService
    _click(qtbot, dialog.create_button)

    assert dialog.pages.currentIndex() == dialog.FORM_PAGE
    assert dialog.password_field.error.isVisible()
    assert "密码至少" in dialog.password_field.error.text()
    assert (dialog.username_edit.text(), dialog.password_edit.text()) == ("admin", "abc")
    assert dialog.password_again_edit.text() == "abc"
    assert gui_services.auth.user_count() == 0


def test_missing_user_name(qtbot: QtBot, gui_services: Services) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "", "", "", "", project="")
    _click(qtbot, dialog.create_button)
    assert dialog.project_name_field.error.text() == "请输入楼盘名称。"
    assert dialog.username_field.error.text() == "请输入用户名。"
    assert dialog.password_field.error.text() == "请输入密码。"
    assert dialog.focusWidget() is dialog.project_name_edit
    assert gui_services.auth.user_count() == 0 and gui_services.projects.current() is None


class FakeDemo:
    """Stands in for DemoService: reports progress from whatever thread it runs in."""

    def __init__(self, fail: BaseException | None = None) -> None:
        self.fail = fail
        self.calls: list[dict[str, object]] = []
        self.thread: threading.Thread | None = None

    def generate(
        self, customers: int, seed: int, progress: Callable[[str, int, int], None]
    ) -> DemoResult:
        self.thread = threading.current_thread()
        self.calls.append({"customers": customers, "seed": seed})
        for done in range(0, customers + 1, 500):
            progress("正在生成客户", done, customers)
        if self.fail is not None:
            raise self.fail
        return DemoResult(
            customers=customers,
            visits=3100,
            follow_ups=5200,
            deals=140,
            users=[("jingli", "demo1234", Role.MANAGER), ("qiantai", "demo1234", Role.RECEPTION)],
            seconds=1.2,
            started_at=dt.datetime(2026, 3, 2, 10, 0),
        )


@pytest.fixture
def fake_demo(monkeypatch: pytest.MonkeyPatch) -> FakeDemo:
    fake = FakeDemo()
    monkeypatch.setattr(Services, "demo", property(lambda self: fake))
    # The real office also seeds deals through the deal service; the fake has no data.
    monkeypatch.setattr(
        Services,
        "load_demo_office",
        lambda self, customers, seed, progress=None: fake.generate(customers, seed, progress),
    )
    return fake


def test_demo_is_generated_off_the_gui_thread(
    qtbot: QtBot, gui_services: Services, fake_demo: FakeDemo
) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "", "admin-pass", "admin-pass")
    dialog.demo_check.setChecked(True)
    _click(qtbot, dialog.create_button)

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE_PAGE, timeout=10_000)
    assert fake_demo.calls == [{"customers": DEMO_CUSTOMERS, "seed": 2024}]
    assert fake_demo.thread is not threading.main_thread()
    assert dialog.progress_dialog is None
    text = dialog.demo_result_label.text()
    assert "2000 位客户" in text
    assert "演示账号（密码都是 demo1234）" in text
    assert "销售经理：jingli" in text and "前台：qiantai" in text
    assert not dialog.demo_error_label.isVisible()
    assert gui_services.auth.user_count() == 1


def test_a_failed_demo_leaves_a_usable_administrator(
    qtbot: QtBot, gui_services: Services, fake_demo: FakeDemo
) -> None:
    fake_demo.fail = DomainError("磁盘已满")
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "", "admin-pass", "admin-pass")
    dialog.demo_check.setChecked(True)
    _click(qtbot, dialog.create_button)

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE_PAGE, timeout=10_000)
    assert dialog.demo_error_label.isVisible()
    assert "磁盘已满" in dialog.demo_error_label.text()
    assert dialog.demo_result_label.text() == ""
    # Closing the window now means "continue": the account exists.
    dialog.close()
    assert dialog.result() == FirstRunDialog.DialogCode.Accepted


@pytest.mark.slow
def test_the_real_demo_office_loads_through_the_dialog(
    qtbot: QtBot, gui_services: Services
) -> None:
    dialog = _dialog(qtbot, gui_services)
    _fill(qtbot, dialog, "admin", "", "admin-pass", "admin-pass")
    dialog.demo_check.setChecked(True)
    _click(qtbot, dialog.create_button)
    assert dialog.progress_dialog is not None and dialog.progress_dialog.isVisible()

    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == dialog.DONE_PAGE, timeout=60_000)
    assert not dialog.demo_error_label.isVisible(), dialog.demo_error_label.text()
    assert dialog.demo_result is not None
    assert dialog.demo_result.customers == DEMO_CUSTOMERS
    assert "演示账号" in dialog.demo_result_label.text()
    usernames = {u.username for u in gui_services.auth.list_users()}
    assert {"admin", *(name for name, _, _ in dialog.demo_result.users)} == usernames
