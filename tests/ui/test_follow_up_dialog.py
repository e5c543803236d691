"""记录跟进 and 调整意向等级: one transaction per save; reached renews protection, not
reached does not; the next date defaults to the grade plan; a grade other than the
suggestion needs a reason, refused inline with every typed value kept."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.follow_up_dialog import FollowUpDialog
from app.ui.grade_dialog import GradeDialog

from .follow_up_office import FollowUpOffice, fu_clock, fu_office, fu_services  # noqa: F401

#: 张伟 visited on 20 February: protected for 30 days, until 22 March 10:00.
PROTECTED_BEFORE = dt.datetime(2026, 3, 22, 10, 0)


@pytest.fixture
def open_dialog(qtbot: QtBot, fu_services: Services, fu_office: FollowUpOffice):  # type: ignore[no-untyped-def]  # noqa: F811
    def make(name: str = "张伟", user: UserInfo | None = None) -> FollowUpDialog:
        dialog = FollowUpDialog(
            fu_services, user or fu_office.consultant, fu_office.customers[name]
        )
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        return dialog

    return make


def _file(services: Services, office: FollowUpOffice, name: str):  # type: ignore[no-untyped-def]
    return services.customers.get_file(office.manager, office.customers[name])


def _fill(dialog: FollowUpDialog, *, reached: bool) -> None:
    dialog.channel_buttons["wechat"].setChecked(True)
    dialog.content_edit.setPlainText("客户关心学区，想看 128 平三居")
    dialog.outcome_edit.setText("约周六来访")
    (dialog.reached_yes if reached else dialog.reached_no).setChecked(True)


def test_shows_the_customer_the_plan_and_the_suggestion(
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    assert dialog.windowTitle() == "记录跟进 — 张伟"
    assert dialog.grade_chip.text() == "A 高意向"
    assert dialog.channel() == "phone"
    assert dialog.reached() is None
    assert dialog.plan_radio.isChecked()
    assert dialog.plan_radio.text() == "按计划：2026-03-04（A 级每 2 天）"
    # No unit fits the wanted layout: the system suggests C, with its reasons.
    assert dialog.suggestion_label.text() == "系统建议：C 低意向"
    assert "没有符合意向户型和面积的可售房源" in dialog.reasons_label.text()
    assert dialog.grade_combo.currentText() == "保持 A 级"
    assert dialog.grade_combo.itemText(dialog.grade_combo.findData("C")) == "C 低意向（建议）"
    assert not dialog.form.isRowVisible(dialog.grade_reason_field)
    assert "只有联系上客户的跟进才会续期保护期（30 天）" in dialog.protection_hint.text()
    dialog.reached_yes.setChecked(True)
    assert dialog.protection_hint.text() == "联系上客户：保护期从今天起续 30 天。"
    dialog.reached_no.setChecked(True)
    assert dialog.protection_hint.text() == "未联系上不算有效跟进：保护期不续期。"
    # The plan follows the grade chosen in the dialog.
    dialog.set_grade_choice("C")
    assert dialog.plan_radio.text() == "按计划：2026-03-16（C 级每 14 天）"


def test_reached_renews_protection_and_plans_the_next_date(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    assert _file(fu_services, fu_office, "张伟").protected_until == PROTECTED_BEFORE
    dialog = open_dialog()
    _fill(dialog, reached=True)
    assert dialog.save()
    result = dialog.result
    assert result is not None and result.reached
    assert result.next_follow_up_date == dt.date(2026, 3, 4)
    assert result.protected_until == dt.datetime(2026, 4, 1, 10, 0)
    customer = _file(fu_services, fu_office, "张伟")
    assert customer.protected_until == dt.datetime(2026, 4, 1, 10, 0)
    assert customer.next_follow_up_date == dt.date(2026, 3, 4)
    assert not dialog.isVisible()


def test_not_reached_does_not_renew_protection(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    _fill(dialog, reached=False)
    assert dialog.save()
    assert dialog.result is not None and not dialog.result.reached
    customer = _file(fu_services, fu_office, "张伟")
    assert customer.protected_until == PROTECTED_BEFORE
    assert customer.next_follow_up_date == dt.date(2026, 3, 4)


def test_a_picked_date_wins_over_the_plan(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    _fill(dialog, reached=True)
    dialog.next_date_edit.setDate(QDate(2026, 3, 7))
    assert dialog.pick_radio.isChecked()
    # Earlier than today cannot be picked.
    dialog.next_date_edit.setDate(QDate(2026, 2, 1))
    assert dialog.chosen_next_date() == dt.date(2026, 3, 2)
    dialog.next_date_edit.setDate(QDate(2026, 3, 7))
    assert dialog.save()
    assert _file(fu_services, fu_office, "张伟").next_follow_up_date == dt.date(2026, 3, 7)


def test_missing_answers_are_refused_inline(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    dialog.outcome_edit.setText("没接")
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.content_field.error.text() == "请填写跟进内容"
    assert dialog.reached_field.error.text() == "请选择是否联系上客户"
    assert dialog.outcome_edit.text() == "没接"
    assert _file(fu_services, fu_office, "张伟").protected_until == PROTECTED_BEFORE


def test_grade_override_without_reason_is_refused_with_values_kept(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    _fill(dialog, reached=True)
    dialog.next_date_edit.setDate(QDate(2026, 3, 9))
    dialog.set_grade_choice("D")  # the system suggests C
    assert dialog.form.isRowVisible(dialog.grade_reason_field)
    assert not dialog.save()
    assert dialog.isVisible()
    assert dialog.grade_reason_field.error.text() == "系统建议为 C 级，改为 D 级需要填写原因"
    assert dialog.grade_reason_field.error.isVisible()
    # Everything typed is still there.
    assert dialog.channel() == "wechat"
    assert dialog.content_edit.toPlainText() == "客户关心学区，想看 128 平三居"
    assert dialog.outcome_edit.text() == "约周六来访"
    assert dialog.reached() is True
    assert dialog.chosen_next_date() == dt.date(2026, 3, 9)
    assert dialog.grade_combo.currentData() == "D"
    # Nothing was saved.
    customer = _file(fu_services, fu_office, "张伟")
    assert customer.grade == "A"
    assert customer.protected_until == PROTECTED_BEFORE
    # With a reason it goes through, in one transaction with the follow-up.
    dialog.grade_reason_edit.setText("客户已在别处买房")
    assert dialog.save()
    assert dialog.result is not None and dialog.result.grade_changed
    customer = _file(fu_services, fu_office, "张伟")
    assert customer.grade == "D"
    assert customer.next_follow_up_date == dt.date(2026, 3, 9)
    assert customer.protected_until == dt.datetime(2026, 4, 1, 10, 0)
    history = fu_services.grading.history(fu_office.manager, fu_office.customers["张伟"])
    assert history[0].reason == "客户已在别处买房"


def test_choosing_the_suggestion_needs_no_reason(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    _fill(dialog, reached=True)
    dialog.set_grade_choice("C")
    assert not dialog.form.isRowVisible(dialog.grade_reason_field)
    assert dialog.save()
    assert _file(fu_services, fu_office, "张伟").grade == "C"
    assert dialog.result is not None
    assert dialog.result.next_follow_up_date == dt.date(2026, 3, 16)


def test_ctrl_enter_saves_and_enter_does_not(
    qtbot: QtBot,
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    _fill(dialog, reached=True)
    dialog.outcome_edit.setFocus()
    qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return)
    assert dialog.result is None and dialog.isVisible()
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.outcome_edit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result is not None


def test_a_consultant_cannot_follow_up_someone_elses_customer(
    fu_office: FollowUpOffice,  # noqa: F811
    open_dialog,  # type: ignore[no-untyped-def]
) -> None:
    dialog = open_dialog("刘洋")  # 王浩然's customer
    assert "*" in dialog.details_label.text()  # masked phone
    _fill(dialog, reached=True)
    assert not dialog.save()
    assert dialog.error_label.text() == "只有客户的置业顾问或销售经理可以记录跟进"
    assert dialog.content_edit.toPlainText() == "客户关心学区，想看 128 平三居"


# --- 调整意向等级 ------------------------------------------------------------------------


def test_grade_dialog_override_needs_a_reason(
    qtbot: QtBot,
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
) -> None:
    dialog = GradeDialog(fu_services, fu_office.consultant, fu_office.customers["李娜"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.suggestion_label.text() == "C 低意向"
    assert dialog.grade_combo.currentData() == "C"  # starts at the suggestion
    assert dialog.history_table.rowCount() == 1
    assert dialog.history_table.item(0, 1).text() == "- → B"
    assert dialog.history_table.item(0, 3).text() == "首次接待后分级"
    dialog.grade_combo.setCurrentIndex(dialog.grade_combo.findData("A"))
    assert dialog.form.isRowVisible(dialog.reason_field)
    assert not dialog.save()
    assert dialog.reason_field.error.text() == "系统建议为 C 级，改为 A 级需要填写原因"
    assert dialog.grade_combo.currentData() == "A"
    assert _file(fu_services, fu_office, "李娜").grade == "B"
    dialog.reason_edit.setText("客户已问过价格，本月内决定")
    dialog.pick_check.setChecked(True)
    dialog.next_date_edit.setDate(QDate(2026, 3, 3))
    assert dialog.save()
    assert dialog.result is not None and dialog.result.changed
    customer = _file(fu_services, fu_office, "李娜")
    assert customer.grade == "A"
    assert customer.next_follow_up_date == dt.date(2026, 3, 3)
