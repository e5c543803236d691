"""Slow work off the GUI thread: demo data, database checks, later exports and PDFs.

A ``BackgroundTask`` runs one function in its own ``QThread``; the function receives a
``progress(label, done, total)`` callback. Results, errors and (throttled) progress come
back as signals, delivered in the GUI thread. Each service call opens its own session,
so nothing database-related is shared between threads.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QThread, Signal

log = logging.getLogger(__name__)

Progress = Callable[[str, int, int], None]

#: At most this many progress signals a second; the last one always gets through.
_PROGRESS_INTERVAL_S = 0.05


class BackgroundTask(QThread):
    """Run ``fn(progress)`` in a thread. Start it with :meth:`start`.

    The task keeps itself alive until it has finished, so a page that is closed while
    its task runs (sign-out, say) does not destroy a running thread.
    """

    progress = Signal(str, int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # the exception; its traceback is in ``__traceback__``

    _running: ClassVar[set[BackgroundTask]] = set()

    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._fn = fn
        self._last_progress = 0.0
        self.finished.connect(self._forget)

    def start(self, priority: QThread.Priority = QThread.Priority.InheritPriority) -> None:
        BackgroundTask._running.add(self)
        super().start(priority)

    def run(self) -> None:
        try:
            result = self._fn(self._report)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            log.debug("background task failed", exc_info=exc)
            self.failed.emit(exc)
        else:
            self.succeeded.emit(result)

    def _report(self, label: str, done: int, total: int) -> None:
        now = time.monotonic()
        if done >= total or now - self._last_progress >= _PROGRESS_INTERVAL_S:
            self._last_progress = now
            self.progress.emit(str(label), int(done), int(total))

    def _forget(self) -> None:
        BackgroundTask._running.discard(self)
        self.deleteLater()

    @classmethod
    def wait_for_all(cls, timeout_ms: int = 30_000) -> bool:
        """Wait for running tasks (at exit); False if one is still running after the wait."""
        deadline = time.monotonic() + timeout_ms / 1000
        for task in list(cls._running):
            remaining = max(0, int((deadline - time.monotonic()) * 1000))
            if not task.wait(remaining):
                return False
        return True
