"""Intent grading (意向分级): the suggestion from recorded facts, and confirmed changes.

Every change is a ``grade_changes`` row (who, when, old, new, suggested, why) that the
customer timeline shows, plus an audit entry. Changing the grade re-plans the next
follow-up date from the new grade's interval, unless the consultant picked the date.

The module-level functions take an open session, so other services (completing a
follow-up with a grade change) run them inside their own transaction.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain.access import sees_customer_data
from app.domain.clock import Clock
from app.domain.enums import Grade, Role, Stage, UnitStatus
from app.domain.errors import NotFoundError, PermissionDenied, ValidationError
from app.domain.follow_up import FOLLOW_UP_STAGES, plan_next_follow_up
from app.domain.grading import (
    GradeSuggestion,
    GradingCriteria,
    GradingFacts,
    cheapest_fitting_price,
    criteria_from_settings,
    suggest_grade,
)
from app.domain.models import UserInfo
from app.domain.settings import AppSettings
from app.models import Building, Customer, FollowUp, GradeChange, Unit
from app.services import audit_service
from app.services.settings_service import load_settings


@dataclass(frozen=True, slots=True)
class GradeChangeInfo:
    """One entry of a customer's grade history, or what ``set_grade`` did."""

    customer_id: int
    old_grade: Grade | None
    new_grade: Grade
    suggested_grade: Grade | None
    reason: str | None
    by_user_id: int | None
    at: dt.datetime
    #: False when the grade was already the one asked for (nothing recorded).
    changed: bool = True
    next_follow_up_date: dt.date | None = None


# --- helpers shared by the follow-up, pool and transfer services ---------------------


def load_criteria(session: Session, settings: AppSettings) -> GradingCriteria:
    """The grade-suggestion thresholds of the settings."""
    return criteria_from_settings(settings)


def customer_for_update(session: Session, actor: UserInfo, customer_id: int) -> Customer:
    """The customer row, locked until commit on PostgreSQL (SQLite's write lock is whole)."""
    customer = session.scalar(select(Customer).where(Customer.id == customer_id).with_for_update())
    if customer is None or customer.anonymized_at is not None:
        raise NotFoundError("找不到该客户")
    if actor.project_id is not None and customer.project_id != actor.project_id:
        raise NotFoundError("找不到该客户")
    return customer


def may_work_on(actor: UserInfo, customer: Customer) -> bool:
    """Grade, follow up: the owner and the manager; customer service after the sale."""
    if actor.role is Role.MANAGER:
        return True
    if actor.role is Role.CONSULTANT:
        return customer.owner_id == actor.id
    if actor.role is Role.SERVICE:
        return Stage(customer.stage) not in (Stage.LEAD, Stage.VISITED, Stage.LOST)
    return False


def last_contact_at(session: Session, customer: Customer) -> dt.datetime:
    """The latest visit, follow-up (reached or not) or start of ownership."""
    last_done = session.scalar(
        select(func.max(FollowUp.done_at)).where(FollowUp.customer_id == customer.id)
    )
    times = [
        t
        for t in (
            customer.last_visit_at,
            customer.last_effective_follow_up_at,
            last_done,
            customer.owner_since,
            customer.created_at,
        )
        if t is not None
    ]
    return max(times)


def consultant_picked_date(session: Session, customer: Customer, today: dt.date) -> bool:
    """Is the customer's next follow-up date one the consultant chose (not the rule's)?

    A completed follow-up stores ``next_date`` only when the consultant picked it; if the
    latest such pick is still the customer's plan and not past, it stands.
    """
    planned = customer.next_follow_up_date
    if planned is None or planned < today:
        return False
    latest = session.execute(
        select(FollowUp.next_date)
        .where(FollowUp.customer_id == customer.id, FollowUp.done_at.is_not(None))
        .order_by(FollowUp.done_at.desc(), FollowUp.id.desc())
        .limit(1)
    ).first()
    return latest is not None and latest[0] == planned


def gather_facts(session: Session, customer: Customer, criteria: GradingCriteria) -> GradingFacts:
    """The recorded facts the grade suggestion looks at."""
    needs_known = bool((customer.wanted_layout or "").strip()) or (
        customer.wanted_area_min is not None or customer.wanted_area_max is not None
    )
    cheapest = None
    if needs_known:
        q = (
            select(Unit.layout, Unit.building_area, func.min(Unit.list_price))
            .join(Building, Building.id == Unit.building_id)
            .where(Building.project_id == customer.project_id, Unit.status == UnitStatus.AVAILABLE)
            .group_by(Unit.layout, Unit.building_area)
        )
        if customer.wanted_area_min is not None:
            q = q.where(Unit.building_area >= customer.wanted_area_min)
        if customer.wanted_area_max is not None:
            q = q.where(Unit.building_area <= customer.wanted_area_max)
        units = [(layout, area, price) for layout, area, price in session.execute(q)]
        cheapest = cheapest_fitting_price(
            units, customer.wanted_layout, customer.wanted_area_min, customer.wanted_area_max
        )
    recent: tuple[bool, ...] = ()
    if criteria.history_needed:
        recent = tuple(
            bool(r)
            for r in session.scalars(
                select(FollowUp.reached)
                .where(
                    FollowUp.customer_id == customer.id,
                    FollowUp.done_at.is_not(None),
                    FollowUp.reached.is_not(None),
                )
                .order_by(FollowUp.done_at.desc(), FollowUp.id.desc())
                .limit(criteria.history_needed)
            )
        )
    return GradingFacts(
        visit_count=customer.visit_count or 0,
        decision_months=customer.decision_months,
        budget_total=customer.budget_total,
        needs_known=needs_known,
        cheapest_fit_price=cheapest,
        asked_price=bool(customer.asked_price),
        deposit_intent=bool(customer.deposit_intent),
        recent_reached=recent,
    )


