"""报表 (SPEC §9): the sales report, its Excel export and its printable PDF.

Every figure is an aggregate computed by the database (GROUP BY / COUNT / SUM with
date-range predicates on indexed columns); no customer row is loaded into Python. The
report never carries a customer's name, phone or ID number: counts, sums, shares, staff
names and the (scrubbed) free-text reasons for a lost customer.

Whose figures (``app.domain.reports.report_scope``), enforced here for every section:

- manager: every customer of the project (visits, deals, surveys, complaints of the
  project; overdue follow-ups of everyone in the project).
- consultant: only customers they own today (``customers.owner_id == actor.id``), and of
  those only the visits they received and the deals and surveys that are theirs
  (``consultant_id == actor.id``); overdue follow-ups of their own customers, callbacks
  assigned to them on their own customers; complaints about their own customers. The
  ranking and overdue sections hold their own line only. A customer of another
  consultant is never counted, not even one whose earlier visit they received.
- customer service: only customers in a post-sale stage (认购, 签约, 交付, 业主, 退订),
  in every section (so no lost customers and no lost reasons); complaints: all of the
  project's.
- reception, admin: ``PermissionDenied`` from every method, before the database is read.

Definitions (the page and the printed report say the same):

- visits: arrivals in the range, by day; 首次来访 (kind ``first``) and 复访 (``return``);
  a second visit on the same day and competitor scouts are counted apart, not as visits;
- new visitors (the channel mix, the grade mix, the funnel, the lost reasons): customers
  whose first visit is in the range, with their channel of origin and current grade;
  funnel: of them, how many came back (a return visit), subscribed, contracted, each on
  or before the last day of the range; lost reasons: of them, those lost today;
- ranking: receptions (first and return visits received), deals (subscriptions in the
  range not cancelled since) and their amount (agreed price, else list price), average
  survey score of surveys taken in the range (None when there is none);
- overdue follow-ups: today, not in the range (as "My day" counts them);
- complaints: received in the range, and today's whole backlog; overdue = no first
  response yet and received more than ``complaint_first_response_days`` days ago.
"""

from __future__ import annotations

import datetime as dt
import io
import os
from collections import defaultdict
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from sqlalchemy import Date, and_, case, exists, func, or_, select
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql import Select

from app.db.engine import Database
from app.domain.clock import Clock
from app.domain.enums import Channel, ComplaintStatus, DealStatus, Grade, Role, Stage
from app.domain.errors import PermissionDenied
from app.domain.follow_up import CALLBACK_KINDS, FOLLOW_UP_STAGES, days_overdue
from app.domain.forms import DocumentStamp
from app.domain.models import UserInfo
from app.domain.privacy import AuditAction, scrub_identifiers
from app.domain.reports import (
    NO_REPORTS_MESSAGE,
    REPORT_ROLES,
    ROLE_LABELS,
    ComplaintSummary,
    ConsultantRank,
    DealSummary,
    Funnel,
    Granularity,
    MixLine,
    OverdueLine,
    ReasonLine,
    ReportScope,
    SalesReport,
    VisitSummary,
    check_range,
    fold_days,
    mix_lines,
    report_scope,
    share,
)
from app.models import Complaint, Customer, Deal, FollowUp, Project, Survey, User, Visit
from app.services import audit_service
from app.services.customer_query_service import project_id_for
from app.services.settings_service import load_settings

#: Lost reasons listed one by one; the rarer ones are folded into one line.
MAX_REASONS = 20

_CALLBACK_CODES = tuple(k.value for k in CALLBACK_KINDS)
_FOLLOW_UP_CODES = tuple(s.value for s in FOLLOW_UP_STAGES)
_ON_DUTY_ROLES = (Role.CONSULTANT.value, Role.SERVICE.value)


def _owned_by(owner_id: int) -> Any:
    """``customers.owner_id = owner`` written so that SQLite does not drive the query
    from the owner index (a consultant owns ~100,000 customers on the 1M database): the
    visit or deal of the consultant in the range is the selective side."""
    return (Customer.owner_id + 0) == owner_id


def _stage_codes(scope: ReportScope) -> tuple[str, ...]:
    assert scope.stages is not None
    return tuple(sorted(s.value for s in scope.stages))


def _day_bounds(start: dt.date, end: dt.date) -> tuple[dt.datetime, dt.datetime]:
    """[start 00:00, the day after end 00:00): both ends of the range are whole days."""
    return dt.datetime.combine(start, dt.time()), dt.datetime.combine(
        end + dt.timedelta(days=1), dt.time()
    )


