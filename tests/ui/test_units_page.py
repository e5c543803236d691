"""房源销控: the coloured grid and its legend, the room panel and its actions, the deal
steps through their dialogs, exports, the unit import with its rejection report."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.enums import DealStatus, UnitStatus
from app.domain.models import UserInfo
from app.domain.units import STATUS_COLORS
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.deal_dialogs import CancelDialog, HandoverDialog, HoldDialog, SubscribeDialog
from app.ui.models.import_rejection_table_model import ImportRejectionTableModel
from app.ui.models.sales_grid_table_model import SalesGridTableModel
from app.ui.pages.units_page import UnitsPage
from app.ui.sales_grid_widget import TILE_MARGIN

from .sales_office import Office, make_office

WAIT_MS = 15_000


@pytest.fixture
def office(gui_services: Services) -> Office:
    return make_office(gui_services)


@pytest.fixture
def events() -> AppEvents:
    return AppEvents()


@pytest.fixture
def open_page(qtbot: QtBot, gui_services: Services, events: AppEvents) -> Iterator[object]:
    """``open_page(user)``: the page for ``user``, shown (which loads the grid)."""

    def make(user: UserInfo, services: Services | None = None) -> UnitsPage:
        page = UnitsPage(services or gui_services, user, events)
        qtbot.addWidget(page)
        page.resize(1280, 820)
        page.show()
        qtbot.waitExposed(page)
        return page

    yield make


def _sell(services: Services, office: Office) -> None:
    """101 held, 102 subscribed, 201 contracted (by 张伟/李娜/王芳's consultants)."""
    deals, docs = services.deals, services.documents
    c = office.customers
    deals.hold(c["张伟"], office.units["101"], actor=office.consultant)
    docs.issue_purchase_notice(c["李娜"], office.units["102"], actor=office.consultant2)
    deals.subscribe(c["李娜"], office.units["102"], actor=office.consultant2,
                    deposit="50000", agreed_price=Decimal("2230000"))  # fmt: skip
    docs.issue_purchase_notice(c["王芳"], office.units["201"], actor=office.consultant)
    sub = deals.subscribe(c["王芳"], office.units["201"], actor=office.consultant,
                          deposit="50000", agreed_price=Decimal("3214000"))  # fmt: skip
    deals.contract(sub.id, actor=office.consultant, contract_no="HT-0001",
                   payment_method="commercial_loan", loan_status="approved")  # fmt: skip


def _tile_colour(page: UnitsPage, unit_id: int) -> QColor:
    """The colour actually painted on the unit's tile (sampled in a corner free of text)."""
    rect = page.grid.rect_of_unit(unit_id)
    assert rect.isValid()
    image = page.grid.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    x = int((rect.right() - TILE_MARGIN - 6) * ratio)
    y = int((rect.bottom() - TILE_MARGIN - 6) * ratio)
    return image.pixelColor(x, y)


def _click_unit(qtbot: QtBot, page: UnitsPage, unit_id: int) -> None:
    rect = page.grid.rect_of_unit(unit_id)
    qtbot.mouseClick(page.grid.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.unit is not None and page.unit.id == unit_id


def test_grid_shows_each_room_in_its_status_colour_with_counts(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    _sell(gui_services, office)
    page = open_page(office.manager)
    model = page.grid.grid_model
    assert (model.rowCount(), model.columnCount()) == (3, 2)
    assert model.headerData(0, Qt.Orientation.Vertical) == "3层"
    assert model.headerData(0, Qt.Orientation.Horizontal) == "1单元-01"

    expected = {
        "101": UnitStatus.HELD,
        "102": UnitStatus.SUBSCRIBED,
        "201": UnitStatus.CONTRACTED,
        "202": UnitStatus.AVAILABLE,
    }
    for room, status in expected.items():
        index = model.index_of_unit(office.units[room])
        assert index.data(SalesGridTableModel.STATUS_ROLE) == status
        assert index.data(Qt.ItemDataRole.BackgroundRole).color() == QColor(STATUS_COLORS[status])
        assert _tile_colour(page, office.units[room]) == QColor(STATUS_COLORS[status])

    assert page.legend_text(UnitStatus.AVAILABLE).startswith("可售 3 套")
    assert page.legend_text(UnitStatus.HELD).startswith("保留 1 套")
    assert page.legend_text(UnitStatus.AVAILABLE) == "可售 3 套 · 306.96 m² · 表价 ¥7,674,000"
    assert page.legend_text(UnitStatus.SUBSCRIBED) == "已认购 1 套 · 89.20 m² · 成交 ¥2,230,000"
    assert page.legend_text(UnitStatus.CONTRACTED) == "已签约 1 套 · 128.56 m² · 成交 ¥3,214,000"
    assert page.legend_text(UnitStatus.DELIVERED) == "已交付 0 套 · —"
    assert page.total_label.text() == "共 6 套"
    # The swatch of each legend entry is the grid's colour for that status.
    for status, item in page.legend_items.items():
        assert STATUS_COLORS[status] in item.swatch.styleSheet()


def test_clicking_a_room_shows_its_details_factors_and_actions(
    qtbot: QtBot, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(office.consultant)
    panel = page.room_panel
    assert panel.pages.currentIndex() == 0  # nothing chosen yet

    _click_unit(qtbot, page, office.units["102"])
    assert panel.pages.currentIndex() == 1
    assert panel.title_label.text() == "1号楼 1单元 102室"
    assert panel.status_chip.text() == "可售"
    assert panel.layout_value.text() == "两室两厅一卫"
    assert panel.building_area_value.text() == "89.20 m²"
    assert panel.inner_area_value.text() == "71.36 m²"
    assert panel.orientation_value.text() == "西"
    assert panel.list_price_value.text() == "¥2,230,000.00"
    assert panel.unit_price_value.text() == "¥25,000.00/m²"
    # Every adverse factor that applies: the project's, the building's and the unit's own.
    assert panel.factors_box.title() == "不利因素（3 项）"
    text = panel.factors_label.text()
    for title in office.factor_titles:
        assert title in text
    assert "[项目]" in text and "[楼栋]" in text and "[本房源]" in text
    assert "约 350 米" in text
    assert page.visible_actions() == ["保留给客户…", "打印购房告知书…", "认购…"]


def test_reception_sees_the_grid_but_no_actions_or_import(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    _sell(gui_services, office)
    page = open_page(office.reception)
    assert page.import_button.isHidden()
    _click_unit(qtbot, page, office.units["101"])
    assert page.visible_actions() == []
    assert "陈晓雯" in page.room_panel.actions_hint.text()
    assert page.room_panel.customer_value.text() == "张伟"


def test_hold_then_notice_then_subscribe_through_the_dialogs(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(office.consultant)
    unit = office.units["101"]
    _click_unit(qtbot, page, unit)

    # 保留: find the customer by phone, hold.
    page.room_panel.hold_button.click()
    hold = page.deal_actions.dialog
    assert isinstance(hold, HoldDialog) and hold.isVisible()
    assert hold.customers.search("13800130000") == 1
    assert hold.customers.chosen() is not None
    assert hold.customers.chosen().name == "张伟"  # type: ignore[union-attr]
    with qtbot.waitSignal(page.deal_actions.changed):
        hold.ok_button.click()
    qtbot.waitUntil(lambda: page.room_panel.status_chip.text() == "保留")
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.HELD])
    assert page.room_panel.customer_value.text() == "张伟"
    assert page.visible_actions() == ["打印购房告知书…", "认购…", "取消保留…"]

    # 认购 before the purchase notice: explained, with a button to print it first.
    page.room_panel.subscribe_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, SubscribeDialog)
    dialog.deposit_spin.setValue(50000)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert dialog.notice_box.isVisible()
    assert "请先为客户打印购房告知书" in dialog.notice_label.text()
    dialog.notice_button.click()
    qtbot.waitUntil(lambda: page.deal_actions.preview is not None, timeout=WAIT_MS)
    preview = page.deal_actions.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() >= 1, timeout=WAIT_MS)
    assert preview.title_label.text() == "购房告知书"
    assert preview.number_label.text().startswith("GF-")
    assert preview.number_label.text() in dialog.notice_label.text()
    preview.close()

    # The resident ID is first asked for here; it needs the customer's own consent.
    dialog.resident_id_edit.setText("11010519491231002X")
    dialog.ok_button.click()
    assert dialog.isVisible() and "客户同意" in dialog.error_label.text()
    assert dialog.resident_id_edit.text() == "11010519491231002X"  # kept
    dialog.consent_id_check.setChecked(True)
    assert not dialog.error_label.text()  # the answer clears the question
    with qtbot.waitSignal(page.deal_actions.changed):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.room_panel.status_chip.text() == "已认购")
    subscriber = gui_services.deals.active_deal_for_unit(unit)
    assert subscriber is not None
    stored = gui_services.customers.get_file(office.manager, subscriber.customer_id)
    assert stored.resident_id == "1101**********002X" and stored.consent.resident_id
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.SUBSCRIBED])
    deal = gui_services.deals.active_deal_for_unit(unit)
    assert deal is not None and deal.status == DealStatus.SUBSCRIBED
    assert deal.deposit == Decimal("50000.00")
    assert page.legend_text(UnitStatus.SUBSCRIBED).startswith("已认购 1 套")


