"""报表 (SPEC §9): exact figures of every section on a seeded office, the date buckets,
who sees which customers, the Excel export and the printed PDF read back, the audit.

The office is ``tests/report_office.py`` (read its table first); "today" is 2026-04-02
10:00 and most reports cover March 2026. Runs on SQLite, and on PostgreSQL when
``SALESDESK_TEST_DATABASE_URL`` is set.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import select

from app.domain.access import POST_SALE_STAGES
from app.domain.clock import FixedClock
from app.domain.enums import Role
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.reports import (
    Granularity,
    RangePreset,
    ReportScope,
    SalesReport,
    ScopeKind,
    bucket_bounds,
    bucket_label,
    preset_range,
)
from app.models import AuditEntry
from app.services.container import Services
from tests.report_office import CUSTOMER_NAMES, MARCH, TODAY, ReportOffice, make_report_office

D = dt.date


@pytest.fixture
def office(services: Services, clock: FixedClock) -> ReportOffice:
    clock.set(TODAY)
    return make_report_office(services)


def march(services: Services, who: object, granularity: str = "day") -> SalesReport:
    return services.reports.sales_report(who, *MARCH, granularity)  # type: ignore[arg-type]


def _buckets(report: SalesReport) -> list[tuple[D, D, int, int]]:
    return [(b.start, b.end, b.first, b.returning) for b in report.visits.buckets]


def _nonzero_days(report: SalesReport) -> dict[D, tuple[int, int]]:
    return {b.start: (b.first, b.returning) for b in report.visits.buckets if b.total}


def _mix(lines: object) -> dict[str | None, int]:
    return {line.code: line.customers for line in lines if line.customers}  # type: ignore[attr-defined]


# --- pure date rules --------------------------------------------------------------------


def test_weeks_start_on_monday_and_buckets_are_clipped_to_the_range() -> None:
    # 2026-03-04 is a Wednesday.
    assert bucket_bounds(D(2026, 3, 4), D(2026, 3, 17), "week") == [
        (D(2026, 3, 4), D(2026, 3, 8)),
        (D(2026, 3, 9), D(2026, 3, 15)),
        (D(2026, 3, 16), D(2026, 3, 17)),
    ]
    assert bucket_bounds(D(2026, 1, 30), D(2026, 3, 2), "month") == [
        (D(2026, 1, 30), D(2026, 1, 31)),
        (D(2026, 2, 1), D(2026, 2, 28)),
        (D(2026, 3, 1), D(2026, 3, 2)),
    ]
    assert bucket_bounds(D(2024, 2, 28), D(2024, 3, 1), "day") == [
        (D(2024, 2, 28), D(2024, 2, 28)),
        (D(2024, 2, 29), D(2024, 2, 29)),
        (D(2024, 3, 1), D(2024, 3, 1)),
    ]
    assert bucket_label(D(2026, 2, 1), D(2026, 2, 28), "month") == "2026年2月"
    assert bucket_label(D(2026, 3, 1), D(2026, 3, 2), "month") == "3月1日–3月2日"
    assert bucket_label(D(2026, 3, 9), D(2026, 3, 15), "week") == "3月9日–3月15日"
    with pytest.raises(ValidationError):
        bucket_bounds(D(2026, 3, 2), D(2026, 3, 1), "day")


def test_presets_end_today() -> None:
    today = D(2026, 4, 2)  # a Thursday
    assert preset_range(RangePreset.TODAY, today) == (today, today)
    assert preset_range(RangePreset.THIS_WEEK, today) == (D(2026, 3, 30), today)
    assert preset_range(RangePreset.THIS_MONTH, today) == (D(2026, 4, 1), today)
    assert preset_range(RangePreset.LAST_30_DAYS, today) == (D(2026, 3, 4), today)


# --- the manager: the whole project -------------------------------------------------------


def test_manager_visits_per_day_first_and_return(services: Services, office: ReportOffice) -> None:
    """March: 8 first visits (a1 a2 a4 a5 b4 b1 b2 b3), 4 returns (a1 a2 a3 b3); b1's
    second visit the same day and s1's scouting are apart; x1 is another project's; a3's
    first visit (02-28 23:59:59) is February, its return (03-01 00:00:00) March; a4's
    first visit at 03-31 23:30 counts (the end is inclusive)."""
    r = march(services, office.manager)
    assert r.scope.kind is ScopeKind.PROJECT
    assert r.project_name == "滨江壹号院"
    assert len(r.visits.buckets) == 31
    assert (r.visits.first, r.visits.returning, r.visits.total) == (8, 4, 12)
    assert (r.visits.same_day, r.visits.scouts) == (1, 1)
    assert _nonzero_days(r) == {
        D(2026, 3, 1): (0, 1),
        D(2026, 3, 2): (2, 0),
        D(2026, 3, 3): (1, 0),
        D(2026, 3, 4): (1, 0),
        D(2026, 3, 5): (1, 0),
        D(2026, 3, 6): (0, 1),
        D(2026, 3, 8): (1, 1),
        D(2026, 3, 9): (0, 1),
        D(2026, 3, 16): (1, 0),
        D(2026, 3, 31): (1, 0),
    }
    before_end = services.reports.sales_report(office.manager, D(2026, 3, 1), D(2026, 3, 30))
    assert (before_end.visits.first, before_end.visits.returning) == (7, 4)


def test_weekly_and_monthly_buckets(services: Services, office: ReportOffice) -> None:
    """Sunday 03-08 23:59:59 is the week of 03-02; Monday 03-09 00:00:00 the next one."""
    weekly = march(services, office.manager, "week")
    assert _buckets(weekly) == [
        (D(2026, 3, 1), D(2026, 3, 1), 0, 1),
        (D(2026, 3, 2), D(2026, 3, 8), 6, 2),
        (D(2026, 3, 9), D(2026, 3, 15), 0, 1),
        (D(2026, 3, 16), D(2026, 3, 22), 1, 0),
        (D(2026, 3, 23), D(2026, 3, 29), 0, 0),
        (D(2026, 3, 30), D(2026, 3, 31), 1, 0),
    ]
    monthly = services.reports.sales_report(
        office.manager, D(2026, 2, 1), D(2026, 3, 31), Granularity.MONTH
    )
    assert _buckets(monthly) == [
        (D(2026, 2, 1), D(2026, 2, 28), 1, 0),
        (D(2026, 3, 1), D(2026, 3, 31), 8, 4),
    ]


def test_manager_mixes_funnel_and_lost_reasons(services: Services, office: ReportOffice) -> None:
    """The 8 new visitors of March by channel and grade; of them a1 a2 b3 came back in
    March (a4 only on 04-01), a2 a5 b3 subscribed (b3 cancelled later: still a
    subscription), a5 contracted; a4 and b2 are lost. a4's reason names the customer and
    a phone: both are masked."""
    r = march(services, office.manager)
    assert _mix(r.channels) == {"walk_in": 3, "agency": 2, "event": 1, "referral": 1, "phone": 1}
    assert [line.code for line in r.channels][:2] == ["walk_in", "agency"]  # most first
    assert len(r.channels) == 8  # every channel, the empty ones too
    assert sum(line.customers for line in r.channels) == 8
    assert [(g.code, g.customers) for g in r.grades] == [
        ("A", 3), ("B", 2), ("C", 1), ("D", 1), (None, 1),
    ]  # fmt: skip
    assert r.grades[0].share == pytest.approx(3 / 8)
    f = r.funnel
    assert (f.visited, f.returned, f.subscribed, f.contracted) == (8, 3, 3, 1)
    steps = f.steps
    assert [s.key for s in steps] == ["visited", "returned", "subscribed", "contracted"]
    assert [s.of_first for s in steps] == pytest.approx([1.0, 0.375, 0.375, 0.125])
    assert steps[0].of_previous is None
    assert [s.of_previous for s in steps[1:]] == pytest.approx([0.375, 1.0, 1 / 3])
    assert [(line.label, line.customers) for line in r.lost_reasons] == [
        ("***觉得太贵，电话139****5678", 1),
        ("预算不足", 1),
    ]
    assert r.lost == 2
    # February and March together: a3 joins the new visitors, lost for 预算不足 too.
    two = services.reports.sales_report(office.manager, D(2026, 2, 1), D(2026, 3, 31))
    assert two.funnel.visited == 9 and two.funnel.returned == 4
    assert [(line.label, line.customers) for line in two.lost_reasons][0] == ("预算不足", 2)
    # The funnel is as of the last day: with April, a4's return counts.
    april = services.reports.sales_report(office.manager, D(2026, 3, 1), D(2026, 4, 2))
    assert april.funnel.returned == 4


def test_manager_ranking_deals_and_satisfaction(services: Services, office: ReportOffice) -> None:
    """A received 8 first/return visits in March (b4's too), B 4 (not the same-day visit
    nor the scout); A's deals a2 (agreed ¥2,000,000) and a5 (no agreed price: list
    ¥3,000,000); B's b3 was cancelled, b1 only held; surveys 90 and 85 for A, B's only
    survey was in February; x1's deal is another project's."""
    r = march(services, office.manager)
    assert [(x.rank, x.consultant_name, x.receptions, x.deals, x.amount, x.satisfaction,
             x.surveys) for x in r.ranking] == [
        (1, "陈晓雯", 8, 2, Decimal("5000000.00"), 87.5, 2),
        (2, "王浩然", 4, 0, Decimal("0.00"), None, 0),
    ]  # fmt: skip
    assert (r.deals.deals, r.deals.amount) == (2, Decimal("5000000.00"))


def test_overdue_per_consultant_today(services: Services, office: ReportOffice) -> None:
    """Today 04-02: A's a1 (03-30), a6 (03-25, 8 days), a5 (04-01); a3 is lost (not
    followed up), a2 is due later. B's b1 (03-16, 17 days) and b3 (03-31); b4 is due
    today. Callbacks past due and not done: A's for a2, customer service's first one for
    a5 (the second is due 04-05; B's was done; the regular task is not a callback)."""
    r = march(services, office.manager)
    assert [(o.consultant_name, o.customers, o.max_days_overdue, o.callbacks)
            for o in r.overdue] == [
        ("陈晓雯", 3, 8, 1),
        ("王浩然", 2, 17, 0),
        ("郑晓燕", 0, 0, 1),
    ]  # fmt: skip
    # Overdue is a state of today: the range does not change it.
    other_range = services.reports.sales_report(office.manager, D(2025, 1, 1), D(2025, 1, 31))
    assert other_range.overdue == r.overdue


def test_complaints_received_open_and_overdue(services: Services, office: ReportOffice) -> None:
    """March: a5's (03-10, no response: overdue), the one without a customer (answered:
    open, not overdue), b2's (03-31 12:00, within 2 days of now). Today's backlog adds
    b1's of 04-01; a2's was closed in February; x1's is another project's."""
    c = march(services, office.manager).complaints
    assert (c.received, c.received_open, c.received_overdue) == (3, 3, 1)
    assert (c.open_total, c.overdue_total, c.response_days) == (4, 1, 2)


def test_a_range_without_visits_is_empty(services: Services, office: ReportOffice) -> None:
    r = services.reports.sales_report(office.manager, D(2026, 1, 5), D(2026, 1, 11))
    assert r.is_empty and not r.has_visits
    assert r.visits.total == 0 and r.funnel.visited == 0 and r.lost_reasons == ()
    assert [x.receptions for x in r.ranking] == [0, 0]
    assert all(line.customers == 0 for line in r.channels)
    assert len(r.channels) == 8 and len(r.grades) == 4  # zero lines stay; no "未评级"
    assert not march(services, office.manager).is_empty


def test_start_after_end_is_refused(services: Services, office: ReportOffice) -> None:
    with pytest.raises(ValidationError):
        services.reports.sales_report(office.manager, D(2026, 3, 2), D(2026, 3, 1))


# --- who sees what ------------------------------------------------------------------------


def test_scopes(services: Services, office: ReportOffice) -> None:
    pid = office.project_id
    a, svc = office.a, office.service
    assert services.reports.scope(office.manager) == ReportScope(
        ScopeKind.PROJECT, pid, office.manager.id, "孙建华", Role.MANAGER
    )
    assert services.reports.scope(a) == ReportScope(
        ScopeKind.OWN_CUSTOMERS, pid, a.id, "陈晓雯", Role.CONSULTANT, owner_id=a.id
    )
    assert services.reports.scope(svc) == ReportScope(
        ScopeKind.POST_SALE, pid, svc.id, "郑晓燕", Role.SERVICE, stages=POST_SALE_STAGES
    )


@pytest.mark.parametrize("role", ["reception", "admin"])
def test_reception_and_admin_get_no_report(
    services: Services, office: ReportOffice, role: str, tmp_path: Path
) -> None:
    who = office.staff[role]
    with pytest.raises(PermissionDenied, match="报表仅供销售经理、置业顾问和客服查看"):
        services.reports.sales_report(who, *MARCH)
    with pytest.raises(PermissionDenied):
        services.reports.scope(who)
    report = march(services, office.manager)
    with pytest.raises(PermissionDenied):
        services.reports.export_xlsx(who, report, tmp_path / "r.xlsx")
    with pytest.raises(PermissionDenied):
        services.reports.report_pdf(who, report)
    assert not (tmp_path / "r.xlsx").exists()


def test_consultant_sees_only_own_customers_and_own_receptions(
    services: Services, office: ReportOffice
) -> None:
    """A: own customers a1–a6 only. b4's first visit was received by A but b4 is B's
    customer: not counted (not even in A's receptions: 7, not 8). B's customers never."""
    r = march(services, office.a)
    assert r.scope.owner_id == office.a.id
    assert (r.visits.first, r.visits.returning, r.visits.same_day, r.visits.scouts) == (4, 3, 0, 0)
    assert _mix(r.channels) == {"walk_in": 3, "agency": 1}
    assert _mix(r.grades) == {"A": 1, "B": 1, "C": 1, "D": 1}
    f = r.funnel
    assert (f.visited, f.returned, f.subscribed, f.contracted) == (4, 2, 2, 1)
    assert [line.customers for line in r.lost_reasons] == [1]
    assert [(x.consultant_name, x.receptions, x.deals, x.amount, x.satisfaction)
            for x in r.ranking] == [("陈晓雯", 7, 2, Decimal("5000000.00"), 87.5)]  # fmt: skip
    assert [(o.consultant_name, o.customers, o.max_days_overdue, o.callbacks)
            for o in r.overdue] == [("陈晓雯", 3, 8, 1)]  # fmt: skip
    c = r.complaints
    assert (c.received, c.received_open, c.received_overdue, c.open_total, c.overdue_total) == (
        1, 1, 1, 1, 1,
    )  # fmt: skip
    assert (r.deals.deals, r.deals.amount) == (2, Decimal("5000000.00"))


def test_other_consultant_sees_none_of_a(services: Services, office: ReportOffice) -> None:
    """B: b1 b2 b3 (b4's first visit was A's reception, so b4 is not a new visitor of
    B's), b1's same-day visit and s1's scouting; nothing of A's customers."""
    r = march(services, office.b)
    assert (r.visits.first, r.visits.returning, r.visits.same_day, r.visits.scouts) == (3, 1, 1, 1)
    assert _mix(r.channels) == {"agency": 1, "referral": 1, "phone": 1}
    assert _mix(r.grades) == {"A": 2, "B": 1}
    f = r.funnel
    assert (f.visited, f.returned, f.subscribed, f.contracted) == (3, 1, 1, 0)
    assert [(line.label, line.customers) for line in r.lost_reasons] == [("预算不足", 1)]
    assert [(x.consultant_name, x.receptions, x.deals, x.satisfaction) for x in r.ranking] == [
        ("王浩然", 4, 0, None)
    ]
    assert [(o.consultant_name, o.customers, o.max_days_overdue, o.callbacks)
            for o in r.overdue] == [("王浩然", 2, 17, 0)]  # fmt: skip
    c = r.complaints
    assert (c.received, c.received_open, c.received_overdue, c.open_total, c.overdue_total) == (
        1, 1, 0, 2, 0,
    )  # fmt: skip
    assert r.deals.deals == 0


def test_service_sees_only_post_sale_customers(services: Services, office: ReportOffice) -> None:
    """Post-sale customers: a2 (subscribed), a5 (contracted), b3 (cancelled). Their
    March visits: a2 first+return, a5 first, b3 first+return. Complaints: all."""
    r = march(services, office.service)
    assert (r.visits.first, r.visits.returning, r.visits.same_day, r.visits.scouts) == (3, 2, 0, 0)
    assert _mix(r.channels) == {"agency": 1, "walk_in": 1, "phone": 1}
    assert _mix(r.grades) == {"A": 1, "B": 1, "D": 1}
    f = r.funnel
    assert (f.visited, f.returned, f.subscribed, f.contracted) == (3, 2, 3, 1)
    assert r.lost_reasons == ()
    assert [(x.consultant_name, x.receptions, x.deals, x.amount, x.satisfaction)
            for x in r.ranking] == [
        ("陈晓雯", 3, 2, Decimal("5000000.00"), 87.5),
        ("王浩然", 2, 0, Decimal("0.00"), None),
    ]  # fmt: skip
    assert [(o.consultant_name, o.customers, o.max_days_overdue, o.callbacks)
            for o in r.overdue] == [
        ("陈晓雯", 1, 1, 1),
        ("王浩然", 1, 2, 0),
        ("郑晓燕", 0, 0, 1),
    ]  # fmt: skip
    c = r.complaints
    assert (c.received, c.received_open, c.received_overdue, c.open_total, c.overdue_total) == (
        3, 3, 1, 4, 1,
    )  # fmt: skip


def _no_personal_data(text: str, office: ReportOffice) -> None:
    for key, name in CUSTOMER_NAMES.items():
        assert name not in text, key
    for key, phone in office.phones.items():
        assert phone not in text, key
    assert "13912345678" not in text


@pytest.mark.parametrize("who", ["manager", "a", "b", "service"])
def test_reports_hold_no_customer_name_or_phone(
    services: Services, office: ReportOffice, who: str
) -> None:
    r = march(services, office.staff[who])
    _no_personal_data(repr(dataclasses.asdict(r)), office)


# --- export and print -----------------------------------------------------------------------


def _audit(services: Services) -> list[AuditEntry]:
    with services.db.read() as s:
        return list(s.scalars(select(AuditEntry).where(AuditEntry.entity == "report")))


def test_excel_export_one_sheet_per_section_numbers_as_numbers(
    services: Services, office: ReportOffice, tmp_path: Path
) -> None:
    report = march(services, office.manager, "week")
    path = services.reports.export_xlsx(office.manager, report, tmp_path / "报表.xlsx")
    assert path == tmp_path / "报表.xlsx" and not (tmp_path / "报表.xlsx.part").exists()
    wb = load_workbook(path)
    assert wb.sheetnames == [
        "概览", "来访", "来源渠道", "意向等级", "转化漏斗", "流失原因", "顾问排名", "逾期跟进", "投诉",
    ]  # fmt: skip
    for ws in wb.worksheets:
        head = ws["A1"].value
        assert "2026-03-01 至 2026-03-31" in head and "导出人：孙建华（销售经理）" in head, ws.title
        assert "按周" in head and "全部客户" in head
    visits = wb["来访"]
    assert [c.value for c in visits[3]] == [
        "时间段",
        "开始日期",
        "结束日期",
        "首次来访",
        "复访",
        "合计",
    ]
    rows = [[c.value for c in row] for row in visits.iter_rows(min_row=4)]
    assert rows[1][:6] == [
        "3月2日–3月8日",
        dt.datetime(2026, 3, 2),
        dt.datetime(2026, 3, 8),
        6,
        2,
        8,
    ]
    assert rows[-1] == ["合计", None, None, 8, 4, 12]
    assert len(rows) == 7
    channels = [[c.value for c in row] for row in wb["来源渠道"].iter_rows(min_row=4)]
    assert channels[0] == ["自然来访", 3, pytest.approx(0.375)]
    assert channels[-1] == ["合计", 8, 1.0]
    assert wb["来源渠道"]["C4"].number_format == "0.0%"
    grades = [[c.value for c in row] for row in wb["意向等级"].iter_rows(min_row=4)]
    assert grades[4] == ["未评级", 1, pytest.approx(0.125)]
    funnel = [[c.value for c in row] for row in wb["转化漏斗"].iter_rows(min_row=4)]
    assert funnel == [
        ["来访", 8, 1.0, None],
        ["复访", 3, 0.375, 0.375],
        ["认购", 3, 0.375, 1.0],
        ["签约", 1, 0.125, pytest.approx(1 / 3)],
    ]
    ranking = [[c.value for c in row] for row in wb["顾问排名"].iter_rows(min_row=4)]
    assert ranking[0] == [1, "陈晓雯", 8, 2, 5000000, 87.5, 2]
    assert ranking[1] == [2, "王浩然", 4, 0, 0, None, 0]
    assert ranking[2] == [None, "合计", 12, 2, 5000000, None, 2]
    assert wb["顾问排名"]["E4"].number_format == "¥#,##0.00"
    overdue = [[c.value for c in row] for row in wb["逾期跟进"].iter_rows(min_row=4)]
    assert overdue[-1] == ["合计", 5, 17, 2]
    complaints = [[c.value for c in row] for row in wb["投诉"].iter_rows(min_row=4)]
    assert complaints == [["所选时间段内收到", 3, 3, 1], ["目前全部未结案", 4, 4, 1]]
    text = "\n".join(
        str(c.value) for ws in wb.worksheets for row in ws.iter_rows() for c in row if c.value
    )
    _no_personal_data(text, office)
    entries = _audit(services)
    assert [(e.action, e.user_id) for e in entries] == [("export", office.manager.id)]
    assert "2026-03-01 至 2026-03-31" in entries[0].detail and "报表.xlsx" in entries[0].detail


def test_export_of_someone_elses_report_is_refused(
    services: Services, office: ReportOffice, tmp_path: Path
) -> None:
    report = march(services, office.manager)
    with pytest.raises(PermissionDenied):
        services.reports.export_xlsx(office.a, report, tmp_path / "r.xlsx")
    with pytest.raises(PermissionDenied):
        services.reports.report_pdf(office.a, report)
    assert _audit(services) == []


def test_pdf_has_every_section_and_the_numbers(services: Services, office: ReportOffice) -> None:
    report = march(services, office.manager)
    pdf = services.reports.report_pdf(office.manager, report)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    compact = text.replace(" ", "")
    for title in (
        "销售报表", "来访（首次来访/复访）", "来源渠道", "意向等级", "转化漏斗", "流失原因",
        "置业顾问排名", "逾期跟进", "投诉",
    ):  # fmt: skip
        assert title in compact, title
    assert f"第1页/共{len(reader.pages)}页" in compact
    assert "2026年3月1日至2026年3月31日" in compact
    assert "12人次（首次8，复访4）" in compact
    assert "陈晓雯" in text and "¥5,000,000.00" in text and "87.5" in text
    assert "37.5%" in text and "12.5%" in text  # the funnel
    assert "***觉得太贵" in compact
    assert "打印人" in compact and "孙建华（销售经理）" in compact
    _no_personal_data(text, office)
    entries = _audit(services)
    assert [(e.action, e.user_id) for e in entries] == [("print", office.manager.id)]
    assert "2026-03-01 至 2026-03-31" in entries[0].detail


def test_consultant_pdf_and_excel_carry_only_their_line(
    services: Services, office: ReportOffice, tmp_path: Path
) -> None:
    report = march(services, office.a)
    text = "\n".join(
        page.extract_text()
        for page in PdfReader(io.BytesIO(services.reports.report_pdf(office.a, report))).pages
    )
    assert "陈晓雯" in text and "王浩然" not in text
    assert "本人的客户" in text
    wb = load_workbook(services.reports.export_xlsx(office.a, report, tmp_path / "a.xlsx"))
    names = [row[1].value for row in wb["顾问排名"].iter_rows(min_row=4)]
    assert names == ["陈晓雯", "合计"]
