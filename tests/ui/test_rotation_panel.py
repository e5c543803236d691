"""The rotation panel (接待轮序) through its real widgets: sign-in, the next consultant
highlighted, busy / free / leave, skip with a reason, make-up turns, the day's replay."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.domain.clock import FixedClock
from app.domain.enums import Role, RotationStatus
from app.domain.models import UserInfo
from app.services.container import Services
from app.ui.models.rotation_table_model import (
    NEXT_UP_BACKGROUND,
    RotationEventTableModel,
    RotationTableModel,
)
from app.ui.rotation_panel import ReasonDialog, RotationPanel

from .reception_office import PASSWORD, Office, make_office, register


@pytest.fixture
def office(sqlite_services: Services, clock: FixedClock) -> Office:
    return make_office(sqlite_services, clock)


def open_panel(qtbot: QtBot, services: Services, user: UserInfo) -> RotationPanel:
    panel = RotationPanel(services, user)
    qtbot.addWidget(panel)
    panel.resize(480, 520)
    panel.show()
    qtbot.waitExposed(panel)
    panel.refresh()
    return panel


@pytest.fixture
def panel(qtbot: QtBot, office: Office) -> RotationPanel:
    return open_panel(qtbot, office.services, office.reception)


def sign_in_by_hand(qtbot: QtBot, panel: RotationPanel, who: UserInfo) -> None:
    index = panel.candidate_combo.findData(who.id)
    assert index >= 0, who.display_name
    panel.candidate_combo.setCurrentIndex(index)
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)


def names(panel: RotationPanel) -> list[str]:
    return [r.consultant_name for r in panel.model.rows()]


def cell(panel: RotationPanel, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):  # type: ignore[no-untyped-def]  # fmt: skip
    return panel.model.index(row, column).data(role)


def test_signing_in_builds_the_queue_and_highlights_the_next_consultant(
    qtbot: QtBot,
    office: Office,
    panel: RotationPanel,
) -> None:
    assert panel.empty_label.isVisible() and not panel.table.isVisible()
    assert [panel.candidate_combo.itemText(i) for i in range(3)] == ["李强", "王芳", "赵敏"]
    for who in (office.a, office.b, office.c):
        sign_in_by_hand(qtbot, panel, who)
    assert names(panel) == ["王芳", "李强", "赵敏"]
    assert panel.candidate_combo.count() == 0 and not panel.sign_in_button.isEnabled()
    assert panel.summary_label.text() == "在岗 3 人 · 空闲 3 人 · 下一位：王芳"
    assert cell(panel, 0, RotationTableModel.POSITION) == "▶ 下一位"
    assert cell(panel, 1, RotationTableModel.POSITION) == "2"
    assert cell(panel, 0, RotationTableModel.STATUS) == "空闲"
    background = cell(panel, 0, RotationTableModel.CONSULTANT, Qt.ItemDataRole.BackgroundRole)
    assert background.color().name().upper() == NEXT_UP_BACKGROUND.upper()
    assert cell(panel, 1, RotationTableModel.CONSULTANT, Qt.ItemDataRole.BackgroundRole) is None


def test_busy_free_leave_and_make_up_turns(
    qtbot: QtBot,
    office: Office,
    panel: RotationPanel,
) -> None:
    for who in (office.a, office.b, office.c):
        office.services.rotation.sign_in(office.reception, who.id)
    panel.refresh()
    # 王芳 is with a customer: busy, and passed over without losing her place.
    panel.select_consultant(office.a.id)
    assert panel.busy_button.isEnabled() and not panel.free_button.isEnabled()
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.busy_button, Qt.MouseButton.LeftButton)
    assert cell(panel, 0, RotationTableModel.STATUS) == "接待中"
    assert panel.model.proposed_id() == office.b.id
    assert cell(panel, 1, RotationTableModel.POSITION) == "▶ 下一位"
    # A walk-in goes to 李强; 王芳 earns a make-up turn.
    register(office, "13812345678", office.b)
    panel.refresh()
    row = panel.model.row_of(office.a.id)
    assert cell(panel, row, RotationTableModel.MAKE_UP) == "补 1"
    # Free again: the make-up turn puts her first.
    panel.select_consultant(office.a.id)
    qtbot.mouseClick(panel.free_button, Qt.MouseButton.LeftButton)
    assert panel.model.proposed_id() == office.a.id
    # 赵敏 on leave is skipped and loses turns.
    panel.select_consultant(office.c.id)
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    row = panel.model.row_of(office.c.id)
    assert cell(panel, row, RotationTableModel.STATUS) == "请假"
    # Signing out takes her off duty; she can sign in again at the back.
    qtbot.mouseClick(panel.sign_out_button, Qt.MouseButton.LeftButton)
    assert cell(panel, panel.model.row_of(office.c.id), RotationTableModel.STATUS) == "已签退"
    assert panel.summary_label.text().startswith("在岗 2 人")
    assert panel.candidate_combo.findData(office.c.id) >= 0


def test_skip_needs_a_reason_and_is_in_the_replayable_history(
    qtbot: QtBot,
    office: Office,
    panel: RotationPanel,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for who in (office.a, office.b):
        office.services.rotation.sign_in(office.reception, who.id)
    panel.refresh()
    panel.select_consultant(office.a.id)
    answers: list[str | None] = [None, "王芳在带客户看样板间"]
    asked: list[str] = []

    def ask(title: str, explain: str) -> str | None:
        asked.append(title)
        return answers.pop(0)

    monkeypatch.setattr(panel, "ask_reason", ask)
    qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)  # cancelled
    assert names(panel) == ["王芳", "李强"] and asked == ["跳过 王芳"]
    with qtbot.waitSignal(panel.changed):
        qtbot.mouseClick(panel.skip_button, Qt.MouseButton.LeftButton)
    assert names(panel) == ["李强", "王芳"]
    assert panel.model.proposed_id() == office.b.id

    dialog = panel.show_history()
    assert dialog is not None
    qtbot.addWidget(dialog)
    model = dialog.model
    assert model.rowCount() == 3
    kinds = [model.index(r, RotationEventTableModel.EVENT).data() for r in range(3)]
    assert kinds == ["签到", "签到", "跳过"]
    assert model.index(2, RotationEventTableModel.REASON).data() == "王芳在带客户看样板间"
    assert model.index(2, RotationEventTableModel.BY).data() == "徐静"
    assert model.index(2, RotationEventTableModel.QUEUE).data() == "李强 → 王芳"
    assert model.index(2, RotationEventTableModel.REPLAY).data() == "一致"
    assert "得到的排队顺序都与当时保存的一致" in dialog.summary_label.text()
    dialog.close()


def test_reason_dialog_refuses_an_empty_reason(qtbot: QtBot) -> None:
    dialog = ReasonDialog("跳过 王芳", "说明")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.accepted.emit()
    assert dialog.reason is None and dialog.reason_field.error.text() == "请写明原因。"
    qtbot.keyClicks(dialog.reason_edit, "  busy  ")
    dialog.buttons.accepted.emit()
    assert dialog.reason == "busy" and dialog.result() == ReasonDialog.DialogCode.Accepted


def test_a_consultant_runs_only_their_own_entry(
    qtbot: QtBot,
    office: Office,
) -> None:
    office.services.rotation.sign_in(office.reception, office.b.id)
    panel = open_panel(qtbot, office.services, office.a)
    assert not panel.skip_button.isVisible() and not panel.history_button.isVisible()
    assert [panel.candidate_combo.itemText(i) for i in range(panel.candidate_combo.count())] == [
        "王芳"
    ]
    sign_in_by_hand(qtbot, panel, office.a)
    panel.select_consultant(office.b.id)
    assert not panel.busy_button.isEnabled() and not panel.sign_out_button.isEnabled()
    panel.select_consultant(office.a.id)
    assert panel.busy_button.isEnabled()
    qtbot.mouseClick(panel.leave_button, Qt.MouseButton.LeftButton)
    entry = next(
        e
        for e in office.services.rotation.queue(office.reception).entries
        if e.consultant_id == office.a.id
    )
    assert entry.status is RotationStatus.LEAVE


def test_refusals_are_shown_in_the_panel(
    qtbot: QtBot,
    office: Office,
    panel: RotationPanel,
) -> None:
    office.services.rotation.sign_in(office.reception, office.a.id)
    panel.refresh()
    # Another PC signs her out meanwhile; setting her busy here is refused politely.
    office.services.rotation.sign_out(office.reception, office.a.id)
    panel.select_consultant(office.a.id)
    panel.set_status(RotationStatus.BUSY)
    assert panel.message_label.isVisible()
    assert panel.message_label.text() == "该顾问已签退，请先签到"


def test_rotation_models_pass_the_model_tester(
    qtmodeltester,  # type: ignore[no-untyped-def]
    office: Office,
) -> None:
    for who in (office.a, office.b):
        office.services.rotation.sign_in(office.reception, who.id)
    office.services.rotation.skip(office.reception, office.a.id, "测试")
    queue = RotationTableModel()
    queue.set_queue(office.services.rotation.queue(office.reception))
    qtmodeltester.check(queue)
    events = RotationEventTableModel()
    events.set_events(office.services.rotation.events(office.reception), {})
    qtmodeltester.check(events)
    assert queue.index(0, 0).data(RotationTableModel.ROW_ROLE).consultant_id == office.b.id


def test_admin_cannot_see_the_queue(qtbot: QtBot, office: Office) -> None:
    admin = office.services.auth.create_user("admin", PASSWORD, Role.ADMIN, "管理员")
    panel = open_panel(qtbot, office.services, admin)
    assert not panel.isEnabled()
    assert QApplication.instance() is not None
