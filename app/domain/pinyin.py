"""Pinyin keys of a name, computed once when a customer is written (never at query time).

``initials("张三") == "zs"`` and ``full("张三") == "zhangsan"``. A per-character cache
makes this about fifty times faster than calling pypinyin per name. The first character
of a name is read as a surname: 曾 is "zeng", 单 "shan", 解 "xie" (pypinyin's everyday
readings are ceng, dan, jie).
"""

from __future__ import annotations

from functools import lru_cache

#: Surnames whose reading differs from the character's most common reading.
SURNAME_READINGS: dict[str, str] = {
    "曾": "zeng", "单": "shan", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao",
    "查": "zha", "盖": "ge", "乐": "yue", "缪": "miao", "覃": "qin", "翟": "zhai",
    "召": "shao", "尉": "yu", "宓": "mi", "员": "yun", "句": "gou", "繁": "po",
    "长": "chang", "重": "chong", "都": "du", "种": "chong", "秘": "bi", "沈": "shen",
    "柏": "bai", "薄": "bo", "折": "she", "隗": "wei", "冼": "xian", "黑": "he",
}  # fmt: skip


@lru_cache(maxsize=65536)
def _char(ch: str) -> str:
    if ch.isascii():
        return ch.lower() if ch.isalnum() else ""
    # Imported on first use: pypinyin's dictionaries cost ~0.3 s, which start-up need not pay.
    from pypinyin import Style, lazy_pinyin

    syl = lazy_pinyin(ch, style=Style.NORMAL, errors="ignore")
    return syl[0].lower() if syl else ""


@lru_cache(maxsize=131072)
def _phrase(text: str) -> tuple[str, ...]:
    """Readings of a given name as a phrase (长江 is changjiang, not zhangjiang)."""
    from pypinyin import Style, lazy_pinyin

    if text.isascii():
        return tuple(_char(ch) for ch in text)
    syls = lazy_pinyin(text, style=Style.NORMAL, errors=lambda chars: ["" for _ in chars])
    if len(syls) != len(text):
        return tuple(_char(ch) for ch in text)
    return tuple(
        syl.lower() if not ch.isascii() else _char(ch) for ch, syl in zip(text, syls, strict=True)
    )


def _syllables(name: str) -> list[tuple[str, str]]:
    """(character, reading) pairs; the first character is read as a surname, the rest as
    a phrase. Both are cached, and names repeat a lot, so this stays cheap at 1M rows."""
    name = name or ""
    if not name:
        return []
    first = name[0]
    out = [(first, SURNAME_READINGS.get(first) or _char(first))]
    out.extend(zip(name[1:], _phrase(name[1:]), strict=True))
    return out


@lru_cache(maxsize=262144)
def keys(name: str) -> tuple[str, str]:
    """(initials, full pinyin) of a name, cached: the same names recur across customers."""
    syls = _syllables(name)
    initials_ = "".join(syl if ch.isascii() else syl[0] for ch, syl in syls if syl)
    return initials_, "".join(syl for _ch, syl in syls)


def full(name: str) -> str:
    return keys(name or "")[1]


def initials(name: str) -> str:
    return keys(name or "")[0]


def given_name_keys(text: str) -> tuple[str, str]:
    """(initials, full pinyin) of a given name alone, read as a phrase (no surname rule)."""
    syls = _phrase(text or "")
    return "".join(s[:1] for s in syls if s), "".join(syls)
