"""Phone normalisation (SPEC §3.1): one canonical form whatever was typed."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.errors import ValidationError
from app.domain.phone import digits_only, mask_phone, normalize_phone

_FULLWIDTH = str.maketrans("0123456789+", "０１２３４５６７８９＋")


@given(
    st.sampled_from(["138", "139", "150", "186", "199", "166"]),
    st.integers(min_value=0, max_value=10**8 - 1),
    st.sampled_from(["{}", "+86 {}", "0086{}", "86{}", "({}) ", "{} "]),
    st.booleans(),
)
def test_every_way_of_typing_a_mobile_gives_one_form(
    prefix: str, rest: int, shape: str, fullwidth: bool
) -> None:
    number = f"{prefix}{rest:08d}"
    spaced = f"{number[:3]} {number[3:7]}-{number[7:]}"
    typed = shape.format(spaced)
    if fullwidth:
        typed = typed.translate(_FULLWIDTH)
    check = normalize_phone(typed)
    assert check.e164 == "+86" + number and check.is_cn_mobile and check.warning is None
    assert mask_phone(check.e164) == number[:3] + "****" + number[-4:]
    assert digits_only(typed).endswith(number)


@pytest.mark.parametrize("typed", ["1381234567", "abc", "", "138123456789"])
def test_not_a_phone(typed: str) -> None:
    with pytest.raises(ValidationError) as err:
        normalize_phone(typed)
    assert "phone" in err.value.field_errors


def test_unknown_prefix_warns_and_landlines_and_foreign_numbers_pass() -> None:
    assert normalize_phone("14012345678").warning
    assert normalize_phone("010-8888 6666").e164 == "+861088886666"
    assert normalize_phone("+852 9123 4567").e164 == "+85291234567"
