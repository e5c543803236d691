"""Units (房源), the sales control grid (销控表) and the unit-list import: pure rules and data.

A project has buildings (楼栋); a building has units (单元, stairwells) and floors; a
room (房号) is one sellable unit. Its status follows its one active deal (§6).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from app.domain.enums import UnitStatus

STATUS_LABELS: dict[str, str] = {
    UnitStatus.AVAILABLE: "可售",
    UnitStatus.HELD: "保留",
    UnitStatus.SUBSCRIBED: "已认购",
    UnitStatus.CONTRACTED: "已签约",
    UnitStatus.DELIVERED: "已交付",
}

#: Fill colour of each status on the grid, shared by the GUI, the .xlsx and the PDF.
STATUS_COLORS: dict[str, str] = {
    UnitStatus.AVAILABLE: "#C8E6C9",
    UnitStatus.HELD: "#FFF59D",
    UnitStatus.SUBSCRIBED: "#90CAF9",
    UnitStatus.CONTRACTED: "#EF9A9A",
    UnitStatus.DELIVERED: "#BDBDBD",
}

STATUS_ORDER: tuple[str, ...] = tuple(s.value for s in UnitStatus)


# ------------------------------------------------------------------------------ dataclasses


@dataclass(frozen=True, slots=True)
class BuildingInfo:
    id: int
    project_id: int
    name: str
    floors: int
    delivery_date: dt.date | None
    delivery_place: str | None
    unit_count: int = 0


@dataclass(frozen=True, slots=True)
class UnitInfo:
    id: int
    building_id: int
    building_name: str
    unit_no: str
    floor: int
    room_no: str
    layout: str
    building_area: Decimal
    inner_area: Decimal
    orientation: str
    list_price: Decimal
    #: The status as stored (UnitStatus code).
    status: str
    #: ``status``, except that a hold past its expiry shows as available.
    effective_status: str
    active_deal_id: int | None = None
    hold_expires_at: dt.datetime | None = None

    @property
    def label(self) -> str:
        unit = self.unit_no if self.unit_no.endswith("单元") else f"{self.unit_no}单元"
        return f"{self.building_name} {unit} {self.room_no}室"

    @property
    def unit_price(self) -> Decimal:
        """List price per m² of building area."""
        return unit_price(self.list_price, self.building_area)


@dataclass(frozen=True, slots=True)
class AdverseFactorInfo:
    id: int
    project_id: int
    building_id: int | None
    unit_id: int | None
    title: str
    direction: str | None
    distance_m: int | None
    impact: str
    sort_order: int

    @property
    def scope(self) -> str:
        """Printed scope: 项目 (whole project), 楼栋 (one building) or 本房源 (one unit)."""
        if self.unit_id is not None:
            return "本房源"
        if self.building_id is not None:
            return "楼栋"
        return "项目"


@dataclass(frozen=True, slots=True)
class GridColumn:
    """One vertical line of rooms: the 单元 and the room's position on each floor."""

    unit_no: str
    position: str

    @property
    def label(self) -> str:
        unit = self.unit_no if self.unit_no.endswith("单元") else f"{self.unit_no}单元"
        return f"{unit}-{self.position}"


@dataclass(frozen=True, slots=True)
class GridCell:
    unit_id: int
    room_no: str
    layout: str
    building_area: Decimal
    list_price: Decimal
    status: str  # effective status
    hold_expires_at: dt.datetime | None
    deal_id: int | None
    #: The deal's agreed price once subscribed (成交价), else None.
    deal_price: Decimal | None = None

    @property
    def color(self) -> str:
        return STATUS_COLORS[self.status]


@dataclass(frozen=True, slots=True)
class GridRow:
    floor: int
    cells: tuple[GridCell | None, ...]  # one per column; None where no such room


@dataclass(frozen=True, slots=True)
class StatusSummary:
    status: str
    count: int
    building_area: Decimal
    list_price: Decimal
    #: Sum of agreed prices (subscribed and later) — 成交金额; list price when none.
    deal_amount: Decimal

    @property
    def label(self) -> str:
        return STATUS_LABELS[self.status]


@dataclass(frozen=True, slots=True)
class SalesControlGrid:
    """A building as floors × rooms, top floor first, with counts and sums per status."""

    project_name: str
    building: BuildingInfo
    columns: tuple[GridColumn, ...]
    rows: tuple[GridRow, ...]
    summary: tuple[StatusSummary, ...]  # every status in STATUS_ORDER, zeros included
    generated_at: dt.datetime

    @property
    def total_units(self) -> int:
        return sum(s.count for s in self.summary)

    def cell(self, unit_id: int) -> GridCell | None:
        for row in self.rows:
            for c in row.cells:
                if c is not None and c.unit_id == unit_id:
                    return c
        return None


# ------------------------------------------------------------------------------------ rules


def unit_price(total: Decimal, area: Decimal) -> Decimal:
    """Price per m², to the fen."""
    if not area:
        return Decimal("0.00")
    return (Decimal(total) / Decimal(area)).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)


