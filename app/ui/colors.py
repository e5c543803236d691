"""Colours that mean the same thing on every page.

One colour per intent grade (SPEC §5), used by the reception card, the customers
table's grade chips, the customer file and the follow-up lists alike. The chip text
colour is chosen for contrast on its background.
"""

from __future__ import annotations

from PySide6.QtGui import QColor

#: Intent grade → chip background: A red-ish, B orange, C blue, D grey.
GRADE_COLORS: dict[str, str] = {
    "A": "#D64545",
    "B": "#E8871E",
    "C": "#2F6FB0",
    "D": "#8A96A3",
}
#: Text on a grade chip (every grade colour is dark enough for white text).
GRADE_TEXT_COLOR = "#FFFFFF"
#: A customer without a grade yet.
NO_GRADE_COLOR = "#D9DEE5"
NO_GRADE_TEXT_COLOR = "#52606D"
#: An overdue follow-up date (SPEC §5 "overdue ones (red)").
OVERDUE_COLOR = "#B42318"
#: Quiet text: the public pool in the owner column, empty values.
MUTED_TEXT_COLOR = "#7B8794"


def grade_color(grade: str | None) -> QColor:
    return QColor(GRADE_COLORS.get(grade or "", NO_GRADE_COLOR))


def grade_text_color(grade: str | None) -> QColor:
    return QColor(GRADE_TEXT_COLOR if grade in GRADE_COLORS else NO_GRADE_TEXT_COLOR)


def grade_chip_style(grade: str | None) -> str:
    """A style sheet for a ``QLabel`` shown as a grade chip."""
    background = GRADE_COLORS.get(grade or "", NO_GRADE_COLOR)
    text = GRADE_TEXT_COLOR if grade in GRADE_COLORS else NO_GRADE_TEXT_COLOR
    return (
        f"background: {background}; color: {text}; border-radius: 9px;"
        " padding: 1px 10px; font-weight: bold;"
    )
