"""The reception rotation queue (接待轮序, SPEC §3.3) as pure functions on a tuple.

The queue is a circle read from the front: the first entry is "next up". A new walk-in
goes to the first *free* consultant, and the circle turns so that the one after them is
next up; the assigned consultant is now at the back and busy with the customer.

- A consultant who is busy (with a customer) when the walk-in passes over them keeps
  their place in the circle and earns a **make-up turn** (``make_up_turns += 1``): as
  soon as they are free, they get the next walk-in before anyone else, without the
  circle turning. Make-up turns are counted, so being busy through several rounds costs
  nothing.
- A consultant on leave is passed over and earns nothing: they lose the turn.
- Reception may **skip** a consultant with a reason: they lose one turn (a make-up turn
  if they hold one, else they go to the back).
- Reception may pick a consultant other than the proposed one (the customer asks for
  someone, with a reason): only that consultant's turn is used; nobody else moves.
- Return visits, same-day second visits and competitor scouts do not call ``assign``;
  the consultant who receives them is simply marked busy.

Every function returns a new tuple; nothing is mutated. ``replay`` re-applies a day's
events, so a dispute about who stood where can be settled from the event log.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from app.domain.enums import RotationEventKind, RotationStatus
from app.domain.errors import ValidationError


@dataclass(frozen=True, slots=True)
class QueueEntry:
    consultant_id: int
    status: RotationStatus = RotationStatus.FREE
    make_up_turns: int = 0


Queue = tuple[QueueEntry, ...]


@dataclass(frozen=True, slots=True)
class Assignment:
    queue: Queue
    consultant_id: int
    #: The walk-in was the consultant's make-up turn (the circle did not turn).
    by_make_up: bool
    #: Reception picked this consultant instead of the proposed one.
    manual: bool
    #: Busy consultants passed over, each of whom earned a make-up turn.
    passed_busy: tuple[int, ...] = ()
    #: Consultants on leave passed over, who lost the turn.
    passed_leave: tuple[int, ...] = ()


def _index(queue: Queue, consultant_id: int) -> int:
    for i, e in enumerate(queue):
        if e.consultant_id == consultant_id:
            return i
    raise ValidationError("该顾问今天未签到轮序", {"consultant_id": "该顾问今天未签到轮序"})


def _set(queue: Queue, i: int, entry: QueueEntry) -> Queue:
    return queue[:i] + (entry,) + queue[i + 1 :]


def find(queue: Queue, consultant_id: int) -> QueueEntry | None:
    return next((e for e in queue if e.consultant_id == consultant_id), None)


def propose(queue: Queue) -> int | None:
    """Who gets the next new walk-in: a free consultant owed a make-up turn first, else
    the first free consultant in the circle; ``None`` if nobody is free."""
    for e in queue:
        if e.status is RotationStatus.FREE and e.make_up_turns > 0:
            return e.consultant_id
    for e in queue:
        if e.status is RotationStatus.FREE:
            return e.consultant_id
    return None


def sign_in(queue: Queue, consultant_id: int) -> Queue:
    """Join the queue at the back (or come back after signing out), free."""
    entry = find(queue, consultant_id)
    if entry is None:
        return queue + (QueueEntry(consultant_id),)
    if entry.status is RotationStatus.OFF:
        rest = tuple(e for e in queue if e.consultant_id != consultant_id)
        return rest + (QueueEntry(consultant_id),)
    return queue


def sign_out(queue: Queue, consultant_id: int) -> Queue:
    i = _index(queue, consultant_id)
    return _set(queue, i, QueueEntry(consultant_id, RotationStatus.OFF, 0))


def set_status(queue: Queue, consultant_id: int, status: RotationStatus) -> Queue:
    """Busy, free or on leave; the place in the circle and make-up turns are kept."""
    if status is RotationStatus.OFF:
        return sign_out(queue, consultant_id)
    i = _index(queue, consultant_id)
    entry = queue[i]
    if entry.status is RotationStatus.OFF:
        msg = "该顾问已签退，请先签到"
        raise ValidationError(msg, {"consultant_id": msg})
    return _set(queue, i, replace(entry, status=status))


def skip(queue: Queue, consultant_id: int) -> Queue:
    """The consultant loses one turn: a make-up turn if owed one, else goes to the back."""
    i = _index(queue, consultant_id)
    entry = queue[i]
    if entry.make_up_turns > 0:
        return _set(queue, i, replace(entry, make_up_turns=entry.make_up_turns - 1))
    return queue[:i] + queue[i + 1 :] + (entry,)


def assign(queue: Queue, consultant_id: int | None = None) -> Assignment:
    """Give a new walk-in to the proposed consultant, or to ``consultant_id`` if given.

    Raises ``ValidationError`` if nobody is free, or if the chosen consultant is not
    signed in, is signed out or is on leave.
    """
    proposed = propose(queue)
    if consultant_id is None:
        if proposed is None:
            msg = "当前没有空闲的置业顾问"
            raise ValidationError(msg, {"consultant_id": msg})
        consultant_id = proposed
    i = _index(queue, consultant_id)
    entry = queue[i]
    if entry.status in (RotationStatus.OFF, RotationStatus.LEAVE):
        msg = "该顾问已签退或请假，不能接待"
        raise ValidationError(msg, {"consultant_id": msg})
    if consultant_id != proposed:
        # A manual pick: only this consultant's turn is used.
        if entry.make_up_turns > 0:
            q = _set(queue, i, replace(entry, status=RotationStatus.BUSY,
                                       make_up_turns=entry.make_up_turns - 1))  # fmt: skip
            return Assignment(q, consultant_id, by_make_up=True, manual=True)
        rest = queue[:i] + queue[i + 1 :]
        q = rest + (replace(entry, status=RotationStatus.BUSY),)
        return Assignment(q, consultant_id, by_make_up=False, manual=True)
    if entry.make_up_turns > 0:
        q = _set(queue, i, replace(entry, status=RotationStatus.BUSY,
                                   make_up_turns=entry.make_up_turns - 1))  # fmt: skip
        return Assignment(q, consultant_id, by_make_up=True, manual=False)
    passed_busy: list[int] = []
    passed_leave: list[int] = []
    ahead: list[QueueEntry] = []
    for e in queue[:i]:
        if e.status is RotationStatus.BUSY:
            passed_busy.append(e.consultant_id)
            ahead.append(replace(e, make_up_turns=e.make_up_turns + 1))
        else:
            if e.status is RotationStatus.LEAVE:
                passed_leave.append(e.consultant_id)
            ahead.append(e)
    q = queue[i + 1 :] + tuple(ahead) + (replace(entry, status=RotationStatus.BUSY),)
    return Assignment(
        q,
        consultant_id,
        by_make_up=False,
        manual=False,
        passed_busy=tuple(passed_busy),
        passed_leave=tuple(passed_leave),
    )


def on_duty(queue: Queue) -> Queue:
    return tuple(e for e in queue if e.status is not RotationStatus.OFF)


# --- snapshots and replay -----------------------------------------------------------


def to_snapshot(queue: Queue) -> str:
    """The JSON stored in ``rotation_events.queue_snapshot``."""
    return json.dumps(
        [
            {
                "consultant_id": e.consultant_id,
                "position": pos,
                "status": e.status.value,
                "make_up_turns": e.make_up_turns,
            }
            for pos, e in enumerate(queue)
        ],
        separators=(",", ":"),
    )


def from_snapshot(text: str) -> Queue:
    rows = sorted(json.loads(text or "[]"), key=lambda r: r["position"])
    return tuple(
        QueueEntry(int(r["consultant_id"]), RotationStatus(r["status"]), int(r["make_up_turns"]))
        for r in rows
    )


@dataclass(frozen=True, slots=True)
class QueueEvent:
    """One stored rotation event as ``replay`` needs it."""

    kind: RotationEventKind
    consultant_id: int | None
    snapshot: Queue


@dataclass(frozen=True, slots=True)
class ReplayStep:
    event: QueueEvent
    #: The queue after the event, recomputed from the previous step.
    queue: Queue
    #: Whether the recomputed queue equals the stored snapshot.
    matches: bool


def apply(queue: Queue, kind: RotationEventKind, consultant_id: int | None) -> Queue:
    """Re-apply one event. An ``assign`` to someone other than the proposal is manual."""
    if consultant_id is None:
        return queue
    if kind is RotationEventKind.SIGN_IN:
        return sign_in(queue, consultant_id)
    if kind is RotationEventKind.SIGN_OUT:
        return sign_out(queue, consultant_id)
    if kind is RotationEventKind.BUSY:
        return set_status(queue, consultant_id, RotationStatus.BUSY)
    if kind is RotationEventKind.FREE:
        return set_status(queue, consultant_id, RotationStatus.FREE)
    if kind is RotationEventKind.LEAVE:
        return set_status(queue, consultant_id, RotationStatus.LEAVE)
    if kind is RotationEventKind.SKIP:
        return skip(queue, consultant_id)
    if kind is RotationEventKind.ASSIGN:
        return assign(queue, consultant_id).queue
    raise ValueError(kind)


def replay(events: Iterable[QueueEvent], start: Sequence[QueueEntry] = ()) -> list[ReplayStep]:
    """Recompute the queue event by event and compare with each stored snapshot."""
    queue: Queue = tuple(start)
    steps = []
    for ev in events:
        queue = apply(queue, ev.kind, ev.consultant_id)
        steps.append(ReplayStep(ev, queue, queue == ev.snapshot))
    return steps
