"""Customer transfer (客户移交): a manager moves a consultant's customers to successors.

One transaction, whatever the number of customers: set-based UPDATEs in chunks of ids
and Core executemany INSERTs (one ``ownership_events`` row of kind transfer and one
"introduce the new consultant" task per customer), never one ORM object per customer.
10,000 customers take well under a second or two; see bench/bench_transfer.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from sqlalchemy import and_, case, func, insert, select, update
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import FollowUpKind, OwnershipEventKind, Role, Stage
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.follow_up import INTRODUCE_DUE_DAYS
from app.domain.forms import DocumentStamp, TransferCustomerLine, TransferFormData
from app.domain.models import UserInfo
from app.domain.phone import mask_phone
from app.domain.pool import CAP_STAGES, SuccessorShare, TransferResult, spread_evenly
from app.models import Customer, FollowUp, OwnershipEvent, Project, Transfer, User
from app.services import audit_service
from app.services.pool_service import active_customer_count
from app.services.settings_service import load_settings

_CHUNK = 500
_SUCCESSOR_ROLES = (Role.CONSULTANT.value, Role.MANAGER.value)


def _chunks(ids: Sequence[int], size: int = _CHUNK) -> list[Sequence[int]]:
    return [ids[i : i + size] for i in range(0, len(ids), size)]


def transfer_form_data(
    session: Session, transfer_id: int, stamp: DocumentStamp
) -> TransferFormData:
    """The 客户档案移交单 data of a transfer, read in the caller's session (the document
    service calls this inside its own transaction with the stamp it archives under)."""
    t = session.get(Transfer, transfer_id)
    if t is None:
        raise NotFoundError("找不到该移交记录")
    users = dict(
        session.execute(
            select(User.id, User.display_name).where(
                User.id.in_(
                    select(OwnershipEvent.to_user_id).where(OwnershipEvent.transfer_id == t.id)
                )
                | User.id.in_((t.from_user_id, t.by_user_id))
            )
        ).all()
    )
    rows = session.execute(
        select(
            OwnershipEvent.to_user_id,
            Customer.name,
            Customer.phone,
            Customer.grade,
            Customer.stage,
        )
        .join(Customer, Customer.id == OwnershipEvent.customer_id)
        .where(OwnershipEvent.transfer_id == t.id)
        .order_by(OwnershipEvent.to_user_id, Customer.pinyin_full, Customer.id)
    ).all()
    to_ids: list[int] = []
    lines = []
    for to_id, name, phone, grade, stage in rows:
        if to_id not in to_ids:
            to_ids.append(to_id)
        lines.append(
            TransferCustomerLine(
                name=name or "",
                masked_phone=mask_phone(phone),
                grade=grade or "",
                stage=stage,
                to_consultant=users.get(to_id, ""),
            )
        )
    project_name = session.scalar(select(Project.name).where(Project.id == t.project_id)) or ""
    return TransferFormData(
        stamp=stamp,
        project_name=project_name,
        transfer_id=t.id,
        from_consultant=users.get(t.from_user_id, ""),
        to_consultants=tuple(users.get(i, "") for i in to_ids),
        transfer_date=t.at.date(),
        reason=t.reason,
        customers=tuple(lines),
        manager_name=users.get(t.by_user_id, ""),
    )


class TransferService:
    """Move customers between consultants, and the data of the transfer form."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def transfer(
        self,
        actor: UserInfo,
        from_user_id: int,
        customer_ids: Sequence[int] | None,
        successors: Sequence[int],
        reason: str,
        deactivate_from_user: bool = False,
    ) -> TransferResult:
        """Move all (``customer_ids`` None) or the given customers of ``from_user_id`` to
        ``successors``, spread evenly (same number ±1, a like mix of grades).

        Each moved customer gets an "introduce the new consultant" task for its successor,
        due in ``INTRODUCE_DUE_DAYS``, and an ``ownership_events`` row of kind transfer
        linked to the new ``transfers`` row; the departing consultant's open tasks on
        these customers go to the successor; protection starts afresh for the successor.
        With ``deactivate_from_user`` the departing user is deactivated (never deleted);
        that needs every customer of theirs to be in the transfer.
        """
        if actor.role is not Role.MANAGER:
            raise PermissionDenied("只有销售经理可以移交客户")
        reason = (reason or "").strip()
        errors: dict[str, str] = {}
        if not reason:
            errors["reason"] = "请填写移交原因"
        succ = list(dict.fromkeys(successors))
        if not succ:
            errors["successors"] = "请选择接手的置业顾问"
        elif from_user_id in succ:
            errors["successors"] = "接手顾问不能是移交人本人"
        if customer_ids is not None and not customer_ids:
            errors["customer_ids"] = "请选择要移交的客户"
        if errors:
            raise ValidationError("；".join(errors.values()), errors)
        now = self._clock.now()
        today = now.date()

        with self._db.write() as s:
            settings = load_settings(s)
            from_user = s.scalar(select(User).where(User.id == from_user_id).with_for_update())
            if from_user is None:
                raise NotFoundError("找不到移交人")
            succ_users = {u.id: u for u in s.scalars(select(User).where(User.id.in_(succ)))}
            for uid in succ:
                u = succ_users.get(uid)
                if u is None or not u.active or u.role not in _SUCCESSOR_ROLES:
                    raise ValidationError(
                        "接手人必须是在职的置业顾问或销售经理",
                        {"successors": "接手人必须是在职的置业顾问或销售经理"},
                    )
                if from_user.project_id is not None and u.project_id not in (
                    None, from_user.project_id,
                ):  # fmt: skip
                    raise ValidationError("接手人不属于同一个项目", {"successors": "项目不同"})

            owned = select(Customer.id, Customer.grade).where(Customer.owner_id == from_user_id)
            if customer_ids is None:
                items = [(cid, g) for cid, g in s.execute(owned.with_for_update())]
            else:
                wanted = list(dict.fromkeys(customer_ids))
                items = []
                for chunk in _chunks(wanted):
                    items.extend(
                        (cid, g)
                        for cid, g in s.execute(
                            owned.where(Customer.id.in_(chunk)).with_for_update()
                        )
                    )
                if len(items) != len(wanted):
                    raise ConflictError(
                        "有 {n} 位客户已不属于{name}（可能已被移交、释放或掉入公共池），请刷新后重试",
                        values={"n": len(wanted) - len(items), "name": from_user.display_name},
                    )
            if not items:
                raise ValidationError(
                    "{name}名下没有可移交的客户", values={"name": from_user.display_name}
                )
            if deactivate_from_user and customer_ids is not None:
                total = s.scalar(
                    select(func.count()).select_from(Customer)
                    .where(Customer.owner_id == from_user_id)
                )  # fmt: skip
                if total and total > len(items):
                    raise ValidationError(
                        "{name}名下还有 {n} 位客户未移交，不能停用该账号",
                        values={"name": from_user.display_name, "n": total - len(items)},
                    )

            project_id = from_user.project_id or actor.project_id
            if project_id is None:
                project_id = s.scalar(select(Customer.project_id).where(Customer.id == items[0][0]))
            transfer = Transfer(
                project_id=project_id,
                from_user_id=from_user_id,
                reason=reason,
                by_user_id=actor.id,
                at=now,
                deactivated_user=bool(deactivate_from_user),
            )
            s.add(transfer)
            s.flush()

            plan = spread_evenly(items, succ)
            fresh = case(
                (Customer.visit_count > 0, now + dt.timedelta(days=settings.protection_days)),
                else_=now + dt.timedelta(days=settings.lead_protection_days),
            )
            protection = case(
                (
                    and_(Customer.protected_until.is_not(None), Customer.protected_until > fresh),
                    Customer.protected_until,
                ),
                else_=fresh,
            )
            moved = 0
            reassigned = 0
            due = today + dt.timedelta(days=INTRODUCE_DUE_DAYS)
            for successor, ids in plan.items():
                for chunk in _chunks(ids):
                    moved += s.execute(
                        update(Customer.__table__)
                        .where(Customer.id.in_(chunk), Customer.owner_id == from_user_id)
                        .values(owner_id=successor, owner_since=now, in_public_pool=False,
                                protected_until=protection, updated_at=now)
                    ).rowcount  # fmt: skip
                    reassigned += s.execute(
                        update(FollowUp.__table__)
                        .where(
                            FollowUp.customer_id.in_(chunk),
                            FollowUp.assignee_id == from_user_id,
                            FollowUp.done_at.is_(None),
                        )
                        .values(assignee_id=successor)
                    ).rowcount
            if moved != len(items):
                raise ConflictError("移交过程中客户归属被其他人修改，请刷新后重试")

            s.execute(
                insert(FollowUp.__table__),
                [
                    {
                        "customer_id": cid, "assignee_id": successor,
                        "kind": FollowUpKind.INTRODUCE_CONSULTANT.value, "due_date": due,
                        "done_at": None, "channel": None, "content": None, "outcome": None,
                        "reached": None, "next_date": None, "deal_id": None,
                        "created_at": now, "created_by": actor.id,
                    }
                    for successor, ids in plan.items()
                    for cid in ids
                ],
            )  # fmt: skip
            s.execute(
                insert(OwnershipEvent.__table__),
                [
                    {
                        "customer_id": cid, "kind": OwnershipEventKind.TRANSFER.value,
                        "from_user_id": from_user_id, "to_user_id": successor,
                        "reason": reason, "by_user_id": actor.id,
                        "transfer_id": transfer.id, "at": now,
                    }
                    for successor, ids in plan.items()
                    for cid in ids
                ],
            )  # fmt: skip

            if deactivate_from_user:
                from_user.active = False
                from_user.deactivated_at = now
            shares = tuple(
                SuccessorShare(
                    user_id=uid,
                    name=succ_users[uid].display_name,
                    customers=len(plan[uid]),
                    over_cap=active_customer_count(s, uid) > settings.max_active_customers,
                )
                for uid in succ
            )
            audit_service.record(
                s, at=now, user_id=actor.id, action="customer.transfer", entity="transfer",
                entity_id=transfer.id,
                detail=f"{moved} 位客户由 {from_user.display_name} 移交给 "
                + "、".join(f"{sh.name}（{sh.customers}）" for sh in shares)
                + f"：{reason}",
            )  # fmt: skip
            if deactivate_from_user:
                audit_service.record(
                    s, at=now, user_id=actor.id, action="user.deactivate", entity="user",
                    entity_id=from_user_id, detail=f"移交客户后停用账号 {from_user.username}",
                )  # fmt: skip
            return TransferResult(
                transfer_id=transfer.id,
                at=now,
                from_user_id=from_user_id,
                from_user_name=from_user.display_name,
                reason=reason,
                moved=moved,
                shares=shares,
                tasks_created=moved,
                tasks_reassigned=reassigned,
                deactivated=bool(deactivate_from_user),
            )

    def preview(
        self,
        actor: UserInfo,
        from_user_id: int,
        customer_ids: Sequence[int] | None,
        successors: Sequence[int],
    ) -> tuple[SuccessorShare, ...]:
        """How ``transfer`` would spread the customers (nothing is written)."""
        if actor.role is not Role.MANAGER:
            raise PermissionDenied("只有销售经理可以移交客户")
        succ = list(dict.fromkeys(successors))
        if not succ:
            return ()
        with self._db.read() as s:
            settings = load_settings(s)
            q = select(Customer.id, Customer.grade, Customer.stage).where(
                Customer.owner_id == from_user_id
            )
            rows = s.execute(q).all()
            if customer_ids is not None:
                keep = set(customer_ids)
                rows = [r for r in rows if r[0] in keep]
            plan = spread_evenly([(cid, g) for cid, g, _ in rows], succ)
            counted = {cid for cid, _, stage in rows if Stage(stage) in CAP_STAGES}
            names = dict(
                s.execute(select(User.id, User.display_name).where(User.id.in_(succ))).all()
            )
            return tuple(
                SuccessorShare(
                    user_id=uid,
                    name=names.get(uid, ""),
                    customers=len(plan[uid]),
                    over_cap=active_customer_count(s, uid)
                    + sum(1 for cid in plan[uid] if cid in counted)
                    > settings.max_active_customers,
                )
                for uid in succ
            )

    def transfer_form(
        self, actor: UserInfo, transfer_id: int, stamp: DocumentStamp | None = None
    ) -> TransferFormData:
        """The data of the 客户档案移交单 (SPEC §7.4): from/to, date, reason, the customers
        (name, masked phone, grade, stage, successor). Without ``stamp`` it is a draft
        (样稿); the document service archives it with a real number."""
        if actor.role is not Role.MANAGER:
            raise PermissionDenied("只有销售经理可以打印移交单")
        stamp = stamp or DocumentStamp(doc_no="样稿", issued_at=self._clock.now(), draft=True)
        with self._db.read() as s:
            return transfer_form_data(s, transfer_id, stamp)