def _as_date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class ReportService:
    """The reports page's one read (``sales_report``), its export and its print."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    # --- who --------------------------------------------------------------------------

    def scope(self, actor: UserInfo) -> ReportScope:
        """Which customers ``actor``'s figures count (``PermissionDenied`` for reception
        and admin)."""
        _check_role(actor)
        with self._db.read() as s:
            return report_scope(actor, project_id_for(s, actor))

    # --- the report -------------------------------------------------------------------

    def sales_report(
        self,
        actor: UserInfo,
        start: dt.date,
        end: dt.date,
        granularity: Granularity | str = Granularity.DAY,
    ) -> SalesReport:
        """Every section of the reports page for ``start``–``end`` (both inclusive), the
        visits bucketed by ``granularity`` (a week starts on Monday). Run it off the GUI
        thread: on a million customers 30 days take ~0.2 s, a year 1.5–2 s (bench/README.md)."""
        _check_role(actor)
        granularity = Granularity(granularity)
        check_range(start, end)
        now = self._clock.now()
        today = now.date()
        lo, hi = _day_bounds(start, end)
        with self._db.read() as s:
            scope = report_scope(actor, project_id_for(s, actor))
            settings = load_settings(s)
            project_name = (
                s.scalar(select(Project.name).where(Project.id == scope.project_id)) or ""
            )
            visit_rows = _visit_counts(s, scope, lo, hi)
            mix = _mix(s, scope, lo, hi)
            funnel = _funnel(s, scope, lo, hi)
            deal_rows = _deals(s, scope, lo, hi)
            survey_rows = _surveys(s, scope, lo, hi)
            overdue_rows = _overdue_customers(s, scope, today)
            callback_rows = _overdue_callbacks(s, scope, today)
            complaints = _complaints(s, scope, lo, hi, now, settings.complaint_first_response_days)

            receptions: dict[int, int] = defaultdict(int)
            per_day: dict[tuple[dt.date, str], int] = defaultdict(int)
            same_day = scouts = 0
            for day, kind, consultant_id, n in visit_rows:
                per_day[(_as_date(day), kind)] += n
                if kind in ("first", "return") and consultant_id is not None:
                    receptions[consultant_id] += n
                elif kind == "same_day":
                    same_day += n
                elif kind == "scout":
                    scouts += n
            visits = VisitSummary(
                granularity,
                fold_days(((d, k, n) for (d, k), n in per_day.items()), start, end, granularity),
                same_day=same_day,
                scouts=scouts,
            )

            deals = DealSummary(
                sum(n for _c, n, _a in deal_rows),
                sum((a for _c, _n, a in deal_rows), Decimal("0.00")),
            )
            people = _people(
                s,
                scope,
                ranked=set(receptions)
                | {c for c, _n, _a in deal_rows if c is not None}
                | {c for c, _n, _avg in survey_rows},
                overdue={o for o, _n, _d in overdue_rows} | {a for a, _n in callback_rows},
            )
        ranking = _ranking(people, receptions, deal_rows, survey_rows)
        overdue = _overdue_lines(people, overdue_rows, callback_rows, today)
        channels, grades, reasons = _mix_sections(mix)
        return SalesReport(
            scope=scope,
            project_name=project_name,
            start=start,
            end=end,
            granularity=granularity,
            generated_at=now,
            visits=visits,
            channels=channels,
            grades=grades,
            funnel=funnel,
            lost_reasons=reasons,
            ranking=ranking,
            overdue=overdue,
            complaints=complaints,
            deals=deals,
        )

    # --- export and print -------------------------------------------------------------

    def export_xlsx(
        self, actor: UserInfo, report: SalesReport, path: str | os.PathLike[str]
    ) -> Path:
        """Write ``report`` (as ``actor`` saw it) to ``path`` (.xlsx, one sheet per
        section) and record the export in the audit log."""
        _check_own(actor, report)
        from app.reports.sales_report_xlsx import write_sales_report_xlsx

        target = Path(path)
        target.parent.mkdir(parents=True, exist_ok=True)
        tmp = target.with_name(target.name + ".part")
        now = self._clock.now()
        try:
            write_sales_report_xlsx(report, tmp, exported_by=_who(actor), exported_at=now)
            with self._db.write() as s:
                audit_service.record(
                    s, at=now, user_id=actor.id, action=AuditAction.EXPORT, entity="report",
                    detail=f"导出销售报表 Excel：{report.describe()}；文件：{target.name}",
                )  # fmt: skip
                # The file gets its real name only if the audit entry is written.
                os.replace(tmp, target)
        finally:
            tmp.unlink(missing_ok=True)
        return target

    def report_pdf(self, actor: UserInfo, report: SalesReport) -> bytes:
        """The printable report (A4, the embedded CJK font) as PDF bytes, for the preview
        and print dialog; the print is recorded in the audit log."""
        _check_own(actor, report)
        from app.reports.fonts import ensure_font
        from app.reports.sales_report_pdf import render_sales_report

        now = self._clock.now()
        with self._db.read() as s:
            font = ensure_font(load_settings(s).pdf_font_path)
        stamp = DocumentStamp(doc_no=f"BB-{now:%Y%m%d-%H%M%S}", issued_at=now)
        buf = io.BytesIO()
        render_sales_report(report, buf, stamp=stamp, font=font, printed_by=_who(actor))
        with self._db.write() as s:
            audit_service.record(
                s, at=now, user_id=actor.id, action=AuditAction.PRINT, entity="report",
                detail=f"打印销售报表 {stamp.doc_no}：{report.describe()}",
            )  # fmt: skip
        return buf.getvalue()


# --- permission ---------------------------------------------------------------------


def _check_role(actor: UserInfo) -> None:
    if actor.role not in REPORT_ROLES:
        raise PermissionDenied(NO_REPORTS_MESSAGE)


def _check_own(actor: UserInfo, report: SalesReport) -> None:
    _check_role(actor)
    if report.scope.user_id != actor.id or report.scope.role is not actor.role:
        raise PermissionDenied("只能导出或打印自己查看的报表")


def _who(actor: UserInfo) -> str:
    return f"{actor.display_name or actor.username}（{ROLE_LABELS[actor.role]}）"


# --- the queries (each one grouped statement) ----------------------------------------


def _scoped_visits(query: Select[Any], scope: ReportScope, *, join_customer: bool) -> Select[Any]:
    """Restrict a query over visits to the scope's customers (and, for a consultant, to
    the visits they received); ``join_customer`` when the query reads customer columns."""
    query = query.where(Visit.project_id == scope.project_id)
    if scope.owner_id is not None:
        return query.join(Customer, Customer.id == Visit.customer_id).where(
            Visit.consultant_id == scope.owner_id, _owned_by(scope.owner_id)
        )
    if join_customer:
        query = query.join(Customer, Customer.id == Visit.customer_id)
    if scope.stages is not None:
        # Few customers are past subscription: start from them, not from the visits.
        query = query.where(
            Visit.customer_id.in_(
                select(Customer.id).where(
                    Customer.project_id == scope.project_id,
                    Customer.stage.in_(_stage_codes(scope)),
                )
            )
        )
    return query


def _visit_counts(
    s: Session, scope: ReportScope, lo: dt.datetime, hi: dt.datetime
) -> list[tuple[Any, str, int | None, int]]:
    """(day, kind, consultant, visits) of the range: the visits chart and the receptions
    of the ranking in one pass over the covering index of migration 0006."""
    day = func.date(Visit.arrived_at, type_=Date)
    query = select(day, Visit.kind, Visit.consultant_id, func.count()).select_from(Visit)
    query = _scoped_visits(query, scope, join_customer=False).where(
        Visit.arrived_at >= lo, Visit.arrived_at < hi
    )
    query = query.group_by(day, Visit.kind, Visit.consultant_id)
    return [(d, k, c, int(n)) for d, k, c, n in s.execute(query)]


def _new_visitors(
    scope: ReportScope, lo: dt.datetime, hi: dt.datetime, *columns: Any, join_customer: bool
) -> Any:
    """``columns`` over the first visits of the range in the scope."""
    query = _scoped_visits(select(*columns).select_from(Visit), scope, join_customer=join_customer)
    return query.where(Visit.kind == "first", Visit.arrived_at >= lo, Visit.arrived_at < hi)


def _mix(s: Session, scope: ReportScope, lo: dt.datetime, hi: dt.datetime) -> list[Any]:
    """The new visitors of the range (first visit in the range) by channel, grade and,
    for those lost today, the reason; the customer's own name is masked out of a typed
    reason. (A subquery, so that PostgreSQL groups by plain columns.)"""
    is_lost = Customer.stage == Stage.LOST.value
    inner = _new_visitors(
        scope, lo, hi,
        Customer.channel.label("channel"),
        Customer.grade.label("grade"),
        case((is_lost, 1), else_=0).label("lost"),
        case(
            (is_lost, func.replace(Customer.lost_reason, func.coalesce(Customer.name, ""), "***")),
            else_=None,
        ).label("reason"),
        join_customer=True,
    )  # fmt: skip
    sub = inner.subquery()
    query = select(sub.c.channel, sub.c.grade, sub.c.lost, sub.c.reason, func.count()).group_by(
        sub.c.channel, sub.c.grade, sub.c.lost, sub.c.reason
    )
    return list(s.execute(query))


def _funnel(s: Session, scope: ReportScope, lo: dt.datetime, hi: dt.datetime) -> Funnel:
    """Of the new visitors of the range, how many came back (a return visit), subscribed
    and contracted on or before the last day of the range. (Apart from ``_mix``: on
    SQLite the probes are cheaper in the order of the visits index than after a sort.)"""
    later = aliased(Visit)
    returned = exists().where(
        later.customer_id == Visit.customer_id, later.kind == "return", later.arrived_at < hi
    )
    subscribed = exists().where(
        Deal.customer_id == Visit.customer_id, Deal.subscribed_at.is_not(None),
        Deal.subscribed_at < hi,
    )  # fmt: skip
    contracted = exists().where(
        Deal.customer_id == Visit.customer_id, Deal.contracted_at.is_not(None),
        Deal.contracted_at < hi,
    )  # fmt: skip

    def flag(condition: Any) -> Any:
        return func.coalesce(func.sum(case((condition, 1), else_=0)), 0)

    row = s.execute(
        _new_visitors(scope, lo, hi, func.count(), flag(returned), flag(subscribed),
                      flag(contracted), join_customer=False)
    ).one()  # fmt: skip
    return Funnel(*(int(n) for n in row))


def _deals(
    s: Session, scope: ReportScope, lo: dt.datetime, hi: dt.datetime
) -> list[tuple[int | None, int, Decimal]]:
    """(consultant, deals, amount) of the subscriptions in the range not cancelled since."""
    amount = func.coalesce(Deal.agreed_price, Deal.list_price)
    query = select(Deal.consultant_id, func.count(), func.sum(amount)).where(
        Deal.project_id == scope.project_id,
        Deal.subscribed_at >= lo,
        Deal.subscribed_at < hi,
        Deal.status != DealStatus.CANCELLED.value,
    )
    if scope.owner_id is not None:
        query = query.join(Customer, Customer.id == Deal.customer_id).where(
            Deal.consultant_id == scope.owner_id, _owned_by(scope.owner_id)
        )
    elif scope.stages is not None:
        query = query.join(Customer, Customer.id == Deal.customer_id).where(
            Customer.stage.in_(_stage_codes(scope))
        )
    query = query.group_by(Deal.consultant_id)
    return [(c, int(n), a if a is not None else Decimal("0.00")) for c, n, a in s.execute(query)]


def _surveys(
    s: Session, scope: ReportScope, lo: dt.datetime, hi: dt.datetime
) -> list[tuple[int, int, float]]:
    """(consultant, surveys, average score) of the surveys taken in the range."""
    query = select(Survey.consultant_id, func.count(), func.avg(Survey.score)).where(
        Survey.project_id == scope.project_id,
        Survey.taken_at >= lo,
        Survey.taken_at < hi,
        Survey.consultant_id.is_not(None),
    )
    if scope.owner_id is not None:
        query = query.join(Customer, Customer.id == Survey.customer_id).where(
            Survey.consultant_id == scope.owner_id, _owned_by(scope.owner_id)
        )
    elif scope.stages is not None:
        query = query.join(Customer, Customer.id == Survey.customer_id).where(
            Customer.stage.in_(_stage_codes(scope))
        )
    query = query.group_by(Survey.consultant_id)
    return [(c, int(n), float(avg)) for c, n, avg in s.execute(query)]


def _project_users(scope: ReportScope) -> Any:
    """Ids of the project's staff (users without a project belong to the only one)."""
    return select(User.id).where(
        or_(User.project_id == scope.project_id, User.project_id.is_(None))
    )


