"""接待台 through the real widgets, on a real migrated SQLite file, time moved by a clock.

Every registration here is typed: keys into the phone field, Enter from field to field,
Ctrl+Enter to save, exactly as reception works (SPEC §3, issue 3).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from app.db.engine import open_database
from app.domain.clock import FixedClock
from app.domain.customer import RegistrationResult
from app.domain.enums import Channel, Role, RotationStatus, VisitKind
from app.domain.models import UserInfo
from app.domain.ownership import RouteKind
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.models.visit_table_model import VisitTableModel
from app.ui.pages.reception_page import ReceptionPage, layout_text, parse_area

from .reception_office import PASSWORD, Office, make_office, register, sign_in

PHONE = "13812345678"
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def office(sqlite_services: Services, clock: FixedClock) -> Office:
    return make_office(sqlite_services, clock)


def open_page(qtbot: QtBot, services: Services, user: UserInfo) -> ReceptionPage:
    page = ReceptionPage(services, user, AppEvents())
    qtbot.addWidget(page)
    page.resize(1200, 860)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    return page


@pytest.fixture
def page(qtbot: QtBot, office: Office) -> ReceptionPage:
    return open_page(qtbot, office.services, office.reception)


def key(qtbot: QtBot, widget: QWidget, k: Qt.Key, mods: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:  # fmt: skip
    qtbot.keyClick(widget, k, mods)


def focused(page: ReceptionPage) -> QWidget | None:
    return QApplication.focusWidget()


def enter(qtbot: QtBot, page: ReceptionPage) -> None:
    """Enter in whatever field has the focus (moves to the next one)."""
    widget = QApplication.focusWidget()
    assert widget is not None and page.isAncestorOf(widget)
    key(qtbot, widget, Qt.Key.Key_Return)


def ime(widget: QWidget, text: str) -> None:
    """Chinese (or full-width) text arrives as an input-method commit, as from a pinyin
    IME; ``QTest.keyClicks`` only knows ASCII keys."""
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def type_phone(qtbot: QtBot, page: ReceptionPage, phone: str) -> None:
    page.phone_edit.setFocus()
    if phone.isascii():
        qtbot.keyClicks(page.phone_edit, phone)
    else:
        ime(page.phone_edit, phone)


def pick(combo, data: object) -> None:  # type: ignore[no-untyped-def]
    """Choose an item as the user does (``activated`` is emitted)."""
    index = combo.findData(data)
    assert index >= 0, data
    combo.setCurrentIndex(index)
    combo.activated.emit(index)


def save(qtbot: QtBot, page: ReceptionPage) -> None:
    widget = QApplication.focusWidget() or page.phone_edit
    key(qtbot, widget, Qt.Key.Key_Return, CTRL)


def queue_order(office: Office) -> list[int]:
    return [e.consultant_id for e in office.services.rotation.queue(office.reception).entries]


def customers(office: Office) -> list[int]:
    from sqlalchemy import select

    from app.models import Customer

    with office.services.db.read() as s:
        return list(s.scalars(select(Customer.id)))


# --- the fastest path: a new walk-in through the rotation --------------------------------


def test_new_walk_in_typed_with_the_keyboard_goes_to_the_rotation(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a, office.b, office.c)
    page.refresh()
    assert QApplication.focusWidget() is page.phone_edit  # focus starts in the phone field
    assert page.card.empty_label.isVisible()

    # The exact keystrokes of the README's user guide (the name's IME keys aside).
    qtbot.keyClicks(page.phone_edit, "138 1234-5678")  # normalised while typing
    assert page.plan is not None and page.plan.card is None
    assert page.plan.route is RouteKind.ROTATION and page.plan.consultant_id == office.a.id
    assert page.card.headline_label.text() == "新客户"
    assert "按轮序由 王芳 接待" in page.card.route_label.text()
    assert page.phone_hint.text() == "已识别：13812345678"
    assert page.consultant_combo.currentData() == office.a.id
    enter(qtbot, page)
    assert focused(page) is page.name_edit
    ime(page.name_edit, "张")
    enter(qtbot, page)
    assert focused(page) is page.gender_field
    key(qtbot, page.gender_field, Qt.Key.Key_1)
    assert page.gender_field.value() == "M"
    enter(qtbot, page)
    assert focused(page) is page.party_spin
    key(qtbot, page.party_spin, Qt.Key.Key_2)
    enter(qtbot, page)
    assert focused(page) is page.channel_combo
    key(qtbot, page.channel_combo, Qt.Key.Key_1)
    assert page.channel_combo.currentData() == Channel.WALK_IN.value
    enter(qtbot, page)
    assert focused(page) is page.consultant_combo
    enter(qtbot, page)  # accept the rotation's proposal; no reason row, so on to consent
    assert focused(page) is page.consent_basic_check
    key(qtbot, page.consent_basic_check, Qt.Key.Key_Space)
    assert page.consent_basic_check.isChecked()
    enter(qtbot, page)
    assert focused(page) is page.consent_marketing_check
    enter(qtbot, page)
    assert focused(page) is page.area_edit
    qtbot.keyClicks(page.area_edit, "90-120")
    enter(qtbot, page)
    assert focused(page) is page.layout_combo
    qtbot.keyClicks(page.layout_combo, "3")
    enter(qtbot, page)
    assert page.layout_combo.currentText() == "三室"
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    result: RegistrationResult = saved.args[0]

    assert result.created_customer and result.kind is VisitKind.FIRST and result.consumed_turn
    assert result.consultant_id == office.a.id and result.registration_complete
    assert "已登记：张先生（首访），由 王芳 接待，占用一次轮序" in page.message_label.text()
    # The form is ready for the next visitor.
    assert page.phone_edit.text() == "" and page.name_edit.text() == ""
    assert QApplication.focusWidget() is page.phone_edit
    # The board shows the visitor; the queue has turned.
    assert page.board_model.rowCount() == 1
    row = page.board_model.row_at(0)
    assert (row.customer_name, row.consultant_name, row.party_size) == ("张", "王芳", 2)
    assert page.board.summary_label.text() == "在场 1 组 · 2 人 · 今日来访 1 组"
    assert queue_order(office) == [office.b.id, office.c.id, office.a.id]
    assert page.rotation_panel.queue is not None
    assert page.rotation_panel.queue.proposed_id == office.b.id
    assert page.consultant_combo.currentData() == office.b.id
    file = office.services.customers.get_file(office.manager, result.customer_id)
    assert file.wanted_layout == "三室" and file.phone == PHONE
    assert (file.wanted_area_min, file.wanted_area_max) == (Decimal("90.00"), Decimal("120.00"))
    assert file.consent.basic and not file.consent.marketing


def test_phone_lookup_waits_for_the_typing_to_pause_unless_it_is_a_mobile(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    register(office, "+85291234567", office.a)
    # A Hong Kong number may still grow: looked up 80 ms after the last key.
    type_phone(qtbot, page, "+852 9123 4567")
    assert page.plan is None
    qtbot.waitUntil(lambda: page.plan is not None, timeout=1000)
    assert page.plan is not None and page.plan.card is not None
    assert page.card.name_label.text() == "张三 先生"
    # Full-width digits and +86: a complete mainland mobile is looked up at once.
    page.clear_form()
    type_phone(qtbot, page, "+86 １３８１２３４５６７８")
    assert page.plan is not None and page.plan.phone_e164 == "+8613812345678"
    # Deleting a digit forgets the card.
    key(qtbot, page.phone_edit, Qt.Key.Key_Backspace)
    assert page.plan is None and page.card.empty_label.isVisible()


# --- ownership: return visit, lapse, override ------------------------------------------


def test_return_visit_goes_to_the_owner_without_using_a_turn(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a, office.b)
    first = register(office, PHONE, office.a)
    office.services.reception.check_out(office.reception, first.visit_id)
    office.clock.advance(days=10)
    sign_in(office, office.b, office.a)
    page.refresh()
    before = queue_order(office)

    type_phone(qtbot, page, PHONE)
    plan = page.plan
    assert plan is not None and plan.route is RouteKind.OWNER and not plan.consumes_turn
    assert page.card.details.isVisible()
    assert page.card.name_label.text() == "张三 先生"
    assert page.card.owner_value.text() == "王芳"
    assert page.card.visits_value.text() == "1 次"
    assert page.card.last_visit_value.text() == "2026-03-02"
    assert page.card.follow_up_value.text() == "无"
    assert page.card.protection_value.text() == "保护期内，至 2026-04-01（还剩 20 天）"
    assert page.card.phone_value.text() == "138****5678"  # reception sees it masked
    assert "老客户，归属顾问 王芳" in page.card.route_label.text()
    assert page.card.grade_chip.text() == "未分级"
    assert not page.card.override_button.isVisible()  # reception cannot 改派
    # Name and gender come from the card; the owner is proposed.
    assert page.name_edit.text() == "张三" and page.gender_field.value() == "M"
    assert page.consultant_combo.currentData() == office.a.id
    assert not page.reason_edit.isVisible()
    pick(page.channel_combo, Channel.WALK_IN.value)
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    result: RegistrationResult = saved.args[0]
    assert result.kind is VisitKind.RETURN and not result.consumed_turn
    assert result.consultant_id == office.a.id and not result.created_customer
    assert "不占轮序" in page.message_label.text()
    assert queue_order(office) == before
    entry = next(
        e
        for e in office.services.rotation.queue(office.reception).entries
        if e.consultant_id == office.a.id
    )
    assert entry.status is RotationStatus.BUSY
    assert len(customers(office)) == 1


def test_lapsed_customer_goes_to_the_public_pool_and_the_rotation(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    first = register(office, PHONE, office.a)
    office.services.reception.check_out(office.reception, first.visit_id)
    office.clock.advance(days=31)
    sign_in(office, office.b, office.a)
    page.refresh()

    type_phone(qtbot, page, PHONE)
    plan = page.plan
    assert plan is not None and plan.route is RouteKind.ROTATION and plan.lapses
    assert plan.consultant_id == office.b.id
    assert page.card.protection_value.text() == "保护期已过（2026-04-01 到期）"
    assert "转入公共客户池，按轮序由 李强 接待" in page.card.route_label.text()
    assert page.consultant_combo.currentData() == office.b.id
    pick(page.channel_combo, Channel.PHONE.value)
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    result: RegistrationResult = saved.args[0]
    assert result.consultant_id == office.b.id and result.consumed_turn
    assert result.ownership_events == ("lapse", "register")
    assert queue_order(office) == [office.a.id, office.b.id]
    card = office.services.reception.lookup_phone(office.manager, PHONE)
    assert card is not None and card.owner_id == office.b.id


def test_manager_override_needs_a_written_reason_and_lands_on_the_timeline(
    qtbot: QtBot, office: Office
) -> None:
    first = register(office, PHONE, office.a)
    office.services.reception.check_out(office.reception, first.visit_id)
    office.clock.advance(days=2)
    sign_in(office, office.a, office.b)
    page = open_page(qtbot, office.services, office.manager)

    type_phone(qtbot, page, PHONE)
    assert page.plan is not None and page.plan.route is RouteKind.OWNER
    assert page.card.phone_value.text() == PHONE  # a manager sees it in full
    assert page.card.override_button.isVisible()
    qtbot.mouseClick(page.card.override_button, Qt.MouseButton.LeftButton)
    assert page.reason_edit.isVisible() and page.reason_label.text() == "改派原因"
    assert QApplication.focusWidget() is page.consultant_combo
    pick(page.channel_combo, Channel.WALK_IN.value)
    # Still the owner selected: the manager must pick someone else.
    save(qtbot, page)
    assert page.fields["consultant_id"].error.text() == "请选择另一位置业顾问"
    assert page.fields["reason"].error.text() == "经理改派须写明原因"
    pick(page.consultant_combo, office.b.id)
    save(qtbot, page)
    assert page.fields["reason"].error.text() == "经理改派须写明原因"
    assert page.fields["reason"].error.isVisible()
    ime(page.reason_edit, "王芳休产假，客户同意改由李强接待")
    assert not page.fields["reason"].error.isVisible()
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    result: RegistrationResult = saved.args[0]
    assert result.consultant_id == office.b.id and "override" in result.ownership_events
    timeline = office.services.customers.timeline(office.manager, result.customer_id)
    overrides = [t for t in timeline if t.kind.value == "ownership" and t.action == "override"]
    assert overrides and "王芳休产假，客户同意改由李强接待" in overrides[0].detail


def test_reception_cannot_give_a_protected_customer_to_someone_else(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    register(office, PHONE, office.a)
    office.clock.advance(days=1)
    sign_in(office, office.a, office.b)
    page.refresh()
    type_phone(qtbot, page, PHONE)
    pick(page.channel_combo, Channel.WALK_IN.value)
    pick(page.consultant_combo, office.b.id)
    assert not page.reason_edit.isVisible()  # no 改派 for reception
    save(qtbot, page)
    assert "改派须由销售经理填写原因" in page.fields["consultant_id"].error.text()
    assert page.name_edit.text() == "张三"


def test_picking_another_consultant_than_the_rotation_asks_for_a_reason_inline(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a, office.b)
    page.refresh()
    type_phone(qtbot, page, PHONE)
    ime(page.name_edit, "李")
    page.gender_field.set_value("F")
    pick(page.channel_combo, Channel.REFERRAL.value)
    pick(page.consultant_combo, office.b.id)
    assert page.reason_edit.isVisible() and page.reason_label.text() == "不按轮序"
    # Enter from the consultant goes to the reason.
    page.consultant_combo.setFocus()
    enter(qtbot, page)
    assert focused(page) is page.reason_edit
    save(qtbot, page)
    assert page.fields["reason"].error.text() == "没有按轮序分配，请写明原因"
    ime(page.reason_edit, "老客户介绍，指定李强")
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    assert saved.args[0].consultant_id == office.b.id
    assert queue_order(office) == [office.a.id, office.b.id]


# --- two reception PCs, one phone ------------------------------------------------------


def test_same_new_phone_from_two_pcs_ends_with_one_customer(
    qtbot: QtBot, office: Office, sqlite_url: str
) -> None:
    sign_in(office, office.a, office.b)
    second_db = open_database(sqlite_url)
    try:
        other_pc = Services(second_db, office.clock)
        desk2 = other_pc.auth.create_user(
            "qiantai2", PASSWORD, Role.RECEPTION, "刘敏", office.reception.project_id
        )
        page1 = open_page(qtbot, office.services, office.reception)
        page2 = open_page(qtbot, other_pc, desk2)
        for page, name in ((page1, "张"), (page2, "章")):
            type_phone(qtbot, page, PHONE)
            assert page.plan is not None and page.plan.card is None  # both: a new customer
            ime(page.name_edit, name)
            page.gender_field.set_value("M")
            pick(page.channel_combo, Channel.WALK_IN.value)
            page.party_spin.setValue(3)
        with qtbot.waitSignal(page1.registered):
            page1.save()

        assert page2.save() is None  # the race is lost, calmly
        text = page2.message_label.text()
        assert "刚刚已由其他电脑登记为客户“张”" in text and "卡片已刷新" in text
        assert page2.message_label.property("tone") == "warning"
        # The card now shows the customer the other PC created; the form kept its values.
        assert page2.plan is not None and page2.plan.card is not None
        assert page2.plan.route is RouteKind.SAME_DAY
        assert page2.card.name_label.text() == "张 先生"
        assert page2.name_edit.text() == "章" and page2.party_spin.value() == 3
        assert page2.phone_edit.text() == PHONE
        assert len(customers(office)) == 1
        # Saving again records a same-day visit to that one customer.
        with qtbot.waitSignal(page2.registered) as saved:
            page2.save()
        assert saved.args[0].kind is VisitKind.SAME_DAY
        assert len(customers(office)) == 1
    finally:
        second_db.dispose()


# --- invalid input ---------------------------------------------------------------------


def test_invalid_inputs_are_marked_inline_and_keep_every_value(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a)
    page.refresh()
    type_phone(qtbot, page, "1381234567")  # ten digits
    enter(qtbot, page)  # Enter on a bad phone says why and stays
    assert page.phone_field.error.text() == "手机号码应为 11 位"
    assert QApplication.focusWidget() is page.phone_edit
    ime(page.area_edit, "大约一百")
    ime(page.note_edit, "带孩子来的")
    page.party_spin.setValue(4)
    save(qtbot, page)

    errors = {k: w.error.text() for k, w in page.fields.items() if w.error.isVisible()}
    assert page.phone_field.error.text() == "手机号码应为 11 位"
    assert errors["name"] == "请输入客户姓名或姓氏"
    assert errors["gender"] == "请选择性别"
    assert errors["channel"] == "请选择来源渠道"
    assert errors["wanted_area"] == "请写数字，如 90-120"
    assert "有 " in page.message_label.text()
    assert QApplication.focusWidget() is page.phone_edit  # the first problem
    # Nothing typed is lost.
    assert page.phone_edit.text() == "1381234567"
    assert page.area_edit.text() == "大约一百"
    assert page.note_edit.text() == "带孩子来的"
    assert page.party_spin.value() == 4

    # Fixing a field clears its message; extra data without consent is refused inline.
    qtbot.keyClicks(page.phone_edit, "8")
    assert not page.phone_field.error.isVisible()
    ime(page.name_edit, "王")
    page.gender_field.set_value("F")
    pick(page.channel_combo, Channel.ONLINE.value)
    page.area_edit.setText("100")
    save(qtbot, page)
    assert page.fields["consent_basic"].error.text().startswith("客户未同意个人信息收集")
    assert page.fields["note"].error.text() == "须先勾选“同意收集个人信息”"
    assert QApplication.focusWidget() is page.consent_basic_check
    page.consent_basic_check.setChecked(True)
    with qtbot.waitSignal(page.registered):
        save(qtbot, page)
    assert len(customers(office)) == 1
    # The resident ID is not asked for at reception (at subscription or contract only).
    assert not page.findChildren(QLineEdit, "residentIdEdit")
    assert all("身份证" not in label.text() for label in page.findChildren(QLabel))


def test_unknown_prefix_is_a_warning_not_a_block(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a)
    page.refresh()
    type_phone(qtbot, page, "14012345678")
    assert page.plan is not None and page.plan.phone_warning
    assert "号段未知" in page.phone_hint.text()
    assert "号段未知" in page.card.route_label.text()
    ime(page.name_edit, "赵")
    page.gender_field.set_value("M")
    pick(page.channel_combo, Channel.WALK_IN.value)
    with qtbot.waitSignal(page.registered):
        save(qtbot, page)
    assert "号段未知" in page.message_label.text()


# --- scouts, alternates, reveal ------------------------------------------------------------


def test_competitor_scout_does_not_use_a_turn(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    sign_in(office, office.a, office.b)
    page.refresh()
    type_phone(qtbot, page, PHONE)
    qtbot.mouseClick(page.scout_check, Qt.MouseButton.LeftButton)
    assert page.plan is not None and page.plan.route is RouteKind.SCOUT
    assert page.card.route_label.text() == "竞品踩盘，不占轮序，不建立客户归属"
    ime(page.name_edit, "某")
    page.gender_field.set_value("M")
    pick(page.channel_combo, Channel.OTHER.value)
    pick(page.consultant_combo, office.b.id)
    assert not page.reason_edit.isVisible()
    with qtbot.waitSignal(page.registered) as saved:
        save(qtbot, page)
    assert saved.args[0].kind is VisitKind.SCOUT and not saved.args[0].consumed_turn
    assert queue_order(office) == [office.a.id, office.b.id]


def test_alternate_phone_finds_the_customer_and_reveal_is_audited(
    qtbot: QtBot, office: Office, page: ReceptionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    register(office, PHONE, office.a, alt_phone="13900001111")
    type_phone(qtbot, page, "139-0000-1111")
    assert page.plan is not None and page.plan.card is not None
    assert page.card.matched_label.text() == "按备用电话查到"
    assert page.card.phone_value.text() == "138****5678"
    assert page.card.reveal_button.isVisible()

    from app.ui import pages as _pages  # noqa: F401  (the page module imports RevealDialog)
    from app.ui.pages import reception_page

    def reveal(_parent, _title, call, _what=""):  # type: ignore[no-untyped-def]
        return call("客户来电核实")

    monkeypatch.setattr(reception_page.RevealDialog, "reveal", staticmethod(reveal))
    qtbot.mouseClick(page.card.reveal_button, Qt.MouseButton.LeftButton)
    assert page.card.phone_value.text() == PHONE
    assert not page.card.reveal_button.isVisible()


# --- the board -------------------------------------------------------------------------


def test_check_out_records_the_duration(qtbot: QtBot, office: Office, page: ReceptionPage) -> None:
    sign_in(office, office.a)
    first = register(office, PHONE, office.a)
    register(office, "13900002222", office.a, name="李四", party_size=3, assign_reason="客户指定")
    office.clock.advance(minutes=35)
    page.refresh()
    model = page.board_model
    assert model.rowCount() == 2
    assert page.board.summary_label.text() == "在场 2 组 · 5 人 · 今日来访 2 组"
    assert model.index(0, VisitTableModel.ELAPSED).data() == "35 分钟"
    assert model.index(0, VisitTableModel.ARRIVED).data() == "10:00"
    page.board.table.selectRow(model.row_of(first.visit_id))
    office.clock.advance(minutes=5)
    with qtbot.waitSignal(page.checked_out) as left:
        key(qtbot, page.board.table, Qt.Key.Key_F9)
    assert left.args[0].duration_minutes == 40
    assert page.board.message_label.text() == "张三 已离店，停留 40 分钟。"
    assert model.rowCount() == 1
    assert page.board.summary_label.text() == "在场 1 组 · 3 人 · 今日来访 2 组"
    # The consultant is free again once the last visitor left.
    page.board.table.selectRow(0)
    page.check_out_selected()
    entry = office.services.rotation.queue(office.reception).entries[0]
    assert entry.status is RotationStatus.FREE
    assert page.board.empty_label.isVisible()
    today = office.services.reception.visits_today(office.manager)
    assert sorted(v.duration_minutes or 0 for v in today) == [40, 40]
    assert office.services.reception.count_visits_today(office.reception) == len(today) == 2


def test_board_model_passes_the_model_tester(qtmodeltester, office: Office) -> None:  # type: ignore[no-untyped-def]
    register(office, PHONE, office.a)
    model = VisitTableModel()
    model.set_rows(office.services.reception.in_office_now(office.reception), office.clock.now())
    qtmodeltester.check(model)
    row = model.index(0, 0).data(VisitTableModel.ROW_ROLE)
    assert row.customer_name == "张三"
    model.set_now(office.clock.now() + dt.timedelta(minutes=12))
    assert model.index(0, VisitTableModel.ELAPSED).data() == "12 分钟"


# --- keys --------------------------------------------------------------------------------


def test_escape_clears_only_after_confirmation_and_only_if_something_was_typed(
    qtbot: QtBot, office: Office, page: ReceptionPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[bool] = []
    answer = [False]

    def confirm() -> bool:
        asked.append(True)
        return answer[0]

    monkeypatch.setattr(page, "confirm_clear", confirm)
    key(qtbot, page.phone_edit, Qt.Key.Key_Escape)
    assert asked == []  # nothing typed: nothing to ask
    type_phone(qtbot, page, PHONE)
    ime(page.name_edit, "张")
    key(qtbot, page.name_edit, Qt.Key.Key_Escape)
    assert asked == [True] and page.phone_edit.text() == PHONE
    answer[0] = True
    key(qtbot, page.name_edit, Qt.Key.Key_F2)
    assert asked == [True, True]
    assert page.phone_edit.text() == "" and page.name_edit.text() == ""
    assert page.plan is None and QApplication.focusWidget() is page.phone_edit


def test_f5_refreshes_what_other_pcs_changed(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    assert page.rotation_panel.model.rowCount() == 0
    sign_in(office, office.a)
    register(office, PHONE, office.a)
    key(qtbot, page.phone_edit, Qt.Key.Key_F5)
    assert page.rotation_panel.model.rowCount() == 1
    assert page.board_model.rowCount() == 1


def test_admin_sees_no_customer_data(qtbot: QtBot, office: Office) -> None:
    admin = office.services.auth.create_user("admin", PASSWORD, Role.ADMIN, "管理员")
    page = open_page(qtbot, office.services, admin)
    assert not page.phone_edit.isEnabled()
    assert "管理员不查看客户信息" in page.card.empty_label.text()


def test_area_and_layout_shorthands() -> None:
    assert parse_area("90-120") == (Decimal("90"), Decimal("120"))
    assert parse_area(" 90～120㎡ ") == (Decimal("90"), Decimal("120"))
    assert parse_area("100") == (Decimal("100"), Decimal("100"))
    assert parse_area("") == (None, None)
    with pytest.raises(ValueError):
        parse_area("一百")
    with pytest.raises(ValueError):
        parse_area("1-2-3")
    assert layout_text("3") == "三室" and layout_text("三室两厅") == "三室两厅"


@pytest.fixture
def events_page(qtbot: QtBot, office: Office) -> Iterator[tuple[ReceptionPage, AppEvents]]:
    events = AppEvents()
    page = ReceptionPage(office.services, office.reception, events)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    yield page, events


def test_writes_announce_themselves(
    qtbot: QtBot, office: Office, events_page: tuple[ReceptionPage, AppEvents]
) -> None:
    page, events = events_page
    sign_in(office, office.a)
    page.refresh()
    type_phone(qtbot, page, PHONE)
    ime(page.name_edit, "张")
    page.gender_field.set_value("M")
    pick(page.channel_combo, Channel.WALK_IN.value)
    with qtbot.waitSignals([events.visits_changed, events.customers_changed]):
        page.save()
    # Another page's write makes this one reload.
    register(office, "13900003333", office.a, assign_reason="客户指定")
    events.visits_changed.emit()
    assert page.board_model.rowCount() == 2


def test_privacy_notice_is_one_click_away(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    from app.ui.privacy_notice_dialog import PrivacyNoticeDialog

    qtbot.mouseClick(page.privacy_button, Qt.MouseButton.LeftButton)
    dialogs = [d for d in page.findChildren(PrivacyNoticeDialog) if d.isVisible()]
    assert len(dialogs) == 1
    dialogs[0].close()


def test_channel_digits_pick_at_once_even_typed_quickly(
    qtbot: QtBot, office: Office, page: ReceptionPage
) -> None:
    for digit, code in (
        (Qt.Key.Key_1, "walk_in"),
        (Qt.Key.Key_2, "phone"),
        (Qt.Key.Key_5, "referral"),
    ):
        key(qtbot, page.channel_combo, digit)
        assert page.channel_combo.currentData() == code


def test_ctrl_1_lands_in_the_phone_field(qtbot: QtBot, office: Office) -> None:
    from app.ui.main_window import MainWindow

    window = MainWindow(office.services, office.reception, AppEvents())
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.pages["reception"]
    assert isinstance(page, ReceptionPage)
    window.show_page("settings")
    window.nav.setFocus()
    qtbot.keyClick(window.nav, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page_key() == "reception"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page.phone_edit)
    qtbot.keyClicks(page.phone_edit, PHONE)
    assert page.plan is not None
