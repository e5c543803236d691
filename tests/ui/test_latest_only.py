"""LatestOnly: one background read at a time, ending on what was asked for last."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject
from pytestqt.qtbot import QtBot

from app.ui.background import LatestOnly


def test_a_request_made_while_one_runs_drops_the_stale_result_and_asks_again(
    qtbot: QtBot,
) -> None:
    owner = QObject()
    release = threading.Event()
    shown: list[object] = []
    asked_again: list[int] = []
    loader = LatestOnly(lambda: asked_again.append(1), owner)

    def slow(_progress: object) -> str:
        release.wait(5)
        return "old range"

    assert loader.request(slow, shown.append, shown.append)
    assert loader.running
    assert not loader.request(lambda _p: "new range", shown.append, shown.append)
    release.set()
    qtbot.waitUntil(lambda: not loader.running, timeout=5_000)
    assert shown == [] and asked_again == [1]  # the page asks again for what it wants now

    assert loader.request(lambda _p: "new range", shown.append, shown.append)
    qtbot.waitUntil(lambda: shown == ["new range"], timeout=5_000)
    assert not loader.running

    def broken(_progress: object) -> str:
        raise ValueError("boom")

    errors: list[BaseException] = []
    loader.request(broken, shown.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert isinstance(errors[0], ValueError) and shown == ["new range"]