def _overdue_customers(
    s: Session, scope: ReportScope, today: dt.date
) -> list[tuple[int, int, dt.date]]:
    """(owner, customers, oldest planned date) past their follow-up date, as on "My day";
    answered from the (owner_id, next_follow_up_date, stage, ...) covering index."""
    stages = _FOLLOW_UP_CODES
    if scope.stages is not None:
        stages = tuple(c for c in _FOLLOW_UP_CODES if scope.sees_stage(c))
    owner = (
        Customer.owner_id == scope.owner_id
        if scope.owner_id is not None
        else Customer.owner_id.in_(_project_users(scope))
    )
    query = (
        select(Customer.owner_id, func.count(), func.min(Customer.next_follow_up_date))
        .where(owner, Customer.next_follow_up_date < today, Customer.stage.in_(stages))
        .group_by(Customer.owner_id)
    )
    return [(o, int(n), _as_date(d)) for o, n, d in s.execute(query)]


def _overdue_callbacks(s: Session, scope: ReportScope, today: dt.date) -> list[tuple[int, int]]:
    """(assignee, callbacks) of the open post-sale callbacks past their due date
    (the partial index of open tasks, migration 0006)."""
    query = select(FollowUp.assignee_id, func.count()).where(
        FollowUp.done_at.is_(None),
        FollowUp.due_date < today,
        FollowUp.kind.in_(_CALLBACK_CODES),
    )
    if scope.owner_id is not None:
        query = query.join(Customer, Customer.id == FollowUp.customer_id).where(
            FollowUp.assignee_id == scope.owner_id, Customer.owner_id == scope.owner_id
        )
    else:
        query = query.join(Customer, Customer.id == FollowUp.customer_id).where(
            FollowUp.assignee_id.in_(_project_users(scope)),
            Customer.project_id == scope.project_id,
        )
        if scope.stages is not None:
            query = query.where(Customer.stage.in_(_stage_codes(scope)))
    query = query.group_by(FollowUp.assignee_id)
    return [(a, int(n)) for a, n in s.execute(query)]


