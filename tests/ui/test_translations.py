"""The English catalogue is complete and compiled; the translators really switch the UI."""

from __future__ import annotations

import datetime as dt
import importlib.util
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from app.domain.errors import PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.i18n import Translations
from app.ui.labels import role_label
from app.ui.main_window import MainWindow
from app.ui.views.sign_in_view import SignInView

UPDATE_SCRIPT = Path(__file__).resolve().parents[2] / "resources" / "translations" / "update.py"


@pytest.fixture(scope="module")
def update() -> ModuleType:
    spec = importlib.util.spec_from_file_location("translations_update", UPDATE_SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_every_ui_string_has_an_english_translation(update: ModuleType, tmp_path: Path) -> None:
    committed = update.ts_path("en")
    assert update.problems(committed) == []
    # Extract the strings of today's sources into a copy: nothing new, nothing stale.
    fresh = tmp_path / committed.name
    shutil.copyfile(committed, fresh)
    update.lupdate(fresh, "en")
    missing = update.problems(fresh)
    assert missing == [], "run resources/translations/update.py and translate: " + "; ".join(
        missing
    )
    assert _messages(fresh) == _messages(committed), "run resources/translations/update.py"


def test_compiled_catalogue_is_up_to_date(update: ModuleType, tmp_path: Path) -> None:
    # lrelease is deterministic: the same .ts gives the same bytes.
    rebuilt = tmp_path / "salesdesk_en.qm"
    update.lrelease(update.ts_path("en"), rebuilt)
    assert rebuilt.read_bytes() == update.qm_path("en").read_bytes(), (
        "salesdesk_en.qm is older than salesdesk_en.ts: run resources/translations/update.py"
    )


def test_english_changes_what_is_shown(
    qtbot: QtBot, translations: Translations, gui_services: Services, consultant: UserInfo
) -> None:
    assert translations.apply("en") == "en"
    window = MainWindow(gui_services, consultant, AppEvents())
    qtbot.addWidget(window)
    window.show()
    assert window.nav.item(0).text() == "Reception"
    assert window.nav.item(7).text() == "Settings"
    assert window.user_status_label.text() == "Signed in: 张伟 (Sales consultant)"
    assert window.pages["after_sales"].headline_label.text() == "Not available yet"  # type: ignore[attr-defined]
    assert window.pages["reports"].print_button.text() == "Print…"  # type: ignore[attr-defined]
    assert window.pages["reception"].save_button.text() == "Register  Ctrl+Enter"  # type: ignore[attr-defined]
    assert role_label("manager") == "Sales manager"
    view = SignInView()
    qtbot.addWidget(view)
    assert view.sign_in_button.text() == "Sign in"


def test_chinese_needs_only_qts_own_catalogue(qtbot: QtBot, translations: Translations) -> None:
    assert translations.apply("zh_CN") == "zh_CN"
    view = SignInView()
    qtbot.addWidget(view)
    assert view.sign_in_button.text() == "登录"
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    qtbot.addWidget(box)
    ok = box.button(QDialogButtonBox.StandardButton.Ok).text()
    cancel = box.button(QDialogButtonBox.StandardButton.Cancel).text()
    assert ok.startswith("确定") and cancel.startswith("取消")


def test_unknown_language_falls_back_to_chinese(translations: Translations) -> None:
    assert translations.apply("fr") == "zh_CN"
    assert QCoreApplication.translate("Labels", "前台") == "前台"


def test_removing_the_translators_restores_the_source_text(translations: Translations) -> None:
    translations.apply("en")
    assert role_label("reception") == "Reception"
    translations.remove()
    assert role_label("reception") == "前台"


def test_service_messages_catalogue_is_up_to_date() -> None:
    script = UPDATE_SCRIPT.parent / "service_messages.py"
    spec = importlib.util.spec_from_file_location("service_messages_script", script)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    assert module.TARGET.read_text(encoding="utf-8") == module.generate(), (
        "run resources/translations/update.py"
    )
    assert "请输入用户名" in module.collect()  # a raise
    assert "身份证号码校验位不正确，请核对" in module.collect()  # a bad(...) helper


def test_service_messages_speak_the_ui_language(translations: Translations) -> None:
    """A refusal written in Chinese by a service is shown in English in an English UI;
    field messages joined with "；" are translated one by one; a message with values
    formatted into it stays as it is."""
    error = ValidationError(
        "请输入用户名；身份证号码应为 18 位",
        {"username": "请输入用户名", "resident_id": "身份证号码应为 18 位"},
    )
    translations.apply("en")
    assert str(error) == "Please enter a user name; A resident ID has 18 characters"
    assert error.field_errors == {
        "username": "Please enter a user name",
        "resident_id": "A resident ID has 18 characters",
    }
    assert str(PermissionDenied("管理员不能查看客户信息")) == (
        "Administrators cannot view customer data"
    )
    assert str(PermissionDenied("优惠 ¥1,000.00 超过表价")) == "优惠 ¥1,000.00 超过表价"
    translations.apply("zh_CN")
    assert str(error) == "请输入用户名；身份证号码应为 18 位"
    assert error.field_errors["username"] == "请输入用户名"


def test_messages_with_values_are_translated_as_templates(translations: Translations) -> None:
    from app.services.auth_service import AccountLockedError

    now = dt.datetime(2026, 11, 24, 9, 0)
    short = ValidationError("密码至少 {n} 位", {"password": "密码至少 {n} 位"}, values={"n": 8})
    locked = AccountLockedError(now + dt.timedelta(seconds=90), now, just_locked=True)
    denied = PermissionDenied("您没有权限{what}", values={"what": "查看同意记录"})
    assert str(short) == "密码至少 8 位" and str(locked) == (
        "密码错误次数过多，账号已暂时锁定，请 1 分 30 秒后再试"
    )
    translations.apply("en")
    assert short.field_errors["password"] == "The password needs at least 8 characters"
    assert str(locked) == (
        "Too many wrong passwords: the account is locked for now; try again in 1 min 30 s"
    )
    assert str(denied) == "You are not allowed to view the consent records"  # value too


def test_a_label_put_into_a_message_is_translated_with_it(translations: Translations) -> None:
    from app.domain.deals import DealStateError

    error = DealStateError(
        "交易状态为“{status}”，只有已认购的交易可以签约", values={"status": "签约"}
    )
    translations.apply("en")
    assert str(error) == "The deal is “contracted”; only subscribed deals can be contracted"
