"""Render the main screens to PNG files for a visual check (not a test).

    QT_QPA_PLATFORM=offscreen python tests/ui/make_screenshots.py /tmp/shots

Uses a throwaway SQLite database; needs a CJK font (e.g. fonts-wqy-microhei) installed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="salesdesk-shots-"))
    os.environ["SALESDESK_DATA_DIR"] = str(tmp)

    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import open_services
    from app.domain.enums import Role
    from app.domain.models import DemoResult
    from app.ui.app_events import AppEvents
    from app.ui.application import SalesDeskApplication, create_qt_app
    from app.ui.first_run_dialog import FirstRunDialog
    from app.ui.main_window import PAGE_KEYS, MainWindow
    from app.ui.progress_dialog import TaskProgressDialog
    from app.ui.sign_in_dialog import SignInDialog

    qt_app = create_qt_app(["salesdesk"])
    assert isinstance(qt_app, SalesDeskApplication)
    services = open_services(f"sqlite:///{tmp / 'shots.sqlite3'}").services

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        for _ in range(5):
            QApplication.processEvents()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", widget.size().width(), "x", widget.size().height())

    for language in ("zh_CN", "en"):
        qt_app.translations.apply(language)
        first = FirstRunDialog(services)
        shot(first, f"{language}-first-run")
        first.username_edit.setText("")
        first.password_edit.setText("abc")
        first.password_again_edit.setText("abd")
        first.create_button.click()
        shot(first, f"{language}-first-run-errors")
        first.close()

        progress = TaskProgressDialog(first.tr("正在载入演示数据"))
        progress.set_progress("正在生成客户", 1200, 2000)
        shot(progress, f"{language}-demo-progress")
        progress.finish()

        done = FirstRunDialog(services)
        done.created_user = object()  # type: ignore[assignment]
        done.done_label.setText(
            done.tr("管理员账号“{username}”已创建。下一步请用它登录。").format(username="admin")
        )
        done._demo_loaded(
            DemoResult(
                customers=2000,
                visits=3412,
                follow_ups=6021,
                deals=187,
                users=[
                    ("jingli", "demo1234", Role.MANAGER),
                    ("qiantai", "demo1234", Role.RECEPTION),
                    ("guwen1", "demo1234", Role.CONSULTANT),
                ],
                seconds=3.4,
                started_at=dt.datetime(2026, 3, 2, 10, 0),
            )
        )
        shot(done, f"{language}-first-run-done")
        done.created_user = None
        done.close()

    qt_app.translations.apply("zh_CN")
    services.projects.ensure_default("滨江壹号院")
    user = services.auth.create_user("jingli", "demo1234", Role.MANAGER, "王经理")
    for language in ("zh_CN", "en"):
        qt_app.translations.apply(language)
        dialog = SignInDialog(services, "")
        shot(dialog, f"{language}-sign-in")
        dialog.username_edit.setText("jingli")
        dialog.password_edit.setText("wrong")
        dialog.sign_in_button.click()
        shot(dialog, f"{language}-sign-in-failed")
        dialog.close()

        window = MainWindow(services, user, AppEvents())
        for key in PAGE_KEYS:
            window.show_page(key)
            shot(window, f"{language}-main-{key}")
        window.pages["settings"].check_database()  # type: ignore[attr-defined]
        from app.ui.background import BackgroundTask

        BackgroundTask.wait_for_all()
        for _ in range(20):
            QApplication.processEvents()
        shot(window, f"{language}-main-settings-checked")
        window.resize(960, 640)
        shot(window, f"{language}-main-settings-small")
        window.close()
    _privacy_screens(services, user, shot)
    services.db.dispose()


def _privacy_screens(services, manager, shot) -> None:  # type: ignore[no-untyped-def]
    """Issue 5: user management, the audit log, the lock screen."""
    import contextlib

    from PySide6.QtWidgets import QApplication, QScrollArea

    from app.domain.enums import Role
    from app.domain.errors import DomainError
    from app.ui.app_events import AppEvents
    from app.ui.main_window import MainWindow

    for username, name, role in [("qiantai", "李前台", Role.RECEPTION),
                                 ("guwen1", "张伟", Role.CONSULTANT),
                                 ("guwen2", "刘洋", Role.CONSULTANT)]:  # fmt: skip
        services.auth.create_user(username, "demo1234", role, name, actor=manager)
    for _ in range(3):
        with contextlib.suppress(DomainError):
            services.auth.authenticate("guwen2", "wrong")
    services.auth.authenticate("jingli", "demo1234")
    qt_app = QApplication.instance()
    for language in ("zh_CN", "en"):
        qt_app.translations.apply(language)  # type: ignore[union-attr]
        window = MainWindow(services, manager, AppEvents())
        window.show_page("settings")
        page = window.pages["settings"]
        window.show()
        page.findChild(QScrollArea).ensureWidgetVisible(page.users_box)
        shot(window, f"{language}-main-settings-users")
        page.show_audit_log()
        shot(page.audit_log_dialog, f"{language}-audit-log")
        page.audit_log_dialog.close()
        window.lock(window.tr("{minutes} 分钟无人操作，已自动锁定。").format(minutes=5))
        shot(window, f"{language}-lock")
        window.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "/tmp/salesdesk-shots"))
