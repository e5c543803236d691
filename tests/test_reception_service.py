"""SPEC §3 on a real database (SQLite, and PostgreSQL when configured), with the clock
moved instead of sleeping."""

from __future__ import annotations

import datetime as dt
from dataclasses import fields, replace

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.customer import RegistrationForm
from app.domain.enums import RotationStatus, Stage, VisitKind
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.ownership import ProtectionStatus, RouteKind
from app.models import AuditEntry, ConsentRecord, Customer, CustomerPhone, OwnershipEvent, Visit
from app.services.container import Services
from tests.test_reception_support import Office, form, make_office

PHONE = "13812345678"


@pytest.fixture
def office(services: Services) -> Office:
    return make_office(services)


def _sign_in(services: Services, office: Office, *people) -> None:  # type: ignore[no-untyped-def]
    for p in people:
        services.rotation.sign_in(office.reception, p.id)


def _customer(services: Services, cid: int) -> Customer:
    with services.db.read() as s:
        c = s.get(Customer, cid)
        assert c is not None
        s.expunge(c)
        return c


def test_new_walk_in_goes_to_the_first_free_consultant_who_moves_to_the_back(
    services: Services, office: Office
) -> None:
    _sign_in(services, office, office.a, office.b, office.c)
    plan = services.reception.plan_visit(office.reception, "138 1234 5678")
    assert plan.card is None and plan.route is RouteKind.ROTATION
    assert plan.consultant_id == office.a.id and plan.consumes_turn
    res = services.reception.register_visit(
        office.reception, form("+86 138-1234-5678", office.a.id)
    )
    assert res.created_customer and res.kind is VisitKind.FIRST and res.consumed_turn
    assert res.consultant_id == office.a.id and res.registration_complete
    assert res.ownership_events == ("register",)
    q = services.rotation.queue(office.reception)
    assert [e.consultant_id for e in q.entries] == [office.b.id, office.c.id, office.a.id]
    assert q.entries[-1].status is RotationStatus.BUSY
    assert q.proposed_id == office.b.id
    with services.db.read() as s:
        phones = s.execute(select(CustomerPhone.phone, CustomerPhone.kind)).all()
        assert phones == [("+8613812345678", "primary")]
    events = services.rotation.events(office.manager)
    assign = [e for e in events if e.kind.value == "assign"]
    assert assign[0].visit_id == res.visit_id
    assert [e.consultant_id for e in assign[0].snapshot] == [office.b.id, office.c.id, office.a.id]
    assert all(e.replay_matches for e in events)


def test_picking_someone_else_than_the_proposal_needs_a_reason(
    services: Services, office: Office
) -> None:
    _sign_in(services, office, office.a, office.b)
    with pytest.raises(ValidationError) as err:
        services.reception.register_visit(office.reception, form(PHONE, office.b.id))
    assert "assign_reason" in err.value.field_errors
    res = services.reception.register_visit(
        office.reception, form(PHONE, office.b.id, assign_reason="客户指定李强")
    )
    assert res.consultant_id == office.b.id and res.consumed_turn
    q = services.rotation.queue(office.reception)
    assert [e.consultant_id for e in q.entries] == [office.a.id, office.b.id]
    with services.db.read() as s:
        assert s.scalar(select(AuditEntry.action).order_by(AuditEntry.id.desc()).limit(1)) == (
            "rotation_manual_assign"
        )


