"""跟进 — "My day": a consultant's sections with counts, overdue rows in red with the days
overdue; the manager's team table (per consultant and the team total), the chart and the
choice of a consultant; Enter on a row opens the follow-up dialog; the table models."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.enums import FollowUpKind, Grade, Stage
from app.domain.follow_up import ConsultantDay, DueCustomer, MyDayCounts, TaskRow
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.colors import OVERDUE_COLOR
from app.ui.models.my_day_table_model import (
    ConsultantDayTableModel,
    DueCustomerTableModel,
    TaskTableModel,
)
from app.ui.pages.follow_up_page import FollowUpPage

from .follow_up_office import FollowUpOffice, fu_clock, fu_office, fu_services  # noqa: F401


@pytest.fixture
def open_page(qtbot: QtBot, fu_services: Services):  # type: ignore[no-untyped-def]  # noqa: F811
    def make(user: UserInfo, events: AppEvents | None = None) -> FollowUpPage:
        page = FollowUpPage(fu_services, user, events or AppEvents())
        qtbot.addWidget(page)
        page.resize(1280, 820)
        with qtbot.waitSignal(page.loaded, timeout=10_000):  # read off the GUI thread
            page.show()
        qtbot.waitExposed(page)
        return page

    return make


def settle(qtbot: QtBot, page: FollowUpPage) -> None:
    """Wait until the day asked for last has been read and shown."""
    qtbot.waitUntil(lambda: not page.loading, timeout=10_000)


def _tab_texts(page: FollowUpPage) -> list[str]:
    sections = page.my_day.sections
    return [sections.tabText(i) for i in range(sections.count())]


def _column(page: FollowUpPage, section: str, column: int) -> list[str]:
    model = page.due_models[section][0]
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_consultant_day_counts_and_overdue_rows_in_red(
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.consultant)
    assert _tab_texts(page) == [
        "逾期（5）",
        "今日待跟进（1）",
        "售后回访（0）",
        "任务（1）",
        "即将掉池（1）",
        "今日生日（1）",
    ]
    # The most urgent section is shown first, its tab in red.
    assert page.my_day.sections.currentWidget() is page.my_day.overdue
    assert page.my_day.sections.tabBar().tabTextColor(0) == QColor(OVERDUE_COLOR)
    model = page.due_models["overdue"][0]
    names = _column(page, "overdue", DueCustomerTableModel.NAME)
    assert names == ["周杰", "张伟", "李娜", "王芳", "杨帆"]
    assert _column(page, "overdue", DueCustomerTableModel.DETAIL) == [
        "逾期 16 天",
        "逾期 8 天",
        "逾期 5 天",
        "逾期 5 天",
        "逾期 5 天",
    ]
    for row in range(model.rowCount()):
        brush = model.index(row, DueCustomerTableModel.NAME).data(Qt.ItemDataRole.ForegroundRole)
        assert brush.color() == QColor(OVERDUE_COLOR)
    # The consultant sees the full phone of their own customers, not the consultant column.
    assert not _column(page, "overdue", DueCustomerTableModel.PHONE)[0].count("*")
    assert page.my_day.overdue.table.isColumnHidden(DueCustomerTableModel.CONSULTANT)
    assert "5 位客户逾期未跟进" in page.my_day.summary_label.text()
    assert "最久 16 天" in page.my_day.summary_label.text()
    # The other sections.
    assert _column(page, "due_today", DueCustomerTableModel.NAME) == ["黄磊"]
    assert _column(page, "lapsing", DueCustomerTableModel.NAME) == ["周杰"]
    assert _column(page, "lapsing", DueCustomerTableModel.DETAIL) == ["1 天内"]
    assert _column(page, "birthdays", DueCustomerTableModel.NAME) == ["赵敏"]
    tasks = page.tasks_model
    assert tasks.rowCount() == 1
    assert tasks.index(0, TaskTableModel.KIND).data() == "介绍新顾问"
    assert tasks.index(0, TaskTableModel.CUSTOMER).data() == "杨帆"
    assert tasks.index(0, TaskTableModel.DETAIL).data() == "逾期 2 天"
    assert page.my_day.callbacks.pages.currentIndex() == 1  # "没有到期的售后回访。"
    # Nothing of the manager's.
    assert page.my_day.team_box.isHidden()
    assert page.transfer_button.isHidden()
    assert page.consultant_combo.isHidden()
    assert page.tabs.count() == 2  # 我的一天, 公共客户池


def test_manager_sees_the_team_with_totals_and_picks_a_consultant(
    qtbot: QtBot,
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.manager)
    assert not page.my_day.team_box.isHidden()
    team = page.team_model
    assert team.rowCount() == 4  # 陈晓雯, 王浩然, 郑晓燕 (service) and the total
    lines = [team.index(r, ConsultantDayTableModel.CONSULTANT).data() for r in range(4)]
    assert lines == ["陈晓雯", "王浩然", "郑晓燕", "团队合计"]  # most overdue first
    overdue = [team.index(r, ConsultantDayTableModel.OVERDUE).data() for r in range(4)]
    assert overdue == ["5", "1", "0", "6"]
    totals = [team.index(3, c).data() for c in range(1, ConsultantDayTableModel.COLUMN_COUNT)]
    assert totals == ["6", "16 天", "1", "0", "2", "1", "1", "11"]
    assert team.index(3, 0).data(ConsultantDayTableModel.TOTAL_ROLE) is True
    assert team.index(3, 0).data(ConsultantDayTableModel.ROW_ROLE) is None
    # The chart draws one bar per consultant.
    chart = page.my_day.team_chart
    assert [line.consultant_name for line in chart.lines()] == ["陈晓雯", "王浩然", "郑晓燕"]
    assert chart.bar_rect(fu_office.consultant2.id) is not None
    # The whole team's lists, with the consultant of each row.
    assert page.my_day.sections.tabText(0) == "逾期（6）"
    assert not page.my_day.overdue.table.isColumnHidden(DueCustomerTableModel.CONSULTANT)
    assert "全队今天共 11 项待办" in page.my_day.summary_label.text()

    # One consultant: from the table...
    page.my_day.team_table.selectRow(1)
    settle(qtbot, page)
    assert page.chosen_consultant() == fu_office.consultant2.id
    assert _column(page, "overdue", DueCustomerTableModel.NAME) == ["刘洋"]
    assert page.my_day.overdue.table.isColumnHidden(DueCustomerTableModel.CONSULTANT)
    assert page.my_day.summary_label.text().startswith("王浩然今天共 2 项待办")
    # ... or from the chart, and back to the team from the total line.
    chart.consultant_clicked.emit(fu_office.consultant.id)
    settle(qtbot, page)
    assert page.chosen_consultant() == fu_office.consultant.id
    assert page.my_day.sections.tabText(0) == "逾期（5）"
    page.my_day.team_table.selectRow(3)
    settle(qtbot, page)
    assert page.chosen_consultant() is None
    assert page.my_day.sections.tabText(0) == "逾期（6）"


def test_clicking_a_bar_shows_that_consultant(
    qtbot: QtBot,
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.manager)
    chart = page.my_day.team_chart
    rect = chart.bar_rect(fu_office.consultant2.id)
    assert rect is not None
    qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=rect.center())
    settle(qtbot, page)
    assert page.consultant_combo.currentText() == "王浩然"
    assert page.team_model.index(1, 0).data() == "王浩然"
    selected = page.my_day.team_table.selectionModel().selectedRows()
    assert [index.row() for index in selected] == [1]


def test_enter_on_a_row_opens_the_follow_up_dialog(
    qtbot: QtBot,
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.consultant)
    table = page.my_day.overdue.table
    assert not page.my_day.follow_up_button.isEnabled()
    assert page.select_customer(fu_office.customers["张伟"])
    assert page.my_day.follow_up_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    dialog = page.follow_up_dialog
    assert dialog is not None
    assert dialog.customer.name == "张伟"
    assert dialog.task is None
    dialog.reject()


def test_saving_a_follow_up_refreshes_the_day(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    events = AppEvents()
    page = open_page(fu_office.consultant, events)
    page.select_customer(fu_office.customers["张伟"])
    dialog = page.open_follow_up()
    assert dialog is not None
    dialog.content_edit.setPlainText("客户约周六带家人来看样板间")
    dialog.reached_yes.setChecked(True)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(events.customers_changed):
        qtbot.keyClick(dialog.content_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result is not None
    settle(qtbot, page)
    assert page.my_day.sections.tabText(0) == "逾期（4）"
    assert "张伟" not in _column(page, "overdue", DueCustomerTableModel.NAME)
    message = page.status_label.text()
    assert "已记录对张伟的跟进" in message
    assert "下次跟进 2026-03-04" in message
    assert "保护期已续至 2026-04-01" in message


def test_a_task_row_completes_the_task(
    qtbot: QtBot,
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.consultant)
    page.my_day.sections.setCurrentWidget(page.my_day.tasks)
    page.my_day.tasks.table.selectRow(0)
    dialog = page.open_follow_up()
    assert dialog is not None
    assert dialog.task is not None
    assert dialog.task.kind is FollowUpKind.INTRODUCE_CONSULTANT
    assert "介绍新顾问" in dialog.task_label.text()
    dialog.content_edit.setPlainText("电话介绍了新的置业顾问陈晓雯")
    dialog.reached_yes.setChecked(True)
    assert dialog.save()
    settle(qtbot, page)
    assert page.my_day.sections.tabText(3) == "任务（0）"


def test_birthday_row_records_a_birthday_greeting(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.consultant)
    page.my_day.sections.setCurrentWidget(page.my_day.birthdays)
    page.my_day.birthdays.table.selectRow(0)
    dialog = page.open_follow_up()
    assert dialog is not None
    assert dialog.kind is FollowUpKind.BIRTHDAY
    assert dialog.channel() == "wechat"
    dialog.content_edit.setPlainText("微信发送生日祝福")
    dialog.reached_yes.setChecked(True)
    assert dialog.save()


def test_other_roles_have_no_day(
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    page = open_page(fu_office.reception)
    assert page.my_day.summary_label.text() == "您的角色没有跟进计划"
    assert not page.my_day.isEnabled()
    assert page.tabs.count() == 1  # no pool for reception


def test_changes_elsewhere_refresh_the_page(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    events = AppEvents()
    page = open_page(fu_office.consultant, events)
    fu_services.follow_ups.complete(
        fu_office.consultant, fu_office.customers["李娜"], "phone", "回访", None, True
    )
    assert page.my_day.sections.tabText(0) == "逾期（5）"
    events.customers_changed.emit()
    assert page.loading  # read again, off the GUI thread
    settle(qtbot, page)
    assert page.my_day.sections.tabText(0) == "逾期（4）"


# --- the table models, without widgets -----------------------------------------------------


def _due(i: int, **kw: object) -> DueCustomer:
    values: dict[str, object] = {
        "customer_id": i,
        "name": f"客户{i}",
        "phone": "138****0000",
        "grade": Grade.B,
        "stage": Stage.VISITED,
        "consultant_id": 1,
        "consultant_name": "陈晓雯",
        "next_follow_up_date": dt.date(2026, 2, 25),
        "days_overdue": 5,
        "protected_until": dt.datetime(2026, 3, 3, 10, 0),
        "days_to_lapse": 2,
        "birthday": dt.date(1990, 3, 2),
    }
    values.update(kw)
    return DueCustomer(**values)  # type: ignore[arg-type]


def test_due_customer_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    for section in DueCustomerTableModel.SECTIONS:
        model = DueCustomerTableModel(section)
        model.set_rows([_due(1), _due(2, grade=None, days_overdue=0)])
        qtmodeltester.check(model, force_py=True)
        assert model.index(0, 0).data(model.ROW_ROLE) == _due(1)
    model = DueCustomerTableModel("overdue")
    model.set_rows([_due(1)])
    assert model.headerData(model.DETAIL, Qt.Orientation.Horizontal) == "逾期"
    assert model.index(0, model.DETAIL).data() == "逾期 5 天"
    assert model.index(0, model.DETAIL).data(model.SORT_ROLE) == 5
    assert model.index(0, model.GRADE).data() == "B"
    assert model.index(0, model.GRADE).data(Qt.ItemDataRole.BackgroundRole) is not None
    lapsing = DueCustomerTableModel("lapsing")
    lapsing.set_rows([_due(1)])
    assert lapsing.index(0, lapsing.DETAIL).data() == "2 天后"
    assert "2026-03-03 10:00" in lapsing.index(0, lapsing.DETAIL).data(Qt.ItemDataRole.ToolTipRole)
    birthdays = DueCustomerTableModel("birthdays")
    birthdays.set_rows([_due(1)])
    assert birthdays.index(0, birthdays.DETAIL).data() == "03-02"
    assert birthdays.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    with pytest.raises(ValueError):
        DueCustomerTableModel("nonsense")


def test_task_and_team_models(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    tasks = TaskTableModel()
    tasks.set_rows(
        [
            TaskRow(1, FollowUpKind.CALLBACK_SUBSCRIPTION, 5, "张伟", "139", 2, "陈晓雯",
                    dt.date(2026, 3, 1), 1, 9),
            TaskRow(2, FollowUpKind.INTRODUCE_CONSULTANT, 6, "李娜", "139", 2, "陈晓雯",
                    dt.date(2026, 3, 2), 0, None),
        ]
    )  # fmt: skip
    qtmodeltester.check(tasks, force_py=True)
    assert tasks.index(0, TaskTableModel.KIND).data() == "认购回访"
    assert tasks.index(0, TaskTableModel.DETAIL).data() == "逾期 1 天"
    assert tasks.index(1, TaskTableModel.DETAIL).data() == "今天到期"
    assert tasks.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None

    team = ConsultantDayTableModel()
    assert team.rowCount() == 0
    team.set_rows(
        [
            ConsultantDay(
                1, "陈晓雯", True, MyDayCounts(due_today=1, overdue=3, max_days_overdue=9)
            ),
            ConsultantDay(2, "李静", False, MyDayCounts(tasks=2)),
        ]
    )
    qtmodeltester.check(team, force_py=True)
    assert team.rowCount() == 3
    assert team.index(1, 0).data() == "李静（已停用）"
    assert team.index(2, 0).data() == "团队合计"
    assert team.index(2, ConsultantDayTableModel.TOTAL).data() == "6"
    assert team.index(2, ConsultantDayTableModel.MAX_DAYS).data() == "9 天"
    assert team.total().overdue == 3
    assert team.row_of(2) == 1
    assert team.data(QModelIndex()) is None
