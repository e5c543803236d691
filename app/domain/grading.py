"""Intent grading (意向分级, SPEC §5): suggest A/B/C/D from the recorded facts.

The rule is pure and explains itself: ``suggest_grade`` returns the grade together with
the reasons (Chinese, for the dialog) that led to it. The thresholds are a manager's
settings (``GradingCriteria``); the wording of each grade is ``AppSettings.grade_wording``.

The rule, in order:

1. **D, not reachable**: the last ``unreached_for_d`` follow-ups all failed to reach the
   customer.
2. **D, not qualified**: the budget is below ``d_budget_ratio_percent`` % of the cheapest
   available unit that fits the wanted layout and area.
3. **A**: needs match (a fitting available unit exists), budget matches (at least the
   cheapest fitting unit, less ``budget_tolerance_percent`` %), decision within
   ``a_decision_months`` (or deposit intent), and revisited (``a_min_visits``) or asked
   the price / a unit, or has deposit intent.
4. **B**: needs match, no budget gap (budget unknown is no gap), decision within
   ``b_decision_months`` (or deposit intent).
5. **C**: everything else: vague needs, no fitting unit, a budget gap, a decision beyond
   ``b_decision_months`` or not known.
6. Then, if the last ``unreached_downgrade`` follow-ups all failed to reach the customer,
   the grade drops by one (A→B, B→C, C→D).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from app.domain.enums import Grade

GRADE_ORDER: tuple[Grade, ...] = (Grade.A, Grade.B, Grade.C, Grade.D)


@dataclass(frozen=True, slots=True)
class GradingCriteria:
    """Thresholds of the grade suggestion; every default is SPEC §5's table.

    Stored as one settings value (a JSON object); see ``from_mapping``/``to_mapping``.
    """

    #: A: decision within this many months.
    a_decision_months: int = 1
    #: A: "revisited" means at least this many visits.
    a_min_visits: int = 2
    #: B: decision within this many months; beyond it (or unknown) is C.
    b_decision_months: int = 3
    #: A budget this many percent below the cheapest fitting unit still matches.
    budget_tolerance_percent: int = 5
    #: A budget below this percentage of the cheapest fitting unit is "not qualified" (D).
    d_budget_ratio_percent: int = 50
    #: The last N follow-ups all unreached: D. 0 switches the rule off.
    unreached_for_d: int = 3
    #: The last N follow-ups all unreached: one grade lower. 0 switches the rule off.
    unreached_downgrade: int = 2

    @classmethod
    def from_mapping(cls, values: Mapping[str, Any] | None) -> GradingCriteria:
        names = {f.name for f in dataclasses.fields(cls)}
        return cls(**{k: int(v) for k, v in (values or {}).items() if k in names})

    def to_mapping(self) -> dict[str, int]:
        return dataclasses.asdict(self)

    @property
    def history_needed(self) -> int:
        """How many of the latest follow-ups the rule looks at."""
        return max(self.unreached_for_d, self.unreached_downgrade, 0)


def criteria_from_settings(settings: object) -> GradingCriteria:
    """The criteria held by ``AppSettings.grading_criteria``.

    Accepts a ``GradingCriteria``, a mapping (the stored JSON), or nothing (defaults).
    """
    value = getattr(settings, "grading_criteria", None)
    if isinstance(value, GradingCriteria):
        return value
    if isinstance(value, Mapping):
        return GradingCriteria.from_mapping(value)
    return GradingCriteria()


@dataclass(frozen=True, slots=True)
class GradingFacts:
    """What is recorded about a customer that bears on intent."""

    visit_count: int = 0
    decision_months: int | None = None
    budget_total: Decimal | None = None
    #: The wanted layout or area range is recorded (otherwise the needs are vague).
    needs_known: bool = False
    #: Price of the cheapest AVAILABLE unit fitting the wanted layout and area; None if
    #: no available unit fits (or the needs are unknown).
    cheapest_fit_price: Decimal | None = None
    asked_price: bool = False
    deposit_intent: bool = False
    #: Reached or not on the latest completed follow-ups, newest first.
    recent_reached: tuple[bool, ...] = ()


@dataclass(frozen=True, slots=True)
class GradeSuggestion:
    grade: Grade
    #: Why, in the consultant's words, one short Chinese sentence each.
    reasons: tuple[str, ...]
    facts: GradingFacts


def _yuan(amount: Decimal) -> str:
    if amount >= 10_000:
        return f"{(amount / 10_000).quantize(Decimal('0.1'))} 万元"
    return f"{amount.quantize(Decimal('1'))} 元"


def _all_unreached(recent: Sequence[bool], n: int) -> bool:
    return n > 0 and len(recent) >= n and not any(recent[:n])


def lower_grade(grade: Grade) -> Grade:
    i = GRADE_ORDER.index(grade)
    return GRADE_ORDER[min(i + 1, len(GRADE_ORDER) - 1)]


def suggest_grade(facts: GradingFacts, criteria: GradingCriteria | None = None) -> GradeSuggestion:
    """The suggested grade and the reasons for it (see the module docstring)."""
    c = criteria or GradingCriteria()
    reasons: list[str] = []

    if _all_unreached(facts.recent_reached, c.unreached_for_d):
        reasons.append(f"最近 {c.unreached_for_d} 次跟进均未联系上")
        return GradeSuggestion(Grade.D, tuple(reasons), facts)

    budget = facts.budget_total
    cheapest = facts.cheapest_fit_price
    budget_gap = False
    budget_match = False
    if budget is not None and cheapest is not None and cheapest > 0:
        if budget * 100 < cheapest * c.d_budget_ratio_percent:
            reasons.append(
                f"预算 {_yuan(budget)} 不足最低匹配房源总价 {_yuan(cheapest)} 的 "
                f"{c.d_budget_ratio_percent}%"
            )
            return GradeSuggestion(Grade.D, tuple(reasons), facts)
        budget_match = budget * 100 >= cheapest * (100 - c.budget_tolerance_percent)
        budget_gap = not budget_match
        if budget_match:
            reasons.append(f"预算 {_yuan(budget)} 够买最低匹配房源（{_yuan(cheapest)}）")
        else:
            reasons.append(f"预算 {_yuan(budget)} 低于最低匹配房源总价 {_yuan(cheapest)}")

    if not facts.needs_known:
        needs_match = False
        reasons.append("需求（户型、面积）不明确")
    elif cheapest is None:
        needs_match = False
        reasons.append("没有符合意向户型和面积的可售房源")
    else:
        needs_match = True
        reasons.append("有符合意向户型和面积的可售房源")

    months = facts.decision_months
    if facts.deposit_intent:
        reasons.append("有交定金意向")
    if months is not None:
        reasons.append(f"预计 {months} 个月内决策")
    else:
        reasons.append("决策时间不明")
    soon_a = facts.deposit_intent or (months is not None and months <= c.a_decision_months)
    soon_b = facts.deposit_intent or (months is not None and months <= c.b_decision_months)

    hot = facts.visit_count >= c.a_min_visits or facts.asked_price or facts.deposit_intent
    if facts.visit_count >= c.a_min_visits:
        reasons.append(f"已来访 {facts.visit_count} 次")
    if facts.asked_price:
        reasons.append("已询价或问房")

    if needs_match and budget_match and soon_a and hot:
        grade = Grade.A
    elif needs_match and not budget_gap and soon_b:
        grade = Grade.B
    else:
        grade = Grade.C

    if _all_unreached(facts.recent_reached, c.unreached_downgrade):
        lowered = lower_grade(grade)
        if lowered != grade:
            reasons.append(f"最近 {c.unreached_downgrade} 次跟进未联系上，降一级")
            grade = lowered
    return GradeSuggestion(grade, tuple(reasons), facts)


# --- which units fit the wanted layout --------------------------------------------

_NUMERALS = {
    "零": "0", "一": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5",
    "六": "6", "七": "7", "八": "8", "九": "9",
}  # fmt: skip
_FULL_WIDTH = str.maketrans("０１２３４５６７８９", "0123456789")
_ROOM_WORDS = str.maketrans({"房": "室", "居": "室"})


def normalize_layout(layout: str | None) -> str:
    """``"三室两厅两卫"``, ``"3室2厅"``, ``"三房两厅"`` → ``"3室2厅..."``: digits, 室 for rooms."""
    if not layout:
        return ""
    text = re.sub(r"\s+", "", layout).translate(_FULL_WIDTH).translate(_ROOM_WORDS)
    return "".join(_NUMERALS.get(ch, ch) for ch in text)


def layout_fits(wanted: str | None, layout: str) -> bool:
    """Does a unit of ``layout`` fit a customer who wants ``wanted``?

    The wanted layout is a prefix of the unit's: "三室" fits "三室两厅两卫", and so does
    "三室两厅"; "三室两厅两卫" does not fit "三室两厅一卫". No wanted layout fits every unit.
    """
    want = normalize_layout(wanted)
    return not want or normalize_layout(layout).startswith(want)


def area_fits(area: Decimal, wanted_min: Decimal | None, wanted_max: Decimal | None) -> bool:
    return (wanted_min is None or area >= wanted_min) and (wanted_max is None or area <= wanted_max)


def cheapest_fitting_price(
    units: Sequence[tuple[str, Decimal, Decimal]],
    wanted_layout: str | None,
    wanted_area_min: Decimal | None,
    wanted_area_max: Decimal | None,
) -> Decimal | None:
    """The lowest list price among ``(layout, building_area, list_price)`` that fit."""
    prices = [
        price
        for layout, area, price in units
        if layout_fits(wanted_layout, layout) and area_fits(area, wanted_area_min, wanted_area_max)
    ]
    return min(prices) if prices else None