def test_return_visit_goes_to_the_owner_and_does_not_consume_a_turn(
    services: Services, office: Office, clock: FixedClock
) -> None:
    _sign_in(services, office, office.a, office.b)
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    services.reception.check_out(office.reception, first.visit_id)
    clock.advance(days=10)
    _sign_in(services, office, office.b, office.a)
    card = services.reception.lookup_phone(office.reception, PHONE)
    assert card is not None and card.owner_id == office.a.id and card.visit_count == 1
    assert card.protection is ProtectionStatus.VALID
    assert card.protected_until == first.card.last_visit_at + dt.timedelta(days=30)
    assert card.phone == "138****5678" and card.phone_masked
    plan = services.reception.plan_visit(office.reception, PHONE)
    assert plan.route is RouteKind.OWNER and plan.consultant_id == office.a.id
    assert not plan.consumes_turn
    before = services.rotation.queue(office.reception)
    res = services.reception.register_visit(
        office.reception, form(PHONE, office.a.id, expected_customer_id=card.customer_id)
    )
    assert res.kind is VisitKind.RETURN and not res.consumed_turn and not res.created_customer
    assert res.card.visit_count == 2
    # Today's count (the board's "今日来访") holds today's visit only, not the one of 10 days ago.
    assert services.reception.count_visits_today(office.reception) == 1
    assert [v.visit_id for v in services.reception.visits_today(office.manager)] == [res.visit_id]
    with pytest.raises(PermissionDenied):
        services.reception.count_visits_today(office.admin)
    after = services.rotation.queue(office.reception)
    assert [e.consultant_id for e in after.entries] == [e.consultant_id for e in before.entries]
    assert next(e for e in after.entries if e.consultant_id == office.a.id).status is (
        RotationStatus.BUSY
    )
    # Reception cannot give a protected customer to another consultant.
    clock.advance(days=1)
    with pytest.raises(ValidationError) as err:
        services.reception.register_visit(
            office.reception, form(PHONE, office.b.id, expected_customer_id=card.customer_id)
        )
    assert "consultant_id" in err.value.field_errors and "王芳" in str(err.value)


def test_same_day_second_visit_and_scout_do_not_consume_turns(
    services: Services, office: Office, clock: FixedClock
) -> None:
    _sign_in(services, office, office.a, office.b)
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    services.reception.check_out(office.reception, first.visit_id)
    clock.advance(hours=3)
    plan = services.reception.plan_visit(office.reception, PHONE)
    assert plan.route is RouteKind.SAME_DAY and plan.consultant_id == office.a.id
    again = services.reception.register_visit(
        office.reception, form(PHONE, office.a.id, expected_customer_id=first.customer_id)
    )
    assert again.kind is VisitKind.SAME_DAY and not again.consumed_turn
    assert again.card.visit_count == 1  # still one day of visits
    scout = services.reception.register_visit(
        office.reception, form("13912345678", office.b.id, scout=True, name="某竞品")
    )
    assert scout.kind is VisitKind.SCOUT and not scout.consumed_turn
    c = _customer(services, scout.customer_id)
    assert c.stage == Stage.LOST.value and c.visit_count == 0
    q = services.rotation.queue(office.reception)
    assert [e.consultant_id for e in q.entries] == [office.b.id, office.a.id]


def test_lapsed_customer_goes_to_the_pool_and_on_to_the_rotation(
    services: Services, office: Office, clock: FixedClock
) -> None:
    _sign_in(services, office, office.a, office.b)
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    clock.advance(days=30)  # exactly 30 days after the visit: lapsed
    _sign_in(services, office, office.b, office.a)
    card = services.reception.lookup_phone(office.reception, PHONE)
    assert card is not None and card.protection is ProtectionStatus.LAPSED
    plan = services.reception.plan_visit(office.reception, PHONE)
    assert plan.route is RouteKind.ROTATION and plan.lapses
    assert plan.consultant_id == office.b.id
    res = services.reception.register_visit(
        office.reception, form(PHONE, office.b.id, expected_customer_id=first.customer_id)
    )
    assert res.ownership_events == ("lapse", "register")
    assert res.consumed_turn and res.kind is VisitKind.RETURN
    assert res.card.owner_id == office.b.id and res.card.protection is ProtectionStatus.VALID
    with services.db.read() as s:
        kinds = s.execute(
            select(OwnershipEvent.kind, OwnershipEvent.from_user_id, OwnershipEvent.to_user_id)
            .where(OwnershipEvent.customer_id == first.customer_id)
            .order_by(OwnershipEvent.id)
        ).all()
    assert kinds == [("register", None, office.a.id), ("lapse", office.a.id, None),
                     ("register", None, office.b.id)]  # fmt: skip


