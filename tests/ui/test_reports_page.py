"""报表 page: the figures of a seeded office, the range presets and the granularity, the
calm empty state, Excel export read back, the print preview, F5 / Ctrl+E / Ctrl+P, the
refusal for reception and admin (the service is never asked), the table models.

The office is ``tests/report_office.py``; "today" is Thursday 2026-04-02 10:00.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from pytestqt.qtbot import QtBot

from app.bootstrap import open_services
from app.domain.clock import FixedClock
from app.domain.models import UserInfo
from app.domain.reports import Granularity, RangePreset
from app.services.container import Services
from app.ui.app_events import AppEvents
from app.ui.background import BackgroundTask
from app.ui.colors import GRADE_COLORS, NO_GRADE_COLOR
from app.ui.models.report_table_models import (
    ComplaintTableModel,
    FunnelTableModel,
    MixTableModel,
    OverdueTableModel,
    RankingTableModel,
    ReasonTableModel,
    VisitBucketTableModel,
)
from app.ui.pages.reports_page import ReportsPage
from tests.report_office import MARCH, TODAY, ReportOffice, make_report_office

WAIT_MS = 20_000


@pytest.fixture
def rp_services(sqlite_url: str) -> Iterator[Services]:
    services = open_services(sqlite_url, FixedClock(TODAY)).services
    yield services
    assert BackgroundTask.wait_for_all(10_000)
    services.db.dispose()


@pytest.fixture
def office(rp_services: Services) -> ReportOffice:
    return make_report_office(rp_services)


@pytest.fixture
def open_page(qtbot: QtBot, rp_services: Services):  # type: ignore[no-untyped-def]
    def make(user: UserInfo, *, wait: bool = True) -> ReportsPage:
        page = ReportsPage(rp_services, user, AppEvents())
        qtbot.addWidget(page)
        page.resize(1200, 860)
        page.show()
        qtbot.waitExposed(page)
        if wait:
            wait_loaded(qtbot, page)
        return page

    return make


def wait_loaded(qtbot: QtBot, page: ReportsPage) -> None:
    qtbot.waitUntil(lambda: page.report is not None and not page.loading, timeout=WAIT_MS)


def reload(qtbot: QtBot, page: ReportsPage, action: Any) -> None:
    """Run ``action`` and wait for the report it asks for."""
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        action()
    wait_loaded(qtbot, page)


def column(model: Any, col: int) -> list[str]:
    return [model.index(r, col).data() for r in range(model.rowCount())]


def row(model: Any, r: int) -> list[str]:
    return [model.index(r, c).data() for c in range(model.columnCount())]


def test_manager_sees_the_figures_of_march(
    qtbot: QtBot, office: ReportOffice, open_page: Any
) -> None:
    page = open_page(office.manager)
    reload(qtbot, page, lambda: page.set_range(*MARCH))
    assert page.stack.currentIndex() == page.CONTENT
    assert page.scope_label.text() == "统计范围：全部客户"
    assert page.visits_tile.value_label.text() == "12"
    assert page.visits_tile.detail_label.text() == "首次 8 · 复访 4"
    assert page.new_tile.value_label.text() == "8"
    assert page.conversion_tile.value_label.text() == "37.5%"
    assert page.deals_tile.value_label.text() == "2"
    assert page.amount_tile.value_label.text() == "¥5,000,000"
    # Visits per day, with the 合计 line.
    visits = page.visits_model
    assert visits.rowCount() == 32
    assert row(visits, 1) == ["3月2日", "2", "0", "2"]
    assert row(visits, 31) == ["合计", "8", "4", "12"]
    assert visits.index(31, 0).data(visits.TOTAL_ROLE) is True
    assert visits.index(31, 0).data(visits.ROW_ROLE) is None
    assert "同日再访 1 次、竞品踩盘 1 次" in page.visits_box.note_label.text()
    assert [b.total for b in page.visits_chart.buckets()][:3] == [1, 2, 1]
    # Channel and grade mix.
    assert row(page.channel_model, 0) == ["自然来访", "3", "37.5%"]
    assert row(page.channel_model, 8) == ["合计", "8", "100.0%"]
    assert column(page.grade_model, 0) == ["A 高意向", "B 中意向", "C 低意向", "D 无意向",
                                           "未评级", "合计"]  # fmt: skip
    assert column(page.grade_model, 1) == ["3", "2", "1", "1", "1", "8"]
    assert [bar.color for bar in page.grade_chart.bars()] == [
        GRADE_COLORS["A"], GRADE_COLORS["B"], GRADE_COLORS["C"], GRADE_COLORS["D"],
        NO_GRADE_COLOR,
    ]  # fmt: skip
    # Funnel, lost reasons.
    assert [row(page.funnel_model, r) for r in range(4)] == [
        ["来访", "8", "100.0%", "—"],
        ["复访", "3", "37.5%", "37.5%"],
        ["认购", "3", "37.5%", "100.0%"],
        ["签约", "1", "12.5%", "33.3%"],
    ]
    assert column(page.reason_model, 0) == ["***觉得太贵，电话139****5678", "预算不足", "合计"]
    # Ranking, overdue, complaints.
    assert row(page.ranking_model, 0) == ["1", "陈晓雯", "8", "2", "¥5,000,000", "87.5"]
    assert row(page.ranking_model, 1) == ["2", "王浩然", "4", "0", "¥0", "—"]
    assert row(page.ranking_model, 2) == ["", "合计（2 人）", "12", "2", "¥5,000,000", "—"]
    assert row(page.overdue_model, 0) == ["陈晓雯", "3", "8 天", "1"]
    assert row(page.overdue_model, 3) == ["合计（3 人）", "5", "17 天", "2"]
    assert row(page.complaint_model, 0) == ["所选时间段内收到", "3", "3", "1"]
    assert row(page.complaint_model, 1) == ["目前全部未结案", "4", "4", "1"]
    assert page.export_button.isEnabled() and page.print_button.isEnabled()


def test_presets_and_granularity_change_the_figures(
    qtbot: QtBot, office: ReportOffice, open_page: Any
) -> None:
    page = open_page(office.manager)
    # The default: the last 30 days, 03-04 to today.
    assert page.current_preset() is RangePreset.LAST_30_DAYS
    assert page.current_range() == (dt.date(2026, 3, 4), dt.date(2026, 4, 2))
    assert page.from_edit.date().toPython() == dt.date(2026, 3, 4)
    assert page.visits_tile.value_label.text() == "9"
    assert page.visits_tile.detail_label.text() == "首次 5 · 复访 4"
    reload(qtbot, page, lambda: page.set_preset(RangePreset.THIS_WEEK))  # 03-30 … 04-02
    assert page.visits_tile.detail_label.text() == "首次 1 · 复访 1"
    assert page.visits_model.rowCount() == 4 + 1
    reload(qtbot, page, lambda: page.set_preset(RangePreset.THIS_MONTH))  # 04-01 … 04-02
    assert page.visits_tile.detail_label.text() == "首次 0 · 复访 1"
    assert row(page.complaint_model, 0)[1] == "1"
    # Today nothing happened: the calm empty state.
    reload(qtbot, page, lambda: page.set_preset(RangePreset.TODAY))
    assert page.report is not None and page.report.is_empty
    assert page.stack.currentIndex() == page.EMPTY
    assert page.empty_headline.text() == "所选时间段内没有来访记录"
    assert not page.export_button.isEnabled() and not page.print_button.isEnabled()
    # March by week: Sunday 03-08 23:59:59 and Monday 03-09 00:00:00 in different weeks.
    page.granularity_combo.blockSignals(True)
    page.set_granularity(Granularity.WEEK)
    page.granularity_combo.blockSignals(False)
    reload(qtbot, page, lambda: page.set_range(*MARCH))
    assert column(page.visits_model, 0) == [
        "3月1日", "3月2日–8日", "3月9日–15日", "3月16日–22日", "3月23日–29日", "3月30日–31日",
        "合计",
    ]  # fmt: skip
    assert column(page.visits_model, 1) == ["0", "6", "0", "1", "0", "1", "8"]
    assert column(page.visits_model, 2) == ["1", "2", "1", "0", "0", "0", "4"]
    reload(qtbot, page, lambda: page.set_granularity(Granularity.MONTH))
    assert column(page.visits_model, 0) == ["2026年3月", "合计"]


def test_start_after_end_is_explained_not_counted(
    qtbot: QtBot, office: ReportOffice, open_page: Any
) -> None:
    page = open_page(office.manager)
    shown = page.report
    page.set_range(dt.date(2026, 3, 31), dt.date(2026, 3, 1))
    assert page.error_label.text() == "开始日期不能晚于结束日期。"
    assert page.report is shown and not page.loading


def test_consultant_sees_only_their_own_line(
    qtbot: QtBot, office: ReportOffice, open_page: Any
) -> None:
    page = open_page(office.b)
    reload(qtbot, page, lambda: page.set_range(*MARCH))
    assert page.scope_label.text() == "统计范围：仅您本人的客户"
    assert page.visits_tile.detail_label.text() == "首次 3 · 复访 1"
    assert column(page.ranking_model, 1) == ["王浩然", "合计（1 人）"]
    assert column(page.overdue_model, 0) == ["王浩然", "合计（1 人）"]
    assert "陈晓雯" not in [bar.label for bar in page.ranking_chart.bars()]


@pytest.mark.parametrize("role", ["reception", "admin"])
def test_reception_and_admin_see_a_calm_refusal_and_no_figures(
    qtbot: QtBot, office: ReportOffice, rp_services: Services, open_page: Any, role: str
) -> None:
    calls: list[object] = []

    class Spy:
        def __getattr__(self, name: str) -> Any:
            calls.append(name)
            raise AssertionError(f"the report service was asked for {name}")

    rp_services.__dict__["reports"] = Spy()
    page = open_page(office.staff[role], wait=False)
    page.refresh()
    page.print_report()
    page.export_to(Path("never.xlsx"))
    qtbot.wait(50)
    assert calls == []
    assert page.stack.currentIndex() == page.REFUSED
    assert page.refused_headline.text() == "报表仅供销售经理、置业顾问和客服查看"
    for control in (page.export_button, page.print_button, page.refresh_button, page.range_bar):
        assert not control.isEnabled() and control.isHidden()
    assert page.report is None


def test_export_writes_the_workbook_and_audits_it(
    qtbot: QtBot, office: ReportOffice, rp_services: Services, open_page: Any, tmp_path: Path
) -> None:
    page = open_page(office.manager)
    reload(qtbot, page, lambda: page.set_range(*MARCH))
    target = tmp_path / "三月报表.xlsx"
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as blocker:
        assert page.export_to(target)
    assert blocker.args == [target]
    assert page.message_label.text() == f"报表已导出到 {target}"
    wb = load_workbook(target)
    assert "导出人：孙建华（销售经理）" in wb["来访"]["A1"].value
    assert "2026-03-01 至 2026-03-31" in wb["来访"]["A1"].value
    totals = [c.value for c in list(wb["来访"].iter_rows(min_row=4))[-1]]
    assert totals == ["合计", None, None, 8, 4, 12]
    assert [c.value for c in wb["顾问排名"][4]] == [1, "陈晓雯", 8, 2, 5000000, 87.5, 2]
    assert [c.value for c in wb["投诉"][4]] == ["所选时间段内收到", 3, 3, 1]
    entries = rp_services.audit.page(office.manager).rows  # type: ignore[attr-defined]
    assert any(e.action == "export" and "三月报表.xlsx" in e.detail for e in entries)


def test_keys_refresh_export_and_print(
    qtbot: QtBot,
    office: ReportOffice,
    open_page: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = open_page(office.manager)
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    # F5 counts again.
    with qtbot.waitSignal(page.loaded, timeout=WAIT_MS):
        qtbot.keyClick(page, Qt.Key.Key_F5)
    wait_loaded(qtbot, page)
    # Ctrl+E asks where, then exports.
    target = tmp_path / "报表"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    with qtbot.waitSignal(page.exported, timeout=WAIT_MS) as blocker:
        qtbot.keyClick(page, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args == [target.with_suffix(".xlsx")]
    assert target.with_suffix(".xlsx").is_file()
    # Ctrl+P opens the print preview of the report.
    qtbot.keyClick(page, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.preview is not None, timeout=WAIT_MS)
    preview = page.preview
    assert preview is not None
    qtbot.waitUntil(lambda: preview.page_count() >= 1, timeout=WAIT_MS)
    assert preview.title_label.text() == "销售报表"
    assert preview.pdf_bytes().startswith(b"%PDF")
    preview.close()


def test_table_models_pass_the_model_tester(
    qtmodeltester: Any, office: ReportOffice, rp_services: Services
) -> None:
    report = rp_services.reports.sales_report(office.manager, *MARCH, Granularity.WEEK)
    visits = VisitBucketTableModel()
    visits.set_buckets(report.visits.buckets, report.visits.granularity)
    channel, grade = MixTableModel("channel"), MixTableModel("grade")
    channel.set_rows(report.channels)
    grade.set_rows(report.grades)
    funnel, reasons = FunnelTableModel(), ReasonTableModel()
    funnel.set_rows(report.funnel.steps)
    reasons.set_rows(report.lost_reasons)
    ranking, overdue, complaints = RankingTableModel(), OverdueTableModel(), ComplaintTableModel()
    ranking.set_rows(report.ranking)
    overdue.set_rows(report.overdue)
    complaints.set_summary(report.complaints)
    for model in (visits, channel, grade, funnel, reasons, ranking, overdue, complaints):
        qtmodeltester.check(model, force_py=True)
        assert model.headerData(0, Qt.Orientation.Horizontal)
    # Rows come back as their dataclasses; the 合计 line as None.
    assert ranking.index(0, 0).data(ranking.ROW_ROLE) == report.ranking[0]
    assert funnel.rowCount() == 4 and not funnel.has_total()
    assert (
        grade.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).color().name().upper()
        == (GRADE_COLORS["A"])
    )
    empty = RankingTableModel()
    assert empty.rowCount() == 0  # nothing loaded yet
    empty.set_rows([])
    qtmodeltester.check(empty, force_py=True)
    assert row(empty, 0) == ["", "合计（0 人）", "0", "0", "¥0", "—"]
