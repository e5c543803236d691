"""PIPL use cases: the privacy notice, consent, a copy of a person's data, deletion
(anonymisation) and the retention job.

Deletion keeps statistics (visit and deal counts, grade, stage, channel, budget and needs)
and removes identity: name, phones, resident ID, birthday, occupation, districts, family,
notes, the free text of visits and follow-ups, related persons' names and phones, and the
``customer_phones`` rows (so the search index of migration 0002 loses the phone through
its triggers). Consent records stay, tied only to the anonymised row. On SQLite the work
runs with ``PRAGMA secure_delete=ON`` (freed space is zeroed), the FTS index is merged
(``optimize``) so old segments holding the phone's trigrams are freed, and afterwards the
WAL is checkpointed and truncated; with ``compact=True`` (default) the file is also
``VACUUM``-ed, because copies of a phone left in free space by *earlier* updates of the
row (made before secure_delete was on) are only removed by rewriting the file.

A customer with an active deal (held, subscribed, contracted, delivered) is not deleted:
the transaction records must be kept (PIPL art. 47 (1) exception, accounting rules); a
hold must be released first. Audit rows are never changed (append-only) and never held
the full phone or name in the first place. Archived forms (``issued_documents``, append-
only since migration 0004) are kept as they are: they name the customer but never hold
the full phone; the result says how many there are.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Table, delete, exists, func, or_, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain import access
from app.domain.clock import Clock
from app.domain.enums import ACTIVE_DEAL_STATUSES, ConsentPurpose, Role, Stage
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.privacy import (
    BASIC_CONSENT_FIELDS,
    CONSENT_COLUMNS,
    CONSENT_PURPOSE_LABELS,
    DEFAULT_NOTICE_VERSION,
    AnonymisedCustomer,
    AuditAction,
    ConsentEvent,
    ConsentHistory,
    PersonalDataExport,
    PrivacyNotice,
    RetentionResult,
    anonymised_name,
    render_notice,
    retention_cutoff,
    scrub_identifiers,
)
from app.models import (
    Base,
    Complaint,
    ConsentRecord,
    Customer,
    CustomerPhone,
    Deal,
    DiscountApproval,
    FollowUp,
    GradeChange,
    IssuedDocument,
    OwnershipEvent,
    Project,
    RelatedPerson,
    User,
    Visit,
)
from app.services import audit_service
from app.services.audit_query_service import write_only_workbook
from app.services.auth_service import load_actor
from app.services.settings_service import SettingsService

log = logging.getLogger(__name__)


class _Denied(Exception):
    """Raised inside a transaction to leave it (rolled back) before the refusal is audited."""

    def __init__(self, user_id: int, what: str) -> None:
        super().__init__(what)
        self.user_id = user_id
        self.what = what


#: Stages of a "lead" for the retention job: never subscribed (no deal row at all either).
RETENTION_STAGES = (Stage.LEAD.value, Stage.VISITED.value, Stage.LOST.value)

#: Tables never included in a person's copy: other people's or staff data reached by a
#: foreign key (the rotation queue snapshot of a visit is about the consultants).
_EXPORT_EXCLUDED = frozenset({"rotation_events", "audit_log", "users", "projects"})

#: Customer columns cleared on deletion (set NULL); name and pinyin are replaced.
_IDENTITY_COLUMNS = (
    "phone",
    "alt_phone",
    "resident_id",
    "birthday",
    "occupation",
    "home_district",
    "work_district",
    "family_structure",
    "note",
    "objections",
    "competing_projects",
)


def _json_value(value: Any) -> Any:
    if isinstance(value, dt.datetime):
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def apply_consent(
    session: Session,
    customer: Customer,
    purpose: ConsentPurpose,
    granted: bool,
    *,
    notice_version: str,
    at: dt.datetime,
    by_user_id: int | None,
) -> list[str]:
    """Record one grant or withdrawal inside the caller's transaction.

    Usable by other services inside their own transaction. Appends a ``consent_records``
    row (also when nothing changes: consent given again under a newer notice version is
    worth recording) and sets the customer's flag and time.
    A withdrawal is honoured at once: withdrawing the resident-ID consent erases the
    stored ID number; withdrawing basic consent erases every field of
    ``BASIC_CONSENT_FIELDS`` (the alternate phone's lookup row too) and the ID number,
    which needs basic consent as well. A withdrawal is audited, naming the erased fields.
    Returns the erased field names.

    ``reception_service.grant_consent`` records grants at registration and
    ``CustomerService.set_consent`` grants and withdrawals without erasing anything;
    withdrawals should come here (see the report to the lead).
    """
    purpose = ConsentPurpose(purpose)
    flag, when = CONSENT_COLUMNS[purpose]
    session.add(
        ConsentRecord(
            customer_id=customer.id,
            purpose=purpose.value,
            granted=granted,
            notice_version=notice_version,
            at=at,
            recorded_by=by_user_id,
        )
    )
    setattr(customer, flag, granted)
    setattr(customer, when, at)
    if granted:
        customer.consent_notice_version = notice_version
    erased: list[str] = []
    if not granted:
        fields: tuple[str, ...] = ()
        if purpose is ConsentPurpose.RESIDENT_ID:
            fields = ("resident_id",)
        elif purpose is ConsentPurpose.BASIC:
            fields = (*BASIC_CONSENT_FIELDS, "resident_id")
            if customer.consent_resident_id:
                session.add(
                    ConsentRecord(
                        customer_id=customer.id,
                        purpose=ConsentPurpose.RESIDENT_ID.value,
                        granted=False,
                        notice_version=notice_version,
                        at=at,
                        recorded_by=by_user_id,
                    )  # fmt: skip
                )
                customer.consent_resident_id = False
                customer.consent_resident_id_at = at
        for name in fields:
            if getattr(customer, name) is not None:
                setattr(customer, name, None)
                erased.append(name)
        if "alt_phone" in erased:
            session.execute(delete(CustomerPhone).where(
                CustomerPhone.customer_id == customer.id, CustomerPhone.kind == "alternate"))  # fmt: skip
        customer.updated_at = at
        detail = f"撤回同意：{CONSENT_PURPOSE_LABELS[purpose]}"
        if erased:
            detail += "；已删除字段 " + ", ".join(erased)
        audit_service.record(
            session, at=at, user_id=by_user_id, action=AuditAction.CONSENT,
            customer_id=customer.id, entity="customer", entity_id=customer.id, detail=detail,
        )  # fmt: skip
    session.flush()
    return erased


class PrivacyService:
    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock
        self._settings = SettingsService(db, clock)

    # ------------------------------------------------------------------ notice

    def notice(self) -> PrivacyNotice:
        """The privacy notice in force, with the project's details filled in (to show or
        print at reception; its ``version`` goes on each consent record)."""
        settings = self._settings.load()
        with self._db.read() as s:
            project = s.scalar(select(Project).order_by(Project.id).limit(1))
            name = project.name if project else ""
            developer = project.developer if project else ""
            address = project.address if project else ""
            office_phone = project.sales_office_phone if project else ""
        return render_notice(
            getattr(settings, "privacy_notice_text", ""),
            version=settings.privacy_notice_version or DEFAULT_NOTICE_VERSION,
            project=name,
            developer=developer,
            address=address,
            contact=getattr(settings, "privacy_contact", "") or office_phone,
            retention_months=settings.retention_months,
        )

    def notice_version(self) -> str:
        return self._settings.load().privacy_notice_version or DEFAULT_NOTICE_VERSION

    # ------------------------------------------------------------------ consent

    def record_consent(
        self,
        actor: UserInfo,
        customer_id: int,
        purpose: ConsentPurpose,
        granted: bool,
        *,
        notice_version: str | None = None,
    ) -> ConsentHistory:
        """Grant or withdraw one purpose's consent (see ``apply_consent``).

        Reception and managers may record it for any customer, a consultant for their
        own, customer service from subscription on; an admin never. The resident-ID and
        marketing consents are granted on top of basic consent (as in
        ``CustomerService.set_consent``).
        """
        purpose = ConsentPurpose(purpose)
        version = notice_version or self.notice_version()
        now = self._clock.now()
        with self._guarded(customer_id), self._db.write() as s:
            _secure_delete_on(s)  # a withdrawal erases fields
            me = load_actor(s, actor)
            customer = self._customer(s, customer_id)
            if not _may_handle_consent(me, customer):
                raise _Denied(me.id, "记录同意")
            if granted and purpose is not ConsentPurpose.BASIC and not customer.consent_basic:
                msg = "请先取得个人信息收集的基本同意"
                raise ValidationError(msg, {"consent_basic": msg})
            apply_consent(s, customer, purpose, granted, notice_version=version, at=now,
                          by_user_id=me.id)  # fmt: skip
            return self._consent_state(s, customer)

    def consents(self, actor: UserInfo, customer_id: int) -> ConsentHistory:
        """The customer's consents now and their history, for the customer file."""
        with self._guarded(customer_id), self._db.read() as s:
            me = load_actor(s, actor)
            customer = self._customer(s, customer_id, allow_anonymised=True)
            if not _may_handle_consent(me, customer):
                raise _Denied(me.id, "查看同意记录")
            return self._consent_state(s, customer)

    def _consent_state(self, s: Session, c: Customer) -> ConsentHistory:
        rows = s.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.customer_id == c.id)
            .order_by(ConsentRecord.at.desc(), ConsentRecord.id.desc())
        )
        history = tuple(
            ConsentEvent(id=r.id, purpose=ConsentPurpose(r.purpose), granted=r.granted,
                         notice_version=r.notice_version, at=r.at, recorded_by=r.recorded_by)
            for r in rows
        )  # fmt: skip
        return ConsentHistory(
            customer_id=c.id,
            basic=bool(c.consent_basic),
            resident_id=bool(c.consent_resident_id),
            marketing=bool(c.consent_marketing),
            notice_version=c.consent_notice_version,
            basic_at=c.consent_basic_at,
            resident_id_at=c.consent_resident_id_at,
            marketing_at=c.consent_marketing_at,
            history=history,
        )

    # ------------------------------------------------------------------ a copy for the person

    def export_personal_data(
        self, actor: UserInfo, customer_id: int, path: Path, fmt: str = "json"
    ) -> PersonalDataExport:
        """Write every row stored about one customer (PIPL art. 45: a copy for the person)
        to ``path`` as JSON or xlsx. Managers only; audited as ``subject_export``.

        Rows are found by following foreign keys from the customer (visits, follow-ups,
        deals and their handovers...), so tables added later are included by themselves.
        Staff appear by display name in a ``staff`` section.
        """
        if fmt not in ("json", "xlsx"):
            raise ValidationError("导出格式只能是 json 或 xlsx", {"format": "json / xlsx"})
        now = self._clock.now()
        path = Path(path)
        with self._guarded(customer_id), self._db.write() as s:
            me = load_actor(s, actor)
            customer = self._customer(s, customer_id, allow_anonymised=True)
            if me.role is not Role.MANAGER:
                raise _Denied(me.id, "导出个人信息副本")
            tables = _collect_person_rows(s, customer.id)
            staff = _staff_names(s, tables)
            try:
                if fmt == "json":
                    _write_json(path, customer.id, now, tables, staff)
                else:
                    _write_xlsx(path, tables, staff)
                counts = {name: len(rows) for name, rows in tables.items()}
                audit_service.record(
                    s, at=now, user_id=me.id, action=AuditAction.SUBJECT_EXPORT,
                    customer_id=customer.id, entity="customer", entity_id=customer.id,
                    detail=f"个人信息副本（{fmt}）：{len(counts)} 张表，"
                    f"{sum(counts.values())} 行",
                )  # fmt: skip
            except BaseException:
                path.unlink(missing_ok=True)
                raise
        return PersonalDataExport(path=path, format=fmt, customer_id=customer.id, tables=counts)

    # ------------------------------------------------------------------ correction

    def correct(self, actor: UserInfo, customer_id: int, changes: Mapping[str, Any]) -> Any:
        """Correct or complete a person's data at their request (PIPL art. 46).

        The customer file's own edit (``CustomerService.update``): the same validation,
        consent and rights rules, one place for them. Returns its ``CustomerFile``.
        """
        from app.services.customer_service import CustomerService

        return CustomerService(self._db, self._clock).update(actor, customer_id, changes)

    # ------------------------------------------------------------------ deletion

    def anonymise(
        self, actor: UserInfo, customer_id: int, reason: str, *, compact: bool = True
    ) -> AnonymisedCustomer:
        """Delete a customer at their request: identity removed, statistics kept.

        Managers only, with a reason (audited, the reason scrubbed of the customer's name
        and of any phone or ID number). See the module docstring for what is removed.
        """
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("请填写删除原因", {"reason": "请填写删除原因"})
        now = self._clock.now()
        with self._guarded(customer_id), self._db.write() as s:
            _secure_delete_on(s)
            me = load_actor(s, actor)
            customer = self._customer(s, customer_id)
            if me.role is not Role.MANAGER:
                raise _Denied(me.id, "删除客户个人信息")
            old_name = customer.name or ""
            cleared, documents = _anonymise_in(s, customer, now)
            detail = scrub_identifiers(reason)
            if old_name:
                detail = detail.replace(old_name, "***")
            audit_service.record(
                s, at=now, user_id=me.id, action=AuditAction.ANONYMISE, customer_id=customer.id,
                entity="customer", entity_id=customer.id, detail=f"应本人要求删除：{detail}",
            )  # fmt: skip
            _optimize_search_index(s)
            name = customer.name or ""
        compacted = self._scrub_file(compact)
        log.info("customer #%s anonymised (%s archived documents kept)", customer_id, documents)
        return AnonymisedCustomer(customer_id=customer_id, name=name, rows_cleared=cleared,
                                  documents_kept=documents, compacted=compacted)  # fmt: skip

    def run_retention(
        self, actor: UserInfo | None = None, *, batch: int = 200, compact: bool = True
    ) -> RetentionResult:
        """Anonymise leads with no deal and no contact for ``retention_months`` (setting).

        "Contact" is the registration, a visit, or an effective follow-up (the customer
        was reached). Runs as the system (``actor`` None, e.g. at start-up) or for a
        manager or admin. Works in batches, each its own transaction with one audit row
        per customer; a final ``retention`` row records the cutoff and the count.
        """
        settings = self._settings.load()
        now = self._clock.now()
        cutoff = retention_cutoff(now, settings.retention_months)
        actor_id: int | None = None
        if actor is not None:
            with self._db.read() as s:
                me = load_actor(s, actor)
            if me.role not in (Role.MANAGER, Role.ADMIN):
                raise PermissionDenied("只有销售经理或管理员可以运行保存期限清理")
            actor_id = me.id
        with self._db.read() as s:
            ids = list(s.scalars(_retention_candidates(cutoff).order_by(Customer.id)))
        done: list[int] = []
        for start in range(0, len(ids), batch):
            chunk = ids[start : start + batch]
            with self._db.write() as s:
                _secure_delete_on(s)
                # Checked again in the writing transaction: a visit may have come meanwhile.
                still = select(Customer).where(
                    Customer.id.in_(chunk), Customer.id.in_(_retention_candidates(cutoff))
                )
                for customer in s.scalars(still.order_by(Customer.id)):
                    _anonymise_in(s, customer, now)
                    done.append(customer.id)
                    audit_service.record(
                        s, at=now, user_id=actor_id, action=AuditAction.ANONYMISE,
                        customer_id=customer.id, entity="customer", entity_id=customer.id,
                        detail=f"保存期限届满自动匿名化（{settings.retention_months} 个月无联系）",
                    )  # fmt: skip
        with self._db.write() as s:
            _secure_delete_on(s)
            if done:
                _optimize_search_index(s)
            audit_service.record(
                s, at=now, user_id=actor_id, action=AuditAction.RETENTION,
                detail=f"保存期限 {settings.retention_months} 个月，截止 "
                f"{cutoff:%Y-%m-%d %H:%M}：匿名化 {len(done)} 位客户",
            )  # fmt: skip
        if done:
            self._scrub_file(compact)
        log.info("retention job: %s customers anonymised (cutoff %s)", len(done), cutoff)
        return RetentionResult(cutoff=cutoff, anonymised=len(done), customer_ids=tuple(done))

    def retention_candidates(self) -> int:
        """How many customers the next retention run would anonymise (for Settings)."""
        cutoff = retention_cutoff(self._clock.now(), self._settings.load().retention_months)
        with self._db.read() as s:
            sub = _retention_candidates(cutoff).subquery()
            return int(s.scalar(select(func.count()).select_from(sub)) or 0)

    # ------------------------------------------------------------------ helpers

    def _customer(self, s: Session, customer_id: int, *, allow_anonymised: bool = False
                  ) -> Customer:  # fmt: skip
        customer = s.get(Customer, customer_id)
        if customer is None or (customer.anonymized_at is not None and not allow_anonymised):
            raise NotFoundError("找不到该客户（可能已删除）")
        return customer

    @contextmanager
    def _guarded(self, customer_id: int) -> Iterator[None]:
        """Turn ``_Denied`` into ``PermissionDenied``, auditing the attempt in a transaction
        of its own once the refused one has been rolled back."""
        try:
            yield
        except _Denied as denied:
            audit_service.record_refusal(
                self._db, at=self._clock.now(), user_id=denied.user_id,
                customer_id=customer_id, what=denied.what,
            )  # fmt: skip
            raise PermissionDenied("您没有权限{what}", values={"what": denied.what}) from None

    def _scrub_file(self, compact: bool) -> bool:
        """SQLite: optionally VACUUM, then fold the WAL into the file and truncate it."""
        if not self._db.is_sqlite:
            return False
        raw = self._db.engine.raw_connection()  # autocommit: the pool sets isolation_level None
        try:
            cur = raw.cursor()
            if compact:
                cur.execute("VACUUM")
            busy = cur.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
            cur.close()
        finally:
            raw.close()
        if busy and busy[0]:
            log.warning("WAL checkpoint after deletion was blocked by a reader; it will "
                        "complete at the next checkpoint")  # fmt: skip
        return compact