def test_effective_follow_up_renews_protection_and_lead_gets_seven_days(
    services: Services, office: Office, clock: FixedClock
) -> None:
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    clock.advance(days=25)
    with services.db.write() as s:  # the follow-up service's job, done by hand here
        s.get(Customer, first.customer_id).last_effective_follow_up_at = clock.now()  # type: ignore[union-attr]
    clock.advance(days=20)  # 45 days after the visit, 20 after the follow-up
    card = services.reception.lookup_phone(office.reception, PHONE)
    assert card is not None and card.protection is ProtectionStatus.VALID
    # A phone-enquiry lead that never visited: 7 days.
    with services.db.write() as s:
        lead = Customer(project_id=office.project_id, name="钱七", phone="+8613700000001",
                        stage="lead", owner_id=office.c.id, owner_since=clock.now(),
                        created_at=clock.now(), updated_at=clock.now(), visit_count=0)  # fmt: skip
        s.add(lead)
        s.flush()
        s.add(CustomerPhone(project_id=office.project_id, phone=lead.phone,
                            customer_id=lead.id, kind="primary"))  # fmt: skip
    clock.advance(days=6, hours=23)
    card = services.reception.lookup_phone(office.reception, "13700000001")
    assert card is not None and card.protection is ProtectionStatus.VALID
    assert services.reception.plan_visit(office.reception, "13700000001").route is RouteKind.OWNER
    clock.advance(hours=1)
    card = services.reception.lookup_phone(office.reception, "13700000001")
    assert card is not None and card.protection is ProtectionStatus.LAPSED


def test_manager_override_with_reason_is_logged_and_on_the_timeline(
    services: Services, office: Office, clock: FixedClock
) -> None:
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    clock.advance(days=2)
    f = form(PHONE, office.b.id, expected_customer_id=first.customer_id, override_reason="x")
    with pytest.raises(ValidationError) as err:  # reception may not override
        services.reception.register_visit(office.reception, f)
    assert "override_reason" in err.value.field_errors
    res = services.reception.register_visit(
        office.manager, replace(f, override_reason="客户投诉原顾问，经理改派")
    )
    assert res.consultant_id == office.b.id and res.ownership_events == ("override",)
    assert res.card.owner_id == office.b.id
    with services.db.read() as s:
        audit = s.execute(select(AuditEntry.action, AuditEntry.detail)
                          .where(AuditEntry.action == "ownership_override")).one()  # fmt: skip
    assert "经理改派" in audit.detail and "王芳" in audit.detail
    timeline = services.customers.timeline(office.manager, first.customer_id)
    overrides = [t for t in timeline if t.action == "override"]
    assert overrides and "王芳 → 李强" in overrides[0].summary
    assert overrides[0].detail == "客户投诉原顾问，经理改派"
    assert timeline[0].at >= timeline[-1].at


def test_incomplete_registration_loses_the_dispute_to_a_complete_one(
    services: Services, office: Office, clock: FixedClock
) -> None:
    incomplete = form(PHONE, office.a.id, wanted_layout=None)
    first = services.reception.register_visit(office.reception, incomplete)
    assert not first.registration_complete and first.missing_fields == ("wanted_layout",)
    clock.advance(days=1)
    res = services.reception.register_visit(
        office.reception, form(PHONE, office.b.id, expected_customer_id=first.customer_id)
    )
    assert res.route is RouteKind.DISPUTE and res.consultant_id == office.b.id
    assert res.ownership_events == ("register",) and res.registration_complete
    # Now B's complete registration is the earliest valid one: A cannot take it back.
    clock.advance(days=1)
    with pytest.raises(ValidationError):
        services.reception.register_visit(
            office.reception, form(PHONE, office.a.id, expected_customer_id=first.customer_id)
        )


def test_validation_reports_every_field_and_saves_nothing(
    services: Services, office: Office
) -> None:
    bad = form("1381234567", None, name=" ", gender=None, party_size=0, channel="tv")
    with pytest.raises(ValidationError) as err:
        services.reception.register_visit(office.reception, bad)
    assert set(err.value.field_errors) >= {"phone", "name", "gender", "party_size", "channel",
                                           "consultant_id"}  # fmt: skip
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 0
    with pytest.raises(PermissionDenied):
        services.reception.lookup_phone(office.admin, PHONE)


def test_reception_does_not_ask_for_the_resident_id() -> None:
    """Issue 5: only name and phone are needed at reception; the resident ID is asked
    for at subscription or contract (see test_deals), not before."""
    names = {f.name for f in fields(RegistrationForm)}
    assert not {"resident_id", "consent_resident_id"} & names


