"""The public pool (公共客户池): the lapse job, claims, releases, and the manager's lock.

Every move is an ``ownership_events`` row (the customer's timeline) and an audit entry.
A pool customer has ``owner_id`` NULL, ``in_public_pool`` true, and no protection or
planned follow-up; claiming it starts a fresh protection period for the claimant.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.access import sees_customer_data
from app.domain.clock import Clock
from app.domain.enums import Grade, OwnershipEventKind, Role, Stage
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.domain.phone import mask_phone
from app.domain.pool import (
    CAP_STAGES,
    LAPSABLE_STAGES,
    ClaimQuota,
    LapseJobResult,
    OwnershipChange,
    PoolCustomer,
    check_claim_allowed,
    day_bounds,
)
from app.models import Customer, OwnershipEvent, User
from app.services import audit_service
from app.services.follow_up_service import refresh_protection
from app.services.grading_service import customer_for_update
from app.services.settings_service import load_settings

_LAPSABLE_CODES = tuple(s.value for s in LAPSABLE_STAGES)
_CAP_CODES = tuple(s.value for s in CAP_STAGES)
_CHUNK = 500


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def active_customer_count(session: Session, user_id: int) -> int:
    """Customers a consultant is working on, for the cap (SPEC §5: 200)."""
    return int(
        session.scalar(
            select(func.count())
            .select_from(Customer)
            .where(Customer.owner_id == user_id, Customer.stage.in_(_CAP_CODES))
        )
        or 0
    )


def claims_on(session: Session, user_id: int, day: dt.date) -> int:
    start, end = day_bounds(day)
    return int(
        session.scalar(
            select(func.count())
            .select_from(OwnershipEvent)
            .where(
                OwnershipEvent.to_user_id == user_id,
                OwnershipEvent.kind == OwnershipEventKind.CLAIM.value,
                OwnershipEvent.at >= start,
                OwnershipEvent.at < end,
            )
        )
        or 0
    )


def _change(customer: Customer, kind: OwnershipEventKind, from_id: int | None,
            to_id: int | None, at: dt.datetime, reason: str | None) -> OwnershipChange:  # fmt: skip
    return OwnershipChange(
        customer_id=customer.id,
        kind=kind,
        from_user_id=from_id,
        to_user_id=to_id,
        at=at,
        reason=reason,
        owner_id=customer.owner_id,
        protected_until=customer.protected_until,
        locked=bool(customer.locked),
        in_public_pool=bool(customer.in_public_pool),
    )


def _to_pool(customer: Customer, now: dt.datetime) -> None:
    customer.owner_id = None
    customer.owner_since = None
    customer.in_public_pool = True
    customer.protected_until = None
    customer.next_follow_up_date = None
    customer.updated_at = now


class PoolService:
    """The lapse job, claim and release, lock and unlock."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- the job ---------------------------------------------------------------------

    def run_lapse_job(self, now: dt.datetime | None = None) -> LapseJobResult:
        """Move every customer whose protection has run out to the pool (one transaction).

        Run at start-up and hourly. "Run out" means ``protected_until <= now``: the owner
        was warned during the ``lapse_warning_days`` before. Locked customers and those
        past the subscription stay. Idempotent: a moved customer has no owner and no
        ``protected_until``, so a second run (or a second PC running it at the same time)
        finds nothing to move.
        """
        now = (now or self._clock.now()).replace(microsecond=0)
        with self._db.write() as s:
            rows = s.execute(
                select(Customer.id, Customer.owner_id)
                .where(
                    Customer.protected_until.is_not(None),
                    Customer.protected_until <= now,
                    Customer.owner_id.is_not(None),
                    Customer.locked.is_(False),
                    Customer.stage.in_(_LAPSABLE_CODES),
                )
                # No ORDER BY: SQLite would scan the table in id order rather than
                # range-scan the protected_until index.
                .with_for_update()
            ).all()
            if not rows:
                return LapseJobResult(now, 0, ())
            owners = dict(rows)
            moved: list[int] = []
            for chunk in _chunks(sorted(owners)):
                # The conditions again: on PostgreSQL a row changed by another PC while
                # we waited for its lock is re-checked here rather than moved blindly.
                result = s.execute(
                    update(Customer)
                    .where(
                        Customer.id.in_(chunk),
                        Customer.owner_id.is_not(None),
                        Customer.locked.is_(False),
                        Customer.protected_until <= now,
                    )
                    .values(owner_id=None, owner_since=None, in_public_pool=True,
                            protected_until=None, next_follow_up_date=None, updated_at=now)
                    .returning(Customer.id)
                    .execution_options(synchronize_session=False)
                )  # fmt: skip
                moved.extend(result.scalars())
            moved.sort()
            if moved:
                s.execute(
                    insert(OwnershipEvent),
                    [
                        {
                            "customer_id": cid,
                            "kind": OwnershipEventKind.LAPSE.value,
                            "from_user_id": owners[cid],
                            "to_user_id": None,
                            "reason": "保护期已过，自动转入公共池",
                            "by_user_id": None,
                            "transfer_id": None,
                            "at": now,
                        }
                        for cid in moved
                    ],
                )
                for cid in moved:
                    audit_service.record(
                        s, at=now, user_id=None, action="pool.lapse", customer_id=cid,
                        entity="customer", entity_id=cid,
                        detail=f"保护期已过，由顾问 #{owners[cid]} 转入公共池",
                    )  # fmt: skip
            return LapseJobResult(now, len(moved), tuple(moved))

    # --- claim and release -----------------------------------------------------------

    def quota(self, actor: UserInfo, day: dt.date | None = None) -> ClaimQuota:
        """The actor's standing against the cap and today's claim quota."""
        day = day or self._clock.now().date()
        with self._db.read() as s:
            settings = load_settings(s)
            return ClaimQuota(
                user_id=actor.id,
                active_customers=active_customer_count(s, actor.id),
                max_active=settings.max_active_customers,
                claims_today=claims_on(s, actor.id, day),
                max_daily=settings.max_daily_claims,
            )

    def claim(self, actor: UserInfo, customer_id: int) -> OwnershipChange:
        """A consultant takes a customer from the pool, within the cap and daily quota.

        The claimant gets a fresh protection period and a follow-up due today.
        """
        if actor.role is not Role.CONSULTANT:
            raise PermissionDenied("只有置业顾问可以从公共池领取客户")
        now = self._clock.now()
        with self._db.write() as s:
            # Serialises this consultant's claims on PostgreSQL, so two PCs cannot both
            # pass the quota check (SQLite's write transaction is already exclusive).
            me = s.scalar(select(User).where(User.id == actor.id).with_for_update())
            if me is None or not me.active:
                raise PermissionDenied("该账号已停用")
            customer = customer_for_update(s, actor, customer_id)
            if not customer.in_public_pool or customer.owner_id is not None:
                raise ConflictError("该客户已不在公共池中（可能已被其他顾问领取）")
            settings = load_settings(s)
            check_claim_allowed(
                active_customers=active_customer_count(s, actor.id),
                claims_today=claims_on(s, actor.id, now.date()),
                max_active=settings.max_active_customers,
                max_daily=settings.max_daily_claims,
            )
            customer.owner_id = actor.id
            customer.owner_since = now
            customer.in_public_pool = False
            customer.protected_until = None
            refresh_protection(customer, settings)
            customer.next_follow_up_date = now.date()
            customer.updated_at = now
            self._log(s, customer, OwnershipEventKind.CLAIM, None, actor.id, actor, now, None)
            return _change(customer, OwnershipEventKind.CLAIM, None, actor.id, now, None)

    def release(self, actor: UserInfo, customer_id: int, reason: str) -> OwnershipChange:
        """The owner (or the manager) gives a customer back to the pool, with a reason."""
        reason = (reason or "").strip()
        if not reason:
            raise ValidationError("释放客户到公共池需要填写原因", {"reason": "请填写原因"})
        now = self._clock.now()
        with self._db.write() as s:
            customer = customer_for_update(s, actor, customer_id)
            owner = customer.owner_id
            if owner is None:
                raise ConflictError("该客户已在公共池中")
            if not (actor.role is Role.MANAGER or (actor.role is Role.CONSULTANT
                                                    and owner == actor.id)):  # fmt: skip
                raise PermissionDenied("只有客户的置业顾问或销售经理可以释放客户")
            if customer.locked:
                raise ConflictError("该客户已被经理锁定，请先解锁再释放")
            if Stage(customer.stage) not in LAPSABLE_STAGES:
                raise ConflictError("已认购、签约或交付的客户不能释放到公共池")
            _to_pool(customer, now)
            self._log(s, customer, OwnershipEventKind.RELEASE, owner, None, actor, now, reason)
            return _change(customer, OwnershipEventKind.RELEASE, owner, None, now, reason)

    # --- the manager's lock ----------------------------------------------------------

    def lock(self, actor: UserInfo, customer_id: int, reason: str | None = None) -> OwnershipChange:
        """Lock a customer to its owner: exempt from lapsing (manager only)."""
        self._require_manager(actor)
        now = self._clock.now()
        reason = (reason or "").strip() or None
        with self._db.write() as s:
            customer = customer_for_update(s, actor, customer_id)
            if customer.owner_id is None:
                raise ConflictError("公共池中的客户没有归属顾问，不能锁定")
            if customer.locked:
                raise ConflictError("该客户已经锁定")
            customer.locked = True
            customer.updated_at = now
            owner = customer.owner_id
            self._log(s, customer, OwnershipEventKind.LOCK, owner, owner, actor, now, reason)
            return _change(customer, OwnershipEventKind.LOCK, owner, owner, now, reason)

    def unlock(
        self, actor: UserInfo, customer_id: int, reason: str | None = None
    ) -> OwnershipChange:
        """Lift the lock. Protection is what the contacts give, but at least the warning
        period from now, so a long-locked customer does not vanish at the next job run
        without the owner being warned first."""
        self._require_manager(actor)
        now = self._clock.now()
        reason = (reason or "").strip() or None
        with self._db.write() as s:
            customer = customer_for_update(s, actor, customer_id)
            if not customer.locked:
                raise ConflictError("该客户没有锁定")
            settings = load_settings(s)
            customer.locked = False
            customer.protected_until = None
            refresh_protection(customer, settings)
            grace = now + dt.timedelta(days=settings.lapse_warning_days)
            if customer.owner_id is not None and (
                customer.protected_until is None or customer.protected_until < grace
            ):
                customer.protected_until = grace
            customer.updated_at = now
            owner = customer.owner_id
            self._log(s, customer, OwnershipEventKind.UNLOCK, owner, owner, actor, now, reason)
            return _change(customer, OwnershipEventKind.UNLOCK, owner, owner, now, reason)

    # --- the pool list ---------------------------------------------------------------

    def list_pool(
        self, actor: UserInfo, *, limit: int = 100, before_id: int | None = None
    ) -> tuple[PoolCustomer, ...]:
        """The pool, newest customers first, ``limit`` at a time (pass the last row's id
        as ``before_id`` for the next page). Phones are masked: nobody owns these."""
        if not sees_customer_data(actor):
            raise PermissionDenied("您无权查看客户资料")
        with self._db.read() as s:
            since = (
                select(func.max(OwnershipEvent.at))
                .where(
                    OwnershipEvent.customer_id == Customer.id,
                    OwnershipEvent.kind.in_(
                        (OwnershipEventKind.LAPSE.value, OwnershipEventKind.RELEASE.value)
                    ),
                )
                .scalar_subquery()
            )
            q = select(
                Customer.id, Customer.name, Customer.phone, Customer.grade, Customer.stage,
                Customer.wanted_layout, Customer.last_visit_at, since,
            ).where(Customer.in_public_pool.is_(True), Customer.anonymized_at.is_(None))  # fmt: skip
            if actor.project_id is not None:
                q = q.where(Customer.project_id == actor.project_id)
            if before_id is not None:
                q = q.where(Customer.id < before_id)
            rows = s.execute(q.order_by(Customer.id.desc()).limit(limit)).all()
            return tuple(
                PoolCustomer(
                    customer_id=cid,
                    name=name or "",
                    masked_phone=mask_phone(phone),
                    grade=Grade(grade) if grade else None,
                    stage=Stage(stage),
                    wanted_layout=layout,
                    last_visit_at=last_visit,
                    in_pool_since=pool_since,
                )
                for cid, name, phone, grade, stage, layout, last_visit, pool_since in rows
            )

    # --- helpers -------------------------------------------------------------------

    @staticmethod
    def _require_manager(actor: UserInfo) -> None:
        if actor.role is not Role.MANAGER:
            raise PermissionDenied("只有销售经理可以锁定或解锁客户")

    @staticmethod
    def _log(
        s: Session,
        customer: Customer,
        kind: OwnershipEventKind,
        from_id: int | None,
        to_id: int | None,
        actor: UserInfo,
        now: dt.datetime,
        reason: str | None,
    ) -> None:
        s.add(
            OwnershipEvent(
                customer_id=customer.id, kind=kind.value, from_user_id=from_id,
                to_user_id=to_id, reason=reason, by_user_id=actor.id, at=now,
            )
        )  # fmt: skip
        detail = {
            OwnershipEventKind.CLAIM: "从公共池领取",
            OwnershipEventKind.RELEASE: "释放到公共池",
            OwnershipEventKind.LOCK: "锁定归属",
            OwnershipEventKind.UNLOCK: "解除锁定",
        }[kind]
        audit_service.record(
            s, at=now, user_id=actor.id, action=f"pool.{kind.value}", customer_id=customer.id,
            entity="customer", entity_id=customer.id,
            detail=detail + (f"：{reason}" if reason else ""),
        )  # fmt: skip
