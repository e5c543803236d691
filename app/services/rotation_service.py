"""The reception rotation queue (接待轮序, SPEC §3.3): sign-in, status, skip, assign, replay.

The rules are in ``app.domain.rotation``; this service loads today's queue from
``rotation_entries``, applies one rule, writes the queue back and logs a
``rotation_events`` row holding the whole queue as it stood after the change, so a
dispute ("it was my turn!") can be replayed. The reception service uses the same
session-level helpers inside its own transaction when it registers a visit.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.db.engine import Database
from app.domain import rotation as rules
from app.domain.access import sees_customer_data
from app.domain.clock import Clock
from app.domain.customer import (
    RotationAssignment,
    RotationEntryRow,
    RotationEventRow,
    RotationQueueView,
)
from app.domain.enums import Role, RotationEventKind, RotationStatus
from app.domain.errors import PermissionDenied, ValidationError
from app.domain.models import UserInfo
from app.models import RotationEntry, RotationEvent, User
from app.services import audit_service
from app.services.customer_query_service import project_id_for, user_names

_PG_ROTATION_LOCK = 7_400_000  # + project id: serialises queue changes on PostgreSQL

_EVENT_OF_STATUS = {
    RotationStatus.BUSY: RotationEventKind.BUSY,
    RotationStatus.FREE: RotationEventKind.FREE,
    RotationStatus.LEAVE: RotationEventKind.LEAVE,
    RotationStatus.OFF: RotationEventKind.SIGN_OUT,
}


# --- session-level helpers (shared with the reception service) ------------------------


def lock_queue(s: Session, project_id: int) -> None:
    """Serialise changes of one project's queue (SQLite writers are serial already)."""
    if s.get_bind().dialect.name == "postgresql":
        s.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": _PG_ROTATION_LOCK + project_id})


def load_queue(s: Session, project_id: int, day: dt.date) -> rules.Queue:
    rows = s.scalars(
        select(RotationEntry)
        .where(RotationEntry.project_id == project_id, RotationEntry.day == day)
        .order_by(RotationEntry.position, RotationEntry.id)
    ).all()
    return tuple(
        rules.QueueEntry(r.consultant_id, RotationStatus(r.status), r.make_up_turns) for r in rows
    )


def save_queue(
    s: Session,
    project_id: int,
    day: dt.date,
    queue: rules.Queue,
    *,
    now: dt.datetime,
    kind: RotationEventKind,
    consultant_id: int | None,
    by_user_id: int | None,
    reason: str | None = None,
    visit_id: int | None = None,
) -> RotationEvent:
    """Write the queue back (positions 0..n-1) and log the event with its snapshot."""
    rows = {
        r.consultant_id: r
        for r in s.scalars(
            select(RotationEntry).where(
                RotationEntry.project_id == project_id, RotationEntry.day == day
            )
        )
    }
    for pos, e in enumerate(queue):
        row = rows.get(e.consultant_id)
        if row is None:
            row = RotationEntry(
                project_id=project_id,
                day=day,
                consultant_id=e.consultant_id,
                position=pos,
                status=e.status.value,
                make_up_turns=e.make_up_turns,
                signed_in_at=now,
            )
            s.add(row)
        else:
            if kind is RotationEventKind.SIGN_IN and e.consultant_id == consultant_id:
                row.signed_in_at = now
            row.position = pos
            row.status = e.status.value
            row.make_up_turns = e.make_up_turns
    event = RotationEvent(
        project_id=project_id,
        day=day,
        at=now,
        kind=kind.value,
        consultant_id=consultant_id,
        visit_id=visit_id,
        by_user_id=by_user_id,
        reason=reason or None,
        queue_snapshot=rules.to_snapshot(queue),
    )
    s.add(event)
    s.flush()
    return event


def mark_status(
    s: Session,
    project_id: int,
    day: dt.date,
    consultant_id: int,
    status: RotationStatus,
    *,
    now: dt.datetime,
    by_user_id: int | None,
    visit_id: int | None = None,
    only_from: RotationStatus | None = None,
) -> None:
    """Set a signed-in consultant busy/free as a side effect of a visit; no-op if the
    consultant is not in today's queue (or not in ``only_from`` status)."""
    lock_queue(s, project_id)
    queue = load_queue(s, project_id, day)
    entry = rules.find(queue, consultant_id)
    if entry is None or entry.status is RotationStatus.OFF or entry.status is status:
        return
    if only_from is not None and entry.status is not only_from:
        return
    if entry.status is RotationStatus.LEAVE:
        return
    queue = rules.set_status(queue, consultant_id, status)
    save_queue(s, project_id, day, queue, now=now, kind=_EVENT_OF_STATUS[status],
               consultant_id=consultant_id, by_user_id=by_user_id, visit_id=visit_id)  # fmt: skip


