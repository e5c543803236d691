"""The audit trail: append-only, written in the same transaction as the change it records.

Each row carries ``hash = sha256(prev_hash | canonical row)``, so editing or deleting a
row (even with the refusing triggers disabled) breaks the chain and ``verify_chain``
finds it. Details never hold a full phone or ID number: callers pass masked values.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.privacy import AuditAction, scrub_identifiers
from app.models import AuditEntry

GENESIS = "0" * 64
_PG_AUDIT_LOCK = 7_302_114  # serialises appends to the chain on PostgreSQL


def _canonical(at: dt.datetime, user_id: int | None, action: str, customer_id: int | None,
               entity: str | None, entity_id: int | None, detail: str) -> str:  # fmt: skip
    return json.dumps(
        [at.isoformat(sep=" "), user_id, action, customer_id, entity, entity_id, detail],
        ensure_ascii=False,
        separators=(",", ":"),
    )


def row_hash(prev_hash: str, canonical: str) -> str:
    return hashlib.sha256((prev_hash + "|" + canonical).encode("utf-8")).hexdigest()


def record(
    session: Session,
    *,
    at: dt.datetime,
    user_id: int | None,
    action: str,
    customer_id: int | None = None,
    entity: str | None = None,
    entity_id: int | None = None,
    detail: str = "",
) -> AuditEntry:
    """Append one entry inside the caller's transaction.

    ``detail`` is scrubbed of anything that looks like a full phone or ID number, so
    free text a user typed (a reveal's reason, say) cannot carry one into the log.
    """
    detail = scrub_identifiers(detail)
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_AUDIT_LOCK})
    prev = session.scalar(select(AuditEntry.hash).order_by(AuditEntry.id.desc()).limit(1))
    prev_hash = prev or GENESIS
    at = at.replace(microsecond=0)
    canonical = _canonical(at, user_id, action, customer_id, entity, entity_id, detail)
    entry = AuditEntry(
        at=at,
        user_id=user_id,
        action=action,
        customer_id=customer_id,
        entity=entity,
        entity_id=entity_id,
        detail=detail,
        prev_hash=prev_hash,
        hash=row_hash(prev_hash, canonical),
    )
    session.add(entry)
    session.flush()
    return entry


def record_refusal(
    db: Database, *, at: dt.datetime, user_id: int, customer_id: int, what: str
) -> None:
    """A refused attempt on a customer's data (``access_denied``, detail "无权{what}"), in a
    transaction of its own: the refused work was read-only or has been rolled back."""
    with db.write() as s:
        record(
            s, at=at, user_id=user_id, action=AuditAction.ACCESS_DENIED,
            customer_id=customer_id, entity="customer", entity_id=customer_id,
            detail=f"无权{what}",
        )  # fmt: skip


@dataclass(frozen=True, slots=True)
class ChainCheck:
    rows: int
    first_bad_id: int | None
    problem: str | None

    @property
    def ok(self) -> bool:
        return self.first_bad_id is None


def verify_chain(session: Session, batch: int = 10_000) -> ChainCheck:
    """Walk the whole log in id order and recompute every hash."""
    prev_hash = GENESIS
    last_id = 0
    count = 0
    while True:
        rows = (
            session.execute(
                select(AuditEntry)
                .where(AuditEntry.id > last_id)
                .order_by(AuditEntry.id)
                .limit(batch)
            )
            .scalars()
            .all()
        )
        if not rows:
            return ChainCheck(count, None, None)
        for e in rows:
            count += 1
            if e.prev_hash != prev_hash:
                return ChainCheck(count, e.id, "与上一条记录的链接断开（记录被删除或插入）")
            canonical = _canonical(e.at, e.user_id, e.action, e.customer_id, e.entity,
                                   e.entity_id, e.detail)  # fmt: skip
            if row_hash(prev_hash, canonical) != e.hash:
                return ChainCheck(count, e.id, "记录内容与哈希不符（记录被修改）")
            prev_hash = e.hash
            last_id = e.id
        session.expunge_all()