def hold_expiry(held_at: dt.datetime, hold_hours: int) -> dt.datetime:
    return held_at + dt.timedelta(hours=hold_hours)


def hold_is_expired(hold_expires_at: dt.datetime | None, now: dt.datetime) -> bool:
    return hold_expires_at is not None and hold_expires_at <= now


def effective_status(status: str, hold_expires_at: dt.datetime | None, now: dt.datetime) -> str:
    """A hold past its expiry is available again, even before the sweep has run."""
    if status == UnitStatus.HELD and hold_is_expired(hold_expires_at, now):
        return UnitStatus.AVAILABLE.value
    return status


def room_position(floor: int, room_no: str) -> str:
    """The room's place on its floor: ``1502`` on floor 15 → ``02``; otherwise the room number."""
    prefix = str(floor)
    if room_no.startswith(prefix) and len(room_no) > len(prefix):
        return room_no[len(prefix) :]
    return room_no


def _natural_key(text: str) -> tuple[Any, ...]:
    return tuple(int(p) if p.isdigit() else p for p in re.split(r"(\d+)", text) if p)


def grid_columns(units: list[tuple[str, int, str]]) -> tuple[GridColumn, ...]:
    """Columns for (unit_no, floor, room_no) triples, ordered 1单元-01, 1单元-02, 2单元-01..."""
    cols = {GridColumn(u, room_position(f, r)) for u, f, r in units}
    return tuple(sorted(cols, key=lambda c: (_natural_key(c.unit_no), _natural_key(c.position))))


def summarise(cells: list[GridCell]) -> tuple[StatusSummary, ...]:
    out = []
    for status in STATUS_ORDER:
        mine = [c for c in cells if c.status == status]
        out.append(
            StatusSummary(
                status=status,
                count=len(mine),
                building_area=sum((c.building_area for c in mine), Decimal("0.00")),
                list_price=sum((c.list_price for c in mine), Decimal("0.00")),
                deal_amount=sum(
                    (c.deal_price if c.deal_price is not None else c.list_price for c in mine),
                    Decimal("0.00"),
                ),
            )
        )
    return tuple(out)


def build_grid(
    project_name: str,
    building: BuildingInfo,
    units: list[UnitInfo],
    deal_prices: dict[int, Decimal],
    now: dt.datetime,
) -> SalesControlGrid:
    """Lay units out as floors (top first) × columns; ``deal_prices`` by unit id."""
    columns = grid_columns([(u.unit_no, u.floor, u.room_no) for u in units])
    index = {c: i for i, c in enumerate(columns)}
    by_floor: dict[int, list[GridCell | None]] = {}
    cells: list[GridCell] = []
    for u in units:
        status = effective_status(u.status, u.hold_expires_at, now)
        cell = GridCell(
            unit_id=u.id,
            room_no=u.room_no,
            layout=u.layout,
            building_area=u.building_area,
            list_price=u.list_price,
            status=status,
            hold_expires_at=u.hold_expires_at if status == UnitStatus.HELD else None,
            deal_id=u.active_deal_id if status != UnitStatus.AVAILABLE else None,
            deal_price=deal_prices.get(u.id)
            if status in (UnitStatus.SUBSCRIBED, UnitStatus.CONTRACTED, UnitStatus.DELIVERED)
            else None,
        )
        cells.append(cell)
        row = by_floor.setdefault(u.floor, [None] * len(columns))
        row[index[GridColumn(u.unit_no, room_position(u.floor, u.room_no))]] = cell
    rows = tuple(GridRow(f, tuple(by_floor[f])) for f in sorted(by_floor, reverse=True))
    return SalesControlGrid(
        project_name=project_name,
        building=building,
        columns=columns,
        rows=rows,
        summary=summarise(cells),
        generated_at=now,
    )


# ------------------------------------------------------------------------- unit-list import

#: Column of the import file → accepted header texts (compared without spaces, case-blind).
IMPORT_COLUMNS: dict[str, tuple[str, ...]] = {
    "building": ("楼栋", "楼号", "楼栋号", "building"),
    "unit_no": ("单元", "单元号", "unit"),
    "floor": ("楼层", "层", "floor"),
    "room_no": ("房号", "房间号", "室号", "room"),
    "layout": ("户型", "layout"),
    "building_area": ("建筑面积", "建面", "buildingarea"),
    "inner_area": ("套内面积", "套内建筑面积", "innerarea"),
    "orientation": ("朝向", "orientation"),
    "list_price": ("表价", "总价", "标准总价", "售价", "listprice", "price"),
}

IMPORT_HEADERS_ZH: tuple[str, ...] = (
    "楼栋", "单元", "楼层", "房号", "户型", "建筑面积", "套内面积", "朝向", "表价",
)  # fmt: skip

