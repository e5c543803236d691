"""First run (首次使用): create the first administrator, optionally load the demo office.

Shown when the database has no user at all. Validation messages appear under the field
they concern and nothing typed is cleared by an error. The demo data is generated off
the GUI thread behind a progress window.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from app.domain.enums import Role
from app.domain.errors import ConflictError, DomainError, ValidationError
from app.domain.models import DemoResult, UserInfo
from app.ui.background import BackgroundTask, Progress
from app.ui.error_dialog import show_error
from app.ui.labels import role_label
from app.ui.progress_dialog import TaskProgressDialog
from app.ui.views.first_run_view import FirstRunView
from app.ui.widgets import FieldWithError, grow_to_fit, set_error

if TYPE_CHECKING:
    from app.services.container import Services

log = logging.getLogger(__name__)

DEMO_CUSTOMERS = 2000
DEMO_SEED = 2024


class FirstRunDialog(FirstRunView):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._services = services
        self.created_user: UserInfo | None = None
        self.demo_result: DemoResult | None = None
        self.progress_dialog: TaskProgressDialog | None = None

        self.create_button.clicked.connect(self._create)
        self.quit_button.clicked.connect(self.reject)
        self.continue_button.clicked.connect(self.accept)
        self.project_name_edit.setFocus()

    @property
    def created_username(self) -> str:
        return self.created_user.username if self.created_user else ""

    def reject(self) -> None:
        # Once the account exists there is nothing to abandon: closing means "continue".
        if self.created_user is not None:
            if self.progress_dialog is None:
                self.accept()
            return
        super().reject()

    # -- creating the administrator ------------------------------------------------

    def _fields(self) -> dict[str, FieldWithError]:
        return {
            "project_name": self.project_name_field,
            "username": self.username_field,
            "display_name": self.display_name_field,
            "password": self.password_field,
            "password_again": self.password_again_field,
        }

    def _show_errors(self, errors: dict[str, str]) -> None:
        fields = self._fields()
        general = []
        for key, message in errors.items():
            field = fields.get(key)
            if field is None:
                general.append(message)
            else:
                field.set_error(message)
        set_error(self.form_error_label, "\n".join(general))
        grow_to_fit(self)
        for key, field in fields.items():
            if key in errors:
                field.field.setFocus()
                break

    def _clear_errors(self) -> None:
        for field in self._fields().values():
            field.set_error("")
        set_error(self.form_error_label, "")

    def _create(self) -> None:
        self._clear_errors()
        project_name = self.project_name_edit.text().strip()
        username = self.username_edit.text().strip()
        password = self.password_edit.text()
        errors: dict[str, str] = {}
        if not project_name:
            errors["project_name"] = self.tr("请输入楼盘名称。")
        if not username:
            errors["username"] = self.tr("请输入用户名。")
        if not password:
            errors["password"] = self.tr("请输入密码。")
        elif password != self.password_again_edit.text():
            errors["password_again"] = self.tr("两次输入的密码不一致，请检查。")
        if errors:
            self._show_errors(errors)
            return
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            # The project (楼盘) and the administrator in one transaction: without a
            # project nothing else (reception, customers) can work.
            user = self._services.auth.create_first_admin(
                username,
                password,
                self.display_name_edit.text().strip() or None,
                project_name,
            )
        except ValidationError as exc:
            self._show_errors(exc.field_errors or {"": str(exc)})
            return
        except ConflictError as exc:  # an account was created meanwhile (another PC)
            self._show_errors({"": str(exc)})
            return
        except DomainError as exc:  # the database is locked, full...
            self._show_errors({"": str(exc)})
            return
        finally:
            QApplication.restoreOverrideCursor()
        self.created_user = user
        self.password_edit.clear()
        self.password_again_edit.clear()
        self.done_label.setText(
            self.tr("管理员账号“{username}”已创建。下一步请用它登录。").format(
                username=user.username
            )
        )
        if self.demo_check.isChecked():
            self._load_demo()
        else:
            self.pages.setCurrentIndex(self.DONE_PAGE)

    # -- demo data -------------------------------------------------------------------

    def _load_demo(self) -> None:
        services = self._services

        def generate(progress: Progress) -> DemoResult:
            return services.load_demo_office(
                customers=DEMO_CUSTOMERS, seed=DEMO_SEED, progress=progress
            )

        dialog = TaskProgressDialog(self.tr("正在载入演示数据"), self)
        task = BackgroundTask(generate)
        task.progress.connect(dialog.set_progress)
        task.succeeded.connect(self._demo_loaded)
        task.failed.connect(self._demo_failed)
        self.progress_dialog = dialog
        dialog.open()
        task.start()

    def _close_progress(self) -> None:
        if self.progress_dialog is not None:
            self.progress_dialog.finish()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None

    def _demo_loaded(self, result: DemoResult) -> None:
        self._close_progress()
        self.demo_result = result
        lines = [
            self.tr(
                "演示数据已载入：{customers} 位客户、{visits} 次来访、{follow_ups} 条跟进、"
                "{deals} 笔交易，用时 {seconds} 秒。"
            ).format(
                customers=result.customers,
                visits=result.visits,
                follow_ups=result.follow_ups,
                deals=result.deals,
                seconds=f"{result.seconds:.0f}",
            )
        ]
        lines += self._demo_account_lines(result.users)
        self.demo_result_label.setText("\n".join(lines))
        self.pages.setCurrentIndex(self.DONE_PAGE)

    def _demo_account_lines(self, users: list[tuple[str, str, Role]]) -> list[str]:
        """The demo accounts grouped by role; the password once if they share one."""
        if not users:
            return []
        passwords = {password for _, password, _ in users}
        if len(passwords) > 1:
            return [self.tr("演示账号（用户名 / 密码）：")] + [
                f"    {username} / {password}  {role_label(role)}"
                for username, password, role in users
            ]
        by_role: dict[Role, list[str]] = {}
        for username, _, role in users:
            by_role.setdefault(role, []).append(username)
        separator = self.tr("、")
        return [self.tr("演示账号（密码都是 {password}）：").format(password=passwords.pop())] + [
            "    "
            + self.tr("{role}：{usernames}").format(
                role=role_label(role), usernames=separator.join(usernames)
            )
            for role, usernames in by_role.items()
        ]

    def _demo_failed(self, exc: BaseException) -> None:
        self._close_progress()
        if isinstance(exc, DomainError):
            reason = str(exc)
        else:
            show_error(self, exc, self.tr("载入演示数据"))
            reason = self.tr("程序错误")
        set_error(
            self.demo_error_label,
            self.tr("演示数据没有载入（{reason}）。管理员账号已经创建，可以正常使用。").format(
                reason=reason
            ),
        )
        self.pages.setCurrentIndex(self.DONE_PAGE)
