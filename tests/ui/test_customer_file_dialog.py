"""The customer file (客户档案) through its widgets: editing with the reception's
validation (a rejected save keeps what was typed, nothing is half-saved), family
members, consent, and the read-only timeline newest first. (Someone else's customer is
not opened at all: see tests/ui/test_customers_page.py.)"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.domain.customer import CustomerFilter, TimelineKind
from app.domain.enums import ConsentPurpose
from app.domain.models import UserInfo
from app.domain.privacy import AuditAction, AuditFilter
from app.ui.colors import GRADE_COLORS
from app.ui.customer_file_dialog import CustomerFileDialog, parse_date, wan, yuan_from_wan
from app.ui.timeline_widget import TimelineModel, kind_color
from tests.ui.customers_office import (  # noqa: F401  (fixtures)
    CustomersOffice,
    office_fixture,
    office_template_fixture,
)


def _open(qtbot: QtBot, office: CustomersOffice, user: UserInfo, name: str) -> CustomerFileDialog:
    dialog = CustomerFileDialog(office.services, user, office.ids[name])
    qtbot.addWidget(dialog, before_close_func=CustomerFileDialog.forget_changes)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot: QtBot, edit, text: str) -> None:  # type: ignore[no-untyped-def]
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_parsing_helpers() -> None:
    assert (
        str(parse_date("1985-6-1")) == "1985-06-01" and str(parse_date("19850601")) == "1985-06-01"
    )
    assert parse_date("") is None and parse_date("1985-02-30") == "1985-02-30"
    assert wan(Decimal("3900000.00")) == "390" and wan(Decimal("1255000")) == "125.5"
    assert yuan_from_wan("390") == Decimal("3900000") and yuan_from_wan("abc") == "abc"


def test_a_rejected_save_keeps_every_typed_value(qtbot: QtBot, office: CustomersOffice) -> None:
    dialog = _open(qtbot, office, office.consultant, "张三")
    assert dialog.file.full_access and dialog.save_button.isVisible()
    assert dialog.phone_edit.text() == "13958427391"
    _type(qtbot, dialog.phone_edit, "1234")
    _type(qtbot, dialog.occupation_edit, "IT engineer")
    dialog.home_district_edit.setText("滨江区")
    dialog.budget_total_edit.setText("390")
    dialog.wanted_layout_combo.setCurrentText("三室两厅两卫")
    dialog.focus_checks["school"].setChecked(True)
    dialog.birthday_edit.setText("1985-06-01")
    dialog.decision_months_spin.setValue(3)
    saved: list[int] = []
    dialog.customer_changed.connect(saved.append)

    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert not saved
    assert dialog.fields["phone"].error.isVisible()
    assert dialog.fields["phone"].error.text()
    assert dialog.tabs.currentIndex() == 0  # the tab of the first error is shown
    assert "没有保存" in dialog.error_label.text()
    # Everything typed is still there.
    assert dialog.phone_edit.text() == "1234"
    assert dialog.occupation_edit.text() == "IT engineer"
    assert dialog.home_district_edit.text() == "滨江区"
    assert dialog.budget_total_edit.text() == "390"
    assert dialog.wanted_layout_combo.currentText() == "三室两厅两卫"
    assert dialog.focus_checks["school"].isChecked()
    assert dialog.birthday_edit.text() == "1985-06-01"
    # ... and nothing was saved (one transaction).
    stored = office.services.customers.get_file(office.consultant, office.ids["张三"])
    assert stored.occupation is None and stored.budget_total is None

    # Editing the phone clears its message; a valid number saves everything at once.
    _type(qtbot, dialog.phone_edit, "13958427392")
    assert not dialog.fields["phone"].error.isVisible()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert saved == [office.ids["张三"]]
    assert "已保存" in dialog.status_label.text() and not dialog.error_label.isVisible()
    stored = office.services.customers.get_file(office.consultant, office.ids["张三"])
    assert stored.phone == "13958427392" and stored.occupation == "IT engineer"
    assert stored.budget_total == Decimal("3900000.00")
    assert stored.wanted_layout == "三室两厅两卫" and "school" in stored.focus_points
    assert str(stored.birthday) == "1985-06-01" and stored.decision_months == 3
    assert not dialog.is_dirty()


def test_needs_errors_show_on_their_tab(qtbot: QtBot, office: CustomersOffice) -> None:
    dialog = _open(qtbot, office, office.consultant, "李四")
    dialog.area_min_edit.setText("120")
    dialog.area_max_edit.setText("90")
    dialog.budget_total_edit.setText("200")
    dialog.budget_down_payment_edit.setText("300")
    dialog.occupation_edit.setText("教师")
    assert not dialog.save()
    assert dialog.tabs.currentWidget() is dialog.needs_tab
    assert dialog.fields["wanted_area_max"].error.text() == "面积上限应不小于下限"
    assert dialog.fields["budget_down_payment"].error.text() == "首付不能高于总价"
    stored = office.services.customers.get_file(office.consultant, office.ids["李四"])
    assert stored.occupation is None  # the valid field was not saved alone either
    assert dialog.area_min_edit.text() == "120" and dialog.occupation_edit.text() == "教师"


def test_timeline_newest_first_and_read_only(qtbot: QtBot, office: CustomersOffice) -> None:
    cid = office.ids["张三"]
    office.services.follow_ups.complete(
        office.consultant, cid, "phone", "电话回访", "客户想看学区房", True,
        new_grade="A", grade_reason="已询价，一个月内决定",
    )  # fmt: skip
    dialog = _open(qtbot, office, office.consultant, "张三")
    dialog.tabs.setCurrentWidget(dialog.timeline_tab)
    entries = dialog.timeline.entries()
    service = office.services.customers.timeline(office.consultant, cid)
    assert [(e.kind, e.summary) for e in entries] == [(e.kind, e.summary) for e in service]
    times = [e.at for e in entries]
    assert times == sorted(times, reverse=True)
    kinds = {e.kind for e in entries}
    assert {TimelineKind.VISIT, TimelineKind.FOLLOW_UP, TimelineKind.GRADE} <= kinds
    assert entries[-1].kind in (TimelineKind.VISIT, TimelineKind.OWNERSHIP, TimelineKind.CONSENT)
    grade = next(e for e in entries if e.kind is TimelineKind.GRADE)
    assert kind_color(grade).name().upper() == GRADE_COLORS["A"].upper()
    assert f"共 {len(entries)} 条记录" in dialog.timeline_hint.text()
    model = dialog.timeline.model()
    assert model.rowCount() == len(entries)
    index = model.index(0, 0)
    assert index.data(TimelineModel.ENTRY_ROLE) == entries[0]
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable
    assert dialog.grade_chip.text() == "A 高意向"


def test_family_members(qtbot: QtBot, office: CustomersOffice) -> None:
    dialog = _open(qtbot, office, office.consultant, "张三")
    dialog.tabs.setCurrentWidget(dialog.related_tab)
    dialog.related_relation_combo.setCurrentIndex(dialog.related_relation_combo.findData("spouse"))
    dialog.related_name_edit.setText("王丽")
    _type(qtbot, dialog.related_phone_edit, "555")
    assert not dialog.add_related_person()
    assert dialog.related_phone_field.error.isVisible()
    assert dialog.related_name_edit.text() == "王丽"  # kept
    _type(qtbot, dialog.related_phone_edit, "13958427300")
    qtbot.mouseClick(dialog.add_related_button, Qt.MouseButton.LeftButton)
    assert dialog.related_table.rowCount() == 1
    assert dialog.related_table.item(0, 0).text() == "配偶"
    assert dialog.related_table.item(0, 2).text() == "13958427300"
    # The family member's phone now finds the customer at reception.
    plan = office.services.customer_query.page(office.manager, CustomerFilter(search="13958427300"))
    assert [r.id for r in plan] == [office.ids["张三"]]

    dialog.related_table.selectRow(0)
    assert dialog.remove_related_button.isEnabled()
    assert dialog.remove_selected_related(confirm=False)
    assert dialog.related_table.rowCount() == 0
    stored = office.services.customers.get_file(office.consultant, office.ids["张三"])
    assert stored.related_persons == ()


def test_consent_grant_and_withdraw_are_recorded(qtbot: QtBot, office: CustomersOffice) -> None:
    dialog = _open(qtbot, office, office.consultant, "张三")
    dialog.tabs.setCurrentWidget(dialog.consent_tab)
    marketing = dialog.consent_rows[ConsentPurpose.MARKETING]
    assert marketing.state_label.text() == "未同意" and marketing.grant_button.isEnabled()
    basic = dialog.consent_rows[ConsentPurpose.BASIC]
    assert basic.state_label.text().startswith("已同意")
    dialog.occupation_edit.setText("医生")  # typed, not saved: a grant keeps it
    qtbot.mouseClick(marketing.grant_button, Qt.MouseButton.LeftButton)
    assert marketing.state_label.text().startswith("已同意（")
    assert marketing.withdraw_button.isEnabled() and not marketing.grant_button.isEnabled()
    assert dialog.occupation_edit.text() == "医生"

    assert dialog.set_consent(ConsentPurpose.MARKETING, False)
    assert marketing.state_label.text().startswith("已撤回（")
    audit = office.services.audit.page(
        office.manager, AuditFilter(actions=(AuditAction.CONSENT,))
    ).rows
    assert audit and audit[0].customer_id == office.ids["张三"]
    history = office.services.privacy.consents(office.consultant, office.ids["张三"]).history
    assert [(h.purpose, h.granted) for h in history[:2]] == [
        (ConsentPurpose.MARKETING, False),
        (ConsentPurpose.MARKETING, True),
    ]
    dialog.discard_and_close()
