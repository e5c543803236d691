"""Keeping a page current without reloading what nobody is looking at.

Every page that shows data from the database follows the same rule (STYLE: "changes
announce themselves; each page decides whether to refresh"): a change announced
elsewhere reloads the page at once if it is visible, else marks it stale so that it
reloads when next shown; the page's own announcements do not make it reload itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QWidget


class StaleWatch:
    """The stale flag of one page and the rule above.

    ``refresh`` reloads the page (called on show when stale); ``when_visible`` is what a
    change announced elsewhere does while the page is visible (default: ``refresh``).
    The page calls :meth:`shown` from ``showEvent`` and :meth:`refreshed` when its
    refresh starts, connects :meth:`changed` to the ``AppEvents`` signals it cares about,
    and wraps its own announcements (or its refresh, if that announces) in
    :meth:`quiet`.
    """

    def __init__(
        self,
        page: QWidget,
        refresh: Callable[[], object],
        when_visible: Callable[[], object] | None = None,
    ) -> None:
        self._page = page
        self._refresh = refresh
        self._when_visible = when_visible or refresh
        self._quiet = False
        #: Something changed while the page was hidden (or it was never loaded).
        self.stale = True

    def changed(self, *_args: object) -> None:
        if self._quiet:
            return
        if self._page.isVisible():
            self._when_visible()
        else:
            self.stale = True

    def shown(self) -> None:
        if self.stale:
            self._refresh()

    def refreshed(self) -> None:
        self.stale = False

    @contextmanager
    def quiet(self) -> Iterator[None]:
        """The page's own announcements (or work that announces) do not reload it."""
        self._quiet = True
        try:
            yield
        finally:
            self._quiet = False
