"""GradingService on a real database: the suggestion from stored facts, recorded changes."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from app.domain.clock import FixedClock
from app.domain.enums import Grade, UnitStatus
from app.domain.errors import PermissionDenied, ValidationError
from app.models import AuditEntry, GradeChange, Setting, Unit
from app.services.container import Services
from tests.test_follow_up_support import add_customer, add_units, get_customer, make_office

AVAILABLE = UnitStatus.AVAILABLE.value


@pytest.fixture
def office(services: Services):  # type: ignore[no-untyped-def]
    office = make_office(services)
    add_units(
        services,
        office,
        [
            ("三室两厅两卫", "100", "3000000", AVAILABLE),
            ("三室两厅一卫", "95", "2500000", UnitStatus.SUBSCRIBED.value),
            ("两室两厅", "80", "1800000", AVAILABLE),
            ("四室两厅", "140", "4200000", AVAILABLE),
        ],
    )
    return office


def _hot_customer(services: Services, office, **kw) -> int:  # type: ignore[no-untyped-def]
    fields = dict(
        owner_id=office.c1.id,
        wanted_layout="三室",
        wanted_area_min=Decimal("90"),
        wanted_area_max=Decimal("110"),
        budget_total=Decimal("2600000"),
        decision_months=1,
        visit_count=2,
        asked_price=True,
        grade="B",
    )
    fields.update(kw)
    return add_customer(services, office, **fields)


def test_suggestion_uses_the_cheapest_available_fitting_unit(services: Services, office) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office)
    s = services.grading.suggest(cid)
    # The 2.5M three-room unit is subscribed: the cheapest available fit is 3M, and a
    # 2.6M budget falls short of it.
    assert s.facts.cheapest_fit_price == Decimal("3000000.00")
    assert s.grade is Grade.C
    with services.db.write() as sess:
        sess.execute(
            update(Unit).where(Unit.status == UnitStatus.SUBSCRIBED.value).values(status=AVAILABLE)
        )
    s = services.grading.suggest(cid)
    assert s.facts.cheapest_fit_price == Decimal("2500000.00")
    assert s.grade is Grade.A


def test_suggestion_reads_the_latest_follow_ups(
    services: Services, office, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office, budget_total=Decimal("3100000"))
    assert services.grading.suggest(cid).grade is Grade.A
    for _ in range(3):
        services.follow_ups.complete(office.c1, cid, "phone", "打电话", "无人接听", False)
        clock.advance(hours=1)
    s = services.grading.suggest(cid)
    assert s.facts.recent_reached == (False, False, False)
    assert s.grade is Grade.D


def test_stored_criteria_are_used(services: Services, office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(
        services, office, budget_total=Decimal("3100000"), visit_count=1, asked_price=False
    )
    assert services.grading.suggest(cid).grade is Grade.B
    with services.db.write() as s:
        s.add(
            Setting(
                key="grading_criteria",
                value=json.dumps({"a_min_visits": 1}),
                updated_at=clock.now(),
            )
        )
    assert services.grading.suggest(cid).grade is Grade.A


def test_override_needs_a_reason_and_is_recorded(
    services: Services, office, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office)  # suggestion C
    with pytest.raises(ValidationError) as err:
        services.grading.set_grade(office.c1, cid, "A")
    assert "grade_reason" in err.value.field_errors
    assert get_customer(services, cid).grade == "B"

    change = services.grading.set_grade(office.c1, cid, "A", "客户说下周带家人来定")
    assert change.changed
    assert (change.old_grade, change.new_grade, change.suggested_grade) == (
        Grade.B,
        Grade.A,
        Grade.C,
    )
    with services.db.read() as s:
        row = s.scalars(select(GradeChange).where(GradeChange.customer_id == cid)).one()
        assert (row.old_grade, row.new_grade, row.suggested_grade) == ("B", "A", "C")
        assert row.reason == "客户说下周带家人来定"
        assert row.by_user_id == office.c1.id
        assert row.at == clock.now()
        audit = s.scalars(select(AuditEntry).where(AuditEntry.action == "grade.change")).one()
        assert audit.customer_id == cid
    # Re-planned from the last contact (created today) with the A interval: 2 days.
    assert get_customer(services, cid).next_follow_up_date == clock.now().date() + dt.timedelta(
        days=2
    )
    history = services.grading.history(office.manager, cid)
    assert [h.new_grade for h in history] == [Grade.A]


def test_confirming_the_suggestion_needs_no_reason(services: Services, office) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office)
    change = services.grading.set_grade(office.c1, cid, "c")
    assert change.new_grade is Grade.C and change.reason is None
    again = services.grading.set_grade(office.c1, cid, Grade.C)
    assert not again.changed
    assert len(services.grading.history(office.c1, cid)) == 1


def test_grade_change_keeps_a_date_the_consultant_picked(
    services: Services, office, clock: FixedClock
) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office)
    picked = clock.now().date() + dt.timedelta(days=10)
    services.follow_ups.complete(office.c1, cid, "wechat", "发了户型图", "客户在考虑", True, picked)
    services.grading.set_grade(office.c1, cid, "C")
    assert get_customer(services, cid).next_follow_up_date == picked
    # A date given with the change wins.
    chosen = clock.now().date() + dt.timedelta(days=1)
    services.grading.set_grade(office.c1, cid, "A", "复访", next_date=chosen)
    assert get_customer(services, cid).next_follow_up_date == chosen


def test_replanning_is_never_in_the_past(services: Services, office, clock: FixedClock) -> None:  # type: ignore[no-untyped-def]
    old = clock.now() - dt.timedelta(days=20)
    cid = _hot_customer(services, office, created_at=old, last_visit_at=old, grade="D")
    services.grading.set_grade(office.c1, cid, "A", "电话里说很急")
    assert get_customer(services, cid).next_follow_up_date == clock.now().date()


def test_only_owner_or_manager_grades(services: Services, office) -> None:  # type: ignore[no-untyped-def]
    cid = _hot_customer(services, office)
    with pytest.raises(PermissionDenied):
        services.grading.set_grade(office.c2, cid, "C")
    with pytest.raises(PermissionDenied):
        services.grading.set_grade(office.reception, cid, "C")
    assert services.grading.set_grade(office.manager, cid, "C").changed