def _may_handle_consent(me: UserInfo, c: Customer) -> bool:
    if not access.sees_customer_data(me):
        return False
    if me.role in (Role.RECEPTION, Role.MANAGER):
        return True
    return access.sees_full(me, c.owner_id, c.stage)


def _secure_delete_on(s: Session) -> None:
    """Zero deleted content in this connection (SQLite); harmless to leave on."""
    if s.get_bind().dialect.name == "sqlite":
        s.connection().exec_driver_sql("PRAGMA secure_delete=ON")


def _optimize_search_index(s: Session) -> None:
    """Merge the FTS5 index of migration 0002 so segments holding deleted trigrams go."""
    if s.get_bind().dialect.name != "sqlite":
        return
    conn = s.connection()
    has_fts = conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'customer_search'"
    ).first()
    if has_fts:
        conn.exec_driver_sql("INSERT INTO customer_search(customer_search) VALUES ('optimize')")


def _anonymise_in(s: Session, c: Customer, now: dt.datetime) -> tuple[dict[str, int], int]:
    """Remove one customer's identity inside the caller's transaction.

    Returns rows touched per table and the number of archived documents naming them.
    """
    active = s.scalar(
        select(Deal.id).where(Deal.customer_id == c.id, Deal.status.in_(ACTIVE_DEAL_STATUSES))
    )
    if active is not None:
        raise ConflictError(
            "该客户有保留、认购、签约或交付中的交易，交易资料依法需要保存，不能删除；"
            "可以撤回其营销同意，或在交易结束后再删除"
        )
    old_name = c.name or ""

    def scrub(text: str | None) -> str | None:
        if not text:
            return text
        text = scrub_identifiers(text)
        return text.replace(old_name, "***") if old_name else text

    cleared: dict[str, int] = {}
    c.name = anonymised_name(c.id)
    c.pinyin_initials = ""
    c.pinyin_full = ""
    for column in _IDENTITY_COLUMNS:
        setattr(c, column, None)
    c.lost_reason = scrub(c.lost_reason)  # kept for the "reasons for no deal" report
    c.consent_basic = c.consent_resident_id = c.consent_marketing = False
    c.in_public_pool = False
    c.locked = False
    c.protected_until = None
    c.next_follow_up_date = None
    c.anonymized_at = now
    c.updated_at = now
    cleared["customers"] = 1

    def run(name: str, stmt: Any) -> None:
        cleared[name] = cleared.get(name, 0) + (s.execute(stmt).rowcount or 0)

    run("customer_phones", delete(CustomerPhone).where(CustomerPhone.customer_id == c.id))
    run("related_persons", update(RelatedPerson).where(RelatedPerson.customer_id == c.id)
        .values(name=None, phone=None))  # fmt: skip
    run("visits", update(Visit).where(Visit.customer_id == c.id).values(note=None))
    # Open tasks for a deleted person go; done follow-ups stay (counts), without their text.
    run("follow_ups", delete(FollowUp).where(FollowUp.customer_id == c.id,
                                             FollowUp.done_at.is_(None)))  # fmt: skip
    run("follow_ups", update(FollowUp).where(FollowUp.customer_id == c.id)
        .values(content=None, outcome=None))  # fmt: skip
    run("grade_changes", update(GradeChange).where(GradeChange.customer_id == c.id)
        .values(reason=None))  # fmt: skip
    run("ownership_events", update(OwnershipEvent).where(OwnershipEvent.customer_id == c.id)
        .values(reason=None))  # fmt: skip
    run("discount_approvals", update(DiscountApproval)
        .where(DiscountApproval.customer_id == c.id).values(note=None))  # fmt: skip
    for deal in s.scalars(select(Deal).where(Deal.customer_id == c.id)):
        deal.personalised_changes = None
        deal.cancel_reason = scrub(deal.cancel_reason)  # kept for the cancellation report
        cleared["deals"] = cleared.get("deals", 0) + 1
    run("complaints", update(Complaint).where(Complaint.customer_id == c.id)
        .values(description="", resolution=None))  # fmt: skip
    documents = s.scalar(
        select(func.count()).select_from(IssuedDocument).where(IssuedDocument.customer_id == c.id)
    )
    s.flush()
    return cleared, int(documents or 0)


