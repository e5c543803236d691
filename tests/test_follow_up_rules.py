"""Follow-up date rules (pure): next-date planning, birthdays, post-sale callbacks."""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.follow_up import (
    MyDayCounts,
    PostSaleEvent,
    add_months,
    birthday_in_year,
    birthday_month_days,
    callback_due_date,
    days_overdue,
    grade_interval_days,
    is_birthday,
    plan_next_follow_up,
    reminder_lines,
)
from app.domain.settings import AppSettings

INTERVALS = AppSettings().grade_intervals_days
dates = st.dates(dt.date(1990, 1, 1), dt.date(2100, 12, 31))


@pytest.mark.parametrize(("grade", "days"), [("A", 2), ("B", 5), ("C", 14), ("D", 30)])
def test_interval_per_grade(grade: str, days: int) -> None:
    assert plan_next_follow_up(dt.date(2026, 3, 2), grade, INTERVALS) == dt.date(
        2026, 3, 2
    ) + dt.timedelta(days)


def test_ungraded_customers_use_the_b_interval() -> None:
    assert plan_next_follow_up(dt.date(2026, 3, 2), None, INTERVALS) == dt.date(2026, 3, 7)


def test_zero_interval_means_no_plan() -> None:
    assert grade_interval_days("D", {**INTERVALS, "D": 0}) is None
    assert plan_next_follow_up(dt.date(2026, 3, 2), "D", {**INTERVALS, "D": 0}) is None


def test_consultant_choice_wins() -> None:
    chosen = dt.date(2026, 4, 1)
    assert plan_next_follow_up(dt.date(2026, 3, 2), "A", INTERVALS, chosen=chosen) == chosen


def test_never_before_today_when_replanning() -> None:
    got = plan_next_follow_up(dt.date(2026, 2, 1), "A", INTERVALS, not_before=dt.date(2026, 3, 2))
    assert got == dt.date(2026, 3, 2)


@pytest.mark.parametrize(
    ("last", "grade", "expected"),
    [
        (dt.date(2028, 2, 27), "A", dt.date(2028, 2, 29)),  # leap day
        (dt.date(2027, 2, 27), "A", dt.date(2027, 3, 1)),  # common year
        (dt.date(2026, 12, 30), "B", dt.date(2027, 1, 4)),  # year end
        (dt.date(2028, 1, 30), "D", dt.date(2028, 2, 29)),
        (dt.date(2026, 1, 31), "D", dt.date(2026, 3, 2)),
    ],
)
def test_planning_across_month_ends_and_leap_years(
    last: dt.date, grade: str, expected: dt.date
) -> None:
    assert plan_next_follow_up(last, grade, INTERVALS) == expected


@given(dates, st.sampled_from("ABCD"), dates)
def test_plan_is_after_last_contact_and_not_before(
    last: dt.date, grade: str, today: dt.date
) -> None:
    got = plan_next_follow_up(last, grade, INTERVALS, not_before=today)
    assert got is not None
    assert got > last
    assert got >= today
    assert got == max(last + dt.timedelta(days=INTERVALS[grade]), today)


def test_days_overdue() -> None:
    assert days_overdue(dt.date(2028, 2, 28), dt.date(2028, 3, 1)) == 2
    assert days_overdue(dt.date(2027, 2, 28), dt.date(2027, 3, 1)) == 1
    assert days_overdue(dt.date(2026, 3, 5), dt.date(2026, 3, 2)) == 0


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2027, 11, 30), 3, dt.date(2028, 2, 29)),
        (dt.date(2028, 11, 30), 3, dt.date(2029, 2, 28)),
        (dt.date(2026, 10, 31), 3, dt.date(2027, 1, 31)),
        (dt.date(2026, 12, 31), 3, dt.date(2027, 3, 31)),
        (dt.date(2026, 3, 31), 3, dt.date(2026, 6, 30)),
        (dt.date(2026, 3, 31), -1, dt.date(2026, 2, 28)),
    ],
)
def test_add_months_clamps_to_month_end(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


@given(dates, st.integers(-24, 24))
def test_add_months_properties(day: dt.date, months: int) -> None:
    got = add_months(day, months)
    assert (got.year * 12 + got.month) - (day.year * 12 + day.month) == months
    assert got.day == min(day.day, calendar.monthrange(got.year, got.month)[1])


def test_callback_due_dates() -> None:
    at = dt.datetime(2028, 2, 25, 15, 30)
    assert callback_due_date(PostSaleEvent.SUBSCRIPTION, at) == dt.date(2028, 3, 3)
    assert callback_due_date(PostSaleEvent.CONTRACT, at) == dt.date(2028, 3, 3)
    assert callback_due_date(PostSaleEvent.DELIVERY, dt.date(2027, 11, 30)) == dt.date(2028, 2, 29)


def test_leap_day_birthdays() -> None:
    born = dt.date(1988, 2, 29)
    assert birthday_in_year(born, 2028) == dt.date(2028, 2, 29)
    assert birthday_in_year(born, 2027) == dt.date(2027, 2, 28)
    assert is_birthday(born, dt.date(2027, 2, 28))
    assert not is_birthday(born, dt.date(2028, 2, 28))
    assert is_birthday(born, dt.date(2028, 2, 29))
    assert birthday_month_days(dt.date(2027, 2, 28)) == ((2, 28), (2, 29))
    assert birthday_month_days(dt.date(2028, 2, 28)) == ((2, 28),)
    assert not is_birthday(None, dt.date(2028, 2, 28))


@given(st.dates(dt.date(1900, 1, 1), dt.date(2020, 12, 31)), st.integers(2021, 2100))
def test_every_birthday_is_celebrated_once_a_year(born: dt.date, year: int) -> None:
    celebrated = birthday_in_year(born, year)
    assert celebrated.year == year
    assert (born.month, born.day) in birthday_month_days(celebrated)


def test_reminder_lines() -> None:
    counts = MyDayCounts(
        due_today=2, overdue=3, max_days_overdue=9, callbacks=1, lapsing=4, birthdays=1
    )
    lines = reminder_lines(counts, 3)
    assert lines[0] == "逾期未跟进 3 位客户（最久 9 天）"
    assert "今日待跟进 2 位客户" in lines
    assert "4 位客户将在 3 天内掉入公共池" in lines
    assert reminder_lines(MyDayCounts(), 3) == ()
    assert counts.total == 11
    assert (counts + counts).overdue == 6