def _complaints(
    s: Session,
    scope: ReportScope,
    lo: dt.datetime,
    hi: dt.datetime,
    now: dt.datetime,
    response_days: int,
) -> ComplaintSummary:
    is_open = Complaint.status != ComplaintStatus.CLOSED.value
    overdue = and_(
        is_open,
        Complaint.first_response_at.is_(None),
        Complaint.received_at < now - dt.timedelta(days=response_days),
    )

    def scoped(query: Select[Any]) -> Select[Any]:
        query = query.where(Complaint.project_id == scope.project_id)
        if scope.owner_id is not None:
            query = query.join(Customer, Customer.id == Complaint.customer_id).where(
                Customer.owner_id == scope.owner_id
            )
        return query

    received, received_open, received_overdue = s.execute(
        scoped(
            select(
                func.count(),
                func.coalesce(func.sum(case((is_open, 1), else_=0)), 0),
                func.coalesce(func.sum(case((overdue, 1), else_=0)), 0),
            ).select_from(Complaint)
        ).where(Complaint.received_at >= lo, Complaint.received_at < hi)
    ).one()
    open_total, overdue_total = s.execute(
        scoped(
            select(func.count(), func.coalesce(func.sum(case((overdue, 1), else_=0)), 0))
            .select_from(Complaint)
            .where(is_open)
        )
    ).one()
    return ComplaintSummary(
        received=int(received),
        received_open=int(received_open),
        received_overdue=int(received_overdue),
        open_total=int(open_total),
        overdue_total=int(overdue_total),
        response_days=response_days,
    )


