"""The audit viewer (issue 5): lazy table model, filters, admin's view, chain check, export."""

from __future__ import annotations

import datetime as dt
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import QDate, QModelIndex, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import DomainError
from app.domain.models import UserInfo
from app.domain.privacy import AuditChainStatus, AuditExport, AuditPage, AuditRow
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.audit_log_dialog import AuditLogDialog
from app.ui.models.audit_table_model import AuditTableModel
from app.ui.pages.settings_page import SettingsPage
from app.ui.progress_dialog import TaskProgressDialog
from tests.test_reception_support import form

from .conftest import PASSWORD

DAY1 = dt.datetime(2026, 3, 2, 9, 0)
DAY2 = dt.datetime(2026, 3, 5, 9, 0)


# -- the model, without a database ---------------------------------------------------------


def _row(i: int) -> AuditRow:
    return AuditRow(id=i, at=DAY1 + dt.timedelta(minutes=i), user_id=1 if i % 2 else None,
                    user_name="王经理" if i % 2 else "", action="sign_in",
                    customer_id=i if i % 3 == 0 else None, entity="user", entity_id=1,
                    detail=f"第 {i} 条")  # fmt: skip


class FakeLog:
    """``AuditQueryService.page`` over a list, newest first; counts the pages read."""

    def __init__(self, n: int) -> None:
        self.rows = [_row(i) for i in range(n, 0, -1)]
        self.reads: list[tuple[int, int]] = []

    def __call__(self, offset: int, limit: int) -> AuditPage:
        self.reads.append((offset, limit))
        return AuditPage(rows=tuple(self.rows[offset : offset + limit]), total=len(self.rows),
                         offset=offset, limit=limit)  # fmt: skip


def test_model_passes_the_model_tester_and_loads_lazily(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    log = FakeLog(450)
    model = AuditTableModel(log)
    assert model.rowCount() == 200 and model.total == 450 and model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert log.reads[:3] == [(0, 200), (200, 200), (400, 200)]
    qtmodeltester.check(model, force_py=True)


def test_model_columns_headers_and_row_role() -> None:
    model = AuditTableModel(FakeLog(3))
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["时间", "用户", "操作", "客户编号", "对象", "详情"]
    top = model.index(0, AuditTableModel.TIME)
    assert model.data(top) == "2026-03-02 09:03:00"
    assert model.data(model.index(0, AuditTableModel.USER)) == "王经理"
    assert model.data(model.index(1, AuditTableModel.USER)) == "系统"
    assert model.data(model.index(0, AuditTableModel.ACTION)) == "登录"
    assert model.data(model.index(0, AuditTableModel.CUSTOMER)) == "3"
    assert model.data(model.index(0, AuditTableModel.OBJECT)) == "用户 #1"
    assert (
        model.data(model.index(0, AuditTableModel.DETAIL), Qt.ItemDataRole.ToolTipRole) == "第 3 条"
    )
    row = model.data(model.index(2, AuditTableModel.DETAIL), AuditTableModel.ROW_ROLE)
    assert isinstance(row, AuditRow) and row.id == 1


def test_rows_written_while_paging_are_not_shown_twice() -> None:
    log = FakeLog(250)
    model = AuditTableModel(log)
    log.rows[:0] = [_row(i) for i in range(260, 250, -1)]  # ten new rows on top
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    ids = [model.row_at(r).id for r in range(model.rowCount())]
    assert ids == list(range(250, 0, -1))


def test_a_failing_first_page_leaves_the_model_empty() -> None:
    def refuse(offset: int, limit: int) -> AuditPage:
        raise DomainError("只有销售经理和管理员可以查看审计日志")

    model = AuditTableModel(FakeLog(5))
    with pytest.raises(DomainError):
        model.set_source(refuse)
    assert model.rowCount() == 0 and not model.canFetchMore(QModelIndex())


# -- the window, on a real database --------------------------------------------------------


@dataclass
class Office:
    services: Services
    clock: FixedClock
    manager: UserInfo
    admin: UserInfo
    reception: UserInfo
    consultant: UserInfo
    customer_id: int


@pytest.fixture
def office(gui_services: Services) -> Office:
    """Sign-ins and account changes on day 1; a customer and a reveal on day 2."""
    clock = FixedClock(DAY1)
    services = Services(gui_services.db, clock)
    services.projects.ensure_default("滨江壹号院")
    admin = services.auth.create_user("admin", PASSWORD, Role.ADMIN, "系统管理员")
    manager = services.auth.create_user("jingli", PASSWORD, Role.MANAGER, "王经理", actor=admin)
    reception = services.auth.create_user("qiantai", PASSWORD, Role.RECEPTION, "李前台",
                                          actor=manager)  # fmt: skip
    consultant = services.auth.create_user("zhang", PASSWORD, Role.CONSULTANT, "张伟",
                                           actor=manager)  # fmt: skip
    services.auth.authenticate("jingli", PASSWORD)
    services.auth.authenticate("zhang", PASSWORD)
    clock.set(DAY2)
    cid = services.reception.register_visit(reception, form("13812345678", consultant.id))
    services.customers.reveal_phone(reception, cid.customer_id, "客户来电核实")
    return Office(services, clock, manager, admin, reception, consultant, cid.customer_id)


def _viewer(qtbot: QtBot, office: Office, user: UserInfo) -> AuditLogDialog:
    dialog = AuditLogDialog(office.services, user)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _actions(dialog: AuditLogDialog) -> list[str]:
    model = dialog.model
    return [model.row_at(r).action for r in range(model.rowCount())]


def test_manager_sees_everything_newest_first_and_filters(qtbot: QtBot, office: Office) -> None:
    dialog = _viewer(qtbot, office, office.manager)
    total = office.services.audit.count(office.manager)
    assert dialog.model.rowCount() == total and dialog.count_label.text() == f"共 {total} 条"
    assert _actions(dialog)[0] == "reveal_phone"
    assert dialog.customer_edit.isVisible()

    # By user
    dialog.user_combo.setCurrentIndex(dialog.user_combo.findData(office.reception.id))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert set(_actions(dialog)) == {"reveal_phone"}
    assert dialog.count_label.text() == "共 1 条"

    # By action (the labels are translated; the data is the code)
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findText("添加用户"))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert _actions(dialog) == ["user_create"] * 4

    # By customer
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.customer_edit, str(office.customer_id))
    qtbot.keyClick(dialog.customer_edit, Qt.Key.Key_Return)
    rows = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    assert rows and all(r.customer_id == office.customer_id for r in rows)
    assert "reveal_phone" in _actions(dialog)

    # By date: day 1 only
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    dialog.from_check.setChecked(True)
    dialog.to_check.setChecked(True)
    dialog.from_edit.setDate(QDate(2026, 3, 2))
    dialog.to_edit.setDate(QDate(2026, 3, 2))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert set(_actions(dialog)) == {"user_create", "sign_in"}

    # A reversed range is explained, the table is left as it was.
    dialog.from_edit.setDate(QDate(2026, 3, 6))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    assert dialog.filter_error_label.text() == "开始日期不能晚于结束日期。"
    assert set(_actions(dialog)) == {"user_create", "sign_in"}

    # By text in the detail
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(dialog.text_edit, "qiantai")
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    assert _actions(dialog) == ["user_create"]