def queue_view(s: Session, project_id: int, day: dt.date) -> RotationQueueView:
    rows = s.scalars(
        select(RotationEntry)
        .where(RotationEntry.project_id == project_id, RotationEntry.day == day)
        .order_by(RotationEntry.position, RotationEntry.id)
    ).all()
    names = user_names(s, {r.consultant_id for r in rows})
    queue = tuple(
        rules.QueueEntry(r.consultant_id, RotationStatus(r.status), r.make_up_turns) for r in rows
    )
    proposed = rules.propose(queue)
    return RotationQueueView(
        day=day,
        entries=tuple(
            RotationEntryRow(
                consultant_id=r.consultant_id,
                consultant_name=names.get(r.consultant_id, ""),
                position=i,
                status=RotationStatus(r.status),
                make_up_turns=r.make_up_turns,
                signed_in_at=r.signed_in_at,
            )
            for i, r in enumerate(rows)
        ),
        proposed_id=proposed,
        proposed_name=names.get(proposed) if proposed is not None else None,
    )


def require_consultant(s: Session, project_id: int, consultant_id: int) -> User:
    user = s.get(User, consultant_id)
    if (
        user is None
        or not user.active
        or user.role != Role.CONSULTANT.value
        or (user.project_id is not None and user.project_id != project_id)
    ):
        msg = "请选择本项目在职的置业顾问"
        raise ValidationError(msg, {"consultant_id": msg})
    return user


def _require_reason(reason: str | None) -> str:
    reason = (reason or "").strip()
    if not reason:
        raise ValidationError("请填写原因", {"reason": "请填写原因"})
    return reason


# --- the service ----------------------------------------------------------------------


class RotationService:
    """Today's rotation queue. Every method is one transaction and returns the queue."""

    def __init__(self, db: Database, clock: Clock) -> None:
        self._db = db
        self._clock = clock

    def _check(self, actor: UserInfo, consultant_id: int | None = None) -> None:
        if actor.role in (Role.RECEPTION, Role.MANAGER):
            return
        if actor.role is Role.CONSULTANT and consultant_id == actor.id:
            return
        raise PermissionDenied("只有前台或销售经理可以调整接待轮序")

    def today(self) -> dt.date:
        return self._clock.now().date()

    def queue(self, actor: UserInfo, day: dt.date | None = None) -> RotationQueueView:
        """The queue of ``day`` (today by default), front first, with the proposal."""
        if not sees_customer_data(actor):
            raise PermissionDenied("管理员不能查看接待轮序")
        with self._db.read() as s:
            return queue_view(s, project_id_for(s, actor), day or self.today())

    def propose_next(self, actor: UserInfo) -> int | None:
        """The consultant id the next new walk-in would go to (None: nobody free)."""
        return self.queue(actor).proposed_id

    def candidates(self, actor: UserInfo) -> list[tuple[int, str]]:
        """Active consultants of the project (id, name), for the sign-in list."""
        with self._db.read() as s:
            pid = project_id_for(s, actor)
            rows = s.execute(
                select(User.id, User.display_name)
                .where(User.role == Role.CONSULTANT.value, User.active.is_(True))
                .where((User.project_id == pid) | User.project_id.is_(None))
                .order_by(User.display_name, User.id)
            ).all()
        return [(r[0], r[1]) for r in rows]

    def _change(
        self,
        actor: UserInfo,
        consultant_id: int,
        kind: RotationEventKind,
        fn: Callable[[rules.Queue], rules.Queue],
        reason: str | None = None,
        audit_action: str | None = None,
    ) -> RotationQueueView:
        now = self._clock.now()
        day = now.date()
        with self._db.write() as s:
            pid = project_id_for(s, actor)
            require_consultant(s, pid, consultant_id)
            lock_queue(s, pid)
            queue = fn(load_queue(s, pid, day))
            event = save_queue(s, pid, day, queue, now=now, kind=kind,
                               consultant_id=consultant_id, by_user_id=actor.id,
                               reason=reason)  # fmt: skip
            if audit_action:
                name = user_names(s, {consultant_id}).get(consultant_id, "")
                audit_service.record(
                    s, at=now, user_id=actor.id, action=audit_action, entity="rotation_event",
                    entity_id=event.id, detail=f"顾问：{name}；原因：{reason or ''}",
                )  # fmt: skip
            return queue_view(s, pid, day)

    def sign_in(self, actor: UserInfo, consultant_id: int) -> RotationQueueView:
        """Put a consultant on duty today, at the back of the queue."""
        self._check(actor, consultant_id)
        return self._change(actor, consultant_id, RotationEventKind.SIGN_IN,
                            lambda q: rules.sign_in(q, consultant_id))  # fmt: skip

    def sign_out(self, actor: UserInfo, consultant_id: int) -> RotationQueueView:
        self._check(actor, consultant_id)
        return self._change(actor, consultant_id, RotationEventKind.SIGN_OUT,
                            lambda q: rules.sign_out(q, consultant_id))  # fmt: skip

    def set_status(
        self,
        actor: UserInfo,
        consultant_id: int,
        status: RotationStatus,
        reason: str | None = None,
    ) -> RotationQueueView:
        """Busy (with a customer), free, or on leave (loses turns while away)."""
        self._check(actor, consultant_id)
        status = RotationStatus(status)
        return self._change(actor, consultant_id, _EVENT_OF_STATUS[status],
                            lambda q: rules.set_status(q, consultant_id, status),
                            reason=reason)  # fmt: skip

    def skip(self, actor: UserInfo, consultant_id: int, reason: str) -> RotationQueueView:
        """Skip a consultant's turn with a written reason (logged and audited)."""
        self._check(actor)
        reason = _require_reason(reason)
        return self._change(actor, consultant_id, RotationEventKind.SKIP,
                            lambda q: rules.skip(q, consultant_id), reason=reason,
                            audit_action="rotation_skip")  # fmt: skip

    def assign(
        self, actor: UserInfo, consultant_id: int | None = None, reason: str | None = None
    ) -> RotationAssignment:
        """Give the next new walk-in to the proposed consultant (or to ``consultant_id``,
        which needs a reason when it is not the proposal), without registering a visit.

        ``ReceptionService.register_visit`` does this itself; this is for offices that
        record the assignment first and the visit later.
        """
        self._check(actor)
        now = self._clock.now()
        day = now.date()
        with self._db.write() as s:
            pid = project_id_for(s, actor)
            lock_queue(s, pid)
            result, _event = assign_in_session(s, pid, day, consultant_id, reason, now=now,
                                               actor=actor)  # fmt: skip
            return result

    def events(self, actor: UserInfo, day: dt.date | None = None) -> list[RotationEventRow]:
        """Replay a day: every event, oldest first, with the stored queue snapshot and
        whether re-applying the events reproduces it."""
        if actor.role not in (Role.RECEPTION, Role.MANAGER):
            raise PermissionDenied("只有前台或销售经理可以查看轮序记录")
        day = day or self.today()
        with self._db.read() as s:
            pid = project_id_for(s, actor)
            rows = s.scalars(
                select(RotationEvent)
                .where(RotationEvent.project_id == pid, RotationEvent.day == day)
                .order_by(RotationEvent.id)
            ).all()
            names = user_names(s, {r.consultant_id for r in rows} | {r.by_user_id for r in rows})
        events = [
            rules.QueueEvent(
                RotationEventKind(r.kind), r.consultant_id, rules.from_snapshot(r.queue_snapshot)
            )
            for r in rows
        ]
        steps = rules.replay(events)
        return [
            RotationEventRow(
                id=r.id,
                at=r.at,
                kind=RotationEventKind(r.kind),
                consultant_id=r.consultant_id,
                consultant_name=names.get(r.consultant_id) if r.consultant_id else None,
                visit_id=r.visit_id,
                by_user_id=r.by_user_id,
                by_user_name=names.get(r.by_user_id) if r.by_user_id else None,
                reason=r.reason,
                snapshot=step.event.snapshot,
                replay_matches=step.matches,
            )
            for r, step in zip(rows, steps, strict=True)
        ]


