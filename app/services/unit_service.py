"""Buildings and units (房源), adverse factors, the unit-list import and the sales control
grid (销控表) with its .xlsx and PDF exports.

A unit's ``status`` follows its one active deal (``app.services.deal_service``); a hold
past its expiry counts as available everywhere (``effective_status``) and is turned into
an ``expired`` deal by ``expire_holds`` or by the next hold/subscription of that unit.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import ACTIVE_DEAL_STATUSES, DealStatus, Role, UnitStatus
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.forms import DocumentStamp
from app.domain.models import UserInfo
from app.domain.units import (
    IMPORT_COLUMNS,
    IMPORT_HEADERS_ZH,
    STATUS_COLORS,
    STATUS_LABELS,
    AdverseFactorInfo,
    BuildingInfo,
    ParsedUnitRow,
    RejectedRow,
    SalesControlGrid,
    UnitImportReport,
    UnitInfo,
    build_grid,
    cell_text,
    effective_status,
    map_headers,
    parse_unit_row,
)
from app.models import AdverseFactor, Building, Deal, Project, Unit
from app.services import audit_service

_MANAGE_ROLES = (Role.MANAGER, Role.ADMIN)


# ------------------------------------------------------------- helpers shared by services


def building_info(b: Building, unit_count: int = 0) -> BuildingInfo:
    return BuildingInfo(
        id=b.id,
        project_id=b.project_id,
        name=b.name,
        floors=b.floors,
        delivery_date=b.delivery_date,
        delivery_place=b.delivery_place,
        unit_count=unit_count,
    )


def unit_info(u: Unit, building_name: str, deal: Deal | None, now: dt.datetime) -> UnitInfo:
    """``deal`` is the unit's active deal, if any."""
    expires = deal.hold_expires_at if deal is not None and deal.status == DealStatus.HELD else None
    return UnitInfo(
        id=u.id,
        building_id=u.building_id,
        building_name=building_name,
        unit_no=u.unit_no,
        floor=u.floor,
        room_no=u.room_no,
        layout=u.layout,
        building_area=u.building_area,
        inner_area=u.inner_area,
        orientation=u.orientation,
        list_price=u.list_price,
        status=u.status,
        effective_status=effective_status(u.status, expires, now),
        active_deal_id=deal.id if deal is not None else None,
        hold_expires_at=expires,
    )


def active_deal(s: Session, unit_id: int) -> Deal | None:
    return s.scalar(
        select(Deal).where(Deal.unit_id == unit_id, Deal.status.in_(ACTIVE_DEAL_STATUSES))
    )


def load_unit_info(s: Session, unit_id: int, now: dt.datetime) -> UnitInfo:
    u = s.get(Unit, unit_id)
    if u is None:
        raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
    b = s.get(Building, u.building_id)
    assert b is not None
    return unit_info(u, b.name, active_deal(s, unit_id), now)


def expire_stale_holds(s: Session, now: dt.datetime, unit_id: int | None = None) -> int:
    """Turn holds past their expiry into ``expired`` deals and free their units."""
    q = select(Deal).where(
        Deal.status == DealStatus.HELD.value,
        Deal.hold_expires_at.is_not(None),
        Deal.hold_expires_at <= now,
    )
    if unit_id is not None:
        q = q.where(Deal.unit_id == unit_id)
    count = 0
    for deal in s.scalars(q.with_for_update()):
        deal.status = DealStatus.EXPIRED.value
        unit = s.get(Unit, deal.unit_id)
        if unit is not None and unit.status == UnitStatus.HELD:
            unit.status = UnitStatus.AVAILABLE.value
        count += 1
    if count:
        s.flush()
    return count


def factor_info(f: AdverseFactor) -> AdverseFactorInfo:
    return AdverseFactorInfo(
        id=f.id,
        project_id=f.project_id,
        building_id=f.building_id,
        unit_id=f.unit_id,
        title=f.title,
        direction=f.direction,
        distance_m=f.distance_m,
        impact=f.impact,
        sort_order=f.sort_order,
    )


