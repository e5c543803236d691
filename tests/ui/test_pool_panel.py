"""公共客户池: the consultant's quota, claims within the daily quota, releasing with a
reason, the manager's lock and unlock; the lazily loading table models."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from app.domain.customer import CustomerRow
from app.domain.enums import Grade, Stage
from app.domain.models import UserInfo
from app.domain.pool import PoolCustomer
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.models.pool_table_model import OwnedCustomerTableModel, PoolTableModel
from app.ui.pool_page_panel import PoolPanel

from .follow_up_office import FollowUpOffice, fu_clock, fu_office, fu_services  # noqa: F401


@pytest.fixture
def open_panel(qtbot: QtBot, fu_services: Services):  # type: ignore[no-untyped-def]  # noqa: F811
    def make(user: UserInfo, events: AppEvents | None = None) -> PoolPanel:
        panel = PoolPanel(fu_services, user, events or AppEvents())
        qtbot.addWidget(panel)
        panel.resize(1000, 700)
        panel.show()
        qtbot.waitExposed(panel)
        return panel

    return make


def _pool_names(panel: PoolPanel) -> list[str]:
    return [row.name for row in panel.pool_model.rows()]


def _owned_names(panel: PoolPanel) -> list[str]:
    return [row.name for row in panel.owned_model.rows()]


def test_consultant_sees_quota_and_claims(
    qtbot: QtBot,
    fu_office: FollowUpOffice,  # noqa: F811
    open_panel,  # type: ignore[no-untyped-def]
) -> None:
    events = AppEvents()
    panel = open_panel(fu_office.consultant, events)
    assert panel.quota_label.text() == "今日已领取 0/10，名下 7/200"
    assert panel.quota_hint.text() == "今天还可以领取 10 位。"
    assert _pool_names(panel) == ["冯刚", "郑爽", "吴昊"]
    # Pool phones are masked.
    assert all("****" in row.masked_phone for row in panel.pool_model.rows())
    assert not panel.claim_button.isEnabled()
    assert panel.select_pool_customer(fu_office.customers["郑爽"])
    assert panel.claim_button.isEnabled()
    with qtbot.waitSignal(events.customers_changed):
        panel.claim_button.click()
    assert _pool_names(panel) == ["冯刚", "吴昊"]
    assert "郑爽" in _owned_names(panel)
    assert panel.quota_label.text() == "今日已领取 1/10，名下 8/200"
    assert panel.status_label.text() == "已领取：郑爽。请在今天内跟进。"
    assert panel.lock_button.isHidden() and panel.owner_combo.isHidden()


def test_claims_stop_at_the_daily_quota(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_panel,  # type: ignore[no-untyped-def]
) -> None:
    settings = fu_services.settings.load()
    fu_services.settings.save(
        dataclasses.replace(settings, max_daily_claims=1), by_user_id=fu_office.manager.id
    )
    panel = open_panel(fu_office.consultant)
    assert panel.quota_label.text() == "今日已领取 0/1，名下 7/200"
    panel.pool_table.selectAll()
    assert panel.claim_selected() == 1
    assert panel.error_label.text() == "今天已领取 1 位客户，已达每日上限 1 位"
    assert panel.error_label.isVisible()
    assert panel.quota_label.text() == "今日已领取 1/1，名下 8/200"
    assert panel.quota_hint.text() == "今天的领取名额已用完，明天再来。"
    assert len(panel.pool_model.rows()) == 2
    panel.select_pool_customer(panel.pool_model.rows()[0].customer_id)
    assert not panel.claim_button.isEnabled()


def test_the_cap_is_shown(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_panel,  # type: ignore[no-untyped-def]
) -> None:
    settings = fu_services.settings.load()
    fu_services.settings.save(
        dataclasses.replace(settings, max_active_customers=7), by_user_id=fu_office.manager.id
    )
    panel = open_panel(fu_office.consultant)
    assert panel.quota_label.text() == "今日已领取 0/10，名下 7/7"
    assert panel.quota_hint.text() == "名下在跟客户已达上限，请先跟进或释放部分客户。"


def test_release_needs_a_reason(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_panel,  # type: ignore[no-untyped-def]
) -> None:
    panel = open_panel(fu_office.consultant)
    assert panel.select_owned_customer(fu_office.customers["王芳"])
    dialog = panel.ask_release()
    assert dialog is not None
    assert not dialog.confirm()
    assert dialog.reason_field.error.text() == "请填写原因"
    assert dialog.isVisible()
    dialog.reason_edit.setText("客户已在其他楼盘购房")
    assert dialog.confirm()
    assert "王芳" in _pool_names(panel)
    assert "王芳" not in _owned_names(panel)
    assert panel.status_label.text() == "已释放到公共池。"
    assert panel.quota_label.text() == "今日已领取 0/10，名下 6/200"


def test_manager_locks_and_unlocks(
    fu_services: Services,  # noqa: F811
    fu_office: FollowUpOffice,  # noqa: F811
    open_panel,  # type: ignore[no-untyped-def]
) -> None:
    panel = open_panel(fu_office.manager)
    assert panel.claim_button.isHidden()
    assert panel.quota_label.isHidden()
    assert panel.owned_box.title() == "顾问的客户"
    names = [panel.owner_combo.itemText(i) for i in range(panel.owner_combo.count())]
    assert names == ["陈晓雯", "王浩然"]  # active consultants only
    panel.owner_combo.setCurrentIndex(panel.owner_combo.findData(fu_office.consultant.id))
    assert "周杰" in _owned_names(panel)
    panel.select_owned_customer(fu_office.customers["周杰"])
    assert panel.lock_button.isEnabled() and not panel.unlock_button.isEnabled()
    dialog = panel.ask_lock(True)
    assert dialog is not None
    assert dialog.confirm()  # the reason is optional
    row = panel.owned_model.rows()[panel.owned_model.row_of(fu_office.customers["周杰"])]
    assert row.locked
    # A locked customer does not lapse: 周杰's protection ran out at 14:00 today.
    fu_services.clock.set(dt.datetime(2026, 3, 3, 10, 0))  # type: ignore[attr-defined]
    assert fu_office.customers["周杰"] not in fu_services.pool.run_lapse_job().customer_ids
    panel.select_owned_customer(fu_office.customers["周杰"])
    assert not panel.release_button.isEnabled()
    dialog = panel.ask_lock(False)
    assert dialog is not None
    assert "3 天" in dialog.prompt_label.text()
    dialog.reason_edit.setText("客户已恢复联系")
    assert dialog.confirm()
    assert panel.status_label.text() == "已解除锁定。"


# --- the models, without widgets ---------------------------------------------------------


def _pool_rows(n: int, start: int = 1000) -> list[PoolCustomer]:
    return [
        PoolCustomer(start - i, f"客户{i}", "139****0000", Grade.C if i % 2 else None,
                     Stage.VISITED, "三室", dt.datetime(2026, 1, 1), dt.datetime(2026, 2, 1))
        for i in range(n)
    ]  # fmt: skip


def test_pool_model_loads_page_by_page(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    everything = _pool_rows(250)
    calls = []

    def fetch(rows, limit):  # type: ignore[no-untyped-def]
        calls.append((len(rows), limit))
        before = rows[-1].customer_id if rows else 10**9
        return [r for r in everything if r.customer_id < before][:limit]

    model = PoolTableModel()
    model.set_fetch(fetch)
    assert model.rowCount() == 100
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert not model.canFetchMore(QModelIndex())
    assert calls == [(0, 100), (100, 100), (200, 100)]
    assert model.index(0, model.PHONE).data() == "139****0000"
    assert model.index(1, model.GRADE).data() == "C"
    assert model.index(0, model.IN_POOL_SINCE).data() == "2026-02-01 00:00"
    assert model.index(0, 0).data(model.ROW_ROLE) == everything[0]
    model.reload()  # after a claim: as many rows as were shown
    assert model.rowCount() == 250
    model.set_fetch(None)
    assert model.rowCount() == 0
    # The tester watches a fresh model (it fetches more itself).
    checked = PoolTableModel()
    checked.set_fetch(fetch)
    qtmodeltester.check(checked, force_py=True)


def test_owned_model(qtmodeltester) -> None:  # type: ignore[no-untyped-def]
    now = dt.datetime(2026, 3, 2, 10, 0)
    row = CustomerRow(
        id=7, name="张伟", gender="M", phone="13912341004", phone_masked=False, grade="A",
        stage="visited", owner_id=2, owner_name="陈晓雯", channel="walk_in", visit_count=1,
        last_visit_at=now, next_follow_up_date=dt.date(2026, 2, 22), created_at=now,
        updated_at=now, in_public_pool=False, locked=True, overdue=True,
    )  # fmt: skip
    model = OwnedCustomerTableModel()
    model.set_fetch(lambda rows, limit: [] if rows else [row])
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 1
    assert model.index(0, model.LOCKED).data() == "已锁定"
    assert model.index(0, model.NEXT_FOLLOW_UP).data() == "2026-02-22"
    assert model.row_of(7) == 0 and model.row_of(8) == -1
