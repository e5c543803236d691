"""Layout of the main window: navigation on the left, the pages in a stack, a status bar."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.widgets import title_label

NAV_WIDTH = 220


class MainWindowView(QMainWindow):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("售楼接待台"))
        self.resize(1280, 800)
        self.setMinimumSize(960, 640)

        self.nav_panel = QFrame()
        self.nav_panel.setObjectName("navPanel")
        self.nav_panel.setFixedWidth(NAV_WIDTH)
        self.app_title_label = title_label(self.tr("售楼接待台"), "navTitle", 1.3)
        self.project_name_label = QLabel()
        self.project_name_label.setObjectName("navProject")
        self.project_name_label.setWordWrap(True)

        self.nav = QListWidget()
        self.nav.setObjectName("navList")
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setUniformItemSizes(True)
        nav_font = self.nav.font()
        nav_font.setPointSizeF(nav_font.pointSizeF() * 1.15)
        self.nav.setFont(nav_font)

        self.nav_user_label = QLabel()
        self.nav_user_label.setObjectName("navUser")
        self.nav_user_label.setWordWrap(True)
        self.switch_user_button = QPushButton(self.tr("切换用户"))
        self.switch_user_button.setObjectName("navButton")

        nav_layout = QVBoxLayout(self.nav_panel)
        nav_layout.setContentsMargins(0, 20, 0, 16)
        nav_layout.setSpacing(4)
        nav_layout.addWidget(self.app_title_label)
        nav_layout.addWidget(self.project_name_label)
        nav_layout.addSpacing(12)
        nav_layout.addWidget(self.nav, 1)
        nav_layout.addWidget(self.nav_user_label)
        nav_layout.addSpacing(4)
        button_row = QHBoxLayout()
        button_row.setContentsMargins(16, 0, 16, 0)
        button_row.addWidget(self.switch_user_button)
        nav_layout.addLayout(button_row)

        self.stack = QStackedWidget()
        self.stack.setObjectName("pageStack")

        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav_panel)
        # Notices above the page (the reminders banner), then the page itself.
        self.notice_area = QVBoxLayout()
        self.notice_area.setContentsMargins(16, 10, 16, 0)
        self.notice_area.setSpacing(0)
        page_column = QVBoxLayout()
        page_column.setContentsMargins(0, 0, 0, 0)
        page_column.setSpacing(0)
        page_column.addLayout(self.notice_area)
        page_column.addWidget(self.stack, 1)
        layout.addLayout(page_column, 1)
        # The work area, or in its place the lock screen while the window is locked.
        self.body = QStackedWidget()
        self.body.addWidget(central)
        self.work_area = central
        self.setCentralWidget(self.body)

        self.project_status_label = QLabel()
        self.user_status_label = QLabel()
        self.database_status_label = QLabel()
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.addWidget(self.project_status_label)
        status.addWidget(self.user_status_label)
        status.addPermanentWidget(self.database_status_label)

        file_menu = self.menuBar().addMenu(self.tr("文件(&F)"))
        self.switch_user_action = QAction(self.tr("切换用户(&U)"), self)
        self.switch_user_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        file_menu.addAction(self.switch_user_action)
        self.lock_action = QAction(self.tr("锁定(&L)"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        self.privacy_notice_action = QAction(self.tr("打印隐私告知书(&P)…"), self)
        file_menu.addAction(self.privacy_notice_action)
        file_menu.addSeparator()
        self.quit_action = QAction(self.tr("退出(&X)"), self)
        self.quit_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Quit))
        file_menu.addAction(self.quit_action)
        self.go_menu = self.menuBar().addMenu(self.tr("前往(&G)"))
        help_menu = self.menuBar().addMenu(self.tr("帮助(&H)"))
        self.about_action = QAction(self.tr("关于售楼接待台(&A)"), self)
        help_menu.addAction(self.about_action)

    def add_page(self, title: str, page: QWidget, shortcut: QKeySequence) -> QAction:
        """Add a page with its navigation entry and a "前往" menu action with ``shortcut``."""
        hint = shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        item = QListWidgetItem(title)
        item.setToolTip(f"{title}  ({hint})")
        item.setSizeHint(QSize(NAV_WIDTH, self.nav.fontMetrics().height() + 24))
        self.nav.addItem(item)
        self.stack.addWidget(page)
        action = QAction(title, self)
        action.setShortcut(shortcut)
        self.go_menu.addAction(action)
        return action