def factors_for_unit(s: Session, project_id: int, unit: Unit | None) -> list[AdverseFactor]:
    """The project's factors, then the building's, then the unit's own, each in order."""
    q = select(AdverseFactor).where(AdverseFactor.project_id == project_id)
    rows = list(s.scalars(q.order_by(AdverseFactor.sort_order, AdverseFactor.id)))

    def rank(f: AdverseFactor) -> int:
        return 2 if f.unit_id is not None else (1 if f.building_id is not None else 0)

    picked = [
        f
        for f in rows
        if (f.unit_id is None and f.building_id is None)
        or (unit is not None and f.unit_id == unit.id)
        or (unit is not None and f.unit_id is None and f.building_id == unit.building_id)
    ]
    return sorted(picked, key=lambda f: (rank(f), f.sort_order, f.id))


def _check_manager(actor: UserInfo | None) -> None:
    if actor is not None and actor.role not in _MANAGE_ROLES:
        raise PermissionDenied("只有销售经理或管理员可以维护楼栋、房源和不利因素")


def _dec(value: Any, field: str) -> Decimal:
    try:
        return Decimal(str(value)).quantize(Decimal("0.01"))
    except Exception as exc:
        raise ValidationError(
            "{field}不是数字", {field: "不是数字"}, values={"field": field}
        ) from exc


# ------------------------------------------------------------------------------ the service


