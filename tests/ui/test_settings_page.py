"""Settings page: the language is saved for the next start; the database check is lazy."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

import app
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.pages.settings_page import SettingsPage


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def page(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo, events: AppEvents
) -> SettingsPage:
    widget = SettingsPage(gui_services, consultant, events)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_language_is_saved_and_announced(
    qtbot: QtBot, page: SettingsPage, gui_services: Services, events: AppEvents
) -> None:
    assert page.selected_language() == "zh_CN"
    assert page.language_combo.currentText() == "简体中文"
    assert not page.save_button.isEnabled()

    page.language_combo.setCurrentIndex(page.language_combo.findData("en"))
    assert page.language_combo.currentText() == "English"
    assert page.save_button.isEnabled()
    with qtbot.waitSignal(events.settings_changed):
        qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)

    assert gui_services.settings.load().language == "en"
    assert page.saved_label.isVisible()
    assert "English" in page.saved_label.text() and "下次启动" in page.saved_label.text()
    assert not page.save_button.isEnabled()


def test_stored_language_is_selected(
    qtbot: QtBot, gui_services: Services, consultant: UserInfo
) -> None:
    settings = gui_services.settings.load()
    settings.language = "en"
    gui_services.settings.save(settings)
    widget = SettingsPage(gui_services, consultant, AppEvents())
    qtbot.addWidget(widget)
    assert widget.selected_language() == "en"


def test_version_location_and_lazy_database_check(
    qtbot: QtBot, page: SettingsPage, gui_services: Services
) -> None:
    assert page.version_label.text() == app.__version__
    assert page.database_label.text() == gui_services.db.display_name
    # The revision at once (one small query); integrity and foreign keys on request.
    head = gui_services.maintenance.check().code_head
    assert page.revision_label.text() == f"{head}（与程序一致）"
    assert not page.check_result_label.text()

    qtbot.mouseClick(page.check_button, Qt.MouseButton.LeftButton)
    assert not page.check_button.isEnabled()
    qtbot.waitUntil(page.check_button.isEnabled, timeout=10_000)

    assert page.revision_label.text() == f"{head}（与程序一致）"
    result = page.check_result_label.text()
    assert "完整性：正常" in result and "外键：正常" in result
    assert "用户 1 个" in result
