"""Every setting of SPEC.md with its default, in one typed object.

Stored as one JSON value per field in the ``settings`` table; a missing key falls back
to the default written here and nowhere else.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from typing import Any

from app.domain.enums import Language


def _grade_intervals() -> dict[str, int]:
    return {"A": 2, "B": 5, "C": 14, "D": 30}


def _grade_wording() -> dict[str, str]:
    return {
        "A": "高意向：预算与需求匹配，1 个月内决策，已复访或询价/问房",
        "B": "中意向：需求匹配，3 个月内决策",
        "C": "低意向：需求模糊或预算有差距，3 个月以上决策",
        "D": "无意向：无购买意向或不具备购买条件",
    }


def _required_fields() -> list[str]:
    return ["name", "gender", "phone", "channel", "wanted_area", "wanted_layout"]


def _grading_criteria() -> dict[str, int]:
    from app.domain.grading import GradingCriteria

    return GradingCriteria().to_mapping()


def _survey_weights() -> dict[str, float]:
    return {"reception": 1.0, "consultant": 1.0, "environment": 1.0, "process": 1.0}


@dataclass(slots=True)
class AppSettings:
    language: str = Language.ZH_CN.value
    protection_days: int = 30
    lead_protection_days: int = 7
    lapse_warning_days: int = 3
    required_fields: list[str] = field(default_factory=_required_fields)
    grade_intervals_days: dict[str, int] = field(default_factory=_grade_intervals)
    grade_wording: dict[str, str] = field(default_factory=_grade_wording)
    #: Thresholds of the grade suggestion (``app.domain.grading.GradingCriteria``).
    grading_criteria: dict[str, int] = field(default_factory=_grading_criteria)
    max_active_customers: int = 200
    max_daily_claims: int = 10
    hold_hours: int = 48
    discount_approval_percent: float = 1.0
    complaint_first_response_days: int = 2
    complaint_callback_working_days: int = 3
    survey_weights: dict[str, float] = field(default_factory=_survey_weights)
    survey_pass_score: int = 80
    idle_lock_minutes: int = 5
    retention_months: int = 24
    pdf_font_path: str = ""
    privacy_notice_version: str = "1"
    #: Empty: the default notice text of app.domain.privacy.
    privacy_notice_text: str = ""
    #: Empty: the sales office phone of the project.
    privacy_contact: str = ""
    backup_keep: int = 10

    @classmethod
    def field_names(cls) -> list[str]:
        return [f.name for f in dataclasses.fields(cls)]

    @classmethod
    def from_mapping(cls, values: dict[str, Any]) -> AppSettings:
        known = {k: v for k, v in values.items() if k in cls.field_names()}
        return cls(**known)

    def to_mapping(self) -> dict[str, Any]:
        return dataclasses.asdict(self)
