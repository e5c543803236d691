"""交易: the deal list with filters and counts, the steps of the selected deal, its
archive of printed forms (preview, reprint, signed, scan), discount approvals, and the
batch of purchase notices off the GUI thread."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from pytestqt.qtbot import QtBot

from app.domain.deals import DealInfo
from app.domain.enums import DealStatus, DocumentKind
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.deal_dialogs import ContractDialog, DiscountApprovalsDialog
from app.ui.models.customer_choice_table_model import CustomerChoiceTableModel
from app.ui.models.deal_table_model import DealTableModel
from app.ui.models.discount_approval_table_model import ApprovalRow, DiscountApprovalTableModel
from app.ui.models.document_table_model import DocumentTableModel
from app.ui.pages.deals_page import DealsPage

from .sales_office import Office, make_office

WAIT_MS = 20_000


@pytest.fixture
def office(gui_services: Services) -> Office:
    return make_office(gui_services)


@pytest.fixture
def open_page(qtbot: QtBot, gui_services: Services):  # type: ignore[no-untyped-def]
    def make(user: UserInfo) -> DealsPage:
        page = DealsPage(gui_services, user, AppEvents())
        qtbot.addWidget(page)
        page.resize(1280, 820)
        page.show()
        qtbot.waitExposed(page)
        return page

    return make


def _deals(services: Services, office: Office) -> dict[str, DealInfo]:
    """张伟 holds 101; 李娜 subscribed 102; 王芳 contracted 201; 刘洋 cancelled 202."""
    deals, docs, c, u = services.deals, services.documents, office.customers, office.units
    out = {"held": deals.hold(c["张伟"], u["101"], actor=office.consultant)}
    docs.issue_purchase_notice(c["李娜"], u["102"], actor=office.consultant2)
    out["subscribed"] = deals.subscribe(
        c["李娜"], u["102"], actor=office.consultant2, deposit="50000", agreed_price="2230000"
    )
    docs.issue_purchase_notice(c["王芳"], u["201"], actor=office.consultant)
    sub = deals.subscribe(
        c["王芳"], u["201"], actor=office.consultant, deposit="50000", agreed_price="3214000"
    )
    out["contracted"] = deals.contract(
        sub.id, actor=office.consultant, contract_no="HT-0001", payment_method="full"
    )
    docs.issue_purchase_notice(c["刘洋"], u["202"], actor=office.consultant2)
    sub = deals.subscribe(
        c["刘洋"], u["202"], actor=office.consultant2, deposit="20000", agreed_price="2230000"
    )
    out["cancelled"] = deals.cancel(sub.id, "客户改选其他房源", actor=office.consultant2)
    return out


def test_list_filters_and_counts(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    deals = _deals(gui_services, office)
    page = open_page(office.manager)
    assert len(page.shown_deals()) == 4
    counts = page.counts_label.text()
    assert counts.startswith("显示 4 笔（共 4 笔）")
    assert "保留 1 · 认购 1 · 签约 1 · 交付 0 · 退订 1 · 保留过期 0" in counts

    page.set_status_filter(DealStatus.SUBSCRIBED)
    assert [d.id for d in page.shown_deals()] == [deals["subscribed"].id]
    assert page.counts_label.text().startswith("显示 1 笔（共 4 笔）")
    page.status_combo.setCurrentIndex(1)  # 进行中: held, subscribed, contracted
    assert {d.status for d in page.shown_deals()} == {"held", "subscribed", "contracted"}
    page.set_status_filter(None)

    page.consultant_combo.setCurrentIndex(page.consultant_combo.findText("王浩然"))
    assert {d.customer_name for d in page.shown_deals()} == {"李娜", "刘洋"}
    assert "认购 1" in page.counts_label.text() and "保留 0" in page.counts_label.text()
    page.consultant_combo.setCurrentIndex(0)

    page.search_edit.setText("HT-0001")
    assert [d.customer_name for d in page.shown_deals()] == ["王芳"]
    page.search_edit.setText("")

    page.date_check.setChecked(True)
    assert len(page.shown_deals()) == 4  # all today, within the last 30 days
    yesterday = gui_services.clock.now().date() - dt.timedelta(days=1)
    page.date_to.setDate(page.date_to.date().addDays(-1))
    assert page.date_to.date().toPython() == yesterday  # type: ignore[attr-defined]
    assert page.shown_deals() == []
    assert page.counts_label.text().startswith("显示 0 笔")


def test_selected_deal_shows_its_actions_and_documents(
    qtbot: QtBot, gui_services: Services, office: Office, open_page, tmp_path: Path
) -> None:  # type: ignore[no-untyped-def]
    deals = _deals(gui_services, office)
    page = open_page(office.consultant2)
    assert page.select_deal(deals["subscribed"].id)
    assert page.panel.title_label.text() == "1号楼 1单元 102室"
    assert page.panel.status_chip.text() == "认购"
    assert page.visible_actions() == ["签约…", "打印购房告知书", "退订…"]
    assert "认购" in page.panel.steps_value.text()

    # The purchase notice printed before the subscription is in the deal's archive.
    [notice] = page.documents()
    assert notice.kind == DocumentKind.PURCHASE_NOTICE
    model = page.documents_model
    assert model.index(0, DocumentTableModel.KIND).data() == "购房告知书"
    assert model.index(0, DocumentTableModel.ISSUED_BY).data() == "王浩然"
    assert model.index(0, DocumentTableModel.SIGNED).data() == "未签字"

    page.select_document(notice.id)
    page.open_document()
    qtbot.waitUntil(lambda: page.deal_actions.preview is not None, timeout=WAIT_MS)
    preview = page.deal_actions.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() >= 1, timeout=WAIT_MS)
    assert preview.number_label.text() == notice.doc_no
    preview.close()

    assert page.mark_signed()
    assert model.index(0, DocumentTableModel.SIGNED).data() == "已签字"
    assert not page.panel.mark_signed_button.isEnabled()
    scan = tmp_path / "signed.pdf"
    scan.write_bytes(b"%PDF-1.4 scan")
    assert page.mark_signed(scan)
    assert model.index(0, DocumentTableModel.SIGNED).data() == "已签字，有扫描件"
    assert not page.panel.open_scan_button.isHidden()
    assert page.panel.attach_scan_button.isHidden()

    page.select_document(notice.id)
    page.reprint_document()
    qtbot.waitUntil(lambda: len(page.documents()) == 2, timeout=WAIT_MS)
    reprint = page.documents()[0]
    assert reprint.reprint_of_id == notice.id and reprint.doc_no != notice.doc_no
    assert model.index(0, DocumentTableModel.KIND).data() == "购房告知书（补打）"


def test_contract_and_cancel_from_the_deal_list(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    deals = _deals(gui_services, office)
    page = open_page(office.consultant2)
    page.select_deal(deals["subscribed"].id)
    page.panel.contract_button.click()
    dialog = page.deal_actions.dialog
    assert isinstance(dialog, ContractDialog)
    dialog.ok_button.click()
    assert dialog.error_label.text() == "请填写合同编号"
    dialog.contract_no_edit.setText("HT-0001")
    dialog.ok_button.click()
    assert "已被其他交易使用" in dialog.error_label.text()
    dialog.contract_no_edit.setText("HT-0002")
    dialog.loan_combo.setCurrentIndex(dialog.loan_combo.findData("approved"))
    with qtbot.waitSignal(page.deal_actions.changed):
        dialog.ok_button.click()
    qtbot.waitUntil(lambda: page.panel.status_chip.text() == "签约")
    assert "HT-0002" in page.panel.contract_value.text()
    assert "已批贷" in page.panel.contract_value.text()
    # A consultant may not undo a contract: only the manager's list offers 解约.
    assert "解约退房…" not in page.visible_actions()
    manager_page = open_page(office.manager)
    manager_page.select_deal(deals["subscribed"].id)
    assert "解约退房…" in manager_page.visible_actions()


def test_manager_decides_a_requested_discount(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    _deals(gui_services, office)
    unit = office.units["301"]
    gui_services.deals.request_discount(
        office.customers["张伟"], unit, Decimal("60000"), actor=office.consultant, note="团购"
    )
    page = open_page(office.manager)
    assert page.approvals_button.isVisible()
    assert page.approvals_button.text() == "优惠审批（1）"
    dialog = page.open_approvals()
    assert isinstance(dialog, DiscountApprovalsDialog)
    model = dialog.model
    assert model.rowCount() == 1
    assert model.index(0, DiscountApprovalTableModel.CUSTOMER).data() == "张伟"
    assert model.index(0, DiscountApprovalTableModel.DISCOUNT).data() == "¥60,000.00"
    assert model.index(0, DiscountApprovalTableModel.SHARE).data() == "1.87%"
    assert model.index(0, DiscountApprovalTableModel.REQUESTED_BY).data() == "陈晓雯"
    dialog.note_edit.setText("同意")
    dialog.approve_button.click()
    assert model.rowCount() == 0 and dialog.empty_label.isVisible()
    assert page.approvals_button.text() == "优惠审批"
    [decided] = gui_services.deals.discount_approvals(unit_id=unit)
    assert decided.decision == "approved" and decided.approver_id == office.manager.id

    consultant_page = open_page(office.consultant)
    assert consultant_page.approvals_button.isHidden()


def test_batch_of_purchase_notices_runs_off_the_gui_thread(
    qtbot: QtBot, gui_services: Services, office: Office, open_page
) -> None:  # type: ignore[no-untyped-def]
    c, u = office.customers, office.units
    gui_services.deals.hold(c["张伟"], u["101"], actor=office.manager)
    gui_services.deals.hold(c["李娜"], u["102"], actor=office.manager)
    gui_services.deals.hold(c["王芳"], u["201"], actor=office.manager)
    gui_services.documents.issue_purchase_notice(c["王芳"], u["201"], actor=office.manager)
    page = open_page(office.manager)
    pairs = page.batch_candidates()
    assert sorted(pairs) == sorted([(c["张伟"], u["101"]), (c["李娜"], u["102"])])

    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(5)
    with qtbot.waitSignal(page.batch_finished, timeout=WAIT_MS) as blocker:
        assert page.start_batch(pairs * 6)
        assert page.batch_dialog is not None and page.batch_dialog.isVisible()
        assert not page.batch_button.isEnabled()
    timer.stop()
    issued = blocker.args[0]
    assert len(issued) == 12
    assert ticks, "the GUI thread kept running its timers during the batch"
    assert page.batch_dialog is None and page.batch_button.isEnabled()
    assert "已打印 12 份购房告知书" in page.status_label.text()
    assert page.batch_candidates() == []

    # Stopping: the batch ends after the document being made.
    with qtbot.waitSignal(page.batch_finished, timeout=WAIT_MS) as blocker:
        page.start_batch(pairs * 40)
        assert page.batch_dialog is not None
        page.batch_dialog.cancel_button.click()
    assert len(blocker.args[0]) < 80
    assert "已停止" in page.status_label.text()


def test_table_models_pass_the_model_tester(
    qtmodeltester,
    gui_services: Services,
    office: Office,
    open_page,  # type: ignore[no-untyped-def]
) -> None:
    deals = _deals(gui_services, office)
    model = DealTableModel()
    model.set_rows(gui_services.deals.list_deals(office.project_id))
    qtmodeltester.check(model)
    row = model.row_of(deals["subscribed"].id)
    assert model.index(row, DealTableModel.AGREED_PRICE).data() == "¥2,230,000"
    assert model.index(row, DealTableModel.STATUS).data() == "认购"
    assert model.index(row, 0).data(DealTableModel.ROW_ROLE).id == deals["subscribed"].id
    model.replace(gui_services.deals.get(deals["held"].id))

    page = open_page(office.manager)
    qtmodeltester.check(page.proxy)

    documents = DocumentTableModel()
    documents.set_rows(gui_services.documents.list_documents())
    qtmodeltester.check(documents)

    approval = gui_services.deals.request_discount(
        office.customers["张伟"], office.units["301"], "60000", actor=office.consultant
    )
    approvals = DiscountApprovalTableModel()
    approvals.set_rows(
        [ApprovalRow(approval, "张伟", "1号楼 1单元 301室", Decimal("3214000"), "陈晓雯")]
    )
    qtmodeltester.check(approvals)

    from app.domain.customer import CustomerFilter

    customers = CustomerChoiceTableModel()
    customers.set_rows(
        gui_services.customer_query.page(office.manager, CustomerFilter(search="1380013"))
    )
    qtmodeltester.check(customers)
    assert customers.rowCount() == 4