def test_a_discount_beyond_the_limit_needs_the_manager(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    unit, customer = office.units["202"], office.customers["张伟"]
    gui_services.documents.issue_purchase_notice(customer, unit, actor=office.consultant)
    gui_services.deals.hold(customer, unit, actor=office.consultant)
    list_price = Decimal("2230000")

    page = open_page(office.consultant)
    _click_unit(qtbot, page, unit)
    page.room_panel.subscribe_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, SubscribeDialog)
    assert "无优惠" in dialog.discount_label.text()
    assert not dialog.approval_box.isVisible()

    dialog.agreed_price_spin.setValue(float(list_price - 20000))  # 0.9 %: within 1 %
    assert "无需审批" in dialog.discount_label.text()
    assert not dialog.approval_box.isVisible()
    dialog.agreed_price_spin.setValue(float(list_price - 44600))  # 2 %
    assert "需要销售经理审批" in dialog.discount_label.text()
    assert (
        "¥44,600.00" in dialog.discount_label.text()
        and "¥22,300.00" in dialog.discount_label.text()
    )
    assert dialog.approval_box.isVisible()
    assert dialog.request_button.isVisible() and not dialog.approve_check.isVisible()

    dialog.deposit_spin.setValue(50000)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert "需要销售经理审批后才能认购" in dialog.error_label.text()

    dialog.approval_note_edit.setText("老带新客户")
    dialog.request_button.click()
    assert "等待销售经理审批" in dialog.approval_label.text()
    [pending] = gui_services.deals.discount_approvals(pending_only=True)
    assert pending.discount == Decimal("44600.00") and pending.note == "老带新客户"
    dialog.reject()

    # The manager approves on the spot and subscribes.
    manager_page = open_page(office.manager)
    _click_unit(qtbot, manager_page, unit)
    manager_page.room_panel.subscribe_button.click()
    md = manager_page.deal_actions.dialog
    assert isinstance(md, SubscribeDialog)
    md.agreed_price_spin.setValue(float(list_price - 50000))
    assert md.approve_check.isVisible() and not md.request_button.isVisible()
    md.deposit_spin.setValue(50000)
    md.ok_button.click()
    assert "现场审批" in md.error_label.text()  # must tick the box first
    md.approve_check.setChecked(True)
    with qtbot.waitSignal(manager_page.deal_actions.changed):
        md.ok_button.click()
    deal = gui_services.deals.active_deal_for_unit(unit)
    assert deal is not None and deal.status == DealStatus.SUBSCRIBED
    assert deal.discount == Decimal("50000.00")
    approved = [
        a for a in gui_services.deals.discount_approvals(unit_id=unit) if a.decision == "approved"
    ]
    assert approved[0].approver_id == office.manager.id and approved[0].decided_at is not None


