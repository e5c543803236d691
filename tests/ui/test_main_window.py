"""Main window: navigation, shortcuts, who and what is shown, signing out."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.main_window import PAGE_KEYS, MainWindow, elide_middle
from app.ui.pages.deals_page import DealsPage
from app.ui.pages.follow_up_page import FollowUpPage
from app.ui.pages.placeholder_page import PlaceholderPage
from app.ui.pages.reception_page import ReceptionPage
from app.ui.pages.reports_page import ReportsPage
from app.ui.pages.settings_page import SettingsPage
from app.ui.pages.units_page import UnitsPage
from app.ui.session import SessionController
from app.ui.sign_in_dialog import SignInDialog

from .conftest import PASSWORD


@pytest.fixture
def window(qtbot: QtBot, gui_services: Services, consultant: UserInfo) -> MainWindow:
    win = MainWindow(gui_services, consultant, AppEvents())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    win.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is win)
    return win


def test_pages_and_navigation_labels(window: MainWindow) -> None:
    labels = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert labels == ["接待台", "客户", "跟进", "房源销控", "交易", "售后", "报表", "设置"]
    assert window.current_page_key() == "reception"
    assert isinstance(window.pages["reception"], ReceptionPage)
    assert isinstance(window.pages["units"], UnitsPage)
    assert isinstance(window.pages["deals"], DealsPage)
    assert isinstance(window.pages["follow_ups"], FollowUpPage)
    assert isinstance(window.pages["reports"], ReportsPage)
    for key in PAGE_KEYS[:-1]:
        page = window.pages[key]
        if key in ("reception", "customers", "follow_ups", "units", "deals", "reports"):
            continue
        assert isinstance(page, PlaceholderPage)
        assert page.headline_label.text() == "此功能尚未开放"
        assert "将在后续版本中提供" in page.description_label.text()
    assert isinstance(window.pages["settings"], SettingsPage)


@pytest.mark.parametrize("number, key", list(enumerate(PAGE_KEYS, start=1)))
def test_ctrl_number_switches_page(qtbot: QtBot, window: MainWindow, number: int, key: str) -> None:
    if key == "reception":
        window.show_page("reports")
    qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + number), Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == key
    assert window.nav.currentRow() == number - 1
    assert window.stack.currentWidget() is window.pages.slots[key]
    assert window.pages.slots[key].built  # built on first show


def test_clicking_the_navigation_switches_page(qtbot: QtBot, window: MainWindow) -> None:
    item = window.nav.item(PAGE_KEYS.index("units"))
    rect = window.nav.visualItemRect(item)
    qtbot.mouseClick(window.nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page_key() == "units"


def test_status_bar_shows_project_user_and_database(
    window: MainWindow, gui_services: Services
) -> None:
    assert window.project_status_label.text() == "楼盘：滨江壹号院"
    assert window.user_status_label.text() == "当前用户：张伟（置业顾问）"
    assert window.database_status_label.toolTip() == gui_services.db.display_name
    assert window.database_status_label.text().startswith("数据库：")
    assert "滨江壹号院" in window.windowTitle()


def test_elide_middle_keeps_both_ends() -> None:
    assert elide_middle("short", 10) == "short"
    text = elide_middle("/very/long/path/to/the/database/salesdesk.sqlite3", 20)
    assert len(text) == 20
    assert text.startswith("/very/lo") and text.endswith("sqlite3") and "…" in text


@pytest.fixture
def sign_outs(gui_services: Services, monkeypatch: pytest.MonkeyPatch) -> list[tuple[int, str]]:
    """Sign-outs recorded through AuthService (which audits them)."""
    calls: list[tuple[int, str]] = []
    real = gui_services.auth.sign_out

    def record(user_id: int, reason: str = "") -> None:
        calls.append((user_id, reason))
        real(user_id, reason)

    monkeypatch.setattr(gui_services.auth, "sign_out", record)
    return calls


def test_switch_user_returns_to_sign_in_without_ending_the_app(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo, sign_outs: list[tuple[int, str]]
) -> None:
    session = SessionController(gui_services, AppEvents())
    session.start()
    dialog = session.sign_in_dialog
    assert isinstance(dialog, SignInDialog) and dialog.isVisible()
    assert dialog.username_edit.text() == ""
    qtbot.keyClicks(dialog.username_edit, "zhang")
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.mouseClick(dialog.sign_in_button, Qt.MouseButton.LeftButton)

    window = session.window
    assert isinstance(window, MainWindow) and window.isVisible()
    assert window.user.id == consultant.id
    assert session.sign_in_dialog is None

    with qtbot.assertNotEmitted(session.finished):
        qtbot.mouseClick(window.switch_user_button, Qt.MouseButton.LeftButton)
    assert not window.isVisible()
    assert session.window is None
    again = session.sign_in_dialog
    assert isinstance(again, SignInDialog) and again.isVisible()
    assert again.username_edit.text() == "" and again.password_edit.text() == ""
    assert sign_outs == [(consultant.id, "切换用户")]

    with qtbot.waitSignal(session.finished):
        qtbot.mouseClick(again.quit_button, Qt.MouseButton.LeftButton)
    session.close()


def test_closing_the_main_window_ends_the_session(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo, sign_outs: list[tuple[int, str]]
) -> None:
    session = SessionController(gui_services, AppEvents())
    session.start("zhang")
    dialog = session.sign_in_dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    qtbot.keyClick(dialog.password_edit, Qt.Key.Key_Return)
    window = session.window
    assert window is not None
    with qtbot.waitSignal(session.finished):
        window.close()
    assert sign_outs == [(consultant.id, "退出程序")]
    session.close()


def test_pages_are_built_on_first_use(qtbot: QtBot, window: MainWindow) -> None:
    """Only the first page is made with the window; the others when first shown."""
    assert window.pages.slots["reception"].built
    assert not window.pages.slots["deals"].built
    window.show_page("deals")
    assert window.pages.slots["deals"].built


def test_an_administrator_lands_on_settings_everyone_else_at_reception(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    from app.domain.enums import Role
    from app.ui.main_window import start_page

    admin = gui_services.auth.create_user("gly", "admin-pass-1", Role.ADMIN, "管理员")
    win = MainWindow(gui_services, admin, AppEvents())
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    assert win.stack.currentWidget() is win.pages.slots["settings"]
    assert win.pages.slots["settings"].built and not win.pages.slots["reception"].built
    assert start_page(consultant) == "reception"