def _people(
    s: Session, scope: ReportScope, *, ranked: Iterable[int], overdue: Iterable[int]
) -> dict[int, tuple[str, str, bool, bool, bool]]:
    """id → (name, role, active, in the ranking, in the overdue section).

    The ranking lists the active consultants and anyone with figures in the range; the
    overdue section the active consultants and customer-service staff and anyone with
    something overdue. A consultant's report lists only the consultant."""
    if scope.owner_id is not None:
        me = s.execute(
            select(User.display_name, User.role, User.active).where(User.id == scope.owner_id)
        ).one()
        return {scope.owner_id: (me[0], me[1], bool(me[2]), True, True)}
    ranked, overdue = set(ranked), set(overdue)
    rows = s.execute(
        select(User.id, User.display_name, User.role, User.active).where(
            or_(
                and_(
                    User.id.in_(_project_users(scope)),
                    User.active.is_(True),
                    User.role.in_(_ON_DUTY_ROLES),
                ),
                User.id.in_(ranked | overdue),
            )
        )
    ).all()
    out = {}
    for uid, name, role, active in rows:
        on_duty = bool(active) and role in _ON_DUTY_ROLES
        out[uid] = (
            name,
            role,
            bool(active),
            uid in ranked or (on_duty and role == Role.CONSULTANT.value),
            uid in overdue or on_duty,
        )
    return out


