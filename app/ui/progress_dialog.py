"""A modal progress window for a ``BackgroundTask`` that cannot be cancelled.

Unlike ``QProgressDialog`` it cannot be closed while the work goes on (Esc or the
window's close button would otherwise hide it and leave the user guessing).
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDialog, QLabel, QProgressBar, QVBoxLayout, QWidget


class TaskProgressDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setWindowFlag(Qt.WindowType.WindowCloseButtonHint, False)
        self.label = QLabel(self.tr("正在准备……"))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, 0)
        self.bar.setTextVisible(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        self.setMinimumWidth(460)
        self._done = False

    def set_progress(self, label: str, done: int, total: int) -> None:
        self.label.setText(label)
        if total > 0:
            self.bar.setRange(0, total)
            self.bar.setValue(min(done, total))
        else:
            self.bar.setRange(0, 0)

    def finish(self) -> None:
        """Close the window now that the work is over."""
        self._done = True
        self.accept()

    def reject(self) -> None:  # Esc
        if self._done:
            super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._done:
            super().closeEvent(event)
        else:
            event.ignore()