def test_admin_sees_only_rows_about_no_customer(qtbot: QtBot, office: Office) -> None:
    dialog = _viewer(qtbot, office, office.admin)
    assert "管理员只能看到与客户无关的记录" in dialog.scope_label.text()
    assert not dialog.customer_edit.isVisible()
    rows = [dialog.model.row_at(r) for r in range(dialog.model.rowCount())]
    assert rows and all(r.customer_id is None for r in rows)
    assert "reveal_phone" not in _actions(dialog)
    codes = [dialog.action_combo.itemData(i) for i in range(dialog.action_combo.count())]
    assert "reveal_phone" not in codes


def test_the_settings_page_opens_the_viewer_for_managers_only(qtbot: QtBot, office: Office) -> None:
    page = SettingsPage(office.services, office.manager, AppEvents())
    qtbot.addWidget(page)
    page.show()
    assert page.audit_log_button.isVisible()
    qtbot.mouseClick(page.audit_log_button, Qt.MouseButton.LeftButton)
    dialog = page.audit_log_dialog
    assert isinstance(dialog, AuditLogDialog) and dialog.isVisible()
    dialog.close()
    qtbot.waitUntil(lambda: page.audit_log_dialog is None)

    other = SettingsPage(office.services, office.reception, AppEvents())
    qtbot.addWidget(other)
    other.show()
    assert not other.audit_log_button.isVisible() and not other.users_box.isVisible()
    assert other.privacy_notice_button.isVisible()


def test_chain_check_reports_ok_and_then_the_tampered_row(
    qtbot: QtBot, office: Office, sqlite_url: str
) -> None:
    dialog = _viewer(qtbot, office, office.manager)
    with qtbot.waitSignal(dialog.verified, timeout=10_000) as ok:
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    status = ok.args[0]
    assert isinstance(status, AuditChainStatus) and status.first_bad_id is None
    assert dialog.chain_label.objectName() == "chainOk"
    assert "完整性校验通过" in dialog.chain_label.text()
    assert dialog.verify_button.isEnabled()

    # Someone with the file edits row 3 behind the program's back.
    con = sqlite3.connect(sqlite_url.removeprefix("sqlite:///"))
    con.execute("DROP TRIGGER audit_log_no_update")
    con.execute("UPDATE audit_log SET detail = '改过了' WHERE id = 3")
    con.commit()
    con.close()
    with qtbot.waitSignal(dialog.verified, timeout=10_000):
        qtbot.mouseClick(dialog.verify_button, Qt.MouseButton.LeftButton)
    assert dialog.chain_label.objectName() == "chainBroken"
    assert "第 3 条记录" in dialog.chain_label.text()


def test_export_runs_in_the_background_and_reads_back(
    qtbot: QtBot, office: Office, tmp_path: Path
) -> None:
    dialog = _viewer(qtbot, office, office.manager)
    dialog.action_combo.setCurrentIndex(dialog.action_combo.findData("user_create"))
    qtbot.mouseClick(dialog.search_button, Qt.MouseButton.LeftButton)
    path = tmp_path / "审计日志.xlsx"
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as done:
        dialog.export_to(path)
        assert isinstance(QApplication.activeModalWidget(), TaskProgressDialog)
        assert not dialog.export_button.isEnabled()
    result = done.args[0]
    assert isinstance(result, AuditExport) and result.rows == 4
    assert f"已导出 4 条记录到 {path}" == dialog.status_label.text()
    assert dialog.export_button.isEnabled()

    sheet = load_workbook(path, read_only=True).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("id", "时间", "用户", "操作")
    assert [r[3] for r in rows[1:]] == ["user_create"] * 4
    assert "13812345678" not in repr(rows)
    # The export is itself audited.
    qtbot.mouseClick(dialog.clear_button, Qt.MouseButton.LeftButton)
    assert _actions(dialog)[0] == "audit_export"