# --- folding the grouped rows into the sections --------------------------------------


def _ranking(
    people: dict[int, tuple[str, str, bool, bool, bool]],
    receptions: dict[int, int],
    deal_rows: Sequence[tuple[int | None, int, Decimal]],
    survey_rows: Sequence[tuple[int, int, float]],
) -> tuple[ConsultantRank, ...]:
    deals = {c: (n, a) for c, n, a in deal_rows if c is not None}
    surveys = {c: (n, avg) for c, n, avg in survey_rows}
    lines = []
    for uid, (name, _role, active, in_ranking, _in_overdue) in people.items():
        if not in_ranking:
            continue
        n_deals, amount = deals.get(uid, (0, Decimal("0.00")))
        n_surveys, avg = surveys.get(uid, (0, None))
        lines.append((uid, name, active, receptions.get(uid, 0), n_deals, amount, avg, n_surveys))
    lines.sort(key=lambda x: (-x[5], -x[4], -x[3], x[1], x[0]))
    out: list[ConsultantRank] = []
    for position, (uid, name, active, rec, n_deals, amount, avg, n_surveys) in enumerate(lines, 1):
        # Equal figures share a place (1, 2, 2, 4).
        rank = position
        if out and (out[-1].amount, out[-1].deals, out[-1].receptions) == (amount, n_deals, rec):
            rank = out[-1].rank
        satisfaction = round(avg, 1) if avg is not None else None
        out.append(
            ConsultantRank(rank, uid, name, active, rec, n_deals, amount, satisfaction, n_surveys)
        )
    return tuple(out)


def _overdue_lines(
    people: dict[int, tuple[str, str, bool, bool, bool]],
    overdue_rows: Sequence[tuple[int, int, dt.date]],
    callback_rows: Sequence[tuple[int, int]],
    today: dt.date,
) -> tuple[OverdueLine, ...]:
    customers = {o: (n, oldest) for o, n, oldest in overdue_rows}
    callbacks = dict(callback_rows)
    out = []
    for uid, (name, _role, active, _in_ranking, in_overdue) in people.items():
        if not in_overdue:
            continue
        n, oldest = customers.get(uid, (0, None))
        out.append(
            OverdueLine(
                uid, name, active, n,
                days_overdue(oldest, today) if oldest is not None else 0,
                callbacks.get(uid, 0),
            )
        )  # fmt: skip
    out.sort(key=lambda line: (-line.customers, -line.callbacks, line.consultant_name, line.id))
    return tuple(out)


def _mix_sections(
    rows: Sequence[Any],
) -> tuple[tuple[MixLine, ...], tuple[MixLine, ...], tuple[ReasonLine, ...]]:
    channels: dict[str | None, int] = defaultdict(int)
    grades: dict[str | None, int] = defaultdict(int)
    reasons: dict[str | None, int] = defaultdict(int)
    for channel, grade, lost, reason, n in rows:
        n = int(n)
        channels[channel or None] += n
        grades[grade or None] += n
        if lost:
            text = scrub_identifiers(reason).strip() if reason else ""
            reasons[text or None] += n
    channel_lines = sorted(
        mix_lines(channels, [c.value for c in Channel]),
        key=lambda line: (line.code is None, -line.customers),
    )
    grade_lines = mix_lines(grades, [g.value for g in Grade])
    return tuple(channel_lines), grade_lines, _reason_lines(reasons)


def _reason_lines(reasons: dict[str | None, int]) -> tuple[ReasonLine, ...]:
    total = sum(reasons.values())
    ordered = sorted(reasons.items(), key=lambda kv: (kv[0] is None, -kv[1], kv[0] or ""))
    named = [(r, n) for r, n in ordered if r is not None]
    out = [ReasonLine(r, n, share(n, total)) for r, n in named[:MAX_REASONS]]
    rest = named[MAX_REASONS:]
    if rest:
        n = sum(count for _r, count in rest)
        out.append(ReasonLine(None, n, share(n, total), other=len(rest)))
    if reasons.get(None):
        out.append(ReasonLine(None, reasons[None], share(reasons[None], total)))
    return tuple(out)