class UnitService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- buildings ------------------------------------------------------------------

    def create_building(
        self,
        project_id: int,
        name: str,
        floors: int,
        *,
        delivery_date: dt.date | None = None,
        delivery_place: str | None = None,
        actor: UserInfo | None = None,
    ) -> BuildingInfo:
        _check_manager(actor)
        name = (name or "").strip()
        if not name:
            raise ValidationError("请输入楼栋名称", {"name": "必填"})
        if floors < 1:
            raise ValidationError("楼层数至少为 1", {"floors": "至少为 1"})
        try:
            with self._db.write() as s:
                if s.get(Project, project_id) is None:
                    raise NotFoundError(
                        "找不到项目（编号 {project_id}）", values={"project_id": project_id}
                    )
                b = Building(project_id=project_id, name=name, floors=floors,
                             delivery_date=delivery_date, delivery_place=delivery_place)  # fmt: skip
                s.add(b)
                s.flush()
                return building_info(b)
        except IntegrityError as exc:
            raise ConflictError("楼栋“{name}”已存在", values={"name": name}) from exc

    def set_delivery(
        self,
        building_id: int,
        delivery_date: dt.date | None,
        delivery_place: str | None,
        *,
        actor: UserInfo | None = None,
    ) -> BuildingInfo:
        """The building's planned delivery date and place (used by the delivery notice)."""
        _check_manager(actor)
        with self._db.write() as s:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFoundError(
                    "找不到楼栋（编号 {building_id}）", values={"building_id": building_id}
                )
            b.delivery_date = delivery_date
            b.delivery_place = (delivery_place or "").strip() or None
            s.flush()
            return building_info(b)

    def list_buildings(self, project_id: int) -> list[BuildingInfo]:
        with self._db.read() as s:
            counts = dict(
                s.execute(select(Unit.building_id, func.count()).group_by(Unit.building_id)).all()
            )
            rows = s.scalars(
                select(Building).where(Building.project_id == project_id).order_by(Building.id)
            )
            return [building_info(b, int(counts.get(b.id, 0))) for b in rows]

    # --- units ----------------------------------------------------------------------

    def add_unit(
        self,
        building_id: int,
        *,
        unit_no: str,
        floor: int,
        room_no: str,
        layout: str,
        building_area: Decimal | str,
        inner_area: Decimal | str,
        orientation: str,
        list_price: Decimal | str,
        actor: UserInfo | None = None,
    ) -> UnitInfo:
        _check_manager(actor)
        with self._db.write() as s:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFoundError(
                    "找不到楼栋（编号 {building_id}）", values={"building_id": building_id}
                )
            parsed = parse_unit_row(0, {
                "building": b.name, "unit_no": unit_no, "floor": floor, "room_no": room_no,
                "layout": layout, "building_area": building_area, "inner_area": inner_area,
                "orientation": orientation, "list_price": list_price,
            })  # fmt: skip
            if isinstance(parsed, str):
                raise ValidationError(parsed)
            exists = s.scalar(
                select(Unit.id).where(
                    Unit.building_id == b.id,
                    Unit.unit_no == parsed.unit_no,
                    Unit.room_no == parsed.room_no,
                )  # fmt: skip
            )
            if exists is not None:
                raise ConflictError(
                    "房源已存在：{b_name} {parsed_unit_no}单元 {parsed_room_no}",
                    values={
                        "b_name": b.name,
                        "parsed_unit_no": parsed.unit_no,
                        "parsed_room_no": parsed.room_no,
                    },
                )
            u = self._new_unit(b, parsed)
            s.add(u)
            b.floors = max(b.floors, parsed.floor)
            s.flush()
            return unit_info(u, b.name, None, self._clock.now())

    @staticmethod
    def _new_unit(b: Building, r: ParsedUnitRow) -> Unit:
        return Unit(
            building_id=b.id,
            unit_no=r.unit_no,
            floor=r.floor,
            room_no=r.room_no,
            layout=r.layout,
            building_area=r.building_area,
            inner_area=r.inner_area,
            orientation=r.orientation,
            list_price=r.list_price,
            status=UnitStatus.AVAILABLE.value,
        )

    def update_unit(
        self,
        unit_id: int,
        *,
        layout: str | None = None,
        building_area: Decimal | str | None = None,
        inner_area: Decimal | str | None = None,
        orientation: str | None = None,
        list_price: Decimal | str | None = None,
        actor: UserInfo | None = None,
    ) -> UnitInfo:
        """Change an available unit's data (a sold unit's price and areas are the deal's)."""
        _check_manager(actor)
        now = self._clock.now()
        with self._db.write() as s:
            u = s.get(Unit, unit_id, with_for_update=True)
            if u is None:
                raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
            expire_stale_holds(s, now, unit_id)
            if u.status != UnitStatus.AVAILABLE:
                raise ConflictError(
                    "房源状态为“{status}”，不能修改其面积或价格",
                    values={"status": STATUS_LABELS[u.status]},
                )
            if layout is not None:
                u.layout = layout.strip()
            if orientation is not None:
                u.orientation = orientation.strip()
            if building_area is not None:
                u.building_area = _dec(building_area, "building_area")
            if inner_area is not None:
                u.inner_area = _dec(inner_area, "inner_area")
            if list_price is not None:
                u.list_price = _dec(list_price, "list_price")
            if u.building_area <= 0 or u.list_price <= 0 or u.inner_area <= 0:
                raise ValidationError("面积和价格必须大于 0")
            if u.inner_area > u.building_area:
                raise ValidationError("套内面积不能大于建筑面积")
            s.flush()
            b = s.get(Building, u.building_id)
            assert b is not None
            return unit_info(u, b.name, None, now)

    def get_unit(self, unit_id: int) -> UnitInfo:
        with self._db.read() as s:
            return load_unit_info(s, unit_id, self._clock.now())

    def find_unit(self, project_id: int, building: str, unit_no: str, room_no: str) -> UnitInfo:
        """A unit by its printed name: building ``1号楼``, unit ``2``, room ``1502``."""
        with self._db.read() as s:
            uid = s.scalar(
                select(Unit.id)
                .join(Building, Building.id == Unit.building_id)
                .where(
                    Building.project_id == project_id,
                    Building.name == building.strip(),
                    Unit.unit_no == unit_no.strip(),
                    Unit.room_no == room_no.strip(),
                )  # fmt: skip
            )
            if uid is None:
                raise NotFoundError(
                    "找不到房源：{building} {unit_no}单元 {room_no}",
                    values={"building": building, "unit_no": unit_no, "room_no": room_no},
                )
            return load_unit_info(s, uid, self._clock.now())

    def unit_id_for(self, text_: str, *, project_id: int) -> int:
        """A unit by id (``42``) or by ``楼栋/单元/房号`` (``1号楼/1/1502``) — CLI ``--unit``."""
        value = (text_ or "").strip()
        if value.isdigit():
            return self.get_unit(int(value)).id
        parts = [x.strip() for x in value.replace("／", "/").split("/")]
        if len(parts) != 3 or not all(parts):
            raise ValidationError(
                "房源写作 编号 或 楼栋/单元/房号（如 1号楼/1/1502）：{value}",
                values={"value": value},
            )
        return self.find_unit(project_id, parts[0], parts[1], parts[2]).id

    def list_units(self, building_id: int, *, status: str | None = None) -> list[UnitInfo]:
        """Units of a building, by floor and room; ``status`` filters on the effective status."""
        now = self._clock.now()
        with self._db.read() as s:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFoundError(
                    "找不到楼栋（编号 {building_id}）", values={"building_id": building_id}
                )
            out = self._units_with_deals(s, b, now)
        if status is not None:
            out = [u for u in out if u.effective_status == status]
        return out

    @staticmethod
    def _units_with_deals(s: Session, b: Building, now: dt.datetime) -> list[UnitInfo]:
        deals = {
            d.unit_id: d
            for d in s.scalars(
                select(Deal)
                .join(Unit, Unit.id == Deal.unit_id)
                .where(Unit.building_id == b.id, Deal.status.in_(ACTIVE_DEAL_STATUSES))
            )
        }
        units = s.scalars(
            select(Unit)
            .where(Unit.building_id == b.id)
            .order_by(Unit.floor, Unit.unit_no, Unit.room_no)  # fmt: skip
        )
        return [unit_info(u, b.name, deals.get(u.id), now) for u in units]

    # --- adverse factors --------------------------------------------------------------

    def add_adverse_factor(
        self,
        project_id: int,
        title: str,
        impact: str,
        *,
        direction: str | None = None,
        distance_m: int | None = None,
        building_id: int | None = None,
        unit_id: int | None = None,
        sort_order: int | None = None,
        actor: UserInfo | None = None,
    ) -> AdverseFactorInfo:
        """A factor of the whole project, of one building, or of one unit (不利因素)."""
        _check_manager(actor)
        title, impact = (title or "").strip(), (impact or "").strip()
        errors = {}
        if not title:
            errors["title"] = "请填写不利因素"
        if not impact:
            errors["impact"] = "请用通俗的话说明影响"
        if distance_m is not None and distance_m < 0:
            errors["distance_m"] = "距离不能为负数"
        if errors:
            raise ValidationError("；".join(errors.values()), errors)
        with self._db.write() as s:
            if unit_id is not None:
                u = s.get(Unit, unit_id)
                if u is None:
                    raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
                building_id = u.building_id
            if sort_order is None:
                sort_order = (
                    int(
                        s.scalar(
                            select(func.coalesce(func.max(AdverseFactor.sort_order), 0)).where(
                                AdverseFactor.project_id == project_id
                            )
                        )
                        or 0
                    )
                    + 1
                )
            f = AdverseFactor(project_id=project_id, building_id=building_id, unit_id=unit_id,
                              title=title, direction=(direction or "").strip() or None,
                              distance_m=distance_m, impact=impact, sort_order=sort_order)  # fmt: skip
            s.add(f)
            s.flush()
            return factor_info(f)

    def update_adverse_factor(
        self,
        factor_id: int,
        *,
        title: str | None = None,
        impact: str | None = None,
        direction: str | None = None,
        distance_m: int | None = None,
        actor: UserInfo | None = None,
    ) -> AdverseFactorInfo:
        """Notices already issued keep the wording they were printed with (archived)."""
        _check_manager(actor)
        with self._db.write() as s:
            f = s.get(AdverseFactor, factor_id)
            if f is None:
                raise NotFoundError(
                    "找不到不利因素（编号 {factor_id}）", values={"factor_id": factor_id}
                )
            if title is not None and title.strip():
                f.title = title.strip()
            if impact is not None and impact.strip():
                f.impact = impact.strip()
            if direction is not None:
                f.direction = direction.strip() or None
            if distance_m is not None:
                f.distance_m = distance_m if distance_m >= 0 else None
            s.flush()
            return factor_info(f)

    def remove_adverse_factor(self, factor_id: int, *, actor: UserInfo | None = None) -> None:
        _check_manager(actor)
        with self._db.write() as s:
            f = s.get(AdverseFactor, factor_id)
            if f is None:
                raise NotFoundError(
                    "找不到不利因素（编号 {factor_id}）", values={"factor_id": factor_id}
                )
            s.delete(f)

    def adverse_factors(
        self, project_id: int, *, unit_id: int | None = None
    ) -> list[AdverseFactorInfo]:
        """Every factor that applies: the project's, and with ``unit_id`` also those of
        the unit's building and of the unit itself (the purchase notice's list)."""
        with self._db.read() as s:
            unit = s.get(Unit, unit_id) if unit_id is not None else None
            if unit_id is not None and unit is None:
                raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
            if unit is None:
                rows = s.scalars(
                    select(AdverseFactor)
                    .where(AdverseFactor.project_id == project_id)
                    .order_by(AdverseFactor.sort_order, AdverseFactor.id)
                )
                return [factor_info(f) for f in rows]
            return [factor_info(f) for f in factors_for_unit(s, project_id, unit)]

    # --- sales control grid -------------------------------------------------------------

    def expire_holds(self) -> int:
        """Expire every hold past its time (setting ``hold_hours``); returns how many."""
        with self._db.write() as s:
            return expire_stale_holds(s, self._clock.now())

    def sales_control_grid(self, building_id: int) -> SalesControlGrid:
        now = self._clock.now()
        with self._db.read() as s:
            b = s.get(Building, building_id)
            if b is None:
                raise NotFoundError(
                    "找不到楼栋（编号 {building_id}）", values={"building_id": building_id}
                )
            project = s.get(Project, b.project_id)
            units = self._units_with_deals(s, b, now)
            prices = dict(
                s.execute(
                    select(Deal.unit_id, Deal.agreed_price)
                    .join(Unit, Unit.id == Deal.unit_id)
                    .where(
                        Unit.building_id == b.id,
                        Deal.status.in_(ACTIVE_DEAL_STATUSES),
                        Deal.agreed_price.is_not(None),
                    )
                ).all()
            )
            info = building_info(b, len(units))
        return build_grid(project.name if project else "", info, units, prices, now)

    def export_grid_xlsx(
        self, building_id: int, path: Path, *, actor: UserInfo | None = None
    ) -> Path:
        """The grid, a summary and a unit list as an Excel workbook, coloured by status."""
        grid = self.sales_control_grid(building_id)
        path = Path(path)
        write_grid_xlsx(grid, path)
        self._audit_export(actor, building_id, f"销控表 Excel {grid.building.name}")
        return path

    def export_grid_pdf(
        self, building_id: int, path: Path, *, actor: UserInfo | None = None,
        font_path: str | None = None,
    ) -> Path:  # fmt: skip
        from app.reports.fonts import ensure_font
        from app.reports.sales_control_pdf import render_sales_control
        from app.services.settings_service import SettingsService

        grid = self.sales_control_grid(building_id)
        if font_path is None:
            font_path = SettingsService(self._db, self._clock).load().pdf_font_path
        stamp = DocumentStamp(
            doc_no=f"XK-{grid.generated_at:%Y%m%d-%H%M%S}-{building_id}",
            issued_at=grid.generated_at,
        )
        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        render_sales_control(grid, path, stamp=stamp, font=ensure_font(font_path))
        self._audit_export(actor, building_id, f"销控表 PDF {grid.building.name}")
        return path

    def _audit_export(self, actor: UserInfo | None, building_id: int, detail: str) -> None:
        with self._db.write() as s:
            audit_service.record(
                s,
                at=self._clock.now(),
                user_id=actor.id if actor else None,
                action="export",
                entity="building",
                entity_id=building_id,
                detail=detail,
            )

    # --- unit-list import -------------------------------------------------------------

    def import_units_xlsx(
        self,
        project_id: int,
        path: Path,
        *,
        update_existing: bool = False,
        dry_run: bool = False,
        actor: UserInfo | None = None,
    ) -> UnitImportReport:
        """Import a unit list (楼栋, 单元, 楼层, 房号, 户型, 建筑面积, 套内面积, 朝向, 表价).

        Every row is accounted for: created, updated (``update_existing``, available
        units only) or rejected with its reason. Accepted rows are saved in one
        transaction; ``dry_run`` checks without saving. Missing buildings are created.
        """
        _check_manager(actor)
        total, parsed, rejected = read_unit_rows(Path(path))
        ctx = self._db.read() if dry_run else self._db.write()
        try:
            with ctx as s:
                if s.get(Project, project_id) is None:
                    raise NotFoundError(
                        "找不到项目（编号 {project_id}）", values={"project_id": project_id}
                    )
                created, updated, new_buildings, more = self._apply_import(
                    s, project_id, parsed, update_existing, write=not dry_run
                )
        except IntegrityError as exc:
            raise ConflictError("导入时有人同时修改了房源，请重新导入") from exc
        rejected = sorted(rejected + more, key=lambda r: r.row_no)
        return UnitImportReport(
            total_rows=total,
            created=created,
            updated=updated,
            buildings_created=tuple(new_buildings),
            rejected=tuple(rejected),
            dry_run=dry_run,
        )

    def _apply_import(
        self, s: Session, project_id: int, rows: list[ParsedUnitRow], update_existing: bool,
        *, write: bool,
    ) -> tuple[int, int, list[str], list[RejectedRow]]:  # fmt: skip
        buildings = {
            b.name: b for b in s.scalars(select(Building).where(Building.project_id == project_id))
        }
        new_buildings: list[str] = []
        for r in rows:
            if r.building not in buildings:
                top = max(x.floor for x in rows if x.building == r.building)
                b = Building(project_id=project_id, name=r.building, floors=max(top, 1))
                if write:
                    s.add(b)
                    s.flush()
                buildings[r.building] = b
                new_buildings.append(r.building)
        existing: dict[tuple[int, str, str], Unit] = {}
        ids = [b.id for b in buildings.values() if b.id is not None]
        if ids:
            for u in s.scalars(select(Unit).where(Unit.building_id.in_(ids))):
                existing[(u.building_id, u.unit_no, u.room_no)] = u
        created = updated = 0
        rejected: list[RejectedRow] = []
        for r in rows:
            b = buildings[r.building]
            u = existing.get((b.id, r.unit_no, r.room_no)) if b.id is not None else None
            if u is None:
                if write:
                    s.add(self._new_unit(b, r))
                    b.floors = max(b.floors, r.floor)
                created += 1
                continue
            if not update_existing:
                rejected.append(RejectedRow(r.row_no, _row_values(r),
                                            "房源已存在（如需更新，请选择“更新已有房源”）"))  # fmt: skip
                continue
            if u.status != UnitStatus.AVAILABLE:
                rejected.append(RejectedRow(r.row_no, _row_values(r),
                                            f"房源状态为“{STATUS_LABELS[u.status]}”，不能通过导入修改"))  # fmt: skip
                continue
            if u.floor != r.floor:
                rejected.append(RejectedRow(r.row_no, _row_values(r),
                                            f"楼层与已有房源不符（已有 {u.floor} 层）"))  # fmt: skip
                continue
            if write:
                u.layout, u.orientation = r.layout, r.orientation
                u.building_area, u.inner_area = r.building_area, r.inner_area
                u.list_price = r.list_price
            updated += 1
        if write:
            s.flush()
        return created, updated, new_buildings, rejected

    @staticmethod
    def write_rejections_xlsx(report: UnitImportReport, path: Path) -> Path:
        """The rejected rows with their reasons, for the office to correct and re-import."""
        from openpyxl import Workbook
        from openpyxl.styles import Font

        wb = Workbook()
        ws = wb.active
        ws.title = "未导入的行"
        ws.append(["原行号", *IMPORT_HEADERS_ZH, "原因"])
        for cell in ws[1]:
            cell.font = Font(bold=True)
        for r in report.rejected:
            ws.append([r.row_no, *r.values, r.reason])
        ws.column_dimensions["K"].width = 60
        path = Path(path)
        wb.save(path)
        return path

    @staticmethod
    def write_import_template(path: Path) -> Path:
        from openpyxl import Workbook

        wb = Workbook()
        ws = wb.active
        ws.title = "房源"
        ws.append(list(IMPORT_HEADERS_ZH))
        ws.append(["1号楼", "1", 15, "1502", "三室两厅两卫", 128.56, 102.3, "南北通透", 3256800])
        path = Path(path)
        wb.save(path)
        return path


