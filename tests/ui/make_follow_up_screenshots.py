"""Render the 跟进 screens to PNG files for a visual check (not a test).

    QT_QPA_PLATFORM=offscreen python tests/ui/make_follow_up_screenshots.py /tmp/shots

"My day" of a consultant with overdue items, the manager's team view, the follow-up
dialog (also with a refused grade override), the grade dialog, the public pool, the
transfer dialog and the reminder banner; in Chinese and English. Uses a throwaway SQLite
database and the office of ``follow_up_office.py``; needs a CJK font installed.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="salesdesk-fu-shots-"))
    os.environ["SALESDESK_DATA_DIR"] = str(tmp)

    from PySide6.QtWidgets import QApplication, QWidget

    from app.bootstrap import open_services
    from app.domain.clock import FixedClock
    from app.ui.app_events import AppEvents
    from app.ui.application import SalesDeskApplication, create_qt_app
    from app.ui.background import BackgroundTask
    from app.ui.main_window import MainWindow
    from tests.ui.follow_up_office import make_office

    qt_app = create_qt_app(["salesdesk"])
    assert isinstance(qt_app, SalesDeskApplication)
    clock = FixedClock(dt.datetime(2026, 1, 1))
    services = open_services(f"sqlite:///{tmp / 'shots.sqlite3'}", clock).services
    office = make_office(services, clock)

    def settle() -> None:
        for _ in range(10):
            QApplication.processEvents()

    def shot(widget: QWidget, name: str) -> None:
        widget.show()
        settle()
        widget.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png", widget.size().width(), "x", widget.size().height())

    for language in ("zh_CN", "en"):
        qt_app.translations.apply(language)
        # A consultant's day, with the reminder banner of the start-up check.
        window = MainWindow(services, office.consultant, AppEvents())
        window.reminders.stop()
        window.show_page("follow_ups")
        window.show()
        window.reminders.check_now()
        BackgroundTask.wait_for_all()
        settle()
        page = window.pages["follow_ups"]
        shot(window, f"{language}-my-day-consultant")
        page.my_day.sections.setCurrentWidget(page.my_day.tasks)  # type: ignore[attr-defined]
        shot(window, f"{language}-my-day-tasks")

        page.my_day.sections.setCurrentWidget(page.my_day.overdue)  # type: ignore[attr-defined]
        page.select_customer(office.customers["张伟"])  # type: ignore[attr-defined]
        dialog = page.open_follow_up()  # type: ignore[attr-defined]
        assert dialog is not None
        shot(dialog, f"{language}-follow-up-dialog")
        dialog.content_edit.setPlainText("客户想看 128 平的户型，周六带家人来")
        dialog.reached_yes.setChecked(True)
        dialog.set_grade_choice("D")
        dialog.save()
        shot(dialog, f"{language}-follow-up-dialog-refused")
        dialog.reject()
        settle()

        page.select_customer(office.customers["李娜"])  # type: ignore[attr-defined]
        grade_dialog = page.open_grade_dialog()  # type: ignore[attr-defined]
        assert grade_dialog is not None
        shot(grade_dialog, f"{language}-grade-dialog")
        grade_dialog.reject()

        page.tabs.setCurrentWidget(page.pool_panel)  # type: ignore[attr-defined]
        settle()
        shot(window, f"{language}-pool-consultant")
        window.reminders.stop()
        window.close()
        window.deleteLater()
        settle()

        # The manager's team view.
        manager_window = MainWindow(services, office.manager, AppEvents())
        manager_window.reminders.stop()
        manager_window.show_page("follow_ups")
        shot(manager_window, f"{language}-my-day-manager")
        manager_page = manager_window.pages["follow_ups"]
        manager_page.show_consultant(office.consultant2.id)  # type: ignore[attr-defined]
        shot(manager_window, f"{language}-my-day-manager-one")
        manager_page.show_consultant(None)  # type: ignore[attr-defined]
        manager_page.tabs.setCurrentWidget(manager_page.pool_panel)  # type: ignore[attr-defined]
        shot(manager_window, f"{language}-pool-manager")
        transfer = manager_page.open_transfer()  # type: ignore[attr-defined]
        assert transfer is not None
        transfer.from_combo.setCurrentIndex(transfer.from_combo.findData(office.consultant.id))
        transfer.set_successors([office.consultant2.id])
        transfer.reason_edit.setText("调岗到二期项目")
        shot(transfer, f"{language}-transfer-dialog")
        transfer.reject()
        manager_window.resize(960, 640)
        manager_page.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        shot(manager_window, f"{language}-my-day-manager-small")
        manager_window.close()
        manager_window.deleteLater()
        settle()
    BackgroundTask.wait_for_all()
    services.db.dispose()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
