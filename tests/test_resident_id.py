"""Resident ID numbers (SPEC §4): GB 11643 check digit, date, province, masking."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.resident_id import check_digit, mask_resident_id, normalize_resident_id

TODAY = dt.date(2026, 3, 2)


@given(
    st.sampled_from(["110105", "310115", "440305", "810000", "830000", "510107"]),
    st.dates(min_value=dt.date(1900, 1, 1), max_value=TODAY),
    st.integers(min_value=0, max_value=999),
)
def test_valid_numbers_pass_and_any_other_check_digit_fails(
    area: str, born: dt.date, seq: int
) -> None:
    first17 = f"{area}{born:%Y%m%d}{seq:03d}"
    good = first17 + check_digit(first17)
    assert normalize_resident_id(good.lower(), TODAY) == good
    assert mask_resident_id(good) == good[:4] + "*" * 10 + good[-4:]
    for wrong in "0123456789X":
        if wrong != good[-1]:
            with pytest.raises(ValidationError):
                normalize_resident_id(first17 + wrong, TODAY)


@pytest.mark.parametrize(
    ("rid", "why"),
    [
        ("990105194912310021", None),  # province 99 does not exist, but a leading 9 is the
        ("11010519491231002", "18"),  # foreigner's card; checked below with its digit
        ("000105194912310021", "省份"),
        ("110105202702300021", "出生日期"),
    ],
)
def test_rejections(rid: str, why: str | None) -> None:
    if why is None:
        fixed = rid[:17] + check_digit(rid[:17])
        assert normalize_resident_id(fixed, TODAY) == fixed
        return
    with pytest.raises(ValidationError) as err:
        normalize_resident_id(rid, TODAY)
    assert why in err.value.field_errors["resident_id"]


def test_unknown_county_code_is_not_an_error() -> None:
    first17 = "11999919800101123"
    assert normalize_resident_id(first17 + check_digit(first17), TODAY)
    future = "11010520990101123"
    with pytest.raises(ValidationError):
        normalize_resident_id(future + check_digit(future), TODAY)