def _row_values(r: ParsedUnitRow) -> tuple[str, ...]:
    return (r.building, r.unit_no, str(r.floor), r.room_no, r.layout, str(r.building_area),
            str(r.inner_area), r.orientation, str(r.list_price))  # fmt: skip


def read_unit_rows(path: Path) -> tuple[int, list[ParsedUnitRow], list[RejectedRow]]:
    """Parse the first sheet: (data rows, accepted rows, rejected rows with reasons)."""
    from openpyxl import load_workbook
    from openpyxl.utils.exceptions import InvalidFileException

    if not path.exists():
        raise NotFoundError("找不到文件：{path}", values={"path": path})
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, OSError) as exc:
        raise ValidationError(
            "无法读取 Excel 文件（请另存为 .xlsx 后再导入）：{path_name}",
            values={"path_name": path.name},
        ) from exc
    try:
        ws = wb.worksheets[0]
        it: Iterable[tuple[Any, ...]] = ws.iter_rows(values_only=True)
        header: list[Any] | None = None
        header_row = 0
        parsed: list[ParsedUnitRow] = []
        rejected: list[RejectedRow] = []
        seen: dict[tuple[str, str, str], int] = {}
        total = 0
        mapping: dict[str, int] = {}
        for row_no, values in enumerate(it, start=1):
            vals = list(values or ())
            if not any(cell_text(v) for v in vals):
                continue
            if header is None:
                header, header_row = vals, row_no
                mapping, missing = map_headers(header)
                if missing:
                    names = dict(zip(IMPORT_COLUMNS, IMPORT_HEADERS_ZH, strict=True))
                    raise ValidationError(
                        "导入文件第 {} 行应为表头，缺少列：{}".format(
                            header_row, "、".join(names[m] for m in missing)
                        )
                    )
                continue
            total += 1
            raw = {f: (vals[i] if i < len(vals) else None) for f, i in mapping.items()}
            result = parse_unit_row(row_no, raw)
            if isinstance(result, str):
                shown = tuple(cell_text(raw.get(f)) for f in IMPORT_COLUMNS)
                rejected.append(RejectedRow(row_no, shown, result))
                continue
            first = seen.get(result.key)
            if first is not None:
                rejected.append(RejectedRow(row_no, _row_values(result),
                                            f"与第 {first} 行重复"))  # fmt: skip
                continue
            seen[result.key] = row_no
            parsed.append(result)
        if header is None:
            raise ValidationError("导入文件是空的")
        return total, parsed, rejected
    finally:
        wb.close()