def _retention_candidates(cutoff: dt.datetime) -> Any:
    c = Customer
    return select(c.id).where(
        c.anonymized_at.is_(None),
        c.stage.in_(RETENTION_STAGES),
        c.created_at < cutoff,
        (c.registered_at.is_(None)) | (c.registered_at < cutoff),
        (c.last_visit_at.is_(None)) | (c.last_visit_at < cutoff),
        (c.last_effective_follow_up_at.is_(None)) | (c.last_effective_follow_up_at < cutoff),
        ~exists().where(Deal.customer_id == c.id),
        ~exists().where(Visit.customer_id == c.id, Visit.arrived_at >= cutoff),
        ~exists().where(
            FollowUp.customer_id == c.id, FollowUp.reached.is_(True), FollowUp.done_at >= cutoff
        ),
    )


# ---------------------------------------------------------------------- the person's copy


def _fks_to(table: Table, target: str) -> list[str]:
    """Columns of ``table`` that reference ``target``'s id."""
    return [
        fk.parent.name
        for fk in table.foreign_keys
        if fk.column.table.name == target and fk.column.name == "id"
    ]


def _collect_person_rows(s: Session, customer_id: int) -> dict[str, list[dict[str, Any]]]:
    """Every row reachable from the customer by foreign keys pointing *at* collected rows."""
    tables = Base.metadata.tables
    ids: dict[str, set[int]] = {"customers": {customer_id}}
    frontier = ["customers"]
    while frontier:
        parent = frontier.pop(0)
        for table in tables.values():
            if table.name in _EXPORT_EXCLUDED or table.name == "customers":
                continue
            cols = _fks_to(table, parent)
            if not cols or "id" not in table.c:
                continue
            cond = [table.c[col].in_(sorted(ids[parent])) for col in cols]
            found = set(s.scalars(select(table.c.id).where(or_(*cond))))
            new = found - ids.get(table.name, set())
            if new:
                ids.setdefault(table.name, set()).update(new)
                frontier.append(table.name)
    result: dict[str, list[dict[str, Any]]] = {}
    for name in sorted(ids, key=lambda n: (n != "customers", n)):
        table = tables[name]
        rows = s.execute(select(table).where(table.c.id.in_(sorted(ids[name])))
                         .order_by(table.c.id)).mappings()  # fmt: skip
        result[name] = [dict(r) for r in rows]
    return result


