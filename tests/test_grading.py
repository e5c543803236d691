"""The grade suggestion rule (pure)."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.enums import Grade
from app.domain.grading import (
    GRADE_ORDER,
    GradingCriteria,
    GradingFacts,
    cheapest_fitting_price,
    criteria_from_settings,
    layout_fits,
    normalize_layout,
    suggest_grade,
)
from app.domain.settings import AppSettings

W = Decimal(10_000)


def hot(**kw: object) -> GradingFacts:
    """An A customer; tests change one fact at a time."""
    base: dict[str, object] = dict(
        visit_count=2,
        decision_months=1,
        budget_total=300 * W,
        needs_known=True,
        cheapest_fit_price=290 * W,
        asked_price=True,
        deposit_intent=False,
        recent_reached=(True,),
    )
    base.update(kw)
    return GradingFacts(**base)  # type: ignore[arg-type]


def test_a_needs_budget_decision_and_revisit_or_price() -> None:
    s = suggest_grade(hot())
    assert s.grade is Grade.A
    assert any("预算" in r for r in s.reasons)


def test_a_by_price_question_alone_or_by_revisit_alone() -> None:
    assert suggest_grade(hot(visit_count=1, asked_price=True)).grade is Grade.A
    assert suggest_grade(hot(visit_count=2, asked_price=False)).grade is Grade.A
    assert suggest_grade(hot(visit_count=1, asked_price=False)).grade is Grade.B


def test_deposit_intent_counts_as_deciding_now() -> None:
    facts = hot(decision_months=None, visit_count=1, asked_price=False, deposit_intent=True)
    assert suggest_grade(facts).grade is Grade.A


def test_b_within_three_months() -> None:
    assert suggest_grade(hot(decision_months=3)).grade is Grade.B
    assert suggest_grade(hot(decision_months=2, budget_total=None)).grade is Grade.B


def test_c_beyond_three_months_or_unknown() -> None:
    assert suggest_grade(hot(decision_months=4)).grade is Grade.C
    assert suggest_grade(hot(decision_months=None)).grade is Grade.C


def test_c_vague_needs_or_no_fitting_unit_or_budget_gap() -> None:
    assert suggest_grade(hot(needs_known=False, cheapest_fit_price=None)).grade is Grade.C
    s = suggest_grade(hot(cheapest_fit_price=None))
    assert s.grade is Grade.C
    assert "没有符合意向户型和面积的可售房源" in s.reasons
    assert suggest_grade(hot(budget_total=250 * W)).grade is Grade.C


def test_budget_tolerance() -> None:
    # 5 % below the cheapest still matches; 6 % does not.
    assert (
        suggest_grade(hot(budget_total=Decimal(950_000), cheapest_fit_price=100 * W)).grade
        is Grade.A
    )
    assert (
        suggest_grade(hot(budget_total=Decimal(940_000), cheapest_fit_price=100 * W)).grade
        is Grade.C
    )


def test_d_not_qualified_budget_far_below() -> None:
    s = suggest_grade(hot(budget_total=140 * W))
    assert s.grade is Grade.D
    assert "50%" in s.reasons[0]


def test_d_when_never_reached_lately() -> None:
    s = suggest_grade(hot(recent_reached=(False, False, False, True)))
    assert s.grade is Grade.D
    assert s.reasons == ("最近 3 次跟进均未联系上",)


def test_two_unreached_lower_one_grade() -> None:
    assert suggest_grade(hot(recent_reached=(False, False))).grade is Grade.B
    assert suggest_grade(hot(recent_reached=(False, True, False))).grade is Grade.A


def test_criteria_are_settings() -> None:
    strict = GradingCriteria(a_min_visits=3, unreached_downgrade=0)
    assert suggest_grade(hot(asked_price=False), strict).grade is Grade.B
    assert suggest_grade(hot(recent_reached=(False, False)), strict).grade is Grade.A
    assert GradingCriteria.from_mapping(strict.to_mapping()) == strict
    assert GradingCriteria.from_mapping({"a_min_visits": "4", "unknown": 1}).a_min_visits == 4


def test_criteria_from_settings_before_and_after_the_field_exists() -> None:
    assert criteria_from_settings(AppSettings()) == GradingCriteria()

    class WithField:
        grading_criteria = {"b_decision_months": 6}

    assert criteria_from_settings(WithField()).b_decision_months == 6


@pytest.mark.parametrize(
    ("wanted", "layout", "fits"),
    [
        ("三室两厅", "三室两厅两卫", True),
        ("三室", "三室两厅两卫", True),
        ("3室2厅", "三室两厅一卫", True),
        ("三房两厅", "3室2厅", True),
        ("三室两厅两卫", "三室两厅一卫", False),
        ("四室", "三室两厅", False),
        (None, "一室一厅", True),
        (" 两室 ", "2室1厅", True),
    ],
)
def test_layout_fits(wanted: str | None, layout: str, fits: bool) -> None:
    assert layout_fits(wanted, layout) is fits


def test_normalize_layout() -> None:
    assert normalize_layout("三室 两厅 两卫") == "3室2厅2卫"
    assert normalize_layout("３房２厅") == "3室2厅"


def test_cheapest_fitting_price() -> None:
    units = [
        ("三室两厅两卫", Decimal("120"), Decimal("3000000")),
        ("三室两厅一卫", Decimal("98"), Decimal("2500000")),
        ("两室两厅", Decimal("89"), Decimal("1800000")),
    ]
    assert cheapest_fitting_price(units, "三室", None, None) == Decimal("2500000")
    assert cheapest_fitting_price(units, "三室", Decimal("100"), None) == Decimal("3000000")
    assert cheapest_fitting_price(units, None, Decimal("80"), Decimal("90")) == Decimal("1800000")
    assert cheapest_fitting_price(units, "四室", None, None) is None


facts_strategy = st.builds(
    GradingFacts,
    visit_count=st.integers(0, 10),
    decision_months=st.none() | st.integers(0, 36),
    budget_total=st.none() | st.integers(0, 10_000_000).map(Decimal),
    needs_known=st.booleans(),
    cheapest_fit_price=st.none() | st.integers(1, 10_000_000).map(Decimal),
    asked_price=st.booleans(),
    deposit_intent=st.booleans(),
    recent_reached=st.lists(st.booleans(), max_size=5).map(tuple),
)


@given(facts_strategy)
def test_always_a_grade_with_reasons(facts: GradingFacts) -> None:
    s = suggest_grade(facts)
    assert s.grade in GRADE_ORDER
    assert s.reasons


@given(facts_strategy)
def test_more_visits_never_lowers_the_grade(facts: GradingFacts) -> None:
    more = GradingFacts(**{**_asdict(facts), "visit_count": facts.visit_count + 1})
    assert _rank(suggest_grade(more).grade) <= _rank(suggest_grade(facts).grade)


@given(facts_strategy)
def test_a_reached_follow_up_never_lowers_the_grade(facts: GradingFacts) -> None:
    reached = GradingFacts(**{**_asdict(facts), "recent_reached": (True, *facts.recent_reached)})
    assert _rank(suggest_grade(reached).grade) <= _rank(suggest_grade(facts).grade)


@given(facts_strategy, st.integers(0, 10_000_000))
def test_a_bigger_budget_never_lowers_the_grade(facts: GradingFacts, extra: int) -> None:
    if facts.budget_total is None:
        return
    richer = GradingFacts(**{**_asdict(facts), "budget_total": facts.budget_total + extra})
    assert _rank(suggest_grade(richer).grade) <= _rank(suggest_grade(facts).grade)


@given(facts_strategy)
def test_a_needs_a_fitting_unit_within_budget(facts: GradingFacts) -> None:
    if suggest_grade(facts).grade is Grade.A:
        assert facts.needs_known and facts.cheapest_fit_price is not None
        assert facts.budget_total is not None
        assert facts.budget_total >= facts.cheapest_fit_price * Decimal("0.95")


def _rank(g: Grade) -> int:
    return GRADE_ORDER.index(g)


def _asdict(f: GradingFacts) -> dict[str, object]:
    return {name: getattr(f, name) for name in GradingFacts.__slots__}  # type: ignore[attr-defined]
