"""The main window: navigation between the pages, who is signed in, which database.

Pages are reached by the navigation list or Ctrl+1 … Ctrl+8. "切换用户" asks the
session (``app.ui.session``) to close this window and show the sign-in dialog again.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

import app
from app.domain.enums import Role
from app.domain.models import UserInfo
from app.ui import clipboard
from app.ui.app_events import AppEvents
from app.ui.idle_watcher import IdleWatcher
from app.ui.labels import role_label
from app.ui.lock_screen import LockController
from app.ui.page_slot import LazyPages, PageSlot
from app.ui.pages.placeholder_page import PlaceholderPage
from app.ui.privacy_notice_dialog import PrivacyNoticeDialog
from app.ui.reminder_notifier import ReminderBanner, ReminderNotifier, TrayNotice
from app.ui.views.main_window_view import MainWindowView

if TYPE_CHECKING:
    from app.domain.follow_up import ReminderSummary
    from app.services.container import Services

#: Longest database location shown in the status bar; the full one is in the tooltip.
STATUS_PATH_CHARS = 60
#: How long the reminder stays in the status bar (the banner stays until closed).
REMINDER_STATUS_MS = 15_000

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


def start_page(user: UserInfo) -> str:
    """The page a user lands on: an administrator (who sees no customer data) on 设置,
    where the accounts are; everyone else at the reception desk."""
    return "settings" if user.role is Role.ADMIN else "reception"


def warm_up_first_page() -> None:
    """Import the first page's module (and what it needs) ahead of time.

    Called while the sign-in dialog waits for the password: the person is typing, so
    the ~0.1 s this costs is not waited for, and 登录 → main window gets that much faster.
    It loads code only, no customer data.
    """
    import app.ui.pages.reception_page  # noqa: F401 - imported for its side effect


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
        *,
        idle_time: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.user = user
        self.events = events
        self._signing_out = False

        self.pages = LazyPages()
        for index, (key, title, factory) in enumerate(self._build_pages()):
            slot = PageSlot(factory)
            self.pages.slots[key] = slot
            action = self.add_page(title, slot, QKeySequence(f"Ctrl+{index + 1}"))
            action.triggered.connect(partial(self.show_page, key))
        assert tuple(self.pages) == PAGE_KEYS
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.nav.setCurrentRow(PAGE_KEYS.index(start_page(user)))

        self._show_identity()

        self.switch_user_action.triggered.connect(self.sign_out)
        self.switch_user_button.clicked.connect(self.sign_out)
        self.quit_action.triggered.connect(self.close)
        self.about_action.triggered.connect(self._about)
        self.privacy_notice_action.triggered.connect(self.show_privacy_notice)
        self._setup_lock(idle_time)
        self._setup_reminders()

    def _build_pages(self) -> list[tuple[str, str, Callable[[], QWidget]]]:
        """(key, title, factory) of every page; the page modules are imported lazily."""
        soon = self.tr("{what}将在后续版本中提供。")
        services, user, events = self._services, self.user, self.events

        def placeholder(title: str, what: str) -> Callable[[], QWidget]:
            return lambda: PlaceholderPage(title, soon.format(what=what))

        def reception() -> QWidget:
            from app.ui.pages.reception_page import ReceptionPage

            return ReceptionPage(services, user, events)

        def customers() -> QWidget:
            from app.ui.pages.customers_page import CustomersPage

            return CustomersPage(services, user, events)

        def follow_ups() -> QWidget:
            from app.ui.pages.follow_up_page import FollowUpPage

            return FollowUpPage(services, user, events)

        def units() -> QWidget:
            from app.ui.pages.units_page import UnitsPage

            return UnitsPage(services, user, events)

        def deals() -> QWidget:
            from app.ui.pages.deals_page import DealsPage

            return DealsPage(services, user, events)

        def reports() -> QWidget:
            from app.ui.pages.reports_page import ReportsPage

            return ReportsPage(services, user, events)

        def settings() -> QWidget:
            from app.ui.pages.settings_page import SettingsPage

            return SettingsPage(services, user, events)

        after_sales = self.tr("售后")
        return [
            ("reception", self.tr("接待台"), reception),
            ("customers", self.tr("客户"), customers),
            ("follow_ups", self.tr("跟进"), follow_ups),
            ("units", self.tr("房源销控"), units),
            ("deals", self.tr("交易"), deals),
            (
                "after_sales",
                after_sales,
                placeholder(after_sales, self.tr("投诉处理、售后回访和满意度调查")),
            ),
            ("reports", self.tr("报表"), reports),
            ("settings", self.tr("设置"), settings),
        ]

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
        self.idle_watcher.stop()
        self.reminders.stop()
        self.sign_out_requested.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        if event.isAccepted():
            self.idle_watcher.stop()
            self.reminders.stop()
            self.reminder_tray.hide()
            self.lock_controller.shutdown()
        if event.isAccepted() and not self._signing_out:
            self.closed.emit()

    # -- idle lock (see app.ui.lock_screen) --------------------------------------------

    def _setup_lock(self, idle_time: Callable[[], float]) -> None:
        self.lock_controller = LockController(self._services, self.user, self, self)
        self.body.addWidget(self.lock_controller.page)
        self.lock_controller.unlocked.connect(self._unlocked)
        self.lock_controller.switch_user_requested.connect(self.sign_out)
        self._idle_minutes = self._services.settings.load().idle_lock_minutes
        self.idle_watcher = IdleWatcher(self._idle_minutes * 60, now=idle_time, parent=self)
        self.idle_watcher.idle.connect(self._idle)
        self.events.settings_changed.connect(self._idle_setting_changed)
        self.lock_action.triggered.connect(lambda: self.lock(self.tr("已手动锁定。")))
        self._unlocked_state: tuple[str, QWidget | None, list[QAction]] | None = None
        # Once the window has been shown: the watcher's application-wide event filter
        # runs Python for every Qt event, and building the first page sends thousands.
        QTimer.singleShot(0, self, self._start_idle_watcher)

    def _start_idle_watcher(self) -> None:
        if not self.idle_watcher.is_running() and not self.is_locked():
            self.idle_watcher.start()

    def _idle_setting_changed(self) -> None:
        self._idle_minutes = self._services.settings.load().idle_lock_minutes
        self.idle_watcher.set_timeout(self._idle_minutes * 60)

    def _idle(self) -> None:
        self.lock(
            self.tr("{minutes} 分钟无人操作，已自动锁定。").format(minutes=self._idle_minutes)
        )

    def is_locked(self) -> bool:
        return self.lock_controller.is_locked()

    def lock(self, reason: str = "") -> None:
        """Hide all pages (and every other window) until the password is given again."""
        if self.lock_controller.is_locked():
            return
        self.idle_watcher.stop()
        clipboard.clear_if_ours()
        own = self.findChildren(QAction, options=Qt.FindChildOption.FindDirectChildrenOnly)
        actions = [action for action in own if action.isEnabled()]
        self._unlocked_state = (self.windowTitle(), self.focusWidget(), actions)
        for action in actions:
            action.setEnabled(False)
        self.menuBar().setEnabled(False)
        self.menuBar().setVisible(False)
        self.statusBar().clearMessage()  # a passing message may name a customer
        self.setWindowTitle(self.tr("售楼接待台 — 已锁定"))
        self.body.setCurrentWidget(self.lock_controller.page)
        self.lock_controller.lock(reason)

    def _unlocked(self, user: UserInfo) -> None:
        title, focus, actions = self._unlocked_state or (self.windowTitle(), None, [])
        self._unlocked_state = None
        self.body.setCurrentWidget(self.work_area)
        self.menuBar().setEnabled(True)
        self.menuBar().setVisible(True)
        for action in actions:
            action.setEnabled(True)
        self.setWindowTitle(title)
        if focus is not None:
            focus.setFocus()
        if user.role is not self.user.role or not user.active:
            # The pages were built for the old role: sign in again for the new one.
            self.sign_out()
            return
        self.user = user
        self.lock_controller.set_user(user)
        self.reminders.set_user(user)
        self._show_identity()
        self.idle_watcher.start()

    # -- reminders (see app.ui.reminder_notifier) ------------------------------------------

    def _setup_reminders(self) -> None:
        """At start-up and hourly: the lapse job, then a banner of what is due."""
        self.reminders = ReminderNotifier(self._services, self.user, self)
        self.reminder_banner = ReminderBanner()
        self.notice_area.addWidget(self.reminder_banner)
        self.reminder_banner.show_requested.connect(lambda: self.show_page("follow_ups"))
        self.reminders.summary_ready.connect(self.show_reminder)
        self.reminders.lapsed.connect(lambda _result: self.events.customers_changed.emit())
        self.reminder_tray = TrayNotice(self)
        self.reminder_tray.clicked.connect(self._reminder_clicked)
        self.reminders.start()

    def _reminder_clicked(self) -> None:
        self.showNormal()
        self.activateWindow()
        self.show_page("follow_ups")

    def show_reminder(self, summary: ReminderSummary) -> None:
        if self.is_locked():  # nothing about customers on the lock screen
            return
        warning_days = self._services.settings.load().lapse_warning_days
        if self.reminder_banner.show_summary(self.user, summary, warning_days):
            title = self.reminder_banner.title_label.text()
            self.statusBar().showMessage(title, REMINDER_STATUS_MS)
            if not self.isActiveWindow():
                self.reminder_tray.notify(title, self.reminder_banner.lines_label.text())

    # -- privacy notice ------------------------------------------------------------------

    def show_privacy_notice(self) -> None:
        dialog = PrivacyNoticeDialog(self._services, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()

    def _about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("关于售楼接待台"),
            self.tr("售楼接待台 SalesDesk {version}\n\n数据库：{path}").format(
                version=app.__version__, path=self._services.db.display_name
            ),
        )
