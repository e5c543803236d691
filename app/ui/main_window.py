"""The main window: navigation between the pages, who is signed in, which database.

Pages are reached by the navigation list or Ctrl+1 … Ctrl+8. "切换用户" asks the
session (``app.ui.session``) to close this window and show the sign-in dialog again.
"""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

import app
from app.domain.models import UserInfo
from app.ui.app_events import AppEvents
from app.ui.labels import role_label
from app.ui.pages.placeholder_page import PlaceholderPage
from app.ui.pages.settings_page import SettingsPage
from app.ui.views.main_window_view import MainWindowView

if TYPE_CHECKING:
    from app.services.container import Services

#: Longest database location shown in the status bar; the full one is in the tooltip.
STATUS_PATH_CHARS = 60

PAGE_KEYS = (
    "reception",
    "customers",
    "follow_ups",
    "units",
    "deals",
    "after_sales",
    "reports",
    "settings",
)


def elide_middle(text: str, limit: int) -> str:
    if len(text) <= limit:
        return text
    keep = limit - 1
    return text[: keep // 2] + "…" + text[-(keep - keep // 2) :]


class MainWindow(MainWindowView):
    #: The user chose "切换用户"; the session closes this window and shows sign-in.
    sign_out_requested = Signal()
    #: The window is being closed by the user (not by signing out): the app should end.
    closed = Signal()

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        events: AppEvents,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.user = user
        self.events = events
        self._signing_out = False

        self.pages: dict[str, QWidget] = {}
        for index, (key, title, page) in enumerate(self._build_pages()):
            self.pages[key] = page
            action = self.add_page(title, page, QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.show_page, key))
        assert tuple(self.pages) == PAGE_KEYS
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(0)

        self._show_identity()

        self.switch_user_action.triggered.connect(self.sign_out)
        self.switch_user_button.clicked.connect(self.sign_out)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._about)

    def _build_pages(self) -> list[tuple[str, str, QWidget]]:
        soon = self.tr("{what}将在后续版本中提供。")
        placeholders = [
            (
                "reception",
                self.tr("接待台"),
                self.tr("来访登记、判客查重、接待轮序和离店登记"),
            ),
            ("customers", self.tr("客户"), self.tr("客户档案、购房需求和互动档案")),
            (
                "follow_ups",
                self.tr("跟进"),
                self.tr("意向分级、跟进提醒、公共客户池和客户移交"),
            ),
            ("units", self.tr("房源销控"), self.tr("楼栋房源、销控表和不利因素")),
            ("deals", self.tr("交易"), self.tr("认购、优惠审批、签约、退订和交付")),
            ("after_sales", self.tr("售后"), self.tr("投诉处理、售后回访和满意度调查")),
            (
                "reports",
                self.tr("报表"),
                self.tr("来访、渠道、意向、成交转化和置业顾问排名报表"),
            ),
        ]
        pages: list[tuple[str, str, QWidget]] = [
            (key, title, PlaceholderPage(title, soon.format(what=what)))
            for key, title, what in placeholders
        ]
        pages.append(
            (
                "settings",
                self.tr("设置"),
                SettingsPage(self._services, self.user, self.events),
            )
        )
        return pages

    def _show_identity(self) -> None:
        user = self.user
        who = self.tr("{name}（{role}）").format(
            name=user.display_name or user.username, role=role_label(user.role)
        )
        project = self._services.projects.current()
        database = self._services.db.display_name

        if project is not None:
            self.setWindowTitle(self.tr("售楼接待台 — {project}").format(project=project.name))
            self.project_name_label.setText(project.name)
        self.project_name_label.setVisible(project is not None)
        self.project_status_label.setText(
            self.tr("楼盘：{name}").format(
                name=project.name if project is not None else self.tr("未设置")
            )
        )
        self.nav_user_label.setText(who)
        self.user_status_label.setText(self.tr("当前用户：{who}").format(who=who))
        self.database_status_label.setText(
            self.tr("数据库：{path}").format(path=elide_middle(database, STATUS_PATH_CHARS))
        )
        self.database_status_label.setToolTip(database)

    # -- navigation ------------------------------------------------------------------

    def show_page(self, key: str) -> None:
        self.nav.setCurrentRow(PAGE_KEYS.index(key))

    def current_page_key(self) -> str:
        return PAGE_KEYS[self.stack.currentIndex()]

    # -- session ---------------------------------------------------------------------

    def sign_out(self) -> None:
        self._signing_out = True
        self.sign_out_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted() and not self._signing_out:
            self.closed.emit()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于售楼接待台"),
            self.tr("售楼接待台 SalesDesk {version}\n\n数据库：{path}").format(
                version=app.__version__, path=self._services.db.display_name
            ),
        )
