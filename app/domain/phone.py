"""Phone numbers: normalisation, validation and masking (SPEC §3.1).

Every phone is stored in E.164 form (``+8613812345678``). Validity of mainland
numbers is judged by the CN metadata of ``phonenumbers``, not by a bare regex.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

import phonenumbers
from phonenumbers import PhoneNumberType

from app.domain.errors import ValidationError

_JUNK = re.compile(r"[\s\-–—()（）.·/]")


@dataclass(frozen=True, slots=True)
class PhoneCheck:
    """The result of normalising what was typed."""

    e164: str
    national: str
    is_cn_mobile: bool
    warning: str | None = None


def _clean(raw: str) -> str:
    # NFKC turns full-width digits and '＋' into ASCII.
    text = unicodedata.normalize("NFKC", raw or "").strip()
    text = _JUNK.sub("", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    return text


def digits_only(raw: str) -> str:
    """The ASCII digits of ``raw`` (full-width accepted), for partial search."""
    return "".join(ch for ch in unicodedata.normalize("NFKC", raw or "") if ch.isdigit())


def normalize_phone(raw: str) -> PhoneCheck:
    """Normalise a typed phone; raise ``ValidationError`` if it cannot be a phone at all.

    A mainland mobile with a prefix the metadata does not know yet gets a warning, not a
    block, because new prefixes appear.
    """
    text = _clean(raw)
    if not text:
        raise ValidationError("请输入手机号码", {"phone": "请输入手机号码"})
    if not re.fullmatch(r"\+?\d+", text):
        raise ValidationError("电话号码只能包含数字", {"phone": "电话号码只能包含数字"})
    if text.startswith("+86"):
        text = text[3:]
    elif text.startswith("86") and len(text) == 13 and text[2] == "1":
        text = text[2:]
    if not text.startswith("+"):
        if len(text) == 11 and text.startswith("1"):
            num = phonenumbers.parse(text, "CN")
            e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
            warning = None
            ntype = phonenumbers.number_type(num)
            if not phonenumbers.is_valid_number(num) or ntype not in (
                PhoneNumberType.MOBILE,
                PhoneNumberType.FIXED_LINE_OR_MOBILE,
            ):
                warning = "号段未知，请核对号码"
            return PhoneCheck(e164=e164, national=text, is_cn_mobile=True, warning=warning)
        if text.startswith("1"):
            msg = "手机号码应为 11 位"
            raise ValidationError(msg, {"phone": msg})
        # A mainland landline written nationally (e.g. 010-12345678).
        try:
            num = phonenumbers.parse(text, "CN")
        except phonenumbers.NumberParseException as exc:
            raise ValidationError("无法识别的电话号码", {"phone": "无法识别的电话号码"}) from exc
    else:
        try:
            num = phonenumbers.parse(text, None)
        except phonenumbers.NumberParseException as exc:
            raise ValidationError("无法识别的电话号码", {"phone": "无法识别的电话号码"}) from exc
    if not phonenumbers.is_possible_number(num) or not phonenumbers.is_valid_number(num):
        msg = "电话号码无效（座机请加区号，境外号码请加国家码，如 +852）"
        raise ValidationError(msg, {"phone": msg})
    e164 = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL)
    is_mobile = num.country_code == 86 and phonenumbers.number_type(num) == PhoneNumberType.MOBILE
    if num.country_code != 86:
        national = phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    return PhoneCheck(e164=e164, national=national.replace(" ", ""), is_cn_mobile=is_mobile)


def display_phone(e164: str | None) -> str:
    """How a stored phone is shown in full: ``13812345678``, ``01012345678``, ``+85291234567``."""
    if not e164:
        return ""
    if e164.startswith("+861") and len(e164) == 14:
        return e164[3:]
    if e164.startswith("+86"):
        try:
            num = phonenumbers.parse(e164, None)
        except phonenumbers.NumberParseException:
            return e164
        return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.NATIONAL).replace(
            " ", ""
        )
    return e164


def mask_phone(e164: str | None) -> str:
    """``138****5678``: the first three and last four digits stay visible."""
    shown = display_phone(e164)
    if len(shown) < 8:
        return "*" * len(shown)
    return shown[:3] + "*" * (len(shown) - 7) + shown[-4:]
