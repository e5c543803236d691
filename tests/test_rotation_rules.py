"""The rotation queue rules (SPEC §3.3), pure, with hypothesis for the invariants."""

from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.domain import rotation as r
from app.domain.enums import RotationEventKind, RotationStatus
from app.domain.errors import ValidationError

A, B, C, D = 1, 2, 3, 4


def q(*ids: int) -> r.Queue:
    queue: r.Queue = ()
    for i in ids:
        queue = r.sign_in(queue, i)
    return queue


def order(queue: r.Queue) -> list[int]:
    return [e.consultant_id for e in queue]


def free_all(queue: r.Queue) -> r.Queue:
    for e in queue:
        if e.status is RotationStatus.BUSY:
            queue = r.set_status(queue, e.consultant_id, RotationStatus.FREE)
    return queue


def test_first_free_gets_the_walk_in_and_moves_to_the_back() -> None:
    res = r.assign(q(A, B, C))
    assert res.consultant_id == A and not res.manual and not res.by_make_up
    assert order(res.queue) == [B, C, A]
    assert r.find(res.queue, A).status is RotationStatus.BUSY  # type: ignore[union-attr]


def test_busy_is_skipped_keeps_the_place_and_earns_a_make_up_turn() -> None:
    queue = r.set_status(q(A, B, C), A, RotationStatus.BUSY)
    res = r.assign(queue)
    assert res.consultant_id == B and res.passed_busy == (A,)
    assert order(res.queue) == [C, A, B]
    assert r.find(res.queue, A).make_up_turns == 1  # type: ignore[union-attr]
    # A is free again: the make-up turn comes before C's regular turn, the circle stays.
    queue = r.set_status(res.queue, A, RotationStatus.FREE)
    queue = r.set_status(queue, B, RotationStatus.FREE)
    assert r.propose(queue) == A
    res2 = r.assign(queue)
    assert res2.consultant_id == A and res2.by_make_up
    assert order(res2.queue) == [C, A, B]
    assert r.propose(free_all(res2.queue)) == C


def test_leave_loses_the_turn() -> None:
    queue = r.set_status(q(A, B, C), A, RotationStatus.LEAVE)
    res = r.assign(queue)
    assert res.consultant_id == B and res.passed_leave == (A,)
    assert r.find(res.queue, A).make_up_turns == 0  # type: ignore[union-attr]
    back = r.set_status(res.queue, A, RotationStatus.FREE)
    assert r.propose(back) == C  # A's turn is gone


def test_skip_with_reason_moves_to_the_back_or_uses_a_make_up_turn() -> None:
    assert order(r.skip(q(A, B, C), A)) == [B, C, A]
    owed = r.QueueEntry(A, RotationStatus.FREE, 1)
    queue = (owed, r.QueueEntry(B), r.QueueEntry(C))
    skipped = r.skip(queue, A)
    assert order(skipped) == [A, B, C] and skipped[0].make_up_turns == 0


def test_manual_pick_only_uses_that_consultants_turn() -> None:
    res = r.assign(q(A, B, C), C)
    assert res.manual and res.consultant_id == C
    assert order(res.queue) == [A, B, C]


def test_signed_out_and_on_leave_cannot_be_assigned() -> None:
    queue = r.sign_out(q(A, B), A)
    with pytest.raises(ValidationError):
        r.assign(queue, A)
    with pytest.raises(ValidationError):
        r.assign(r.set_status(queue, B, RotationStatus.BUSY))
    with pytest.raises(ValidationError):
        r.assign(queue, D)
    assert order(r.sign_in(queue, A)) == [B, A]


def test_snapshot_round_trip() -> None:
    queue = r.assign(r.set_status(q(A, B, C), A, RotationStatus.BUSY)).queue
    assert r.from_snapshot(r.to_snapshot(queue)) == queue


_ops = st.lists(
    st.tuples(
        st.sampled_from(["assign", "busy", "free", "leave", "skip", "sign_out", "sign_in"]),
        st.sampled_from([A, B, C, D]),
    ),
    max_size=40,
)


@settings(max_examples=200, deadline=None)
@given(_ops)
def test_invariants_and_replay(ops: list[tuple[str, int]]) -> None:
    queue = q(A, B, C, D)
    events = [r.QueueEvent(RotationEventKind.SIGN_IN, i, q(*[A, B, C, D][: k + 1]))
              for k, i in enumerate([A, B, C, D])]  # fmt: skip
    kinds = {"assign": RotationEventKind.ASSIGN, "busy": RotationEventKind.BUSY,
             "free": RotationEventKind.FREE, "leave": RotationEventKind.LEAVE,
             "skip": RotationEventKind.SKIP, "sign_out": RotationEventKind.SIGN_OUT,
             "sign_in": RotationEventKind.SIGN_IN}  # fmt: skip
    for op, who in ops:
        before = queue
        try:
            if op == "assign":
                res = r.assign(queue)
                assert r.find(before, res.consultant_id).status is RotationStatus.FREE  # type: ignore[union-attr]
                who = res.consultant_id
                queue = res.queue
            else:
                queue = r.apply(queue, kinds[op], who)
        except ValidationError:
            continue
        assert sorted(order(queue)) == [A, B, C, D]  # nobody lost, nobody doubled
        assert all(e.make_up_turns >= 0 for e in queue)
        events.append(r.QueueEvent(kinds[op], who, queue))
    steps = r.replay(events)
    assert all(step.matches for step in steps)


@given(st.integers(min_value=1, max_value=6), st.integers(min_value=1, max_value=8))
def test_everyone_free_means_everyone_gets_the_same_number(n: int, rounds: int) -> None:
    queue = q(*range(1, n + 1))
    got: Counter[int] = Counter()
    for _ in range(n * rounds):
        res = r.assign(queue)
        got[res.consultant_id] += 1
        queue = free_all(res.queue)
    assert set(got.values()) == {rounds}


@given(st.integers(min_value=1, max_value=5))
def test_busy_through_several_rounds_loses_nothing(busy_rounds: int) -> None:
    """A is busy while the others take `busy_rounds` rounds; afterwards A catches up."""
    queue = r.set_status(q(A, B, C), A, RotationStatus.BUSY)
    got: Counter[int] = Counter()
    for _ in range(2 * busy_rounds):
        res = r.assign(queue)
        got[res.consultant_id] += 1
        queue = res.queue
        for other in (B, C):
            if r.find(queue, other).status is RotationStatus.BUSY:  # type: ignore[union-attr]
                queue = r.set_status(queue, other, RotationStatus.FREE)
    queue = free_all(queue)
    for _ in range(3 * busy_rounds):
        res = r.assign(queue)
        got[res.consultant_id] += 1
        queue = free_all(res.queue)
    assert (
        got[A] == got[B] == got[C] == (5 * busy_rounds) // 3
        or max(got.values()) - min(got.values()) <= 1
    )
