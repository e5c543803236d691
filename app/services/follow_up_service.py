"""Follow-ups (跟进): completing one, "My day", and the post-sale callbacks.

Rows of ``follow_ups``:

- a *task* is planned work with a ``due_date`` and no ``done_at`` until done: post-sale
  callbacks (``create_post_sale_callbacks``) and "introduce the new consultant" after a
  transfer. Open tasks are found through the (assignee_id, due_date) index.
- a *record* is a follow-up done without a task (the regular, grade-planned contact):
  ``done_at`` set, ``due_date`` NULL, so records never weigh on the task index.
- ``next_date`` is stored only when the consultant picked it; the date actually planned
  is ``customers.next_follow_up_date`` (the (owner_id, next_follow_up_date) index serves
  "due today" and "overdue").

Only a follow-up that reached the customer (``reached``) renews the owner's protection:
``customers.last_effective_follow_up_at`` and ``protected_until`` (computed by
``app.domain.ownership.protection_until``, as every service that records a contact does).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from sqlalchemy import and_, case, exists, extract, func, or_, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.db.sql import unindexed
from app.domain import ownership
from app.domain.access import sees_full
from app.domain.clock import Clock
from app.domain.enums import FollowUpChannel, FollowUpKind, Grade, Role, Stage
from app.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from app.domain.follow_up import (
    CALLBACK_KIND_OF,
    CALLBACK_KINDS,
    FOLLOW_UP_STAGES,
    ConsultantDay,
    DueCustomer,
    FollowUpResult,
    MyDay,
    MyDayCounts,
    PostSaleEvent,
    TaskRow,
    birthday_month_days,
    callback_due_date,
    days_overdue,
    plan_next_follow_up,
)
from app.domain.models import UserInfo
from app.domain.phone import display_phone, mask_phone
from app.domain.pool import LAPSABLE_STAGES, days_to_lapse
from app.domain.settings import AppSettings
from app.models import Customer, FollowUp, User
from app.services.grading_service import (
    apply_grade_change,
    customer_for_update,
    load_settings,
    may_work_on,
    parse_grade,
)

_FOLLOW_UP_STAGE_CODES = tuple(s.value for s in FOLLOW_UP_STAGES)
_LAPSABLE_CODES = tuple(s.value for s in LAPSABLE_STAGES)
_CALLBACK_CODES = tuple(k.value for k in CALLBACK_KINDS)
#: Roles whose days the manager's team view lists.
_TEAM_ROLES = (Role.CONSULTANT.value, Role.SERVICE.value, Role.MANAGER.value)


# --- protection (the shared contract) ------------------------------------------------


def ownership_facts(customer: Customer) -> ownership.OwnershipFacts:
    return ownership.OwnershipFacts(
        owner_id=customer.owner_id,
        owner_since=customer.owner_since,
        locked=bool(customer.locked),
        in_public_pool=bool(customer.in_public_pool),
        visit_count=customer.visit_count or 0,
        last_visit_at=customer.last_visit_at,
        last_effective_follow_up_at=customer.last_effective_follow_up_at,
        registration_complete=bool(customer.registration_complete),
        registered_at=customer.registered_at,
        created_at=customer.created_at,
    )


def refresh_protection(customer: Customer, settings: AppSettings) -> None:
    """Store ``ownership.protection_until`` in ``customers.protected_until``; never
    shortens it (a manager's unlock may have granted a grace period)."""
    until = ownership.protection_until(ownership_facts(customer), settings)
    if until is not None and (customer.protected_until is None or until > customer.protected_until):
        customer.protected_until = until


# --- post-sale callbacks (called by the deal service inside its transaction) ----------


def pick_service_user(session: Session, project_id: int | None) -> int | None:
    """The active customer-service user of the project with the fewest open tasks."""
    q = select(User.id).where(User.role == Role.SERVICE.value, User.active.is_(True))
    if project_id is not None:
        q = q.where(User.project_id == project_id)
    ids = list(session.scalars(q.order_by(User.id)))
    if not ids:
        return None
    load = dict(
        session.execute(
            select(FollowUp.assignee_id, func.count())
            .where(
                FollowUp.assignee_id.in_(ids),
                FollowUp.due_date.is_not(None),
                FollowUp.done_at.is_(None),
            )
            .group_by(FollowUp.assignee_id)
        ).all()
    )
    return min(ids, key=lambda i: (load.get(i, 0), i))


def create_post_sale_callbacks(
    session: Session,
    deal: Any,
    event: PostSaleEvent | str,
    now: dt.datetime,
    *,
    by_user_id: int | None = None,
) -> list[int]:
    """Create the post-sale callback task of a deal event, inside the caller's transaction.

    ``deal`` is the ``app.models.Deal`` row (``id``, ``customer_id``, ``consultant_id``,
    ``project_id`` are read); ``event`` one of ``PostSaleEvent`` ("subscription",
    "contract", "delivery"); ``now`` the time of the event. SPEC §6:

    - subscription: due +7 days, by the deal's consultant (else the customer's owner, else
      customer service);
    - contract: due +7 days, by customer service (the service user with the fewest open
      tasks; the consultant when the project has no service user);
    - delivery: due +3 calendar months (living-experience callback), by customer service
      likewise.

    Idempotent per deal and event: a second call creates nothing. Returns the ids of the
    created ``follow_ups`` rows.
    """
    event = PostSaleEvent(event)
    kind = CALLBACK_KIND_OF[event]
    if deal.id is None:
        session.flush()
    already = session.scalar(
        select(FollowUp.id).where(FollowUp.deal_id == deal.id, FollowUp.kind == kind.value)
    )
    if already is not None:
        return []
    consultant_id = deal.consultant_id
    if consultant_id is None:
        consultant_id = session.scalar(
            select(Customer.owner_id).where(Customer.id == deal.customer_id)
        )
    if event is PostSaleEvent.SUBSCRIPTION:
        assignee = consultant_id or pick_service_user(session, deal.project_id)
    else:
        assignee = pick_service_user(session, deal.project_id) or consultant_id
    task = FollowUp(
        customer_id=deal.customer_id,
        assignee_id=assignee,
        kind=kind.value,
        due_date=callback_due_date(event, now),
        deal_id=deal.id,
        created_at=now,
        created_by=by_user_id,
    )
    session.add(task)
    session.flush()
    return [task.id]


# --- "My day" queries ---------------------------------------------------------------


def _phone_for(actor: UserInfo, phone: str | None, owner_id: int | None, stage: str) -> str:
    return display_phone(phone) if sees_full(actor, owner_id, stage) else mask_phone(phone)


def _reference_now(day: dt.date, now: dt.datetime) -> dt.datetime:
    """The moment "about to lapse" is measured from: now for today, else the day's start."""
    return now if now.date() == day else dt.datetime.combine(day, dt.time())


def _birthday_filter(day: dt.date) -> Any:
    pairs = birthday_month_days(day)
    return or_(
        *(
            and_(extract("month", Customer.birthday) == m, extract("day", Customer.birthday) == d)
            for m, d in pairs
        )
    )


def _lapse_filter(
    ref: dt.datetime, settings: AppSettings, column: Callable[[Any], Any] = lambda c: c
) -> Any:
    horizon = ref + dt.timedelta(days=settings.lapse_warning_days)
    until = column(Customer.protected_until)
    return and_(
        Customer.locked.is_(False),
        Customer.stage.in_(_LAPSABLE_CODES),
        until.is_not(None),
        until < horizon,
    )


def _open_tasks_filter(assignee_ids: Sequence[int], day: dt.date) -> Any:
    # An "introduce" task shows only while the customer is still the assignee's.
    return and_(
        FollowUp.assignee_id.in_(assignee_ids),
        FollowUp.due_date <= day,
        FollowUp.done_at.is_(None),
        or_(FollowUp.kind.in_(_CALLBACK_CODES), Customer.owner_id == FollowUp.assignee_id),
    )


def day_counts(
    session: Session,
    user_ids: Sequence[int],
    day: dt.date,
    now: dt.datetime,
    settings: AppSettings,
) -> dict[int, MyDayCounts]:
    """Exact counts of "My day" per user, in three grouped queries driven by the
    (owner_id, next_follow_up_date) and (assignee_id, due_date) indexes."""
    ids = list(user_ids)
    out: dict[int, dict[str, int]] = {i: {} for i in ids}
    if not ids:
        return {}
    due_rows = session.execute(
        select(
            Customer.owner_id,
            func.sum(case((Customer.next_follow_up_date == day, 1), else_=0)),
            func.sum(case((Customer.next_follow_up_date < day, 1), else_=0)),
            func.min(Customer.next_follow_up_date),
        )
        .where(
            Customer.owner_id.in_(ids),
            Customer.next_follow_up_date <= day,
            Customer.stage.in_(_FOLLOW_UP_STAGE_CODES),
        )
        .group_by(Customer.owner_id)
    ).all()
    for owner_id, due, overdue, oldest in due_rows:
        out[owner_id]["due_today"] = int(due or 0)
        out[owner_id]["overdue"] = int(overdue or 0)
        if oldest is not None:
            out[owner_id]["max_days_overdue"] = days_overdue(oldest, day)
    # Birthdays and lapse warnings look at every owned customer: one pass for both.
    birthday = and_(
        Customer.consent_marketing.is_(True),
        Customer.birthday.is_not(None),
        Customer.anonymized_at.is_(None),
        _birthday_filter(day),
    )
    lapsing = _lapse_filter(_reference_now(day, now), settings)
    for owner_id, birthdays, lapses in session.execute(
        select(
            Customer.owner_id,
            func.sum(case((birthday, 1), else_=0)),
            func.sum(case((lapsing, 1), else_=0)),
        )
        .where(Customer.owner_id.in_(ids), or_(birthday, lapsing))
        .group_by(Customer.owner_id)
    ):
        out[owner_id]["birthdays"] = int(birthdays or 0)
        out[owner_id]["lapsing"] = int(lapses or 0)
    for assignee_id, kind, n in session.execute(
        select(FollowUp.assignee_id, FollowUp.kind, func.count())
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(_open_tasks_filter(ids, day))
        .group_by(FollowUp.assignee_id, FollowUp.kind)
    ):
        key = "callbacks" if kind in _CALLBACK_CODES else "tasks"
        out[assignee_id][key] = out[assignee_id].get(key, 0) + int(n)
    return {i: MyDayCounts(**v) for i, v in out.items()}


def _customer_rows(
    session: Session,
    actor: UserInfo,
    names: dict[int, str],
    where: Iterable[Any],
    order_by: Sequence[Any],
    limit: int,
    day: dt.date,
    ref: dt.datetime,
) -> tuple[DueCustomer, ...]:
    query = (
        select(
            Customer.id,
            Customer.name,
            Customer.phone,
            Customer.grade,
            Customer.stage,
            Customer.owner_id,
            Customer.next_follow_up_date,
            Customer.protected_until,
            Customer.birthday,
        )
        .where(*where)
        .order_by(*order_by)
        .limit(limit)
    )
    rows = session.execute(query).all()
    out = []
    for cid, name, phone, grade, stage, owner_id, next_date, until, birthday in rows:
        out.append(
            DueCustomer(
                customer_id=cid,
                name=name or "",
                phone=_phone_for(actor, phone, owner_id, stage),
                grade=Grade(grade) if grade else None,
                stage=Stage(stage),
                consultant_id=owner_id,
                consultant_name=names.get(owner_id, "") if owner_id else "",
                next_follow_up_date=next_date,
                days_overdue=days_overdue(next_date, day) if next_date else 0,
                protected_until=until,
                days_to_lapse=days_to_lapse(until, ref) if until else None,
                birthday=birthday,
            )
        )
    return tuple(out)


def _task_rows(
    session: Session,
    actor: UserInfo,
    names: dict[int, str],
    ids: Sequence[int],
    day: dt.date,
    callbacks: bool,
    limit: int,
) -> tuple[TaskRow, ...]:
    kind_filter = (
        FollowUp.kind.in_(_CALLBACK_CODES) if callbacks else FollowUp.kind.not_in(_CALLBACK_CODES)
    )
    rows = session.execute(
        select(
            FollowUp.id,
            FollowUp.kind,
            FollowUp.customer_id,
            Customer.name,
            Customer.phone,
            Customer.owner_id,
            Customer.stage,
            FollowUp.assignee_id,
            FollowUp.due_date,
            FollowUp.deal_id,
        )
        .join(Customer, Customer.id == FollowUp.customer_id)
        .where(_open_tasks_filter(ids, day), kind_filter)
        .order_by(FollowUp.due_date, FollowUp.id)
        .limit(limit)
    ).all()
    return tuple(
        TaskRow(
            follow_up_id=fid,
            kind=FollowUpKind(kind),
            customer_id=cid,
            customer_name=name or "",
            # The assignee of a callback needs the number to call.
            phone=display_phone(phone)
            if assignee_id == actor.id or actor.role is Role.MANAGER
            else _phone_for(actor, phone, owner_id, stage),
            assignee_id=assignee_id,
            assignee_name=names.get(assignee_id, "") if assignee_id else "",
            due_date=due,
            days_overdue=days_overdue(due, day),
            deal_id=deal_id,
        )
        for fid, kind, cid, name, phone, owner_id, stage, assignee_id, due, deal_id in rows
    )


def build_my_day(
    session: Session,
    actor: UserInfo,
    user_ids: Sequence[int],
    day: dt.date,
    now: dt.datetime,
    settings: AppSettings,
    names: dict[int, str],
    *,
    limit: int,
    consultant_id: int | None,
    team: Sequence[tuple[int, str, bool]] = (),
    lists: bool = True,
) -> MyDay:
    ids = list(user_ids)
    counts = day_counts(session, ids, day, now, settings)
    total = MyDayCounts()
    for c in counts.values():
        total = total + c
    per_consultant = tuple(
        ConsultantDay(uid, name, active, counts.get(uid, MyDayCounts()))
        for uid, name, active in team
    )
    if not lists or limit <= 0:
        return MyDay(day, consultant_id, (), (), (), (), (), (), total, per_consultant)
    ref = _reference_now(day, now)
    owned = Customer.owner_id.in_(ids)
    planned = (owned, Customer.stage.in_(_FOLLOW_UP_STAGE_CODES))
    rows = _customer_rows
    due_today = rows(session, actor, names, (*planned, Customer.next_follow_up_date == day),
                     (Customer.grade, Customer.id), limit, day, ref)  # fmt: skip
    overdue = rows(session, actor, names, (*planned, Customer.next_follow_up_date < day),
                   (Customer.next_follow_up_date, Customer.id), limit, day, ref)  # fmt: skip
    birthdays = rows(
        session, actor, names,
        (owned, Customer.consent_marketing.is_(True), Customer.birthday.is_not(None),
         Customer.anonymized_at.is_(None), _birthday_filter(day)),
        (Customer.id,), limit, day, ref,
    )  # fmt: skip
    # SQLite would walk the protected_until index through every long-lapsed customer of
    # the project (0.6-0.7 s for a team on 1M customers); the owners' index reads only
    # theirs (0.13 s): keep the protected_until term off its index.
    lapsing = rows(session, actor, names, (owned, _lapse_filter(ref, settings, unindexed)),
                   (Customer.protected_until, Customer.id), limit, day, ref)  # fmt: skip
    return MyDay(
        day=day,
        consultant_id=consultant_id,
        due_today=due_today,
        overdue=overdue,
        birthdays=birthdays,
        callbacks=_task_rows(session, actor, names, ids, day, True, limit),
        tasks=_task_rows(session, actor, names, ids, day, False, limit),
        lapsing=lapsing,
        counts=total,
        per_consultant=per_consultant,
    )


def team_members(session: Session, actor: UserInfo) -> list[tuple[int, str, bool]]:
    """(id, name, active) of the people on the manager's team view: active consultants
    and customer-service staff, plus anyone else (a manager, a deactivated consultant)
    who still owns customers."""
    q = select(User.id, User.display_name, User.active, User.role)
    if actor.project_id is not None:
        q = q.where(User.project_id == actor.project_id)
    out = []
    for uid, name, active, role in session.execute(q.order_by(User.id)):
        on_duty = active and role in (Role.CONSULTANT.value, Role.SERVICE.value)
        if on_duty or (
            role in _TEAM_ROLES and session.scalar(select(exists().where(Customer.owner_id == uid)))
        ):
            out.append((uid, name, bool(active)))
    return out


def resolve_day_scope(
    session: Session, actor: UserInfo, consultant_id: int | None
) -> tuple[list[int], dict[int, str], list[tuple[int, str, bool]]]:
    """Whose day to show: (user ids, id→name, team lines for the manager's view)."""
    if actor.role is Role.MANAGER:
        if consultant_id is not None:
            name = session.scalar(select(User.display_name).where(User.id == consultant_id))
            if name is None:
                raise NotFoundError("找不到该置业顾问")
            return [consultant_id], {consultant_id: name}, []
        team = team_members(session, actor)
        return [t[0] for t in team], {t[0]: t[1] for t in team}, team
    if actor.role in (Role.CONSULTANT, Role.SERVICE):
        if consultant_id not in (None, actor.id):
            raise PermissionDenied("只能查看自己的跟进计划")
        return [actor.id], {actor.id: actor.display_name}, []
    raise PermissionDenied("您的角色没有跟进计划")


# --- the service -------------------------------------------------------------------


class FollowUpService:
    """Complete follow-ups and show "My day"."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def complete(
        self,
        actor: UserInfo,
        customer_id: int,
        channel: str | FollowUpChannel,
        content: str,
        outcome: str | None,
        reached: bool,
        next_date: dt.date | None = None,
        new_grade: str | Grade | None = None,
        grade_reason: str | None = None,
        *,
        task_id: int | None = None,
        kind: FollowUpKind = FollowUpKind.REGULAR,
    ) -> FollowUpResult:
        """Record one follow-up, in one transaction (the follow-up dialog's OK).

        - ``reached``: the customer was actually reached. Only then is it *effective*:
          ``last_effective_follow_up_at`` and the owner's protection are renewed.
        - ``next_date``: the consultant's pick for the next follow-up (today or later);
          None plans it from the grade interval (today + interval).
        - ``new_grade``/``grade_reason``: an optional grade change, recorded like
          ``GradingService.set_grade`` (a reason when it differs from the suggestion).
        - ``task_id``: the open task this completes (a callback, "introduce the new
          consultant"); otherwise a follow-up record of ``kind`` (regular, or birthday
          for a birthday greeting, which needs the customer's marketing consent).
        """
        now = self._clock.now()
        today = now.date()
        errors: dict[str, str] = {}
        try:
            channel = FollowUpChannel(channel)
        except ValueError:
            errors["channel"] = "请选择跟进方式"
        content = (content or "").strip()
        if not content:
            errors["content"] = "请填写跟进内容"
        if next_date is not None and next_date < today:
            errors["next_date"] = "下次跟进日期不能早于今天"
        if not isinstance(reached, bool):
            errors["reached"] = "请选择是否联系上客户"
        grade = None
        if new_grade is not None and str(new_grade).strip():
            try:
                grade = parse_grade(new_grade)
            except ValidationError as exc:
                errors.update(exc.field_errors)
        if errors:
            raise ValidationError("；".join(errors.values()), errors)
        kind = FollowUpKind(kind)

        with self._db.write() as s:
            settings = load_settings(s)
            customer = customer_for_update(s, actor, customer_id)
            task = None
            if task_id is not None:
                task = s.scalar(select(FollowUp).where(FollowUp.id == task_id).with_for_update())
                if task is None or task.customer_id != customer.id:
                    raise NotFoundError("找不到该跟进任务")
                if task.done_at is not None:
                    raise ConflictError("该跟进任务已经完成")
                if task.assignee_id != actor.id and not may_work_on(actor, customer):
                    raise PermissionDenied("这不是您的跟进任务")
            else:
                if customer.owner_id is None and actor.role is Role.CONSULTANT:
                    raise PermissionDenied("该客户在公共池中，请先领取再跟进")
                if not may_work_on(actor, customer):
                    raise PermissionDenied("只有客户的置业顾问或销售经理可以记录跟进")
                if kind is FollowUpKind.BIRTHDAY and not customer.consent_marketing:
                    raise ValidationError("客户未同意接收营销信息，不能发送生日关怀")

            if task is None:
                task = FollowUp(customer_id=customer.id, kind=kind.value, due_date=None,
                                created_at=now, created_by=actor.id)  # fmt: skip
                s.add(task)
            task.assignee_id = actor.id
            task.done_at = now
            task.channel = channel.value
            task.content = content
            task.outcome = (outcome or "").strip() or None
            task.reached = reached
            task.next_date = next_date

            if reached:
                customer.last_effective_follow_up_at = now
                refresh_protection(customer, settings)

            grade_changed = False
            if grade is not None:
                change = apply_grade_change(
                    s, actor=actor, customer=customer, new_grade=grade, reason=grade_reason,
                    now=now, settings=settings, replan=False,
                )  # fmt: skip
                grade_changed = change.changed

            if Stage(customer.stage) in FOLLOW_UP_STAGES:
                customer.next_follow_up_date = plan_next_follow_up(
                    today, customer.grade, settings.grade_intervals_days, chosen=next_date
                )
            elif next_date is not None:
                customer.next_follow_up_date = next_date
            customer.updated_at = now
            s.flush()
            return FollowUpResult(
                follow_up_id=task.id,
                customer_id=customer.id,
                kind=FollowUpKind(task.kind),
                done_at=now,
                reached=reached,
                next_follow_up_date=customer.next_follow_up_date,
                protected_until=customer.protected_until,
                grade=Grade(customer.grade) if customer.grade else None,
                grade_changed=grade_changed,
            )

    def my_day(
        self,
        actor: UserInfo,
        day: dt.date | None = None,
        consultant_id: int | None = None,
        *,
        limit: int = 200,
        team_lists: bool = False,
    ) -> MyDay:
        """ "My day" (跟进): due today, overdue (days overdue), birthdays (marketing
        consent only), post-sale callbacks, other tasks, customers about to lapse.

        A consultant or service user sees their own day. A manager sees one consultant's
        day (``consultant_id``), or with None the whole team: ``per_consultant`` counts
        and the team totals in ``counts``; the lists stay empty unless ``team_lists``
        (then each row names its consultant; slower on a big office). Lists hold at most
        ``limit`` rows each; ``counts`` are exact. ``day`` defaults to today.
        """
        now = self._clock.now()
        day = day or now.date()
        with self._db.read() as s:
            ids, names, team = resolve_day_scope(s, actor, consultant_id)
            is_team = actor.role is Role.MANAGER and consultant_id is None
            return build_my_day(
                s, actor, ids, day, now, load_settings(s), names,
                limit=limit, consultant_id=None if is_team else ids[0], team=team,
                lists=team_lists or not is_team,
            )  # fmt: skip

    def open_tasks(self, actor: UserInfo, customer_id: int) -> tuple[TaskRow, ...]:
        """The open tasks of one customer (for the follow-up dialog's "complete task")."""
        with self._db.read() as s:
            customer = s.get(Customer, customer_id)
            if customer is None:
                raise NotFoundError("找不到该客户")
            rows = s.execute(
                select(FollowUp, User.display_name)
                .outerjoin(User, User.id == FollowUp.assignee_id)
                .where(
                    FollowUp.customer_id == customer_id,
                    FollowUp.done_at.is_(None),
                    FollowUp.due_date.is_not(None),
                )
                .order_by(FollowUp.due_date, FollowUp.id)
            ).all()
            today = self._clock.now().date()
            return tuple(
                TaskRow(
                    follow_up_id=f.id,
                    kind=FollowUpKind(f.kind),
                    customer_id=customer_id,
                    customer_name=customer.name or "",
                    phone=_phone_for(actor, customer.phone, customer.owner_id, customer.stage),
                    assignee_id=f.assignee_id,
                    assignee_name=name or "",
                    due_date=f.due_date,
                    days_overdue=days_overdue(f.due_date, today),
                    deal_id=f.deal_id,
                )
                for f, name in rows
                if f.assignee_id == actor.id or may_work_on(actor, customer)
            )
