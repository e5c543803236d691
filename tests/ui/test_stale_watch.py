"""The refresh rule every data page follows (app/ui/stale_watch.py)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from app.ui.stale_watch import StaleWatch


def test_hidden_pages_wait_visible_ones_reload_own_changes_do_not(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    calls: list[str] = []
    watch = StaleWatch(page, lambda: calls.append("refresh"), lambda: calls.append("lists"))

    watch.changed()  # hidden: nothing read, only remembered
    assert calls == [] and watch.stale
    page.show()
    watch.shown()
    assert calls == ["refresh"]
    watch.refreshed()
    watch.shown()  # shown again, nothing changed meanwhile
    assert calls == ["refresh"] and not watch.stale

    watch.changed()  # visible: at once, with what the page does while visible
    assert calls == ["refresh", "lists"]
    with watch.quiet():
        watch.changed()  # the page's own announcement
    assert calls == ["refresh", "lists"]
    watch.changed()
    assert calls == ["refresh", "lists", "lists"]
