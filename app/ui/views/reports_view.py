"""Layout of the 报表 page: the range and granularity bar, the headline figures, and one
box per section (a chart beside or above its table), in a scrolling page; a calm panel
for an empty range, one for "counting…", one for the roles that have no reports."""

from __future__ import annotations

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.ui.report_charts import BarChartWidget, VisitsChartWidget
from app.ui.widgets import error_label, hint_label, read_only_table, scale_font, title_label

KPI_STYLE = "QFrame#kpiTile { background: #ffffff; border: 1px solid #d9dee5; border-radius: 6px; }"


def report_table(name: str) -> QTableView:
    """A read-only table sized to its rows by the page (it scrolls past ``max_rows``)."""
    table = read_only_table(name)
    table.setAlternatingRowColors(True)
    table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
    return table


class KpiTile(QFrame):
    """A headline figure: a caption above a large number."""

    def __init__(self, caption: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiTile")
        self.setStyleSheet(KPI_STYLE)
        self.caption_label = hint_label(caption)
        self.caption_label.setWordWrap(False)
        self.value_label = QLabel("—")
        self.value_label.setObjectName(name)
        scale_font(self.value_label, 1.55)
        font = self.value_label.font()
        font.setBold(True)
        self.value_label.setFont(font)
        self.detail_label = hint_label()
        self.detail_label.setWordWrap(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(2)
        layout.addWidget(self.caption_label)
        layout.addWidget(self.value_label)
        layout.addWidget(self.detail_label)


class ReportSection(QGroupBox):
    """One section: its chart and its table, side by side (``wide``) or stacked."""

    def __init__(
        self,
        title: str,
        chart: QWidget | None,
        table: QTableView,
        *,
        wide: bool = False,
        ratio: tuple[int, int] = (3, 2),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(title, parent)
        self.chart = chart
        self.table = table
        self.note_label = hint_label()
        self.note_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        if chart is not None and wide:
            row = QHBoxLayout()
            row.setSpacing(16)
            row.addWidget(chart, ratio[0])
            row.addWidget(table, ratio[1], Qt.AlignmentFlag.AlignTop)
            layout.addLayout(row)
        else:
            if chart is not None:
                layout.addWidget(chart)
            layout.addWidget(table)
        layout.addWidget(self.note_label)
        layout.addStretch(1)

    def set_note(self, text: str) -> None:
        self.note_label.setText(text)
        self.note_label.setVisible(bool(text))


def _calm_panel(headline: QLabel, text: QLabel) -> QWidget:
    panel = QWidget()
    layout = QVBoxLayout(panel)
    layout.addStretch(2)
    headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
    text.setAlignment(Qt.AlignmentFlag.AlignCenter)
    layout.addWidget(headline)
    layout.addSpacing(8)
    layout.addWidget(text)
    layout.addStretch(3)
    return panel


class ReportsView(QWidget):
    # Pages of ``stack``.
    CONTENT, EMPTY, LOADING, REFUSED = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = title_label(self.tr("报表"))
        self.scope_label = hint_label()
        self.scope_label.setObjectName("reportScope")
        self.scope_label.setWordWrap(False)

        # -- the range bar ---------------------------------------------------------------
        self.preset_combo = QComboBox()
        self.preset_combo.setObjectName("rangePreset")
        self.from_edit = QDateEdit()
        self.from_edit.setObjectName("rangeFrom")
        self.to_edit = QDateEdit()
        self.to_edit.setObjectName("rangeTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setMinimumDate(QDate(2000, 1, 1))
            edit.setMinimumWidth(140)
        self.granularity_combo = QComboBox()
        self.granularity_combo.setObjectName("granularity")
        self.refresh_button = QPushButton(self.tr("刷新"))
        self.refresh_button.setToolTip(self.tr("重新统计（F5）"))
        self.export_button = QPushButton(self.tr("导出 Excel…"))
        self.export_button.setToolTip(self.tr("每个统计项一张工作表（Ctrl+E）"))
        self.print_button = QPushButton(self.tr("打印…"))
        self.print_button.setObjectName("primaryButton")
        self.print_button.setToolTip(self.tr("预览并打印报表（Ctrl+P）"))

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.title_label)
        top.addSpacing(12)
        top.addWidget(self.scope_label, 0, Qt.AlignmentFlag.AlignBottom)
        top.addStretch(1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        top.addWidget(self.print_button)

        self.range_bar = QWidget()
        bar = QHBoxLayout(self.range_bar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(8)
        self.range_label = QLabel(self.tr("时间段"))
        self.to_label = QLabel(self.tr("至"))
        self.granularity_label = QLabel(self.tr("统计粒度"))
        bar.addWidget(self.range_label)
        bar.addWidget(self.preset_combo)
        bar.addSpacing(8)
        bar.addWidget(self.from_edit)
        bar.addWidget(self.to_label)
        bar.addWidget(self.to_edit)
        bar.addSpacing(16)
        bar.addWidget(self.granularity_label)
        bar.addWidget(self.granularity_combo)
        bar.addStretch(1)
        self.status_label = hint_label()
        self.status_label.setObjectName("reportStatus")
        self.status_label.setWordWrap(False)
        bar.addWidget(self.status_label)

        # -- headline figures ------------------------------------------------------------
        self.visits_tile = KpiTile(self.tr("来访（人次）"), "kpiVisits")
        self.new_tile = KpiTile(self.tr("新来访客户"), "kpiNew")
        self.conversion_tile = KpiTile(self.tr("认购转化率"), "kpiConversion")
        self.deals_tile = KpiTile(self.tr("成交（套）"), "kpiDeals")
        self.amount_tile = KpiTile(self.tr("成交金额"), "kpiAmount")
        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        for tile in (self.visits_tile, self.new_tile, self.conversion_tile, self.deals_tile,
                     self.amount_tile):  # fmt: skip
            tiles.addWidget(tile, 1)

        # -- the sections ----------------------------------------------------------------
        self.visits_chart = VisitsChartWidget()
        self.visits_chart.setMinimumHeight(240)
        self.visits_table = report_table("visitsTable")
        self.visits_box = ReportSection(
            self.tr("来访趋势（首次来访 / 复访）"), self.visits_chart, self.visits_table, wide=True
        )
        self.channel_chart = BarChartWidget("channelChart")
        self.channel_table = report_table("channelTable")
        self.channel_box = ReportSection(
            self.tr("来源渠道（新来访客户）"), self.channel_chart, self.channel_table
        )
        self.grade_chart = BarChartWidget("gradeChart")
        self.grade_table = report_table("gradeTable")
        self.grade_box = ReportSection(
            self.tr("意向等级（新来访客户）"), self.grade_chart, self.grade_table
        )
        self.funnel_chart = BarChartWidget("funnelChart", centered=True)
        self.funnel_table = report_table("funnelTable")
        self.funnel_box = ReportSection(self.tr("转化漏斗"), self.funnel_chart, self.funnel_table)
        self.reason_chart = BarChartWidget("reasonChart")
        self.reason_table = report_table("reasonTable")
        self.reason_box = ReportSection(
            self.tr("流失原因（未成交）"), self.reason_chart, self.reason_table
        )
        self.ranking_chart = BarChartWidget("rankingChart")
        self.ranking_table = report_table("rankingTable")
        self.ranking_box = ReportSection(
            self.tr("置业顾问排名"), self.ranking_chart, self.ranking_table, wide=True, ratio=(2, 3)
        )
        self.overdue_chart = BarChartWidget("overdueChart")
        self.overdue_table = report_table("overdueTable")
        self.overdue_box = ReportSection(
            self.tr("逾期跟进（截至今天）"), self.overdue_chart, self.overdue_table
        )
        self.complaint_table = report_table("complaintTable")
        self.complaint_box = ReportSection(self.tr("投诉"), None, self.complaint_table)

        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.visits_box, 0, 0, 1, 2)
        grid.addWidget(self.channel_box, 1, 0)
        grid.addWidget(self.grade_box, 1, 1)
        grid.addWidget(self.funnel_box, 2, 0)
        grid.addWidget(self.reason_box, 2, 1)
        grid.addWidget(self.ranking_box, 3, 0, 1, 2)
        grid.addWidget(self.overdue_box, 4, 0)
        grid.addWidget(self.complaint_box, 4, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 4, 8, 8)
        content_layout.setSpacing(14)
        content_layout.addLayout(tiles)
        content_layout.addLayout(grid)
        content_layout.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setWidget(content)

        # -- calm panels -----------------------------------------------------------------
        self.empty_headline = title_label(
            self.tr("所选时间段内没有来访记录"), "emptyHeadline", 1.25
        )
        self.empty_text = QLabel(self.tr("换一个时间段试试，例如“近30天”或“本月”。"))
        self.empty_text.setObjectName("emptyText")
        self.loading_headline = title_label(self.tr("正在统计…"), "emptyHeadline", 1.25)
        self.loading_text = QLabel(self.tr("数据量大时需要几秒钟，界面可以继续使用。"))
        self.loading_text.setObjectName("emptyText")
        self.refused_headline = title_label(
            self.tr("报表仅供销售经理、置业顾问和客服查看"), "emptyHeadline", 1.25
        )
        self.refused_text = QLabel(self.tr("如需查看报表，请联系销售经理。"))
        self.refused_text.setObjectName("emptyText")

        self.stack = QStackedWidget()
        self.stack.setObjectName("reportStack")
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(_calm_panel(self.empty_headline, self.empty_text))
        self.stack.addWidget(_calm_panel(self.loading_headline, self.loading_text))
        self.stack.addWidget(_calm_panel(self.refused_headline, self.refused_text))

        self.message_label = hint_label(selectable=True)
        self.message_label.setVisible(False)
        self.error_label = error_label()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.range_bar)
        layout.addWidget(self.error_label)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.message_label)