def _staff_names(s: Session, tables: dict[str, list[dict[str, Any]]]) -> dict[int, str]:
    user_cols = {
        (t.name, fk.parent.name)
        for t in Base.metadata.tables.values()
        for fk in t.foreign_keys
        if fk.column.table.name == "users"
    }
    ids = {
        row[col]
        for name, rows in tables.items()
        for row in rows
        for (t, col) in user_cols
        if t == name and row.get(col) is not None
    }
    if not ids:
        return {}
    return dict(s.execute(select(User.id, User.display_name).where(User.id.in_(ids))).all())


def _write_json(path: Path, customer_id: int, now: dt.datetime,
                tables: dict[str, list[dict[str, Any]]], staff: dict[int, str]) -> None:  # fmt: skip
    doc = {
        "title": "个人信息副本 (copy of personal information)",
        "generated_at": now.isoformat(sep=" "),
        "customer_id": customer_id,
        "staff": {str(k): v for k, v in sorted(staff.items())},
        "tables": {
            name: [{k: _json_value(v) for k, v in row.items()} for row in rows]
            for name, rows in tables.items()
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")


def _write_xlsx(path: Path, tables: dict[str, list[dict[str, Any]]],
                staff: dict[int, str]) -> None:  # fmt: skip
    with write_only_workbook(path) as wb:
        for name, rows in tables.items():
            ws = wb.create_sheet(title=name[:31])
            columns = [c.name for c in Base.metadata.tables[name].columns]
            ws.append(columns)
            for row in rows:
                ws.append([row.get(col) for col in columns])
        ws = wb.create_sheet(title="staff")
        ws.append(["id", "display_name"])
        for uid, display in sorted(staff.items()):
            ws.append([uid, display])
