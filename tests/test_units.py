"""Buildings, units, adverse factors, the sales control grid and its exports (SPEC §6)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from openpyxl import Workbook, load_workbook

from app.domain.enums import UnitStatus
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.units import (
    GridColumn,
    effective_status,
    grid_columns,
    map_headers,
    parse_unit_row,
    room_position,
)
from app.services.container import Services
from tests.test_deals_support import flat, make_sales_office, pdf_pages

# ------------------------------------------------------------------------------ pure rules


def test_room_position_and_column_order() -> None:
    assert room_position(15, "1502") == "02"
    assert room_position(3, "301") == "01"
    assert room_position(15, "A") == "A"
    cols = grid_columns([("2", 1, "101"), ("1", 10, "1002"), ("1", 1, "101"), ("10", 1, "101")])
    assert cols == (GridColumn("1", "01"), GridColumn("1", "02"), GridColumn("2", "01"),
                    GridColumn("10", "01"))  # fmt: skip
    assert cols[0].label == "1单元-01"


def test_effective_status_of_an_expired_hold() -> None:
    now = dt.datetime(2026, 3, 2, 10)
    assert effective_status("held", now + dt.timedelta(minutes=1), now) == "held"
    assert effective_status("held", now, now) == "available"
    assert effective_status("subscribed", now - dt.timedelta(days=9), now) == "subscribed"


def test_parse_unit_row_reasons() -> None:
    ok = parse_unit_row(2, {"building": "1号楼", "unit_no": 1.0, "floor": 15.0, "room_no": 1502,
                            "layout": "三室", "building_area": "128.56", "inner_area": 100,
                            "orientation": "南", "list_price": "¥3,256,800"})  # fmt: skip
    assert not isinstance(ok, str)
    assert (ok.unit_no, ok.floor, ok.room_no, ok.list_price) == (
        "1",
        15,
        "1502",
        Decimal("3256800.00"),
    )
    bad = parse_unit_row(3, {"building": "", "unit_no": "1", "floor": "十五", "room_no": "1502",
                             "layout": "三室", "building_area": "90", "inner_area": "95",
                             "orientation": "南", "list_price": "-1"})  # fmt: skip
    assert isinstance(bad, str)
    for reason in ("缺少楼栋", "楼层“十五”不是整数", "表价必须大于 0", "套内面积不能大于建筑面积"):
        assert reason in bad
    assert "最多两位小数" in str(parse_unit_row(4, {"building": "1", "unit_no": "1", "floor": 1,
        "room_no": "101", "layout": "x", "building_area": "90.123", "inner_area": "80",
        "orientation": "南", "list_price": "1"}))  # fmt: skip


def test_header_mapping_accepts_chinese_and_english() -> None:
    found, missing = map_headers(["楼栋", "单元", "楼层", "房号", "户型", "建筑面积(㎡)",
                                  "套内面积（m²）", "朝向", "总价"])  # fmt: skip
    assert missing == [] and found["list_price"] == 8
    _, missing = map_headers(["Building", "Unit", "Floor", "Room"])
    assert "layout" in missing and "building" not in missing


@given(st.integers(min_value=1, max_value=99), st.integers(min_value=1, max_value=20))
def test_room_position_round_trip(floor: int, pos: int) -> None:
    assert room_position(floor, f"{floor}{pos:02d}") == f"{pos:02d}"


# ------------------------------------------------------------------------------- services


def test_buildings_units_and_factors(services: Services) -> None:
    office = make_sales_office(services)
    units = services.units
    buildings = units.list_buildings(office.project_id)
    assert [(b.name, b.unit_count) for b in buildings] == [("1号楼", 6), ("2号楼", 0)]
    listed = units.list_units(office.building_id)
    assert [u.room_no for u in listed] == ["101", "102", "201", "202", "301", "302"]
    assert listed[0].label == "1号楼 1单元 101室" and listed[0].status == "available"
    assert listed[0].unit_price == Decimal("25000.00")
    with pytest.raises(ConflictError):
        units.add_unit(office.building_id, unit_no="1", floor=1, room_no="101", layout="x",
                       building_area="90", inner_area="80", orientation="南", list_price="1")  # fmt: skip
    with pytest.raises(ValidationError, match="套内面积不能大于建筑面积"):
        units.add_unit(office.building_id, unit_no="1", floor=4, room_no="401", layout="x",
                       building_area="90", inner_area="95", orientation="南", list_price="1")  # fmt: skip
    with pytest.raises(PermissionDenied):
        units.create_building(office.project_id, "3号楼", 5, actor=office.consultant)
    with pytest.raises(ConflictError):
        units.create_building(office.project_id, "1号楼", 5, actor=office.manager)
    # factors: the project's, the unit's building's and the unit's own — not another building's
    titles = [f.title for f in units.adverse_factors(office.project_id, unit_id=office.units[1])]
    t = office.factor_titles
    assert titles == [t["project"], t["project2"], t["building"], t["unit1"]]
    titles0 = [f.title for f in units.adverse_factors(office.project_id, unit_id=office.units[0])]
    assert t["unit1"] not in titles0 and t["other_building"] not in titles0
    assert len(units.adverse_factors(office.project_id)) == 5
    scopes = [f.scope for f in units.adverse_factors(office.project_id, unit_id=office.units[1])]
    assert scopes == ["项目", "项目", "楼栋", "本房源"]
    assert units.find_unit(office.project_id, "1号楼", "1", "202").id == office.units[3]
    assert units.unit_id_for("1号楼/1/202", project_id=office.project_id) == office.units[3]


def test_update_unit_only_while_available(services: Services) -> None:
    office = make_sales_office(services)
    u = services.units.update_unit(office.units[0], list_price="3300000", actor=office.manager)
    assert u.list_price == Decimal("3300000.00")
    services.deals.hold(office.customers[0], office.units[0], actor=office.consultant)
    with pytest.raises(ConflictError, match="保留"):
        services.units.update_unit(office.units[0], list_price="1")


def _sell_some(services: Services, office) -> None:  # type: ignore[no-untyped-def]
    deals, docs = services.deals, services.documents
    c = office.customers
    docs.issue_purchase_notice(c[0], office.units[0], actor=office.consultant)
    deals.subscribe(c[0], office.units[0], actor=office.consultant, deposit="50000",
                    agreed_price="3200000")  # fmt: skip
    docs.issue_purchase_notice(c[2], office.units[2], actor=office.consultant)
    sub = deals.subscribe(c[2], office.units[2], actor=office.consultant, deposit="50000",
                          agreed_price="3214000")  # fmt: skip
    deals.contract(sub.id, actor=office.consultant, contract_no="HT-1", payment_method="full")
    deals.hold(c[4], office.units[4], actor=office.consultant)


def test_sales_control_grid_counts_and_sums(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    office = make_sales_office(services)
    _sell_some(services, office)
    grid = services.units.sales_control_grid(office.building_id)
    assert [r.floor for r in grid.rows] == [3, 2, 1]
    assert [c.label for c in grid.columns] == ["1单元-01", "1单元-02"]
    by = {s.status: s for s in grid.summary}
    assert (by["available"].count, by["held"].count, by["subscribed"].count,
            by["contracted"].count, by["delivered"].count) == (3, 1, 1, 1, 0)  # fmt: skip
    assert by["subscribed"].deal_amount == Decimal("3200000.00")
    assert by["subscribed"].list_price == Decimal("3214000.00")
    assert by["contracted"].building_area == Decimal("128.56")
    assert by["available"].building_area == Decimal("89.20") * 3
    assert grid.total_units == 6
    cell = grid.cell(office.units[4])
    assert cell is not None and cell.status == "held" and cell.hold_expires_at is not None
    assert grid.rows[-1].cells[0].status == "subscribed"  # type: ignore[union-attr]
    # after the hold's 48 hours the grid shows the unit available, before any sweep
    clock.advance(hours=48)
    grid = services.units.sales_control_grid(office.building_id)
    assert {s.status: s.count for s in grid.summary}["available"] == 4


def test_grid_exports_to_xlsx_and_pdf(services: Services, tmp_path: Path) -> None:
    office = make_sales_office(services)
    _sell_some(services, office)
    xlsx = services.units.export_grid_xlsx(office.building_id, tmp_path / "grid.xlsx",
                                           actor=office.manager)  # fmt: skip
    wb = load_workbook(xlsx)
    ws = wb["销控表"]
    assert ws["A1"].value == "云栖花园 1号楼 销控表"
    assert [c.value for c in ws[3]] == ["楼层", "1单元-01", "1单元-02"]
    assert ws["A4"].value == "3F" and ws["A6"].value == "1F"
    assert ws["B6"].value.startswith("101\n") and "已认购" in ws["B6"].value
    assert ws["B6"].fill.fgColor.rgb.endswith("90CAF9")
    assert ws["B5"].fill.fgColor.rgb.endswith("EF9A9A")  # 201 contracted
    summary = {r[0]: r for r in wb["统计"].iter_rows(min_row=2, values_only=True)}
    assert summary["可售"][1] == 3 and summary["合计"][1] == 6
    assert len(list(wb["房源明细"].iter_rows(min_row=2))) == 6
    pdf = services.units.export_grid_pdf(office.building_id, tmp_path / "grid.pdf",
                                         actor=office.manager)  # fmt: skip
    pages = pdf_pages(pdf.read_bytes())
    joined = flat("".join(pages))
    for needle in ("云栖花园1号楼销控表", "1单元-01", "101", "302", "已认购", "已签约", "保留",
                   "可售", "第1页/共"):  # fmt: skip
        assert needle in joined, needle


def test_expire_holds_with_the_clock(services: Services, clock) -> None:  # type: ignore[no-untyped-def]
    office = make_sales_office(services)
    services.deals.hold(office.customers[0], office.units[0], actor=office.consultant)
    clock.advance(hours=47, minutes=59)
    assert services.units.expire_holds() == 0
    clock.advance(minutes=1)
    assert services.units.expire_holds() == 1
    assert services.units.get_unit(office.units[0]).status == UnitStatus.AVAILABLE
    assert services.deals.deals_for_customer(office.customers[0])[0].status == "expired"


# ---------------------------------------------------------------------------------- import


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    wb = Workbook()
    ws = wb.active
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


HEADER = ["楼栋", "单元", "楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "表价"]


def test_unit_import_reports_every_rejected_row(services: Services, tmp_path: Path) -> None:
    office = make_sales_office(services)
    path = _xlsx(tmp_path / "units.xlsx", [
        HEADER,
        ["3号楼", 1, 1, 101, "三室两厅", 118.5, 95.2, "南", 2962500],            # row 2 ok
        ["3号楼", 1, 1, 102, "两室两厅", 89.2, 70, "西", "2,230,000"],           # row 3 ok
        [None, None, None, None, None, None, None, None, None],                   # empty: skipped
        ["3号楼", 1, "二", 201, "三室", 118.5, 95.2, "南", 2962500],              # row 5 bad floor
        ["3号楼", 1, 2, 202, "三室", 90, 95, "南", 2962500],                      # row 6 inner > area
        ["3号楼", 1, 1, 101, "三室", 118.5, 95.2, "南", 2962500],                 # row 7 duplicate of 2
        ["1号楼", 1, 1, 101, "三室", 118.5, 95.2, "南", 2962500],                 # row 8 exists
        ["3号楼", 1, 2, 203, "", 118.5, 95.2, "南", "abc"],                        # row 9 two reasons
    ])  # fmt: skip
    dry = services.units.import_units_xlsx(office.project_id, path, dry_run=True)
    assert dry.dry_run and dry.created == 2 and dry.buildings_created == ("3号楼",)
    assert [b.name for b in services.units.list_buildings(office.project_id)] == ["1号楼", "2号楼"]
    report = services.units.import_units_xlsx(office.project_id, path, actor=office.manager)
    assert report.total_rows == 7 and report.created == 2 and report.updated == 0
    assert report.total_rows == report.accepted + len(report.rejected)
    reasons = {r.row_no: r.reason for r in report.rejected}
    assert set(reasons) == {5, 6, 7, 8, 9}
    assert "楼层“二”不是整数" in reasons[5]
    assert "套内面积不能大于建筑面积" in reasons[6]
    assert reasons[7] == "与第 2 行重复"
    assert "房源已存在" in reasons[8]
    assert "缺少户型" in reasons[9] and "表价“abc”不是数字" in reasons[9]
    b3 = [b for b in services.units.list_buildings(office.project_id) if b.name == "3号楼"][0]
    assert b3.unit_count == 2
    units = services.units.list_units(b3.id)
    assert units[1].list_price == Decimal("2230000.00") and units[1].inner_area == Decimal("70.00")
    out = services.units.write_rejections_xlsx(report, tmp_path / "rejected.xlsx")
    rows = list(load_workbook(out).active.iter_rows(values_only=True))
    assert rows[0][0] == "原行号" and rows[0][-1] == "原因" and len(rows) == 6
    assert rows[1][0] == 5 and "不是整数" in rows[1][-1]


def test_unit_import_updates_available_units_only(services: Services, tmp_path: Path) -> None:
    office = make_sales_office(services)
    services.deals.hold(office.customers[0], office.units[0], actor=office.consultant)
    path = _xlsx(tmp_path / "u.xlsx", [
        HEADER,
        ["1号楼", 1, 1, 101, "三室", 128.56, 100, "南", 3000000],
        ["1号楼", 1, 1, 102, "两室", 89.2, 70, "西", 2000000],
        ["1号楼", 1, 2, 302, "两室", 89.2, 70, "西", 2000000],
    ])  # fmt: skip
    report = services.units.import_units_xlsx(office.project_id, path, update_existing=True)
    assert report.updated == 1
    reasons = {r.row_no: r.reason for r in report.rejected}
    assert "保留" in reasons[2] and "楼层与已有房源不符" in reasons[4]
    assert services.units.get_unit(office.units[1]).list_price == Decimal("2000000.00")


def test_unit_import_refuses_a_file_without_the_columns(services: Services, tmp_path: Path) -> None:
    office = make_sales_office(services)
    path = _xlsx(tmp_path / "bad.xlsx", [["楼栋", "房号"], ["1号楼", "101"]])
    with pytest.raises(ValidationError, match="缺少列"):
        services.units.import_units_xlsx(office.project_id, path)
    junk = tmp_path / "junk.xlsx"
    junk.write_text("not excel")
    with pytest.raises(ValidationError, match="无法读取"):
        services.units.import_units_xlsx(office.project_id, junk)
    template = services.units.write_import_template(tmp_path / "template.xlsx")
    report = services.units.import_units_xlsx(office.project_id, template)
    assert report.created == 1 and not report.rejected
