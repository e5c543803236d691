"""Pinyin keys: surnames read as surnames, given names as phrases."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain import pinyin


@pytest.mark.parametrize(
    ("name", "initials", "full"),
    [
        ("张三", "zs", "zhangsan"),
        ("曾小贤", "zxx", "zengxiaoxian"),
        ("单田芳", "stf", "shantianfang"),
        ("解晓东", "xxd", "xiexiaodong"),
        ("覃丽", "ql", "qinli"),
        ("王长江", "wcj", "wangchangjiang"),
        ("Tom李", "toml", "tomli"),
        ("", "", ""),
    ],
)
def test_name_keys(name: str, initials: str, full: str) -> None:
    assert pinyin.initials(name) == initials
    assert pinyin.full(name) == full


def test_given_name_alone_has_no_surname_rule() -> None:
    assert pinyin.given_name_keys("乐乐") == ("ll", "lele")
    assert pinyin.initials("乐乐") == "yl"  # as a whole name, 乐 first is the surname Yue


@given(st.text(alphabet="张王李赵曾单长江乐华伟芳娜abc ", max_size=6))
def test_initials_are_the_first_letters_of_the_full_reading(name: str) -> None:
    ini, full = pinyin.keys(name)
    assert len(ini) <= len(full)
    assert full.startswith(ini[:1])
    assert all(ch.isascii() for ch in ini + full)
