"""Small building blocks shared by views."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QAbstractItemView, QDateEdit, QLabel, QTableView, QVBoxLayout, QWidget


def to_qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def to_date(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def date_edit(display_format: str = "yyyy-MM-dd") -> QDateEdit:
    """A date field with a calendar pop-up."""
    edit = QDateEdit()
    edit.setCalendarPopup(True)
    edit.setDisplayFormat(display_format)
    return edit


def read_only_table(name: str) -> QTableView:
    """A list to read and pick a row from: whole rows, one at a time, no editing, no
    row numbers, one line per row."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setHighlightSections(False)
    return table


def value_label() -> QLabel:
    """A shown value (in a details form): wraps, and can be selected to copy."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def hint_label(text: str = "", *, selectable: bool = False) -> QLabel:
    """Secondary text in a quieter colour (``#hintLabel`` in the stylesheet)."""
    label = QLabel(text)
    label.setObjectName("hintLabel")
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def error_label() -> QLabel:
    """An inline error message; hidden while it has no text."""
    label = QLabel()
    label.setObjectName("errorLabel")
    label.setWordWrap(True)
    label.setVisible(False)
    return label


def set_error(label: QLabel, text: str) -> None:
    label.setText(text)
    label.setVisible(bool(text))


def grow_to_fit(window: QWidget) -> None:
    """Make ``window`` tall enough for its content after inline messages appeared.

    Qt sizes a window from its layout's minimum, which ignores how tall word-wrapped
    labels become at the actual width; without this the input fields get squeezed.
    """
    layout = window.layout()
    if layout is None:
        return
    layout.activate()
    width = window.width()
    needed = layout.heightForWidth(width) if layout.hasHeightForWidth() else -1
    needed = max(needed, layout.minimumSize().height())
    if needed > window.height():
        window.resize(width, needed)


class FieldWithError(QWidget):
    """An input with its own inline error line underneath (for a ``QFormLayout`` row)."""

    def __init__(self, field: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.error = error_label()
        # One short line: a wrapping label here would make the form's height unreliable.
        self.error.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(field)
        layout.addWidget(self.error)

    def set_error(self, text: str) -> None:
        set_error(self.error, text)


def scale_font(widget: QWidget, factor: float) -> None:
    """Make ``widget``'s text ``factor`` times the application size (titles, headlines)."""
    font = widget.font()
    font.setPointSizeF(font.pointSizeF() * factor)
    widget.setFont(font)


def title_label(text: str, object_name: str = "pageTitle", factor: float = 1.45) -> QLabel:
    label = QLabel(text)
    label.setObjectName(object_name)
    scale_font(label, factor)
    return label
