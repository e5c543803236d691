"""The calm empty state of a page that is not built yet.

It says plainly that the function is not available and what it will hold, rather than
showing a screen that looks usable but is not.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from app.ui.widgets import title_label


class PlaceholderPage(QWidget):
    def __init__(self, title: str, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(title)
        self.headline_label = title_label(self.tr("此功能尚未开放"), "emptyHeadline", 1.25)
        self.headline_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label = QLabel(description)
        self.description_label.setObjectName("emptyText")
        self.description_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.description_label.setWordWrap(True)
        self.description_label.setMaximumWidth(620)
        # A word-wrapped label gets its height right only when the layout stretches it,
        # so centre it with stretches rather than an alignment flag.
        description_row = QHBoxLayout()
        description_row.addStretch(1)
        description_row.addWidget(self.description_label, 4)
        description_row.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 24)
        layout.addWidget(self.title_label)
        layout.addStretch(2)
        layout.addWidget(self.headline_label)
        layout.addSpacing(8)
        layout.addLayout(description_row)
        layout.addStretch(3)
