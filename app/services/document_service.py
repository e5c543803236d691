"""Issuing the printed forms (SPEC §7) and the append-only archive of issued documents.

Issuing a form is one transaction: build the form's dataclass from the database, give
it the next document number (``GF-20261124-000123``), render the PDF with ``app.reports``
into the archive folder (``app.paths.documents_dir()/YYYY/``), and record number, SHA-256,
who, when, for which customer/unit/deal/transfer, and a JSON snapshot of the data in
``issued_documents``, plus a ``print`` entry in the audit log. If the transaction fails,
the file is removed again; a copy for the caller (``out``) is written after the commit.

The archive is never changed in place (migration 0004's triggers refuse it): a reprint is
a new number rendered from the original's snapshot and referring to the original; the
only later change is recording the signature, once, with a scan (copied and hashed).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import io
import json
import os
from collections.abc import Callable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from app import paths
from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.deals import (
    DEFAULT_WHAT_TO_BRING,
    UnitUnavailableError,
    may_deliver,
    may_sell,
)
from app.domain.enums import DealStatus, DocumentKind, Role
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.forms import (
    DOC_TITLES,
    FORM_CLASSES,
    AdverseFactorLine,
    AreaAdjustment,
    DeliveryNoticeData,
    DocumentCheck,
    DocumentStamp,
    FeeLine,
    FormData,
    HandoverFormData,
    InspectionLine,
    IssuedDocumentInfo,
    KeyLine,
    PurchaseNoticeData,
    TransferFormData,
    UnitLine,
    document_number,
    from_json,
    to_json,
)
from app.domain.models import UserInfo
from app.models import (
    Building,
    Customer,
    Deal,
    Handover,
    InspectionItem,
    IssuedDocument,
    Project,
    Transfer,
    Unit,
    User,
)
from app.reports.fonts import FontChoice, ensure_font
from app.services import audit_service
from app.services.settings_service import load_settings
from app.services.unit_service import active_deal, factors_for_unit

_PG_NUMBER_LOCK = 7_302_115  # serialises document numbering on PostgreSQL
_DRAFT_NO = "样稿（未编号）"

Progress = Callable[[int, int], None]


def _renderer(kind: str) -> Callable[..., None]:
    if kind == DocumentKind.PURCHASE_NOTICE:
        from app.reports.purchase_notice import render_purchase_notice

        return render_purchase_notice
    if kind == DocumentKind.DELIVERY_NOTICE:
        from app.reports.delivery_notice import render_delivery_notice

        return render_delivery_notice
    if kind == DocumentKind.HANDOVER:
        from app.reports.handover_form import render_handover_form

        return render_handover_form
    if kind == DocumentKind.TRANSFER:
        from app.reports.transfer_form import render_transfer_form

        return render_transfer_form
    raise ValidationError("不支持的单据类型：{kind}", values={"kind": kind})


def render_form(data: FormData, kind: str, font: FontChoice) -> bytes:
    buf = io.BytesIO()
    _renderer(kind)(data, buf, font=font)
    return buf.getvalue()


def _sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _unit_line(u: Unit, b: Building) -> UnitLine:
    return UnitLine(
        building=b.name,
        unit_no=u.unit_no,
        floor=u.floor,
        room_no=u.room_no,
        layout=u.layout,
        building_area=u.building_area,
        inner_area=u.inner_area,
        orientation=u.orientation,
    )


def _name(s: Session, user_id: int | None) -> str:
    if user_id is None:
        return ""
    return s.scalar(select(User.display_name).where(User.id == user_id)) or ""


def _placeholder() -> DocumentStamp:
    return DocumentStamp(doc_no=_DRAFT_NO, issued_at=dt.datetime(2000, 1, 1), draft=True)


@dataclasses.dataclass(frozen=True)
class _Refs:
    project_id: int
    customer_id: int | None = None
    unit_id: int | None = None
    deal_id: int | None = None
    transfer_id: int | None = None


def _doc_info(s: Session, d: IssuedDocument, copy_path: Path | None = None) -> IssuedDocumentInfo:
    original = (
        s.scalar(select(IssuedDocument.doc_no).where(IssuedDocument.id == d.reprint_of_id))
        if d.reprint_of_id
        else None
    )
    return IssuedDocumentInfo(
        id=d.id,
        doc_no=d.doc_no,
        kind=d.kind,
        customer_id=d.customer_id,
        unit_id=d.unit_id,
        deal_id=d.deal_id,
        transfer_id=d.transfer_id,
        reprint_of_id=d.reprint_of_id,
        reprint_of_doc_no=original,
        file_path=d.file_path,
        sha256=d.sha256,
        issued_by=d.issued_by,
        issued_by_name=_name(s, d.issued_by) or None,
        issued_at=d.issued_at,
        signed_at=d.signed_at,
        scan_path=d.scan_path,
        scan_sha256=d.scan_sha256,
        copy_path=str(copy_path) if copy_path else None,
    )


class DocumentService:
    def __init__(self, db: Database, clock: Clock, archive_dir: Path | None = None) -> None:
        self._db = db
        self._clock = clock
        self._archive_dir = archive_dir

    # --- fonts ---------------------------------------------------------------------------

    def font(self) -> FontChoice:
        """The CJK font the forms use (registered on first use, about 0.1–0.3 s).

        Call once at start-up off the GUI thread to warm up. ``warning`` is set when no
        embeddable font was found (Settings shows it)."""
        with self._db.read() as s:
            configured = load_settings(s).pdf_font_path
        return ensure_font(configured)

    def archive_dir(self) -> Path:
        root = self._archive_dir or paths.documents_dir()
        root.mkdir(parents=True, exist_ok=True)
        return root

    # --- building the forms' data ---------------------------------------------------------

    def _purchase_notice(
        self,
        s: Session,
        customer_id: int,
        unit_id: int,
        actor: UserInfo | None,
        *,
        agreed_price: Decimal | None = None,
        payment_method: str | None = None,
        personalised_changes: str | None = None,
    ) -> tuple[PurchaseNoticeData, _Refs]:
        c = s.get(Customer, customer_id)
        if c is None or c.anonymized_at is not None:
            raise NotFoundError(
                "找不到客户（编号 {customer_id}）", values={"customer_id": customer_id}
            )
        if actor is not None and not may_sell(actor, c.owner_id):
            raise PermissionDenied("只有客户的置业顾问或销售经理可以打印购房告知书")
        u = s.get(Unit, unit_id)
        if u is None:
            raise NotFoundError("找不到房源（编号 {unit_id}）", values={"unit_id": unit_id})
        b = s.get(Building, u.building_id)
        assert b is not None
        if b.project_id != c.project_id:
            raise ValidationError("客户与房源不属于同一个项目")
        project = s.get(Project, c.project_id)
        assert project is not None
        deal = active_deal(s, unit_id)
        now = self._clock.now()
        if deal is not None and deal.customer_id != customer_id:
            expired = (
                deal.status == DealStatus.HELD
                and deal.hold_expires_at is not None
                and deal.hold_expires_at <= now
            )
            if not expired:
                raise UnitUnavailableError(
                    "该房源已被其他客户保留或认购，不能为此客户打印购房告知书"
                )
            deal = None
        consultant = (deal.consultant_id if deal else None) or c.owner_id
        factors = tuple(
            AdverseFactorLine(
                scope="本房源" if f.unit_id is not None else ("楼栋" if f.building_id else "项目"),
                title=f.title,
                direction=f.direction,
                distance_m=f.distance_m,
                impact=f.impact,
            )
            for f in factors_for_unit(s, project.id, u)
        )
        data = PurchaseNoticeData(
            stamp=_placeholder(),
            project_name=project.name,
            developer=project.developer,
            project_address=project.address,
            sales_office_phone=project.sales_office_phone,
            customer_name=c.name or "",
            unit=_unit_line(u, b),
            list_price=u.list_price,
            agreed_price=agreed_price
            if agreed_price is not None
            else (deal.agreed_price if deal else None),
            payment_method=payment_method
            or (deal.payment_method if deal else None)
            or c.payment_method,
            five_certificates=tuple(
                x.strip() for x in project.five_certificates.splitlines() if x.strip()
            ),
            parking_info=project.parking_info,
            personalised_changes=(
                personalised_changes
                if personalised_changes is not None
                else ((deal.personalised_changes if deal else None) or "")
            ),
            adverse_factors=factors,
            consultant_name=_name(s, consultant) or (actor.display_name if actor else ""),
        )
        refs = _Refs(project.id, c.id, u.id, deal.id if deal else None)
        return data, refs

    def _deal_parts(
        self, s: Session, deal_id: int
    ) -> tuple[Deal, Customer, Unit, Building, Project]:
        d = s.get(Deal, deal_id)
        if d is None:
            raise NotFoundError("找不到交易（编号 {deal_id}）", values={"deal_id": deal_id})
        c = s.get(Customer, d.customer_id)
        u = s.get(Unit, d.unit_id)
        assert c is not None and u is not None
        b = s.get(Building, u.building_id)
        project = s.get(Project, d.project_id)
        assert b is not None and project is not None
        return d, c, u, b, project

    def _delivery_notice(
        self,
        s: Session,
        deal_id: int,
        actor: UserInfo | None,
        *,
        fees: Sequence[FeeLine] | None = None,
        what_to_bring: Sequence[str] | None = None,
        contact_name: str | None = None,
        contact_phone: str | None = None,
    ) -> tuple[DeliveryNoticeData, _Refs]:
        d, c, u, b, project = self._deal_parts(s, deal_id)
        if d.status not in (DealStatus.CONTRACTED, DealStatus.DELIVERED):
            raise ValidationError("只有已签约的交易可以打印交付通知书")
        if actor is not None and not (may_deliver(actor) or may_sell(actor, c.owner_id)):
            raise PermissionDenied("无权打印交付通知书")
        h = s.scalar(select(Handover).where(Handover.deal_id == d.id))
        if fees is None:
            fees = (
                FeeLine("面积补差", h.area_adjustment if h else None,
                        "按实测面积与合同单价结算" + ("" if h else "，交付时核算")),
                FeeLine("物业服务费（预收）", None, "按《前期物业服务合同》约定"),
                FeeLine("房屋专项维修资金", None, "按当地规定标准"),
            )  # fmt: skip
        if contact_name is None:
            contact_name = (
                actor.display_name
                if actor is not None and actor.role is Role.SERVICE
                else "客服中心"
            )
        data = DeliveryNoticeData(
            stamp=_placeholder(),
            project_name=project.name,
            developer=project.developer,
            owner_name=c.name or "",
            unit=_unit_line(u, b),
            contract_no=d.contract_no or "",
            delivery_date=d.delivery_date or b.delivery_date,
            delivery_place=b.delivery_place or project.address,
            what_to_bring=tuple(what_to_bring)
            if what_to_bring is not None
            else DEFAULT_WHAT_TO_BRING,
            fees=tuple(fees),
            contact_name=contact_name,
            contact_phone=contact_phone
            if contact_phone is not None
            else project.sales_office_phone,
        )
        return data, _Refs(project.id, c.id, u.id, d.id)

    def _handover_form(
        self, s: Session, deal_id: int, actor: UserInfo | None
    ) -> tuple[HandoverFormData, _Refs]:
        d, c, u, b, project = self._deal_parts(s, deal_id)
        if actor is not None and not (may_deliver(actor) or may_sell(actor, c.owner_id)):
            raise PermissionDenied("无权打印交付验收单")
        h = s.scalar(select(Handover).where(Handover.deal_id == d.id))
        if h is None:
            raise ValidationError("该交易还没有办理交付验收，无法打印交付验收单")
        items = s.scalars(
            select(InspectionItem)
            .where(InspectionItem.handover_id == h.id)
            .order_by(InspectionItem.sort_order, InspectionItem.id)
        )
        data = HandoverFormData(
            stamp=_placeholder(),
            project_name=project.name,
            owner_name=c.name or "",
            unit=_unit_line(u, b),
            contract_no=d.contract_no or "",
            handover_date=h.handover_date,
            water_reading=h.water_reading or "",
            electricity_reading=h.electricity_reading or "",
            gas_reading=h.gas_reading or "",
            keys=tuple(KeyLine(k, int(v)) for k, v in json.loads(h.keys_json or "{}").items()),
            inspection=tuple(
                InspectionLine(i.room, i.item, i.passed, i.issue_text or "") for i in items
            ),
            area=AreaAdjustment(
                h.contracted_area, h.measured_area, h.unit_price, h.area_adjustment
            ),
            handled_by=_name(s, h.created_by),
        )
        return data, _Refs(project.id, c.id, u.id, d.id)

    def _transfer_form(
        self, s: Session, transfer_id: int, actor: UserInfo | None
    ) -> tuple[TransferFormData, _Refs]:
        from app.services.transfer_service import transfer_form_data

        t = s.get(Transfer, transfer_id)
        if t is None:
            raise NotFoundError(
                "找不到客户移交记录（编号 {transfer_id}）", values={"transfer_id": transfer_id}
            )
        if actor is not None and actor.role is not Role.MANAGER and actor.id != t.from_user_id:
            raise PermissionDenied("只有销售经理或移交人可以打印客户档案移交单")
        data = transfer_form_data(s, transfer_id, _placeholder())
        return data, _Refs(t.project_id, transfer_id=t.id)

    # --- issuing ---------------------------------------------------------------------------

    def _issue(
        self,
        kind: str,
        actor: UserInfo | None,
        build: Callable[[Session], tuple[Any, _Refs]],
        out: Path | None,
        *,
        reprint_of: IssuedDocument | None = None,
        font: FontChoice | None = None,
    ) -> IssuedDocumentInfo:
        written: Path | None = None
        try:
            with self._db.write() as s:
                chosen = font or ensure_font(load_settings(s).pdf_font_path)
                if s.get_bind().dialect.name == "postgresql":
                    s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_NUMBER_LOCK})
                data, refs = build(s)
                now = self._clock.now()
                seq = int(s.scalar(select(func.count()).select_from(IssuedDocument)) or 0) + 1
                doc_no = document_number(kind, now.date(), seq)
                original_no = None
                if reprint_of is not None:
                    original_no = reprint_of.doc_no
                data = dataclasses.replace(
                    data, stamp=DocumentStamp(doc_no=doc_no, issued_at=now, reprint_of=original_no)
                )
                pdf = render_form(data, kind, chosen)
                folder = self.archive_dir() / f"{now:%Y}"
                folder.mkdir(parents=True, exist_ok=True)
                path = folder / f"{doc_no}.pdf"
                with open(path, "xb") as fh:  # never overwrite an archived file
                    written = path
                    fh.write(pdf)
                    fh.flush()
                    os.fsync(fh.fileno())
                doc = IssuedDocument(
                    project_id=refs.project_id,
                    doc_no=doc_no,
                    kind=kind,
                    customer_id=refs.customer_id,
                    unit_id=refs.unit_id,
                    deal_id=refs.deal_id,
                    transfer_id=refs.transfer_id,
                    reprint_of_id=reprint_of.id if reprint_of is not None else None,
                    file_path=str(path),
                    sha256=_sha256(pdf),
                    issued_by=actor.id if actor else None,
                    issued_at=now,
                    payload_json=to_json(data),
                )
                s.add(doc)
                s.flush()
                audit_service.record(
                    s,
                    at=now,
                    user_id=actor.id if actor else None,
                    action="print",
                    customer_id=refs.customer_id,
                    entity="issued_document",
                    entity_id=doc.id,
                    detail=f"{DOC_TITLES[kind]} {doc_no}"
                    + (f"（补打，原单号 {original_no}）" if original_no else ""),
                )
                info = _doc_info(s, doc)
        except FileExistsError as exc:
            raise ConflictError("单据编号对应的归档文件已存在，请重试") from exc
        except BaseException:
            if written is not None:
                written.unlink(missing_ok=True)
            raise
        if out is not None:
            out = Path(out)
            out.parent.mkdir(parents=True, exist_ok=True)
            out.write_bytes(pdf)
            info = dataclasses.replace(info, copy_path=str(out))
        return info

    def issue_purchase_notice(
        self,
        customer_id: int,
        unit_id: int,
        *,
        actor: UserInfo | None,
        out: Path | None = None,
        agreed_price: Decimal | None = None,
        payment_method: str | None = None,
        personalised_changes: str | None = None,
    ) -> IssuedDocumentInfo:
        """购房告知书 for a customer and a unit, with every adverse factor that applies.

        Price, payment method and personalised changes default to the customer's hold or
        deal on the unit (else the customer's wished payment method). Issuing it is what
        allows the subscription of this unit by this customer (``DealService.subscribe``).
        """
        return self._issue(
            DocumentKind.PURCHASE_NOTICE,
            actor,
            lambda s: self._purchase_notice(
                s,
                customer_id,
                unit_id,
                actor,
                agreed_price=agreed_price,
                payment_method=payment_method,
                personalised_changes=personalised_changes,
            ),  # fmt: skip
            out,
        )

    def issue_purchase_notices(
        self,
        pairs: Sequence[tuple[int, int]],
        *,
        actor: UserInfo | None,
        progress: Progress | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[IssuedDocumentInfo]:
        """A batch of (customer_id, unit_id) notices, one transaction each, with progress
        (run it in a worker thread; ``cancelled`` stops between documents)."""
        with self._db.read() as s:
            font = ensure_font(load_settings(s).pdf_font_path)
        out: list[IssuedDocumentInfo] = []
        total = len(pairs)
        for i, (customer_id, unit_id) in enumerate(pairs, 1):
            if cancelled is not None and cancelled():
                break
            out.append(
                self._issue(
                    DocumentKind.PURCHASE_NOTICE,
                    actor,
                    lambda s, c=customer_id, u=unit_id: self._purchase_notice(s, c, u, actor),
                    None,
                    font=font,
                )
            )
            if progress is not None:
                progress(i, total)
        return out

    def issue_for_deal(
        self, kind: str, deal_id: int, *, actor: UserInfo | None, out: Path | None = None
    ) -> IssuedDocumentInfo:
        """The purchase notice, delivery notice or handover form of deal N (CLI ``--id``)."""
        kind = DocumentKind(kind)
        if kind == DocumentKind.PURCHASE_NOTICE:
            with self._db.read() as s:
                d = s.get(Deal, deal_id)
                if d is None:
                    raise NotFoundError("找不到交易（编号 {deal_id}）", values={"deal_id": deal_id})
                customer_id, unit_id = d.customer_id, d.unit_id
            return self.issue_purchase_notice(customer_id, unit_id, actor=actor, out=out)
        if kind == DocumentKind.DELIVERY_NOTICE:
            return self.issue_delivery_notice(deal_id, actor=actor, out=out)
        if kind == DocumentKind.HANDOVER:
            return self.issue_handover_form(deal_id, actor=actor, out=out)
        raise ValidationError("交易没有这种单据：{kind}", values={"kind": kind})

    def issue_delivery_notice(
        self,
        deal_id: int,
        *,
        actor: UserInfo | None,
        out: Path | None = None,
        fees: Sequence[FeeLine] | None = None,
        what_to_bring: Sequence[str] | None = None,
        contact_name: str | None = None,
        contact_phone: str | None = None,
    ) -> IssuedDocumentInfo:
        """交付通知书 of a contracted deal: date and place from the deal or its building;
        fees default to 面积补差 (known once measured) and the usual items "以现场核算为准"."""
        return self._issue(
            DocumentKind.DELIVERY_NOTICE,
            actor,
            lambda s: self._delivery_notice(
                s,
                deal_id,
                actor,
                fees=fees,
                what_to_bring=what_to_bring,
                contact_name=contact_name,
                contact_phone=contact_phone,
            ),  # fmt: skip
            out,
        )

    def issue_handover_form(
        self, deal_id: int, *, actor: UserInfo | None, out: Path | None = None
    ) -> IssuedDocumentInfo:
        """交付验收单 / 钥匙交接单 of a delivered deal (``DealService.deliver`` first)."""
        return self._issue(
            DocumentKind.HANDOVER, actor, lambda s: self._handover_form(s, deal_id, actor), out
        )

    def issue_transfer_form(
        self, transfer_id: int, *, actor: UserInfo | None, out: Path | None = None
    ) -> IssuedDocumentInfo:
        """客户档案移交单 of transfer N, phones masked."""
        return self._issue(
            DocumentKind.TRANSFER, actor, lambda s: self._transfer_form(s, transfer_id, actor), out
        )

    def reprint(
        self, document_id: int, *, actor: UserInfo | None, out: Path | None = None
    ) -> IssuedDocumentInfo:
        """补打: the original's archived content under a new number referring to it."""
        with self._db.read() as s:
            doc = s.get(IssuedDocument, document_id)
            if doc is None:
                raise NotFoundError(
                    "找不到单据（编号 {document_id}）", values={"document_id": document_id}
                )
            root = s.get(IssuedDocument, doc.reprint_of_id) if doc.reprint_of_id else doc
            assert root is not None
            if root.payload_json is None or root.kind not in FORM_CLASSES:
                raise ValidationError(
                    "单据 {root_doc_no} 没有存档数据，不能补打", values={"root_doc_no": root.doc_no}
                )
            data = from_json(FORM_CLASSES[root.kind], root.payload_json)
            s.expunge(root)
        if actor is not None and actor.role is Role.ADMIN:
            raise PermissionDenied("管理员不能打印客户单据")
        refs = _Refs(
            root.project_id, root.customer_id, root.unit_id, root.deal_id, root.transfer_id
        )
        return self._issue(root.kind, actor, lambda _s: (data, refs), out, reprint_of=root)

    def preview(
        self,
        kind: str,
        *,
        actor: UserInfo | None,
        customer_id: int | None = None,
        unit_id: int | None = None,
        deal_id: int | None = None,
        transfer_id: int | None = None,
    ) -> bytes:
        """The PDF a form would be, marked 样稿 and not archived nor numbered (GUI preview)."""
        kind = DocumentKind(kind)
        with self._db.read() as s:
            font = ensure_font(load_settings(s).pdf_font_path)
            if kind == DocumentKind.PURCHASE_NOTICE:
                if deal_id is not None and (customer_id is None or unit_id is None):
                    d = s.get(Deal, deal_id)
                    if d is None:
                        raise NotFoundError(
                            "找不到交易（编号 {deal_id}）", values={"deal_id": deal_id}
                        )
                    customer_id, unit_id = d.customer_id, d.unit_id
                if customer_id is None or unit_id is None:
                    raise ValidationError("请选择客户和房源")
                data: Any = self._purchase_notice(s, customer_id, unit_id, actor)[0]
            elif kind == DocumentKind.DELIVERY_NOTICE and deal_id is not None:
                data = self._delivery_notice(s, deal_id, actor)[0]
            elif kind == DocumentKind.HANDOVER and deal_id is not None:
                data = self._handover_form(s, deal_id, actor)[0]
            elif kind == DocumentKind.TRANSFER and transfer_id is not None:
                data = self._transfer_form(s, transfer_id, actor)[0]
            else:
                raise ValidationError("预览缺少交易或移交编号")
        stamp = DocumentStamp(doc_no=_DRAFT_NO, issued_at=self._clock.now(), draft=True)
        return render_form(dataclasses.replace(data, stamp=stamp), kind, font)

    # --- signing -----------------------------------------------------------------------------

    def mark_signed(
        self,
        document_id: int,
        *,
        actor: UserInfo | None,
        scan: Path | None = None,
        signed_at: dt.datetime | None = None,
    ) -> IssuedDocumentInfo:
        """Record that the paper was signed, and/or attach the scan of the signed paper
        (copied into the archive with its SHA-256). Each can be recorded once."""
        now = self._clock.now()
        written: Path | None = None
        try:
            with self._db.write() as s:
                doc = s.get(IssuedDocument, document_id, with_for_update=True)
                if doc is None:
                    raise NotFoundError(
                        "找不到单据（编号 {document_id}）", values={"document_id": document_id}
                    )
                if doc.signed_at is not None and scan is None:
                    raise ConflictError(
                        "单据 {doc_doc_no} 已登记为已签字", values={"doc_doc_no": doc.doc_no}
                    )
                if scan is not None and doc.scan_sha256 is not None:
                    raise ConflictError(
                        "单据 {doc_doc_no} 已附签字扫描件，归档后不能替换",
                        values={"doc_doc_no": doc.doc_no},
                    )
                if doc.signed_at is None:
                    doc.signed_at = signed_at or now
                    doc.signed_recorded_by = actor.id if actor else None
                if scan is not None:
                    scan = Path(scan)
                    if not scan.is_file():
                        raise NotFoundError("找不到扫描件文件：{scan}", values={"scan": scan})
                    content = scan.read_bytes()
                    target = (
                        Path(doc.file_path).parent / f"{doc.doc_no}-signed{scan.suffix.lower()}"
                    )
                    with open(target, "xb") as fh:
                        written = target
                        fh.write(content)
                        fh.flush()
                        os.fsync(fh.fileno())
                    doc.scan_path = str(target)
                    doc.scan_sha256 = _sha256(content)
                s.flush()
                return _doc_info(s, doc)
        except FileExistsError as exc:
            raise ConflictError("扫描件归档文件已存在") from exc
        except BaseException:
            if written is not None:
                written.unlink(missing_ok=True)
            raise

    # --- the archive -------------------------------------------------------------------------

    def get(self, document_id: int) -> IssuedDocumentInfo:
        with self._db.read() as s:
            doc = s.get(IssuedDocument, document_id)
            if doc is None:
                raise NotFoundError(
                    "找不到单据（编号 {document_id}）", values={"document_id": document_id}
                )
            return _doc_info(s, doc)

    def find(self, doc_no: str) -> IssuedDocumentInfo:
        with self._db.read() as s:
            doc = s.scalar(select(IssuedDocument).where(IssuedDocument.doc_no == doc_no.strip()))
            if doc is None:
                raise NotFoundError("找不到单据 {doc_no}", values={"doc_no": doc_no})
            return _doc_info(s, doc)

    def list_documents(
        self,
        *,
        customer_id: int | None = None,
        unit_id: int | None = None,
        deal_id: int | None = None,
        transfer_id: int | None = None,
        kind: str | None = None,
        limit: int = 200,
        offset: int = 0,
    ) -> list[IssuedDocumentInfo]:
        """Newest first."""
        with self._db.read() as s:
            q = select(IssuedDocument)
            for column, value in ((IssuedDocument.customer_id, customer_id),
                                  (IssuedDocument.unit_id, unit_id),
                                  (IssuedDocument.deal_id, deal_id),
                                  (IssuedDocument.transfer_id, transfer_id),
                                  (IssuedDocument.kind, kind)):  # fmt: skip
                if value is not None:
                    q = q.where(column == value)
            rows = s.scalars(q.order_by(IssuedDocument.id.desc()).limit(limit).offset(offset))
            return [_doc_info(s, d) for d in rows]

    def has_purchase_notice(self, customer_id: int, unit_id: int) -> bool:
        with self._db.read() as s:
            return (
                s.scalar(
                    select(IssuedDocument.id)
                    .where(
                        IssuedDocument.kind == DocumentKind.PURCHASE_NOTICE.value,
                        IssuedDocument.customer_id == customer_id,
                        IssuedDocument.unit_id == unit_id,
                    )
                    .limit(1)
                )
                is not None
            )

    def customer_id_for(self, text_: str) -> int:
        """A customer by id (``123``) or by any phone they are known by (CLI ``--customer``)."""
        from app.domain.phone import normalize_phone
        from app.models import CustomerPhone

        value = (text_ or "").strip()
        with self._db.read() as s:
            if value.isdigit() and len(value) < 8:
                if s.get(Customer, int(value)) is None:
                    raise NotFoundError("找不到客户（编号 {value}）", values={"value": value})
                return int(value)
            try:
                phone = normalize_phone(value).e164
            except ValidationError:
                raise
            except Exception as exc:
                raise ValidationError(
                    "无法识别的客户编号或电话：{value}", values={"value": value}
                ) from exc
            found = s.scalar(select(Customer.id).where(Customer.phone == phone).limit(1))
            if found is None:
                found = s.scalar(
                    select(CustomerPhone.customer_id).where(CustomerPhone.phone == phone).limit(1)
                )
            if found is None:
                raise NotFoundError("找不到电话为 {value} 的客户", values={"value": value})
            return int(found)

    def project_of_customer(self, customer_id: int) -> int:
        with self._db.read() as s:
            pid = s.scalar(select(Customer.project_id).where(Customer.id == customer_id))
            if pid is None:
                raise NotFoundError(
                    "找不到客户（编号 {customer_id}）", values={"customer_id": customer_id}
                )
            return int(pid)

    def verify(self, document_id: int) -> DocumentCheck:
        """Recompute the SHA-256 of the archived file (and scan) against the record."""
        info = self.get(document_id)
        path = Path(info.file_path)
        exists = path.is_file()
        matches = exists and _sha256(path.read_bytes()) == info.sha256
        scan_exists = scan_matches = None
        if info.scan_path:
            sp = Path(info.scan_path)
            scan_exists = sp.is_file()
            scan_matches = scan_exists and _sha256(sp.read_bytes()) == info.scan_sha256
        return DocumentCheck(document_id, exists, matches, scan_exists, scan_matches)
