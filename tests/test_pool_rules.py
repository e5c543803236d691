"""Protection, lapse and warning dates, caps and quotas, even spreading (pure)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import ownership
from app.domain.pool import (
    PoolLimitError,
    check_claim_allowed,
    days_to_lapse,
    in_warning_period,
    is_lapsed,
    spread_evenly,
    warning_starts,
)
from app.domain.settings import AppSettings

S = AppSettings()


def facts(last: dt.datetime, visits: int = 1) -> ownership.OwnershipFacts:
    return ownership.OwnershipFacts(
        owner_id=1, owner_since=None, locked=False, in_public_pool=False, visit_count=visits,
        last_visit_at=None, last_effective_follow_up_at=last, registration_complete=True,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("last", "visits", "until", "warn_from"),
    [
        # 30 days after 2028-01-30 is the leap day; the warning starts 3 days before.
        (dt.datetime(2028, 1, 30, 9), 1, dt.datetime(2028, 2, 29, 9), dt.datetime(2028, 2, 26, 9)),
        # Same dates in a common year run into March.
        (dt.datetime(2027, 1, 30, 9), 1, dt.datetime(2027, 3, 1, 9), dt.datetime(2027, 2, 26, 9)),
        # Month end to month end, across the year.
        (
            dt.datetime(2026, 12, 31, 18),
            1,
            dt.datetime(2027, 1, 30, 18),
            dt.datetime(2027, 1, 27, 18),
        ),
        # A lead that never visited: 7 days, across the leap day.
        (
            dt.datetime(2028, 2, 25, 10),
            0,
            dt.datetime(2028, 3, 3, 10),
            dt.datetime(2028, 2, 29, 10),
        ),
        (dt.datetime(2027, 2, 25, 10), 0, dt.datetime(2027, 3, 4, 10), dt.datetime(2027, 3, 1, 10)),
    ],
)
def test_lapse_and_warning_dates(
    last: dt.datetime, visits: int, until: dt.datetime, warn_from: dt.datetime
) -> None:
    got = ownership.protection_until(facts(last, visits), S)
    assert got == until
    assert warning_starts(got, S.lapse_warning_days) == warn_from
    second = dt.timedelta(seconds=1)
    assert not in_warning_period(got, warn_from - second, 3, locked=False)
    assert in_warning_period(got, warn_from, 3, locked=False)
    assert in_warning_period(got, until - second, 3, locked=False)
    assert not in_warning_period(got, until, 3, locked=False)
    assert not is_lapsed(got, until - second, locked=False)
    assert is_lapsed(got, until, locked=False)
    assert not is_lapsed(got, until + dt.timedelta(days=400), locked=True)
    assert not in_warning_period(got, warn_from, 3, locked=True)


def test_no_protection_date_never_lapses_by_the_job() -> None:
    assert not is_lapsed(None, dt.datetime(2030, 1, 1), locked=False)
    assert not in_warning_period(None, dt.datetime(2030, 1, 1), 3, locked=False)


def test_days_to_lapse_rounds_up() -> None:
    until = dt.datetime(2028, 2, 29, 9)
    assert days_to_lapse(until, dt.datetime(2028, 2, 26, 9)) == 3
    assert days_to_lapse(until, dt.datetime(2028, 2, 26, 9, 1)) == 3
    assert days_to_lapse(until, dt.datetime(2028, 2, 28, 9, 1)) == 1
    assert days_to_lapse(until, until) == 0


@given(
    st.datetimes(dt.datetime(2000, 1, 1), dt.datetime(2090, 1, 1)),
    st.integers(1, 90),
    st.integers(0, 10),
    st.integers(-200, 200),
)
def test_warning_always_precedes_lapse(
    last: dt.datetime, days: int, warning: int, offset_hours: int
) -> None:
    settings = AppSettings(protection_days=days, lapse_warning_days=warning)
    until = ownership.protection_until(facts(last), settings)
    assert until is not None
    now = until + dt.timedelta(hours=offset_hours)
    # Never both warned and lapsed; lapsed exactly from ``until`` on.
    assert not (
        in_warning_period(until, now, warning, locked=False) and is_lapsed(until, now, locked=False)
    )
    assert is_lapsed(until, now, locked=False) == (now >= until)
    if warning and until - dt.timedelta(days=warning) <= now < until:
        assert in_warning_period(until, now, warning, locked=False)


def test_cap_and_quota() -> None:
    check_claim_allowed(active_customers=199, claims_today=9, max_active=200, max_daily=10)
    with pytest.raises(PoolLimitError, match="上限 200"):
        check_claim_allowed(active_customers=200, claims_today=0, max_active=200, max_daily=10)
    with pytest.raises(PoolLimitError, match="每日上限 10"):
        check_claim_allowed(active_customers=0, claims_today=10, max_active=200, max_daily=10)


@given(st.integers(0, 400), st.integers(0, 30), st.integers(1, 300), st.integers(0, 20))
def test_claim_allowed_iff_below_both_limits(active: int, today: int, cap: int, quota: int) -> None:
    allowed = active < cap and today < quota
    try:
        check_claim_allowed(
            active_customers=active, claims_today=today, max_active=cap, max_daily=quota
        )
    except PoolLimitError:
        assert not allowed
    else:
        assert allowed


@given(
    st.lists(st.tuples(st.integers(1, 10**6), st.sampled_from(["A", "B", "C", "D", None])),
             unique_by=lambda t: t[0], max_size=300),
    st.lists(st.integers(1, 50), min_size=1, max_size=7, unique=True),
)  # fmt: skip
def test_spread_evenly(items: list[tuple[int, str | None]], successors: list[int]) -> None:
    plan = spread_evenly(items, successors)
    assert list(plan) == successors
    got = sorted(cid for ids in plan.values() for cid in ids)
    assert got == sorted(cid for cid, _ in items)
    sizes = [len(v) for v in plan.values()]
    assert max(sizes) - min(sizes) <= 1
    grade_of = dict(items)
    for grade in ("A", "B", "C", "D", None):
        per = [Counter(grade_of[c] for c in ids)[grade] for ids in plan.values()]
        # Each grade is spread within ±1 too (round robin over the grade-sorted list).
        assert max(per) - min(per) <= 1


def test_spread_needs_successors() -> None:
    with pytest.raises(ValueError):
        spread_evenly([(1, "A")], [])
    with pytest.raises(ValueError):
        spread_evenly([(1, "A")], [2, 2])
