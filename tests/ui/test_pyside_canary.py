"""Canary for the PySide6 6.12.0 bug that over-releases ``None`` on void Qt calls.

Each call of a Qt method returning nothing dropped one reference to ``None``; after
enough calls the interpreter aborts in ``none_dealloc``. pyproject pins PySide6 < 6.12;
this test catches the regression if the pin is lifted to a version that still has it.
"""

from __future__ import annotations

import gc
import sys

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

CALLS = 10_000
MARGIN = 100  # unrelated code may hold a few temporary references meanwhile


def test_void_qt_calls_leave_none_refcount_alone(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    gc.collect()
    before = sys.getrefcount(None)
    for _ in range(CALLS):
        widget.update()
        widget.setEnabled(True)
    after = sys.getrefcount(None)
    assert abs(after - before) < MARGIN, (before, after)