def test_consent_is_needed_beyond_phone_and_name_and_is_recorded_with_time(
    services: Services, office: Office, clock: FixedClock
) -> None:
    with pytest.raises(ValidationError) as err:
        services.reception.register_visit(office.reception, form(PHONE, office.a.id,
                                                                 consent_basic=False))  # fmt: skip
    assert "consent_basic" in err.value.field_errors
    minimal = form(PHONE, office.a.id, consent_basic=False, wanted_area_min=None,
                   wanted_area_max=None, wanted_layout=None)  # fmt: skip
    res = services.reception.register_visit(office.reception, minimal)
    assert not res.card.consent_basic and not res.registration_complete
    clock.advance(days=1)
    res2 = services.reception.register_visit(
        office.reception,
        form(PHONE, office.a.id, expected_customer_id=res.customer_id, consent_marketing=True),
    )
    assert res2.card.consent_basic and res2.card.consent_marketing
    c = _customer(services, res.customer_id)
    assert c.consent_basic_at == clock.now() and c.consent_marketing_at == clock.now()
    with services.db.read() as s:
        rows = s.execute(select(ConsentRecord.purpose, ConsentRecord.granted)
                         .order_by(ConsentRecord.id)).all()  # fmt: skip
    assert rows == [("basic", True), ("marketing", True)]


def test_related_persons_phone_finds_the_same_customer(services: Services, office: Office) -> None:
    res = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    services.customers.add_related_person(office.a, res.customer_id, name="李四",
                                          relation="spouse", phone="139 0000 1111")  # fmt: skip
    card = services.reception.lookup_phone(office.reception, "+86 13900001111")
    assert card is not None and card.customer_id == res.customer_id
    assert card.matched_by == "related" and card.related_person_name == "李四"


def test_check_out_records_duration_and_frees_the_consultant(
    services: Services, office: Office, clock: FixedClock
) -> None:
    _sign_in(services, office, office.a, office.b)
    res = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    now_board = services.reception.in_office_now(office.reception)
    assert [v.visit_id for v in now_board] == [res.visit_id]
    assert now_board[0].consultant_name == "王芳" and now_board[0].phone == "138****5678"
    clock.advance(minutes=47, seconds=30)
    row = services.reception.check_out(office.reception, res.visit_id)
    assert row.duration_minutes == 47 and row.left_at == clock.now()
    assert services.reception.in_office_now(office.reception) == []
    q = services.rotation.queue(office.reception)
    assert all(e.status is RotationStatus.FREE for e in q.entries)
    with pytest.raises(ConflictError):
        services.reception.check_out(office.reception, res.visit_id)


def test_phone_taken_between_lookup_and_save_is_a_conflict(
    services: Services, office: Office
) -> None:
    """The losing PC's card said "new"; the phone now belongs to the winner."""
    won = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    with pytest.raises(ConflictError) as err:
        services.reception.register_visit(office.manager, form(PHONE, office.b.id, name="张三丰"))
    assert "刚刚已由其他电脑登记" in str(err.value) and "张三" in str(err.value)
    with services.db.read() as s:
        assert s.scalar(select(func.count()).select_from(Customer)) == 1
        assert s.scalar(select(func.count()).select_from(Visit)) == 1
    assert won.customer_id


def test_unknown_prefix_is_a_warning_not_a_block(services: Services, office: Office) -> None:
    res = services.reception.register_visit(office.reception, form("14012345678", office.a.id))
    assert res.warnings and "号段" in res.warnings[0]
    assert res.card.customer_id == res.customer_id


def test_every_visit_plans_the_next_follow_up(
    services: Services, office: Office, clock: FixedClock
) -> None:
    """SPEC §5: every customer always has a next follow-up date; a visit is a contact."""
    _sign_in(services, office, office.a)
    first = services.reception.register_visit(office.reception, form(PHONE, office.a.id))
    today = clock.now().date()
    ungraded = services.settings.load().grade_intervals_days["B"]  # planned as B until graded
    assert _customer(services, first.customer_id).next_follow_up_date == today + dt.timedelta(
        days=ungraded
    )
    # Overdue by now; the return visit re-plans from the visit.
    services.reception.check_out(office.reception, first.visit_id)
    clock.advance(days=20)
    services.reception.register_visit(
        office.reception, form(PHONE, office.a.id, expected_customer_id=first.customer_id)
    )
    later = clock.now().date()
    assert _customer(services, first.customer_id).next_follow_up_date == later + dt.timedelta(
        days=ungraded
    )