def assign_in_session(
    s: Session,
    project_id: int,
    day: dt.date,
    consultant_id: int | None,
    reason: str | None,
    *,
    now: dt.datetime,
    actor: UserInfo,
    visit_id: int | None = None,
) -> tuple[RotationAssignment, RotationEvent]:
    """Assign a new walk-in inside the caller's transaction (queue already locked).

    A pick other than the proposal needs ``reason`` (ValidationError on
    ``assign_reason`` otherwise) and is written to the audit log.
    """
    queue = load_queue(s, project_id, day)
    proposed = rules.propose(queue)
    manual = consultant_id is not None and consultant_id != proposed
    if consultant_id is not None:
        require_consultant(s, project_id, consultant_id)
    if manual and not (reason or "").strip():
        name = user_names(s, {proposed}).get(proposed, "") if proposed else ""
        msg = (
            f"按轮序应由 {name} 接待；改派其他顾问请填写原因"
            if proposed
            else "改派其他顾问请填写原因"
        )
        raise ValidationError(msg, {"assign_reason": msg})
    result = rules.assign(queue, consultant_id)
    event = save_queue(s, project_id, day, result.queue, now=now, kind=RotationEventKind.ASSIGN,
                       consultant_id=result.consultant_id, by_user_id=actor.id,
                       reason=(reason or "").strip() or None, visit_id=visit_id)  # fmt: skip
    names = user_names(s, {result.consultant_id})
    if result.manual:
        audit_service.record(
            s, at=now, user_id=actor.id, action="rotation_manual_assign",
            entity="rotation_event", entity_id=event.id,
            detail=f"顾问：{names.get(result.consultant_id, '')}；原因：{reason}",
        )  # fmt: skip
    assignment = RotationAssignment(
        consultant_id=result.consultant_id,
        consultant_name=names.get(result.consultant_id, ""),
        by_make_up=result.by_make_up,
        manual=result.manual,
        passed_busy=result.passed_busy,
        passed_leave=result.passed_leave,
        queue=queue_view(s, project_id, day),
    )
    return assignment, event