def write_grid_xlsx(grid: SalesControlGrid, path: Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
    from openpyxl.utils import get_column_letter

    thin = Side(style="thin", color="888888")
    border = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, horizontal="center", vertical="center")
    wb = Workbook()
    ws = wb.active
    ws.title = "销控表"
    ws.append([f"{grid.project_name} {grid.building.name} 销控表"])
    ws["A1"].font = Font(bold=True, size=14)
    ws.append([f"统计时间 {grid.generated_at:%Y-%m-%d %H:%M}"])
    ws.append(["楼层", *[c.label for c in grid.columns]])
    for cell in ws[3]:
        cell.font = Font(bold=True)
        cell.border = border
        cell.alignment = wrap
    for row in grid.rows:
        values: list[Any] = [f"{row.floor}F"]
        for cell in row.cells:
            if cell is None:
                values.append(None)
            else:
                price = cell.deal_price if cell.deal_price is not None else cell.list_price
                values.append(f"{cell.room_no}\n{cell.building_area}m²\n"
                              f"{price:,.0f}\n{STATUS_LABELS[cell.status]}")  # fmt: skip
        ws.append(values)
        r = ws.max_row
        ws.row_dimensions[r].height = 58
        for i, cell in enumerate(row.cells, start=2):
            xl = ws.cell(row=r, column=i)
            xl.border = border
            xl.alignment = wrap
            if cell is not None:
                fill = STATUS_COLORS[cell.status].lstrip("#")
                xl.fill = PatternFill(fill_type="solid", fgColor=fill)
        ws.cell(row=r, column=1).border = border
        ws.cell(row=r, column=1).alignment = wrap
    ws.column_dimensions["A"].width = 8
    for i in range(len(grid.columns)):
        ws.column_dimensions[get_column_letter(i + 2)].width = 16
    ws.freeze_panes = "B4"

    summary = wb.create_sheet("统计")
    summary.append(["状态", "套数", "建筑面积(m²)", "表价合计(元)", "成交/表价金额(元)"])
    for cell in summary[1]:
        cell.font = Font(bold=True)
    for s_ in grid.summary:
        summary.append([s_.label, s_.count, float(s_.building_area), float(s_.list_price),
                        float(s_.deal_amount)])  # fmt: skip
        summary.cell(row=summary.max_row, column=1).fill = PatternFill(
            fill_type="solid", fgColor=STATUS_COLORS[s_.status].lstrip("#")
        )
    summary.append(["合计", grid.total_units,
                    float(sum((s_.building_area for s_ in grid.summary), Decimal(0))),
                    float(sum((s_.list_price for s_ in grid.summary), Decimal(0))), None])  # fmt: skip
    for col in "BCDE":
        summary.column_dimensions[col].width = 18
    for row_ in summary.iter_rows(min_row=2, min_col=3, max_col=5):
        for c in row_:
            c.number_format = "#,##0.00"

    units = wb.create_sheet("房源明细")
    units.append(["楼层", "房号", "户型", "建筑面积(m²)", "表价(元)", "成交价(元)", "状态"])
    for row in grid.rows:
        for cell in row.cells:
            if cell is None:
                continue
            units.append([row.floor, cell.room_no, cell.layout, float(cell.building_area),
                          float(cell.list_price),
                          float(cell.deal_price) if cell.deal_price is not None else None,
                          STATUS_LABELS[cell.status]])  # fmt: skip
    path.parent.mkdir(parents=True, exist_ok=True)
    wb.save(path)