ORIENTATIONS = frozenset(
    {"东", "南", "西", "北", "东南", "东北", "西南", "西北", "南北", "东西", "南北通透"}
)


@dataclass(frozen=True, slots=True)
class ParsedUnitRow:
    row_no: int
    building: str
    unit_no: str
    floor: int
    room_no: str
    layout: str
    building_area: Decimal
    inner_area: Decimal
    orientation: str
    list_price: Decimal

    @property
    def key(self) -> tuple[str, str, str]:
        return (self.building, self.unit_no, self.room_no)


@dataclass(frozen=True, slots=True)
class RejectedRow:
    row_no: int  # as Excel numbers it (header is row 1)
    values: tuple[str, ...]
    reason: str


@dataclass(frozen=True, slots=True)
class UnitImportReport:
    """What an import did: nothing is dropped silently; every refused row has a reason."""

    total_rows: int
    created: int
    updated: int
    buildings_created: tuple[str, ...]
    rejected: tuple[RejectedRow, ...]
    dry_run: bool

    @property
    def accepted(self) -> int:
        return self.created + self.updated


def _norm_header(value: Any) -> str:
    return re.sub(r"[\s_（）()㎡m²/\-]", "", str(value or "")).lower()


def map_headers(header: list[Any]) -> tuple[dict[str, int], list[str]]:
    """Column index of each known field; and the fields that are missing."""
    lookup = {}
    for field_name, names in IMPORT_COLUMNS.items():
        for n in names:
            lookup[_norm_header(n)] = field_name
    found: dict[str, int] = {}
    for i, cell in enumerate(header):
        name = lookup.get(_norm_header(cell))
        if name and name not in found:
            found[name] = i
    missing = [f for f in IMPORT_COLUMNS if f not in found]
    return found, missing


def cell_text(value: Any) -> str:
    """A cell as text: 1502.0 → ``1502``; None → empty."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _decimal(text: str) -> Decimal | None:
    cleaned = re.sub(r"[,，¥￥\s元]|m²|㎡|平方米|平米", "", text)
    try:
        value = Decimal(cleaned)
    except (InvalidOperation, ValueError):
        return None
    if not value.is_finite():
        return None
    return value


def parse_unit_row(row_no: int, raw: dict[str, Any]) -> ParsedUnitRow | str:
    """One row of the import file: the parsed unit, or the reason (Chinese) it is refused."""
    text = {k: cell_text(v) for k, v in raw.items()}
    problems: list[str] = []
    labels = dict(zip(IMPORT_COLUMNS, IMPORT_HEADERS_ZH, strict=True))
    for field_name in ("building", "unit_no", "floor", "room_no", "layout", "orientation"):
        if not text.get(field_name):
            problems.append(f"缺少{labels[field_name]}")
    floor = 0
    if text.get("floor"):
        try:
            floor = int(Decimal(text["floor"]))
            if Decimal(text["floor"]) != floor:
                raise ValueError
        except (InvalidOperation, ValueError):
            problems.append(f"楼层“{text['floor']}”不是整数")
        else:
            if floor == 0 or floor < -5 or floor > 200:
                problems.append(f"楼层 {floor} 不合理")
    amounts: dict[str, Decimal] = {}
    for field_name in ("building_area", "inner_area", "list_price"):
        value_text = text.get(field_name, "")
        if not value_text:
            problems.append(f"缺少{labels[field_name]}")
            continue
        value = _decimal(value_text)
        if value is None:
            problems.append(f"{labels[field_name]}“{value_text}”不是数字")
        elif value <= 0:
            problems.append(f"{labels[field_name]}必须大于 0")
        elif value != value.quantize(Decimal("0.01")):
            problems.append(f"{labels[field_name]}最多两位小数")
        else:
            amounts[field_name] = value.quantize(Decimal("0.01"))
    if "building_area" in amounts and "inner_area" in amounts:
        if amounts["inner_area"] > amounts["building_area"]:
            problems.append("套内面积不能大于建筑面积")
        if amounts["building_area"] > Decimal("10000"):
            problems.append("建筑面积超过 10000 m²，请核对")
    if len(text.get("building", "")) > 32:
        problems.append("楼栋名称过长（最多 32 字）")
    if len(text.get("unit_no", "")) > 8:
        problems.append("单元过长（最多 8 字）")
    if len(text.get("room_no", "")) > 16:
        problems.append("房号过长（最多 16 字）")
    if len(text.get("layout", "")) > 32:
        problems.append("户型过长（最多 32 字）")
    if len(text.get("orientation", "")) > 16:
        problems.append("朝向过长（最多 16 字）")
    if problems:
        return "；".join(problems)
    return ParsedUnitRow(
        row_no=row_no,
        building=text["building"],
        unit_no=text["unit_no"],
        floor=floor,
        room_no=text["room_no"],
        layout=text["layout"],
        building_area=amounts["building_area"],
        inner_area=amounts["inner_area"],
        orientation=text["orientation"],
        list_price=amounts["list_price"],
    )
