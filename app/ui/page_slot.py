"""Pages built on first use, so the main window is on screen quickly.

Each navigation entry holds a light ``PageSlot``; the real page (and its module, with
what that imports: QtPdf, openpyxl, ReportLab...) is made the first time the page is
shown or asked for. The first page is shown at once, so it is built with the window.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget


class PageSlot(QWidget):
    def __init__(self, factory: Callable[[], QWidget], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._factory: Callable[[], QWidget] | None = factory
        self._page: QWidget | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def built(self) -> bool:
        return self._page is not None

    @property
    def page(self) -> QWidget:
        if self._page is None:
            assert self._factory is not None
            self._page = self._factory()
            self._factory = None
            self._layout.addWidget(self._page)
        return self._page

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        _ = self.page
        super().showEvent(event)


class LazyPages(Mapping[str, QWidget]):
    """``pages[key]`` is the real page, built on first access."""

    def __init__(self) -> None:
        self.slots: dict[str, PageSlot] = {}

    def __getitem__(self, key: str) -> QWidget:
        return self.slots[key].page

    def __iter__(self) -> Iterator[str]:
        return iter(self.slots)

    def __len__(self) -> int:
        return len(self.slots)

    def built(self) -> list[QWidget]:
        return [slot.page for slot in self.slots.values() if slot.built]
