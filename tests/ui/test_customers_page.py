"""The 客户 page through its widgets, on a real migrated SQLite file with a demo office:
search (name, last four digits, pinyin), filters, header sorting in SQL, jumping to the
last row without reading every row, masking, an audited reveal, the export, the column
chooser, the empty state and opening the customer file."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QPoint, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from app.domain import pinyin
from app.domain.customer import CustomerFilter, CustomerSort, ExportResult, SortKey
from app.domain.models import UserInfo
from app.domain.privacy import AuditAction, AuditFilter
from app.ui.app_events import AppEvents
from app.ui.models.customer_table_model import CustomerTableModel as M
from app.ui.pages.customers_page import CustomersPage, format_count
from app.ui.reveal_dialog import RevealDialog
from tests.ui.customers_office import (  # noqa: F401  (fixtures)
    CustomersOffice,
    SpyQuery,
    office_fixture,
    office_template_fixture,
)


def _open(
    qtbot: QtBot,
    office: CustomersOffice,
    user: UserInfo,
    settings: QSettings | None = None,
) -> CustomersPage:
    page = CustomersPage(office.services, user, AppEvents(), settings=settings)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitExposed(page)
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    return page


def _names(page: CustomersPage) -> list[str]:
    model = page.model
    return [model.row_at(i).name for i in range(model.rowCount())]  # type: ignore[union-attr]


def _rows(page: CustomersPage) -> list:  # type: ignore[type-arg]
    return [page.model.row_at(i) for i in range(page.model.rowCount())]


def _search(qtbot: QtBot, page: CustomersPage, text: str, *, type_it: bool = False) -> None:
    """Type into the search box and wait for the debounced query and the positions."""
    with qtbot.waitSignal(page.model.reloaded, timeout=5_000):
        if type_it:
            page.search_edit.clear()
            qtbot.keyClicks(page.search_edit, text)
        else:
            page.search_edit.setText(text)
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)


def _count(office: CustomersOffice, user: UserInfo, flt: CustomerFilter) -> int:
    return office.services.customer_query.count(user, flt)


def test_count_is_grouped_like_zh_cn() -> None:
    assert format_count(1_000_000) == "1,000,000"


def test_opens_with_the_rows_and_the_count(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.manager)
    total = _count(office, office.manager, CustomerFilter())
    assert page.model.rowCount() == total
    assert page.count_label.text() == f"共 {total} 位客户"
    assert not page.is_empty_shown()
    # Newest first; grade chips are painted by the delegate of the grade column.
    assert page.table.itemDelegateForColumn(M.GRADE) is page.grade_delegate


def test_search_by_name_last_four_digits_and_pinyin(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.manager)
    q = office.services.customer_query

    _search(qtbot, page, "张三")
    assert "张三" in _names(page)
    assert all(n.startswith("张三") or "张三" in n for n in _names(page))
    n = _count(office, office.manager, CustomerFilter(search="张三"))
    assert page.count_label.text() == f"共 {n} 位客户" and page.model.rowCount() == n

    _search(qtbot, page, "7391", type_it=True)
    assert office.ids["张三"] in [r.id for r in _rows(page)]
    assert page.model.rowCount() == q.count(office.manager, CustomerFilter(search="7391"))

    _search(qtbot, page, "zs", type_it=True)
    names = _names(page)
    assert {"张三", "张山"} <= set(names) and "李四" not in names
    assert all(pinyin.initials(n).startswith("zs") or pinyin.full(n).startswith("zs")
               for n in names)  # fmt: skip
    assert page.count_label.text() == f"共 {len(names)} 位客户"

    _search(qtbot, page, "zhangs", type_it=True)
    assert {"张三", "张山"} <= set(_names(page))
    assert all(pinyin.full(n).startswith("zhangs") for n in _names(page))


def test_filters(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.manager)

    def tick(button, value: object) -> None:  # type: ignore[no-untyped-def]
        action = next(a for a in button.options() if a.data() == value)
        with qtbot.waitSignal(page.model.reloaded):
            action.trigger()
        qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)

    tick(page.grade_filter, "A")
    assert _rows(page) and {r.grade for r in _rows(page)} == {"A"}
    assert page.grade_filter.text() == "等级：A"
    assert page.grade_filter.toolTip() == "A 高意向"
    tick(page.owner_filter, office.consultant.id)
    flt = CustomerFilter(grades=("A",), owner_ids=(office.consultant.id,))
    assert page.current_filter() == flt
    assert {r.owner_id for r in _rows(page)} == {office.consultant.id}
    assert page.model.rowCount() == _count(office, office.manager, flt)

    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    tick(page.stage_filter, "lost")
    assert {r.stage for r in _rows(page)} == {"lost"}
    tick(page.channel_filter, "agency")
    assert {(r.stage, r.channel) for r in _rows(page)} <= {("lost", "agency")}

    page.clear_filters()
    with qtbot.waitSignal(page.model.reloaded):
        page.overdue_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    assert _rows(page) and all(r.overdue for r in _rows(page))
    assert page.model.rowCount() == _count(office, office.manager, CustomerFilter(overdue=True))

    page.clear_filters()
    with qtbot.waitSignal(page.model.reloaded):
        page.pool_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    pool = CustomerFilter(public_pool=True)
    assert page.model.rowCount() == _count(office, office.manager, pool) > 0

    page.clear_filters()
    today = dt.date.today()
    page.date_from_edit.setDate(today - dt.timedelta(days=10))
    page.date_to_edit.setDate(today)
    with qtbot.waitSignal(page.model.reloaded):
        page.date_check.setChecked(True)
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    assert all(today - dt.timedelta(days=10) <= r.created_at.date() <= today for r in _rows(page))
    page.clear_filters()
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    assert page.current_filter() == CustomerFilter()
    assert page.model.rowCount() == _count(office, office.manager, CustomerFilter())


def test_empty_state_and_clearing_the_filters(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.manager)
    _search(qtbot, page, "没有这个客户")
    assert page.is_empty_shown()
    assert page.empty_headline.text() == "没有符合条件的客户"
    assert page.empty_clear_button.isVisible()
    assert page.count_label.text() == "共 0 位客户"
    with qtbot.waitSignal(page.model.reloaded):
        qtbot.mouseClick(page.empty_clear_button, Qt.MouseButton.LeftButton)
    assert not page.is_empty_shown() and page.search_edit.text() == ""
    assert page.model.rowCount() > 0


def _click_header(qtbot: QtBot, page: CustomersPage, column: int) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(
        header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2)
    )


def test_header_click_sorts_in_sql(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.manager)
    q = office.services.customer_query
    with qtbot.waitSignal(page.model.reloaded):
        _click_header(qtbot, page, M.NAME)
    sort = page.model.current_sort
    assert sort.key is SortKey.NAME
    expected = [r.id for r in q.page(office.manager, CustomerFilter(), sort, limit=30)]
    assert [page.model.row_at(i).id for i in range(30)] == expected  # type: ignore[union-attr]

    with qtbot.waitSignal(page.model.reloaded):
        _click_header(qtbot, page, M.NAME)  # again: the other direction
    assert page.model.current_sort == CustomerSort(SortKey.NAME, not sort.descending)
    assert page.table.horizontalHeader().sortIndicatorSection() == M.NAME

    with qtbot.waitSignal(page.model.reloaded):
        _click_header(qtbot, page, M.VISITS)
    assert page.model.current_sort.key is SortKey.VISIT_COUNT
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    visits = [r.visit_count for r in _rows(page)]
    assert visits == sorted(visits, reverse=page.model.current_sort.descending)

    # The phone column has no order: nothing is read again, the indicator stays.
    before = page.model.current_sort
    _click_header(qtbot, page, M.PHONE)
    assert page.model.current_sort == before
    assert page.table.horizontalHeader().sortIndicatorSection() == M.VISITS


def test_jumping_to_the_last_row_reads_only_what_is_shown(
    qtbot: QtBot, office: CustomersOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in (("FIRST_PAGE", 20), ("FETCH", 20), ("BLOCK", 20), ("CACHE_BLOCKS", 4)):
        monkeypatch.setattr(M, name, value)
    spy = SpyQuery(office.services.customer_query)
    office.services.customer_query = spy  # type: ignore[assignment]
    page = _open(qtbot, office, office.manager)
    total = page.model.rowCount()
    assert total > 300
    spy.reset()
    page.table.scrollToBottom()
    qtbot.wait(50)  # paint
    last = total - 1
    viewport = page.table.viewport()
    assert page.table.rowAt(viewport.height() - 2) == last
    assert page.model._cached(last) is not None
    # Only the blocks on the screen were read (a screenful is under two blocks of 20).
    assert {name for name, _ in spy.calls} == {"rows_by_ids"}
    assert spy.rows_fetched() <= 40 < total
    oldest = office.services.customer_query.page(
        office.manager, CustomerFilter(), CustomerSort(SortKey.CREATED, False), limit=1
    )[0]
    assert page.model.row_at(last).id == oldest.id  # type: ignore[union-attr]


def test_consultant_sees_masked_phones_of_others(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.consultant)
    _search(qtbot, page, "1395842", type_it=True)
    by_name = {r.name: i for i, r in enumerate(_rows(page))}
    own = page.model.index(by_name["张三"], M.PHONE)
    other = page.model.index(by_name["张山"], M.PHONE)
    assert own.data() == "13958427391"
    assert other.data() == "139****0002"
    assert "审计日志" in other.data(Qt.ItemDataRole.ToolTipRole)
    page.select_row(by_name["张山"])
    assert not page.reveal_button.isEnabled()  # a colleague's customer: no reveal
    assert "归属顾问" in page.reveal_button.toolTip()
    page.select_row(by_name["张三"])
    assert page.open_button.isEnabled() and not page.reveal_button.isEnabled()


def _answer_reveal(qtbot: QtBot, reason: str) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevealDialog)
        dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText(reason))
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_reveal_shows_the_number_and_is_audited(qtbot: QtBot, office: CustomersOffice) -> None:
    page = _open(qtbot, office, office.reception)
    _search(qtbot, page, "7391", type_it=True)
    row = page.model.row_of(office.ids["张三"])
    page.select_row(row)
    assert page.model.index(row, M.PHONE).data() == "139****7391"
    assert page.reveal_button.isEnabled()
    _answer_reveal(qtbot, "客户来电核实")
    qtbot.mouseClick(page.reveal_button, Qt.MouseButton.LeftButton)
    assert page.model.index(row, M.PHONE).data() == "13958427391"
    assert not page.reveal_button.isEnabled()
    assert "审计日志" in page.status_label.text()
    audit = office.services.audit.page(
        office.manager, AuditFilter(actions=(AuditAction.REVEAL_PHONE,))
    ).rows
    assert [(r.user_id, r.customer_id) for r in audit] == [
        (office.reception.id, office.ids["张三"])
    ]
    assert "客户来电核实" in audit[0].detail and "13958427391" not in audit[0].detail


def test_export_of_the_filtered_view_is_masked_for_a_consultant(
    qtbot: QtBot, office: CustomersOffice, tmp_path: Path
) -> None:
    page = _open(qtbot, office, office.consultant)
    _search(qtbot, page, "1395842", type_it=True)
    page.column_chooser.set_column_visible("channel", False)
    path = tmp_path / "客户.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
        task = page.export_to(path)
        assert task is not None and page.export_dialog is not None
        assert not page.export_button.isEnabled()
    result = blocker.args[0]
    assert isinstance(result, ExportResult) and not result.cancelled and result.rows == 3
    assert page.export_dialog is None and page.export_button.isEnabled()
    assert "已导出 3 位客户" in page.status_label.text()

    sheet = openpyxl.load_workbook(path, read_only=True).active
    rows = [list(r) for r in sheet.iter_rows(values_only=True)]
    header, data = rows[0], rows[1:]
    assert "姓名" in header and "手机号" in header and "来源渠道" not in header
    phones = {r[header.index("姓名")]: r[header.index("手机号")] for r in data}
    assert phones == {"张三": "13958427391", "张山": "139****0002", "李四": "13958420003"}
    audit = office.services.audit.page(
        office.manager, AuditFilter(actions=("export_customers",))
    ).rows
    assert audit and audit[0].user_id == office.consultant.id


def test_export_can_be_cancelled(qtbot: QtBot, office: CustomersOffice, tmp_path: Path) -> None:
    page = _open(qtbot, office, office.manager)
    path = tmp_path / "all.xlsx"
    with qtbot.waitSignal(page.export_finished, timeout=20_000) as blocker:
        page.export_to(path)
        dialog = page.export_dialog
        assert dialog is not None and dialog.cancel_button.isVisible()
        qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)  # before a batch
        assert not dialog.cancel_button.isEnabled() and dialog.label.text() == "正在取消……"
    assert blocker.args[0].cancelled
    assert not path.exists()
    assert page.status_label.text() == "导出已取消，没有生成文件。"


def test_column_chooser_is_remembered(
    qtbot: QtBot, office: CustomersOffice, tmp_path: Path
) -> None:
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    page = _open(qtbot, office, office.manager, settings)
    header = page.table.horizontalHeader()
    assert header.isSectionHidden(M.ID) and not header.isSectionHidden(M.PHONE)
    chooser = page.column_chooser
    chooser.actions_by_code["phone"].trigger()
    chooser.actions_by_code["id"].trigger()
    assert header.isSectionHidden(M.PHONE) and not header.isSectionHidden(M.ID)
    assert not chooser.actions_by_code["name"].isEnabled()  # the name always shows
    assert "phone" not in page.export_columns() and "id" in page.export_columns()

    again = _open(qtbot, office, office.manager, settings)
    header2 = again.table.horizontalHeader()
    assert header2.isSectionHidden(M.PHONE) and not header2.isSectionHidden(M.ID)
    again.column_chooser.restore_defaults()
    assert header2.isSectionHidden(M.ID) and not header2.isSectionHidden(M.PHONE)


def test_double_click_and_enter_open_the_customer_file(
    qtbot: QtBot, office: CustomersOffice
) -> None:
    page = _open(qtbot, office, office.consultant)
    _search(qtbot, page, "7391", type_it=True)
    row = page.model.row_of(office.ids["张三"])
    index = page.model.index(row, M.NAME)
    page.table.setFocus()
    page.select_row(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    dialog = page.file_dialog
    assert dialog is not None and dialog.customer_id == office.ids["张三"]
    assert dialog.isVisible() and dialog.name_edit.text() == "张三"
    dialog.discard_and_close()
    qtbot.waitUntil(lambda: page.file_dialog is None)

    rect = page.table.visualRect(index)
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.file_dialog is not None and page.file_dialog.customer_id == office.ids["张三"]
    page.file_dialog.discard_and_close()


def test_a_colleagues_customer_is_not_opened_and_a_stale_row_is_refused_and_audited(
    qtbot: QtBot, office: CustomersOffice, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The list shows what 判客 needs of a colleague's customer; the file is not opened.
    A row that went stale (the customer was moved to a colleague after the list was
    read) is refused by the service, which audits the attempt, and the user is told."""
    page = _open(qtbot, office, office.consultant)
    _search(qtbot, page, "1395842", type_it=True)
    by_name = {r.name: i for i, r in enumerate(_rows(page))}
    page.select_row(by_name["张山"])
    assert not page.open_button.isEnabled()
    assert "归属顾问和销售经理" in page.open_button.toolTip()
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert page.file_dialog is None
    assert "张山 归属：" in page.status_label.text() and "判客" in page.status_label.text()
    assert page.status_label.isVisible() and not page.error_label.text()

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    stale = page.model.row_at(by_name["张三"])
    office.services.customers.override_owner(
        office.manager, office.ids["张三"], office.consultant2.id, "客户要求更换顾问"
    )
    assert page.open_row(stale) is None and page.file_dialog is None
    assert len(shown) == 1 and "已记入审计日志" in shown[0]
    rows = office.services.audit.page(
        office.manager, AuditFilter(actions=(AuditAction.ACCESS_DENIED,))
    ).rows
    assert [(r.user_id, r.customer_id) for r in rows] == [
        (office.consultant.id, office.ids["张三"])
    ]


def test_admin_sees_no_customers(qtbot: QtBot, office: CustomersOffice) -> None:
    page = CustomersPage(office.services, office.admin, AppEvents())
    qtbot.addWidget(page)
    page.show()
    assert page.is_empty_shown() and page.empty_headline.text() == "管理员不能查看客户信息"
    assert page.model.rowCount() == 0 and not page.search_edit.isEnabled()


def test_a_change_elsewhere_reloads_and_keeps_the_selected_customer(
    qtbot: QtBot, office: CustomersOffice
) -> None:
    events = AppEvents()
    page = CustomersPage(office.services, office.manager, events)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    row = page.model.row_of(office.ids["李四"])
    page.select_row(row)
    office.services.customers.update(office.manager, office.ids["张三"], {"occupation": "律师"})
    with qtbot.waitSignal(page.model.reloaded):
        events.customers_changed.emit()
    qtbot.waitUntil(lambda: page.model.positions_known, timeout=10_000)
    qtbot.waitUntil(lambda: page.selected_customer() is not None)
    assert page.selected_customer().id == office.ids["李四"]  # type: ignore[union-attr]
