"""FollowUpService on a real database: completing a follow-up, "My day", callbacks."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from app.domain.clock import FixedClock
from app.domain.enums import DealStatus, FollowUpKind, Grade, Role, Stage, UnitStatus
from app.domain.errors import ConflictError, PermissionDenied, ValidationError
from app.domain.follow_up import PostSaleEvent
from app.models import Deal, FollowUp, GradeChange, Unit
from app.services.container import Services
from app.services.follow_up_service import create_post_sale_callbacks
from tests.test_follow_up_support import (
    Office,
    add_customer,
    add_units,
    add_user,
    get_customer,
    make_office,
)


@pytest.fixture
def office(services: Services) -> Office:
    return make_office(services)


def _count(services: Services, model: type, *where: object) -> int:
    with services.db.read() as s:
        return int(s.scalar(select(func.count()).select_from(model).where(*where)) or 0)  # type: ignore[arg-type]


# --- complete -------------------------------------------------------------------------


def test_reached_follow_up_renews_protection(
    services: Services, office: Office, clock: FixedClock
) -> None:
    visit = clock.now() - dt.timedelta(days=25)
    cid = add_customer(
        services, office, owner_id=office.c1.id, grade="B", last_visit_at=visit,
        protected_until=visit + dt.timedelta(days=30), owner_since=visit - dt.timedelta(days=40),
    )  # fmt: skip
    clock.advance(hours=2)
    now = clock.now()
    r = services.follow_ups.complete(office.c1, cid, "phone", "介绍新开楼栋", "约周六来看", True)
    assert r.reached and r.kind is FollowUpKind.REGULAR
    assert r.protected_until == now + dt.timedelta(days=30)
    assert r.next_follow_up_date == now.date() + dt.timedelta(days=5)
    c = get_customer(services, cid)
    assert c.last_effective_follow_up_at == now
    assert c.protected_until == now + dt.timedelta(days=30)
    assert c.next_follow_up_date == now.date() + dt.timedelta(days=5)
    with services.db.read() as s:
        f = s.get(FollowUp, r.follow_up_id)
        assert f is not None
        assert (f.channel, f.content, f.outcome, f.reached) == (
            "phone",
            "介绍新开楼栋",
            "约周六来看",
            True,
        )
        assert f.done_at == now and f.due_date is None and f.next_date is None
        assert f.assignee_id == office.c1.id


def test_unreached_follow_up_does_not_renew_protection(
    services: Services, office: Office, clock: FixedClock
) -> None:
    until = clock.now() + dt.timedelta(days=2)
    cid = add_customer(services, office, owner_id=office.c1.id, grade="A", protected_until=until)
    r = services.follow_ups.complete(office.c1, cid, "phone", "回访", "未接听", False)
    assert r.protected_until == until
    c = get_customer(services, cid)
    assert c.protected_until == until and c.last_effective_follow_up_at is None
    assert c.next_follow_up_date == clock.now().date() + dt.timedelta(days=2)


def test_lead_gets_lead_protection(services: Services, office: Office, clock: FixedClock) -> None:
    cid = add_customer(
        services, office, owner_id=office.c1.id, stage=Stage.LEAD.value, visit_count=0
    )
    r = services.follow_ups.complete(office.c1, cid, "wechat", "发了资料", "有兴趣", True)
    assert r.protected_until == clock.now() + dt.timedelta(days=7)


def test_chosen_next_date_and_grade_change_in_one_go(
    services: Services, office: Office, clock: FixedClock
) -> None:
    cid = add_customer(services, office, owner_id=office.c1.id, grade="C")
    picked = clock.now().date() + dt.timedelta(days=9)
    r = services.follow_ups.complete(
        office.c1, cid, "face", "样板间面谈", "预算提高", True, picked, "A", "预算提高、下周交定金"
    )
    assert r.grade is Grade.A and r.grade_changed
    assert r.next_follow_up_date == picked
    with services.db.read() as s:
        assert s.scalar(select(FollowUp.next_date).where(FollowUp.id == r.follow_up_id)) == picked
        change = s.scalars(select(GradeChange).where(GradeChange.customer_id == cid)).one()
        assert (change.old_grade, change.new_grade, change.reason) == (
            "C",
            "A",
            "预算提高、下周交定金",
        )


def test_new_grade_without_reason_rolls_everything_back(
    services: Services, office: Office, clock: FixedClock
) -> None:
    cid = add_customer(services, office, owner_id=office.c1.id, grade="C")
    before = get_customer(services, cid)
    with pytest.raises(ValidationError):
        services.follow_ups.complete(office.c1, cid, "phone", "电话", "很感兴趣", True, None, "A")
    after = get_customer(services, cid)
    assert _count(services, FollowUp, FollowUp.customer_id == cid) == 0
    assert _count(services, GradeChange, GradeChange.customer_id == cid) == 0
    assert (after.grade, after.protected_until, after.last_effective_follow_up_at) == (
        before.grade, before.protected_until, before.last_effective_follow_up_at,
    )  # fmt: skip


def test_validation(services: Services, office: Office, clock: FixedClock) -> None:
    cid = add_customer(services, office, owner_id=office.c1.id)
    with pytest.raises(ValidationError) as err:
        services.follow_ups.complete(
            office.c1,
            cid,
            "pigeon",
            " ",
            None,
            True,
            clock.now().date() - dt.timedelta(days=1),
            "E",
        )
    assert set(err.value.field_errors) == {"channel", "content", "next_date", "grade"}


def test_permissions(services: Services, office: Office) -> None:
    mine = add_customer(services, office, owner_id=office.c1.id)
    pooled = add_customer(services, office, owner_id=None, in_public_pool=True)
    with pytest.raises(PermissionDenied):
        services.follow_ups.complete(office.c2, mine, "phone", "x", None, True)
    with pytest.raises(PermissionDenied, match="公共池"):
        services.follow_ups.complete(office.c1, pooled, "phone", "x", None, True)
    with pytest.raises(PermissionDenied):
        services.follow_ups.complete(office.reception, mine, "phone", "x", None, True)
    assert services.follow_ups.complete(
        office.manager, mine, "phone", "经理回访", None, True
    ).reached


def test_birthday_greeting_needs_marketing_consent(services: Services, office: Office) -> None:
    no = add_customer(services, office, owner_id=office.c1.id)
    yes = add_customer(services, office, owner_id=office.c1.id, consent_marketing=True)
    with pytest.raises(ValidationError, match="营销"):
        services.follow_ups.complete(
            office.c1, no, "sms", "生日快乐", None, True, kind=FollowUpKind.BIRTHDAY
        )
    r = services.follow_ups.complete(
        office.c1, yes, "sms", "生日快乐", None, True, kind=FollowUpKind.BIRTHDAY
    )
    assert r.kind is FollowUpKind.BIRTHDAY


# --- post-sale callbacks ------------------------------------------------------------------


def _deal(services: Services, office: Office, customer_id: int) -> int:
    add_units(services, office, [("三室两厅", "100", "3000000", UnitStatus.SUBSCRIBED.value)])
    with services.db.write() as s:
        unit_id = s.scalar(select(Unit.id).order_by(Unit.id.desc()).limit(1))
        d = Deal(
            project_id=office.project_id, customer_id=customer_id, unit_id=unit_id,
            consultant_id=office.c1.id, status=DealStatus.SUBSCRIBED.value,
            list_price=Decimal("3000000"), created_at=services.clock.now(),
        )  # fmt: skip
        s.add(d)
        s.flush()
        return d.id


def test_post_sale_callbacks(services: Services, office: Office, clock: FixedClock) -> None:
    cid = add_customer(services, office, owner_id=office.c1.id, stage=Stage.SUBSCRIBED.value)
    deal_id = _deal(services, office, cid)
    sub_at = dt.datetime(2027, 11, 30, 15, 0)
    with services.db.write() as s:
        deal = s.get(Deal, deal_id)
        ids = create_post_sale_callbacks(s, deal, PostSaleEvent.SUBSCRIPTION, sub_at)
        assert len(ids) == 1
        assert create_post_sale_callbacks(s, deal, "subscription", sub_at) == []  # idempotent
        create_post_sale_callbacks(s, deal, "contract", sub_at + dt.timedelta(days=10))
        create_post_sale_callbacks(s, deal, PostSaleEvent.DELIVERY, sub_at)
    with services.db.read() as s:
        rows = {f.kind: f for f in s.scalars(select(FollowUp).where(FollowUp.deal_id == deal_id))}
    sub = rows[FollowUpKind.CALLBACK_SUBSCRIPTION.value]
    assert (sub.assignee_id, sub.due_date, sub.done_at) == (
        office.c1.id,
        dt.date(2027, 12, 7),
        None,
    )
    con = rows[FollowUpKind.CALLBACK_CONTRACT.value]
    assert (con.assignee_id, con.due_date) == (office.service.id, dt.date(2027, 12, 17))
    dlv = rows[FollowUpKind.CALLBACK_DELIVERY.value]
    assert dlv.due_date == dt.date(2028, 2, 29)  # 3 calendar months, clamped to the leap day
    assert dlv.assignee_id == office.service.id


def test_contract_callback_goes_to_the_least_busy_service_user(
    services: Services, office: Office
) -> None:
    second = add_user(services, "service2", Role.SERVICE, office.project_id)
    now = services.clock.now()
    deals = []
    for _ in range(2):
        cid = add_customer(services, office, owner_id=office.c1.id, stage=Stage.CONTRACTED.value)
        deals.append(_deal(services, office, cid))
    with services.db.write() as s:
        for deal_id in deals:
            create_post_sale_callbacks(s, s.get(Deal, deal_id), "contract", now)
    with services.db.read() as s:
        assignees = sorted(
            s.scalars(select(FollowUp.assignee_id).where(FollowUp.deal_id.in_(deals)))
        )
    assert assignees == sorted([office.service.id, second.id])


def test_completing_a_callback_task(services: Services, office: Office, clock: FixedClock) -> None:
    cid = add_customer(services, office, owner_id=office.c1.id, stage=Stage.CONTRACTED.value)
    deal_id = _deal(services, office, cid)
    with services.db.write() as s:
        [task_id] = create_post_sale_callbacks(s, s.get(Deal, deal_id), "contract", clock.now())
    clock.advance(days=7)
    day = services.follow_ups.my_day(office.service)
    assert [t.follow_up_id for t in day.callbacks] == [task_id]
    assert day.callbacks[0].phone.isdigit()  # the assignee sees the number to call
    with pytest.raises(PermissionDenied):
        services.follow_ups.complete(office.c2, cid, "phone", "x", None, True, task_id=task_id)
    r = services.follow_ups.complete(
        office.service, cid, "phone", "签约回访", "满意", True, task_id=task_id
    )
    assert r.follow_up_id == task_id and r.kind is FollowUpKind.CALLBACK_CONTRACT
    with pytest.raises(ConflictError):
        services.follow_ups.complete(
            office.service, cid, "phone", "again", None, True, task_id=task_id
        )
    assert services.follow_ups.my_day(office.service).counts.callbacks == 0


# --- My day -----------------------------------------------------------------------------


def _my_day_office(services: Services, office: Office, clock: FixedClock) -> dict[str, int]:
    now = clock.now()
    today = now.date()
    c1 = office.c1.id
    ids = {
        "due1": add_customer(services, office, owner_id=c1, grade="A", next_follow_up_date=today, name="甲"),
        "due2": add_customer(services, office, owner_id=c1, grade="B", next_follow_up_date=today, name="乙"),
        "late": add_customer(services, office, owner_id=c1, grade="B",
                             next_follow_up_date=today - dt.timedelta(days=4), name="丙"),
        "later": add_customer(services, office, owner_id=c1, grade="C",
                              next_follow_up_date=today - dt.timedelta(days=11), name="丁"),
        "future": add_customer(services, office, owner_id=c1, next_follow_up_date=today + dt.timedelta(days=1)),
        "lost": add_customer(services, office, owner_id=c1, stage=Stage.LOST.value,
                             next_follow_up_date=today - dt.timedelta(days=30)),
        "bday": add_customer(services, office, owner_id=c1, consent_marketing=True,
                             birthday=dt.date(1980, today.month, today.day)),
        "bday_no_consent": add_customer(services, office, owner_id=c1, consent_marketing=False,
                                        birthday=dt.date(1980, today.month, today.day)),
        "lapsing": add_customer(services, office, owner_id=c1, protected_until=now + dt.timedelta(days=2, hours=1)),
        "safe": add_customer(services, office, owner_id=c1, protected_until=now + dt.timedelta(days=3, hours=1)),
        "locked": add_customer(services, office, owner_id=c1, locked=True, protected_until=now + dt.timedelta(days=1)),
        "bought": add_customer(services, office, owner_id=c1, stage=Stage.SUBSCRIBED.value,
                               protected_until=now + dt.timedelta(days=1)),
        "other": add_customer(services, office, owner_id=office.c2.id, next_follow_up_date=today - dt.timedelta(days=1)),
    }  # fmt: skip
    with services.db.write() as s:
        s.add_all(
            [
                FollowUp(customer_id=ids["bought"], assignee_id=c1,
                         kind=FollowUpKind.CALLBACK_SUBSCRIPTION.value,
                         due_date=today - dt.timedelta(days=1), created_at=now),
                FollowUp(customer_id=ids["due1"], assignee_id=c1,
                         kind=FollowUpKind.INTRODUCE_CONSULTANT.value, due_date=today, created_at=now),
                # An introduce task for a customer no longer c1's does not show.
                FollowUp(customer_id=ids["other"], assignee_id=c1,
                         kind=FollowUpKind.INTRODUCE_CONSULTANT.value, due_date=today, created_at=now),
                # Not due yet.
                FollowUp(customer_id=ids["bought"], assignee_id=c1,
                         kind=FollowUpKind.CALLBACK_CONTRACT.value,
                         due_date=today + dt.timedelta(days=3), created_at=now),
            ]
        )  # fmt: skip
    return ids


def test_my_day_for_a_consultant(services: Services, office: Office, clock: FixedClock) -> None:
    ids = _my_day_office(services, office, clock)
    day = services.follow_ups.my_day(office.c1)
    assert day.consultant_id == office.c1.id
    assert [c.customer_id for c in day.due_today] == [ids["due1"], ids["due2"]]
    assert [(c.customer_id, c.days_overdue) for c in day.overdue] == [
        (ids["later"], 11),
        (ids["late"], 4),
    ]
    assert [c.customer_id for c in day.birthdays] == [ids["bday"]]
    assert [c.customer_id for c in day.lapsing] == [ids["lapsing"]]
    assert day.lapsing[0].days_to_lapse == 3
    assert [t.kind for t in day.callbacks] == [FollowUpKind.CALLBACK_SUBSCRIPTION]
    assert day.callbacks[0].days_overdue == 1
    assert [(t.kind, t.customer_id) for t in day.tasks] == [
        (FollowUpKind.INTRODUCE_CONSULTANT, ids["due1"])
    ]
    c = day.counts
    assert (c.due_today, c.overdue, c.max_days_overdue, c.birthdays, c.lapsing, c.callbacks, c.tasks) == (
        2, 2, 11, 1, 1, 1, 1,
    )  # fmt: skip
    assert day.due_today[0].phone.isdigit()  # own customer: full phone
    assert day.per_consultant == ()


def test_my_day_lists_are_capped_but_counts_exact(
    services: Services, office: Office, clock: FixedClock
) -> None:
    _my_day_office(services, office, clock)
    day = services.follow_ups.my_day(office.c1, limit=1)
    assert len(day.overdue) == 1 and day.counts.overdue == 2


def test_my_day_for_the_manager(services: Services, office: Office, clock: FixedClock) -> None:
    ids = _my_day_office(services, office, clock)
    counts_only = services.follow_ups.my_day(office.manager)
    assert counts_only.overdue == () and counts_only.counts.overdue == 3
    team = services.follow_ups.my_day(office.manager, team_lists=True)
    assert team.consultant_id is None
    per = {d.consultant_id: d.counts for d in team.per_consultant}
    assert set(per) == {office.c1.id, office.c2.id, office.consultants[2].id, office.service.id}
    assert per[office.c1.id].overdue == 2
    assert per[office.c2.id].overdue == 1
    assert team.counts.overdue == 3
    assert team.counts.due_today == 2
    assert {c.consultant_name for c in team.overdue} == {"C1", "C2"}
    assert team.overdue[0].customer_id == ids["later"]
    one = services.follow_ups.my_day(office.manager, consultant_id=office.c2.id)
    assert one.consultant_id == office.c2.id
    assert [c.customer_id for c in one.overdue] == [ids["other"]]
    with pytest.raises(PermissionDenied):
        services.follow_ups.my_day(office.c1, consultant_id=office.c2.id)
    with pytest.raises(PermissionDenied):
        services.follow_ups.my_day(office.reception)


def test_my_day_of_another_day(services: Services, office: Office, clock: FixedClock) -> None:
    _my_day_office(services, office, clock)
    tomorrow = clock.now().date() + dt.timedelta(days=1)
    day = services.follow_ups.my_day(office.c1, tomorrow)
    assert day.counts.due_today == 1  # "future"
    assert day.counts.overdue == 4


def test_leap_day_birthdays_on_28_february(
    services: Services, office: Office, clock: FixedClock
) -> None:
    leap = add_customer(
        services,
        office,
        owner_id=office.c1.id,
        consent_marketing=True,
        birthday=dt.date(1988, 2, 29),
    )
    feb28 = add_customer(
        services,
        office,
        owner_id=office.c1.id,
        consent_marketing=True,
        birthday=dt.date(1990, 2, 28),
    )
    common = services.follow_ups.my_day(office.c1, dt.date(2027, 2, 28))
    assert {c.customer_id for c in common.birthdays} == {leap, feb28}
    leap_year = services.follow_ups.my_day(office.c1, dt.date(2028, 2, 28))
    assert {c.customer_id for c in leap_year.birthdays} == {feb28}
    assert {
        c.customer_id for c in services.follow_ups.my_day(office.c1, dt.date(2028, 2, 29)).birthdays
    } == {leap}


def test_open_tasks_of_a_customer(services: Services, office: Office, clock: FixedClock) -> None:
    ids = _my_day_office(services, office, clock)
    tasks = services.follow_ups.open_tasks(office.c1, ids["bought"])
    assert [t.kind for t in tasks] == [
        FollowUpKind.CALLBACK_SUBSCRIPTION,
        FollowUpKind.CALLBACK_CONTRACT,
    ]
