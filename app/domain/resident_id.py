"""Resident ID numbers (GB 11643-1999): check digit, birth date, province; masking."""

from __future__ import annotations

import datetime as dt
import unicodedata

from app.domain.errors import ValidationError

_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
_CHECK = "10X98765432"
#: Province-level codes of GB/T 2260, plus 81/82/83 (HK/Macao/Taiwan residence permits)
#: and 91 (foreigner's permanent residence card, new format starting with 9).
PROVINCE_CODES = frozenset(
    {
        "11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33", "34", "35", "36",
        "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62",
        "63", "64", "65", "71", "81", "82", "83", "91",
    }
)  # fmt: skip


def check_digit(first17: str) -> str:
    total = sum(int(d) * w for d, w in zip(first17, _WEIGHTS, strict=True))
    return _CHECK[total % 11]


def normalize_resident_id(raw: str, today: dt.date | None = None) -> str:
    """Validate and return the canonical 18-character form (upper-case X)."""
    text = unicodedata.normalize("NFKC", raw or "").strip().replace(" ", "").upper()

    def bad(msg: str) -> ValidationError:
        return ValidationError(msg, {"resident_id": msg})

    if len(text) != 18:
        raise bad("身份证号码应为 18 位")
    if not text[:17].isdigit() or not (text[17].isdigit() or text[17] == "X"):
        raise bad("身份证号码前 17 位应为数字，末位为数字或 X")
    if text[:2] not in PROVINCE_CODES and not text.startswith("9"):
        raise bad("身份证号码的省份代码不存在")
    try:
        born = dt.date(int(text[6:10]), int(text[10:12]), int(text[12:14]))
    except ValueError:
        raise bad("身份证号码中的出生日期不是有效日期") from None
    today = today or dt.date.today()
    if born > today or born.year < 1900:
        raise bad("身份证号码中的出生日期不合理")
    if check_digit(text[:17]) != text[17]:
        raise bad("身份证号码校验位不正确，请核对")
    return text


def birth_date(resident_id: str) -> dt.date:
    return dt.date(int(resident_id[6:10]), int(resident_id[10:12]), int(resident_id[12:14]))


def mask_resident_id(resident_id: str | None) -> str:
    """``1101**********002X``: first four and last four stay visible."""
    if not resident_id:
        return ""
    return resident_id[:4] + "*" * (len(resident_id) - 8) + resident_id[-4:]