def suggest_for(session: Session, customer: Customer, settings: AppSettings) -> GradeSuggestion:
    criteria = load_criteria(session, settings)
    return suggest_grade(gather_facts(session, customer, criteria), criteria)


def parse_grade(value: str | Grade) -> Grade:
    try:
        return Grade(str(value).strip().upper())
    except ValueError:
        raise ValidationError("等级只能是 A、B、C、D", {"grade": "等级只能是 A、B、C、D"}) from None


def apply_grade_change(
    session: Session,
    *,
    actor: UserInfo,
    customer: Customer,
    new_grade: Grade,
    reason: str | None,
    now: dt.datetime,
    settings: AppSettings,
    replan: bool = True,
    chosen_next_date: dt.date | None = None,
) -> GradeChangeInfo:
    """Record a grade change inside the caller's transaction.

    An override of the suggestion needs a reason. With ``replan`` the next follow-up
    date is planned from the last contact and the new interval (not before today),
    unless ``chosen_next_date`` is given or the consultant picked the current date.
    """
    reason = (reason or "").strip() or None
    old = Grade(customer.grade) if customer.grade else None
    if old == new_grade:
        return GradeChangeInfo(
            customer.id, old, new_grade, None, reason, actor.id, now, changed=False,
            next_follow_up_date=customer.next_follow_up_date,
        )  # fmt: skip
    suggestion = suggest_for(session, customer, settings)
    if new_grade != suggestion.grade and reason is None:
        msg = f"系统建议为 {suggestion.grade.value} 级，改为 {new_grade.value} 级需要填写原因"
        raise ValidationError(msg, {"grade_reason": msg})
    session.add(
        GradeChange(
            customer_id=customer.id,
            old_grade=old.value if old else None,
            new_grade=new_grade.value,
            suggested_grade=suggestion.grade.value,
            reason=reason,
            by_user_id=actor.id,
            at=now,
        )
    )
    customer.grade = new_grade.value
    customer.updated_at = now
    today = now.date()
    if chosen_next_date is not None:
        customer.next_follow_up_date = chosen_next_date
    elif (
        replan
        and Stage(customer.stage) in FOLLOW_UP_STAGES
        and not consultant_picked_date(session, customer, today)
    ):
        customer.next_follow_up_date = plan_next_follow_up(
            last_contact_at(session, customer).date(),
            new_grade.value,
            settings.grade_intervals_days,
            not_before=today,
        )
    audit_service.record(
        session,
        at=now,
        user_id=actor.id,
        action="grade.change",
        customer_id=customer.id,
        entity="customer",
        entity_id=customer.id,
        detail=f"{old.value if old else '-'} → {new_grade.value}"
        f"（建议 {suggestion.grade.value}）" + (f"：{reason}" if reason else ""),
    )
    return GradeChangeInfo(
        customer_id=customer.id,
        old_grade=old,
        new_grade=new_grade,
        suggested_grade=suggestion.grade,
        reason=reason,
        by_user_id=actor.id,
        at=now,
        changed=True,
        next_follow_up_date=customer.next_follow_up_date,
    )


class GradingService:
    """Suggest a grade, confirm or override it, read the grade history."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def suggest(self, customer_id: int, actor: UserInfo | None = None) -> GradeSuggestion:
        """The grade the recorded facts suggest, with the reasons (nothing is stored)."""
        with self._db.read() as s:
            customer = s.get(Customer, customer_id)
            if customer is None or customer.anonymized_at is not None:
                raise NotFoundError("找不到该客户")
            if actor is not None and not sees_customer_data(actor):
                raise PermissionDenied("您无权查看客户资料")
            return suggest_for(s, customer, load_settings(s))

    def set_grade(
        self,
        actor: UserInfo,
        customer_id: int,
        grade: str | Grade,
        reason: str | None = None,
        *,
        next_date: dt.date | None = None,
    ) -> GradeChangeInfo:
        """Confirm or override the grade; overriding the suggestion needs ``reason``.

        ``next_date``: a follow-up date the consultant picks; otherwise the date is
        re-planned from the new grade's interval (unless the consultant had picked one).
        """
        new_grade = parse_grade(grade)
        now = self._clock.now()
        if next_date is not None and next_date < now.date():
            raise ValidationError("下次跟进日期不能早于今天", {"next_date": "不能早于今天"})
        with self._db.write() as s:
            customer = customer_for_update(s, actor, customer_id)
            if not may_work_on(actor, customer):
                raise PermissionDenied("只有客户的置业顾问或销售经理可以调整意向等级")
            return apply_grade_change(
                s,
                actor=actor,
                customer=customer,
                new_grade=new_grade,
                reason=reason,
                now=now,
                settings=load_settings(s),
                chosen_next_date=next_date,
            )

    def history(self, actor: UserInfo, customer_id: int) -> tuple[GradeChangeInfo, ...]:
        """Every grade change of the customer, newest first."""
        if not sees_customer_data(actor):
            raise PermissionDenied("您无权查看客户资料")
        with self._db.read() as s:
            rows = s.scalars(
                select(GradeChange)
                .where(GradeChange.customer_id == customer_id)
                .order_by(GradeChange.at.desc(), GradeChange.id.desc())
            ).all()
            return tuple(
                GradeChangeInfo(
                    customer_id=r.customer_id,
                    old_grade=Grade(r.old_grade) if r.old_grade else None,
                    new_grade=Grade(r.new_grade),
                    suggested_grade=Grade(r.suggested_grade) if r.suggested_grade else None,
                    reason=r.reason,
                    by_user_id=r.by_user_id,
                    at=r.at,
                )
                for r in rows
            )
