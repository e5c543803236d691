"""Noticing that nobody has touched the keyboard or mouse for a while (idle lock).

An application-wide event filter notes the time of the last input event; a timer
compares it with the timeout now and then. Both the time source and the timer are
injectable, so tests move a fake clock instead of waiting five minutes.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer, Signal

#: What counts as someone being at the desk. Paint, timer and focus events do not.
INPUT_EVENTS = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
        QEvent.Type.ShortcutOverride,
        QEvent.Type.InputMethod,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
        QEvent.Type.TouchUpdate,
        QEvent.Type.TabletPress,
        QEvent.Type.TabletMove,
    }
)

#: How often the timer looks; the lock comes at most this late.
CHECK_INTERVAL_MS = 5_000


class IdleWatcher(QObject):
    """Emits :attr:`idle` once when there was no input for ``timeout_seconds``.

    ``now`` returns seconds on a monotonic scale (``time.monotonic`` by default). After
    :attr:`idle` the watcher waits for :meth:`start` again (the window is locked until
    then). A timeout of 0 switches the watcher off.
    """

    idle = Signal()

    def __init__(
        self,
        timeout_seconds: float,
        *,
        now: Callable[[], float] = time.monotonic,
        timer: QTimer | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._now = now
        self._timeout = float(timeout_seconds)
        self._last_input = now()
        self._running = False
        self._timer = timer if timer is not None else QTimer(self)
        if timer is None:
            self._timer.setInterval(CHECK_INTERVAL_MS)
        self._timer.timeout.connect(self.check)

    @property
    def timeout_seconds(self) -> float:
        return self._timeout

    def set_timeout(self, seconds: float) -> None:
        self._timeout = float(seconds)
        if self._running:
            self._timer.start() if self._timeout > 0 else self._timer.stop()

    def is_running(self) -> bool:
        return self._running

    def idle_seconds(self) -> float:
        return max(0.0, self._now() - self._last_input)

    def start(self) -> None:
        """Watch (again), counting from now."""
        self._last_input = self._now()
        if not self._running:
            app = QCoreApplication.instance()
            if app is not None:
                app.installEventFilter(self)
            self._running = True
        if self._timeout > 0:
            self._timer.start()

    def stop(self) -> None:
        if self._running:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeEventFilter(self)
            self._running = False
        self._timer.stop()

    def check(self) -> bool:
        """Emit :attr:`idle` (and stop) if the timeout has passed; True if it did."""
        if not self._running or self._timeout <= 0:
            return False
        if self._now() - self._last_input < self._timeout:
            return False
        self.stop()
        self.idle.emit()
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS:
            self._last_input = self._now()
        return False
