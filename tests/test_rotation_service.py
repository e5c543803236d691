"""Rotation queue service: sign-in, status, skip with reason, replay (SPEC §3.3)."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from app.domain.clock import FixedClock
from app.domain.enums import RotationEventKind, RotationStatus
from app.domain.errors import PermissionDenied, ValidationError
from app.models import AuditEntry
from app.services.container import Services
from tests.test_reception_support import form, make_office


def test_queue_operations_are_logged_and_replayable(services: Services, clock: FixedClock) -> None:
    o = make_office(services)
    for p in (o.a, o.b, o.c):
        services.rotation.sign_in(o.reception, p.id)
    services.rotation.set_status(o.a, o.a.id, RotationStatus.BUSY)  # a consultant, for self
    with pytest.raises(PermissionDenied):
        services.rotation.set_status(o.a, o.b.id, RotationStatus.LEAVE)
    with pytest.raises(ValidationError):
        services.rotation.skip(o.reception, o.b.id, "  ")
    q = services.rotation.skip(o.reception, o.b.id, "正在接电话")
    assert [e.consultant_id for e in q.entries] == [o.a.id, o.c.id, o.b.id]
    assert q.proposed_id == o.c.id and q.proposed_name == "赵敏"
    clock.advance(minutes=5)
    res = services.reception.register_visit(o.reception, form("13812345678", o.c.id))
    assert res.consumed_turn
    q = services.rotation.queue(o.reception)
    a = next(e for e in q.entries if e.consultant_id == o.a.id)
    assert a.make_up_turns == 1  # busy when the turn came
    services.rotation.set_status(o.reception, o.a.id, RotationStatus.FREE)
    assert services.rotation.propose_next(o.reception) == o.a.id
    services.rotation.sign_out(o.reception, o.b.id)
    events = services.rotation.events(o.manager)
    assert [e.kind for e in events][:3] == [RotationEventKind.SIGN_IN] * 3
    assert all(e.replay_matches for e in events)
    skip = next(e for e in events if e.kind is RotationEventKind.SKIP)
    assert skip.reason == "正在接电话" and skip.by_user_name == "前台"
    with services.db.read() as s:
        assert s.scalar(select(AuditEntry.detail).where(AuditEntry.action == "rotation_skip")) == (
            "顾问：李强；原因：正在接电话"
        )
    with pytest.raises(PermissionDenied):
        services.rotation.events(o.a)
    assert [c[1] for c in services.rotation.candidates(o.reception)] == sorted(
        ["王芳", "李强", "赵敏"]
    )


def test_nobody_free_and_standalone_assign(services: Services) -> None:
    o = make_office(services)
    services.rotation.sign_in(o.reception, o.a.id)
    services.rotation.set_status(o.reception, o.a.id, RotationStatus.LEAVE)
    with pytest.raises(ValidationError):
        services.rotation.assign(o.reception)
    services.rotation.sign_in(o.reception, o.b.id)
    got = services.rotation.assign(o.reception)
    assert got.consultant_id == o.b.id and got.passed_leave == (o.a.id,)
