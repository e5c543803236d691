"""客户移交 (manager): the departing consultant, all or selected customers, one or several
successors with the preview of the even spread, a reason, deactivating the user; the
transfer runs off the GUI thread; then the transfer form is issued and previewed."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.services.container import Services
from app.ui import transfer_dialog as transfer_module
from app.ui.transfer_dialog import TransferDialog

from .follow_up_office import FollowUpOffice, fu_clock, fu_office, fu_services  # noqa: F401

WAIT_MS = 20_000


@pytest.fixture
def open_dialog(qtbot: QtBot, fu_services: Services, fu_office: FollowUpOffice):  # type: ignore[no-untyped-def]  # noqa: F811
    def make(from_user_id: int | None = None) -> TransferDialog:
        dialog = TransferDialog(fu_services, fu_office.manager, from_user_id=from_user_id)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _owners(services: Services, office: FollowUpOffice, *names: str) -> list[int | None]:
    return [
        services.customers.get_file(office.manager, office.customers[n]).owner_id for n in names
    ]


def test_transfers_all_customers_to_two_successors(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(fu_office.consultant.id)
    assert dialog.from_combo.currentText() == "陈晓雯（7 位客户）"
    assert dialog.selection_label.text() == "将移交全部 7 位客户"
    successors = [
        dialog.successors_list.item(i).text() for i in range(dialog.successors_list.count())
    ]
    assert successors == ["王浩然"]  # active consultants other than the one leaving
    assert dialog.preview_label.text() == "勾选一位或几位接手顾问后显示分配结果。"
    dialog.set_successors([fu_office.consultant2.id])
    assert dialog.preview_label.text() == "按等级均匀分配：王浩然 7 位"
    dialog.reason_edit.setText("离职")
    dialog.deactivate_check.setChecked(True)
    with qtbot.waitSignal(dialog.transferred, timeout=WAIT_MS) as blocker:
        assert dialog.start_transfer()
    result = blocker.args[0]
    assert result.moved == 7
    assert result.deactivated
    assert dialog.pages.currentIndex() == 1
    assert "已将 7 位客户由 陈晓雯 移交给 王浩然（7 位）" in dialog.done_label.text()
    assert "陈晓雯 的账号已停用" in dialog.done_label.text()
    assert _owners(fu_services, fu_office, "张伟", "周杰") == [fu_office.consultant2.id] * 2
    assert not fu_services.auth.get_user(fu_office.consultant.id).active
    # Each moved customer has an "introduce the new consultant" task for 王浩然.
    tasks = fu_services.follow_ups.open_tasks(fu_office.manager, fu_office.customers["张伟"])
    assert [(task.kind.value, task.assignee_id) for task in tasks] == [
        ("introduce_consultant", fu_office.consultant2.id)
    ]


def test_transfers_selected_customers_spread_evenly(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(fu_office.consultant2.id)
    assert dialog.from_combo.currentText() == "王浩然（3 位客户）"
    dialog.selected_radio.setChecked(True)
    assert not dialog.deactivate_check.isEnabled()
    table = dialog.customers_table
    model = dialog.customers_model
    names = [model.row_at(r).name for r in range(model.rowCount())]
    assert sorted(names) == ["刘洋", "孙丽", "陈静"]
    for row in range(model.rowCount()):
        if model.row_at(row).name in ("刘洋", "陈静"):
            table.selectionModel().select(
                model.index(row, 0),
                table.selectionModel().SelectionFlag.Select
                | table.selectionModel().SelectionFlag.Rows,
            )
    assert dialog.selection_label.text().startswith("已选 2 位")
    dialog.set_successors([fu_office.consultant.id])
    assert dialog.preview_label.text() == "按等级均匀分配：陈晓雯 2 位"
    dialog.reason_edit.setText("调岗")
    with qtbot.waitSignal(dialog.transferred, timeout=WAIT_MS):
        dialog.start_transfer()
    assert _owners(fu_services, fu_office, "刘洋", "陈静", "孙丽") == [
        fu_office.consultant.id,
        fu_office.consultant.id,
        fu_office.consultant2.id,
    ]
    assert fu_services.auth.get_user(fu_office.consultant2.id).active


def test_missing_choices_are_refused_inline(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog(fu_office.consultant.id)
    dialog.selected_radio.setChecked(True)
    assert not dialog.start_transfer()
    assert dialog.customers_field.error.text() == "请选择要移交的客户"
    assert dialog.successors_field.error.text() == "请勾选接手的置业顾问"
    assert dialog.reason_field.error.text() == "请填写移交原因"
    assert dialog.pages.currentIndex() == 0
    assert _owners(fu_services, fu_office, "张伟") == [fu_office.consultant.id]


def test_a_big_transfer_shows_progress_and_the_form_is_printed(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    monkeypatch.setattr(transfer_module, "BIG_TRANSFER", 2)
    dialog = open_dialog(fu_office.consultant2.id)
    dialog.set_successors([fu_office.consultant.id])
    dialog.reason_edit.setText("离职")
    with qtbot.waitSignal(dialog.transferred, timeout=WAIT_MS):
        assert dialog.start_transfer()
        assert dialog.progress_dialog is not None
        assert dialog.progress_dialog.label.text() == "正在移交 3 位客户，请稍候……"
        assert not dialog.transfer_button.isEnabled()
    assert dialog.progress_dialog is None
    with qtbot.waitSignal(dialog.form_issued, timeout=WAIT_MS) as blocker:
        assert dialog.print_form()
    info = blocker.args[0]
    assert info.kind == "transfer"
    assert info.transfer_id == dialog.result.transfer_id  # type: ignore[union-attr]
    assert dialog.preview is not None
    qtbot.waitUntil(lambda: dialog.preview is not None and dialog.preview.page_count() >= 1)
    assert dialog.preview.number_label.text() == info.doc_no
    assert info.doc_no in dialog.print_status.text()
    dialog.preview.close()
