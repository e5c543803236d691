"""Layout of the 跟进 page: "My day" (我的一天) with its sections, the manager's team view
(a table and a bar chart), and the public-pool tab (built by ``PoolPanel``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.ui.team_chart_widget import TeamChartWidget
from app.ui.widgets import error_label, hint_label, scale_font, title_label


def list_table(name: str, *, multi: bool = False) -> QTableView:
    """A read-only list: whole rows selected, no row numbers, last column stretched."""
    table = QTableView()
    table.setObjectName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.horizontalHeader().setHighlightSections(False)
    table.setWordWrap(False)
    return table


class SectionView(QWidget):
    """One section of "My day": its list, or a calm sentence when it is empty."""

    def __init__(self, name: str, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = list_table(name)
        self.empty_label = hint_label(empty_text)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.more_label = hint_label()
        self.more_label.setVisible(False)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.table)
        empty = QWidget()
        empty_layout = QVBoxLayout(empty)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty_label)
        empty_layout.addStretch(2)
        self.pages.addWidget(empty)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.more_label)

    def show_empty(self, empty: bool) -> None:
        self.pages.setCurrentIndex(1 if empty else 0)


class MyDayView(QWidget):
    """The "我的一天" tab: the team (managers), the sections, the actions."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.summary_label = QLabel()
        self.summary_label.setObjectName("myDaySummary")
        self.summary_label.setWordWrap(True)
        scale_font(self.summary_label, 1.1)

        # The manager's team view.
        self.team_table = list_table("teamTable")
        self.team_chart = TeamChartWidget()
        self.team_table.horizontalHeader().setStretchLastSection(False)
        self.team_chart.setMinimumWidth(200)
        # The table as big as its content (it scrolls in a small window), the chart
        # takes the rest of the width.
        self.team_table.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        team_row = QHBoxLayout()
        team_row.setSpacing(12)
        team_row.addWidget(self.team_table)
        team_row.addWidget(self.team_chart, 1)
        self.team_box = QGroupBox(self.tr("团队（点选一行查看该顾问的清单，点选“团队合计”看全队）"))
        team_layout = QVBoxLayout(self.team_box)
        team_layout.setSpacing(6)
        team_layout.addLayout(team_row, 1)

        self.overdue = SectionView("overdueTable", self.tr("没有逾期的跟进。"))
        self.due_today = SectionView("dueTodayTable", self.tr("今天没有计划跟进的客户。"))
        self.callbacks = SectionView("callbacksTable", self.tr("没有到期的售后回访。"))
        self.tasks = SectionView("tasksTable", self.tr("没有到期的任务。"))
        self.lapsing = SectionView("lapsingTable", self.tr("没有即将掉入公共池的客户。"))
        self.birthdays = SectionView(
            "birthdaysTable", self.tr("今天没有过生日的客户（只显示同意接收营销信息的客户）。")
        )
        self.sections = QTabWidget()
        self.sections.setObjectName("myDaySections")
        self.sections.setDocumentMode(True)
        for section in (
            self.overdue,
            self.due_today,
            self.callbacks,
            self.tasks,
            self.lapsing,
            self.birthdays,
        ):
            self.sections.addTab(section, "")

        self.follow_up_button = QPushButton(self.tr("记录跟进…"))
        self.follow_up_button.setObjectName("primaryButton")
        self.follow_up_button.setToolTip(self.tr("选中一行后按 Enter，或双击该行"))
        self.grade_button = QPushButton(self.tr("调整意向等级…"))
        self.actions_hint = hint_label(
            self.tr("选中一行后按 Enter 记录跟进。只有联系上客户的跟进才会续期保护期。")
        )
        actions = QHBoxLayout()
        actions.setSpacing(8)
        actions.addWidget(self.follow_up_button)
        actions.addWidget(self.grade_button)
        actions.addWidget(self.actions_hint, 1)

        lists = QWidget()
        lists_layout = QVBoxLayout(lists)
        lists_layout.setContentsMargins(0, 0, 0, 0)
        lists_layout.setSpacing(8)
        lists_layout.addWidget(self.sections, 1)
        lists_layout.addLayout(actions)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.setSpacing(8)
        layout.addWidget(self.summary_label)
        layout.addWidget(self.team_box)
        layout.addWidget(lists, 1)


class FollowUpView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("跟进"))
        self.date_label = hint_label()
        self.date_label.setWordWrap(False)
        self.consultant_label = QLabel(self.tr("查看"))
        self.consultant_combo = QComboBox()
        self.consultant_combo.setObjectName("consultantChoice")
        self.consultant_combo.setMinimumWidth(160)
        self.transfer_button = QPushButton(self.tr("客户移交…"))
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新读取（F5）"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.date_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.consultant_label)
        top.addWidget(self.consultant_combo)
        top.addWidget(self.transfer_button)
        top.addWidget(self.refresh_button)

        self.my_day = MyDayView()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("followUpTabs")
        self.tabs.addTab(self.my_day, self.tr("我的一天"))

        self.status_label = hint_label(selectable=True)
        self.status_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status_label)
        layout.addWidget(self.error_label)
