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

from PySide6.QtCore import QObject, QThread, Signal

from app.domain.errors import DomainError

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
            if not isinstance(exc, DomainError):  # expected refusals may quote what was typed
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


class LatestOnly(QObject):
    """One background read at a time for a page, ending on what was asked for last.

    A request made while one runs is not started: once the running one has ended, its
    result is dropped and ``again`` is called, so the page asks anew with what it wants
    by then (the range typed meanwhile, the consultant picked meanwhile).
    """

    def __init__(self, again: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self._again = again
        self._task: BackgroundTask | None = None
        self._pending = False
        self._done: Callable[[Any], None] = lambda _result: None
        self._error: Callable[[BaseException], None] = lambda _exc: None

    @property
    def running(self) -> bool:
        return self._task is not None

    def request(
        self,
        work: Callable[[Progress], Any],
        done: Callable[[Any], None],
        error: Callable[[BaseException], None],
    ) -> bool:
        """Run ``work`` off the GUI thread; ``done(result)`` or ``error(exc)`` follow in
        the GUI thread. While another runs, remember the request instead (False)."""
        if self._task is not None:
            self._pending = True
            return False
        self._done, self._error = done, error
        task = BackgroundTask(work)
        # Slots of this QObject (GUI thread): the results arrive as queued calls.
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self._task = task
        task.start()
        return True

    def _succeeded(self, result: object) -> None:
        if self._finished():
            self._done(result)

    def _failed(self, exc: BaseException) -> None:
        if self._finished():
            self._error(exc)

    def _finished(self) -> bool:
        """The task is over; False (and asked again) if a newer request was waiting."""
        self._task = None
        if self._pending:
            self._pending = False
            self._again()
            return False
        return True
