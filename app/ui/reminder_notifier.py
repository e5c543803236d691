"""Reminders (跟进提醒): at start-up and then every hour while the app runs, move lapsed
customers to the public pool and tell the signed-in user what is due — without a modal
dialog and without any network.

``ReminderNotifier`` runs ``PoolService.run_lapse_job`` and ``ReminderService.due_summary``
off the GUI thread on a ``QTimer`` (interval and first delay injectable, so tests do not
wait an hour) and emits the summary. The main window shows it in a small dismissible
banner above the page and briefly in the status bar, and as a tray message when the
system has a tray and the window is not in front.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStyle,
    QSystemTrayIcon,
    QVBoxLayout,
    QWidget,
)

from app.domain.enums import Role
from app.domain.follow_up import MyDayCounts, ReminderSummary
from app.domain.models import UserInfo
from app.domain.pool import LapseJobResult
from app.ui.background import BackgroundTask, Progress

if TYPE_CHECKING:
    from app.services.container import Services

log = logging.getLogger(__name__)

HOUR_MS = 60 * 60 * 1000
#: The first check waits until the window has painted and the user can see it.
FIRST_CHECK_MS = 3_000

BANNER_STYLE = (
    "QFrame#reminderBanner { background: #fff8e6; border: 1px solid #f0c36d;"
    " border-radius: 6px; }"
    "QLabel#reminderTitle { font-weight: bold; color: #7a4100; }"
    "QLabel#reminderLines { color: #3e2c00; }"
)


class ReminderNotifier(QObject):
    """Runs the lapse job and the due summary now and then, off the GUI thread."""

    #: The ``ReminderSummary`` of a check (also when nothing is due).
    summary_ready = Signal(object)
    #: The lapse job moved customers to the pool: the ``LapseJobResult``.
    lapsed = Signal(object)
    #: A check failed (the exception); it is logged and tried again at the next tick.
    failed = Signal(object)

    def __init__(
        self,
        services: Services,
        user: UserInfo,
        parent: QObject | None = None,
        *,
        interval_ms: int = HOUR_MS,
        first_delay_ms: int = FIRST_CHECK_MS,
    ) -> None:
        super().__init__(parent)
        self._services = services
        self.user = user
        self.first_delay_ms = first_delay_ms
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check_now)
        self._first = QTimer(self)
        self._first.setSingleShot(True)
        self._first.timeout.connect(self._first_check)
        self._task: BackgroundTask | None = None
        self.last_summary: ReminderSummary | None = None
        self.checks = 0

    def start(self) -> None:
        """Check after ``first_delay_ms``, then every ``interval_ms``."""
        self._first.start(max(0, self.first_delay_ms))

    def stop(self) -> None:
        self._first.stop()
        self.timer.stop()

    def is_active(self) -> bool:
        return self._first.isActive() or self.timer.isActive()

    def set_user(self, user: UserInfo) -> None:
        self.user = user

    def _first_check(self) -> None:
        self.timer.start()
        self.check_now()

    def check_now(self) -> bool:
        """Start a check unless one is still running."""
        if self._task is not None:
            return False
        pool, reminders, user = self._services.pool, self._services.reminders, self.user

        def work(_progress: Progress) -> tuple[LapseJobResult, ReminderSummary]:
            lapse = pool.run_lapse_job()
            return lapse, reminders.due_summary(user)

        task = BackgroundTask(work)
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self._task = task
        task.start()
        return True

    def _done(self, outcome: tuple[LapseJobResult, ReminderSummary]) -> None:
        self._task = None
        self.checks += 1
        lapse, summary = outcome
        self.last_summary = summary
        if lapse.moved:
            self.lapsed.emit(lapse)
        self.summary_ready.emit(summary)

    def _failed(self, exc: BaseException) -> None:
        self._task = None
        log.warning("reminder check failed", exc_info=exc)
        self.failed.emit(exc)


class ReminderBanner(QFrame):
    """A small notice above the page: what is due, "查看" and a close button."""

    #: The user wants to see the list (the 跟进 page).
    show_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reminderBanner")
        self.setStyleSheet(BANNER_STYLE)
        self.title_label = QLabel()
        self.title_label.setObjectName("reminderTitle")
        self.lines_label = QLabel()
        self.lines_label.setObjectName("reminderLines")
        self.lines_label.setWordWrap(True)
        self.show_button = QPushButton(self.tr("查看"))
        self.show_button.setObjectName("primaryButton")
        self.dismiss_button = QPushButton(self.tr("关闭提醒"))
        self.dismiss_button.setToolTip(self.tr("一小时后会再次提醒"))
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(self.title_label)
        text.addWidget(self.lines_label)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 8, 10, 8)
        layout.setSpacing(10)
        layout.addLayout(text, 1)
        layout.addWidget(self.show_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.dismiss_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.show_button.clicked.connect(self._show_clicked)
        self.dismiss_button.clicked.connect(self.hide)
        self.hide()

    def summary_lines(self, counts: MyDayCounts, warning_days: int) -> list[str]:
        """The banner's lines, in the UI language (the service's lines are Chinese only)."""
        lines = []
        if counts.overdue:
            lines.append(
                self.tr("逾期未跟进 {n} 位客户（最久 {days} 天）").format(
                    n=counts.overdue, days=counts.max_days_overdue
                )
            )
        if counts.due_today:
            lines.append(self.tr("今日待跟进 {n} 位客户").format(n=counts.due_today))
        if counts.callbacks:
            lines.append(self.tr("售后回访 {n} 项").format(n=counts.callbacks))
        if counts.tasks:
            lines.append(self.tr("介绍新顾问等任务 {n} 项").format(n=counts.tasks))
        if counts.lapsing:
            lines.append(
                self.tr("{n} 位客户将在 {days} 天内掉入公共池").format(
                    n=counts.lapsing, days=warning_days
                )
            )
        if counts.birthdays:
            lines.append(self.tr("今天生日的客户 {n} 位").format(n=counts.birthdays))
        return lines

    def title_for(self, user: UserInfo, counts: MyDayCounts) -> str:
        if user.role is Role.MANAGER:
            return self.tr("团队今日待办 {n} 项").format(n=counts.total)
        return self.tr("今日待办 {n} 项").format(n=counts.total)

    def show_summary(self, user: UserInfo, summary: ReminderSummary, warning_days: int) -> str:
        """Show what is due (hidden when nothing is); returns the one-line text."""
        lines = self.summary_lines(summary.counts, warning_days)
        if not lines:
            self.hide()
            return ""
        title = self.title_for(user, summary.counts)
        self.title_label.setText(title)
        self.lines_label.setText(self.tr("；").join(lines))
        self.show()
        return self.tr("{title}：{lines}").format(title=title, lines=self.tr("；").join(lines))

    def _show_clicked(self) -> None:
        self.hide()
        self.show_requested.emit()


class TrayNotice(QObject):
    """The same reminder as a tray message, for when the window is not in front.

    Only where the system has a tray that shows messages (never in the offscreen tests);
    the icon appears with the first message and goes with the window.
    """

    #: The user clicked the message.
    clicked = Signal()

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window
        self.icon: QSystemTrayIcon | None = None

    @staticmethod
    def available() -> bool:
        return QSystemTrayIcon.isSystemTrayAvailable() and QSystemTrayIcon.supportsMessages()

    def notify(self, title: str, text: str) -> bool:
        if not self.available():
            return False
        if self.icon is None:
            icon = self._window.windowIcon()
            if icon.isNull():
                icon = self._window.style().standardIcon(
                    QStyle.StandardPixmap.SP_MessageBoxInformation
                )
            self.icon = QSystemTrayIcon(icon, self)
            self.icon.setToolTip(self._window.windowTitle())
            self.icon.messageClicked.connect(self.clicked)
            self.icon.show()
        self.icon.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 10_000)
        return True

    def hide(self) -> None:
        if self.icon is not None:
            self.icon.hide()
