"""Revealing a masked number needs a reason, and the reveal is audited (issue 5)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.privacy import AuditAction, AuditFilter
from app.services.container import Services
from app.ui.reveal_dialog import RevealDialog
from tests.test_reception_support import Office, form, make_office

PHONE = "13812345678"


@pytest.fixture
def office(gui_services: Services) -> Office:
    return make_office(gui_services)


@pytest.fixture
def customer_id(gui_services: Services, office: Office) -> int:
    return gui_services.reception.register_visit(
        office.reception, form(PHONE, office.a.id)
    ).customer_id


def _dialog(qtbot: QtBot, **kwargs: object) -> RevealDialog:
    dialog = RevealDialog("查看 张三 的完整手机号", "手机号", **kwargs)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _choose(dialog: RevealDialog, text: str) -> None:
    dialog.reason_combo.setCurrentIndex(dialog.reason_combo.findText(text))


def test_a_reason_is_required(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    assert "手机号" in dialog.explain_label.text() and "审计日志" in dialog.explain_label.text()
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.reason is None
    assert dialog.reason_field.error.text() == "请选择查看原因。"

    # 其他 needs a written reason.
    _choose(dialog, "其他")
    assert not dialog.reason_field.error.isVisible()  # choosing clears the message
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.detail_field.error.text() == "请写明查看原因。"

    dialog.detail_edit.setText("客户要求  更正号码")  # QTest types ASCII only
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RevealDialog.DialogCode.Accepted
    assert dialog.reason == "客户要求 更正号码"


def test_a_preset_reason_with_a_note(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    presets = [dialog.reason_combo.itemText(i) for i in range(dialog.reason_combo.count())]
    assert presets[:4] == ["请选择原因…", "客户来电核实", "办理认购", "办理签约"]
    assert "经理审批" in presets and presets[-1] == "其他"
    _choose(dialog, "客户来电核实")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.reason == "客户来电核实"

    second = _dialog(qtbot)
    _choose(second, "办理认购")
    second.detail_edit.setText("3 号楼 1201")
    qtbot.keyClick(second.detail_edit, Qt.Key.Key_Return)  # Enter presses 查看
    assert second.reason == "办理认购：3 号楼 1201"


def test_cancel_gives_no_reason(qtbot: QtBot) -> None:
    dialog = _dialog(qtbot)
    _choose(dialog, "经理审批")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == RevealDialog.DialogCode.Rejected and dialog.reason is None


def test_ask_returns_the_reason(qtbot: QtBot) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, RevealDialog)
        _choose(dialog, "售后回访")
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    assert RevealDialog.ask(None, "查看完整号码") == "售后回访"


def test_reveal_calls_the_service_and_is_audited(
    qtbot: QtBot, gui_services: Services, office: Office, customer_id: int
) -> None:
    def reveal(actor):  # type: ignore[no-untyped-def]
        return lambda reason: gui_services.customers.reveal_phone(actor, customer_id, reason)

    # Another consultant has no right: the refusal is shown, the dialog and input stay.
    denied = _dialog(qtbot, reveal=reveal(office.b))
    _choose(denied, "客户来电核实")
    qtbot.mouseClick(denied.ok_button, Qt.MouseButton.LeftButton)
    assert denied.isVisible() and denied.value is None
    assert "无权查看" in denied.error_label.text()
    assert denied.reason_combo.currentText() == "客户来电核实"

    dialog = _dialog(qtbot, reveal=reveal(office.reception))
    _choose(dialog, "客户来电核实")
    dialog.detail_edit.setText(f"来电号码 {PHONE}")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.value == PHONE and not dialog.isVisible()

    rows = gui_services.audit.page(
        office.manager, AuditFilter(actions=(AuditAction.REVEAL_PHONE,))
    ).rows
    assert [(r.user_id, r.customer_id) for r in rows] == [(office.reception.id, customer_id)]
    assert "138****5678" in rows[0].detail and "客户来电核实" in rows[0].detail
    assert PHONE not in rows[0].detail  # the note's number is masked by the service too
