"""Settings (设置): the UI language, and what program and database are in use.

The language is stored with ``SettingsService`` and takes effect at the next start.
The schema revision is shown at once (one small query); the database check (integrity,
foreign keys) reads the whole file, so it runs only when asked, off the GUI thread.
"""

from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QDialog, QWidget

import app
from app.domain.enums import Role
from app.domain.errors import DomainError
from app.domain.models import DbCheckReport, UserInfo
from app.ui.app_events import AppEvents
from app.ui.audit_log_dialog import AuditLogDialog
from app.ui.background import BackgroundTask, Progress
from app.ui.error_dialog import show_error
from app.ui.i18n import LANGUAGE_NAMES
from app.ui.pdf_preview_dialog import warm_up
from app.ui.privacy_notice_dialog import PrivacyNoticeDialog
from app.ui.user_management import ChangePasswordDialog, UserManagementPanel
from app.ui.views.settings_view import SettingsView
from app.ui.widgets import set_error

if TYPE_CHECKING:
    from app.reports.fonts import FontChoice
    from app.services.container import Services


class SettingsPage(SettingsView):
    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self._user = user
        self._events = events
        self._check_task: BackgroundTask | None = None

        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self._load_language()

        self.version_label.setText(app.__version__)
        self.database_label.setText(services.db.display_name)
        # One small query; the full check (integrity, foreign keys) waits for the button.
        self._show_revision(*services.maintenance.schema_revision())

        self.language_combo.currentIndexChanged.connect(self._language_edited)
        self.save_button.clicked.connect(self.save)
        self.check_button.clicked.connect(self.check_database)
        self._font_shown = False  # the PDF font is looked up when first shown
        self._setup_security()

    # -- language --------------------------------------------------------------------

    def _load_language(self) -> None:
        self._stored_language = self._services.settings.load().language
        index = self.language_combo.findData(self._stored_language)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.save_button.setEnabled(False)

    def selected_language(self) -> str:
        return str(self.language_combo.currentData())

    def _language_edited(self) -> None:
        self.save_button.setEnabled(self.selected_language() != self._stored_language)
        self.saved_label.setVisible(False)

    def save(self) -> None:
        language = self.selected_language()
        try:
            current = self._services.settings.load()
            self._services.settings.save(
                dataclasses.replace(current, language=language), by_user_id=self._user.id
            )
        except Exception as exc:
            show_error(self, exc, self.tr("保存设置"))
            return
        self._stored_language = language
        self.save_button.setEnabled(False)
        self.saved_label.setVisible(True)
        self.saved_label.setText(
            self.tr("已保存。下次启动售楼接待台时，界面将使用“{language}”。").format(
                language=LANGUAGE_NAMES[language]
            )
        )
        self._events.settings_changed.emit()

    # -- privacy and security (issue 5) ------------------------------------------------

    def _setup_security(self) -> None:
        manages = self._user.role in (Role.MANAGER, Role.ADMIN)
        self.audit_log_dialog: AuditLogDialog | None = None
        self.users_panel: UserManagementPanel | None = None
        self.idle_row.setVisible(manages)
        self.audit_log_button.setVisible(manages)
        self.users_box.setVisible(manages)
        if manages:
            self.users_panel = UserManagementPanel(self._services, self._user)
            self.users_layout.addWidget(self.users_panel)
        self._stored_idle_minutes = self._services.settings.load().idle_lock_minutes
        self.idle_minutes_spin.setValue(self._stored_idle_minutes)
        self.idle_save_button.setEnabled(False)
        self.idle_minutes_spin.valueChanged.connect(self._idle_minutes_edited)
        self.idle_save_button.clicked.connect(self.save_idle_minutes)
        self.privacy_notice_button.clicked.connect(self.show_privacy_notice)
        self.audit_log_button.clicked.connect(self.show_audit_log)
        self.change_password_button.clicked.connect(self.change_password)

    def _idle_minutes_edited(self, minutes: int) -> None:
        self.idle_save_button.setEnabled(minutes != self._stored_idle_minutes)
        self.idle_saved_label.setVisible(False)

    def save_idle_minutes(self) -> None:
        minutes = self.idle_minutes_spin.value()
        try:
            current = self._services.settings.load()
            self._services.settings.save(
                dataclasses.replace(current, idle_lock_minutes=minutes), by_user_id=self._user.id
            )
        except Exception as exc:
            show_error(self, exc, self.tr("保存设置"))
            return
        self._stored_idle_minutes = minutes
        self.idle_save_button.setEnabled(False)
        self.idle_saved_label.setText(
            self.tr("已保存，立即生效：无人操作 {minutes} 分钟后锁定。").format(minutes=minutes)
        )
        self.idle_saved_label.setVisible(True)
        self._events.settings_changed.emit()

    def show_privacy_notice(self) -> None:
        dialog = PrivacyNoticeDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def show_audit_log(self) -> None:
        """The audit log in its own window (one at a time), beside the main window."""
        if self.audit_log_dialog is not None:
            self.audit_log_dialog.raise_()
            self.audit_log_dialog.activateWindow()
            return
        dialog = AuditLogDialog(self._services, self._user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.destroyed.connect(self._audit_log_closed)
        self.audit_log_dialog = dialog
        dialog.show()

    def _audit_log_closed(self) -> None:
        self.audit_log_dialog = None

    def change_password(self) -> None:
        dialog = ChangePasswordDialog(self._services, self._user, self)
        try:
            if dialog.exec() == QDialog.DialogCode.Accepted:
                self.security_status_label.setText(self.tr("密码已修改，下次登录时请使用新密码。"))
                self.security_status_label.setVisible(True)
        finally:
            dialog.deleteLater()

    # -- PDF font (issue 6) ------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._font_shown:
            self._font_shown = True
            self.pdf_font_label.setText(self.tr("正在检查……"))
            warm_up(self._services, self.show_pdf_font, parent=self)

    def show_pdf_font(self, font: FontChoice) -> None:
        """Show "PDF 字体：…", and warn when the forms cannot embed a Chinese font."""
        if font.embedded:
            self.pdf_font_label.setText(
                self.tr("{family}（已嵌入 PDF）").format(family=font.family)
            )
            set_error(self.pdf_font_warning_label, "")
        else:
            self.pdf_font_label.setText(
                self.tr("{family}（未嵌入，内置替代字体）").format(family=font.family)
            )
            set_error(self.pdf_font_warning_label, font.warning or "")

    # -- database check ----------------------------------------------------------------

    def check_database(self) -> None:
        if self._check_task is not None:
            return
        maintenance = self._services.maintenance

        def check(_progress: Progress) -> DbCheckReport:
            return maintenance.check()

        self.check_button.setEnabled(False)
        set_error(self.check_error_label, "")
        self.check_result_label.setText(self.tr("正在检查……"))
        task = BackgroundTask(check)
        task.succeeded.connect(self._checked)
        task.failed.connect(self._check_failed)
        self._check_task = task
        task.start()

    def _check_done(self) -> None:
        self._check_task = None
        self.check_button.setEnabled(True)

    def _show_revision(self, revision: str | None, head: str) -> None:
        if revision is None:
            text = self.tr("未初始化")
        elif revision == head:
            text = self.tr("{revision}（与程序一致）").format(revision=revision)
        else:
            text = self.tr("{revision}（程序为 {head}）").format(revision=revision, head=head)
        self.revision_label.setText(text)

    def _checked(self, report: DbCheckReport) -> None:
        self._check_done()
        self._show_revision(report.revision, report.code_head)

        ok = self.tr("正常")
        lines = [
            self.tr("完整性：{result}").format(
                result=ok if report.integrity == "ok" else report.integrity
            ),
            self.tr("外键：{result}").format(
                result=ok if report.foreign_keys == "ok" else report.foreign_keys
            ),
        ]
        count_labels = {
            "users": self.tr("用户 {n} 个"),
            "customers": self.tr("客户 {n} 位"),
            "visits": self.tr("来访 {n} 次"),
            "units": self.tr("房源 {n} 套"),
            "deals": self.tr("交易 {n} 笔"),
        }
        counts = [
            count_labels.get(table, table + " {n}").format(n=f"{n:,}")
            for table, n in report.counts.items()
        ]
        if counts:
            lines.append(self.tr("、").join(counts))
        self.check_result_label.setText("\n".join(lines))

    def _check_failed(self, exc: BaseException) -> None:
        self._check_done()
        self.check_result_label.setText(self.tr("检查没有完成"))
        if isinstance(exc, DomainError):
            set_error(self.check_error_label, str(exc))
        else:
            show_error(self, exc, self.tr("检查数据库"))
