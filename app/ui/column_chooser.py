"""Showing and hiding the columns of a table (显示列), remembered between sessions.

The choice is kept by column *code* (``"phone"``, ``"owner"``…), not by position, in a
small ini file in the user data directory (``ui-state.ini``): no credentials, nothing
about customers. The chooser is a menu of checkable columns that stays open while the
user ticks several, with "恢复默认列" at the bottom; the table header's context menu opens
the same menu.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QPoint, QSettings, Qt, Signal
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtWidgets import QHeaderView, QMenu, QWidget

from app import paths

UI_STATE_FILE = "ui-state.ini"


def ui_state() -> QSettings:
    """Window and table preferences of this installation (``ui-state.ini``)."""
    return QSettings(str(paths.data_dir() / UI_STATE_FILE), QSettings.Format.IniFormat)


def _codes_of(value: object) -> list[str]:
    """Column codes stored as one comma-separated string ("" = none hidden)."""
    if isinstance(value, str):
        return [c for c in value.split(",") if c]
    if isinstance(value, Iterable):
        return [str(v) for v in value]
    return []


class StayOpenMenu(QMenu):
    """A menu whose checkable actions toggle without closing it (several ticks in a row)."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.activeAction()
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()
            event.accept()
            return
        super().mouseReleaseEvent(event)


class ColumnChooser(StayOpenMenu):
    """Checkable columns of ``header``; ``always_shown`` columns cannot be hidden."""

    #: The set of visible columns changed (by the user or by ``restore_defaults``).
    changed = Signal()

    def __init__(
        self,
        header: QHeaderView,
        codes: Sequence[str],
        titles: Sequence[str],
        *,
        settings: QSettings,
        key: str,
        hidden_by_default: Iterable[str] = (),
        always_shown: Iterable[str] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("显示列"))
        self._header = header
        self._codes = tuple(codes)
        self._settings = settings
        self._key = key
        self._defaults = frozenset(hidden_by_default)
        self._always = frozenset(always_shown)
        self.actions_by_code: dict[str, QAction] = {}
        for column, (code, title) in enumerate(zip(self._codes, titles, strict=True)):
            action = QAction(title, self)
            action.setCheckable(True)
            action.setData(column)
            if code in self._always:
                action.setEnabled(False)
                action.setToolTip(self.tr("此列始终显示"))
            action.toggled.connect(lambda on, c=code: self._toggled(c, on))
            self.addAction(action)
            self.actions_by_code[code] = action
        self.addSeparator()
        self.defaults_action = QAction(self.tr("恢复默认列"), self)
        self.defaults_action.triggered.connect(self.restore_defaults)
        self.addAction(self.defaults_action)

        stored = self._settings.value(self._key)
        hidden = self._defaults if stored is None else set(_codes_of(stored)) & set(self._codes)
        self._apply(hidden)

        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    # --- reading --------------------------------------------------------------------

    def hidden_codes(self) -> list[str]:
        return [c for i, c in enumerate(self._codes) if self._header.isSectionHidden(i)]

    def visible_codes(self) -> list[str]:
        """Visible columns in the order they are shown (the user may have moved some)."""
        header = self._header
        logical = [header.logicalIndex(v) for v in range(header.count())]
        return [self._codes[i] for i in logical if 0 <= i < len(self._codes)
                and not header.isSectionHidden(i)]  # fmt: skip

    # --- changing -------------------------------------------------------------------

    def set_column_visible(self, code: str, visible: bool) -> None:
        self.actions_by_code[code].setChecked(visible)

    def restore_defaults(self) -> None:
        self._settings.remove(self._key)
        self._apply(self._defaults)
        self.changed.emit()

    def _apply(self, hidden: Iterable[str]) -> None:
        hidden = set(hidden) - self._always
        for column, code in enumerate(self._codes):
            action = self.actions_by_code[code]
            action.blockSignals(True)
            action.setChecked(code not in hidden)
            action.blockSignals(False)
            self._header.setSectionHidden(column, code in hidden)

    def _toggled(self, code: str, visible: bool) -> None:
        if code in self._always and not visible:
            self.actions_by_code[code].setChecked(True)
            return
        self._header.setSectionHidden(self._codes.index(code), not visible)
        self._settings.setValue(self._key, ",".join(self.hidden_codes()))
        self._settings.sync()
        self.changed.emit()

    def _header_menu(self, pos: QPoint) -> None:
        self.popup(self._header.mapToGlobal(pos))
