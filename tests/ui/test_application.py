"""The Qt side of the composition root: font, stylesheet, and run_main end to end."""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.application import (
    CJK_FAMILIES,
    create_qt_app,
    load_stylesheet,
    run_main,
    show_fatal,
    ui_font,
)
from app.ui.first_run_dialog import FirstRunDialog
from app.ui.main_window import MainWindow
from app.ui.sign_in_dialog import SignInDialog

from .conftest import PASSWORD


def test_create_qt_app_reuses_a_running_application(qapp: QApplication) -> None:
    assert create_qt_app(["salesdesk"]) is qapp


def test_ui_font_is_large_and_prefers_a_cjk_family(qapp: QApplication) -> None:
    font = ui_font()
    assert font.pointSizeF() >= 11
    installed = [f for f in CJK_FAMILIES if f in QFontDatabase.families()]
    if not installed:
        pytest.skip("no CJK font installed (apt-get install fonts-wqy-microhei)")
    assert font.families()[0] == installed[0]


def test_stylesheet_points_at_existing_icons() -> None:
    qss = load_stylesheet()
    assert "@ICONS@" not in qss and "QListWidget#navList" in qss
    for url in re.findall(r"url\(([^)]+)\)", qss):
        assert Path(url).is_file(), url


def _top_level(kind: type[QWidget]) -> QWidget:
    found = [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]
    assert len(found) == 1, found
    return found[0]


def _run(qapp: QApplication, services: Services, steps: list[Callable[[], None]]) -> int:
    """run_main with ``steps`` played one after another inside its event loops."""
    errors: list[BaseException] = []

    def play() -> None:
        if not steps:
            return
        try:
            steps.pop(0)()
        except BaseException as exc:  # shown by the test, not by a modal error dialog
            errors.append(exc)
            for widget in QApplication.topLevelWidgets():
                widget.close()
            qapp.quit()
            return
        QTimer.singleShot(0, play)

    QTimer.singleShot(0, play)
    QTimer.singleShot(20_000, qapp.quit)  # never hang the suite
    code = run_main(qapp, services)
    if errors:
        raise errors[0]
    assert not steps, f"{len(steps)} steps not played"
    return code


def test_run_main_signs_in_and_ends_when_the_window_closes(
    qtbot: QtBot, qapp: QApplication, gui_services: Services, consultant: UserInfo
) -> None:
    seen: list[str] = []

    def sign_in() -> None:
        dialog = _top_level(SignInDialog)
        assert isinstance(dialog, SignInDialog)
        dialog.username_edit.setText("zhang")
        dialog.password_edit.setText(PASSWORD)
        dialog.sign_in_button.click()

    def close_window() -> None:
        window = _top_level(MainWindow)
        assert isinstance(window, MainWindow)
        seen.append(window.user.username)
        window.close()

    assert _run(qapp, gui_services, [sign_in, close_window]) == 0
    assert seen == ["zhang"]
    assert qapp.quitOnLastWindowClosed()  # restored for whoever runs next


def test_run_main_on_an_empty_database_starts_with_first_run(
    qtbot: QtBot, qapp: QApplication, gui_services: Services
) -> None:
    assert gui_services.auth.user_count() == 0
    seen: list[str] = []

    def create_admin() -> None:
        dialog = _top_level(FirstRunDialog)
        assert isinstance(dialog, FirstRunDialog)
        dialog.project_name_edit.setText("滨江·云璟府")
        dialog.username_edit.setText("admin")
        dialog.password_edit.setText("admin-pass")
        dialog.password_again_edit.setText("admin-pass")
        dialog.create_button.click()
        dialog.continue_button.click()

    def sign_in() -> None:
        dialog = _top_level(SignInDialog)
        assert isinstance(dialog, SignInDialog)
        assert dialog.username_edit.text() == "admin"  # carried over from first run
        dialog.password_edit.setText("admin-pass")
        dialog.sign_in_button.click()

    def sign_out_and_quit() -> None:
        window = _top_level(MainWindow)
        assert isinstance(window, MainWindow)
        seen.append(window.user_status_label.text())
        window.switch_user_action.trigger()
        _top_level(SignInDialog).reject()

    assert _run(qapp, gui_services, [create_admin, sign_in, sign_out_and_quit]) == 0
    assert seen == ["当前用户：admin（管理员）"]


def test_the_ui_loads_without_sqlalchemy() -> None:
    """Services reach the UI as an object; type hints name them only for type checkers."""
    root = Path(__file__).resolve().parents[2]
    modules = sorted(
        ".".join(p.relative_to(root).with_suffix("").parts).removesuffix(".__init__")
        for p in (root / "app" / "ui").rglob("*.py")
    )
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'alembic'))\n"
        + "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_show_fatal_explains_with_selectable_text(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box) or 0)
    show_fatal("数据库版本 0009 比本程序支持的版本 0004 更新")
    [box] = shown
    assert box.icon() == QMessageBox.Icon.Critical
    assert "0009" in box.informativeText() and "0009" in box.detailedText()
    assert box.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