def test_cancellation_frees_the_unit(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    _sell(gui_services, office)
    unit = office.units["102"]
    page = open_page(office.consultant2)
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.SUBSCRIBED])
    _click_unit(qtbot, page, unit)
    assert "退订…" in page.visible_actions()
    page.room_panel.cancel_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, CancelDialog)
    dialog.ok_button.click()
    assert dialog.error_label.text() == "请填写退订原因。"
    dialog.reason_combo.setCurrentIndex(0)
    dialog.detail_edit.setPlainText("首付款未筹齐")
    with qtbot.waitSignal(page.deal_actions.changed):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.room_panel.status_chip.text() == "可售")
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.AVAILABLE])
    assert page.legend_text(UnitStatus.SUBSCRIBED).startswith("已认购 0 套")
    [cancelled] = [d for d in gui_services.deals.list_deals(office.project_id) if d.unit_id == unit]
    assert cancelled.status == DealStatus.CANCELLED
    assert cancelled.cancel_reason == "客户资金安排变化：首付款未筹齐"


def test_handover_dialog_computes_the_area_adjustment_and_delivers(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    _sell(gui_services, office)
    unit = office.units["201"]  # contracted at the list price, 128.56 m² at ¥25,000/m²
    page = open_page(office.service)
    _click_unit(qtbot, page, unit)
    assert page.visible_actions() == ["交付验收…", "打印交付通知书"]
    page.room_panel.handover_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, HandoverDialog)
    assert "128.56 m²" in dialog.contracted_area_label.text()
    assert "¥25,000.00/m²" in dialog.contracted_area_label.text()
    assert "面积补差：无" in dialog.adjustment_label.text()

    dialog.measured_area_spin.setValue(128.93)
    assert "面积差 +0.37 m²" in dialog.adjustment_label.text()
    assert "业主补缴 ¥9,250.00" in dialog.adjustment_label.text()
    dialog.measured_area_spin.setValue(128.00)
    assert "退还业主 ¥14,000.00" in dialog.adjustment_label.text()
    dialog.measured_area_spin.setValue(120.00)  # 6.7 % smaller: beyond 3 %
    assert "超过 3%" in dialog.adjustment_label.text()
    dialog.measured_area_spin.setValue(128.93)

    dialog.water_edit.setText("00012.5")
    dialog.key_spins["入户门钥匙"].setValue(4)
    dialog.set_issue(4, "")  # 主卧 地面 failed without a description
    dialog.ok_button.click()
    assert (
        "请填写“主卧 墙面”的问题描述" in dialog.error_label.text()
        or "问题描述" in dialog.error_label.text()
    )
    dialog.set_issue(4, "木地板起拱")
    assert "不合格 1 项" in dialog.issues_label.text()
    with qtbot.waitSignal(page.deal_actions.changed):
        dialog.ok_button.click()
    # The handover form is issued and previewed for signing on the spot.
    qtbot.waitUntil(lambda: page.deal_actions.preview is not None, timeout=WAIT_MS)
    assert page.deal_actions.preview is not None
    assert page.deal_actions.preview.number_label.text().startswith("YS-")
    qtbot.waitUntil(lambda: page.room_panel.status_chip.text() == "已交付")
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.DELIVERED])
    deal = gui_services.deals.active_deal_for_unit(unit)
    assert deal is not None
    handover = gui_services.deals.get_handover(deal.id)
    assert handover is not None
    assert handover.area_adjustment == Decimal("9250.00")
    assert dict(handover.keys)["入户门钥匙"] == 4
    assert [r.issue_text for r in handover.repairs] == ["木地板起拱"]


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    ws.append(["楼栋", "单元", "楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "表价"])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def test_import_shows_the_rejected_rows_and_saves_them(
    qtbot: QtBot, gui_services: Services, office: Office, open_page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    page = open_page(office.manager)
    template = tmp_path / "模板.xlsx"
    assert page.save_template(template)
    assert load_workbook(template).active["A1"].value == "楼栋"

    source = _xlsx(
        tmp_path / "房源.xlsx",
        [
            ["2号楼", "1", 1, "101", "三室两厅", 120.5, 98.2, "南", 3000000],
            ["2号楼", "1", 1, "102", "两室两厅", 88, 70, "南", 2100000],
            ["2号楼", "1", "一", "201", "三室两厅", 120.5, 98.2, "南", 3000000],
            ["2号楼", "1", 2, "202", "两室两厅", 88, 99, "南", 2100000],
            ["1号楼", "1", 1, "101", "三室两厅", 120.5, 98.2, "南", 3000000],
        ],
    )
    with qtbot.waitSignal(page.imported, timeout=WAIT_MS) as blocker:
        assert page.import_units(source)
    report = blocker.args[0]
    assert report.created == 2 and len(report.rejected) == 3
    dialog = page.import_dialog
    assert dialog is not None and dialog.isVisible()
    assert (
        "新增 2 套" in dialog.summary_label.text() and "未导入 3 行" in dialog.summary_label.text()
    )
    assert "新建楼栋：2号楼" in dialog.summary_label.text()
    model = dialog.table.model()
    assert model.rowCount() == 3
    shown = {
        model.index(r, ImportRejectionTableModel.ROW_NO).data(): model.index(
            r, ImportRejectionTableModel.REASON
        ).data()
        for r in range(3)
    }
    assert "不是整数" in shown["4"]
    assert "套内面积不能大于建筑面积" in shown["5"]
    assert "房源已存在" in shown["6"]
    assert model.index(0, ImportRejectionTableModel.FIRST_VALUE).data() == "2号楼"

    saved = tmp_path / "未导入.xlsx"
    assert dialog.save_rejections(saved)
    ws = load_workbook(saved).active
    assert [ws.cell(row=r, column=1).value for r in (2, 3, 4)] == [4, 5, 6]
    dialog.accept()

    # The new building is offered in the selector with its units.
    qtbot.waitUntil(lambda: page.building_combo.count() == 2)
    index = page.building_combo.findText("2号楼")
    assert index >= 0
    assert page.building_combo.itemData(index, Qt.ItemDataRole.ToolTipRole) == "2号楼：2 套"


def test_exports_to_excel_and_pdf(
    qtbot: QtBot, gui_services: Services, office: Office, open_page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    from pypdf import PdfReader

    _sell(gui_services, office)
    page = open_page(office.consultant)
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        assert page.export_xlsx(tmp_path / "grid.xlsx")
    ws = load_workbook(tmp_path / "grid.xlsx").active
    assert "1号楼" in str(ws["A1"].value)
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS):
        assert page.export_pdf(tmp_path / "grid.pdf")
    text = "".join(p.extract_text() or "" for p in PdfReader(tmp_path / "grid.pdf").pages)
    assert "1号楼" in text and "销控表" in text
    assert "已导出" in page.status_label.text()


def test_expired_holds_are_released_when_the_page_refreshes(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    clock = FixedClock(dt.datetime.now().replace(microsecond=0))
    services = Services(gui_services.db, clock)
    unit = office.units["101"]
    services.deals.hold(office.customers["张伟"], unit, actor=office.consultant)
    page = open_page(office.consultant, services)
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.HELD])
    clock.advance(hours=49)
    page.refresh_button.click()
    assert _tile_colour(page, unit) == QColor(STATUS_COLORS[UnitStatus.AVAILABLE])
    assert page.legend_text(UnitStatus.HELD).startswith("保留 0 套")
    [deal] = services.deals.list_deals(office.project_id)
    assert deal.status == DealStatus.EXPIRED


def test_grid_and_rejection_models_pass_the_model_tester(
    qtmodeltester,
    gui_services: Services,
    office: Office,  # type: ignore[no-untyped-def]
) -> None:
    _sell(gui_services, office)
    grid_model = SalesGridTableModel()
    grid_model.set_grid(gui_services.units.sales_control_grid(office.building_id))
    qtmodeltester.check(grid_model)
    assert grid_model.flags(grid_model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable

    from app.domain.units import RejectedRow

    rejections = ImportRejectionTableModel()
    rejections.set_rows([RejectedRow(3, ("1号楼", "1", "x"), "楼层“x”不是整数")])
    qtmodeltester.check(rejections)
    assert rejections.index(0, ImportRejectionTableModel.FIRST_VALUE + 5).data() == ""


def test_the_page_and_its_dialogs_speak_english(
    qtbot: QtBot,
    translations,
    gui_services: Services,
    office: Office,
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    translations.apply("en")
    _sell(gui_services, office)
    page = open_page(office.manager)
    assert page.refresh_button.text() == "Refresh"
    assert page.legend_text(UnitStatus.SUBSCRIBED) == "Subscribed: 1 · 89.20 m² · agreed ¥2,230,000"
    assert page.grid.grid_model.headerData(0, Qt.Orientation.Vertical) == "Floor 3"
    _click_unit(qtbot, page, office.units["202"])
    assert page.visible_actions() == [
        "Hold for a customer…",
        "Print purchase notice…",
        "Subscribe…",
    ]
    page.room_panel.hold_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, HoldDialog)
    # A view's string is not shadowed by the same Chinese text in the dialog's own context.
    assert dialog.windowTitle() == "Hold unit — SalesDesk"
    assert dialog.ok_button.text() == "Hold" and dialog.cancel_button.text() == "Cancel"
    dialog.reject()
