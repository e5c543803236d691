"""Reminders: at start-up and then on a timer, the lapse job runs and what is due is shown
in a dismissible banner and the status bar — never a modal dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.main_window import MainWindow
from app.ui.reminder_notifier import HOUR_MS, ReminderNotifier

from .follow_up_office import FollowUpOffice, fu_clock, fu_office, fu_services  # noqa: F401

WAIT_MS = 10_000


def test_notifier_checks_at_start_and_then_on_the_timer(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
) -> None:
    notifier = ReminderNotifier(fu_services, fu_office.consultant, interval_ms=50, first_delay_ms=0)
    summaries = []
    notifier.summary_ready.connect(summaries.append)
    notifier.start()
    qtbot.waitUntil(lambda: len(summaries) >= 3, timeout=WAIT_MS)
    notifier.stop()
    assert not notifier.is_active()
    counts = summaries[0].counts
    assert (counts.overdue, counts.due_today, counts.tasks, counts.lapsing, counts.birthdays) == (
        5, 1, 1, 1, 1,
    )  # fmt: skip
    assert notifier.last_summary is not None
    assert notifier.checks >= 3


def test_the_lapse_job_runs_with_each_check(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    fu_clock: FixedClock,  # noqa: F811
) -> None:
    # 周杰's protection ran out at 14:00; the next morning the check moves him to the pool.
    fu_clock.set(dt.datetime(2026, 3, 3, 9, 0))
    notifier = ReminderNotifier(fu_services, fu_office.consultant, first_delay_ms=0)
    assert notifier.timer.interval() == HOUR_MS
    with qtbot.waitSignal(notifier.lapsed, timeout=WAIT_MS) as blocker:
        notifier.start()
    assert blocker.args[0].customer_ids == (fu_office.customers["周杰"],)
    qtbot.waitUntil(lambda: notifier.last_summary is not None, timeout=WAIT_MS)
    assert notifier.last_summary.counts.lapsing == 0  # type: ignore[union-attr]
    notifier.stop()
    assert fu_services.customers.get_file(
        fu_office.manager, fu_office.customers["周杰"]
    ).in_public_pool


def test_main_window_shows_a_banner_and_a_status_message(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
) -> None:
    window = MainWindow(fu_services, fu_office.consultant, AppEvents())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.reminders.is_active()  # the start-up check is scheduled
    banner = window.reminder_banner
    assert not banner.isVisible()
    with qtbot.waitSignal(window.reminders.summary_ready, timeout=WAIT_MS):
        window.reminders.check_now()
    assert banner.isVisible()
    assert banner.title_label.text() == "今日待办 9 项"
    assert "逾期未跟进 5 位客户（最久 16 天）" in banner.lines_label.text()
    assert "1 位客户将在 3 天内掉入公共池" in banner.lines_label.text()
    assert window.statusBar().currentMessage() == "今日待办 9 项"
    assert QApplication.activeModalWidget() is None  # nothing blocks the desk
    # No system tray offscreen: the banner and the status bar are the notice.
    assert not window.reminder_tray.notify("今日待办 9 项", "…")
    assert window.reminder_tray.icon is None
    banner.show_button.click()
    assert window.current_page_key() == "follow_ups"
    assert not banner.isVisible()
    # Dismissed until the next check.
    with qtbot.waitSignal(window.reminders.summary_ready, timeout=WAIT_MS):
        window.reminders.check_now()
    assert banner.isVisible()
    banner.dismiss_button.click()
    assert not banner.isVisible()
    window.close()
    assert not window.reminders.is_active()


def test_nothing_due_shows_nothing_and_the_lock_screen_shows_nothing(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
) -> None:
    window = MainWindow(fu_services, fu_office.reception, AppEvents())
    qtbot.addWidget(window)
    window.show()
    with qtbot.waitSignal(window.reminders.summary_ready, timeout=WAIT_MS) as blocker:
        window.reminders.check_now()
    assert not blocker.args[0].has_anything
    assert not window.reminder_banner.isVisible()
    window.close()

    manager_window = MainWindow(fu_services, fu_office.manager, AppEvents())
    qtbot.addWidget(manager_window)
    manager_window.show()
    manager_window.lock("test")
    with qtbot.waitSignal(manager_window.reminders.summary_ready, timeout=WAIT_MS):
        manager_window.reminders.check_now()
    assert not manager_window.reminder_banner.isVisible()
    manager_window.close()
